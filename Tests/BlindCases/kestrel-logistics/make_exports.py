#!/usr/bin/env python3
"""Kestrel Logistics Group: deterministic generator for the evidence exports.

Python 3 standard library only (zoneinfo needs the system time-zone database).
Every random choice comes from a generator seeded with a fixed string, so running
this again writes byte-identical files.

    python3 make_exports.py          # writes exports/*.csv next to this file

Each file is shaped as the exporting tool writes it (column names, date formats,
blank cells, extra rows). The story each file tells is in README.md;
check_exports.py recounts it.
"""
import csv
import datetime as dt
import random
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
OUT = HERE / "exports"

D = dt.date
T = dt.datetime
DAY = dt.timedelta(days=1)
UTC = dt.timezone.utc

SINCE = D(2026, 4, 13)                       # ISMS launch, Monday
EXPORT = T(2026, 11, 19, 9, 0, tzinfo=UTC)   # exports pulled Thursday 19/11/2026 09:00 GMT
AUDIT = D(2026, 11, 23)                      # Monday

TZ = {"Dublin": ZoneInfo("Europe/Dublin"), "Belfast": ZoneInfo("Europe/London"),
      "Charlotte": ZoneInfo("America/New_York")}
HOLIDAYS = {
    "Dublin": {D(2026, 1, 1), D(2026, 2, 2), D(2026, 3, 17), D(2026, 4, 6), D(2026, 5, 4), D(2026, 6, 1),
               D(2026, 8, 3), D(2026, 10, 26), D(2026, 12, 25), D(2026, 12, 28)},
    "Belfast": {D(2026, 1, 1), D(2026, 3, 17), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25),
                D(2026, 7, 13), D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28)},
    "Charlotte": {D(2026, 1, 1), D(2026, 1, 19), D(2026, 5, 25), D(2026, 6, 19), D(2026, 7, 3),
                  D(2026, 9, 7), D(2026, 11, 26), D(2026, 11, 27), D(2026, 12, 25)},
}


def rng(name):
    return random.Random("kestrel/" + name)


def local(site, day, h, m, s=0):
    """A wall-clock time at a site, as an aware datetime."""
    return T(day.year, day.month, day.day, h, m, s, tzinfo=TZ[site])


def utc(ts):
    return ts.astimezone(UTC)


def is_workday(site, day):
    return day.weekday() < 5 and day not in HOLIDAYS[site]


def next_workday(site, day, n=1):
    d = day
    while n > 0:
        d += DAY
        if is_workday(site, d):
            n -= 1
    return d


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += DAY


# ---------------------------------------------------------------- date writers

def iso_z(ts):                       # Google admin audit, Falcon, Rubrik: 2026-06-03T11:22:10Z
    return utc(ts).strftime("%Y-%m-%dT%H:%M:%SZ")


def dmy(d):                          # Irish spreadsheets, Personio: 14/04/2026
    return d.strftime("%d/%m/%Y")


def h12(ts):
    h = ts.hour % 12 or 12
    return f"{h}:{ts.minute:02d} {'AM' if ts.hour < 12 else 'PM'}"


def jira(ts):                        # Jira default export, Europe/Dublin: 14/Jul/26 9:52 AM
    t = ts.astimezone(TZ["Dublin"])
    return f"{t.day:02d}/{t.strftime('%b')}/{t.strftime('%y')} {h12(t)}"


def talent(ts):                      # TalentLMS, portal in US Eastern: 06/01/2026 09:00 AM
    t = ts.astimezone(TZ["Charlotte"])
    h = t.hour % 12 or 12
    return f"{t.month:02d}/{t.day:02d}/{t.year} {h:02d}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def mdy(d):                          # TalentLMS due date: 07/31/2026
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def gform(ts):                       # Google Forms timestamp, Irish locale: 14/04/2026 10:22:31
    return ts.strftime("%d/%m/%Y %H:%M:%S")


def d_mon_y(d):                      # Google Sheets register: 8 May 2026
    return f"{d.day} {d.strftime('%b')} {d.year}"


