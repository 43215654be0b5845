#!/usr/bin/env python3
"""Ostervale Components Ltd: deterministic generator for the evidence exports.

Python 3 standard library only. Every random choice comes from a generator seeded with a
fixed string, so running this again writes byte-identical files.

    python3 make_exports.py          # writes exports/*.csv next to this file

Each file is shaped as the exporting tool writes it (column names, date formats, quoting,
blank cells, byte-order mark and line ends). The story each file tells is in README.md;
check_exports.py recounts it.
"""
import csv
import datetime as dt
import io
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "exports"

D = dt.date
T = dt.datetime
DAY = dt.timedelta(days=1)
H = dt.timedelta(hours=1)
M = dt.timedelta(minutes=1)

OPERATING_SINCE = D(2026, 2, 2)
EXPORT_DAY = D(2026, 10, 15)          # exports pulled on Thursday 15 October 2026
AUDIT_DATE = D(2026, 10, 19)
BANK_HOLIDAYS = {D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25), D(2026, 8, 31)}


def rng(name):
    return random.Random("ostervale/" + name)


def bst(day):
    """UK summer time in 2026: 29 March to 25 October."""
    return D(2026, 3, 29) <= day < D(2026, 10, 25)


def to_utc(ts):
    return ts - H if bst(ts.date()) else ts


