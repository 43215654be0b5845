#!/usr/bin/env python3
"""Thornbury Health Analytics Ltd: deterministic generator for the evidence exports.

Python 3 standard library only. Every random choice comes from a generator seeded with a fixed
string, and nothing iterates over a set or a hash, so running this again writes byte-identical files.

    python3 make_exports.py          # writes exports/*.csv next to this file

Each file is shaped as the exporting tool writes it (column names, date formats, blank cells,
extra columns, a BOM and CRLF on the SharePoint supplier list). The story each file tells is in
README.md; check_exports.py recounts it.
"""
import csv
import datetime as dt
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "exports"

D = dt.date
T = dt.datetime
ONE_DAY = dt.timedelta(days=1)

OPERATING_SINCE = D(2026, 3, 2)
EXPORT_DAY = D(2026, 11, 13)         # exports pulled on Friday 13 November 2026, about 07:00
EXPORT_AT = T(2026, 11, 13, 7, 0)    # local time (GMT)
AUDIT_DATE = D(2026, 11, 16)

HOLIDAYS = {
    # England and Wales bank holidays (Leeds office, remote staff in the UK)
    "England": [D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26),
                D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26), D(2026, 1, 1), D(2026, 4, 3),
                D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25), D(2026, 8, 31), D(2026, 12, 25),
                D(2026, 12, 28)],
    # Irish public holidays (Dublin office, remote staff in Ireland)
    "Ireland": [D(2025, 1, 1), D(2025, 2, 3), D(2025, 3, 17), D(2025, 4, 21), D(2025, 5, 5),
                D(2025, 6, 2), D(2025, 8, 4), D(2025, 10, 27), D(2025, 12, 25), D(2025, 12, 26),
                D(2026, 1, 1), D(2026, 2, 2), D(2026, 3, 17), D(2026, 4, 6), D(2026, 5, 4),
                D(2026, 6, 1), D(2026, 8, 3), D(2026, 10, 26), D(2026, 12, 25), D(2026, 12, 26)],
}
CALENDAR_OF = {"Leeds": "England", "Remote - UK": "England", "Dublin": "Ireland", "Remote - IE": "Ireland"}


def rng(name):
    return random.Random("thornbury/" + name)


def summer(ts):
    """Europe/London and Europe/Dublin keep the same offset: +01:00 from the last Sunday of
    March to the last Sunday of October (2025: 30 Mar-26 Oct; 2026: 29 Mar-25 Oct)."""
    d = ts.date() if isinstance(ts, T) else ts
    if d.year == 2025:
        return D(2025, 3, 30) <= d < D(2025, 10, 26)
    return D(2026, 3, 29) <= d < D(2026, 10, 25)


def to_utc(local):
    return local - dt.timedelta(hours=1) if summer(local) else local


def working(day, cal):
    return day.weekday() < 5 and day not in HOLIDAYS[cal]


def joint_working(day):
    return working(day, "England") and working(day, "Ireland")


def add_workdays(day, n, cal):
    d = day
    while n > 0:
        d += ONE_DAY
        if working(d, cal):
            n -= 1
    return d


def days(start, end):
    d = start
    while d <= end:
        yield d
        d += ONE_DAY


def at(day, h, m, s=0):
    return T(day.year, day.month, day.day, h, m, s)


# ---------------------------------------------------------------- date writers

def h12(ts, seconds=False):
    h = ts.hour % 12 or 12
    sec = f":{ts.second:02d}" if seconds else ""
    return f"{h}:{ts.minute:02d}{sec} {'AM' if ts.hour < 12 else 'PM'}"


def veeam(ts):                       # Veeam ONE on an en-US server: 3/14/2026 1:02:37 AM
    return f"{ts.month}/{ts.day}/{ts.year} {h12(ts, True)}"


def jira(ts):                        # Jira Cloud default CSV: 13/Mar/26 9:40 PM (two-digit year)
    return f"{ts.day:02d}/{ts.strftime('%b')}/{ts.strftime('%y')} {h12(ts)}"


def iso_ms_z(ts_utc):                # Okta, Tenable: 2026-03-23T09:00:00.000Z
    return ts_utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts_utc.microsecond // 1000:03d}Z"


def iso_z(ts_utc):                   # KnowBe4 enrolment and due dates: 2026-03-09T09:00:00Z
    return ts_utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_offset(local):               # KnowBe4 completion, learner's local time: 2026-04-14T10:12:44+01:00
    return local.strftime("%Y-%m-%dT%H:%M:%S") + ("+01:00" if summer(local) else "+00:00")


def dmy(d):                          # Workday, SharePoint (English (UK) regional settings)
    return d.strftime("%d/%m/%Y")


def dmy_hm(ts):
    return ts.strftime("%d/%m/%Y %H:%M")