def write(name, header, rows):
    OUT.mkdir(exist_ok=True)
    with open(OUT / name, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------- people

KEY = [  # id, name, site, department, title, start
    ("KLG-0001", "Declan Moriarty", "Dublin", "Executive", "Chief Executive Officer", D(2011, 3, 1)),
    ("KLG-0004", "Fiona Gallagher", "Dublin", "Finance", "Chief Financial Officer", D(2013, 9, 2)),
    ("KLG-0009", "Gerard Kennedy", "Dublin", "Operations", "Operations Director", D(2014, 1, 6)),
    ("KLG-0021", "Orla Fitzgerald", "Dublin", "HR", "HR Director", D(2016, 5, 9)),
    ("KLG-0033", "Brian Hughes", "Dublin", "Operations", "Dublin Site Manager", D(2017, 2, 6)),
    ("KLG-0038", "Conor Hegarty", "Dublin", "IT", "Head of IT", D(2017, 8, 28)),
    ("KLG-0052", "Colm Devlin", "Belfast", "Operations", "Belfast Site Manager", D(2018, 4, 3)),
    ("KLG-0058", "Mark Irvine", "Belfast", "Warehouse Operations", "Shift Lead", D(2018, 10, 1)),
    ("KLG-0066", "Padraig Doyle", "Dublin", "IT", "Infrastructure Lead", D(2019, 2, 4)),
    ("KLG-0071", "Ciara Nolan", "Dublin", "Business Systems", "WMS Solutions Lead", D(2019, 6, 10)),
    ("KLG-0093", "Shane Whelan", "Dublin", "IT", "IT Service and Change Manager", D(2020, 9, 14)),
    ("KLG-0112", "Niamh Kinsella", "Dublin", "IT", "ISMS Manager", D(2021, 11, 8)),
    ("KLG-0120", "Lorraine Byrne", "Dublin", "Finance", "Procurement and Supplier Manager", D(2022, 3, 7)),
    ("KLG-0131", "Siobhan Walsh", "Dublin", "Legal and Compliance", "Data Protection Officer", D(2022, 9, 5)),
    ("KLG-0140", "Emma Quinn", "Dublin", "HR", "Learning and Development Manager", D(2023, 1, 9)),
    ("KLG-0187", "Ruth McAllister", "Belfast", "IT", "IT Security Analyst", D(2024, 6, 17)),
    ("KLG-0203", "Tyler Brooks", "Charlotte", "Customer Support", "US Customer Support Manager", D(2025, 2, 3)),
]

IE_FIRST = ["Aidan", "Aisling", "Barry", "Caoimhe", "Cathal", "Ciaran", "Dearbhla", "Donal", "Eimear", "Eoin",
            "Fergal", "Gemma", "Grainne", "Hugh", "Jamie", "Karen", "Kevin", "Laura", "Liam", "Maeve", "Martin",
            "Mairead", "Neil", "Noel", "Oisin", "Paul", "Rachel", "Roisin", "Sean", "Sinead", "Tadhg", "Tomas",
            "Una", "Adam", "Clodagh", "Darragh", "Emmet", "Fionn", "Gavin", "Helen", "Ian", "Jennifer", "Kate",
            "Lorcan", "Marta", "Nadia", "Piotr", "Ronan", "Stephen", "Tara", "Vytautas", "Wiktoria", "Yvonne"]
IE_LAST = ["Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "O'Brien", "Byrne", "Ryan", "O'Connor",
           "O'Neill", "Reilly", "Doyle", "McCarthy", "Gallagher", "Doherty", "Kennedy", "Lynch", "Murray",
           "Quinn", "Moore", "McLaughlin", "Carroll", "Connolly", "Daly", "Connell", "Wilson", "Dunne",
           "Brennan", "Burke", "Collins", "Campbell", "Clarke", "Johnston", "Hughes", "Farrell", "Fitzpatrick",
           "Brady", "Maguire", "Nowak", "Kowalski", "Stewart", "Graham", "Patterson", "Ferguson", "Boyd"]
US_FIRST = ["Ashley", "Brandon", "Brittany", "Carlos", "Courtney", "DeShawn", "Emily", "Hannah", "Jasmine",
            "Jordan", "Justin", "Kayla", "Logan", "Madison", "Marcus", "Megan", "Nicole", "Rachel", "Tanisha",
            "Trevor", "Victoria", "Zachary", "Austin", "Brianna", "Cody", "Destiny"]
US_LAST = ["Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
           "Anderson", "Taylor", "Thomas", "Jackson", "White", "Harris", "Thompson", "Robinson", "Lewis",
           "Walker", "Hall", "Allen", "Young", "King", "Wright"]

WAREHOUSE_DEPTS = ["Warehouse Operations", "Warehouse Operations", "Warehouse Operations", "Inventory Control",
                   "Transport", "Warehouse Operations"]
OFFICE_DEPTS = ["Customer Service", "Finance", "Business Systems", "Account Management"]
WMS_DEPTS = {"Warehouse Operations", "Inventory Control", "Transport", "Operations", "Business Systems"}


class Person:
    def __init__(self, emp_id, name, site, dept, title, start, leave=None):
        self.emp_id, self.name, self.site, self.dept, self.title = emp_id, name, site, dept, title
        self.start, self.leave = start, leave
        first, last = name.split(" ", 1)
        self.first, self.last = first, last
        self.email = f"{first.lower()}.{last.lower().replace(chr(39), '').replace(' ', '')}@kestrellogistics.com"

    @property
    def wms(self):
        return self.site != "Charlotte" and self.dept in WMS_DEPTS


def monday_on_or_after(d):
    while d.weekday() != 0:
        d += DAY
    return d


# Leavers in the period (last working day 13/04/2026-19/11/2026): Dublin 17, Belfast 15, Charlotte 6 = 38,
# of whom 4 are joiners of the period (seasonal: 2 Dublin, 2 Belfast). Some days are fixed for the story.
FIXED_LEAVERS = {
    # key: (site, last working day, dept)
    "ie-holiday": ("Dublin", D(2026, 10, 23), "Warehouse Operations"),     # Mon 26/10 Irish bank holiday
    "ni-boyne": ("Belfast", D(2026, 7, 10), "Warehouse Operations"),       # Mon 13/07 NI holiday only
    "ni-august": ("Belfast", D(2026, 8, 28), "Inventory Control"),         # Mon 31/08 NI holiday only
    "us-july4": ("Charlotte", D(2026, 7, 2), "Customer Support"),          # Fri 03/07 US holiday
    "us-labor": ("Charlotte", D(2026, 9, 4), "Customer Support"),          # Mon 07/09 Labor Day
    "late": ("Belfast", D(2026, 9, 17), "Warehouse Operations"),           # WMS disabled 2 h 22 min late
    "dismissal": ("Dublin", D(2026, 7, 8), "Transport"),                   # removed during the meeting
}


def build_people():
    r = rng("people")
    used = {k[1] for k in KEY}

    def name_pool(firsts, lasts, seed):
        rr = rng(seed)
        names = [f"{f} {l}" for f in firsts for l in lasts]
        rr.shuffle(names)
        return iter(n for n in names if n not in used)

    ie_names = name_pool(IE_FIRST, IE_LAST, "names-ie")
    us_names = name_pool(US_FIRST, US_LAST, "names-us")

    def new_name(site):
        n = next(us_names if site == "Charlotte" else ie_names)
        used.add(n)
        return n

    def title_for(site, dept):
        if site == "Charlotte":
            return r.choice(["Customer Support Agent", "Customer Support Agent", "Senior Support Agent",
                             "Support Team Lead"])
        return {"Warehouse Operations": r.choice(["Warehouse Operative", "Warehouse Operative", "Picker",
                                                  "Forklift Driver", "Goods-in Operative"]),
                "Inventory Control": "Inventory Controller",
                "Transport": r.choice(["Transport Planner", "Transport Administrator"]),
                "Customer Service": "Customer Service Executive",
                "Finance": r.choice(["Accounts Assistant", "Credit Controller", "Finance Analyst"]),
                "Business Systems": r.choice(["WMS Analyst", "Systems Analyst"]),
                "Account Management": "Account Manager",
                "IT": "IT Support Engineer"}[dept]

    def dept_for(site):
        if site == "Charlotte":
            return "Customer Support"
        return r.choice(WAREHOUSE_DEPTS + WAREHOUSE_DEPTS + OFFICE_DEPTS)

    people = [Person(*k) for k in KEY]
    key_by_site = {"Dublin": 13, "Belfast": 3, "Charlotte": 1}

    # ---- staff employed before the ISMS began and still employed at the export: 188
    #      (17 key people, 2 who have resigned and leave after the export, 169 others)
    pre_current = {"Dublin": 110 - 6, "Belfast": 68 - 5, "Charlotte": 22 - 1}   # 104 + 63 + 21 = 188
    resigned = {"Dublin": 1, "Belfast": 1, "Charlotte": 0}
    pre = []
    for site, n in pre_current.items():
        for _ in range(n - key_by_site[site] - resigned[site]):
            start = D(2011, 1, 3) + dt.timedelta(days=r.randrange(0, (D(2026, 3, 30) - D(2011, 1, 3)).days))
            dept = dept_for(site)
            pre.append(Person(None, new_name(site), site, dept, title_for(site, dept), start))
    # ---- staff employed before the ISMS who left in the period: 34 (Dublin 15, Belfast 13, Charlotte 6)
    pre_leavers = []
    fixed = dict(FIXED_LEAVERS)
    for site, n in {"Dublin": 15, "Belfast": 13, "Charlotte": 6}.items():
        mine = [k for k, v in fixed.items() if v[0] == site]
        for i in range(n):
            if i < len(mine):
                _, last_day, dept = fixed[mine[i]]
                tag = mine[i]
            else:
                while True:
                    last_day = SINCE + dt.timedelta(days=r.randrange(0, (D(2026, 11, 13) - SINCE).days))
                    if is_workday(site, last_day) and is_workday(site, next_workday(site, last_day)) \
                            and next_workday(site, last_day) == last_day + DAY:
                        break
                dept = dept_for(site)
                tag = None
            start = D(2012, 1, 2) + dt.timedelta(days=r.randrange(0, (D(2026, 2, 1) - D(2012, 1, 2)).days))
            p = Person(None, new_name(site), site, dept, title_for(site, dept), start, last_day)
            p.tag = tag
            pre_leavers.append(p)
    # ---- two staff who have resigned and leave after the export (still employed: counted in the 236)
    fut = []
    for site, last_day in (("Dublin", D(2026, 11, 27)), ("Belfast", D(2026, 12, 4))):
        dept = "Warehouse Operations"
        p = Person(None, new_name(site), site, dept, title_for(site, dept),
                   D(2019, 1, 7) + dt.timedelta(days=r.randrange(0, 2000)), last_day)
        p.tag = "future"
        fut.append(p)
    pre += fut

    # ---- joiners in the period: 52
    joiners = []
    plan = (
        # site, start-date window, count, leaves again
        ("Dublin", (D(2026, 4, 13), D(2026, 5, 25)), 6, False),
        ("Belfast", (D(2026, 4, 13), D(2026, 5, 25)), 5, False),
        ("Charlotte", (D(2026, 4, 13), D(2026, 5, 25)), 1, False),
        ("Dublin", (D(2026, 6, 2), D(2026, 10, 19)), 15, False),
        ("Belfast", (D(2026, 6, 2), D(2026, 10, 19)), 12, False),
        ("Charlotte", (D(2026, 6, 2), D(2026, 10, 19)), 4, False),
        ("Dublin", (D(2026, 11, 2), D(2026, 11, 16)), 3, False),
        ("Belfast", (D(2026, 11, 2), D(2026, 11, 16)), 2, False),
        ("Dublin", (D(2026, 4, 20), D(2026, 6, 29)), 2, True),
        ("Belfast", (D(2026, 4, 20), D(2026, 6, 29)), 2, True),
    )
    for site, (a, b), n, leaves in plan:
        for _ in range(n):
            while True:
                start = monday_on_or_after(a + dt.timedelta(days=r.randrange(0, (b - a).days + 1)))
                if start <= b and is_workday(site, start):
                    break
            dept = "Warehouse Operations" if (leaves or r.random() < 0.6) and site != "Charlotte" else dept_for(site)
            leave = None
            if leaves:
                while True:
                    leave = start + dt.timedelta(days=r.randrange(42, 110))
                    if is_workday(site, leave) and next_workday(site, leave) == leave + DAY:
                        break
            p = Person(None, new_name(site), site, dept, title_for(site, dept), start, leave)
            p.tag = "seasonal" if leaves else None
            joiners.append(p)

    # ids: pre-period staff in start order, joiners after
    others = sorted(pre + pre_leavers, key=lambda p: (p.start, p.name))
    taken = {k[0] for k in KEY}
    n = 2
    for p in others:
        while f"KLG-{n:04d}" in taken:
            n += 1
        p.emp_id = f"KLG-{n:04d}"
        taken.add(p.emp_id)
        n += 1
    for i, p in enumerate(sorted(joiners, key=lambda p: (p.start, p.name))):
        p.emp_id = f"KLG-{301 + i:04d}"
    for p in people:
        p.tag = None
    return people + others + joiners


PEOPLE = build_people()
BY_NAME = {p.name: p for p in PEOPLE}


def active_at_export(p):
    return p.start <= EXPORT.date() and (p.leave is None or p.leave >= EXPORT.date())


# ---------------------------------------------------------------- JML tracker (A.5.18, A.6.5, A.5.16)

def jml_tracker():
    r = rng("jml")
    rows = []
    ticket = [4410]

    def tk():
        ticket[0] += r.randrange(3, 40)
        return f"ITSD-{ticket[0]}"

    events = []
    for p in PEOPLE:
        if SINCE <= p.start <= EXPORT.date():
            events.append((p.start, "Joiner", p))
        if p.leave is not None and p.leave >= SINCE:
            events.append((p.leave, "Leaver", p))
    events.sort(key=lambda e: (e[0], e[1], e[2].emp_id))
    for day, kind, p in events:
        if kind == "Joiner":
            made_day = day - dt.timedelta(days=r.randrange(1, 6))
            while not is_workday(p.site, made_day):
                made_day -= DAY
            made = local(p.site, made_day, r.randrange(9, 17), r.randrange(60), r.randrange(60))
            rows.append([p.emp_id, p.name, p.site, p.dept, kind, dmy(day), iso_z(made), "", "", "", tk()])
            continue
        if p.tag == "future":
            rows.append([p.emp_id, p.name, p.site, p.dept, kind, dmy(day), "", "", "", "", tk()])
            continue
        nxt = next_workday(p.site, day)
        if p.tag == "dismissal":
            g = local(p.site, day, 11, 2, 14)
            w = local(p.site, day, 11, 9, 51)
        else:
            # Google: Personio sync at 18:05 Dublin time for Ireland and NI; Charlotte handled by hand
            if p.site == "Charlotte":
                g = local(p.site, nxt, r.randrange(8, 12), r.randrange(60), r.randrange(60))
            elif r.random() < 0.8:
                g = local("Dublin", day, 18, 5, r.randrange(5, 50))
            else:
                g = local(p.site, nxt, r.randrange(8, 11), r.randrange(60), r.randrange(60))
            # WMS: disabled by the site manager or shift lead, end of the last shift or next morning
            if r.random() < 0.5:
                w = local(p.site, day, r.randrange(17, 22), r.randrange(60), r.randrange(60))
                if w < local(p.site, day, 17, 35):
                    w = local(p.site, day, 17, 48, 3)
            else:
                w = local(p.site, nxt, r.randrange(7, 12), r.randrange(60), r.randrange(60))
            if p.tag in ("ie-holiday", "ni-boyne", "ni-august"):
                w = local(p.site, nxt, {"ie-holiday": 9, "ni-boyne": 8, "ni-august": 7}[p.tag],
                          {"ie-holiday": 40, "ni-boyne": 15, "ni-august": 50}[p.tag], 22)
            if p.tag == "us-july4":
                g = local(p.site, nxt, 10, 5, 37)
            if p.tag == "us-labor":
                g = local(p.site, nxt, 9, 20, 4)
            if p.tag == "late":
                g = local("Dublin", day, 18, 5, 19)
                w = local(p.site, nxt, 19, 52, 40)
        ret = next_workday(p.site, day, r.randrange(1, 5))
        rows.append([p.emp_id, p.name, p.site, p.dept, kind, dmy(day), "", iso_z(g),
                     iso_z(w) if p.wms else "N/A", dmy(ret), tk()])
    write("jml-tracker.csv",
          ["Employee ID", "Name", "Site", "Department", "Event", "Effective date",
           "Google account created (UTC)", "Google account suspended (UTC)", "WMS user disabled (UTC)",
           "Equipment returned", "JSM ticket"], rows)


# ---------------------------------------------------------------- TalentLMS (A.6.3)

ANNUAL = "Security Awareness 2026"
INDUCTION = "Security Induction for New Starters"
ANNUAL_ASSIGNED = local("Charlotte", D(2026, 6, 1), 4, 0)     # 09:00 Dublin time, 04:00 in Charlotte
ANNUAL_DUE = D(2026, 7, 31)


def talentlms():
    r = rng("talentlms")
    active = [p for p in PEOPLE if active_at_export(p)]
    annual_pop = sorted([p for p in active if p.start < D(2026, 6, 1)], key=lambda p: p.emp_id)
    keyset = {k[1] for k in KEY}
    plain = [p for p in annual_pop if p.name not in keyset]
    by_site = {s: [p for p in plain if p.site == s] for s in TZ}
    open_people = r.sample(by_site["Charlotte"], 9) + r.sample(by_site["Belfast"], 3) + r.sample(by_site["Dublin"], 2)
    rest = [p for p in plain if p not in open_people]
    late_people = r.sample(rest, 9)
    rest = [p for p in rest if p not in late_people]
    failed_people = r.sample(rest, 4)
    in_progress = set(p.emp_id for p in r.sample(open_people, 6))
    rows = []

    def row(p, course, assigned, due, done, status, score):
        branch = p.site
        rows.append([p.name, p.email, branch, course, talent(assigned), mdy(due),
                     talent(done) if done else "", status, score])

    for p in annual_pop:
        if p in open_people:
            row(p, ANNUAL, ANNUAL_ASSIGNED, ANNUAL_DUE, None,
                "In progress" if p.emp_id in in_progress else "Not started", "")
            continue
        if p in late_people:
            day = D(2026, 8, 3) + dt.timedelta(days=r.randrange(0, 78))
        else:
            day = D(2026, 6, 1) + dt.timedelta(days=r.randrange(0, 56))
        done = local(p.site, day, r.randrange(8, 17), r.randrange(60), r.randrange(60))
        if p in failed_people:
            first = local(p.site, D(2026, 6, 1) + dt.timedelta(days=r.randrange(2, 20)), 11, r.randrange(60))
            row(p, ANNUAL, ANNUAL_ASSIGNED, ANNUAL_DUE, first, "Failed", str(r.randrange(50, 70)))
            re_day = first.date() + DAY
            done = local(p.site, re_day + dt.timedelta(days=r.randrange(0, 9)), r.randrange(9, 17), r.randrange(60))
            row(p, ANNUAL, local(p.site, re_day, 9, 0), ANNUAL_DUE, done, "Completed", str(r.randrange(80, 101)))
            continue
        row(p, ANNUAL, ANNUAL_ASSIGNED, ANNUAL_DUE, done, "Completed", str(r.randrange(80, 101)))
    joiners = sorted([p for p in active if p.start >= SINCE], key=lambda p: p.emp_id)
    recent = [p for p in joiners if p.start >= D(2026, 11, 2)]
    recent_open = set(p.emp_id for p in recent[:2])
    for p in joiners:
        assigned = local(p.site, p.start, 9, 0)
        due = p.start + dt.timedelta(days=30)
        if p.emp_id in recent_open:
            row(p, INDUCTION, assigned, due, None, "In progress" if p is recent[0] else "Not started", "")
            continue
        span = 3 if p in recent else 26
        done_day = p.start + dt.timedelta(days=r.randrange(1, span + 1))
        done = local(p.site, done_day, r.randrange(9, 16), r.randrange(60), r.randrange(60))
        row(p, INDUCTION, assigned, due, done, "Completed", str(r.randrange(80, 101)))
    rows.sort(key=lambda x: (x[0].split(" ", 1)[1], x[0], x[4]))
    write("talentlms-course-assignments.csv",
          ["User", "Email", "Branch", "Course", "Assigned on", "Due date", "Completion date", "Status", "Score"],
          rows)


# ---------------------------------------------------------------- Jira changes (A.8.32)

SERVICES_N = [("Manhattan SCALE WMS", 21), ("Descartes TMS", 5), ("TrueCommerce EDI", 3)]
NORMAL_SUMMARIES = {
    "Manhattan SCALE WMS": ["Wave planning rule change for {c} peak", "New putaway zone {z} in {s}",
                            "Replenishment trigger change for {c}", "Allocation strategy update for {c} orders",
                            "Add cartonisation profile for {c}", "RF menu change for cycle counting in {s}",
                            "Pick path resequencing in {s} aisle {z}", "SCALE integration: new ASN field for {c}"],
    "Descartes TMS": ["New carrier service code for {c}", "Route optimisation parameter change",
                      "Rate card upload and mapping for {c}"],
    "TrueCommerce EDI": ["New 856 ASN map for {c}", "EDI partner onboarding: {c}", "940 order map change for {c}"],
    "Google Workspace": ["Context-aware access policy for admin console", "Shared drive retention rule change"],
    "Network": ["FortiGate firmware upgrade (Belfast)", "New VLAN for dock scanners in {s}",
                "Site-to-site VPN re-key Dublin-Belfast"],
    "Rubrik": ["New SLA domain for TMS integration server"],
    "Servers": ["Windows Server cumulative update outside the monthly window", "SQL Server CU on WMS reporting DB"],
}
CLIENTS = ["Brightwell Foods", "Larkspur Pharma", "Ardent Electronics", "Mourne Beverages", "Halcyon Apparel",
           "Corrib Home", "Northgate Retail", "Sperrin Outdoor", "Tolka Health", "Glenmore Books"]
STANDARD = [("Manhattan SCALE WMS", "Label template update for {c}"), ("Manhattan SCALE WMS", "New SKU master upload for {c}"),
            ("Manhattan SCALE WMS", "Add printer to {s} print server"), ("Descartes TMS", "Carrier contact details update"),
            ("Google Workspace", "Add shared drive for {c} account team"), ("Network", "Firewall object update from catalogue"),
            ("Servers", "Monthly Windows patching (catalogue)"), ("Servers", "Certificate renewal (catalogue)"),
            ("Manhattan SCALE WMS", "RF handheld re-provisioning in {s}"), ("TrueCommerce EDI", "EDI test partner reset")]
CHANGE_PEOPLE = ["Ciara Nolan", "Eoin Kelly", "Maeve Brady", "Padraig Doyle", "Shane Whelan", "Ronan Carroll"]


def thursday_on_or_after(d):
    while d.weekday() != 3:
        d += DAY
    return d


def jira_changes():
    r = rng("changes")
    rows = []

    def fmt(c, s):
        return c.format(c=r.choice(CLIENTS), s=r.choice(["Dublin", "Belfast"]), z=r.choice("ABCDEFGH"))

    def start_day():
        while True:
            d = SINCE + dt.timedelta(days=r.randrange(0, (D(2026, 11, 18) - SINCE).days + 1))
            if is_workday("Dublin", d):
                return d

    recs = []
    # Standard: 118, no individual approval
    for _ in range(118):
        svc, summ = r.choice(STANDARD)
        d = start_day()
        created = local("Dublin", d - dt.timedelta(days=r.randrange(0, 4)), r.randrange(8, 16), r.randrange(60))
        st = local("Dublin", d, r.randrange(7, 18), r.randrange(60))
        if st < created:
            st = created + dt.timedelta(hours=2)
        en = st + dt.timedelta(minutes=r.randrange(10, 90))
        recs.append(dict(type="Standard", svc=svc, summ=fmt(summ, None), created=created, planned=st, by="",
                         appr=None, start=st, end=en, status="Completed", risk="Low",
                         reporter=r.choice(CHANGE_PEOPLE)))
    # Normal: 46 implemented; 29 implemented before the CAB approved them, 17 approved first
    late_svcs = [s for s, n in SERVICES_N for _ in range(n)]
    ok_svcs = ["Manhattan SCALE WMS"] * 5 + ["Google Workspace"] * 3 + ["Network"] * 4 + ["Rubrik"] * 1 + \
              ["Servers"] * 2 + ["Descartes TMS"] * 1 + ["TrueCommerce EDI"] * 1
    r.shuffle(late_svcs)
    for svc in late_svcs:
        while True:
            d = start_day()
            if d >= D(2026, 5, 18) and d.weekday() in (0, 1, 2, 4):
                break
        created = local("Dublin", d - dt.timedelta(days=r.randrange(1, 6)), r.randrange(9, 17), r.randrange(60))
        st = local("Dublin", d, r.choice([6, 7, 14, 15, 16, 20, 21]), r.randrange(60))
        cab = thursday_on_or_after(d + DAY)
        if r.random() < 0.3:
            cab += dt.timedelta(days=7)
        while not is_workday("Dublin", cab):
            cab += DAY
        appr = local("Dublin", cab, 10, r.randrange(5, 59))
        recs.append(dict(type="Normal", svc=svc, summ=fmt(r.choice(NORMAL_SUMMARIES[svc]), None), created=created,
                         planned=st, by="CAB - Shane Whelan", appr=appr, start=st,
                         end=st + dt.timedelta(minutes=r.randrange(20, 180)), status="Completed",
                         risk=r.choice(["Medium", "Medium", "High", "Low"]),
                         reporter=r.choice(["Ciara Nolan", "Eoin Kelly", "Maeve Brady"])))
    for svc in ok_svcs:
        d = start_day()
        cab = d - DAY
        while cab.weekday() != 3 or not is_workday("Dublin", cab):
            cab -= DAY
        if (d - cab).days < 1:
            cab -= dt.timedelta(days=7)
        appr = local("Dublin", cab, 10, r.randrange(5, 59))
        created = appr - dt.timedelta(days=r.randrange(2, 8), hours=r.randrange(0, 5))
        st = local("Dublin", d, r.choice([7, 8, 18, 19, 20]), r.randrange(60))
        by = "CAB - Shane Whelan" if r.random() < 0.85 else "Shane Whelan (low risk, out of cycle)"
        recs.append(dict(type="Normal", svc=svc, summ=fmt(r.choice(NORMAL_SUMMARIES[svc]), None), created=created,
                         planned=st, by=by, appr=appr, start=st,
                         end=st + dt.timedelta(minutes=r.randrange(20, 180)), status="Completed",
                         risk=r.choice(["Medium", "Low", "High"]), reporter=r.choice(CHANGE_PEOPLE)))
    # Emergency: 8, implemented on verbal approval, ECAB approval recorded within 2 Irish working days
    em = [(D(2026, 5, 16), 2, 14, "Manhattan SCALE WMS", "Hotfix: RF login loop after SCALE patch", 1),
          (D(2026, 6, 24), 21, 40, "Network", "Block malicious IP range at FortiGate (SEC incident)", 1),
          (D(2026, 8, 1), 22, 10, "Manhattan SCALE WMS", "Restart and index rebuild on SCALE_PROD (Saturday night)", 1),
          (D(2026, 8, 20), 15, 3, "TrueCommerce EDI", "Roll back 856 map after rejected ASNs", 2),
          (D(2026, 9, 10), 19, 30, "Servers", "Emergency patch for actively exploited Windows flaw", 2),
          (D(2026, 10, 12), 9, 55, "Google Workspace", "Force sign-out and reset for compromised Belfast account", 1),
          (D(2026, 10, 23), 23, 5, "Manhattan SCALE WMS", "Disk expansion on WMS-DB01 (log volume full)", 1),
          (D(2026, 11, 5), 4, 20, "Descartes TMS", "Re-point TMS integration after certificate expiry", 1)]
    for d, hh, mm, svc, summ, wd in em:
        st = local("Dublin", d, hh, mm)
        appr_day = next_workday("Dublin", d, wd)
        appr = local("Dublin", appr_day, r.randrange(9, 16), r.randrange(60))
        recs.append(dict(type="Emergency", svc=svc, summ=summ, created=st - dt.timedelta(minutes=r.randrange(5, 40)),
                         planned=st, by="ECAB - Conor Hegarty", appr=appr, start=st,
                         end=st + dt.timedelta(minutes=r.randrange(15, 120)), status="Completed", risk="High",
                         reporter=r.choice(["Padraig Doyle", "Ciara Nolan", "Ruth McAllister", "Shane Whelan"])))
    # Canceled normal changes (never implemented)
    for d in (D(2026, 6, 10), D(2026, 9, 2), D(2026, 10, 14)):
        svc = r.choice(["Manhattan SCALE WMS", "Network"])
        created = local("Dublin", d, 11, r.randrange(60))
        recs.append(dict(type="Normal", svc=svc, summ=fmt(r.choice(NORMAL_SUMMARIES[svc]), None), created=created,
                         planned=created + dt.timedelta(days=8), by="", appr=None, start=None, end=None,
                         status="Canceled", risk="Medium", reporter=r.choice(CHANGE_PEOPLE), resolved=created + dt.timedelta(days=5)))
    # Scheduled after the export
    for d, appr_d, status in ((D(2026, 11, 24), D(2026, 11, 12), "Scheduled"),
                              (D(2026, 11, 25), D(2026, 11, 12), "Scheduled"),
                              (D(2026, 11, 26), None, "Awaiting CAB")):
        svc = "Manhattan SCALE WMS"
        created = local("Dublin", (appr_d or D(2026, 11, 19)) - dt.timedelta(days=3), 14, r.randrange(60))
        recs.append(dict(type="Normal", svc=svc, summ=fmt(r.choice(NORMAL_SUMMARIES[svc]), None), created=created,
                         planned=local("Dublin", d, 20, 0), by="CAB - Shane Whelan" if appr_d else "",
                         appr=local("Dublin", appr_d, 10, 31) if appr_d else None, start=None, end=None,
                         status=status, risk="Medium", reporter="Ciara Nolan"))
    # Before the ISMS (the project was set up in March)
    pre = [("Standard", D(2026, 3, 9)), ("Normal", D(2026, 3, 16)), ("Standard", D(2026, 3, 24)),
           ("Emergency", D(2026, 3, 28)), ("Normal", D(2026, 4, 7)), ("Standard", D(2026, 4, 9))]
    for typ, d in pre:
        svc, summ = r.choice(STANDARD) if typ == "Standard" else ("Manhattan SCALE WMS", r.choice(NORMAL_SUMMARIES["Manhattan SCALE WMS"]))
        st = local("Dublin", d, 15, r.randrange(60))
        appr = None if typ == "Standard" else local("Dublin", d + dt.timedelta(days=3), 10, 20)
        recs.append(dict(type=typ, svc=svc, summ=fmt(summ, None), created=st - dt.timedelta(days=1), planned=st,
                         by="" if typ == "Standard" else "Shane Whelan", appr=appr, start=st,
                         end=st + dt.timedelta(minutes=45), status="Completed", risk="Medium",
                         reporter=r.choice(CHANGE_PEOPLE)))
    recs.sort(key=lambda x: (x["created"], x["summ"]))
    key = 100
    issue = 51200
    out = []
    for c in recs:
        key += 1
        issue += r.randrange(1, 30)
        c["key"] = f"CHG-{key}"
        resolved = c.get("resolved") or (c["end"] + dt.timedelta(minutes=r.randrange(5, 600)) if c["end"] else None)
        assignee = c["reporter"] if c["type"] != "Emergency" else r.choice(["Padraig Doyle", "Ciara Nolan"])
        out.append([c["key"], str(issue), c["summ"], "Change", c["status"], c["type"], c["risk"], c["svc"],
                    c["reporter"], assignee, jira(c["created"]), jira(c["planned"]), c["by"],
                    jira(c["appr"]) if c["appr"] else "", jira(c["start"]) if c["start"] else "",
                    jira(c["end"]) if c["end"] else "", jira(resolved) if resolved else ""])
    out.reverse()                                     # Jira: newest first
    write("jira-change-requests.csv",
          ["Issue key", "Issue id", "Summary", "Issue Type", "Status", "Custom field (Change type)",
           "Custom field (Change risk)", "Custom field (Affected service)", "Reporter", "Assignee", "Created",
           "Custom field (Planned start)", "Custom field (CAB approved by)", "Custom field (CAB approved at)",
           "Custom field (Actual start)", "Custom field (Actual end)", "Resolved"], out)


# ---------------------------------------------------------------- Jira security incidents (A.5.24-A.5.28)

INCIDENTS = [
    # created (Dublin local), site, priority, category, summary, hours to resolve, pdb, notify, regulator, hours to notify
    (T(2026, 3, 18, 10, 12), "Dublin", "P3", "Phishing", "Reported phishing email impersonating a client", 20, "No", "", "", None),
    (T(2026, 3, 30, 15, 40), "Belfast", "P4", "Lost or stolen asset", "RF handheld missing after night shift", 70, "No", "", "", None),
    (T(2026, 4, 21, 9, 5), "Dublin", "P3", "Phishing", "Credential phishing campaign against customer service", 30, "No", "", "", None),
    (T(2026, 4, 29, 14, 22), "Charlotte", "P4", "Policy violation", "Customer data pasted into a personal note app", 96, "No", "", "", None),
    (T(2026, 5, 6, 8, 47), "Belfast", "P3", "Physical security", "Tailgating through staff gate at Duncrue", 50, "No", "", "", None),
    (T(2026, 5, 14, 11, 30), "Dublin", "P2", "Malware", "Falcon blocked malicious macro on finance laptop", 26, "No", "", "", None),
    (T(2026, 5, 20, 16, 2), "Dublin", "P4", "Lost or stolen asset", "Staff mobile phone lost (managed, wiped)", 4, "No", "", "", None),
    (T(2026, 5, 27, 13, 15), "Charlotte", "P3", "Phishing", "Vishing call to US support asking for order details", 75, "No", "", "", None),
    (T(2026, 6, 9, 14, 14), "Dublin", "P2", "Data disclosure", "Delivery manifest with consignee names and addresses emailed to the wrong client", 52, "Yes", "Yes", "DPC", 41.43),
    (T(2026, 6, 24, 21, 18), "All", "P2", "Network attack", "Brute-force attempts against FortiGate SSL VPN", 18, "No", "", "", None),
    (T(2026, 6, 30, 10, 0), "Belfast", "P4", "Policy violation", "Shared WMS login found on goods-in terminal", 140, "No", "", "", None),
    (T(2026, 7, 7, 9, 41), "Dublin", "P3", "Phishing", "Fake carrier invoice with malicious link", 22, "No", "", "", None),
    (T(2026, 7, 15, 12, 3), "Belfast", "P3", "Lost or stolen asset", "Two RF handhelds not returned after agency shift", 120, "No", "", "", None),
    (T(2026, 7, 22, 15, 50), "Dublin", "P4", "Supplier incident", "Manhattan Associates advisory: SCALE patch for auth bypass", 200, "No", "", "", None),
    (T(2026, 7, 29, 7, 30), "Dublin", "P1", "Availability", "WMS database unavailable at start of early shift", 5, "No", "", "", None),
    (T(2026, 9, 3, 11, 11), "Charlotte", "P3", "Phishing", "Phishing email to US support shared mailbox", 28, "No", "", "", None),
    (T(2026, 9, 10, 17, 44), "All", "P2", "Vulnerability", "Actively exploited Windows flaw on WMS application servers", 30, "No", "", "", None),
    (T(2026, 9, 22, 15, 9), "Charlotte", "P3", "Data disclosure", "Order history sent to the wrong customer by US support (one consignee)", 47, "Yes", "No", "", None),
    (T(2026, 9, 29, 10, 26), "Belfast", "P4", "Physical security", "Perimeter fence damaged by delivery vehicle", 230, "No", "", "", None),
    (T(2026, 10, 12, 8, 50), "Belfast", "P1", "Account compromise", "Shift manager Google account compromised; staff rota and contact list exposed", 20, "Yes", "Yes", "ICO", 69.08),
    (T(2026, 10, 19, 13, 37), "Dublin", "P3", "Phishing", "QR-code phishing posters in Dublin canteen", 40, "No", "", "", None),
    (T(2026, 10, 28, 9, 14), "Dublin", "P4", "Policy violation", "USB storage blocked on transport office PC", 30, "No", "", "", None),
    (T(2026, 11, 3, 14, 58), "Dublin", "P3", "Phishing", "Phishing email spoofing the CEO", 6, "No", "", "", None),
    (T(2026, 11, 16, 10, 22), "Belfast", "P3", "Lost or stolen asset", "Laptop left in a taxi (encrypted, located by the cab company)", None, "No", "", "", None),
]


def jira_incidents():
    r = rng("incidents")
    rows = []
    for i, (cr, site, pri, cat, summ, hrs, pdb, notify, reg, nh) in enumerate(INCIDENTS):
        created = cr.replace(tzinfo=TZ["Dublin"])
        resolved = created + dt.timedelta(hours=hrs, minutes=r.randrange(0, 50)) if hrs else None
        notified = created + dt.timedelta(hours=nh) if nh else None
        status = "Closed" if resolved else "In Progress"
        rows.append([summ, f"SEC-{12 + i}", str(40310 + i * 7 + r.randrange(0, 7)), "Security Incident", status,
                     pri, site, cat, r.choice(["Ruth McAllister", "Ruth McAllister", "Conor Hegarty"]),
                     jira(created), jira(resolved) if resolved else "", pdb, notify, reg,
                     jira(notified) if notified else ""])
    rows.reverse()
    write("jira-security-incidents.csv",
          ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Priority", "Custom field (Site)",
           "Custom field (Incident category)", "Assignee", "Created", "Resolved",
           "Custom field (Personal data breach)", "Custom field (Regulator notification required)",
           "Custom field (Regulator)", "Custom field (Regulator notified at)"], rows)


