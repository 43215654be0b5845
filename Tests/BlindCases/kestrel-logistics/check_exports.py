#!/usr/bin/env python3
"""Recount the Kestrel exports against the story in README.md (stdlib only).

    python3 check_exports.py        # prints the counts; exits 1 if the story and the files disagree

This is the auditor's own working, kept so anyone can see where each number in
auditor-findings.yaml comes from. It is specific to this case. It reads the files
as they are, with the formats the README declares per column.
"""
import csv
import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path
from zoneinfo import ZoneInfo

EX = Path(__file__).resolve().parent / "exports"
UTC = dt.timezone.utc
SINCE = dt.date(2026, 4, 13)
EXPORT = dt.datetime(2026, 11, 19, 9, 0, tzinfo=UTC)
AUDIT = dt.date(2026, 11, 23)
AUDIT_END = dt.datetime(2026, 11, 23, 23, 59, 59, tzinfo=ZoneInfo("Europe/Dublin"))
TZ = {"Dublin": ZoneInfo("Europe/Dublin"), "Belfast": ZoneInfo("Europe/London"),
      "Charlotte": ZoneInfo("America/New_York")}
D = dt.date
HOLIDAYS = {
    "Dublin": {D(2026, 4, 6), D(2026, 5, 4), D(2026, 6, 1), D(2026, 8, 3), D(2026, 10, 26), D(2026, 12, 25)},
    "Belfast": {D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25), D(2026, 7, 13), D(2026, 8, 31), D(2026, 12, 25)},
    "Charlotte": {D(2026, 5, 25), D(2026, 6, 19), D(2026, 7, 3), D(2026, 9, 7), D(2026, 11, 26), D(2026, 11, 27)},
}
problems = []