def hms(delta):
    s = int(delta.total_seconds())
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def write(name, header, rows, bom=False, crlf=False):
    OUT.mkdir(exist_ok=True)
    with open(OUT / name, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n" if crlf else "\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------- people

def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Person:
    def __init__(self, emp_id, name, title, dept, location, hire, last_day=None, term=None):
        self.emp_id, self.name, self.title, self.dept = emp_id, name, title, dept
        self.location, self.hire, self.last_day, self.term = location, hire, last_day, term or last_day
        self.first, self.last = name.split(" ", 1)
        self.email = (ascii_fold(self.first).lower() + "." +
                      ascii_fold(self.last).lower().replace(" ", "").replace("'", "")) + "@thornburyhealth.com"

    def active_on(self, day):
        return self.hire <= day and (self.last_day is None or day <= self.last_day)


KEY = [
    ("100003", "Helen Marchbank", "Chief Executive Officer", "Executive", "Leeds", D(2017, 4, 3)),
    ("100011", "Conor Daly", "Chief Operating Officer and Managing Director, Ireland", "Executive", "Dublin", D(2019, 9, 2)),
    ("100007", "Rebecca Asante", "Chief Technology Officer", "Executive", "Leeds", D(2018, 1, 8)),
    ("100041", "Fergal Nolan", "Head of Information Security", "Security", "Dublin", D(2021, 6, 14)),
    ("100318", "Joanne Pickersgill", "ISMS Manager", "Security", "Leeds", D(2025, 9, 1)),
    ("100014", "Declan Fahy", "Head of Platform Engineering", "Platform", "Dublin", D(2019, 11, 4)),
    ("100052", "Siobhán Kelly", "Platform Engineering Manager", "Platform", "Dublin", D(2021, 2, 1)),
    ("100029", "Matthew Oakes", "Infrastructure and Backup Lead", "Platform", "Leeds", D(2020, 5, 11)),
    ("100137", "Amira Hussain", "Security Engineer", "Security", "Leeds", D(2023, 3, 6)),
    ("100033", "Kieran Walsh", "IT Operations Manager", "IT", "Dublin", D(2020, 8, 17)),
    ("100094", "Lauren Briggs", "People Partner", "People", "Leeds", D(2022, 10, 3)),
    ("100021", "Sanjay Mistry", "Service Delivery Manager", "Customer Operations", "Leeds", D(2019, 3, 18)),
    ("100066", "Orla Gallagher", "Data Protection Officer", "Legal and Compliance", "Dublin", D(2022, 1, 10)),
    ("100201", "Tomasz Nowak", "Vendor Manager", "Finance", "Leeds", D(2024, 2, 5)),
    ("100009", "Gary Sutcliffe", "Facilities Manager", "Operations", "Leeds", D(2018, 6, 4)),
    ("100156", "Niamh Brennan", "Office Manager, Dublin", "Operations", "Dublin", D(2023, 5, 15)),
    ("100005", "Ewan Fairley", "Head of Engineering", "Engineering", "Leeds", D(2018, 9, 3)),
]

FIRST = ["Aoife", "Ciara", "Sinéad", "Cian", "Oisín", "Eoin", "Róisín", "Darragh", "Aisling", "Shane",
         "Grace", "Hannah", "Jack", "Oliver", "Harry", "Sophie", "Emily", "Charlotte", "James", "Thomas",
         "Priya", "Arjun", "Zainab", "Bilal", "Yusuf", "Fatima", "Chloe", "Megan", "Liam", "Ryan",
         "Callum", "Ellie", "Isla", "Rory", "Ella", "Daniel", "Nathan", "Rachel", "Sarah", "Laura",
         "Patrick", "Seán", "Niall", "Tadhg", "Méabh", "Caoimhe", "Fionn", "Ruairí", "Bríd", "Dara",
         "Adebayo", "Kemi", "Tomás", "Piotr", "Agnieszka", "Marek", "Ana", "Lucas", "Mateus", "Joanna",
         "Owen", "Rhys", "Bethan", "Gemma", "Kirsty", "Lewis", "Connor", "Jade", "Abigail", "Ibrahim"]
LAST = ["Murphy", "O'Brien", "Byrne", "Ryan", "O'Sullivan", "Doyle", "McCarthy", "Lynch", "Quinn", "Keane",
        "Smith", "Jones", "Taylor", "Brown", "Wilson", "Hughes", "Clarke", "Robinson", "Wood", "Thompson",
        "Ahmed", "Khan", "Patel", "Begum", "Ali", "Shah", "Okafor", "Adeyemi", "Kowalski", "Nowicki",
        "Walker", "Wright", "Hall", "Green", "Lee", "Barker", "Holmes", "Firth", "Greenwood", "Haigh",
        "Duffy", "Kavanagh", "Moran", "Hegarty", "Dunne", "Maguire", "Brady", "Nolan", "Power", "Whelan",
        "Fitzgerald", "Costa", "Silva", "Hart", "Marsden", "Sykes", "Crowther", "Ibbotson", "Ferreira", "Ward"]

DEPTS = [  # department, share of staff, titles
    ("Engineering", 24, ["Software Engineer", "Senior Software Engineer", "Frontend Engineer", "QA Engineer", "Staff Engineer"]),
    ("Platform", 10, ["Platform Engineer", "Senior Platform Engineer", "Site Reliability Engineer", "Database Engineer"]),
    ("Data Science", 16, ["Data Scientist", "Senior Data Scientist", "Data Engineer", "Analytics Engineer"]),
    ("Clinical Analytics", 14, ["Clinical Analyst", "Senior Clinical Analyst", "Health Economist", "Clinical Informatician"]),
    ("Customer Operations", 12, ["Customer Success Manager", "Support Analyst", "Implementation Consultant", "Onboarding Specialist"]),
    ("Sales", 7, ["Account Director", "Business Development Manager", "Bid Manager"]),
    ("Product", 6, ["Product Manager", "Product Designer", "User Researcher"]),
    ("Finance", 4, ["Finance Analyst", "Management Accountant", "Payroll and Finance Officer"]),
    ("IT", 3, ["IT Support Engineer", "IT Systems Administrator"]),
    ("People", 2, ["People Advisor", "Talent Acquisition Partner"]),
    ("Operations", 1, ["Facilities Assistant"]),
    ("Legal and Compliance", 1, ["Compliance Analyst"]),
]
LOCATIONS = [("Leeds", 50), ("Dublin", 34), ("Remote - UK", 10), ("Remote - IE", 6)]

JOINER_STARTS = [D(2026, 3, 2), D(2026, 3, 9), D(2026, 3, 16), D(2026, 3, 16), D(2026, 3, 30),
                 D(2026, 4, 7), D(2026, 4, 20), D(2026, 5, 5), D(2026, 5, 18), D(2026, 6, 2),
                 D(2026, 6, 8), D(2026, 6, 22), D(2026, 7, 6), D(2026, 7, 6), D(2026, 7, 20),
                 D(2026, 8, 4), D(2026, 8, 17), D(2026, 9, 1), D(2026, 9, 7), D(2026, 9, 14),
                 D(2026, 9, 21), D(2026, 10, 5), D(2026, 10, 12),
                 # recent joiners: their 30 days have not run out by the audit date
                 D(2026, 10, 19), D(2026, 10, 19), D(2026, 10, 27), D(2026, 11, 2), D(2026, 11, 2),
                 D(2026, 11, 9)]

# leavers in the operating period: last day of work, location, Okta deactivation (local), note, termination date
PERIOD_LEAVERS = [
    (D(2026, 3, 6), "Leeds", at(D(2026, 3, 6), 17, 42), "", None),
    (D(2026, 3, 13), "Dublin", at(D(2026, 3, 13), 17, 15), "", None),
    (D(2026, 3, 31), "Leeds", at(D(2026, 3, 31), 18, 5), "", None),
    (D(2026, 4, 2), "Leeds", at(D(2026, 4, 2), 17, 50), "", None),
    (D(2026, 4, 17), "Remote - UK", at(D(2026, 4, 17), 16, 58), "", None),
    (D(2026, 4, 30), "Dublin", at(D(2026, 4, 30), 17, 31), "", None),
    (D(2026, 5, 15), "Leeds", at(D(2026, 5, 15), 15, 20), "Garden leave to termination date", D(2026, 6, 12)),
    (D(2026, 5, 29), "Dublin", at(D(2026, 6, 2), 9, 40),
     "Laptop handed in after 18:00 on final day; disabled first thing next working day (Mon 1 Jun bank holiday)", None),
    (D(2026, 6, 12), "Leeds", at(D(2026, 6, 12), 17, 36), "", None),
    (D(2026, 6, 26), "Remote - IE", at(D(2026, 6, 26), 17, 5), "", None),
    (D(2026, 6, 30), "Leeds", at(D(2026, 6, 30), 17, 20), "", None),
    (D(2026, 7, 10), "Dublin", at(D(2026, 7, 10), 18, 12), "", None),
    (D(2026, 7, 24), "Leeds", at(D(2026, 7, 24), 17, 44), "", None),
    (D(2026, 7, 31), "Dublin", at(D(2026, 7, 31), 17, 25), "", None),
    (D(2026, 8, 14), "Leeds", at(D(2026, 8, 14), 17, 40), "", None),
    (D(2026, 8, 28), "Leeds", at(D(2026, 9, 1), 10, 15),
     "Final day off-site at client; disabled next working day, Tue 1 Sep (Mon 31 Aug bank holiday)", None),
    (D(2026, 9, 11), "Dublin", at(D(2026, 9, 11), 10, 5), "Dismissal, access removed during meeting", None),
    (D(2026, 9, 18), "Remote - UK", at(D(2026, 9, 18), 17, 58), "", None),
    (D(2026, 9, 30), "Leeds", at(D(2026, 9, 30), 17, 33), "", None),
    (D(2026, 10, 9), "Dublin", at(D(2026, 10, 9), 17, 12), "", None),
    (D(2026, 10, 16), "Leeds", at(D(2026, 10, 16), 16, 30), "Garden leave to termination date", D(2026, 11, 13)),
    (D(2026, 10, 30), "Leeds", at(D(2026, 10, 30), 17, 35), "", None),
]
FUTURE_LEAVERS = [(D(2026, 11, 20), "Dublin"), (D(2026, 11, 27), "Leeds")]   # notice given, still employed
PRE_LEAVER_COUNT = 33
LATE_PRE_LEAVER = (D(2025, 6, 20), "Leeds", at(D(2025, 6, 25), 9, 12),
                   "Missed at the time; found in the pre-ISMS gap analysis")


def pick_weighted(r, items):
    total = sum(w for _, w, *rest in items)
    x = r.uniform(0, total)
    for it in items:
        x -= it[1]
        if x <= 0:
            return it
    return items[-1]


def pick_location(r):
    total = sum(w for _, w in LOCATIONS)
    x = r.uniform(0, total)
    for loc, w in LOCATIONS:
        x -= w
        if x <= 0:
            return loc
    return LOCATIONS[-1][0]


def build_people():
    r = rng("people")
    used = [k[1] for k in KEY]
    names = [f"{f} {l}" for f in FIRST for l in LAST]
    r.shuffle(names)
    names = [n for n in names if n not in used]
    it = iter(names)
    ids = iter(range(100400, 100999, 3))

    people = [Person(*k) for k in KEY]
    # 94 other staff employed before the ISMS and still employed (two of them have given notice)
    others = []
    for _ in range(94):
        dept, _w, titles = pick_weighted(r, DEPTS)
        loc = pick_location(r)
        hire = D(2016, 1, 4) + dt.timedelta(days=r.randrange(0, 3600))
        hire = min(hire, D(2026, 2, 16))
        others.append(Person(None, next(it), r.choice(titles), dept, loc, hire))
    others.sort(key=lambda p: (p.hire, p.name))
    # two of them have resigned and leave after the audit
    notice = [p for p in others if p.location == "Dublin"][5], [p for p in others if p.location == "Leeds"][9]
    for p, (day, _loc) in zip(notice, FUTURE_LEAVERS):
        p.last_day, p.term = day, day
    joiners = []
    for start in JOINER_STARTS:
        dept, _w, titles = pick_weighted(r, DEPTS)
        joiners.append(Person(f"{next(ids):06d}", next(it), r.choice(titles), dept, pick_location(r), start))
    period_leavers = []
    for last, loc, _off, _note, term in PERIOD_LEAVERS:
        dept, _w, titles = pick_weighted(r, DEPTS)
        hire = last - dt.timedelta(days=r.randrange(200, 2600))
        p = Person(None, next(it), r.choice(titles), dept, loc, hire, last, term)
        period_leavers.append(p)
    pre_leavers = []
    day = D(2025, 1, 10)
    for i in range(PRE_LEAVER_COUNT):
        last = day + dt.timedelta(days=r.randrange(0, 6))
        while last.weekday() >= 5:
            last += ONE_DAY
        dept, _w, titles = pick_weighted(r, DEPTS)
        loc = pick_location(r)
        if i == 12:
            last, loc = LATE_PRE_LEAVER[0], LATE_PRE_LEAVER[1]
        hire = last - dt.timedelta(days=r.randrange(150, 2800))
        p = Person(None, next(it), r.choice(titles), dept, loc, hire, last)
        pre_leavers.append(p)
        day = max(last + ONE_DAY, day + dt.timedelta(days=12))
        if day > D(2026, 2, 20):
            day = D(2026, 2, 20)
    for p in others + period_leavers + pre_leavers:       # Workday hire dates fall on working days
        while p.hire.weekday() >= 5:
            p.hire += ONE_DAY
    taken = [k[0] for k in KEY] + [j.emp_id for j in joiners]
    for p in sorted(others + period_leavers + pre_leavers, key=lambda x: (x.hire, x.name)):
        n = 100000 + int((p.hire - D(2015, 1, 1)).days / 11)      # Workday numbers workers in hiring order
        while f"{n:06d}" in taken:
            n += 1
        p.emp_id = f"{n:06d}"
        taken.append(p.emp_id)
    return people, others, joiners, period_leavers, pre_leavers


KEYPEOPLE, OTHERS, JOINERS, PERIOD_LEAVER_PEOPLE, PRE_LEAVER_PEOPLE = build_people()
CURRENT = KEYPEOPLE + OTHERS + JOINERS        # the 140 persons in scope on the audit date
assert len(CURRENT) == 140, len(CURRENT)
BY_NAME = {p.name: p for p in CURRENT + PERIOD_LEAVER_PEOPLE + PRE_LEAVER_PEOPLE}
assert len(BY_NAME) == 140 + 22 + PRE_LEAVER_COUNT


# ---------------------------------------------------------------- Okta access certifications

SYSTEMS = [  # resource name, resource type, reviewer, typical number of review items
    ("Azure Portal - Production subscriptions (Entra PIM)", "Group", "Declan Fahy", 34),
    ("Azure DevOps", "App", "Ewan Fairley", 61),
    ("GitHub Enterprise Cloud", "App", "Ewan Fairley", 58),
    ("Databricks - Insight Analytics", "App", "Declan Fahy", 47),
    ("Thornbury Insight - Admin Console", "App", "Siobhán Kelly", 22),
    ("Thornbury Insight - Support Console", "App", "Sanjay Mistry", 29),
    ("Power BI Service (client workspaces)", "App", "Siobhán Kelly", 44),
    ("Okta - Admin roles", "Group", "Kieran Walsh", 7),
    ("Microsoft 365 - Admin roles", "Group", "Kieran Walsh", 9),
    ("Atlassian Cloud (Jira, Confluence)", "App", "Kieran Walsh", 138),
    ("Salesforce", "App", "Conor Daly", 31),
    ("Workday", "App", "Lauren Briggs", 12),
    ("Tenable Vulnerability Management", "App", "Amira Hussain", 8),
    ("Veeam Backup & Replication console", "Group", "Matthew Oakes", 6),
    ("Freshdesk", "App", "Sanjay Mistry", 27),
    ("Elastic Cloud (SIEM)", "App", "Amira Hussain", 11),
]
PILOT = [0, 1, 2, 3, 4, 5, 7, 8, 12, 13]


def make_okta():
    r = rng("okta")
    campaigns = [
        # id, name, launch (local), systems, completion day offsets (weekdays only)
        ("icmq4pilot7Hs2KdX0h8", "Q4 2025 Access Certification (pilot)", at(D(2025, 12, 1), 9, 0), PILOT,
         [0, 1, 1, 2, 3, 3, 4, 7, 8, 9]),
        ("icm26q1Rf8TzLp40Wh8", "Q1 2026 Quarterly Access Certification", at(D(2026, 3, 23), 9, 0),
         list(range(16)), [0, 0, 1, 1, 2, 2, 3, 3, 4, 7, 8, 9, 9, 10, 10, 10]),
        ("icm26q2Bn3VcQe71Wh8", "Q2 2026 Quarterly Access Certification", at(D(2026, 6, 2), 9, 0),
         [i for i in range(16) if i != 3], [0, 0, 1, 1, 2, 2, 3, 3, 6, 7, 7, 8, 9, 10, 10]),
        ("icm26q3Xk9MaJd25Wh8", "Q3 2026 Quarterly Access Certification", at(D(2026, 9, 7), 9, 0),
         list(range(16)), [0, 0, 1, 1, 1, 2, 3, 4, 4, 7, 8, 9, 10, 11, 11, 14]),
    ]
    rows = []
    for cid, cname, launch, systems, offsets in campaigns:
        end = at(launch.date() + dt.timedelta(days=14), 23, 59)
        order = systems[:]
        r.shuffle(order)
        for idx, off in zip(order, offsets):
            name, rtype, reviewer, n = SYSTEMS[idx]
            n = max(3, n + r.randrange(-4, 6))
            revoked = r.choice([0, 0, 0, 1, 1, 2, 3]) if n > 8 else r.choice([0, 0, 1])
            reassigned = 1 if r.random() < 0.12 else 0
            day = launch.date() + dt.timedelta(days=off)
            assert day.weekday() < 5, (cname, day)
            if off == 14:
                done = at(day, 8, 40, 12)
            else:
                done = at(day, r.randrange(9, 18), r.randrange(60), r.randrange(60))
            done = done.replace(microsecond=r.randrange(1000) * 1000)
            remediation = "Not required" if revoked == 0 else "Completed"
            rows.append([cid, cname, "Closed", iso_ms_z(to_utc(launch)), iso_ms_z(to_utc(end)), rtype, name,
                         reviewer, BY_NAME[reviewer].email, n, n - revoked, revoked, reassigned, 0,
                         iso_ms_z(to_utc(done)), remediation])
    rows.sort(key=lambda x: (x[3], x[14]))
    write("okta-access-certifications.csv",
          ["Campaign ID", "Campaign Name", "Campaign Status", "Launch Date", "End Date", "Resource Type",
           "Resource Name", "Reviewer", "Reviewer Email", "Total Reviews", "Approved", "Revoked", "Reassigned",
           "Pending", "Reviewer Completed At", "Remediation Status"], rows)


# ---------------------------------------------------------------- site security and fire checks (SharePoint)

def month_iter(y, m, y2, m2):
    while (y, m) <= (y2, m2):
        yield y, m
        m += 1
        if m == 13:
            y, m = y + 1, 1


def make_site_checks():
    r = rng("sites")
    rows = []
    fixed = {("Leeds", 2026, 6): D(2026, 6, 1), ("Leeds", 2026, 7): D(2026, 7, 30),
             ("Dublin", 2026, 4): D(2026, 4, 29), ("Dublin", 2026, 5): D(2026, 5, 5),
             ("Dublin", 2026, 8): D(2026, 8, 20), ("Dublin", 2026, 9): D(2026, 9, 3),
             ("Leeds", 2026, 11): D(2026, 11, 10)}
    skipped = [("Dublin", 2025, 8), ("Dublin", 2025, 12)]          # before the ISMS
    issues = {
        ("Leeds", 2026, 6): ("Fire door on 2nd floor stairwell not closing fully; closer arm loose",
                             "Landlord (Bruntwood) asked to replace closer; re-inspect"),
        ("Dublin", 2026, 1): ("Alarm panel showing zone 3 fault", "Calder Security call-out booked"),
        ("Leeds", 2025, 11): ("Two fobs found on desks, owners on leave", "Fobs returned to reception safe"),
        ("Dublin", 2026, 10): ("Escape route partly blocked by delivery boxes, cleared on the spot", ""),
        ("Leeds", 2026, 3): ("Extinguisher in kitchen due service next month", "Booked with Chubb, 14/04/2026"),
    }
    for site in ("Leeds", "Dublin"):
        cal = CALENDAR_OF[site]
        last_month = (2026, 11) if site == "Leeds" else (2026, 10)
        for y, m in month_iter(2024, 10, *last_month):
            if (site, y, m) in skipped:
                continue
            if (site, y, m) in fixed:
                day = fixed[(site, y, m)]
            else:
                day = D(y, m, r.choice([3, 5, 8, 11, 14, 17, 19, 22, 24]))
                while not working(day, cal):
                    day += ONE_DAY
            who = "Gary Sutcliffe" if site == "Leeds" else "Niamh Brennan"
            if site == "Dublin" and (y, m) == (2026, 8):
                who = "Kieran Walsh"
            shown = who + " " if (site, y, m) in [("Dublin", 2026, 2), ("Dublin", 2026, 7)] else who
            problem, action = issues.get((site, y, m), ("", ""))
            fobs = r.choice([0, 1, 1, 2, 2, 3, 4]) if site == "Leeds" else r.choice([0, 0, 1, 1, 2, 3])
            created = at(day + dt.timedelta(days=r.choice([0, 0, 0, 1, 2])), r.randrange(9, 17), r.randrange(60))
            modified = created + dt.timedelta(minutes=r.randrange(0, 50)) if r.random() < 0.7 else \
                created + dt.timedelta(days=r.randrange(1, 9), minutes=r.randrange(600))
            title = f"{site} - {D(y, m, 1).strftime('%B %Y')} monthly check"
            rows.append([title, site, "Monthly check", dmy(day), shown, "Yes", fobs, "Yes",
                         "No" if "blocked" in problem else "Yes", "Yes", problem, action,
                         dmy_hm(created), who, dmy_hm(modified), who, "Item", "sites/Facilities/Lists/Site Checks"])
    follow = [
        ("Dublin", D(2026, 2, 12), "Niamh Brennan", "Re-check after alarm panel fault", "Zone 3 detector replaced; panel clear", ""),
        ("Leeds", D(2026, 6, 9), "Gary Sutcliffe", "Follow-up: 2nd floor fire door", "Closer replaced by landlord, door closes and latches", ""),
        ("Dublin", D(2026, 9, 24), "Niamh Brennan", f"Follow-up after tailgating report {TAILGATE_KEY}",
         "Fob list re-checked against Workday, 1 card cancelled; reminder sent to all Dublin staff", "Poster at door, reception briefed"),
    ]
    for site, day, who, title, problem, action in follow:
        created = at(day, 15, r.randrange(60))
        rows.append([title, site, "Follow-up re-inspection", dmy(day), who, "Yes", 1 if "cancelled" in problem else 0,
                     "", "Yes", "", problem, action, dmy_hm(created), who, dmy_hm(created), who, "Item",
                     "sites/Facilities/Lists/Site Checks"])
    # SharePoint lists export in the order items were created
    rows.sort(key=lambda x: T.strptime(x[12], "%d/%m/%Y %H:%M"))
    write("sharepoint-site-checks.csv",
          ["Title", "Site", "Check type", "Check date", "Carried out by", "Access list reviewed", "Fobs deactivated",
           "Fire alarm tested", "Escape routes clear", "Extinguishers in date", "Issues found", "Follow-up actions",
           "Created", "Created By", "Modified", "Modified By", "Item Type", "Path"], rows)


# ---------------------------------------------------------------- Veeam job sessions

JOBS = [  # name, type, platform, local start (h, m), typical minutes, objects, GB, repository
    ("UKS-VM-Analytics-Cluster", "Azure VM Backup", "Microsoft Azure", (22, 30), (80, 130), 9, (610, 700), "UKS-Immutable-Blob"),
    ("UKS-SQL-Insight-Prod", "Azure SQL Backup", "Microsoft Azure", (1, 0), (25, 50), 14, (180, 240), "UKS-Immutable-Blob"),
    ("NEU-SQL-Insight-IE-Prod", "Azure SQL Backup", "Microsoft Azure", (1, 30), (15, 35), 6, (60, 95), "NEU-Immutable-Blob"),
    ("UKS-Blob-Landing-Zone", "Azure Files Backup", "Microsoft Azure", (2, 30), (20, 60), 3, (90, 260), "UKS-Immutable-Blob"),
    ("Copy-UKS-to-NEU", "Backup Copy", "Microsoft Azure", (5, 0), (30, 90), 26, (40, 120), "NEU-Archive-Blob"),
]
WEEKLY = ("LDS-FS01-Weekly", "Agent Backup", "Windows", (23, 0), (60, 95), 1, (380, 420), "LDS-NAS-Repo01")

# nights (the date the night starts) on which a job failed; retry = automatic retry succeeded;
# manual = the retries failed and the on-call engineer re-ran it in the morning
FAILURES = [
    ("UKS-SQL-Insight-Prod", D(2026, 3, 11), "retry"), ("UKS-Blob-Landing-Zone", D(2026, 3, 26), "retry"),
    ("UKS-VM-Analytics-Cluster", D(2026, 4, 22), "retry"), ("Copy-UKS-to-NEU", D(2026, 4, 29), "retry"),
    ("NEU-SQL-Insight-IE-Prod", D(2026, 5, 7), "retry"), ("UKS-SQL-Insight-Prod", D(2026, 5, 20), "manual"),
    ("UKS-Blob-Landing-Zone", D(2026, 6, 3), "retry"), ("UKS-VM-Analytics-Cluster", D(2026, 6, 14), "manual"),
    ("Copy-UKS-to-NEU", D(2026, 6, 30), "retry"), ("UKS-SQL-Insight-Prod", D(2026, 7, 9), "retry"),
    ("NEU-SQL-Insight-IE-Prod", D(2026, 7, 23), "retry"), ("UKS-VM-Analytics-Cluster", D(2026, 8, 5), "retry"),
    ("UKS-Blob-Landing-Zone", D(2026, 8, 18), "retry"), ("Copy-UKS-to-NEU", D(2026, 9, 2), "retry"),
    ("UKS-SQL-Insight-Prod", D(2026, 9, 16), "retry"), ("NEU-SQL-Insight-IE-Prod", D(2026, 9, 29), "manual"),
    ("UKS-VM-Analytics-Cluster", D(2026, 10, 8), "retry"), ("UKS-Blob-Landing-Zone", D(2026, 10, 21), "retry"),
    ("LDS-FS01-Weekly", D(2026, 7, 11), "retry"),
]
FAIL_MSG = {
    "Azure VM Backup": ["Error: Failed to create snapshot for disk uks-ana-node-0{n}-osdisk: Operation timed out, retrying",
                        "Error: Azure API throttling (429) while creating restore point collection, request rejected"],
    "Azure SQL Backup": ["Error: Failed to export database insight_tenant_0{n}: Login timeout expired, server busy",
                         "Error: Worker appliance could not reach storage account thbkpuks01 (403, firewall rule)"],
    "Azure Files Backup": ["Error: Snapshot of share landing-zone failed: The specified share is being deleted, try again",
                           "Error: Lease conflict on share landing-zone, another operation is in progress"],
    "Backup Copy": ["Error: Copy interval expired before all restore points were copied, 3 of 26 objects pending",
                    "Error: Target repository NEU-Archive-Blob unavailable: connection reset by peer"],
    "Agent Backup": ["Error: VSS snapshot failed on LDS-FS01: writer 'System Writer' timed out, retry scheduled"],
}
WARN_MSG = ["Warning: Changed block tracking reset for 1 disk, full read performed",
            "Warning: Restore point retention policy applied, 2 restore points removed, processing took longer than usual",
            "Warning: Storage latency above threshold during processing",
            "Warning: Job finished with warnings, 1 object processed with retries"]


def make_veeam():
    r = rng("veeam")
    rows = []
    fail = {(j, d): k for j, d, k in FAILURES}

    def session(job, start, result, retry, initiated, details, minutes=None, objects_failed=0):
        name, jtype, platform, _sched, mins, objs, gb, repo = job
        dur = dt.timedelta(minutes=minutes if minutes is not None else r.randrange(*mins), seconds=r.randrange(60))
        end = start + dur
        processed = round(r.uniform(*gb), 1) if result != "Failed" else round(r.uniform(0, gb[0] / 4), 1)
        transferred = round(processed * r.uniform(0.04, 0.16), 1)
        rows.append([name, jtype, platform, veeam(start), veeam(end), hms(dur), result, retry, objs, objects_failed,
                     processed, transferred, repo, initiated, details])
        return end

    def scheduled_start(job, night):
        h, m = job[3]
        d = night if h >= 12 else night + ONE_DAY
        start = at(d, h, m, r.randrange(2, 9))
        if d == D(2026, 3, 29) and h == 1:                 # clocks go forward at 01:00: the 1 AM slots run at 2 AM
            start = at(d, 2, r.randrange(0, 3), r.randrange(2, 9))
        return start

    def run(job, night):
        start = scheduled_start(job, night)
        kind = fail.get((job[0], night))
        if kind is None:
            warn = r.random() < 0.045
            session(job, start, "Warning" if warn else "Success", "No", "Scheduler", r.choice(WARN_MSG) if warn else "")
            return
        msg = r.choice(FAIL_MSG[job[1]]).replace("{n}", str(r.randrange(1, 6)))
        end = session(job, start, "Failed", "No", "Scheduler", msg, minutes=r.randrange(6, 35), objects_failed=r.randrange(1, 3))
        if (job[0], night) == ("UKS-VM-Analytics-Cluster", D(2026, 6, 14)):
            end = at(D(2026, 6, 14), 23, 58, 41)
            rows[-1][4] = veeam(end)
            rows[-1][5] = hms(end - start)
        retry_start = end + dt.timedelta(minutes=10, seconds=r.randrange(1, 30))
        if kind == "retry":
            session(job, retry_start, "Success", "Yes", "Retry (1 of 3)", "")
            return
        # manual: the automatic retry failed as well, the on-call engineer re-ran it next morning
        end2 = session(job, retry_start, "Failed", "Yes", "Retry (1 of 3)", msg, minutes=r.randrange(5, 25), objects_failed=1)
        morning = start.date() if start.hour < 12 else start.date() + ONE_DAY
        who = {"UKS-VM-Analytics-Cluster": "THORNBURY\\matthew.oakes", "UKS-SQL-Insight-Prod": "THORNBURY\\matthew.oakes",
               "NEU-SQL-Insight-IE-Prod": "THORNBURY\\siobhan.kelly"}[job[0]]
        manual = at(morning, 7, 45, 12) if job[0] == "UKS-VM-Analytics-Cluster" else at(morning, 8, r.randrange(5, 40), r.randrange(60))
        assert manual > end2
        session(job, manual, "Success", "No", who, "Manual run after failed retry (on-call)")

    first_night = D(2026, 2, 28)      # the report starts at 3/1/2026 12:00 AM: the small hours of that night are in it
    for night in days(first_night, EXPORT_DAY):
        for job in JOBS:
            start = scheduled_start(job, night)
            if start < at(D(2026, 3, 1), 0, 0) or start > EXPORT_AT:
                continue
            run(job, night)
        if night.weekday() == 5 and night >= D(2026, 3, 7):
            if night == D(2026, 9, 19):                    # stopped by the engineer, re-run on Sunday morning
                start = scheduled_start(WEEKLY, night)
                end = start + dt.timedelta(minutes=40, seconds=13)
                rows.append([WEEKLY[0], WEEKLY[1], WEEKLY[2], veeam(start), veeam(end), hms(end - start), "Stopped", "No",
                             1, 0, 151.4, 12.2, WEEKLY[7], "Scheduler",
                             "Stopped by THORNBURY\\matthew.oakes: clashes with LDS-FS01 patching window, will re-run Sunday AM"])
                session(WEEKLY, at(D(2026, 9, 20), 9, 5, 31), "Success", "No", "THORNBURY\\matthew.oakes",
                        "Manual run after stop (patching)")
            else:
                run(WEEKLY, night)
    rows.sort(key=lambda x: T.strptime(x[3], "%m/%d/%Y %I:%M:%S %p"))
    write("veeam-job-sessions.csv",
          ["Job Name", "Job Type", "Platform", "Start Time", "End Time", "Duration", "Result", "Retry", "Objects",
           "Objects Failed", "Processed (GB)", "Transferred (GB)", "Target Repository", "Initiated By", "Details"], rows)


# ---------------------------------------------------------------- Tenable vulnerability findings

ASSETS = ([f"uks-ana-node-{i:02d}" for i in range(1, 10)] + [f"neu-ana-node-{i:02d}" for i in range(1, 5)] +
          ["uks-sftp-gw-01", "uks-sftp-gw-02", "neu-sftp-gw-01", "uks-ado-agent-01", "uks-ado-agent-02",
           "uks-ado-agent-03", "uks-jump-01", "neu-jump-01", "uks-app-insight-01", "uks-app-insight-02",
           "uks-app-insight-03", "neu-app-insight-01", "neu-app-insight-02", "uks-etl-01", "uks-etl-02",
           "lds-fs01", "lds-fw01", "dub-fw01", "lds-print01"] +
          [f"LDS-LT-{n:04d}" for n in (112, 118, 131, 140, 155, 163, 171, 184, 190, 207)] +
          [f"DUB-LT-{n:04d}" for n in (45, 52, 61, 77, 83, 96)])
OS_OF = lambda a: ("Windows 11 Enterprise" if "-LT-" in a else "Windows Server 2022" if a in ("lds-fs01", "lds-print01")
                   else "FortiOS 7.4" if "fw" in a else "Ubuntu 22.04" if "ado" in a or "sftp" in a else "Ubuntu 24.04")
PLUGINS = {
    "Critical": [("OpenSSH < 9.9p2 Remote Code Execution", "General", ["CVE-2026-21184"]),
                 ("Apache Tomcat 10.1.x < 10.1.41 Multiple Vulnerabilities", "Web Servers", ["CVE-2026-24813", "CVE-2026-24820"]),
                 ("KB5061010: Windows Server 2022 Security Update (June 2026)", "Windows : Microsoft Bulletins", ["CVE-2026-30101", "CVE-2026-30117", "CVE-2026-30152"]),
                 ("Fortinet FortiOS SSL-VPN Heap Overflow (FG-IR-26-061)", "Firewalls", ["CVE-2026-23790"]),
                 ("Ubuntu 22.04 LTS : OpenSSL vulnerabilities (USN-7702-1)", "Ubuntu Local Security Checks", ["CVE-2026-1201", "CVE-2026-1207"]),
                 ("GoAnywhere MFT < 7.8.2 Deserialization RCE", "CGI abuses", ["CVE-2026-0415"]),
                 ("Azure Pipelines Agent < 4.258.1 Remote Code Execution", "Misc.", ["CVE-2026-32140"])],
    "High": [("Ubuntu 24.04 LTS : Linux kernel vulnerabilities (USN-7731-2)", "Ubuntu Local Security Checks", ["CVE-2026-2210", "CVE-2026-2231"]),
             ("Google Chrome < 138.0.7204.96 Multiple Vulnerabilities", "Windows", ["CVE-2026-6554", "CVE-2026-6555"]),
             ("Microsoft Edge (Chromium) < 138.0.3351.65 Multiple Vulnerabilities", "Windows", ["CVE-2026-6554"]),
             ("Python Unsupported Version Detection", "Misc.", []),
             ("nginx 1.25.x < 1.27.4 HTTP/2 Denial of Service", "Web Servers", ["CVE-2026-11087"]),
             ("Node.js 20.x < 20.19.3 Multiple Vulnerabilities", "Misc.", ["CVE-2026-27210", "CVE-2026-27211"]),
             ("KB5060842: Windows 11 version 24H2 Security Update (June 2026)", "Windows : Microsoft Bulletins", ["CVE-2026-29990"]),
             ("7-Zip < 25.01 Arbitrary Code Execution", "Windows", ["CVE-2026-31402"])],
    "Medium": [("SSL Certificate Cannot Be Trusted", "General", []),
               ("TLS Version 1.1 Deprecated Protocol", "Service detection", []),
               ("SSH Weak Key Exchange Algorithms Enabled", "Misc.", []),
               ("Ubuntu 24.04 LTS : curl vulnerabilities (USN-7690-1)", "Ubuntu Local Security Checks", ["CVE-2026-3312"]),
               ("Microsoft Teams < 25122.1415.3698.6812 Information Disclosure", "Windows", ["CVE-2026-21930"]),
               ("HTTP TRACE / TRACK Methods Allowed", "Web Servers", ["CVE-2004-2320", "CVE-2010-0386"]),
               ("SMB Signing not required", "Misc.", []),
               ("jQuery 1.2 < 3.5.0 Multiple XSS", "CGI abuses : XSS", ["CVE-2020-11022", "CVE-2020-11023"])],
    "Low": [("SSH Server CBC Mode Ciphers Enabled", "Misc.", ["CVE-2008-5161"]),
            ("ICMP Timestamp Request Remote Date Disclosure", "General", ["CVE-1999-0524"]),
            ("Web Server Allows Password Auto-Completion", "Web Servers", []),
            ("SSL Anonymous Cipher Suites Supported", "Service detection", []),
            ("Microsoft Windows SMBv1 Multiple Vulnerabilities (informational check)", "Windows", [])],
}
CVSS = {"Critical": (9.0, 10.0), "High": (7.0, 8.9), "Medium": (4.0, 6.9), "Low": (0.1, 3.9)}


def make_tenable():
    r = rng("tenable")
    items = []      # severity, first seen (UTC), fixed (UTC) or None, asset or None, plugin index or None

    def ts(day):
        return at(day, r.randrange(0, 5), r.randrange(60), r.randrange(60)).replace(microsecond=r.randrange(1000) * 1000)

    # criticals: three before the ISMS, eleven in the period; none in April, July or October;
    # one (August, SFTP gateway) fixed after 9 days against a 7-day limit; one (11 Nov) still open
    crit = [(D(2025, 12, 9), 5.1), (D(2026, 1, 14), 3.0), (D(2026, 2, 18), 6.2),
            (D(2026, 3, 10), 4.2), (D(2026, 3, 26), None), (D(2026, 5, 6), 2.1), (D(2026, 5, 13), 5.5),
            (D(2026, 5, 27), 6.4), (D(2026, 6, 17), 3.0), (D(2026, 8, 4), 4.7), (D(2026, 8, 11), None),
            (D(2026, 9, 9), 5.0), (D(2026, 11, 3), 3.2), (D(2026, 11, 11), None)]
    for day, fix in crit:
        first = ts(day)
        if day == D(2026, 3, 26):      # OpenSSH on the SFTP gateway: emergency change CHG on 1 April, 6.9 days
            items.append(("Critical", T(2026, 3, 26, 3, 40, 12, 318000), T(2026, 4, 2, 1, 55, 40, 0), "uks-sftp-gw-01", 0))
        elif day == D(2026, 8, 11):
            first = T(2026, 8, 11, 2, 14, 37, 211000)
            items.append(("Critical", first, T(2026, 8, 20, 10, 5, 12, 0), "uks-sftp-gw-01", 5))
        elif day == D(2026, 11, 11):
            first = T(2026, 11, 11, 1, 52, 9, 640000)
            items.append(("Critical", first, None, "uks-ado-agent-02", 6))
        else:
            items.append(("Critical", first, first + dt.timedelta(days=fix, minutes=r.randrange(0, 60)), None, None))
    limit_end = T(2026, 11, 13, 5, 0)          # last scan before the export

    def spread(n, start, end, sev, fix_range, open_ok):
        span = (end - start).days
        for _ in range(n):
            first = ts(start + dt.timedelta(days=r.randrange(0, span + 1)))
            fix = first + dt.timedelta(days=r.uniform(*fix_range))
            if fix > limit_end:
                assert open_ok(first), (sev, first)
                items.append((sev, first, None, None, None))
            else:
                items.append((sev, first, fix, None, None))

    # highs: 64 in the period, all fixed inside 30 days; 4 still open, first seen after 20 October
    spread(60, D(2026, 3, 2), D(2026, 10, 9), "High", (0.6, 28.5), lambda f: False)
    for day in (D(2026, 10, 21), D(2026, 10, 28), D(2026, 11, 4), D(2026, 11, 10)):
        items.append(("High", ts(day), None, None, None))
    # mediums: 180 in the period, fixed inside 90 days or still open inside 90 days
    spread(180, D(2026, 3, 2), D(2026, 11, 12), "Medium", (4, 86), lambda f: f.date() >= D(2026, 8, 20))
    # lows: 95 in the period, no limit (best effort); many open for months
    spread(95, D(2026, 3, 2), D(2026, 11, 12), "Low", (10, 320), lambda f: True)
    # carried in from before the ISMS: highs and mediums fixed inside their limits, old lows still open
    spread(12, D(2026, 1, 20), D(2026, 2, 27), "High", (2, 27), lambda f: False)
    spread(25, D(2025, 12, 10), D(2026, 2, 28), "Medium", (5, 80), lambda f: False)
    spread(30, D(2025, 6, 2), D(2026, 2, 27), "Low", (400, 600), lambda f: True)

    laptops = [a for a in ASSETS if "-LT-" in a]
    servers = [a for a in ASSETS if "-LT-" not in a and "fw" not in a and a not in ("lds-fs01", "lds-print01")]

    def asset_for(name, family):
        if "Windows Server" in name or "SMB" in name:
            return r.choice(["lds-fs01", "lds-print01"])
        if family.startswith("Windows") or "Teams" in name:
            return r.choice(laptops)
        if family == "Firewalls":
            return r.choice(["lds-fw01", "dub-fw01"])
        return r.choice(servers)

    rows = []
    for sev, first, fixed, asset, pidx in items:
        if sev == "Critical" and pidx is None:
            pidx = r.randrange(0, 5)
        name, family, cves = PLUGINS[sev][pidx if pidx is not None else r.randrange(len(PLUGINS[sev]))]
        asset = asset or asset_for(name, family)
        plugin_id = 150000 + (abs(hash_str(name)) % 90000)
        ip = f"10.{20 if asset.startswith('uks') else 40 if asset.startswith('neu') else 60 if asset.startswith('lds') or asset.startswith('LDS') else 70}.{r.randrange(1, 30)}.{r.randrange(4, 250)}"
        cvss = round(r.uniform(*CVSS[sev]), 1)
        vpr = round(min(10.0, max(0.1, cvss + r.uniform(-1.5, 0.6))), 1)
        if fixed is None:
            last_seen = T(2026, 11, 12 if r.random() < 0.5 else 13, r.randrange(0, 5), r.randrange(60), r.randrange(60))
            state = "New" if (last_seen - first).days < 3 else "Active"
            fixed_s = ""
        else:
            last_seen = max(first, fixed - dt.timedelta(hours=r.randrange(14, 30)))
            state = "Fixed"
            fixed_s = iso_ms_z(fixed)
        port = {"General": "22", "Web Servers": "443", "Service detection": "443", "Firewalls": "443"}.get(family, "0")
        rows.append([asset, ip, OS_OF(asset), plugin_id, name, family, sev, vpr, cvss, ",".join(cves),
                     iso_ms_z(first), iso_ms_z(last_seen), fixed_s, state, port, "tcp"])
    rows.sort(key=lambda x: (x[10], x[0]))
    write("tenable-vulnerabilities.csv",
          ["Asset Name", "IPv4 Address", "Operating System", "Plugin ID", "Plugin Name", "Plugin Family", "Severity",
           "VPR Score", "CVSS v3 Base Score", "CVE", "First Seen", "Last Seen", "Last Fixed", "State", "Port",
           "Protocol"], rows)


def hash_str(s):
    """A stable string hash (Python's own hash() is randomised per process)."""
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 2147483647
    return h


# ---------------------------------------------------------------- Jira change requests

TEAMS = [("Platform - Leeds", "Leeds", 30), ("Platform - Dublin", "Dublin", 24), ("Data Engineering", "Dublin", 16),
         ("Product Engineering", "Leeds", 18), ("IT Operations - Leeds", "Leeds", 6), ("IT Operations - Dublin", "Dublin", 6)]
STANDARD_CATALOGUE = ["SC-02 Scale Databricks job cluster within approved limits", "SC-04 Rotate storage account keys",
                      "SC-07 Apply monthly OS patch baseline to non-production", "SC-09 Renew TLS certificate via Key Vault",
                      "SC-11 Add client workspace from approved template", "SC-12 Deploy approved release to staging",
                      "SC-15 Add firewall allow-list entry from approved client IP register",
                      "SC-18 Apply monthly OS patch baseline to production (ring 2)", "SC-21 Restart stuck ETL pipeline",
                      "SC-23 Update Power BI gateway to current release"]
NORMAL_WHAT = ["Upgrade Databricks runtime to 15.4 LTS on {s} workspace", "Release Insight {v} to production",
               "Migrate {s} ingest pipeline to Azure Data Factory v2 pattern", "Change NSG rules for {s} subnet",
               "Enable TDE customer-managed keys on {s} databases", "Upgrade AKS cluster for {s} to 1.31",
               "Replace SFTP gateway VM image for {s}", "Decommission legacy {s} reporting server",
               "Introduce new Entra conditional access policy for {s}", "Schema change on {s} warehouse (add cohort tables)",
               "Move {s} secrets to Key Vault premium tier", "Change backup retention for {s} from 35 to 42 days"]
SCOPES = ["NHS North", "NHS Midlands", "HSE South", "HSE Dublin North East", "Insight core", "client landing zone",
          "analytics cluster", "Power BI embedded", "ETL", "reporting"]


def cab_days_after(created):
    """Next joint CAB (Tuesday or Thursday, 14:00) after the request: both offices must be working."""
    d = created.date()
    if created.hour >= 11:
        d += ONE_DAY
    while not (d.weekday() in (1, 3) and joint_working(d)):
        d += ONE_DAY
    return d


def make_changes():
    r = rng("changes")
    changes = []   # dicts

    def team():
        total = sum(w for *_x, w in TEAMS)
        x = r.uniform(0, total)
        for name, loc, w in TEAMS:
            x -= w
            if x <= 0:
                return name, loc
        return TEAMS[-1][:2]

    approvers = ["Declan Fahy", "Siobhán Kelly"]
    version = [26, 3, 0]
    for day in days(OPERATING_SINCE, EXPORT_DAY):
        if day.weekday() >= 5:
            continue
        for _ in range(r.choice([0, 1, 1, 1, 2, 2, 2, 3])):          # standard changes
            tname, loc = team()
            if not working(day, CALENDAR_OF[loc]):
                continue
            created = at(day, r.randrange(8, 16), r.randrange(60))
            start = created + dt.timedelta(minutes=r.randrange(20, 60 * 26))
            while not working(start.date(), CALENDAR_OF[loc]) or start.hour < 8 or start.hour > 18:
                start += dt.timedelta(hours=3)
            if start > EXPORT_AT:
                continue
            end = start + dt.timedelta(minutes=r.randrange(5, 90))
            changes.append(dict(kind="Standard", summary=r.choice(STANDARD_CATALOGUE), team=tname, loc=loc,
                                created=created, planned=start, start=start, end=end, decision="Pre-approved",
                                by="", approved=None, status="Closed", resolution="Done", risk="Low",
                                resolved=end + dt.timedelta(minutes=r.randrange(5, 300))))
        for _ in range(r.choice([0, 1, 1, 1, 1, 2])):                 # normal changes
            tname, loc = team()
            created = at(day, r.randrange(8, 17), r.randrange(60))
            cab = cab_days_after(created)
            approved = at(cab, 14, r.randrange(0, 50), r.randrange(60))
            planned_day = cab + dt.timedelta(days=r.randrange(1, 10))
            while not working(planned_day, CALENDAR_OF[loc]):
                planned_day += ONE_DAY
            planned = at(planned_day, r.choice([10, 19, 20, 21]), r.choice([0, 0, 30]))
            what = r.choice(NORMAL_WHAT)
            if "{v}" in what:
                version[2] += 1
                if version[2] > 4:
                    version[1], version[2] = version[1] + 1, 0
                what = what.replace("{v}", f"{version[0]}.{version[1]}.{version[2]}")
            summary = what.replace("{s}", r.choice(SCOPES))
            c = dict(kind="Normal", summary=summary, team=tname, loc=loc, created=created, planned=planned,
                     decision="Approved", by=r.choice(approvers), approved=approved,
                     risk=r.choice(["Low", "Medium", "Medium", "High"]))
            if planned > EXPORT_AT or approved > EXPORT_AT:
                c.update(start=None, end=None, status="Scheduled" if approved <= EXPORT_AT else "Awaiting CAB",
                         resolution="", resolved=None)
                if approved > EXPORT_AT:
                    c.update(decision="", by="", approved=None)
            else:
                start = planned + dt.timedelta(minutes=r.randrange(0, 25))
                end = start + dt.timedelta(minutes=r.randrange(20, 200))
                c.update(start=start, end=end, status="Closed", resolution="Done",
                         resolved=end + dt.timedelta(hours=r.randrange(1, 40)))
            changes.append(c)
    # turn some normal changes into cancelled, declined and backed-out ones
    normals = [c for c in changes if c["kind"] == "Normal" and c["status"] == "Closed"]
    for c in r.sample(normals, 8):
        c.update(status="Cancelled", resolution="Won't Do", start=None, end=None,
                 resolved=c["approved"] + dt.timedelta(days=r.randrange(1, 6)))
    rest = [c for c in normals if c["status"] == "Closed"]
    for c in r.sample(rest, 4):
        c.update(status="Declined", resolution="Declined", decision="Declined", start=None, end=None,
                 resolved=c["approved"] + dt.timedelta(minutes=5))
    rest = [c for c in normals if c["status"] == "Closed"]
    for c in r.sample(rest, 5):
        c.update(resolution="Backed out")
    # one normal change approved in a same-day CAB call half an hour before it started
    c = [c for c in rest if c["resolution"] == "Done" and c["created"].month == 7][0]
    c.update(approved=at(D(2026, 7, 16), 10, 2, 11), planned=at(D(2026, 7, 16), 10, 30), start=at(D(2026, 7, 16), 10, 31),
             end=at(D(2026, 7, 16), 11, 12), resolved=at(D(2026, 7, 16), 15, 20), created=at(D(2026, 7, 15), 16, 48),
             summary="Release Insight hotfix 26.7.3 to production (agreed at extra CAB call)")

    # emergency changes: implemented first, approved retrospectively within two working days of the
    # implementing team's office (one, CHG for the Leeds SFTP NSG rule, approved seven working days later)
    emergencies = [
        ("Platform - Leeds", "Leeds", at(D(2026, 3, 5), 22, 10), at(D(2026, 3, 6), 9, 40), "Declan Fahy",
         "EMERGENCY: roll back Insight 26.3.1 after login loop for NHS clients"),
        ("Platform - Dublin", "Dublin", at(D(2026, 3, 13), 21, 40), at(D(2026, 3, 18), 10, 15), "Siobhán Kelly",
         "EMERGENCY: block malicious IP range at Front Door WAF (credential stuffing on HSE tenant)"),
        ("Platform - Leeds", "Leeds", at(D(2026, 4, 1), 23, 10), at(D(2026, 4, 7), 9, 30), "Declan Fahy",
         "EMERGENCY: patch OpenSSH on uks-sftp-gw-01 (critical RCE, exploit public)"),
        ("Data Engineering", "Dublin", at(D(2026, 4, 24), 17, 55), at(D(2026, 4, 27), 11, 0), "Declan Fahy",
         "EMERGENCY: disable failing HSE South extract job that was duplicating rows"),
        ("Platform - Leeds", "Leeds", at(D(2026, 5, 16), 14, 20), at(D(2026, 5, 19), 16, 45), "Siobhán Kelly",
         "EMERGENCY: scale out Insight app service plan during Azure UK South degradation"),
        ("Platform - Dublin", "Dublin", at(D(2026, 6, 11), 19, 30), at(D(2026, 6, 12), 10, 5), "Declan Fahy",
         f"EMERGENCY: revoke and reissue storage SAS tokens after {inc_key('Storage SAS')}"),
        ("Product Engineering", "Leeds", at(D(2026, 7, 2), 3, 15), at(D(2026, 7, 2), 10, 0), "Siobhán Kelly",
         "EMERGENCY: hotfix cohort builder timeout causing failed overnight refresh"),
        ("Data Engineering", "Dublin", at(D(2026, 7, 31), 18, 30), at(D(2026, 8, 5), 11, 0), "Declan Fahy",
         f"EMERGENCY: remove cross-tenant share on Power BI workspace ({inc_key('Patient-level')})"),
        ("Platform - Leeds", "Leeds", at(D(2026, 8, 28), 20, 5), at(D(2026, 9, 2), 9, 15), "Siobhán Kelly",
         "EMERGENCY: renew expired intermediate certificate on Leeds SFTP endpoint"),
        ("Platform - Leeds", "Leeds", at(D(2026, 9, 22), 19, 5), at(D(2026, 10, 1), 14, 30), "Siobhán Kelly",
         "EMERGENCY: open NSG rule for SFTP ingest from Leeds Teaching Hospitals after their IP change"),
        ("Platform - Dublin", "Dublin", at(D(2026, 10, 9), 22, 45), at(D(2026, 10, 12), 9, 5), "Declan Fahy",
         "EMERGENCY: restart and pin version of Databricks cluster policy after failed upgrade"),
        ("Data Engineering", "Dublin", at(D(2026, 10, 23), 16, 20), at(D(2026, 10, 27), 10, 30), "Siobhán Kelly",
         "EMERGENCY: fix HSE Dublin North East feed mapping before month-end reporting"),
        ("Platform - Leeds", "Leeds", at(D(2026, 11, 4), 21, 0), at(D(2026, 11, 5), 9, 50), "Declan Fahy",
         "EMERGENCY: disable TLS 1.0 fallback re-enabled by gateway update"),
        ("Platform - Dublin", "Dublin", at(D(2026, 11, 12), 23, 30), None, "",
         "EMERGENCY: failover NEU SQL to secondary after storage latency alert"),
    ]
    for tname, loc, start, approved, by, summary in emergencies:
        end = start + dt.timedelta(minutes=r.randrange(15, 70))
        created = start + dt.timedelta(minutes=r.randrange(8, 40))
        c = dict(kind="Emergency", summary=summary, team=tname, loc=loc, created=created, planned=start, start=start,
                 end=end, decision="Approved (retrospective)" if approved else "", by=by, approved=approved,
                 risk="High", status="Closed" if approved else "Awaiting retrospective approval",
                 resolution="Done" if approved else "",
                 resolved=approved + dt.timedelta(minutes=r.randrange(3, 90)) if approved else None)
        changes.append(c)

    changes.sort(key=lambda c: c["created"])
    key, issue_id = 1180, 48210
    rows = []
    for c in changes:
        key += r.choice([1, 1, 1, 2, 3])
        issue_id += r.randrange(7, 60)
        updated = c["resolved"] or c["approved"] or c["created"]
        updated = min(updated + dt.timedelta(minutes=r.randrange(0, 600)), EXPORT_AT) if c["resolved"] else updated
        prio = {"High": "High", "Medium": "Medium", "Low": "Low"}[c["risk"]] if c["kind"] != "Emergency" else "Highest"
        assignee = {"Platform - Leeds": "Matthew Oakes", "Platform - Dublin": "Siobhán Kelly",
                    "Data Engineering": "Declan Fahy", "Product Engineering": "Ewan Fairley",
                    "IT Operations - Leeds": "Kieran Walsh", "IT Operations - Dublin": "Kieran Walsh"}[c["team"]]
        labels = "emergency" if c["kind"] == "Emergency" else ("release" if "Release" in c["summary"] else "")
        rows.append([c["summary"], f"CHG-{key}", issue_id, "Change", c["status"], c["resolution"], prio, assignee,
                     assignee, jira(c["created"]), jira(updated), jira(c["resolved"]) if c["resolved"] else "",
                     c["kind"], c["risk"], c["team"], c["loc"], jira(c["planned"]) if c["planned"] else "",
                     jira(c["start"]) if c["start"] else "", jira(c["end"]) if c["end"] else "", c["decision"], c["by"],
                     jira(c["approved"]) if c["approved"] else "", labels])
    rows.reverse()                                      # Jira lists newest first
    write("jira-change-requests.csv",
          ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Resolution", "Priority", "Assignee", "Reporter",
           "Created", "Updated", "Resolved", "Custom field (Change type)", "Custom field (Change risk)",
           "Custom field (Implementing team)", "Custom field (Team location)", "Custom field (Planned start)",
           "Custom field (Actual start)", "Custom field (Actual end)", "Custom field (CAB decision)",
           "Custom field (CAB decision by)", "Custom field (CAB decision date)", "Labels"], rows)