# ---------------------------------------------------------------- Jira access reviews (A.5.15, A.5.18)

SYSTEMS = [("Google Workspace (users, groups, admin roles)", "Conor Hegarty"),
           ("Manhattan SCALE WMS - Dublin users", "Brian Hughes"),
           ("Manhattan SCALE WMS - Belfast users", "Colm Devlin"),
           ("Descartes TMS", "Ciara Nolan"),
           ("TrueCommerce EDI portal", "Ciara Nolan"),
           ("Atlassian (Jira, Confluence) admins", "Shane Whelan"),
           ("Rubrik Security Cloud", "Padraig Doyle"),
           ("CrowdStrike Falcon console", "Ruth McAllister"),
           ("FortiGate SSL VPN users", "Padraig Doyle")]


def jira_access_reviews():
    r = rng("access")
    rows = []
    campaigns = [("ISMS-41", "Q2 2026 user access review", D(2026, 6, 15),
                  [0, 1, 0, 2, 3, 1, 0, 2, 8], [238, 141, 96, 38, 22, 9, 6, 5, 47], [4, 5, 6, 1, 2, 1, 0, 1, 3]),
                 ("ISMS-88", "Q3 2026 user access review", D(2026, 9, 7),
                  [0, 2, 1, 1, 4, 0, 3, 2, 8], [244, 144, 99, 39, 22, 9, 6, 5, 45], [3, 4, 5, 1, 1, 0, 0, 0, 3])]
    issue = 38800
    for pkey, title, day, offs, reviewed, removed in campaigns:
        created = local("Dublin", day, 9, 0)
        n = int(pkey.split("-")[1])
        subs = []
        for i, (system, owner) in enumerate(SYSTEMS):
            d = day + dt.timedelta(days=offs[i])
            while not is_workday("Dublin", d):
                d += DAY
            done = local("Dublin" if "Belfast" not in system else "Belfast", d, r.randrange(10, 17), r.randrange(60))
            subs.append([f"ISMS-{n + 1 + i}", str(issue + n + 1 + i), f"{title}: {system}", "Sub-task", "Done",
                         owner, pkey, title, system, jira(created), jira(done), str(reviewed[i]), str(removed[i])])
        last_dt = max(local("Dublin", day + dt.timedelta(days=o), 0, 0) for o in offs)
        parent_done = local("Dublin", last_dt.date(), 17, 12)
        rows.append([pkey, str(issue + n), title, "Access review", "Done", "Conor Hegarty", "", "", "",
                     jira(created), jira(parent_done), "", ""])
        rows.extend(subs)
    write("jira-access-reviews.csv",
          ["Issue key", "Issue id", "Summary", "Issue Type", "Status", "Assignee", "Parent", "Parent summary",
           "Custom field (System)", "Created", "Resolved", "Custom field (Accounts reviewed)",
           "Custom field (Accounts removed)"], rows)