def rows(name):
    with open(EX / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def check(label, got, want):
    ok = got == want
    print(f"  {'ok ' if ok else 'BAD'} {label}: {got}" + ("" if ok else f"   (story says {want})"))
    if not ok:
        problems.append(label)


def note(text):
    print(f"      {text}")


def workday(site, d):
    return d.weekday() < 5 and d not in HOLIDAYS[site]


def next_workday(site, d, n=1):
    while n:
        d += dt.timedelta(days=1)
        if workday(site, d):
            n -= 1
    return d


def z(s):                                   # 2026-06-03T11:22:10Z
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def dmy(s):                                 # 14/04/2026
    return dt.datetime.strptime(s, "%d/%m/%Y").date()


def jira(s):                                # 14/Jul/26 9:52 AM, Europe/Dublin
    return dt.datetime.strptime(s, "%d/%b/%y %I:%M %p").replace(tzinfo=TZ["Dublin"])


def talent(s):                              # 06/01/2026 09:00 AM, US Eastern
    return dt.datetime.strptime(s, "%m/%d/%Y %I:%M %p").replace(tzinfo=TZ["Charlotte"])


def mdy(s):                                 # 07/31/2026
    return dt.datetime.strptime(s, "%m/%d/%Y").date()


def dmonY(s):                               # 8 May 2026
    return dt.datetime.strptime(s, "%d %b %Y").date()


def hours(td):
    return td.total_seconds() / 3600


# ------------------------------------------------------------------ JML tracker
print("JML tracker: leavers' access removal (A.5.18, A.6.5, A.5.16)")
jml = rows("jml-tracker.csv")
joiners = [r for r in jml if r["Event"] == "Joiner"]
leavers = [r for r in jml if r["Event"] == "Leaver"]
check("joiners with a start date in the period", len(joiners), 52)
check("joiner rows with blank removal columns (not applicable)",
      all(not r["Google account suspended (UTC)"] and not r["WMS user disabled (UTC)"] for r in joiners), True)
past = [r for r in leavers if dmy(r["Effective date"]) <= EXPORT.date()]
future = [r for r in leavers if dmy(r["Effective date"]) > EXPORT.date()]
check("leavers with a last working day in the period", len(past), 38)
check("... by site (Dublin, Belfast, Charlotte)",
      tuple(sum(1 for r in past if r["Site"] == s) for s in ("Dublin", "Belfast", "Charlotte")), (17, 15, 6))
check("resigned, last day after the export (blank cells, not yet due)",
      sorted(r["Effective date"] for r in future), ["04/12/2026", "27/11/2026"])
check("leavers who had a WMS account", sum(1 for r in past if r["WMS user disabled (UTC)"] != "N/A"), 29)


def deadline(site, last_day):
    nd = next_workday(site, last_day)
    return dt.datetime(nd.year, nd.month, nd.day, 17, 30, tzinfo=TZ[site])


def deadline_naive(last_day):               # one Irish calendar for everyone, Dublin clock
    nd = next_workday("Dublin", last_day)
    return dt.datetime(nd.year, nd.month, nd.day, 17, 30, tzinfo=TZ["Dublin"])


late_g, late_w, naive_late, worst_g, worst_w = [], [], [], 0, 0
for r in past:
    site, last = r["Site"], dmy(r["Effective date"])
    end_of_last = dt.datetime(last.year, last.month, last.day, 17, 30, tzinfo=TZ[site])
    g = z(r["Google account suspended (UTC)"])
    worst_g = max(worst_g, hours(g - end_of_last))
    if g > deadline(site, last):
        late_g.append(r)
    ts = [g]
    if r["WMS user disabled (UTC)"] != "N/A":
        w = z(r["WMS user disabled (UTC)"])
        worst_w = max(worst_w, hours(w - end_of_last))
        ts.append(w)
        if w > deadline(site, last):
            late_w.append((r, w - deadline(site, last)))
    if any(t > deadline_naive(last) for t in ts):
        naive_late.append(r["Employee ID"])
check("Google accounts suspended after the deadline", len(late_g), 0)
check("WMS users disabled after the deadline", [(r["Employee ID"], str(d)) for r, d in late_w],
      [("KLG-0023", "2:22:40")])
note(f"latest Google suspension {worst_g:.1f} h after 17:30 on the last day; latest WMS disable {worst_w:.1f} h")
check("leavers that look late if one Irish calendar and clock are used for every site (wrongly)",
      sorted(naive_late), ["KLG-0023", "KLG-0075", "KLG-0101", "KLG-0143", "KLG-0163"])
def next_weekday(d):
    d += dt.timedelta(days=1)
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


hol = [(r["Employee ID"], r["Site"]) for r in past
       if next_workday(r["Site"], dmy(r["Effective date"])) != next_weekday(dmy(r["Effective date"]))]
check("leavers whose next working day is pushed back by a public holiday at their own site (all on time)",
      sorted(hol), [("KLG-0075", "Charlotte"), ("KLG-0101", "Belfast"), ("KLG-0143", "Belfast"),
                    ("KLG-0144", "Dublin"), ("KLG-0163", "Charlotte")])
dismissed = [r for r in past if z(r["Google account suspended (UTC)"]).astimezone(TZ[r["Site"]]).date()
             == dmy(r["Effective date"]) and z(r["Google account suspended (UTC)"]).astimezone(TZ[r["Site"]]).hour < 17]
check("removed during the last day (dismissal)", [r["Employee ID"] for r in dismissed], ["KLG-0148"])

# ------------------------------------------------------------------ TalentLMS
print("TalentLMS course assignments (A.6.3)")
tl = rows("talentlms-course-assignments.csv")
persons = {r["Email"]: r["Branch"] for r in tl}
check("persons (active users)", len(persons), 236)
check("... by branch (Dublin, Belfast, Charlotte)",
      tuple(sum(1 for b in persons.values() if b == s) for s in ("Dublin", "Belfast", "Charlotte")), (128, 82, 26))
annual = [r for r in tl if r["Course"] == "Security Awareness 2026"]
check("annual course rows (one per assignment)", len(annual), 204)
by_person = defaultdict(list)
for r in annual:
    by_person[r["Email"]].append(r)
check("persons assigned the annual course", len(by_person), 200)
check("persons with a failed attempt then a passed re-assignment",
      sum(1 for v in by_person.values() if len(v) == 2 and {x["Status"] for x in v} == {"Failed", "Completed"}), 4)
DUE = dt.date(2026, 7, 31)
done, ontime, late, open_ = {}, 0, 0, []
for email, v in by_person.items():
    comp = [talent(x["Completion date"]) for x in v if x["Status"] == "Completed"]
    if comp:
        c = min(comp)
        if c.date() <= DUE:
            ontime += 1
        else:
            late += 1
        done[email] = c
    else:
        open_.append(email)
check("annual completed", len(done), 186)
check("annual completion rate", f"{100 * len(done) / len(by_person):.1f} %", "93.0 %")
check("... completed by the due date 31/07/2026", ontime, 177)
check("... completed late (August-October)", late, 9)
check("annual not completed at the export (blank completion date, past due)", len(open_), 14)
check("... by branch (Charlotte, Belfast, Dublin)",
      tuple(sum(1 for e in open_ if persons[e] == s) for s in ("Charlotte", "Belfast", "Dublin")), (9, 3, 2))
ch_annual = sum(1 for e in by_person if persons[e] == "Charlotte")
check("Charlotte persons assigned the annual course", ch_annual, 22)
note(f"Charlotte not completed {9}/{ch_annual} = {100 * 9 / ch_annual:.0f} %; Ireland and NI {5}/{200 - ch_annual}"
     f" = {100 * 5 / (200 - ch_annual):.1f} %")
ind = [r for r in tl if r["Course"] == "Security Induction for New Starters"]
check("joiners with the induction", len(ind), 48)
due_ind = [r for r in ind if mdy(r["Due date"]) <= AUDIT]
check("inductions due by the audit date", len(due_ind), 43)
check("... completed within 30 days of assignment",
      sum(1 for r in due_ind if r["Completion date"] and talent(r["Completion date"]).date() <= mdy(r["Due date"])), 43)
check("inductions not yet due, open (blank, not late)",
      sum(1 for r in ind if mdy(r["Due date"]) > AUDIT and not r["Completion date"]), 2)

# ------------------------------------------------------------------ Jira changes
print("Jira change requests (A.8.32)")
chg = rows("jira-change-requests.csv")
impl = [r for r in chg if r["Custom field (Actual start)"]]
inper = [r for r in impl if jira(r["Custom field (Actual start)"]).date() >= SINCE]
check("changes implemented in the period", len(inper), 172)
by_type = Counter(r["Custom field (Change type)"] for r in inper)
check("... standard, normal, emergency", (by_type["Standard"], by_type["Normal"], by_type["Emergency"]), (118, 46, 8))
normal = [r for r in inper if r["Custom field (Change type)"] == "Normal"]
after = [r for r in normal if not r["Custom field (CAB approved at)"]
         or jira(r["Custom field (CAB approved at)"]) >= jira(r["Custom field (Actual start)"])]
check("normal changes implemented before CAB approval", len(after), 29)
check("... as a share of normal changes", f"{100 * len(after) / len(normal):.0f} %", "63 %")
check("... by service", sorted(Counter(r["Custom field (Affected service)"] for r in after).items()),
      [("Descartes TMS", 5), ("Manhattan SCALE WMS", 21), ("TrueCommerce EDI", 3)])
gaps = sorted((jira(r["Custom field (CAB approved at)"]).date() - jira(r["Custom field (Actual start)"]).date()).days
              for r in after)
check("approval dated 1 to 14 calendar days after implementation (the next or the following Thursday CAB)",
      (gaps[0] >= 1, gaps[-1] <= 14), (True, True))
note(f"days from implementation to approval: {gaps}")
check("first and last late normal change implemented",
      (str(min(jira(r["Custom field (Actual start)"]).date() for r in after)),
       str(max(jira(r["Custom field (Actual start)"]).date() for r in after))), ("2026-05-19", "2026-11-06"))
check("normal changes with no approval at all", sum(1 for r in normal if not r["Custom field (CAB approved at)"]), 0)
em = [r for r in inper if r["Custom field (Change type)"] == "Emergency"]
em_late = [r for r in em if jira(r["Custom field (CAB approved at)"]).date() >
           next_workday("Dublin", jira(r["Custom field (Actual start)"]).date(), 2)]
check("emergency changes approved retrospectively later than 2 Irish working days", len(em_late), 0)
check("emergency changes whose 2-working-day window spans an Irish bank holiday",
      sorted(r["Issue key"] for r in em if any(d in HOLIDAYS["Dublin"] for d in
             (jira(r["Custom field (Actual start)"]).date() + dt.timedelta(days=i) for i in range(1, 4)))), ["CHG-191", "CHG-259"])
check("emergency changes approved after they were implemented (allowed)",
      sum(1 for r in em if jira(r["Custom field (CAB approved at)"]) > jira(r["Custom field (Actual start)"])), 8)
check("standard changes with an individual approval (none needed)",
      sum(1 for r in inper if r["Custom field (Change type)"] == "Standard" and r["Custom field (CAB approved at)"]), 0)
check("not implemented (Canceled, Scheduled, Awaiting CAB)",
      sorted(Counter(r["Status"] for r in chg if not r["Custom field (Actual start)"]).items()),
      [("Awaiting CAB", 1), ("Canceled", 3), ("Scheduled", 2)])
check("implemented before the ISMS began (outside the population)", len(impl) - len(inper), 6)
naive = sum(1 for r in inper if not r["Custom field (CAB approved at)"]
            or jira(r["Custom field (CAB approved at)"]) >= jira(r["Custom field (Actual start)"]))
note(f"(a reading that ignores change type would count {naive} of {len(inper)} as 'not approved before'; "
     f"the late normal changes over all changes would be {100 * 29 / len(inper):.0f} %)")

# ------------------------------------------------------------------ Jira incidents
print("Jira security incidents (A.5.24-A.5.28, A.6.8, A.5.34)")
inc = rows("jira-security-incidents.csv")
inp = [r for r in inc if jira(r["Created"]).date() >= SINCE]
check("incidents created in the period", len(inp), 22)
check("issues from before the ISMS", sorted(r["Issue key"] for r in inc if r not in inp), ["SEC-12", "SEC-13"])
months = Counter(jira(r["Created"]).month for r in inp)
check("by month Apr-Nov", [months.get(m, 0) for m in range(4, 12)], [2, 4, 3, 4, 0, 4, 3, 2])
TARGET = {"P1": 24, "P2": 72, "P3": 240, "P4": 480}
over = [r["Issue key"] for r in inp if r["Resolved"] and hours(jira(r["Resolved"]) - jira(r["Created"])) > TARGET[r["Priority"]]]
check("resolved outside the priority target", over, [])
op = [r for r in inp if not r["Resolved"]]
check("open at the export, inside its target at the audit date",
      [(r["Issue key"], r["Priority"], hours(AUDIT_END - jira(r["Created"])) < TARGET[r["Priority"]]) for r in op],
      [("SEC-35", "P3", True)])
pdb = [r for r in inp if r["Custom field (Personal data breach)"] == "Yes"]
check("personal data breaches", [r["Issue key"] for r in pdb], ["SEC-31", "SEC-29", "SEC-20"])
req = [r for r in pdb if r["Custom field (Regulator notification required)"] == "Yes"]
check("... notification required", [(r["Issue key"], r["Custom field (Regulator)"]) for r in req],
      [("SEC-31", "ICO"), ("SEC-20", "DPC")])
check("... hours from creation to notification",
      [round(hours(jira(r["Custom field (Regulator notified at)"]) - jira(r["Created"])), 1) for r in req], [69.1, 41.4])
check("non-breach incidents with a regulator cell filled", sum(1 for r in inp if r["Custom field (Personal data breach)"] == "No"
      and (r["Custom field (Regulator)"] or r["Custom field (Regulator notified at)"])), 0)

# ------------------------------------------------------------------ access reviews
print("Jira access reviews (A.5.15, A.5.18)")
ar = rows("jira-access-reviews.csv")
parents = [r for r in ar if r["Issue Type"] == "Access review"]
subs = [r for r in ar if r["Issue Type"] == "Sub-task"]
check("campaigns (parent issues)", [r["Summary"] for r in parents], ["Q2 2026 user access review", "Q3 2026 user access review"])
camp = defaultdict(list)
for r in subs:
    camp[r["Parent"]].append(r)
check("systems per campaign", sorted(len(v) for v in camp.values()), [9, 9])
check("every sub-task Done", all(r["Status"] == "Done" for r in subs), True)
spans = {k: (min(jira(r["Resolved"]).date() for r in v), max(jira(r["Resolved"]).date() for r in v)) for k, v in camp.items()}
check("campaign spans (first to last sign-off)", {k: (str(a), str(b)) for k, (a, b) in spans.items()},
      {"ISMS-41": ("2026-06-15", "2026-06-23"), "ISMS-88": ("2026-09-07", "2026-09-15")})
check("accounts removed (Q2, Q3)", tuple(sum(int(r["Custom field (Accounts removed)"]) for r in camp[k])
                                         for k in ("ISMS-41", "ISMS-88")), (23, 17))
note("Q4 campaign is scheduled for December: the quarter has not ended at the audit date")

# ------------------------------------------------------------------ Rubrik
print("Rubrik protection tasks (A.8.13)")
rb = rows("rubrik-protection-tasks.csv")
bk = [r for r in rb if r["Task Type"] == "Backup"]
objs = sorted({r["Object Name"] for r in bk})
check("protected objects", len(objs), 8)
nights = defaultdict(list)
for r in bk:
    nights[(r["Object Name"], z(r["Start Time"]).astimezone(TZ["Dublin"]).date())].append(r)
first, last = dt.date(2026, 4, 13), dt.date(2026, 11, 19)
ndays = (last - first).days + 1
check("nights covered per object", sorted({sum(1 for (o, d) in nights if o == ob) for ob in objs}), [ndays])
fails = [r for r in bk if r["Task Status"] == "Failed"]
check("failed backup tasks", len(fails), 5)
rerun = []
for f in fails:
    same = nights[(f["Object Name"], z(f["Start Time"]).astimezone(TZ["Dublin"]).date())]
    ok = [r for r in same if r["Task Status"] == "Succeeded" and z(r["Start Time"]) > z(f["End Time"])]
    rerun.append(round(hours(z(ok[0]["End Time"]) - z(f["Start Time"])), 1) if ok else None)
check("... each re-run successfully the same night (hours from failure to good backup)",
      (min(rerun), max(rerun)), (2.3, 3.6))
check("object-nights without a successful backup",
      sum(1 for v in nights.values() if not any(r["Task Status"] == "Succeeded" for r in v)), 0)
rec = [r for r in rb if r["Task Type"] == "Recovery"]
check("restore tests (quarterly)", [z(r["Start Time"]).date().isoformat() for r in rec], ["2026-06-18", "2026-09-17"])

# ------------------------------------------------------------------ Falcon Spotlight
print("CrowdStrike Falcon Spotlight (A.8.8)")
LIM = {"CRITICAL": 7, "HIGH": 30, "MEDIUM": 90}
fv = rows("falcon-spotlight-vulnerabilities.csv")
fp = [r for r in fv if z(r["Created Timestamp"]).date() >= SINCE]
check("rows created before the ISMS (outside the population)", len(fv) - len(fp), 25)
cnt = Counter(r["Severity"] for r in fp)
check("created in the period: critical, high, medium, low",
      (cnt["CRITICAL"], cnt["HIGH"], cnt["MEDIUM"], cnt["LOW"]), (12, 54, 120, 60))


def age(r):
    end = z(r["Closed Timestamp"]) if r["Closed Timestamp"] else AUDIT_END
    return (end - z(r["Created Timestamp"])).total_seconds() / 86400


for sev in ("CRITICAL", "HIGH", "MEDIUM"):
    pop = [r for r in fv if r["Severity"] == sev]
    check(f"{sev.lower()} over {LIM[sev]} days (any row, closed or open at the audit date)",
          sum(1 for r in pop if age(r) > LIM[sev]), 0)
crit = [r for r in fp if r["Severity"] == "CRITICAL"]
check("months with a critical", sorted({z(r["Created Timestamp"]).month for r in crit}), [4, 6, 7, 9, 11])
note(f"slowest critical {max(age(r) for r in crit):.1f} days")
check("open highs (inside 30 days at the audit date)", sum(1 for r in fp if r["Severity"] == "HIGH" and not r["Closed Timestamp"]), 3)
check("open mediums (inside 90 days at the audit date)",
      sum(1 for r in fp if r["Severity"] == "MEDIUM" and not r["Closed Timestamp"]), 29)
check("open lows (no limit), oldest in days",
      (sum(1 for r in fv if r["Severity"] == "LOW" and not r["Closed Timestamp"]),
       round(max(age(r) for r in fv if r["Severity"] == "LOW" and not r["Closed Timestamp"]))), (53, 322))
check("slowest critical, days", round(max(age(r) for r in crit), 1), 6.8)

# ------------------------------------------------------------------ site checks
print("Google Forms site security checks (A.7.1-A.7.4)")
sc = rows("google-forms-site-security-checks.csv")
per = defaultdict(list)
for r in sc:
    per[r["Site"]].append(dmy(r["Check date"]))
check("Dublin checks by month", sorted(d.month for d in per["Dublin - Ballycoolin DC"]), [4, 5, 6, 7, 8, 9, 10, 11])
check("Belfast checks by month", sorted(d.month for d in per["Belfast - Duncrue DC"]), [4, 5, 6, 7, 8, 9, 10])
check("Belfast checks all on a Friday (last Friday of the month)",
      all(d.weekday() == 4 and (d + dt.timedelta(days=7)).month != d.month for d in per["Belfast - Duncrue DC"]), True)
check("Dublin checks on the first working day of the week in the first week",
      all(d.day <= 7 and d.weekday() in (0, 1) for d in per["Dublin - Ballycoolin DC"][1:]), True)
note("Belfast's November check falls on Friday 27/11/2026, after the audit date: not yet due")
check("issues found", sum(1 for r in sc if r["Issues found"] == "Yes"), 3)

# ------------------------------------------------------------------ supplier register
print("Supplier assurance register (A.5.19-A.5.22)")
sr = rows("supplier-assurance-register.csv")
crit_sup = sorted({r["Supplier"] for r in sr if r["Criticality"] == "Critical"})
check("critical suppliers", len(crit_sup), 10)
due, done_ok, missed, notdue = [], [], [], []
for s in crit_sup:
    rs = [r for r in sr if r["Supplier"] == s]
    start = dmonY(rs[0]["Contract start"])
    reviews = [dmonY(r["Review date"]) for r in rs]
    for year in (2026,):
        ann = start.replace(year=year)
        lo, hi = ann - dt.timedelta(days=30), ann + dt.timedelta(days=30)
        if start.year >= year or ann < SINCE:
            notdue.append((s, "contract anniversary outside the period" if ann < SINCE else "first year"))
            continue
        if hi > AUDIT:
            notdue.append((s, f"window open until {hi}"))
            continue
        due.append(s)
        if any(lo <= d <= hi for d in reviews):
            done_ok.append(s)
        else:
            missed.append(s)
check("critical suppliers whose 2026 anniversary window closed in the period", due,
      ["Atlassian", "Google Cloud EMEA Ltd", "Manhattan Associates", "TrueCommerce"])
check("... reviewed inside the window", done_ok, ["Atlassian", "Google Cloud EMEA Ltd", "TrueCommerce"])
check("... not reviewed", missed, ["Manhattan Associates"])
note("not due: " + "; ".join(f"{s} ({why})" for s, why in notdue))
check("rows with no row id: reviews are supplier + date", len(sr), 26)

print()
if problems:
    print(f"MISMATCH in {len(problems)} check(s): " + "; ".join(problems))
    sys.exit(1)
print("All counts agree with README.md.")