# ---------------------------------------------------------------- KnowBe4 training enrolments

MODULES = [("2026 Annual Security Awareness", "Security Awareness Essentials 2026"),
           ("2026 Data Protection and Patient Confidentiality", "Handling Health Data: GDPR, UK GDPR and Confidentiality")]
ANNUAL_LAUNCH = at(D(2026, 3, 9), 9, 0)                 # local (GMT): 09:00Z
ANNUAL_DUE_UTC = T(2026, 4, 30, 22, 59, 59)             # 23:59:59 local (summer time) on 30 April
RECENT_STATUS = {  # start date, order among that day's joiners -> (awareness status, data protection status)
    (D(2026, 10, 19), 0): ("Passed", "In Progress"), (D(2026, 10, 19), 1): ("Passed", "Not Started"),
    (D(2026, 10, 27), 0): ("In Progress", "Not Started"), (D(2026, 11, 2), 0): ("Passed", "Not Started"),
    (D(2026, 11, 2), 1): ("Not Started", "Not Started"), (D(2026, 11, 9), 0): ("Not Started", "Not Started"),
}


def make_training():
    r = rng("training")
    rows = []
    enrol_id = 7730100
    seen_day = {}
    managers = {"Engineering": "Ewan Fairley", "Platform": "Declan Fahy", "Data Science": "Rebecca Asante",
                "Clinical Analytics": "Conor Daly", "Customer Operations": "Sanjay Mistry", "Sales": "Conor Daly",
                "Product": "Rebecca Asante", "Finance": "Conor Daly", "IT": "Fergal Nolan", "People": "Helen Marchbank",
                "Operations": "Conor Daly", "Legal and Compliance": "Helen Marchbank", "Security": "Fergal Nolan",
                "Executive": "Helen Marchbank"}
    for p in sorted(CURRENT, key=lambda x: (x.last, x.first)):
        if p.hire <= ANNUAL_LAUNCH.date():
            enrol_utc, due_utc, status_pair = to_utc(ANNUAL_LAUNCH), ANNUAL_DUE_UTC, ("Passed", "Passed")
            window_start, window_days = ANNUAL_LAUNCH.date(), 50
        else:
            start_local = at(p.hire, 9, 0)
            enrol_utc = to_utc(start_local)
            due_local = at(p.hire + dt.timedelta(days=30), 23, 59, 59)
            due_utc = to_utc(due_local)
            order = seen_day.get(p.hire, 0)
            seen_day[p.hire] = order + 1
            status_pair = RECENT_STATUS.get((p.hire, order), ("Passed", "Passed"))
            window_start, window_days = p.hire, 26
        mgr = managers[p.dept] if p.name != managers[p.dept] else "Helen Marchbank"
        for (campaign, module), status in zip(MODULES, status_pair):
            enrol_id += r.randrange(1, 40)
            start_s = comp_s = ""
            spent = ""
            if status in ("Passed", "In Progress"):
                sday = window_start + dt.timedelta(days=r.randrange(0, 5))
                st = at(sday, r.randrange(8, 18), r.randrange(60), r.randrange(60))
                start_s = iso_offset(st)
                if status == "Passed":
                    limit_day = min(window_start + dt.timedelta(days=window_days), EXPORT_DAY - ONE_DAY)
                    cday = sday + dt.timedelta(days=r.randrange(0, max(1, (limit_day - sday).days)))
                    comp = at(cday, r.randrange(8, 21), r.randrange(60), r.randrange(60))
                    if comp < st:
                        comp = st + dt.timedelta(minutes=r.randrange(20, 50))
                    comp_s = iso_offset(comp)
                    spent = r.randrange(900, 2700)
                else:
                    spent = r.randrange(120, 700)
            rows.append([enrol_id, f"u{hash_str(p.email) % 9000000 + 1000000}", p.first, p.last, p.email, p.location,
                         p.dept, mgr, campaign, module, iso_z(enrol_utc), iso_z(due_utc), start_s, comp_s, status,
                         spent, ""])
    # two people finished on the last evening of the window (local time after 22:00, still inside it)
    late_evening = [x for x in rows if x[8] == MODULES[0][0] and x[10] == iso_z(to_utc(ANNUAL_LAUNCH))][7:9]
    late_evening[0][13] = "2026-04-30T23:41:12+01:00"
    late_evening[1][13] = "2026-04-30T22:58:03+01:00"
    write("knowbe4-training-enrollments.csv",
          ["Enrollment ID", "User ID", "First Name", "Last Name", "Email", "Location", "Group", "Manager",
           "Campaign", "Module", "Enrollment Date", "Due Date", "Start Date", "Completion Date", "Status",
           "Time Spent (seconds)", "Policy Acknowledged"], rows)