# ---------------------------------------------------------------- Rubrik (A.8.13)

OBJECTS = [("WMS-DB01 / SCALE_PROD", "Mssql Database", "DUB-RBK-01", "Gold-Daily-35d"),
           ("WMS-APP01", "VMware Virtual Machine", "DUB-RBK-01", "Gold-Daily-35d"),
           ("WMS-APP02", "VMware Virtual Machine", "DUB-RBK-01", "Gold-Daily-35d"),
           ("TMS-INT01", "VMware Virtual Machine", "DUB-RBK-01", "Silver-Daily-30d"),
           ("EDI-GW01", "VMware Virtual Machine", "DUB-RBK-01", "Gold-Daily-35d"),
           ("DUB-FS01", "VMware Virtual Machine", "DUB-RBK-01", "Silver-Daily-30d"),
           ("DUB-DC01", "VMware Virtual Machine", "DUB-RBK-01", "Silver-Daily-30d"),
           ("BEL-FS01", "VMware Virtual Machine", "DUB-RBK-01", "Silver-Daily-30d")]
FAILURES = {(D(2026, 5, 21), "EDI-GW01"): "VMware snapshot creation timed out",
            (D(2026, 6, 30), "WMS-DB01 / SCALE_PROD"): "SQL Server VSS writer in failed state",
            (D(2026, 8, 2), "BEL-FS01"): "Connection to host lost (Belfast WAN outage)",
            (D(2026, 9, 18), "WMS-APP02"): "Snapshot consolidation required on VM",
            (D(2026, 10, 27), "DUB-FS01"): "Rubrik cluster node restarting (upgrade)"}


