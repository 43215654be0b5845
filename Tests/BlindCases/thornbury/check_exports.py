#!/usr/bin/env python3
"""Recount the Thornbury exports against the story in README.md (stdlib only).

    python3 check_exports.py        # prints the counts; exits 1 if the story and the files disagree

This is the auditor's own working, kept so anyone can see where each number in
auditor-findings.yaml comes from. It reads the files as they are (BOM, CRLF, trailing spaces,
two-digit years, 12-hour clocks, offsets) and is specific to this case.
"""
import csv
import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path

EX = Path(__file__).resolve().parent / "exports"
SINCE = dt.date(2026, 3, 2)
EXPORT = dt.date(2026, 11, 13)
AUDIT = dt.date(2026, 11, 16)
AUDIT_END_UTC = dt.datetime(2026, 11, 16, 23, 59, 59, tzinfo=dt.timezone.utc)
HOLIDAYS = {
    "England": {dt.date(2025, 1, 1), dt.date(2025, 4, 18), dt.date(2025, 4, 21), dt.date(2025, 5, 5),
                dt.date(2025, 5, 26), dt.date(2025, 8, 25), dt.date(2025, 12, 25), dt.date(2025, 12, 26),
                dt.date(2026, 1, 1), dt.date(2026, 4, 3), dt.date(2026, 4, 6), dt.date(2026, 5, 4),
                dt.date(2026, 5, 25), dt.date(2026, 8, 31), dt.date(2026, 12, 25), dt.date(2026, 12, 28)},
    "Ireland": {dt.date(2025, 1, 1), dt.date(2025, 2, 3), dt.date(2025, 3, 17), dt.date(2025, 4, 21),
                dt.date(2025, 5, 5), dt.date(2025, 6, 2), dt.date(2025, 8, 4), dt.date(2025, 10, 27),
                dt.date(2025, 12, 25), dt.date(2025, 12, 26), dt.date(2026, 1, 1), dt.date(2026, 2, 2),
                dt.date(2026, 3, 17), dt.date(2026, 4, 6), dt.date(2026, 5, 4), dt.date(2026, 6, 1),
                dt.date(2026, 8, 3), dt.date(2026, 10, 26), dt.date(2026, 12, 25), dt.date(2026, 12, 26)},
    "none": set(),
}
CAL = {"Leeds": "England", "Remote - UK": "England", "Dublin": "Ireland", "Remote - IE": "Ireland"}
problems = []