# ---------------------------------------------------------------- DR test log (Confluence table)

DR_SERVICES = [  # service, tier, RTO hours, RPO minutes, in 2025 test
    ("Insight web application (UK)", 1, 4, 60, True), ("Insight API (UK)", 1, 4, 60, True),
    ("Insight web application (IE)", 1, 4, 60, True), ("Insight API (IE)", 1, 4, 60, True),
    ("Insight SQL - UK tenants", 1, 4, 60, True), ("Insight SQL - IE tenants", 1, 4, 60, True),
    ("Identity (Okta integration, Entra app registrations)", 1, 2, 0, True), ("Azure Front Door and WAF", 1, 2, 0, True),
    ("SFTP ingest gateway (UK)", 1, 8, 240, True), ("SFTP ingest gateway (IE)", 1, 8, 240, True),
    ("Databricks analytics workspace (UK)", 2, 24, 1440, True), ("Databricks analytics workspace (IE)", 2, 24, 1440, True),
    ("ETL orchestration (Data Factory)", 2, 24, 1440, True), ("Power BI embedded reports", 2, 24, 1440, True),
    ("Blob landing zone (UK)", 2, 24, 1440, True), ("Blob landing zone (IE)", 2, 24, 1440, True),
    ("Key Vault (UK and IE)", 1, 2, 0, True), ("Elastic SIEM forwarding", 3, 48, 1440, True),
    ("Azure DevOps pipelines", 3, 48, 1440, True), ("Build agents", 3, 48, 1440, True),
    ("Freshdesk integration", 3, 72, 1440, True), ("Status page", 2, 4, 0, True),
    ("Veeam backup console", 2, 24, 1440, True), ("Jump hosts (UK and IE)", 3, 48, 1440, True),
    ("Cohort builder service", 2, 24, 1440, False), ("Client notification service", 3, 48, 1440, False),
]