def rubrik():
    r = rng("rubrik")
    rows = []
    for d in days(SINCE, D(2026, 11, 19)):
        for i, (name, typ, cluster, sla) in enumerate(OBJECTS):
            st = local("Dublin", d, 1, 0) + dt.timedelta(minutes=i * 6 + r.randrange(0, 5), seconds=r.randrange(60))
            dur = dt.timedelta(minutes=r.randrange(4, 45), seconds=r.randrange(60))
            gb = f"{r.uniform(0.4, 38.0):.2f}"
            if (d, name) in FAILURES:
                fail_end = st + dt.timedelta(minutes=r.randrange(8, 30))
                rows.append([name, typ, "Kestrel-Dublin-vCenter" if typ != "Mssql Database" else "WMS-DB01\\MSSQLSERVER",
                             cluster, sla, "Backup", "Failed", iso_z(st), iso_z(fail_end), "0.00", FAILURES[(d, name)]])
                st = fail_end + dt.timedelta(hours=r.randrange(1, 3), minutes=r.randrange(60))
            rows.append([name, typ, "Kestrel-Dublin-vCenter" if typ != "Mssql Database" else "WMS-DB01\\MSSQLSERVER",
                         cluster, sla, "Backup", "Succeeded", iso_z(st), iso_z(st + dur), gb, ""])
    for d, name, note in ((D(2026, 6, 18), "WMS-DB01 / SCALE_PROD", "Quarterly restore test to RESTORE-SQL01 (isolated); row counts matched"),
                          (D(2026, 9, 17), "DUB-FS01", "Quarterly restore test of file share to isolated VM; hash check passed")):
        st = local("Dublin", d, 14, 10)
        rows.append([name, "Mssql Database" if "SCALE" in name else "VMware Virtual Machine",
                     "WMS-DB01\\MSSQLSERVER" if "SCALE" in name else "Kestrel-Dublin-vCenter", "DUB-RBK-01",
                     "Gold-Daily-35d" if "SCALE" in name else "Silver-Daily-30d", "Recovery", "Succeeded",
                     iso_z(st), iso_z(st + dt.timedelta(minutes=52)), "61.30" if "SCALE" in name else "22.75", note])
    rows.sort(key=lambda x: (x[7], x[0]))
    write("rubrik-protection-tasks.csv",
          ["Object Name", "Object Type", "Location", "Cluster", "SLA Domain", "Task Type", "Task Status",
           "Start Time", "End Time", "Data Transferred (GB)", "Failure Reason"], rows)