def is_workday(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def workdays(a, b):
    d = a
    while d <= b:
        if is_workday(d):
            yield d
        d += DAY


def next_workday(d, n=1):
    while n:
        d += DAY
        if is_workday(d):
            n -= 1
    return d


def nth_weekday(year, month, weekday, n):
    d = D(year, month, 1)
    while d.weekday() != weekday:
        d += DAY
    return d + dt.timedelta(days=7 * (n - 1))


# ---------------------------------------------------------------- date writers

def h12(ts, pad=False):
    h = ts.hour % 12 or 12
    return f"{h:02d}:{ts.minute:02d} {'AM' if ts.hour < 12 else 'PM'}" if pad else \
        f"{h}:{ts.minute:02d} {'AM' if ts.hour < 12 else 'PM'}"


def mes(ts):                 # Vantrell MES (US vendor): 10/14/2026 7:42 AM, plant local time
    return f"{ts.month}/{ts.day}/{ts.year} {h12(ts)}"


def veeam(ts):               # PowerShell ToString('yyyy-MM-ddTHH:mm:sszzz'): 2026-10-14T22:00:04+01:00
    off = "+01:00" if bst(ts.date()) else "+00:00"
    return ts.strftime("%Y-%m-%dT%H:%M:%S") + off


def tenable(ts):             # Tenable Vulnerability Management: 2026-03-14T02:11:09.000Z (UTC)
    return ts.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def snow(ts):                # ServiceNow list export, system format, UK local time
    return ts.strftime("%Y-%m-%d %H:%M:%S") if ts else ""


def sap(d):                  # SAP GUI ALV export: 14.03.2026
    return d.strftime("%d.%m.%Y")


def sf(d):                   # SuccessFactors Learning report: 14-Mar-2026
    return f"{d.day:02d}-{d.strftime('%b')}-{d.year}" if d else ""


def xl(d):                   # typed into the Excel register: 14/03/26
    return d.strftime("%d/%m/%y")


def entra(ts, r):            # Entra audit log download, Date (UTC): 2026-03-14T18:59:46.1234567Z
    return ts.strftime("%Y-%m-%dT%H:%M:%S") + f".{r.randrange(10**7):07d}Z"


def write(name, header, rows, bom=False, crlf=False, quote_all=False):
    OUT.mkdir(exist_ok=True)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n",
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    (OUT / name).write_bytes(data)


# ---------------------------------------------------------------- people

SITES = {"HO": ("OS01", "Sheffield Head Office"), "BAR": ("OS02", "Barnsley Plant"),
         "TEL": ("OS03", "Telford Plant")}

KEY = [  # name, site, department, title, hire date
    ("Henrik Dahl", "HO", "Executive", "Managing Director", D(2014, 3, 3)),
    ("Claire Whitworth", "HO", "Finance", "Finance Director", D(2017, 9, 4)),
    ("Martin Okafor", "HO", "IT", "Head of IT and Information Security", D(2019, 1, 7)),
    ("Sophie Brandt", "HO", "IT", "ISMS and Compliance Coordinator", D(2023, 5, 2)),
    ("Dave Hartley", "HO", "IT", "IT Infrastructure Engineer", D(2016, 6, 13)),
    ("Priya Nowak", "HO", "IT", "IT Security Analyst", D(2022, 8, 1)),
    ("Neil Fairclough", "HO", "IT", "IT Service Manager", D(2018, 2, 19)),
    ("Rebecca Moss", "HO", "HR", "HR Manager", D(2020, 10, 5)),
    ("Olu Adebayo", "HO", "Legal and Compliance", "Legal and Data Protection Manager", D(2021, 4, 12)),
    ("Megan Price", "HO", "Facilities", "Facilities and Site Services Manager", D(2019, 11, 4)),
    ("Tom Riley", "BAR", "Engineering", "Controls Engineer", D(2017, 2, 6)),
    ("Gareth Lewis", "BAR", "Plant Management", "Plant Manager, Barnsley", D(2012, 7, 2)),
    ("Jas Sandhu", "BAR", "IT", "Site IT Technician, Barnsley", D(2021, 3, 1)),
    ("Anna Kowalczyk", "TEL", "Plant Management", "Plant Manager, Telford", D(2018, 5, 8)),
    ("Lee Parfitt", "TEL", "IT", "Site IT Technician, Telford", D(2020, 1, 13)),
    ("Kerry Ashdown", "TEL", "HR", "HR Administrator, Telford", D(2022, 3, 21)),
]

FIRST = ["Adam", "Aleksander", "Amy", "Andrew", "Asif", "Becky", "Ben", "Bogdan", "Callum", "Carl",
         "Chantelle", "Chris", "Craig", "Danielle", "Darren", "Dean", "Ellie", "Emma", "Faisal", "Gemma",
         "Gary", "Hannah", "Harvey", "Imran", "Jack", "Jade", "Jake", "Jamie", "Joanne", "Jordan",
         "Josh", "Kamil", "Karen", "Kieran", "Kirsty", "Kyle", "Laura", "Leanne", "Liam", "Lisa",
         "Lukasz", "Marek", "Mark", "Michelle", "Mohammed", "Nathan", "Nicola", "Paul", "Piotr", "Rachel",
         "Rhys", "Ryan", "Sam", "Sarah", "Scott", "Shaun", "Simon", "Stacey", "Stuart", "Tariq",
         "Tomasz", "Vicky", "Wayne", "Zoe", "Aisha", "Bartosz", "Connor", "Dominika", "Ewan", "Farah",
         "Grace", "Harpreet", "Ian", "Joel", "Katie", "Lewis", "Martyna", "Nadia", "Owen", "Reece"]
LAST = ["Armitage", "Bailey", "Barraclough", "Bennett", "Bibi", "Booth", "Bratton", "Brook", "Butt", "Chapman",
        "Clegg", "Cooper", "Crossley", "Dobson", "Dyson", "Ellis", "Evans", "Firth", "Fletcher", "Gill",
        "Gomez", "Greenwood", "Haigh", "Hall", "Hepworth", "Hussain", "Jagger", "Jones", "Kaur", "Kowalski",
        "Lee", "Lister", "Marsden", "Mellor", "Morris", "Nowicki", "Oldroyd", "Parkin", "Patel", "Pearson",
        "Pickering", "Rahman", "Ramsden", "Roberts", "Sharp", "Shaw", "Sykes", "Taylor", "Thornton", "Turner",
        "Walker", "Wilkinson", "Wisniewski", "Wood", "Wright", "Yates", "Zielinska", "Bancroft", "Hinchliffe", "Malik"]

DEPTS = {
    "HO": [("Finance", ["Accounts Assistant", "Management Accountant", "Credit Controller"], 12),
           ("Sales and Customer Service", ["Customer Service Advisor", "Account Manager", "Sales Coordinator"], 20),
           ("Design Engineering", ["Design Engineer", "CAD Technician", "Applications Engineer"], 18),
           ("Purchasing", ["Buyer", "Purchasing Assistant"], 8),
           ("Quality", ["Quality Manager", "Supplier Quality Engineer"], 5),
           ("HR", ["HR Advisor", "Payroll Administrator"], 5),
           ("IT", ["IT Support Analyst", "SAP Analyst"], 6),
           ("Executive", ["Operations Director", "Commercial Director", "PA to the MD"], 3)],
    "BAR": [("Production", ["Machine Operator", "CNC Setter", "Team Leader", "Production Supervisor"], 78),
            ("Maintenance", ["Maintenance Technician", "Electrical Technician"], 12),
            ("Quality", ["Quality Inspector", "Quality Engineer", "CMM Programmer"], 12),
            ("Logistics", ["Warehouse Operative", "Logistics Coordinator"], 14),
            ("Plant Office", ["Production Planner", "Plant Administrator"], 6)],
    "TEL": [("Production", ["Machine Operator", "CNC Setter", "Team Leader", "Production Supervisor"], 50),
            ("Maintenance", ["Maintenance Technician", "Electrical Technician"], 8),
            ("Quality", ["Quality Inspector", "Quality Engineer"], 8),
            ("Logistics", ["Warehouse Operative", "Logistics Coordinator"], 9),
            ("Plant Office", ["Production Planner", "Plant Administrator"], 2)],
}
START_HEADCOUNT = {"HO": 89, "BAR": 126, "TEL": 79}


class Person:
    def __init__(self, pno, name, site, dept, title, hire, leave=None):
        self.pno, self.name, self.site, self.dept, self.title = pno, name, site, dept, title
        self.hire, self.leave = hire, leave
        self.first, self.last = name.split(" ", 1)
        self.email = f"{self.first.lower()}.{self.last.lower()}@ostervale.co.uk"
        self.upn = self.email

    def active_on(self, d):
        return self.hire <= d and (self.leave is None or d <= self.leave)


def build_people():
    r = rng("people")
    names = [f"{f} {l}" for f in FIRST for l in LAST]
    r.shuffle(names)
    used = {k[0] for k in KEY}
    pool = iter(n for n in names if n not in used and n != "Kyle Bratton")
    pno = [10231]

    def next_pno():
        pno[0] += r.randrange(1, 4)
        return f"{pno[0]:08d}"

    people = [Person(next_pno(), *k) for k in KEY]
    # everyone else employed on 2 February 2026, filling each site's departments
    for site, n_total in START_HEADCOUNT.items():
        n = n_total - sum(1 for k in KEY if k[1] == site)
        depts = DEPTS[site]
        weights = [w for _, _, w in depts]
        for _ in range(n):
            dname, titles, _ = r.choices(depts, weights=weights)[0]
            hire = D(2008, 1, 7) + dt.timedelta(days=r.randrange(0, 6500))
            hire = min(hire, D(2025, 12, 8))
            people.append(Person(next_pno(), next(pool), site, dname, r.choice(titles), hire))
    # leavers: 44 (Telford 11, Barnsley 21, head office 12) from the starting population
    leavers = []
    late_day = D(2026, 6, 12)
    for site, n in (("TEL", 11), ("BAR", 21), ("HO", 12)):
        cands = [p for p in people[len(KEY):] if p.site == site and p not in leavers]
        chosen = r.sample(cands, n)
        for p in chosen:
            while True:
                d = OPERATING_SINCE + dt.timedelta(days=r.randrange(0, (D(2026, 10, 9) - OPERATING_SINCE).days + 1))
                if is_workday(d) and d != late_day:
                    break
            p.leave = d
        leavers += chosen
    # the late Telford leaver (last working day Friday 12 June 2026)
    tel_prod = [p for p in leavers if p.site == "TEL" and p.dept == "Production"]
    late = tel_prod[0]
    late.name, late.first, late.last = "Kyle Bratton", "Kyle", "Bratton"
    late.email = late.upn = "kyle.bratton@ostervale.co.uk"
    late.title = "Machine Operator"
    late.leave = late_day
    # joiners: 70
    joiners = []
    plan = {"HO": (10, [(D(2026, 9, 21), 6), (D(2026, 10, 12), 2)]),
            "BAR": (10, [(D(2026, 10, 5), 8), (D(2026, 10, 12), 2)]),
            "TEL": (6, [(D(2026, 9, 28), 24), (D(2026, 10, 12), 2)])}
    mondays = [OPERATING_SINCE + dt.timedelta(days=7 * k) for k in range(1, 33)]   # 9 Feb .. 14 Sep
    for site, (early, batches) in plan.items():
        depts = DEPTS[site]
        weights = [w for _, _, w in depts]
        starts = sorted(r.choice(mondays) for _ in range(early))
        for b_day, n in batches:
            starts += [b_day] * n
        for s in starts:
            s = s if is_workday(s) else next_workday(s)
            if site == "TEL" and s == D(2026, 9, 28):
                dname, titles = "Production", ["Machine Operator"]
            else:
                dname, titles, _ = r.choices(depts, weights=weights)[0]
            joiners.append(Person(None, next(pool), site, dname, r.choice(titles), s))
    joiners.sort(key=lambda p: (p.hire, p.site, p.name))
    for j in joiners:
        j.pno = next_pno()
    return people, leavers, joiners


PEOPLE, LEAVERS, JOINERS = build_people()
EVERYONE = PEOPLE + JOINERS
CURRENT = [p for p in EVERYONE if p.leave is None]
BY_NAME = {p.name: p for p in EVERYONE}
assert len(CURRENT) == 320, len(CURRENT)
assert len(LEAVERS) == 44 and len(JOINERS) == 70
assert len({p.name for p in EVERYONE}) == len(EVERYONE)


# ---------------------------------------------------------------- SAP HCM personnel actions

def make_sap_actions():
    r = rng("sap")
    rows = []
    for j in JOINERS:
        keyed = j.hire - dt.timedelta(days=r.randrange(3, 15))
        rows.append((j.hire, j, "01", "Hiring", r.choice(["New position", "Replacement", "Expansion - second shift"]
                                                         if j.site == "TEL" and j.hire == D(2026, 9, 28) else
                                                         ["New position", "Replacement"]), keyed, "RMOSS" if j.site != "TEL" else "KASHDOWN"))
    for p in LEAVERS:
        if p.name == "Kyle Bratton":
            keyed = D(2026, 6, 22)
        else:
            keyed = p.leave - dt.timedelta(days=r.randrange(0, 12))
            while not is_workday(keyed):
                keyed -= DAY
        reason = r.choice(["Resignation", "Resignation", "Resignation", "End of fixed-term contract", "Retirement",
                           "Dismissal"])
        rows.append((p.leave + DAY, p, "10", "Leaving", reason, keyed,
                     {"TEL": "KASHDOWN", "BAR": "SCLEGG", "HO": "RMOSS"}[p.site]))
    movers = r.sample([p for p in PEOPLE[len(KEY):] if p.leave is None], 25)
    for p in movers:
        d = OPERATING_SINCE + dt.timedelta(days=r.randrange(0, 240))
        while d.day != 1 and d.weekday() != 0:
            d += DAY
        depts = [x for x in DEPTS[p.site] if x[0] != p.dept]
        dname, titles, _ = r.choice(depts)
        p.moved = (d, p.dept, dname)
        p.dept, p.title = dname, r.choice(titles)
        rows.append((d, p, "02", "Org. reassignment", "Internal transfer", d - dt.timedelta(days=r.randrange(1, 10)),
                     "RMOSS"))
    rows.sort(key=lambda x: (x[0], x[2], x[1].pno))
    out = []
    for start, p, code, text, reason, keyed, by in rows:
        parea, ptext = SITES[p.site]
        out.append([p.pno, p.name, code, text, sap(start), reason, parea, ptext, p.dept, p.title,
                    p.email, sap(keyed), by])
    write("sap-hcm-personnel-actions.csv",
          ["Pers.No.", "Employee/app.name", "Action Type", "Name of action type", "Start Date",
           "Reason for Action", "Personnel Area", "Personnel Area Text", "Organizational Unit", "Position",
           "Communication (E-mail)", "Changed On", "Changed By"], out)


# ---------------------------------------------------------------- Microsoft Entra audit log

IT_ACTORS = {"HO": ["dave.hartley@ostervale.co.uk", "neil.fairclough@ostervale.co.uk"],
             "BAR": ["jas.sandhu@ostervale.co.uk", "dave.hartley@ostervale.co.uk"],
             "TEL": ["lee.parfitt@ostervale.co.uk", "dave.hartley@ostervale.co.uk"]}
ACTOR_NAMES = {"dave.hartley@ostervale.co.uk": "Dave Hartley", "neil.fairclough@ostervale.co.uk": "Neil Fairclough",
               "jas.sandhu@ostervale.co.uk": "Jas Sandhu", "lee.parfitt@ostervale.co.uk": "Lee Parfitt"}


def uuid(r):
    h = f"{r.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[r.randrange(4)]}{h[17:20]}-{h[20:32]}"


def make_entra():
    r = rng("entra")
    events = []   # (utc ts, activity, actor upn, target person, prop name, old, new)
    for p in LEAVERS:
        if p.name == "Kyle Bratton":
            local = T(2026, 6, 22, 14, 48, 12)
            actor = "lee.parfitt@ostervale.co.uk"
        elif r.random() < 0.68:
            local = T(p.leave.year, p.leave.month, p.leave.day, r.randrange(16, 20), r.randrange(60), r.randrange(60))
            actor = r.choice(IT_ACTORS[p.site])
        else:
            nd = next_workday(p.leave)
            local = T(nd.year, nd.month, nd.day, r.randrange(8, 12), r.randrange(60), r.randrange(60))
            actor = r.choice(IT_ACTORS[p.site])
        p.disabled_local = local
        events.append((to_utc(local), "Disable account", actor, p, "AccountEnabled", "[true]", "[false]"))
        dele = local + dt.timedelta(days=30, hours=r.randrange(0, 3))
        if dele.date() <= EXPORT_DAY - DAY:
            events.append((to_utc(dele), "Delete user", "svc-lifecycle@ostervale.co.uk", p, "", "", ""))
    for p in CURRENT:
        mv = getattr(p, "moved", None)
        if mv:
            d, old, new = mv
            local = T(d.year, d.month, d.day, r.randrange(8, 11), r.randrange(60), r.randrange(60))
            events.append((to_utc(local), "Update user", "svc-sap-provisioning@ostervale.co.uk", p, "Department",
                           f'["{old}"]', f'["{new}"]'))
    # long-term absence: accounts disabled while away, two re-enabled on return
    absent = r.sample([p for p in CURRENT if p.site != "HO" and p.hire < D(2025, 1, 1) and p.name not in
                       {k[0] for k in KEY}], 3)
    for i, p in enumerate(absent):
        d = D(2026, 3, 9) + dt.timedelta(days=41 * i)
        events.append((to_utc(T(d.year, d.month, d.day, 10, 12 + i, 5)), "Disable account", "dave.hartley@ostervale.co.uk",
                       p, "AccountEnabled", "[true]", "[false]"))
        if i < 2:
            d2 = d + dt.timedelta(days=119 + 7 * i)
            while not is_workday(d2):
                d2 += DAY
            events.append((to_utc(T(d2.year, d2.month, d2.day, 8, 31, 40)), "Enable account",
                           "dave.hartley@ostervale.co.uk", p, "AccountEnabled", "[false]", "[true]"))
    events.sort(key=lambda e: e[0], reverse=True)       # the portal lists newest first
    oid = {}
    rows = []
    for ts, act, actor, p, prop, old, new in events:
        oid.setdefault(p.upn, uuid(r))
        actor_name = ACTOR_NAMES.get(actor, "")
        actor_type = "User" if actor_name else "Application"
        svc_name = "" if actor_name else actor.split("@")[0]
        rows.append([entra(ts, r), uuid(r), "Core Directory", "UserManagement", act, "success", "",
                     actor_type, actor_name or svc_name, uuid(r), actor if actor_name else "",
                     "10.10.1." + str(r.randrange(20, 90)) if actor_name else "",
                     "User", p.name, oid[p.upn], p.upn, prop, old, new])
    write("entra-audit-log-user-management.csv",
          ["Date (UTC)", "CorrelationId", "Service", "Category", "Activity", "Result", "ResultReason", "ActorType",
           "ActorDisplayName", "ActorObjectId", "ActorUserPrincipalName", "IPAddress", "Target1Type",
           "Target1DisplayName", "Target1ObjectId", "Target1UserPrincipalName", "Target1ModifiedProperty1Name",
           "Target1ModifiedProperty1OldValue", "Target1ModifiedProperty1NewValue"], rows)


# ---------------------------------------------------------------- SuccessFactors Learning

def make_training():
    r = rng("training")
    rows = []
    early_joiners_done = {}
    recent = [j for j in JOINERS if j.hire >= D(2026, 9, 21)]
    done_recent = set(p.name for p in [j for j in recent if j.site == "HO" and j.hire == D(2026, 9, 21)][:4] +
                      [j for j in recent if j.site == "TEL" and j.hire == D(2026, 9, 28)][:2])
    for p in sorted(CURRENT, key=lambda x: (x.last, x.first)):
        parea, ptext = SITES[p.site]
        if p.hire < OPERATING_SINCE:
            item, title = "ISA-ANNUAL-2026", "Information Security Awareness 2026 (annual)"
            assigned, required = D(2026, 2, 2), D(2026, 3, 31)
            if p.dept in ("Production", "Logistics", "Maintenance"):
                method = "Instructor-led (toolbox talk)"
                done = r.choice([D(2026, 2, 16), D(2026, 2, 23), D(2026, 3, 2), D(2026, 3, 9), D(2026, 3, 16),
                                 D(2026, 3, 23)]) + dt.timedelta(days=r.randrange(0, 4))
                score = ""
            else:
                method = "e-Learning"
                done = assigned + dt.timedelta(days=r.randrange(1, 55))
                score = str(r.choice([80, 85, 90, 90, 95, 100, 100]))
        else:
            item, title = "ISA-INDUCTION", "Information Security Induction (new starters)"
            assigned, required = p.hire, p.hire + dt.timedelta(days=30)
            method = "Instructor-led (toolbox talk)" if p.dept == "Production" else "e-Learning"
            if p.hire < D(2026, 9, 21) or p.name in done_recent:
                done = p.hire + dt.timedelta(days=r.randrange(1, 22 if p.hire < D(2026, 9, 21) else 9))
                while done.weekday() >= 5:
                    done += DAY
                score = "" if method.startswith("Instructor") else str(r.choice([80, 90, 95, 100]))
            else:
                done, score = None, ""
        status = "Complete" if done else ("In Progress" if r.random() < 0.3 else "Not Started")
        nxt = D(done.year + 1, done.month, done.day) if done else None
        rows.append([p.pno, p.last, p.first, ptext, p.dept, sf(p.hire), item, title, method, sf(assigned),
                     sf(required), sf(done), status, score, sf(nxt), "Active"])
    write("successfactors-learning-item-status.csv",
          ["User ID", "Last Name", "First Name", "Location", "Department", "Hire Date", "Item ID", "Item Title",
           "Delivery Method", "Assignment Date", "Required Date", "Completion Date", "Completion Status", "Score",
           "Next Due", "User Status"], rows)


# ---------------------------------------------------------------- Tenable: plant-floor PCs

CU_MONTHS = [  # month, patch Tuesday, severity, KB, CVSS, VPR
    (1, D(2026, 1, 13), "High", "KB5051974", "8.8", "7.4"),
    (2, D(2026, 2, 10), "Critical", "KB5052021", "9.8", "9.2"),
    (3, D(2026, 3, 10), "High", "KB5053606", "8.8", "7.7"),
    (4, D(2026, 4, 14), "Critical", "KB5055518", "9.8", "9.4"),
    (5, D(2026, 5, 12), "Critical", "KB5058379", "9.8", "8.9"),
    (6, D(2026, 6, 9), "Critical", "KB5060533", "9.8", "9.0"),
    (7, D(2026, 7, 14), "High", "KB5062554", "8.8", "7.1"),
    (8, D(2026, 8, 11), "Critical", "KB5063709", "9.8", "9.5"),
    (9, D(2026, 9, 8), "Critical", "KB5065429", "9.8", "9.1"),
    (10, D(2026, 10, 13), "Critical", "KB5066791", "9.8", "8.8"),
]
MONTH_NAME = {m: D(2026, m, 1).strftime("%B") for m in range(1, 13)}
ROUNDS = {"BAR": [D(2026, 3, 1), D(2026, 4, 3), D(2026, 5, 31), D(2026, 7, 27), D(2026, 9, 27)],
          "TEL": [D(2026, 3, 15), D(2026, 5, 17), D(2026, 8, 3), D(2026, 10, 11)]}


def cve_list(r, n, year=2026):
    return ", ".join(f"CVE-{year}-{r.randrange(20000, 49999)}" for _ in range(n))


def make_tenable():
    r = rng("tenable")
    assets = []
    for site, n, net in (("BAR", 34, "10.20"), ("TEL", 26, "10.30")):
        for i in range(1, n + 1):
            assets.append({"name": f"{site}-SF-{i:03d}", "site": site, "ip": f"{net}.{10 + i // 40}.{20 + i}",
                           "os": "Microsoft Windows 10 Enterprise LTSC 2021", "uuid": uuid(r),
                           "java": r.random() < 0.8, "reader": r.random() < 0.3, "win7": False})
    for i in (1, 2):
        assets.append({"name": f"BAR-CNC-W7-{i:02d}", "site": "BAR", "ip": f"10.20.99.{10 + i}",
                       "os": "Microsoft Windows 7 Professional Service Pack 1", "uuid": uuid(r),
                       "java": False, "reader": False, "win7": True})
    # which patch rounds each PC missed (running production that weekend)
    for a in assets:
        a["missed"] = {rd for rd in ROUNDS[a["site"]] if r.random() < 0.12}
    findings = []   # asset, plugin id, name, family, severity, vpr, cvss, cve, port, first_seen(utc), fixed(utc)|None, accepted

    def scan_time(d):
        return T(d.year, d.month, d.day, r.randrange(1, 5), r.randrange(60), r.randrange(60))

    def fix_for(a, first):
        for rd in ROUNDS[a["site"]]:
            if rd > first.date() and rd not in a["missed"]:
                t = T(rd.year, rd.month, rd.day, r.randrange(9, 16), r.randrange(60), r.randrange(60))
                return to_utc(t)
        return None

    for a in assets:
        if a["win7"]:
            findings.append((a, 108797, "Unsupported Windows OS (remote)", "Windows", "Critical", "6.7", "10.0", "",
                             "0", T(2025, 6, 3, 2, 41, 17), None, True))
            findings.append((a, 234517, "Windows Remote Desktop Services Remote Code Execution (unsupported OS)",
                             "Windows", "Critical", "9.6", "9.8", cve_list(r, 1), "3389", scan_time(D(2026, 5, 13)),
                             None, True))
            findings.append((a, 10114, "ICMP Timestamp Request Remote Date Disclosure", "General", "Low", "", "2.1",
                             "CVE-1999-0524", "0", T(2025, 6, 3, 2, 41, 17), None, False))
            continue
        for m, tue, sev, kb, cvss, vpr in CU_MONTHS:
            first = scan_time(tue + DAY)
            pid = 216000 + m * 37
            name = f"{kb}: Windows 10 LTSC 2021 Security Update ({MONTH_NAME[m]} 2026)"
            findings.append((a, pid, name, "Windows : Microsoft Bulletins", sev, vpr, cvss, cve_list(r, r.randrange(2, 5)),
                             "445", first, fix_for(a, first), False))
        if a["java"]:
            for (cpu, seen, sev, vpr) in (("January 2026", D(2026, 1, 21), "High", "6.9"),
                                          ("April 2026", D(2026, 4, 22), "High", "7.3"),
                                          ("July 2026", D(2026, 7, 22), "Critical", "9.0")):
                first = scan_time(seen)
                findings.append((a, 231000 + seen.month, f"Oracle Java SE 1.8.0_4xx Multiple Vulnerabilities ({cpu} CPU)",
                                 "Windows", sev, vpr, "9.8" if sev == "Critical" else "8.1", cve_list(r, 3), "0", first,
                                 fix_for(a, first), False))
        if a["reader"]:
            for (bul, seen, sev, vpr) in (("APSB26-19", D(2026, 4, 15), "Critical", "8.4"),
                                          ("APSB26-47", D(2026, 8, 12), "High", "7.4")):
                first = scan_time(seen)
                findings.append((a, 232100 + seen.month, f"Adobe Acrobat Reader < 24.005 Multiple Vulnerabilities ({bul})",
                                 "Windows", sev, vpr, "8.8" if sev == "High" else "9.6", cve_list(r, 2), "0", first,
                                 fix_for(a, first), False))
        if r.random() < 0.25:
            first = scan_time(D(2026, 3, 5))
            fixed = to_utc(T(2026, 4, 22, 11, r.randrange(60), r.randrange(60)))
            findings.append((a, 104743, "TLS Version 1.0 Protocol Detection", "Service detection", "Medium", "", "6.5",
                             "", "3389", first, fixed, False))
        findings.append((a, 10114, "ICMP Timestamp Request Remote Date Disclosure", "General", "Low", "", "2.1",
                         "CVE-1999-0524", "0", T(2025, 6, 3, 2, 41, 17) + dt.timedelta(days=r.randrange(0, 90)), None, False))
    last_scan = T(2026, 10, 15, 3, 12, 0)
    rows = []
    for (a, pid, name, fam, sev, vpr, cvss, cve, port, first, fixed, accepted) in findings:
        state = "Fixed" if fixed else "Active"
        last_seen = (fixed - dt.timedelta(hours=r.randrange(8, 30))) if fixed else last_scan + dt.timedelta(minutes=r.randrange(0, 50))
        last_seen = max(last_seen, first)
        tags = f"Site:{'Barnsley' if a['site'] == 'BAR' else 'Telford'}; Class:OT-ShopFloor"
        rows.append([a["uuid"], a["name"], a["ip"], a["os"], tags, pid, name, fam, sev, vpr, cvss, cve, port, "tcp",
                     state, "Accepted" if accepted else "None", tenable(first), tenable(last_seen),
                     tenable(fixed) if fixed else ""])
    sev_order = {"Critical": 0, "High": 1, "Medium": 2, "Low": 3}
    rows.sort(key=lambda x: (sev_order[x[8]], x[1], x[16]))
    write("tenable-vm-findings-plant-pcs.csv",
          ["Asset UUID", "Asset Name", "IPv4 Address", "Operating System", "Asset Tags", "Plugin ID", "Plugin Name",
           "Plugin Family", "Severity", "VPR Score", "CVSSv3 Base Score", "CVE", "Port", "Protocol", "State",
           "Risk Modified", "First Seen", "Last Seen", "Last Fixed"], rows)


# ---------------------------------------------------------------- Veeam job sessions

def make_veeam():
    r = rng("veeam")
    jobs = [("HO-Servers-Nightly", "Backup", 22, 0, (38, 95), 11, "HO"),
            ("BAR-MES-Nightly", "Backup", 23, 0, (22, 51), 4, "BAR"),
            ("TEL-MES-Nightly", "Backup", 23, 30, (18, 44), 3, "TEL")]
    failures = {  # (job, night): list of follow-up sessions (delay after failure end, retry flag, result, reason)
        ("HO-Servers-Nightly", D(2026, 3, 3)): ("Error: Failed to create VM snapshot for HO-FS01, the operation timed out",
                                               [(10, True, "Success", "")]),
        ("BAR-MES-Nightly", D(2026, 4, 16)): ("Error: Not enough free space on repository BAR-REPO01, 14.2 GB left",
                                             [(10, True, "Failed", "Error: Not enough free space on repository BAR-REPO01, 14.1 GB left"),
                                              (530, True, "Success", "Retried manually after retention cleanup, DH")]),
        ("TEL-MES-Nightly", D(2026, 5, 27)): ("Error: Connection to TEL-MES01 lost, network path not found",
                                             [(10, True, "Success", "")]),
        ("HO-Servers-Nightly", D(2026, 6, 30)): ("Error: VSS writer SqlServerWriter failed, retryable error",
                                                [(10, True, "Warning", "Changed block tracking was reset for HO-APP01")]),
        ("TEL-MES-Nightly", D(2026, 7, 21)): ("Error: Connection to TEL-MES01 lost, network path not found",
                                             [(10, True, "Success", "")]),
        ("BAR-MES-Nightly", D(2026, 8, 9)): ("Error: Proxy BAR-VBRPROXY01 is unavailable",
                                            [(10, True, "Success", "")]),
        ("HO-Servers-Nightly", D(2026, 9, 14)): ("Error: VSS writer NTDS failed, retryable error",
                                                [(10, True, "Success", "")]),
        ("TEL-MES-Nightly", D(2026, 10, 6)): ("Error: Connection to TEL-MES01 lost, network path not found",
                                             [(10, True, "Success", "")]),
    }
    sessions = []
    night = OPERATING_SINCE
    while night < EXPORT_DAY:
        for name, jtype, hh, mm, (lo, hi), objs, site in jobs:
            start = T(night.year, night.month, night.day, hh, mm, r.randrange(2, 9))
            end = start + dt.timedelta(minutes=r.randrange(lo, hi), seconds=r.randrange(60))
            size = f"{r.uniform(6, 48):.1f}"
            if (name, night) in failures:
                reason, follow = failures[(name, night)]
                f_end = start + dt.timedelta(minutes=r.randrange(3, 15), seconds=r.randrange(60))
                sessions.append([name, jtype, start, f_end, "Failed", False, objs, "0.0", reason])
                prev_end = f_end
                for delay, retry, res, why in follow:
                    s2 = prev_end + dt.timedelta(minutes=delay, seconds=r.randrange(60))
                    e2 = s2 + dt.timedelta(minutes=r.randrange(lo, hi) if res != "Failed" else r.randrange(2, 9),
                                           seconds=r.randrange(60))
                    sessions.append([name, jtype, s2, e2, res, retry, objs, size if res != "Failed" else "0.0", why])
                    prev_end = e2
            else:
                res, why = "Success", ""
                if r.random() < 0.035:
                    res, why = "Warning", r.choice(["Free space on repository is below 10%",
                                                    "Changed block tracking was reset, full scan performed",
                                                    "Guest processing skipped for 1 VM, VMware Tools not responding"])
                sessions.append([name, jtype, start, end, res, False, objs, size, why])
        night += DAY
    # SureBackup restore tests
    sb = []
    for m in range(2, 11):
        sb.append(("SB-BAR-MES-Monthly", nth_weekday(2026, m, 3, 2), "Success", ""))          # second Thursday
        if m != 6:
            d = nth_weekday(2026, m, 2, 3)                                                     # third Wednesday
            if m == 8:
                sb.append(("SB-TEL-MES-Monthly", d, "Failed", "Virtual lab TEL-VLAB datastore is full, lab could not start"))
                sb.append(("SB-TEL-MES-Monthly", d + DAY, "Success", "Re-run after the virtual lab datastore was cleared"))
            else:
                sb.append(("SB-TEL-MES-Monthly", d, "Success", ""))
    for d in (D(2026, 3, 26), D(2026, 6, 25), D(2026, 9, 17)):
        sb.append(("SB-HO-FS-Quarterly", d, "Success", ""))
    for name, d, res, why in sb:
        if d >= EXPORT_DAY:
            continue
        start = T(d.year, d.month, d.day, 10, r.randrange(0, 20), r.randrange(60))
        end = start + dt.timedelta(minutes=r.randrange(31, 64) if res == "Success" else r.randrange(3, 8),
                                   seconds=r.randrange(60))
        if res == "Success" and not why:
            why = ("Recovery verification passed: heartbeat, ping, file share test" if name == "SB-HO-FS-Quarterly"
                   else "Recovery verification passed: heartbeat, ping, SQL Server service and MES application check")
        sessions.append([name, "SureBackup", start, end, res, False, 1 if "FS" in name else 2, "0.0", why])
    sessions.sort(key=lambda s: s[2])
    rows = []
    for name, jtype, start, end, res, retry, objs, size, why in sessions:
        rows.append([name, jtype, uuid(r), veeam(start), veeam(end), res, "Stopped", "True" if retry else "False",
                     objs, size, why])
    write("veeam-job-sessions.csv",
          ["JobName", "JobType", "Id", "CreationTime", "EndTime", "Result", "State", "IsRetryMode", "ProcessedObjects",
           "TransferredGB", "Reason"], rows, quote_all=True)


# ---------------------------------------------------------------- weekly log review register (Excel)

LOG_SOURCES = ["Microsoft Sentinel - Entra ID sign-in and audit alerts", "HO-FW01 (FortiGate, head office)",
               "BAR-FW01 (FortiGate, Barnsley OT boundary)", "TEL-FW01 (FortiGate, Telford OT boundary)"]


def make_log_review():
    r = rng("logreview")
    reviews = []   # (week commencing, period to, reviewed on, by, comment)
    w = OPERATING_SINCE
    dave_weeks = {D(2026, 2, 16), D(2026, 5, 25), D(2026, 6, 1)}
    late = {D(2026, 3, 30): D(2026, 4, 9)}        # Easter week: reviewed Thursday after the bank holidays
    while w <= D(2026, 10, 5):
        due = w + dt.timedelta(days=9)             # the Wednesday after the week
        if D(2026, 6, 29) <= w <= D(2026, 7, 20):
            w += dt.timedelta(days=7)
            continue                               # July: no reviews
        if D(2026, 8, 10) <= w <= D(2026, 9, 28):
            # fortnightly from mid-August: one review covers two weeks, on the second week's due date
            to = w + dt.timedelta(days=13)
            reviews.append((w, to, due + dt.timedelta(days=7), "PN", "Two weeks reviewed together"))
            w += dt.timedelta(days=14)
            continue
        on = late.get(w)
        if not on:
            on = due - dt.timedelta(days=r.choice([0, 1, 2, 2]))
            while not is_workday(on) or on <= w + dt.timedelta(days=6):
                on = next_workday(on) if on <= w + dt.timedelta(days=6) else on - DAY
        by = "DH" if w in dave_weeks else "PN"
        reviews.append((w, w + dt.timedelta(days=6), on, by, ""))
        w += dt.timedelta(days=7)
    rows = []
    tk = 12840
    for wc, to, on, by, comment in reviews:
        for src in LOG_SOURCES:
            span = (to - wc).days + 1
            n = r.randrange(30, 140) * span // 7
            anomalies = 1 if r.random() < 0.09 else 0
            ref = ""
            note = comment
            if anomalies:
                tk += r.randrange(40, 400)
                ref = f"INC00{tk}"
                note = (note + "; " if note else "") + r.choice(
                    ["Repeated failed VPN logins from one IP, blocked", "Outbound SMB attempt from OT VLAN, rule checked",
                     "Impossible travel alert, user confirmed travel", "Port scan from internet, no impact"])
            rows.append([xl(wc), xl(to), src, xl(on), by, n, anomalies, ref, note])
    write("excel-weekly-log-review-register.csv",
          ["Week commencing", "Period to", "Log source", "Reviewed on", "Reviewed by", "Events/alerts reviewed",
           "Anomalies", "Ticket ref", "Comments"], rows, bom=True, crlf=True)


# ---------------------------------------------------------------- ServiceNow change requests

STD_TEMPLATES = ["Standard: add user to AD security group", "Standard: replace failed disk in server",
                 "Standard: renew TLS certificate on intranet", "Standard: firmware update, plant label printer",
                 "Standard: deploy approved Windows update ring to office laptops", "Standard: new SAP print queue",
                 "Standard: add MES terminal to shop-floor VLAN", "Standard: rotate service account password"]
NORMAL_TEMPLATES = ["Upgrade FortiGate firmware on {ci}", "SAP S/4HANA support pack on {ci}",
                    "MES client update 7.4.{n} on {ci}", "Migrate file shares from {ci}",
                    "Change firewall rules for MES reporting, {ci}", "Replace core switch at {ci}",
                    "Install Veeam v12.{n} update on {ci}", "New VLAN for quality lab, {ci}",
                    "Decommission legacy print server {ci}", "Enable conditional access policy, {ci}"]
CIS = {"HO": ["HO-FW01", "HO-FS01", "HO-DC01", "HO-APP01", "HO-VBR01", "S4P (SAP production)", "Entra ID tenant"],
       "BAR": ["BAR-FW01", "BAR-MES01", "BAR-DC01", "BAR-CORE-SW01", "BAR-VBRPROXY01"],
       "TEL": ["TEL-FW01", "TEL-MES01", "TEL-DC01", "TEL-CORE-SW01"]}


def make_changes():
    r = rng("changes")
    groups = {"HO": "IT Infrastructure", "BAR": "Site IT - Barnsley", "TEL": "Site IT - Telford"}
    techs = {"HO": ["Dave Hartley", "Neil Fairclough"], "BAR": ["Jas Sandhu", "Tom Riley"], "TEL": ["Lee Parfitt", "Tom Riley"]}
    recs = []
    # a few from before the ISMS (January 2026)
    for k in range(6):
        d = D(2026, 1, 5) + dt.timedelta(days=r.randrange(0, 24))
        while not is_workday(d):
            d += DAY
        site = r.choice(["HO", "BAR", "TEL"])
        ci = r.choice(CIS[site])
        created = T(d.year, d.month, d.day, r.randrange(8, 16), r.randrange(60), r.randrange(60))
        ws = created + dt.timedelta(days=r.randrange(1, 5), hours=r.randrange(1, 5))
        appr = None if k in (1, 4) else created + dt.timedelta(hours=r.randrange(2, 20))
        recs.append(dict(type="Normal", desc=r.choice(NORMAL_TEMPLATES).format(ci=ci, n=r.randrange(1, 9)), site=site,
                         ci=ci, created=created, approval="Approved" if appr else "Not Yet Requested", appr=appr,
                         approver="Martin Okafor" if appr else "", ws=ws, we=ws + dt.timedelta(hours=2), state="Closed",
                         risk="Moderate"))
    # standard changes: pre-approved templates
    for d in workdays(OPERATING_SINCE, EXPORT_DAY - DAY):
        for _ in range(r.choice([0, 0, 1, 1, 1, 2])):
            site = r.choices(["HO", "BAR", "TEL"], weights=[5, 3, 2])[0]
            created = T(d.year, d.month, d.day, r.randrange(8, 16), r.randrange(60), r.randrange(60))
            ws = created + dt.timedelta(minutes=r.randrange(20, 600))
            recs.append(dict(type="Standard", desc=r.choice(STD_TEMPLATES), site=site, ci=r.choice(CIS[site]),
                             created=created, approval="Not Yet Requested", appr=None, approver="", ws=ws,
                             we=ws + dt.timedelta(minutes=r.randrange(10, 90)), state="Closed", risk="Low"))
    # normal changes: CAB every Tuesday; implemented after approval
    cab_days = [d for d in workdays(OPERATING_SINCE, EXPORT_DAY) if d.weekday() == 1]
    for cab in cab_days:
        for _ in range(r.choice([2, 3, 3, 4, 4, 5])):
            site = r.choices(["HO", "BAR", "TEL"], weights=[5, 3, 2])[0]
            ci = r.choice(CIS[site])
            created = T(cab.year, cab.month, cab.day, 9, 0) - dt.timedelta(days=r.randrange(1, 9), hours=r.randrange(0, 6))
            appr = T(cab.year, cab.month, cab.day, 10, r.randrange(5, 55), r.randrange(60))
            ws = appr + dt.timedelta(days=r.randrange(1, 12), hours=r.randrange(0, 8))
            roll = r.random()
            rec = dict(type="Normal", desc=r.choice(NORMAL_TEMPLATES).format(ci=ci, n=r.randrange(1, 9)), site=site,
                       ci=ci, created=created, approval="Approved", appr=appr,
                       approver=r.choice(["Neil Fairclough", "Neil Fairclough", "Martin Okafor"]),
                       ws=ws, we=ws + dt.timedelta(hours=r.randrange(1, 5)), state="Closed",
                       risk=r.choice(["Low", "Moderate", "Moderate", "High"]))
            if roll < 0.05:
                rec.update(approval="Rejected", ws=None, we=None, state="Canceled")
            elif roll < 0.09:
                rec.update(ws=None, we=None, state="Canceled")
            rec["planned"] = rec["ws"] or ws
            if rec["ws"] and rec["ws"].date() >= EXPORT_DAY:
                rec.update(ws=None, we=None, state="Scheduled")
            recs.append(rec)
    # normal changes raised but not yet at CAB on the export date
    for k in range(3):
        created = T(2026, 10, 13 + k % 2, 11 + k, 15, 0)
        site = ["HO", "TEL", "BAR"][k]
        ci = CIS[site][0]
        recs.append(dict(type="Normal", desc=NORMAL_TEMPLATES[k].format(ci=ci, n=5), site=site, ci=ci,
                         created=created, approval="Requested", appr=None, approver="", ws=None, we=None,
                         state="Assess", risk="Moderate"))
    # emergency changes: approved afterwards by the ECAB within two working days
    emerg = [(T(2026, 2, 19, 21, 40), "Block malicious sender domain and purge mail, HO-EXO", "HO", 1),
             (T(2026, 4, 2, 18, 5), "Emergency FortiGate SSL-VPN patch, HO-FW01", "HO", 1),   # before Easter
             (T(2026, 5, 12, 15, 20), "Isolate TEL-SF-011 and block USB mass storage by GPO, Telford", "TEL", 1),
             (T(2026, 5, 22, 16, 45), "Restore failed MES database index, BAR-MES01", "BAR", 2),  # before bank holiday
             (T(2026, 8, 7, 7, 10), "Replace failed PSU in TEL-CORE-SW01", "TEL", 0),
             (T(2026, 9, 2, 14, 30), "Geo-block SAP Fiori login, S4P (SAP production)", "HO", 1),
             (T(2026, 10, 6, 11, 5), "Reset compromised supplier contact and add mail rule, HO-EXO", "HO", 2)]
    for ws, desc, site, wd in emerg:
        we = ws + dt.timedelta(hours=r.randrange(1, 4))
        ad = next_workday(we.date(), wd) if wd else we.date()
        appr = T(ad.year, ad.month, ad.day, r.randrange(9, 17) if wd else min(we.hour + 2, 23), r.randrange(60), 0)
        recs.append(dict(type="Emergency", desc=desc, site=site, ci=desc.split(", ")[-1], created=ws - dt.timedelta(minutes=20),
                         approval="Approved", appr=appr, approver="Martin Okafor", ws=ws, we=we, state="Closed",
                         risk="High"))
    recs.sort(key=lambda x: x["created"])
    rows = []
    num = 30512
    for rec in recs:
        num += 1 + (1 if r.random() < 0.2 else 0)
        site = rec["site"]
        planned_s = rec.get("planned") or rec["ws"] or (rec["created"] + dt.timedelta(days=10))
        planned_s = planned_s.replace(minute=0, second=0) if rec["type"] != "Emergency" else rec["ws"]
        if rec["ws"] and rec["type"] != "Emergency":
            planned_s = min(planned_s, rec["ws"].replace(second=0))
        close = {"Closed": r.choice(["successful", "successful", "successful", "successful_issues"]),
                 "Canceled": "", "Scheduled": "", "Assess": ""}[rec["state"]]
        rows.append([f"CHG00{num}", rec["desc"], rec["type"], rec["state"], rec["risk"], groups[site],
                     r.choice(techs[site]), r.choice(["Neil Fairclough", "Dave Hartley", "Tom Riley", "Priya Nowak",
                                                        "Jas Sandhu", "Lee Parfitt"]),
                     rec["ci"], {"HO": "Sheffield", "BAR": "Barnsley", "TEL": "Telford"}[site],
                     rec["approval"], snow(rec["appr"]), rec["approver"], snow(planned_s),
                     snow(planned_s + dt.timedelta(hours=4)), snow(rec["ws"]), snow(rec["we"]), close,
                     snow(rec["created"])])
    write("servicenow-change-requests.csv",
          ["number", "short_description", "type", "state", "risk", "assignment_group", "assigned_to", "requested_by",
           "cmdb_ci", "location", "approval", "approval_set", "u_cab_approver", "start_date", "end_date",
           "work_start", "work_end", "close_code", "sys_created_on"], rows)


# ---------------------------------------------------------------- ServiceNow security incidents

IN_PERIOD = [
    # opened (local), site, category, subcategory, description, priority, hours to resolve, reporter, assignee,
    # personal data breach, dpo assessed after h, ico required, PIR working days after
    (T(2026, 2, 9, 9, 14), "Sheffield", "Phishing", "User reported",
     "Phishing email reported by user: fake DHL invoice link, no click", "4 - Low", 3, "Claire Whitworth",
     "Priya Nowak", "No", None, "", None),
    (T(2026, 2, 19, 20, 55), "Sheffield", "Phishing", "Campaign",
     "Phishing campaign to 40 mailboxes, lookalike customer domain; mail purged", "3 - Moderate", 20,
     "Microsoft Defender for Office 365", "Priya Nowak", "No", None, "", None),
    (T(2026, 2, 24, 11, 2), "Sheffield", "Malware", "Blocked",
     "Defender blocked trojan download on sales laptop", "4 - Low", 5, "Microsoft Defender for Endpoint",
     "Priya Nowak", "No", None, "", None),
    (T(2026, 4, 2, 16, 40), "Sheffield", "Vulnerability", "Supplier advisory",
     "FortiGate SSL-VPN critical advisory, emergency patch applied", "2 - High", 6, "Priya Nowak", "Dave Hartley",
     "No", None, "", 6),
    (T(2026, 4, 14, 8, 31), "Sheffield", "Lost or stolen device", "Mobile phone",
     "Company phone lost on train; Intune wipe confirmed, device encrypted", "3 - Moderate", 4, "Service Desk",
     "Neil Fairclough", "No", None, "", None),
    (T(2026, 4, 28, 10, 15), "Barnsley", "Supplier incident", "Notification",
     "MES vendor notified vulnerability in remote support tool; access disabled until patched", "3 - Moderate", 70,
     "Vantrell Systems", "Tom Riley", "No", None, "", None),
    (T(2026, 5, 12, 13, 47), "Telford", "Malware", "Removable media",
     "Malware from USB stick on TEL-SF-011, quarantined by Defender; PC isolated", "2 - High", 26, "Lee Parfitt",
     "Priya Nowak", "No", None, "", 8),
    (T(2026, 5, 19, 9, 2), "Sheffield", "Phishing", "User reported",
     "Users reported 'Microsoft 365 password expiry' phishing; 2 clicked, no credentials entered, sign-ins checked",
     "3 - Moderate", 7, "Service Desk", "Priya Nowak", "No", None, "", None),
    (T(2026, 6, 9, 11, 20), "Telford", "Data disclosure", "Misdirected post",
     "Payslip for one Telford employee posted to a former address", "3 - Moderate", 50, "Kerry Ashdown",
     "Olu Adebayo", "Yes", 4.5, "No", None),
    (T(2026, 6, 24, 7, 55), "Sheffield", "Unauthorised access attempt", "Identity",
     "Impossible-travel sign-in on a sales account blocked by MFA; password reset", "3 - Moderate", 3,
     "Microsoft Sentinel", "Priya Nowak", "No", None, "", None),
    (T(2026, 8, 4, 14, 12), "Barnsley", "Phishing", "User reported",
     "Purchase order with macro attachment reported by buyer, not opened", "4 - Low", 2, "Jas Sandhu",
     "Priya Nowak", "No", None, "", None),
    (T(2026, 8, 18, 3, 10), "Sheffield", "Reconnaissance", "Port scan",
     "Port scan against head office public range, dropped at HO-FW01", "4 - Low", 30, "Microsoft Sentinel",
     "Dave Hartley", "No", None, "", None),
    (T(2026, 9, 2, 10, 44), "Sheffield", "Unauthorised access attempt", "Brute force",
     "Password spraying against SAP Fiori login; geo-block applied", "3 - Moderate", 9, "Microsoft Sentinel",
     "Priya Nowak", "No", None, "", None),
    (T(2026, 9, 21, 7, 25), "Barnsley", "Physical security", "Tailgating",
     "Visitor followed employee through turnstile at Barnsley gatehouse; escorted back to sign in", "4 - Low", 6,
     "Megan Price", "Megan Price", "No", None, "", None),
    (T(2026, 10, 6, 9, 40), "Sheffield", "Fraud attempt", "Business email compromise",
     "Supplier's compromised mailbox sent bank-detail change request; caught by call-back check, no payment",
     "2 - High", 28, "Claire Whitworth", "Priya Nowak", "No", None, "", 5),
]


def make_incidents():
    r = rng("incidents")
    recs = []
    # history from before the ISMS (January 2025 to January 2026), handled under the old IT process
    cats = [("Phishing", "User reported", "Phishing email reported by user"),
            ("Malware", "Blocked", "Defender blocked malware on laptop"),
            ("Lost or stolen device", "Laptop", "Laptop left in hire car, recovered"),
            ("Unauthorised access attempt", "Identity", "Repeated failed logins on VPN"),
            ("Data disclosure", "Misdirected email", "Quotation sent to the wrong customer"),
            ("Physical security", "Access", "Gate left open overnight at Telford")]
    d = D(2025, 1, 6)
    while d < D(2026, 2, 1):
        if r.random() < 0.105:
            cat, sub, desc = r.choice(cats)
            opened = T(d.year, d.month, d.day, r.randrange(7, 18), r.randrange(60))
            prio = r.choice(["3 - Moderate", "4 - Low", "4 - Low", "2 - High"])
            res = opened + dt.timedelta(hours=r.randrange(2, 400))
            pdb = "Yes" if cat == "Data disclosure" else "No"
            recs.append(dict(opened=opened, site=r.choice(["Sheffield", "Barnsley", "Telford"]), cat=cat, sub=sub,
                             desc=desc, prio=prio, res=res, reporter="Service Desk", who=r.choice(["Dave Hartley", "Neil Fairclough"]),
                             pdb=pdb, dpo=None, ico="", pir=None))
        d += DAY
    for (opened, site, cat, sub, desc, prio, hrs, rep, who, pdb, dpo_h, ico, pir_wd) in IN_PERIOD:
        res = opened + dt.timedelta(hours=hrs, minutes=r.randrange(0, 50))
        pir = None
        if pir_wd:
            pd_ = next_workday(res.date(), pir_wd)
            pir = T(pd_.year, pd_.month, pd_.day, 14, 0)
        recs.append(dict(opened=opened, site=site, cat=cat, sub=sub, desc=desc, prio=prio, res=res, reporter=rep,
                         who=who, pdb=pdb, dpo=(opened + dt.timedelta(hours=dpo_h)) if dpo_h else None, ico=ico,
                         pir=pir))
    recs.sort(key=lambda x: x["opened"], reverse=True)
    rows = []
    n = 10000 + len(recs)
    for rec in recs:
        closed = rec["res"] + dt.timedelta(days=r.randrange(1, 4), hours=r.randrange(0, 5))
        state = "Closed" if closed.date() < EXPORT_DAY else "Resolved"
        rows.append([f"SIR00{n}", rec["desc"], rec["cat"], rec["sub"], rec["prio"], state, rec["site"],
                     rec["reporter"], rec["who"], snow(rec["opened"]), snow(rec["res"]),
                     snow(closed) if state == "Closed" else "", rec["pdb"], snow(rec["dpo"]), rec["ico"], "",
                     snow(rec["pir"])])
        n -= 1
    write("servicenow-security-incidents.csv",
          ["number", "short_description", "category", "subcategory", "priority", "state", "location", "u_reported_by",
           "assigned_to", "opened_at", "resolved_at", "closed_at", "u_personal_data_breach", "u_dpo_assessed_at",
           "u_ico_notification_required", "u_ico_notified_at", "u_pir_completed_at"], rows)


# ---------------------------------------------------------------- Vantrell MES visitor log (both plants)

COMPANIES = ["Amtec Machine Tools Ltd", "Yorkshire Calibration Services", "Mitchell, Barnes & Co Ltd",
             "Hydraulic Seals, Inc.", "Calder Lift Trucks Ltd", "DHL Supply Chain", "Pennine Waste Management",
             "Renfield Coolant Systems", "Vantrell Systems Inc.", "SGS United Kingdom Ltd", "Severn Electrical, Testing & Inspection",
             "Nordbrook Automotive GmbH", "Halden Auto Components", "Bureau Veritas", "Kingsway Fire & Security Ltd",
             "Apex Tooling, Jigs & Fixtures"]
PURPOSES = ["Customer audit", "Machine service", "Calibration, CMM probe", "Coolant top-up and sampling",
            "Forklift service", "Interview", "Supplier visit", "Waste collection", "MES support visit",
            "Fire alarm test, quarterly", "Production trial", "Meeting"]


def make_visitors():
    r = rng("visitors")
    first = ["John", "Steve", "Martin", "Helen", "Anja", "Peter", "Klaus", "Sue", "Mike", "Raj", "Tony", "Louise",
             "Dan", "Graham", "Emily", "Tom", "Jenny", "Ahmed", "Carl", "Ruth"]
    last = ["Baxter", "Holmes", "Schmidt", "Riley", "Green", "Singh", "Ward", "Hughes", "Fox", "Moran", "Kelly",
            "Price", "Dunn", "Lowe", "Marsh", "Stone"]
    hosts = {"BAR": [p.name for p in CURRENT if p.site == "BAR" and p.dept in ("Plant Management", "Quality",
                                                                                "Maintenance", "Plant Office", "Engineering")],
             "TEL": [p.name for p in CURRENT if p.site == "TEL" and p.dept in ("Plant Management", "Quality",
                                                                                "Maintenance", "Plant Office")]}
    shutdown = {"BAR": (D(2026, 7, 27), D(2026, 7, 31)), "TEL": (D(2026, 8, 3), D(2026, 8, 7))}
    inducted = {}   # regular contractors with a valid site induction
    visits = []
    d = OPERATING_SINCE
    while d <= EXPORT_DAY:
        for site, rate in (("BAR", 4), ("TEL", 3)):
            sd, ed = shutdown[site]
            if d in BANK_HOLIDAYS:
                n = 0
            elif d.weekday() >= 5:
                n = 1 if r.random() < 0.15 else 0
            elif sd <= d <= ed:
                n = r.randrange(1, 4)       # contractors only during the shutdown
            else:
                n = max(0, int(r.gauss(rate, 1.6)))
            if d == EXPORT_DAY:
                n = 3 if site == "BAR" else 2
            for k in range(n):
                company = r.choice(COMPANIES)
                contractor = company not in ("Nordbrook Automotive GmbH", "Halden Auto Components", "Bureau Veritas",
                                             "SGS United Kingdom Ltd") and r.random() < 0.7
                if sd <= d <= ed or d.weekday() >= 5:
                    contractor = True
                    company = r.choice(["Amtec Machine Tools Ltd", "Renfield Coolant Systems", "Kingsway Fire & Security Ltd",
                                        "Severn Electrical, Testing & Inspection", "Vantrell Systems Inc."])
                name = f"{r.choice(first)} {r.choice(last)}"
                key = (site, name, company)
                ind = contractor and (key in inducted or r.random() < 0.45)
                if ind:
                    inducted[key] = True
                tin = T(d.year, d.month, d.day, r.randrange(7, 14), r.randrange(60))
                tout = tin + dt.timedelta(minutes=r.randrange(40, 420))
                purpose = r.choice(PURPOSES[1:5] + PURPOSES[7:11]) if contractor else r.choice(
                    ["Customer audit", "Supplier visit", "Interview", "Meeting", "Production trial"])
                visits.append([site, name, company, "Contractor" if contractor else "Visitor", r.choice(hosts[site]),
                               purpose, tin, tout, ind])
        d += DAY
    visits.sort(key=lambda v: (v[6], v[0]))
    rows = []
    seq = {"BAR": 20417, "TEL": 8830}
    export_at = T(2026, 10, 15, 10, 5)
    for site, name, company, vtype, host, purpose, tin, tout, ind in visits:
        seq[site] += 1
        on_site = tout > export_at and tin.date() == EXPORT_DAY
        if on_site:
            tin = T(2026, 10, 15, r.randrange(7, 10), r.randrange(60))
        escorted = "N/A - inducted" if ind else "Y"
        rows.append(["Barnsley" if site == "BAR" else "Telford", f"{site}-V-{seq[site]:06d}", name, company, vtype, host,
                     purpose, f"{site[0]}{r.randrange(1, 40):03d}", mes(tin), "" if on_site else mes(tout), escorted,
                     "Valid" if ind else ("Not required" if vtype == "Visitor" else "None - escorted"),
                     "Y", "" if on_site else "Y", "gatehouse." + site.lower()])
    write("vantrell-mes-visitor-log.csv",
          ["Plant", "Visit No.", "Visitor Name", "Company", "Visitor Type", "Host", "Purpose", "Badge #", "Time In",
           "Time Out", "Escorted", "Site Induction", "Safety Briefing", "Badge Returned", "Entered By"], rows)


if __name__ == "__main__":
    make_sap_actions()      # first: it records movers, which the Entra log uses
    make_entra()
    make_training()
    make_tenable()
    make_veeam()
    make_log_review()
    make_changes()
    make_incidents()
    make_visitors()
    for f in sorted(OUT.glob("*.csv")):
        print(f"{f.name}: {len(f.read_bytes().splitlines()) - 1} rows")