def make_dr_log():
    r = rng("dr")
    rows = []
    exercises = [("DRX-2025-01", [D(2025, 1, 21)], "Failover of UK South to North Europe (full platform)", "Matthew Oakes"),
                 ("DRX-2026-01", [D(2026, 1, 20), D(2026, 1, 21)], "Loss of Azure UK South: failover of Insight and data platform to North Europe", "Matthew Oakes"),
                 ("DRX-2027-01", [D(2027, 1, 19), D(2027, 1, 20)], "Ransomware on analytics estate: restore from immutable backups", "Matthew Oakes")]
    for ex, ex_days, scenario, lead in exercises:
        for i, (svc, tier, rto, rpo, in2025) in enumerate(DR_SERVICES):
            if ex == "DRX-2025-01" and not in2025:
                continue
            day = ex_days[0] if len(ex_days) == 1 or i < 14 else ex_days[1]
            if ex == "DRX-2027-01":
                rows.append([ex, day.isoformat(), scenario, svc, tier, "North Europe" if "(UK)" in svc or "UK" in svc else "UK South",
                             rto, "", rpo, "", "Scheduled", "", lead])
                continue
            took = dt.timedelta(minutes=r.randrange(15, int(rto * 60 * 0.85) + 16))
            loss = 0 if rpo == 0 else r.randrange(0, max(1, int(rpo * 0.6)))
            result, issue = "Pass", ""
            if ex == "DRX-2026-01" and svc == "SFTP ingest gateway (IE)":
                took, result, issue = dt.timedelta(hours=9, minutes=20), "Pass with actions", "DR-ACT-0117 DNS TTL on sftp.ie too long (24h); reduced to 5 min"
            if ex == "DRX-2025-01" and svc == "Power BI embedded reports":
                result, issue = "Pass with actions", "DR-ACT-0082 gateway not in runbook; runbook updated"
            recovered = f"{int(took.total_seconds() // 3600)}:{int(took.total_seconds() % 3600 // 60):02d}"
            rows.append([ex, day.isoformat(), scenario, svc, tier, "North Europe" if "UK" in svc else "UK South", rto,
                         recovered, rpo, loss, result, issue, lead])
    write("confluence-dr-test-log.csv",
          ["Exercise", "Exercise date", "Scenario", "Service", "Tier", "Recovery region", "RTO target (hrs)",
           "Recovered in (h:mm)", "RPO target (mins)", "Data loss (mins)", "Result", "Issue raised", "Test lead"], rows)