# ---------------------------------------------------------------- CrowdStrike Falcon Spotlight (A.8.8)

LIMIT = {"CRITICAL": 7, "HIGH": 30, "MEDIUM": 90}
HOSTS = ["WMS-DB01", "WMS-APP01", "WMS-APP02", "TMS-INT01", "EDI-GW01", "DUB-FS01", "DUB-DC01", "DUB-DC02",
         "BEL-FS01", "DUB-PRT01", "BEL-PRT01"] + [f"KLG-LT-{n:04d}" for n in range(1001, 1071)]
PRODUCTS = {"CRITICAL": ["Windows Server 2022", "Microsoft SQL Server 2019", "Google Chrome", "Windows 11",
                         "Microsoft Exchange Online connector", "7-Zip"],
            "HIGH": ["Windows 11", "Google Chrome", "Microsoft Edge", "Adobe Acrobat Reader", "Zoom Workplace",
                     "Windows Server 2022", "Java SE Runtime 8", "Microsoft Office"],
            "MEDIUM": ["Windows 11", "Google Chrome", "Notepad++", "Microsoft Office", "Mozilla Firefox",
                       "VMware Tools", "Adobe Acrobat Reader", "Windows Server 2022"],
            "LOW": ["Windows 11", "Notepad++", "VLC media player", "Google Chrome", "PuTTY"]}