def rows(name):
    # utf-8-sig reads the BOM on the SharePoint export and is harmless elsewhere
    with open(EX / name, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def check(label, got, want):
    ok = got == want
    print(f"  {'ok ' if ok else 'BAD'} {label}: {got}" + ("" if ok else f" (story says {want})"))
    if not ok:
        problems.append(label)


def note(text):
    print(f"      {text}")


def p(fmt, s):
    return dt.datetime.strptime(s.strip(), fmt)


def jira(s):                     # 13/Mar/26 9:40 PM
    return p("%d/%b/%y %I:%M %p", s)


def veeam(s):                    # 3/14/2026 1:02:37 AM
    return p("%m/%d/%Y %I:%M:%S %p", s)


def iso(s):                      # 2026-03-23T09:00:00.000Z, 2026-04-30T23:41:12+01:00
    return dt.datetime.fromisoformat(s.strip().replace("Z", "+00:00"))


def dmy(s):
    return p("%d/%m/%Y", s).date()


def working(d, cal):
    return d.weekday() < 5 and d not in HOLIDAYS[cal]


def add_workdays(d, n, cal):
    while n > 0:
        d += dt.timedelta(days=1)
        if working(d, cal):
            n -= 1
    return d


def workdays_after(a, b, cal):
    """Working days after date a up to and including date b."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if working(d, cal):
            n += 1
    return n


def quarter(d):
    return (d.year, (d.month - 1) // 3 + 1)


def months(first, last):
    y, m = first
    while (y, m) <= last:
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


# ------------------------------------------------------------------------------------------------
print("Okta access certifications (A.5.15, A.5.18)")
ok = rows("okta-access-certifications.csv")
camps = defaultdict(list)
for r in ok:
    camps[r["Campaign Name"]].append(r)
check("rows", len(ok), 57)
check("campaigns", len(camps), 4)
systems = sorted({r["Resource Name"] for r in ok})
check("systems in the certification scope", len(systems), 16)
by_quarter = {}
for name, rs in camps.items():
    launch = iso(rs[0]["Launch Date"]).date()
    end = iso(rs[0]["End Date"])
    done = sorted(iso(r["Reviewer Completed At"]) for r in rs)
    by_quarter[quarter(launch)] = {r["Resource Name"] for r in rs}
    late = [r["Resource Name"] for r in rs if iso(r["Reviewer Completed At"]) > end]
    outside_q = sum(1 for d in done if quarter(d.date()) != quarter(launch))
    note(f"{name}: launched {launch}, {len(rs)} systems, sign-offs {done[0].date()} to {done[-1].date()} "
         f"({len({d.date() for d in done})} days), after the campaign end: {len(late)}, in the next quarter: {outside_q}")
    if quarter(launch) == (2026, 1):
        check("Q1 2026 sign-offs that fell in April (quarter boundary)", outside_q, 5)
    check(f"{name}: signed off after the campaign end", late, [])
due_quarters = [q for q in [(2026, 1), (2026, 2), (2026, 3), (2026, 4)]
                if dt.date(q[0], 3 * q[1], 28) + dt.timedelta(days=4) <= AUDIT]
check("quarters ended by the audit date (ISMS from 2 March)", due_quarters, [(2026, 1), (2026, 2), (2026, 3)])
missing = [(q, s) for q in due_quarters for s in systems if s not in by_quarter.get(q, set())]
check("system-quarters not certified", missing, [((2026, 2), "Databricks - Insight Analytics")])
check("Q4 2026 campaign in the export (not yet due)", (2026, 4) in by_quarter, False)
check("pilot campaign before the ISMS", sorted(n for n, rs in camps.items() if iso(rs[0]["Launch Date"]).date() < SINCE),
      ["Q4 2025 Access Certification (pilot)"])

# ------------------------------------------------------------------------------------------------
print("Site security and fire checks (A.7.1, A.7.2, A.7.4, A.7.5)")
sc = rows("sharepoint-site-checks.csv")
check("rows", len(sc), 52)
regular = [r for r in sc if r["Check type"] == "Monthly check"]
follow = [r for r in sc if r["Check type"] != "Monthly check"]
check("follow-up re-inspections (not extra occurrences)", len(follow), 3)
per = defaultdict(list)
for r in regular:
    per[r["Site"]].append(dmy(r["Check Date"] if "Check Date" in r else r["Check date"]))
period_months = list(months((2026, 3), (2026, 10)))
for site in ("Leeds", "Dublin"):
    got = {(d.year, d.month) for d in per[site]}
    check(f"{site}: months Mar-Oct 2026 without a check", [m for m in period_months if m not in got], [])
    inside = sorted(d for d in per[site] if d >= dt.date(2026, 2, 1))
    gaps = [(b - a).days for a, b in zip(inside, inside[1:])]
    note(f"{site}: checks from Feb 2026 {', '.join(d.strftime('%d/%m') for d in inside)}; longest interval {max(gaps)} days")
check("November 2026 done (the month has not ended)", sorted(s for s in per if any(d >= dt.date(2026, 11, 1) for d in per[s])),
      ["Leeds"])
pre = [m for m in months((2024, 10), (2026, 2)) if m not in {(d.year, d.month) for d in per["Dublin"]}]
check("Dublin months without a check before the ISMS", pre, [(2025, 8), (2025, 12)])
check("Leeds longest interval between checks in the period (Jun 1 -> Jul 30)",
      max((b - a).days for a, b in zip(sorted(per["Leeds"]), sorted(per["Leeds"])[1:]) if a >= SINCE), 59)
check("'Carried out by' cells with a trailing space", sum(1 for r in sc if r["Carried out by"] != r["Carried out by"].rstrip()), 2)

# ------------------------------------------------------------------------------------------------
print("Veeam backup job sessions (A.8.13)")
ve = rows("veeam-job-sessions.csv")
check("rows (sessions)", len(ve), 1348)
NIGHTLY = ["UKS-VM-Analytics-Cluster", "UKS-SQL-Insight-Prod", "NEU-SQL-Insight-IE-Prod", "UKS-Blob-Landing-Zone",
           "Copy-UKS-to-NEU"]
WEEKLY = "LDS-FS01-Weekly"
check("jobs", sorted({r["Job Name"] for r in ve}), sorted(NIGHTLY + [WEEKLY]))


def night_of(ts):
    return ts.date() if ts.hour >= 12 else ts.date() - dt.timedelta(days=1)


occ = []                      # (job, night, scheduled start, [sessions])
by_job = defaultdict(list)
for r in ve:
    by_job[r["Job Name"]].append(r)
for job, rs in by_job.items():
    rs.sort(key=lambda r: veeam(r["Start Time"]))
    for r in rs:
        if r["Initiated By"] == "Scheduler":
            occ.append([job, night_of(veeam(r["Start Time"])), veeam(r["Start Time"]), [r]])
        else:
            [o for o in occ if o[0] == job][-1][3].append(r)
nights = [dt.date(2026, 3, 2) + dt.timedelta(days=i) for i in range((EXPORT - dt.date(2026, 3, 2)).days)]
for job in NIGHTLY:
    have = {o[1] for o in occ if o[0] == job}
    check(f"{job}: nights 02/03-12/11 without a scheduled run", [n for n in nights if n not in have], [])
sats = [n for n in nights if n.weekday() == 5]
check("LDS-FS01-Weekly: Saturdays in the period", len(sats), 36)
check("LDS-FS01-Weekly: Saturdays without a scheduled run", [n for n in sats if n not in {o[1] for o in occ if o[0] == WEEKLY}], [])
period = [o for o in occ if o[1] >= SINCE]
troubled = [o for o in period if o[3][0]["Result"] in ("Failed", "Stopped")]
check("scheduled sessions that failed or were stopped", len(troubled), 20)
check("failed sessions in total (first attempts and failed retries)", sum(1 for r in ve if r["Result"] == "Failed"), 22)
check("stopped by an engineer", sum(1 for r in ve if r["Result"] == "Stopped"), 1)
unrecovered = []
next_date = []
for o in troubled:
    good = [s for s in o[3] if s["Result"] in ("Success", "Warning")]
    if not good or veeam(good[0]["End Time"]) > o[2] + dt.timedelta(hours=12):
        unrecovered.append((o[0], o[1]))
    elif veeam(good[0]["Start Time"]).date() != veeam(o[3][0]["Start Time"]).date():
        next_date.append((o[0], o[1].isoformat()))
check("failures not recovered within 12 h of the scheduled start", unrecovered, [])
check("recovered by a manual re-run after a failed retry", sum(1 for o in troubled if len(o[3]) == 3), 3)
check("recovered on the next calendar date (same night)", next_date,
      [("UKS-VM-Analytics-Cluster", "2026-06-14"), ("LDS-FS01-Weekly", "2026-09-19")])
check("sessions with Warning (success with warnings)", sum(1 for r in ve if r["Result"] == "Warning"), 57)

# ------------------------------------------------------------------------------------------------
print("Tenable vulnerability findings (A.8.8)")
tv = rows("tenable-vulnerabilities.csv")
check("rows", len(tv), 420)
LIMIT = {"Critical": 7, "High": 30, "Medium": 90}
SINCE_UTC = dt.datetime(2026, 3, 2, tzinfo=dt.timezone.utc)


def age(r):
    end = iso(r["Last Fixed"]) if r["Last Fixed"] else AUDIT_END_UTC
    return (end - iso(r["First Seen"])).total_seconds() / 86400


inp = [r for r in tv if iso(r["First Seen"]) >= SINCE_UTC]
check("findings first seen before the ISMS (carried in)", len(tv) - len(inp), 70)
sev = defaultdict(list)
for r in inp:
    sev[r["Severity"]].append(r)
check("in the period: critical/high/medium/low", [len(sev[s]) for s in ("Critical", "High", "Medium", "Low")],
      [11, 64, 180, 95])
check("months with a critical", sorted({iso(r["First Seen"]).month for r in sev["Critical"]}), [3, 5, 6, 8, 9, 11])
late = [(r["Asset Name"], iso(r["First Seen"]).date().isoformat(), round(age(r), 1)) for r in sev["Critical"] if age(r) > 7]
check("criticals over 7 days", late, [("uks-sftp-gw-01", "2026-08-11", 9.3)])
check("criticals open at the export (inside 7 days at the audit date)",
      [(r["Asset Name"], iso(r["First Seen"]).date().isoformat()) for r in sev["Critical"] if not r["Last Fixed"]],
      [("uks-ado-agent-02", "2026-11-11")])
for s in ("High", "Medium"):
    check(f"{s.lower()}s over {LIMIT[s]} days (period and carried in)",
          sum(1 for r in tv if r["Severity"] == s and age(r) > LIMIT[s]), 0)
    note(f"{s.lower()}s open at the export, inside the limit: {sum(1 for r in sev[s] if not r['Last Fixed'])}")
check("highs open at the export", sum(1 for r in sev["High"] if not r["Last Fixed"]), 4)
check("mediums open at the export", sum(1 for r in sev["Medium"] if not r["Last Fixed"]), 36)
note(f"lows open longer than 90 days (no limit): {sum(1 for r in tv if r['Severity'] == 'Low' and not r['Last Fixed'] and age(r) > 90)}")
check("criticals carried in, all fixed inside 7 days", [round(age(r), 1) <= 7 for r in tv
                                                        if r["Severity"] == "Critical" and iso(r["First Seen"]) < SINCE_UTC],
      [True, True, True])

# ------------------------------------------------------------------------------------------------
print("Jira change requests (A.8.32)")
ch = rows("jira-change-requests.csv")
check("rows", len(ch), 497)
kind = defaultdict(list)
for r in ch:
    kind[r["Custom field (Change type)"]].append(r)
note("by type: " + ", ".join(f"{k} {len(v)}" for k, v in sorted(kind.items())))
check("emergency changes", len(kind["Emergency"]), 14)
normal_done = [r for r in kind["Normal"] if r["Custom field (Actual start)"]]
check("normal changes implemented", len(normal_done), 183)
check("normal changes implemented without an approval before the actual start",
      [r["Issue key"] for r in normal_done if not r["Custom field (CAB decision date)"]
       or jira(r["Custom field (CAB decision date)"]) >= jira(r["Custom field (Actual start)"])], [])
note("normal changes not implemented: " + ", ".join(
    f"{s} {sum(1 for r in kind['Normal'] if r['Status'] == s)}" for s in ("Cancelled", "Declined", "Scheduled", "Awaiting CAB")))
check("normal changes backed out", sum(1 for r in kind["Normal"] if r["Resolution"] == "Backed out"), 5)
check("normal approvers", sorted({r["Custom field (CAB decision by)"] for r in kind["Normal"] if r["Custom field (CAB decision by)"]}),
      ["Declan Fahy", "Siobhán Kelly"])
check("standard changes with an approver (none needed)", sum(1 for r in kind["Standard"] if r["Custom field (CAB decision by)"]), 0)
shortest = min((jira(r["Custom field (Actual start)"]) - jira(r["Custom field (CAB decision date)"])) for r in normal_done)
note(f"shortest gap between approval and start of a normal change: {shortest}")
late_e, open_e, sensitive = [], [], []
for r in kind["Emergency"]:
    start = jira(r["Custom field (Actual start)"]).date()
    cal = CAL[r["Custom field (Team location)"]]
    deadline = add_workdays(start, 2, cal)
    if not r["Custom field (CAB decision date)"]:
        open_e.append((r["Issue key"], deadline.isoformat(), deadline >= AUDIT))
        continue
    appr = jira(r["Custom field (CAB decision date)"]).date()
    if appr > deadline:
        late_e.append((r["Issue key"], start.isoformat(), appr.isoformat(), workdays_after(start, appr, cal)))
        continue
    other = "Ireland" if cal == "England" else "England"
    if appr > add_workdays(start, 2, "none") or appr > add_workdays(start, 2, other):
        sensitive.append((r["Issue key"], r["Custom field (Team location)"], start.isoformat(), appr.isoformat()))
check("emergency changes approved after 2 working days (office calendar)", late_e,
      [("CHG-1882", "2026-09-22", "2026-10-01", 7)])
check("emergency change awaiting approval, deadline not passed at the audit date", open_e, [("CHG-2030", "2026-11-16", True)])
check("emergency changes on time only with the right bank-holiday calendar", sorted(sensitive, key=lambda x: x[2]),
      [("CHG-1231", "Dublin", "2026-03-13", "2026-03-18"), ("CHG-1290", "Leeds", "2026-04-01", "2026-04-07"),
       ("CHG-1709", "Dublin", "2026-07-31", "2026-08-05"), ("CHG-1800", "Leeds", "2026-08-28", "2026-09-02")])

# ------------------------------------------------------------------------------------------------
print("KnowBe4 training (A.6.3)")
kb = rows("knowbe4-training-enrollments.csv")
people = defaultdict(list)
for r in kb:
    people[r["Email"]].append(r)
check("rows", len(kb), 280)
check("persons", len(people), 140)
check("rows per person", sorted({len(v) for v in people.values()}), [2])
late_c = [r["Email"] for r in kb if r["Completion Date"] and iso(r["Completion Date"]) > iso(r["Due Date"])]
check("completed after the due date", late_c, [])
incomplete = {e for e, v in people.items() if any(r["Status"] != "Passed" for r in v)}
check("persons with both modules passed", len(people) - len(incomplete), 134)
due_passed = [r["Email"] for r in kb if r["Status"] != "Passed" and iso(r["Due Date"]) <= AUDIT_END_UTC]
check("incomplete rows whose due date has passed at the audit date", due_passed, [])
check("incomplete persons, all joiners from 19/10/2026", sorted(min(iso(r["Enrollment Date"]).date() for r in people[e]).isoformat()
                                                                for e in incomplete),
      ["2026-10-19", "2026-10-19", "2026-10-27", "2026-11-02", "2026-11-02", "2026-11-09"])
note(f"completion: {100 * (len(people) - len(incomplete)) / len(people):.1f} % of persons, "
     f"{100 * sum(1 for r in kb if r['Status'] == 'Passed') / len(kb):.1f} % of rows")
check("completions late in the evening of 30 April, inside the window",
      sorted(r["Completion Date"] for r in kb if r["Completion Date"].startswith("2026-04-30T2")),
      ["2026-04-30T22:58:03+01:00", "2026-04-30T23:41:12+01:00"])

# ------------------------------------------------------------------------------------------------
print("DR test log (A.5.29, A.5.30)")
dr = rows("confluence-dr-test-log.csv")
check("rows", len(dr), 76)
ex = defaultdict(list)
for r in dr:
    ex[r["Exercise"]].append(r)
done = {k: max(dt.date.fromisoformat(r["Exercise date"]) for r in v) for k, v in ex.items() if all(r["Result"] != "Scheduled" for r in v)}
check("exercises carried out", sorted(done), ["DRX-2025-01", "DRX-2026-01"])
check("last exercise", max(done.values()).isoformat(), "2026-01-21")
check("planned exercise (rows are a plan, not records)", sorted(k for k, v in ex.items() if all(r["Result"] == "Scheduled" for r in v)),
      ["DRX-2027-01"])
check("next annual exercise due after the audit date", dt.date(2027, 1, 21) > AUDIT, True)
check("services per exercise", [len(ex[k]) for k in sorted(ex)], [24, 26, 26])

# ------------------------------------------------------------------------------------------------
print("Supplier review register (A.5.19-A.5.22)")
raw = (EX / "sharepoint-supplier-reviews.csv").read_bytes()
check("file starts with a UTF-8 BOM", raw[:3] == b"\xef\xbb\xbf", True)
check("CRLF line ends", raw.count(b"\r\n") == raw.count(b"\n"), True)
sr = rows("sharepoint-supplier-reviews.csv")
check("rows", len(sr), 77)
check("no id column", [c for c in sr[0] if c.lower() in ("id", "item id")], [])
sup = defaultdict(list)
for r in sr:
    sup[r["Supplier"].strip()].append(r)
check("suppliers (names trimmed)", len(sup), 26)
check("supplier cells with a trailing space", sum(1 for r in sr if r["Supplier"] != r["Supplier"].rstrip()), 1)
check("reviews identified by supplier + date are unique", len({(r["Supplier"].strip(), r["Review date"]) for r in sr}), len(sr))


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31))


due_in, on_time, not_due, exited = [], [], [], []
for name, rs in sup.items():
    rs = sorted(rs, key=lambda r: dmy(r["Review date"]))
    months_ = 12 if rs[-1]["Tier"] == "Critical" else 24
    scheduled = [r for r in rs if r["Review type"] != "Ad hoc review"]
    for a, b in zip(scheduled, scheduled[1:] + [None]):
        if a["Review type"] == "Exit review":
            continue
        due = add_months(dmy(a["Review date"]), months_)
        if b is not None and b["Review type"] == "Exit review" and dmy(b["Review date"]) <= due:
            exited.append(name)
            continue
        if SINCE <= due <= AUDIT:
            due_in.append(name)
            if b is not None and dmy(b["Review date"]) <= due:
                on_time.append(name)
        elif due > AUDIT and b is None:
            not_due.append((name, due.isoformat()))
check("reviews falling due in the period", len(due_in), 14)
check("... done on or before the due date", len(on_time), 14)
check("exited before its review fell due", exited, ["Zoom"])
note("not yet due at the audit date: " + ", ".join(f"{n} {d}" for n, d in sorted(not_due, key=lambda x: x[1])))
check("critical suppliers not yet due (next review after 16/11/2026)",
      sorted(n for n, d in not_due if sup[n][0]["Tier"] == "Critical"),
      ["Atlassian", "Databricks", "Elastic", "Freshworks", "GitHub", "Microsoft", "Okta"])

# ------------------------------------------------------------------------------------------------
print("Jira security incidents (A.5.24-A.5.28, A.6.8)")
inc = rows("jira-security-incidents.csv")
check("rows", len(inc), 62)
pi = [r for r in inc if jira(r["Created"]).date() >= SINCE]
check("incidents in the period", len(pi), 58)
check("by priority P1/P2/P3/P4", [sum(1 for r in pi if r["Priority"] == q) for q in ("P1", "P2", "P3", "P4")], [1, 4, 6, 47])
TARGET = {"P1": 1, "P2": 5, "P3": 10, "P4": 30}
bad = []
for r in pi:
    c = jira(r["Created"])
    end = jira(r["Resolved"]) if r["Resolved"] else dt.datetime(2026, 11, 16, 23, 59)
    if (end - c).total_seconds() > TARGET[r["Priority"]] * 86400:
        bad.append((r["Issue key"], "resolution"))
    if r["Priority"] in ("P1", "P2"):
        cal = CAL[r["Custom field (Office)"]]
        if not r["Custom field (PIR completed)"] or workdays_after(jira(r["Resolved"]).date(), jira(r["Custom field (PIR completed)"]).date(), cal) > 10:
            bad.append((r["Issue key"], "PIR"))
    if r["Custom field (Breach notifiable)"] == "Yes":
        aware, told = jira(r["Custom field (Aware at)"]), r["Custom field (Regulator notified at)"]
        if not told or (jira(told) - aware).total_seconds() > 72 * 3600:
            bad.append((r["Issue key"], "notification"))
check("incidents outside the procedure", bad, [])
pdb = [r for r in pi if r["Custom field (Personal data breach)"] == "Yes"]
check("personal data breaches", len(pdb), 2)
noti = [r for r in pdb if r["Custom field (Breach notifiable)"] == "Yes"]
hours = (jira(noti[0]["Custom field (Regulator notified at)"]) - jira(noti[0]["Custom field (Aware at)"])).total_seconds() / 3600
check("notifiable breach: key, regulator, hours from awareness to notification",
      (noti[0]["Issue key"], noti[0]["Custom field (Regulator)"], round(hours, 2)), ("SEC-259", "Data Protection Commission (IE)", 68.33))
check("open at the export (P4, inside 30 days)", [(r["Issue key"], r["Priority"]) for r in pi if not r["Resolved"]],
      [("SEC-302", "P4"), ("SEC-300", "P4")])
check("regulator cells filled outside notifiable breaches", sum(1 for r in inc if r["Custom field (Regulator)"] and r not in noti), 0)
check("tailgating incident (follow-up in the Dublin site checks)",
      [r["Issue key"] for r in inc if r["Summary"].startswith("Tailgater")], ["SEC-283"])

# ------------------------------------------------------------------------------------------------
print("Workday leavers and Okta deactivation (A.5.18, A.6.5, A.5.11)")
lv = rows("workday-leavers-offboarding.csv")
check("rows", len(lv), 57)
in_p = [r for r in lv if SINCE <= dmy(r["Last Day of Work"]) <= EXPORT]
future = [r for r in lv if dmy(r["Last Day of Work"]) > EXPORT]
before = [r for r in lv if dmy(r["Last Day of Work"]) < SINCE]
check("leavers before the ISMS / in the period / leaving after the export", [len(before), len(in_p), len(future)], [33, 22, 2])


def deadline(r, cal=None):
    cal = cal or CAL[r["Location"].strip()]
    return dt.datetime.combine(add_workdays(dmy(r["Last Day of Work"]), 1, cal), dt.time(12, 0))


late_l = [r["Worker"] for r in in_p if p("%d/%m/%Y %H:%M", r["Okta Deactivated"]) > deadline(r)]
check("period leavers deactivated after 12:00 the next working day (own calendar)", late_l, [])
sens = [(r["Location"].strip(), r["Last Day of Work"], r["Okta Deactivated"]) for r in in_p
        if p("%d/%m/%Y %H:%M", r["Okta Deactivated"]) > deadline(r, "none")]
check("on time only because of a bank holiday", sens,
      [("Dublin", "29/05/2026", "02/06/2026 09:40"), ("Leeds", "28/08/2026", "01/09/2026 10:15")])
late_ret = [r["Worker"] for r in in_p if not r["Equipment Returned"] or
            dmy(r["Equipment Returned"]) > add_workdays(dmy(r["Last Day of Work"]), 10, CAL[r["Location"].strip()])]
check("period leavers with equipment not back within 10 working days", late_ret, [])
check("deactivated the same day", sum(1 for r in in_p if p("%d/%m/%Y %H:%M", r["Okta Deactivated"]).date() == dmy(r["Last Day of Work"])), 20)
check("last leaver in the period", max(dmy(r["Last Day of Work"]) for r in in_p).isoformat(), "2026-10-30")
check("late deactivation before the ISMS (history)", [(r["Last Day of Work"], r["Okta Deactivated"]) for r in before
                                                     if p("%d/%m/%Y %H:%M", r["Okta Deactivated"]) > deadline(r)],
      [("20/06/2025", "25/06/2025 09:12")])
check("leavers after the export have blank Okta cells", [r["Okta Deactivated"] for r in future], ["", ""])
check("garden leave (termination date after the last day of work)",
      sum(1 for r in lv if dmy(r["Termination Date"]) > dmy(r["Last Day of Work"])), 2)
check("location cells with a trailing space", sum(1 for r in lv if r["Location"] != r["Location"].rstrip()), 1)

# ------------------------------------------------------------------------------------------------
print("Sizes")
for f in sorted(EX.glob("*.csv")):
    n = len(rows(f.name))
    check(f"{f.name} rows between 50 and 3000", 50 <= n <= 3000, True)

print()
if problems:
    print("STORY MISMATCH:", ", ".join(problems))
    sys.exit(1)
print("all counts agree with the story")