# ---------------------------------------------------------------- supplier review register (SharePoint)

def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return D(y, m, day)


SUPPLIERS = [  # name, tier, services, personal data, [(type, date, reviewer, outcome, notes)], relationship status
    ("Microsoft", "Critical", "Azure hosting (UK South, North Europe), Microsoft 365, Entra ID", "Pseudonymised patient-level data; staff data",
     [("Initial assessment", D(2022, 3, 14)), ("Annual review", D(2023, 3, 20)), ("Annual review", D(2024, 3, 18)),
      ("Annual review", D(2025, 3, 20)), ("Annual review", D(2026, 3, 12))], "Active"),
    ("Databricks", "Critical", "Analytics platform (UK and IE workspaces)", "Pseudonymised patient-level data",
     [("Initial assessment", D(2023, 4, 3)), ("Annual review", D(2024, 4, 11)), ("Annual review", D(2025, 4, 15)),
      ("Annual review", D(2026, 4, 10)), ("Ad hoc review", D(2026, 7, 22))], "Active"),
    ("Okta", "Critical", "Identity provider, SSO, lifecycle and access certification", "Staff identity data",
     [("Initial assessment", D(2022, 11, 28)), ("Annual review", D(2023, 11, 30)), ("Annual review", D(2024, 12, 2)),
      ("Annual review", D(2025, 12, 1))], "Active"),
    ("Atlassian", "Critical", "Jira, Jira Service Management, Confluence", "Staff data; incident records may hold patient identifiers",
     [("Initial assessment", D(2022, 6, 20)), ("Annual review", D(2023, 6, 26)), ("Annual review", D(2024, 6, 27)),
      ("Annual review", D(2025, 6, 30)), ("Annual review", D(2026, 6, 24))], "Active"),
    ("GitHub", "Critical", "Source code hosting, Advanced Security", "None (code and synthetic test data only)",
     [("Initial assessment", D(2024, 1, 15)), ("Annual review", D(2025, 1, 13)), ("Annual review", D(2026, 1, 14))], "Active"),
    ("Freshworks", "Critical", "Freshdesk customer support", "Client staff contact data; tickets may hold patient identifiers",
     [("Initial assessment", D(2023, 9, 11)), ("Annual review", D(2024, 9, 16)), ("Annual review", D(2025, 9, 18)),
      ("Annual review", D(2026, 9, 3))], "Active"),
    ("Elastic", "Critical", "Elastic Cloud SIEM and log retention", "Log data incl. IP addresses and user IDs",
     [("Initial assessment", D(2024, 11, 4)), ("Annual review", D(2025, 11, 5)), ("Annual review", D(2026, 10, 28))], "Active"),
    ("Workday", "Standard", "HR system", "Staff data", [("Initial assessment", D(2022, 5, 9)), ("Biennial review", D(2024, 5, 11)),
                                                        ("Biennial review", D(2026, 5, 6))], "Active"),
    ("KnowBe4", "Standard", "Security awareness training and phishing simulation", "Staff names and emails",
     [("Initial assessment", D(2022, 7, 4)), ("Biennial review", D(2024, 7, 2)), ("Biennial review", D(2026, 6, 25))], "Active"),
    ("Tenable", "Standard", "Vulnerability scanning (Tenable Vulnerability Management)", "Asset data",
     [("Initial assessment", D(2022, 9, 19)), ("Biennial review", D(2024, 9, 16)), ("Biennial review", D(2026, 9, 8))], "Active"),
    ("Slack", "Standard", "Internal messaging", "Staff data", [("Initial assessment", D(2023, 5, 15)), ("Biennial review", D(2025, 5, 14))], "Active"),
    ("Zoom", "Standard", "Video conferencing", "Staff data", [("Initial assessment", D(2022, 7, 25)), ("Biennial review", D(2024, 7, 30)),
                                                              ("Exit review", D(2026, 6, 30))], "Exited"),
    ("HubSpot", "Standard", "Marketing CRM", "Client staff contact data", [("Initial assessment", D(2022, 10, 17)), ("Biennial review", D(2024, 10, 21)),
                                                                           ("Biennial review", D(2026, 10, 14))], "Active"),
    ("DocuSign", "Standard", "E-signature", "Client and staff names", [("Initial assessment", D(2023, 2, 6)), ("Biennial review", D(2025, 2, 10))], "Active"),
    ("1Password", "Standard", "Password manager (engineering and IT)", "None", [("Initial assessment", D(2023, 8, 14)), ("Biennial review", D(2025, 8, 19))], "Active"),
    ("Miro", "Standard", "Whiteboarding", "None", [("Initial assessment", D(2023, 3, 13)), ("Biennial review", D(2025, 3, 17))], "Active"),
    ("Veeam Software", "Standard", "Backup software and support", "None (support sessions only)",
     [("Initial assessment", D(2022, 11, 30)), ("Biennial review", D(2024, 12, 2))], "Active"),
    ("Sage", "Standard", "Finance system", "Staff and supplier bank details", [("Initial assessment", D(2022, 2, 28)), ("Biennial review", D(2024, 3, 4)),
                                                                             ("Biennial review", D(2026, 2, 23))], "Active"),
    ("Computacenter", "Standard", "Laptop supply, imaging and secure disposal", "None (devices wiped before collection)",
     [("Initial assessment", D(2023, 6, 5)), ("Biennial review", D(2025, 6, 9))], "Active"),
    ("Shred-it", "Standard", "Confidential waste (both offices)", "Paper records", [("Initial assessment", D(2022, 4, 11)), ("Biennial review", D(2024, 4, 18)),
                                                                                   ("Biennial review", D(2026, 4, 9))], "Active"),
    ("BT Business", "Standard", "Leeds office internet and phone lines", "None", [("Initial assessment", D(2023, 1, 16)), ("Biennial review", D(2025, 1, 20))], "Active"),
    ("Vodafone Ireland", "Standard", "Dublin office connectivity and mobiles", "None", [("Initial assessment", D(2022, 11, 21)), ("Biennial review", D(2024, 11, 25))], "Active"),
    ("IWG (Spaces Hanover Quay)", "Standard", "Dublin serviced office, reception and building access", "Staff names on access system",
     [("Initial assessment", D(2022, 5, 16)), ("Biennial review", D(2024, 5, 20)), ("Biennial review", D(2026, 5, 12))], "Active"),
    ("Bruntwood", "Standard", "Leeds office landlord, building access and CCTV", "CCTV images",
     [("Initial assessment", D(2022, 8, 1)), ("Biennial review", D(2024, 8, 5)), ("Biennial review", D(2026, 8, 4))], "Active"),
    ("Calder Security Systems", "Standard", "Intruder alarm and access-control maintenance (both offices)", "Staff names on fob system",
     [("Initial assessment", D(2022, 5, 30)), ("Biennial review", D(2024, 6, 3)), ("Biennial review", D(2026, 5, 28))], "Active"),
    ("Figma", "Standard", "Product design", "None", [("Initial assessment", D(2023, 9, 25)), ("Biennial review", D(2025, 10, 1))], "Active"),
]
NOTES = {("Databricks", D(2026, 7, 22)): "Triggered by vendor security advisory DBX-2026-07, no impact on our workspaces, confirmed by TAM",
         ("Zoom", D(2026, 6, 30)): "Replaced by Microsoft Teams; data deletion certificate received 30/06/2026",
         ("Microsoft", D(2026, 3, 12)): "SOC 2 Type II and ISO 27001 certificates checked; DPA addendum for IE data, signed",
         ("Freshworks", D(2026, 9, 3)): "Retention of tickets, 7 years, too long; action CAPA-2026-05 to set 2 years",
         ("Atlassian", D(2024, 6, 27)): "SOC 2 report reviewed, no exceptions",
         ("Elastic", D(2026, 10, 28)): "Review done early, before contract renewal; approved"}