def falcon():
    r = rng("falcon")
    rows = []
    audit_end = T(2026, 11, 23, 23, 59, 59, tzinfo=UTC)
    cve = [30000]

    def one(sev, created, age_days):
        cve[0] += r.randrange(7, 400)
        host = r.choice(HOSTS[:11] if sev == "CRITICAL" and r.random() < 0.6 else HOSTS)
        closed = created + dt.timedelta(days=age_days) if age_days is not None else None
        if closed is not None and closed > EXPORT:
            lim = LIMIT.get(sev)
            if lim is not None and created + dt.timedelta(days=lim) <= audit_end:
                closed = EXPORT - dt.timedelta(hours=r.randrange(2, 40))   # keep inside the limit
            else:
                closed = None
        status = "Closed" if closed else "Open"
        rows.append([f"CVE-2026-{cve[0]}", sev, host, "Windows", r.choice(PRODUCTS[sev]), status, iso_z(created),
                     iso_z(closed) if closed else "",
                     r.choice(["Update to the latest version", "Apply vendor security update",
                               "Install the cumulative update"])])

    def when(month_from, month_to):
        a = max(SINCE, D(2026, month_from, 1))
        b = min(D(2026, month_to + 1, 1) - DAY if month_to < 12 else D(2026, 12, 31), D(2026, 11, 18))
        d = a + dt.timedelta(days=r.randrange(0, (b - a).days + 1))
        return T(d.year, d.month, d.day, r.randrange(0, 24), r.randrange(60), r.randrange(60), tzinfo=UTC)

    # criticals: 12, in April (2), June (3), July (1), September (4), November (2); all closed within 7 days
    for m, n in ((4, 2), (6, 3), (7, 1), (9, 4), (11, 2)):
        for _ in range(n):
            c = when(m, m)
            if m == 11:
                c = T(2026, 11, r.choice([3, 10]), r.randrange(8, 18), r.randrange(60), tzinfo=UTC)
            one("CRITICAL", c, r.uniform(0.6, 6.85))
    # highs: 54 (3 still open, created from 26 October, inside 30 days)
    for _ in range(51):
        c = when(4, 10)
        if c.date() > D(2026, 10, 15):
            c -= dt.timedelta(days=20)
        one("HIGH", c, r.uniform(1.5, 29.2))
    for d in (D(2026, 10, 27), D(2026, 11, 4), D(2026, 11, 12)):
        one("HIGH", T(d.year, d.month, d.day, 13, r.randrange(60), tzinfo=UTC), None)
    # mediums: 120, closed within 90 days or open inside it
    for _ in range(120):
        c = when(4, 11)
        one("MEDIUM", c, r.uniform(6, 88))
    # lows: 60, no limit; many stay open
    for _ in range(60):
        c = when(4, 11)
        one("LOW", c, r.uniform(3, 180) if r.random() < 0.55 else None)
    # before the ISMS: 25 (lows and mediums; mediums closed within 90 days)
    for _ in range(25):
        d = D(2026, 1, 5) + dt.timedelta(days=r.randrange(0, 97))
        c = T(d.year, d.month, d.day, r.randrange(24), r.randrange(60), tzinfo=UTC)
        sev = r.choice(["LOW", "LOW", "MEDIUM"])
        one(sev, c, r.uniform(10, 80) if sev == "MEDIUM" else (r.uniform(20, 200) if r.random() < 0.4 else None))
    rows.sort(key=lambda x: x[6], reverse=True)
    write("falcon-spotlight-vulnerabilities.csv",
          ["CVE ID", "Severity", "Hostname", "Platform", "Product", "Status", "Created Timestamp",
           "Closed Timestamp", "Remediation"], rows)


# ---------------------------------------------------------------- site checks, Google Forms (A.7.1-A.7.4)