def make_suppliers():
    r = rng("suppliers")
    rows = []
    reviewers = {"Critical": ["Tomasz Nowak", "Amira Hussain"], "Standard": ["Tomasz Nowak"]}
    for name, tier, services, pdata, reviews, status in SUPPLIERS:
        for i, (rtype, day) in enumerate(reviews):
            months = 12 if tier == "Critical" else 24
            nxt = "" if rtype == "Exit review" else dmy(add_months(day, months))
            outcome = "Approved" if rtype != "Exit review" else "Exit complete"
            if (name, day) in [("Databricks", D(2026, 4, 10)), ("Freshworks", D(2026, 9, 3)), ("Sage", D(2024, 3, 4))]:
                outcome = "Approved with actions"
            if rtype == "Ad hoc review":
                nxt = dmy(add_months(reviews[i - 1][1], 12))
            if day < D(2024, 2, 5):          # before the Vendor Manager joined
                by = "Fergal Nolan"
            else:
                by = "; ".join(reviewers[tier])
            modified = at(day + dt.timedelta(days=r.choice([0, 0, 1, 3])), r.randrange(9, 18), r.randrange(60))
            rel = status if i == len(reviews) - 1 else "Active"
            shown = name + " " if (name, day) == ("Atlassian", D(2024, 6, 27)) else name
            rows.append([shown, tier, services, pdata, rtype, dmy(day), by, outcome, nxt, rel,
                         NOTES.get((name, day), ""), dmy_hm(modified), by.split(";")[0], "Item",
                         "sites/ISMS/Lists/Supplier Reviews"])
    rows.sort(key=lambda x: T.strptime(x[11], "%d/%m/%Y %H:%M"))
    write("sharepoint-supplier-reviews.csv",
          ["Supplier", "Tier", "Services", "Personal data processed", "Review type", "Review date", "Reviewed by",
           "Outcome", "Next review due", "Relationship status", "Notes", "Modified", "Modified By", "Item Type", "Path"],
          rows, bom=True, crlf=True)


# ---------------------------------------------------------------- Jira security incidents