def site_checks():
    r = rng("sitechecks")
    dublin = [D(2026, 4, 14), D(2026, 5, 5), D(2026, 6, 2), D(2026, 7, 6), D(2026, 8, 4), D(2026, 9, 7),
              D(2026, 10, 5), D(2026, 11, 2)]
    belfast = [D(2026, 4, 24), D(2026, 5, 29), D(2026, 6, 26), D(2026, 7, 31), D(2026, 8, 28), D(2026, 9, 25),
               D(2026, 10, 30)]
    issues = {D(2026, 6, 2): ("Yes", "Dock door 7 contact sensor faulty", "ITSD-4602"),
              D(2026, 9, 25): ("Yes", "Fence panel damaged by delivery vehicle (see SEC-30)", "ITSD-5230"),
              D(2026, 11, 2): ("Yes", "Dock door 3 sensor intermittent", "ITSD-5601")}
    rows = []
    for site, dates, email in (("Dublin - Ballycoolin DC", dublin, "brian.hughes@kestrellogistics.com"),
                               ("Belfast - Duncrue DC", belfast, "mark.irvine@kestrellogistics.com")):
        for d in dates:
            sub_day = d + DAY if d == D(2026, 9, 7) else d
            ts = T(sub_day.year, sub_day.month, sub_day.day, 8 if d == D(2026, 9, 7) else r.randrange(10, 16),
                   r.randrange(60), r.randrange(60))
            fault, note, tk = issues.get(d, ("No", "", ""))
            rows.append([gform(ts), email, site, dmy(d), "OK", "OK" if "Dock" not in note else "Fault logged",
                         "Pass", "OK - 30 days retained", "Yes", "Yes", fault, f"{note} {tk}".strip()])
    rows.sort(key=lambda x: dt.datetime.strptime(x[0], "%d/%m/%Y %H:%M:%S"))
    write("google-forms-site-security-checks.csv",
          ["Timestamp", "Email Address", "Site", "Check date", "Perimeter fence and gates",
           "Dock doors and roller shutters", "Intruder alarm test", "CCTV recording", "Visitor log reviewed",
           "Comms room locked", "Issues found", "Action / ticket"], rows)


# ---------------------------------------------------------------- supplier register (A.5.19-A.5.22)

def supplier_register():
    R = [
        ("Google Cloud EMEA Ltd", "Google Workspace (email, drive, identity)", "Critical", "15 May 2022",
         [("10 May 2024", "Annual review", "Lorraine Byrne", "ISO 27001 cert + SOC 2 Type II", "Approved", "15 May 2025"),
          ("12 May 2025", "Annual review", "Lorraine Byrne", "ISO 27001 cert + SOC 2 Type II", "Approved", "15 May 2026"),
          ("8 May 2026", "Annual review", "Lorraine Byrne; Ruth McAllister", "ISO 27001 cert + SOC 2 Type II + DPA check", "Approved", "15 May 2027")]),
        ("Manhattan Associates", "Manhattan SCALE WMS licence and support (remote access to WMS servers)", "Critical", "1 Jul 2019",
         [("24 Jun 2024", "Annual review", "Lorraine Byrne", "Security questionnaire", "Approved", "1 Jul 2025"),
          ("2 Jul 2025", "Annual review", "Lorraine Byrne", "Security questionnaire + ISO 27001 cert", "Approved with actions", "1 Jul 2026")]),
        ("Atlassian", "Jira Service Management and Confluence Cloud", "Critical", "3 Sep 2023",
         [("30 Aug 2024", "Annual review", "Lorraine Byrne", "SOC 2 Type II", "Approved", "3 Sep 2025"),
          ("28 Aug 2025", "Annual review", "Lorraine Byrne", "SOC 2 Type II", "Approved", "3 Sep 2026"),
          ("21 Aug 2026", "Annual review", "Lorraine Byrne; Ruth McAllister", "SOC 2 Type II + ISO 27001 cert", "Approved", "3 Sep 2027")]),
        ("TrueCommerce", "EDI (order, ASN and invoice messages with clients)", "Critical", "20 Sep 2021",
         [("16 Sep 2024", "Annual review", "Lorraine Byrne", "Security questionnaire", "Approved", "20 Sep 2025"),
          ("22 Sep 2025", "Annual review", "Lorraine Byrne", "Security questionnaire", "Approved", "20 Sep 2026"),
          ("14 Oct 2026", "Annual review", "Lorraine Byrne; Ruth McAllister", "SOC 2 Type II + questionnaire", "Approved", "20 Sep 2027")]),
        ("DPD Ireland", "Parcel carrier (consignee names, addresses, phone numbers)", "Critical", "1 Mar 2024",
         [("12 Feb 2024", "Onboarding assessment", "Lorraine Byrne", "Security questionnaire + DPA", "Approved", "1 Mar 2025"),
          ("25 Feb 2025", "Annual review", "Lorraine Byrne", "Security questionnaire", "Approved", "1 Mar 2026"),
          ("19 Feb 2026", "Annual review", "Lorraine Byrne", "Security questionnaire + ISO 27001 cert", "Approved", "1 Mar 2027")]),
        ("CrowdStrike", "Falcon endpoint protection and Spotlight", "Critical", "20 Jan 2025",
         [("8 Jan 2025", "Onboarding assessment", "Lorraine Byrne; Ruth McAllister", "SOC 2 Type II", "Approved", "20 Jan 2026"),
          ("14 Jan 2026", "Annual review", "Lorraine Byrne; Ruth McAllister", "SOC 2 Type II + FedRAMP summary", "Approved", "20 Jan 2027")]),
        ("Kinetic Networks Ltd", "Managed WAN and FortiGate firewalls (admin access)", "Critical", "1 Dec 2022",
         [("25 Nov 2024", "Annual review", "Lorraine Byrne", "ISO 27001 cert", "Approved", "1 Dec 2025"),
          ("28 Nov 2025", "Annual review", "Lorraine Byrne", "ISO 27001 cert + questionnaire", "Approved", "1 Dec 2026")]),
        ("Rubrik", "Rubrik Security Cloud backup (appliance support and cloud console)", "Critical", "18 Mar 2025",
         [("2 Mar 2025", "Onboarding assessment", "Lorraine Byrne; Padraig Doyle", "SOC 2 Type II + ISO 27001 cert", "Approved", "18 Mar 2026"),
          ("10 Mar 2026", "Annual review", "Lorraine Byrne; Padraig Doyle", "SOC 2 Type II + ISO 27001 cert", "Approved", "18 Mar 2027")]),
        ("Descartes Systems", "Descartes TMS (SaaS)", "Critical", "12 Jan 2021",
         [("10 Jan 2025", "Annual review", "Lorraine Byrne", "SOC 2 Type II", "Approved", "12 Jan 2026"),
          ("8 Jan 2026", "Annual review", "Lorraine Byrne; Ruth McAllister", "SOC 2 Type II + questionnaire", "Approved", "12 Jan 2027")]),
        ("Zebra Technologies", "RF handheld managed service (device management console, remote support)", "Critical", "1 Sep 2026",
         [("10 Aug 2026", "Onboarding assessment", "Lorraine Byrne; Conor Hegarty", "ISO 27001 cert + questionnaire", "Approved", "1 Sep 2027")]),
        ("Shred-it Ireland", "Confidential waste collection (both warehouses)", "Standard", "1 Apr 2023",
         [("3 Apr 2025", "Biennial review", "Lorraine Byrne", "Certificate of destruction sample", "Approved", "1 Apr 2027")]),
        ("Regus (IWG) Charlotte", "Serviced office, Charlotte NC", "Standard", "1 Feb 2025",
         [("20 Jan 2025", "Onboarding assessment", "Tyler Brooks", "Building security summary", "Approved", "1 Feb 2027")]),
        ("Grosvenor Services", "Office and warehouse cleaning", "Standard", "1 Jun 2021",
         [("14 Jun 2025", "Biennial review", "Lorraine Byrne", "Questionnaire", "Approved", "1 Jun 2027")]),
    ]
    rows = []
    for name, svc, crit, start, reviews in R:
        for rd, typ, by, ev, outcome, nxt in reviews:
            rows.append([name, svc, crit, start, rd, typ, by, ev, outcome, nxt])
    write("supplier-assurance-register.csv",
          ["Supplier", "Service", "Criticality", "Contract start", "Review date", "Review type", "Reviewed by",
           "Evidence", "Outcome", "Next review due"], rows)


if __name__ == "__main__":
    jml_tracker()
    talentlms()
    jira_changes()
    jira_incidents()
    jira_access_reviews()
    rubrik()
    falcon()
    site_checks()
    supplier_register()