def incident_records():
    """All SEC tickets from 1 January 2026 in creation order, with their Jira keys (the project numbers
    tickets of every type, so keys have gaps)."""
    r = rng("incident-records")
    L = lambda y, m, d, hh, mm: T(y, m, d, hh, mm)
    # summary, priority, category, office, created, resolved, pdb, notifiable, regulator, aware, notified, pir, assignee, reporter
    main = [
        ("Phishing email reported: fake NHS Mail password expiry", "P4", "Phishing (reported, no compromise)", "Leeds",
         L(2026, 1, 13, 9, 41), L(2026, 1, 13, 11, 2), "No", "", "", None, None, None, "Amira Hussain", "PhishER"),
        ("Lost security fob, Leeds office", "P4", "Physical security", "Leeds",
         L(2026, 1, 29, 8, 55), L(2026, 1, 29, 9, 30), "No", "", "", None, None, None, "Gary Sutcliffe", None),
        ("Phishing email reported: DocuSign lure", "P4", "Phishing (reported, no compromise)", "Dublin",
         L(2026, 2, 10, 14, 12), L(2026, 2, 10, 16, 40), "No", "", "", None, None, None, "Amira Hussain", "PhishER"),
        ("Alarm panel fault Dublin office (zone 3)", "P4", "Physical security", "Dublin",
         L(2026, 2, 11, 8, 20), L(2026, 2, 12, 15, 30), "No", "", "", None, None, None, "Niamh Brennan", None),
        ("Malware quarantined by Defender on finance laptop", "P3", "Malware", "Leeds",
         L(2026, 3, 3, 10, 12), L(2026, 3, 3, 15, 40), "No", "", "", None, None, None, "Amira Hussain", "Microsoft Defender"),
        ("Staff credentials phished; suspicious inbox forwarding rule created", "P2", "Account compromise", "Leeds",
         L(2026, 3, 24, 9, 5), L(2026, 3, 25, 17, 20), "No", "", "", None, None, L(2026, 3, 31, 11, 0), "Amira Hussain", "Okta ThreatInsight"),
        ("Impossible-travel sign-in blocked for Dublin user", "P3", "Unauthorised access attempt", "Dublin",
         L(2026, 4, 21, 7, 58), L(2026, 4, 22, 12, 10), "No", "", "", None, None, None, "Kieran Walsh", "Okta ThreatInsight"),
        ("Insight unavailable for UK clients - Azure UK South networking incident", "P1", "Availability", "Leeds",
         L(2026, 5, 19, 7, 42), L(2026, 5, 19, 13, 55), "No", "", "", None, None, L(2026, 5, 26, 14, 0), "Matthew Oakes", "Azure Monitor"),
        ("Storage SAS token committed to public GitHub repository (revoked)", "P2", "Credential exposure", "Dublin",
         L(2026, 6, 10, 14, 30), L(2026, 6, 10, 18, 10), "No", "", "", None, None, L(2026, 6, 17, 10, 30), "Amira Hussain", "GitHub secret scanning"),
        ("Laptop left in taxi (BitLocker encrypted) - remote wipe confirmed", "P3", "Lost or stolen device", "Dublin",
         L(2026, 7, 14, 8, 50), L(2026, 7, 15, 12, 0), "Yes", "No - encrypted device, wipe confirmed, no risk to individuals",
         "", None, None, None, "Kieran Walsh", None),
        ("Patient-level extract shared to wrong client workspace (Power BI)", "P2", "Personal data breach", "Dublin",
         L(2026, 7, 31, 15, 25), L(2026, 8, 4, 17, 30), "Yes", "Yes", "Data Protection Commission (IE)", L(2026, 7, 31, 15, 10),
         L(2026, 8, 3, 11, 30), L(2026, 8, 11, 10, 0), "Orla Gallagher", "Siobhán Kelly"),
        ("Misdirected email to wrong NHS trust contact (no personal data)", "P3", "Misdirected information", "Leeds",
         L(2026, 8, 18, 11, 20), L(2026, 8, 18, 16, 45), "No", "", "", None, None, None, "Sanjay Mistry", None),
        ("Ransomware payload blocked on Dublin laptop; device isolated and reimaged", "P2", "Malware", "Dublin",
         L(2026, 9, 9, 10, 35), L(2026, 9, 10, 16, 20), "No", "", "", None, None, L(2026, 9, 16, 11, 30), "Amira Hussain", "Microsoft Defender"),
        ("Tailgater followed staff into Dublin office; escorted out", "P3", "Physical security", "Dublin",
         L(2026, 9, 22, 12, 40), L(2026, 9, 24, 16, 10), "No", "", "", None, None, None, "Niamh Brennan", None),
        ("Suspicious OAuth app consent by user (consent revoked)", "P3", "Unauthorised access attempt", "Leeds",
         L(2026, 10, 20, 13, 5), L(2026, 10, 21, 10, 25), "No", "", "", None, None, None, "Amira Hussain", "Elastic SIEM"),
    ]
    lures = ["fake NHS Mail password expiry", "DocuSign lure", "Microsoft 365 voicemail", "invoice from unknown supplier",
             "HSE payroll update", "parcel delivery (An Post)", "parcel delivery (Royal Mail)", "Teams chat invite from external",
             "Okta MFA reset request", "CEO gift-card request", "shared OneDrive file from a trust", "QR code benefits survey"]
    # 47 P4 phishing reports in the period; the two newest are still open at the export
    pool = [d for d in days(D(2026, 3, 4), D(2026, 11, 6)) if d.weekday() < 5]
    p4_days = sorted(r.sample(pool, 45))
    p4 = [at(d, r.randrange(8, 18), r.randrange(60)) for d in p4_days] + [at(D(2026, 11, 11), 10, 22), at(D(2026, 11, 12), 15, 47)]
    for created in p4:
        open_ = created >= at(D(2026, 11, 11), 0, 0)
        resolved = None if open_ else created + dt.timedelta(minutes=r.randrange(20, 60 * 30))
        main.append(("Phishing email reported: " + r.choice(lures), "P4", "Phishing (reported, no compromise)",
                     r.choice(["Leeds", "Leeds", "Dublin", "Dublin", "Remote - UK", "Remote - IE"]), created, resolved,
                     "No", "", "", None, None, None, "Amira Hussain", "PhishER"))
    main.sort(key=lambda m: m[4])
    key = 196
    out = []
    for m in main:
        key += r.choice([1, 1, 1, 2, 2, 3])
        out.append((key,) + m)
    return out


INCIDENTS = incident_records()


def inc_key(prefix):
    return [f"SEC-{m[0]}" for m in INCIDENTS if m[1].startswith(prefix)][0]


TAILGATE_KEY = inc_key("Tailgater")


def make_incidents():
    r = rng("incidents")
    reporters = [p.name for p in CURRENT]
    rows = []
    issue_id = 61020
    for (k, summary, prio, cat, office, created, resolved, pdb, notifiable, regulator, aware, notified, pir,
         assignee, reporter) in INCIDENTS:
        issue_id += r.randrange(11, 80)
        status = "Closed" if resolved else "In Progress"
        rep = reporter or r.choice(reporters)
        updated = (resolved + dt.timedelta(hours=r.randrange(0, 48))) if resolved else created + dt.timedelta(hours=2)
        updated = min(updated, EXPORT_AT)
        rows.append([summary, f"SEC-{k}", issue_id, "Security Incident", status, "Done" if resolved else "", prio,
                     assignee, rep, jira(created), jira(updated), jira(resolved) if resolved else "", cat, office, pdb,
                     notifiable, regulator, jira(aware) if aware else "", jira(notified) if notified else "",
                     jira(pir) if pir else "", "phishing" if "Phishing" in cat else ""])
    rows.reverse()                                      # Jira lists newest first
    write("jira-security-incidents.csv",
          ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Resolution", "Priority", "Assignee", "Reporter",
           "Created", "Updated", "Resolved", "Custom field (Incident category)", "Custom field (Office)",
           "Custom field (Personal data breach)", "Custom field (Breach notifiable)", "Custom field (Regulator)",
           "Custom field (Aware at)", "Custom field (Regulator notified at)", "Custom field (PIR completed)", "Labels"],
          rows)


# ---------------------------------------------------------------- Workday leavers joined with Okta

REASONS = ["Resignation > Career progression", "Resignation > Relocation", "Resignation > Personal reasons",
           "End of fixed-term contract", "Resignation > Further education", "Redundancy", "Retirement"]


def make_leavers():
    r = rng("leavers")
    rows = []
    it_team = [p.name for p in OTHERS if p.dept == "IT"]
    assert len(it_team) >= 2, it_team
    sup_org = {"Engineering": "Engineering (Ewan Fairley)", "Platform": "Platform Engineering (Declan Fahy)",
               "Data Science": "Data Science (Rebecca Asante)", "Clinical Analytics": "Clinical Analytics (Conor Daly)",
               "Customer Operations": "Customer Operations (Sanjay Mistry)", "Sales": "Sales (Conor Daly)",
               "Product": "Product (Rebecca Asante)", "Finance": "Finance (Conor Daly)", "IT": "IT (Fergal Nolan)",
               "People": "People (Helen Marchbank)", "Operations": "Operations (Conor Daly)",
               "Legal and Compliance": "Legal and Compliance (Helen Marchbank)"}

    def ticket(day):                      # IT Jira tickets are numbered in time order
        return f"IT-{3200 + (day - D(2025, 1, 1)).days * 9 + r.randrange(0, 8)}"

    for p in PRE_LEAVER_PEOPLE:
        cal = CALENDAR_OF[p.location]
        if p.last_day == LATE_PRE_LEAVER[0]:
            off, who, note = LATE_PRE_LEAVER[2], "Kieran Walsh", LATE_PRE_LEAVER[3]
        else:
            off = at(p.last_day, r.randrange(16, 19), r.randrange(60))
            who, note = r.choice(["Kieran Walsh"] + it_team), ""
        returned = "" if r.random() < 0.25 else dmy(add_workdays(p.last_day, r.randrange(0, 8), cal))
        rows.append([p.emp_id, p.name, p.title, p.location, sup_org[p.dept], dmy(p.hire), dmy(p.term), dmy(p.last_day),
                     r.choice(REASONS), dmy_hm(off), who, returned, ticket(p.last_day), note])
    for p, (last, loc, off, note, _term) in zip(PERIOD_LEAVER_PEOPLE, PERIOD_LEAVERS):
        cal = CALENDAR_OF[loc]
        who = "Kieran Walsh" if loc in ("Dublin", "Remote - IE") and r.random() < 0.6 else r.choice(it_team + ["Kieran Walsh"])
        reason = "Dismissal" if "Dismissal" in note else r.choice(REASONS)
        returned = dmy(add_workdays(last, r.randrange(0, 6), cal))
        shown_loc = "Dublin " if (last == D(2026, 4, 30)) else loc
        rows.append([p.emp_id, p.name, p.title, shown_loc, sup_org[p.dept], dmy(p.hire), dmy(p.term), dmy(last), reason,
                     dmy_hm(off), who, returned, ticket(last), note])
    for day, loc in FUTURE_LEAVERS:
        p = [x for x in OTHERS if x.last_day == day][0]
        rows.append([p.emp_id, p.name, p.title, p.location, sup_org[p.dept], dmy(p.hire), dmy(day), dmy(day),
                     "Resignation > Career progression", "", "", "", ticket(D(2026, 11, 2)), "Notice given; offboarding scheduled"])
    write("workday-leavers-offboarding.csv",
          ["Employee ID", "Worker", "Business Title", "Location", "Supervisory Organization", "Hire Date",
           "Termination Date", "Last Day of Work", "Primary Termination Reason", "Okta Deactivated", "Deactivated By",
           "Equipment Returned", "IT Ticket", "Comments"], rows)


def main():
    make_okta()
    make_site_checks()
    make_veeam()
    make_tenable()
    make_changes()
    make_training()
    make_dr_log()
    make_suppliers()
    make_incidents()
    make_leavers()
    print("wrote", ", ".join(sorted(p.name for p in OUT.glob("*.csv"))))


if __name__ == "__main__":
    main()
