#!/usr/bin/env python3
"""Recount the Ostervale exports against the story in README.md (stdlib only).

    python3 check_exports.py        # prints the counts; exits 1 if the story and the files disagree

This is the auditor's own working, kept so anyone can see where each number in
auditor-findings.yaml comes from. It is specific to this case. It also checks the shape of the
files that the README promises (byte-order mark, line ends, quoting, date formats).
"""
import csv
import datetime as dt
import io
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

EX = Path(__file__).resolve().parent / "exports"
SINCE = dt.date(2026, 2, 2)
EXPORT = dt.date(2026, 10, 15)
AUDIT = dt.date(2026, 10, 19)
AUDIT_END = dt.datetime(2026, 10, 19, 23, 59, 59)
HOLIDAYS = {dt.date(2026, 4, 3), dt.date(2026, 4, 6), dt.date(2026, 5, 4), dt.date(2026, 5, 25), dt.date(2026, 8, 31)}
problems = []


def raw(name):
    return (EX / name).read_bytes()


def rows(name):
    text = raw(name).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def check(label, got, want):
    ok = got == want
    print(f"  {'ok ' if ok else 'BAD'} {label}: {got}" + ("" if ok else f" (story says {want})"))
    if not ok:
        problems.append(label)


def workday(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def next_workday(d):
    d += dt.timedelta(days=1)
    while not workday(d):
        d += dt.timedelta(days=1)
    return d


def workdays_between(a, b):
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if workday(d):
            n += 1
    return n


def bst(d):
    return dt.date(2026, 3, 29) <= d < dt.date(2026, 10, 25)


def utc_to_uk(ts):
    return ts + dt.timedelta(hours=1) if bst(ts.date()) else ts


print("File shapes")
for f in sorted(EX.glob("*.csv")):
    b = f.read_bytes()
    n = len(rows(f.name))
    if not 50 <= n <= 5000:
        problems.append(f"{f.name} has {n} rows")
    bom, crlf = b.startswith(b"\xef\xbb\xbf"), b"\r\n" in b
    print(f"      {f.name}: {n} rows, BOM {bom}, CRLF {crlf}")
check("files with a UTF-8 BOM and CRLF line ends",
      [f.name for f in sorted(EX.glob("*.csv")) if f.read_bytes().startswith(b"\xef\xbb\xbf") and b"\r\n" in f.read_bytes()],
      ["excel-weekly-log-review-register.csv"])
check("veeam export quotes every cell", all(line.startswith(b'"') for line in raw("veeam-job-sessions.csv").splitlines()), True)

# ------------------------------------------------------------------------------------------ A.8.8
print("Tenable findings on plant-floor PCs (A.8.8)")
LIMIT = {"Critical": 14, "High": 30, "Medium": 90}
tn = rows("tenable-vm-findings-plant-pcs.csv")
P = lambda s: dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.000Z")
check("findings rows", len(tn), 851)
check("assets (60 Windows 10 LTSC shop-floor PCs + 2 Windows 7 CNC PCs)", len({r["Asset Name"] for r in tn}), 62)
check("every asset tagged Class:OT-ShopFloor", all("Class:OT-ShopFloor" in r["Asset Tags"] for r in tn), True)
check("rows first seen before 02/02/2026 (outside the population)", sum(1 for r in tn if P(r["First Seen"]).date() < SINCE), 170)
acc = [r for r in tn if r["Risk Modified"] == "Accepted"]
check("accepted-risk rows (EXC-OT-03, the two Windows 7 CNC PCs)", (len(acc), sorted({r["Asset Name"] for r in acc})),
      (4, ["BAR-CNC-W7-01", "BAR-CNC-W7-02"]))
check("... of which first seen in the period", sum(1 for r in acc if P(r["First Seen"]).date() >= SINCE), 2)


def age(r):
    end = P(r["Last Fixed"]) if r["Last Fixed"] else AUDIT_END
    return (end - P(r["First Seen"])).total_seconds() / 86400


def tier(sev, site=""):
    pop = [r for r in tn if r["Severity"] == sev and P(r["First Seen"]).date() >= SINCE and r["Risk Modified"] != "Accepted"
           and site in r["Asset Tags"]]
    lim = LIMIT[sev]
    late = [r for r in pop if age(r) > lim]
    not_due = [r for r in pop if not r["Last Fixed"] and age(r) <= lim]
    return pop, late, not_due


pop, late, not_due = tier("Critical")
check("critical findings first seen in the period (not accepted)", len(pop), 481)
check("... open and still inside 14 days at the audit date (October update, not yet due)", len(not_due), 60)
check("... not yet due are all the October 2026 update",
      sorted({r["Plugin Name"].split(": ", 1)[1] for r in not_due}), ["Windows 10 LTSC 2021 Security Update (October 2026)"])
due = len(pop) - len(not_due)
check("criticals whose 14-day limit has passed or that were fixed", due, 421)
check("... fixed after 14 days or still open beyond 14 days", len(late), 358)
check("... of which still open at the audit date", sum(1 for r in late if not r["Last Fixed"]), 20)
check("... within 14 days", due - len(late), 63)
print(f"      late share {100 * len(late) / due:.1f} % of criticals that came due")
fixed_ages = [age(r) for r in pop if r["Last Fixed"]]
check("median days from first seen to fixed, fixed criticals", round(statistics.median(fixed_ages)), 32)
check("longest days to fix (fixed criticals)", round(max(fixed_ages)), 166)
for site, want_late, want_due in (("Barnsley", 218, 243), ("Telford", 140, 178)):
    p_, l_, n_ = tier("Critical", site)
    check(f"{site}: late criticals / criticals come due", (len(l_), len(p_) - len(n_)), (want_late, want_due))
months = defaultdict(lambda: [0, 0])
for r in pop:
    if r in not_due:
        continue
    m = P(r["First Seen"]).strftime("%m")
    months[m][1] += 1
    months[m][0] += age(r) > 14
print("      late/due by month first seen: " + ", ".join(f"{m}: {a}/{b}" for m, (a, b) in sorted(months.items())))
hp, hl, hn = tier("High")
check("highs in the period / over 30 days", (len(hp), len(hl)), (181, 61))
mp, ml, mn = tier("Medium")
check("mediums in the period / over 90 days", (len(mp), len(ml)), (17, 0))
check("lows (no limit) all first seen before the period", all(P(r["First Seen"]).date() < SINCE for r in tn if r["Severity"] == "Low"), True)
fix_days = Counter(r["Last Fixed"][:10] for r in tn if r["Last Fixed"])
check("patch rounds (dates on which findings were fixed, UTC date)",
      sorted(d for d in fix_days if d != "2026-04-22"),
      ["2026-03-01", "2026-03-15", "2026-04-03", "2026-05-17", "2026-05-31", "2026-07-27", "2026-08-03", "2026-09-27", "2026-10-11"])
check("Barnsley PCs patched on Good Friday 03/04/2026",
      len({r["Asset Name"] for r in tn if r["Last Fixed"].startswith("2026-04-03")}), 30)

# ------------------------------------------------------------------------------------------ A.8.15
print("Weekly log review register (A.8.15, A.8.16)")
lr = rows("excel-weekly-log-review-register.csv")
X = lambda s: dt.datetime.strptime(s, "%d/%m/%y").date()
check("rows (one per log source per review)", len(lr), 112)
check("log sources", len({r["Log source"] for r in lr}), 4)
reviews = sorted({(X(r["Week commencing"]), X(r["Period to"]), X(r["Reviewed on"]), r["Reviewed by"]) for r in lr})
check("reviews performed (occurrences)", len(reviews), 28)
check("reviews by PN / DH", (sum(1 for x in reviews if x[3] == "PN"), sum(1 for x in reviews if x[3] == "DH")), (25, 3))
weeks = [SINCE + dt.timedelta(days=7 * k) for k in range(40)]
expected = [w for w in weeks if w + dt.timedelta(days=9) <= EXPORT]     # due the Wednesday after the week
check("weeks expected (due by the export date)", (len(expected), expected[-1].isoformat()), (36, "2026-10-05"))
check("week of 12/10/2026 not yet due (due 21/10/2026, after the audit date)", weeks[36].isoformat(), "2026-10-12")
cover = {}
for wc, to, on, by in reviews:
    w = wc
    while w <= to:
        cover[w] = on
        w += dt.timedelta(days=7)
missing = [w for w in expected if w not in cover]
check("weeks with no review at all", [w.isoformat() for w in missing], ["2026-06-29", "2026-07-06", "2026-07-13", "2026-07-20"])
check("months with no review performed", [m for m in range(2, 11) if not any(x[2].month == m for x in reviews)], [7])
late_weeks = [w for w in expected if w in cover and cover[w] > w + dt.timedelta(days=9)]
check("weeks reviewed after their due Wednesday",
      [w.isoformat() for w in late_weeks], ["2026-03-30", "2026-08-10", "2026-08-24", "2026-09-07", "2026-09-21"])
check("weeks reviewed on time", len(expected) - len(missing) - len(late_weeks), 27)
two_week = [x for x in reviews if (x[1] - x[0]).days == 13]
check("reviews covering two weeks at once (from mid-August)", [x[0].isoformat() for x in two_week],
      ["2026-08-10", "2026-08-24", "2026-09-07", "2026-09-21"])
gaps = [(b[2] - a[2]).days for a, b in zip(reviews, reviews[1:])]
print(f"      days between reviews: {gaps}")
check("longest gap between reviews (30/06 to 03/08)", max(gaps), 34)
check("reviewed before the period ended (impossible)", sum(1 for x in reviews if x[2] <= x[1]), 0)

# ------------------------------------------------------------------------------------------ A.8.13
print("Veeam job sessions (A.8.13)")
vs = rows("veeam-job-sessions.csv")
V = dt.datetime.fromisoformat
check("sessions", len(vs), 794)
check("offsets: +00:00 before 29/03, +01:00 from 29/03",
      all(r["CreationTime"].endswith("+01:00") == bst(V(r["CreationTime"]).date()) for r in vs), True)
nightly = [r for r in vs if r["JobType"] == "Backup"]
nights = defaultdict(list)
for r in nightly:
    start = V(r["CreationTime"]).replace(tzinfo=None)
    night = (start - dt.timedelta(hours=12)).date()          # a 08:13 re-run belongs to the night before
    nights[(r["JobName"], night)].append(r)
first = [r for r in nightly if r["IsRetryMode"] == "False"]
check("scheduled nightly runs (3 jobs x 255 nights, 02/02 to 14/10)", len(first), 765)
check("job-nights with a Success or Warning session", sum(1 for v in nights.values() if any(r["Result"] in ("Success", "Warning") for r in v)), 765)
failed = [r for r in nightly if r["Result"] == "Failed"]
check("failed sessions (8 nights, one with a failed automatic retry)", len(failed), 9)
worst = 0
for r in failed:
    t0 = V(r["CreationTime"])
    ok = [V(x["CreationTime"]) for x in nightly if x["JobName"] == r["JobName"] and x["Result"] != "Failed" and V(x["CreationTime"]) > t0]
    worst = max(worst, (min(ok) - t0).total_seconds() / 3600)
check("longest time from a failure to a good session, hours (< 24)", round(worst, 1), 9.2)
sb = [r for r in vs if r["JobType"] == "SureBackup"]


def months_with_pass(job):
    return sorted({V(r["CreationTime"]).month for r in sb if r["JobName"] == job and r["Result"] == "Success"})


check("Barnsley monthly restore test: months passed", months_with_pass("SB-BAR-MES-Monthly"), [2, 3, 4, 5, 6, 7, 8, 9, 10])
check("Telford monthly restore test: months passed", months_with_pass("SB-TEL-MES-Monthly"), [2, 3, 4, 5, 7, 8, 9])
check("Telford months February-September missed", [m for m in range(2, 10) if m not in months_with_pass("SB-TEL-MES-Monthly")], [6])
tel_fail = [r for r in sb if r["Result"] == "Failed"]
check("SureBackup failures (Telford 19/08, re-run 20/08 passed)",
      [(r["JobName"], r["CreationTime"][:10]) for r in tel_fail], [("SB-TEL-MES-Monthly", "2026-08-19")])
check("head office quarterly restore test dates", [r["CreationTime"][:10] for r in sb if r["JobName"] == "SB-HO-FS-Quarterly"],
      ["2026-03-26", "2026-06-25", "2026-09-17"])
check("last Barnsley test", max(r["CreationTime"][:10] for r in sb if r["JobName"] == "SB-BAR-MES-Monthly"), "2026-10-08")

# ------------------------------------------------------------------------------------------ A.5.18
print("Leavers: SAP HCM leaving actions against Entra 'Disable account' (A.5.18, A.6.5)")
sa = rows("sap-hcm-personnel-actions.csv")
S = lambda s: dt.datetime.strptime(s, "%d.%m.%Y").date()
check("personnel actions", len(sa), 139)
check("actions by type (01 hiring, 02 org. reassignment, 10 leaving)", sorted(Counter(r["Action Type"] for r in sa).items()),
      [("01", 70), ("02", 25), ("10", 44)])
lv = [r for r in sa if r["Action Type"] == "10"]
check("leavers by site", sorted(Counter(r["Personnel Area Text"] for r in lv).items()),
      [("Barnsley Plant", 21), ("Sheffield Head Office", 12), ("Telford Plant", 11)])
en = rows("entra-audit-log-user-management.csv")
check("Entra audit rows", len(en), 115)
disabled = defaultdict(list)
for r in en:
    if r["Activity"] == "Disable account":
        disabled[r["Target1UserPrincipalName"]].append(utc_to_uk(dt.datetime.strptime(r["Date (UTC)"][:19], "%Y-%m-%dT%H:%M:%S")))
result = {}
for r in lv:
    last = S(r["Start Date"]) - dt.timedelta(days=1)         # SAP: a leaving action starts the day after the last day
    off = min(disabled[r["Communication (E-mail)"]])
    deadline = dt.datetime.combine(next_workday(last), dt.time(23, 59, 59))
    result[r["Employee/app.name"]] = (last, off, off > deadline, S(r["Changed On"]))
late = sorted(n for n, v in result.items() if v[2])
check("leavers disabled after the end of the next working day", late, ["Kyle Bratton"])
kb = result["Kyle Bratton"]
check("Kyle Bratton: last day, SAP keyed, disabled (UK time)", (kb[0].isoformat(), kb[3].isoformat(), kb[1].isoformat()),
      ("2026-06-12", "2026-06-22", "2026-06-22T14:48:12"))
check("leaving actions keyed after the last working day", sorted(n for n, v in result.items() if v[3] > v[0]), ["Kyle Bratton"])
check("no account disabled before the last working day", all(v[1].date() >= v[0] for v in result.values()), True)
check("disabled on the last day / the next working day",
      (sum(1 for v in result.values() if v[1].date() == v[0]), sum(1 for v in result.values() if v[1].date() == next_workday(v[0]))),
      (27, 16))
INITIAL = ["Faisal Wilkinson", "Lewis Jones", "Becky Lee", "Nicola Pickering", "Kyle Bratton"]
EXTENSION = ["Nicola Bailey", "Joel Sharp", "Carl Malik", "Grace Bratton", "Nicola Wood"]
check("auditor's first sample of 5: late", sum(result[n][2] for n in INITIAL), 1)
check("extended sample of 10: late", sum(result[n][2] for n in INITIAL + EXTENSION), 1)
check("whole population of 44: late", sum(v[2] for v in result.values()), 1)
check("other Entra disables (long-term absence, not leavers)", sorted(set(disabled) - {r["Communication (E-mail)"] for r in lv}).__len__(), 3)

# ------------------------------------------------------------------------------------------ A.6.3
print("SuccessFactors Learning item status (A.6.3)")
tr = rows("successfactors-learning-item-status.csv")
F = lambda s: dt.datetime.strptime(s, "%d-%b-%Y").date() if s else None
check("persons (one row each, active users)", (len(tr), len({r["User ID"] for r in tr})), (320, 320))
done = [r for r in tr if r["Completion Status"] == "Complete"]
check("complete (raw)", len(done), 282)
print(f"      raw completion {100 * len(done) / len(tr):.1f} %")
due = [r for r in tr if F(r["Required Date"]) <= AUDIT]
check("persons whose required date has passed by the audit date", len(due), 276)
check("... complete on or before the required date", sum(1 for r in due if r["Completion Date"] and F(r["Completion Date"]) <= F(r["Required Date"])), 276)
nd = [r for r in tr if F(r["Required Date"]) > AUDIT]
check("not yet due: joiners since 21/09/2026 (earliest required date)", (len(nd), min(F(r["Required Date"]) for r in nd).isoformat()),
      (44, "2026-10-21"))
check("... of which not yet complete", sum(1 for r in nd if r["Completion Status"] != "Complete"), 38)
check("Telford joiners on 28/09/2026 (second shift)", sum(1 for r in tr if r["Hire Date"] == "28-Sep-2026" and r["Location"] == "Telford Plant"), 24)
check("hire dates agree with SAP hiring actions",
      all(any(a["Pers.No."] == r["User ID"] and a["Start Date"] == F(r["Hire Date"]).strftime("%d.%m.%Y") for a in sa if a["Action Type"] == "01")
          for r in tr if r["Item ID"] == "ISA-INDUCTION"), True)

# ------------------------------------------------------------------------------------------ A.5.24
print("ServiceNow security incidents (A.5.24-A.5.28, A.6.8)")
si = rows("servicenow-security-incidents.csv")
N = lambda s: dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S") if s else None
check("rows", len(si), 51)
ip = [r for r in si if N(r["opened_at"]).date() >= SINCE]
check("opened in the period / before (history from January 2025)", (len(ip), len(si) - len(ip)), (15, 36))
check("months in the period with no incident", [m for m in range(2, 11) if m not in {N(r["opened_at"]).month for r in ip}], [3, 7])
RES = {"1 - Critical": 24, "2 - High": 72, "3 - Moderate": 240, "4 - Low": 480}
bad = []
for r in ip:
    o, z = N(r["opened_at"]), N(r["resolved_at"])
    if (z - o).total_seconds() > RES[r["priority"]] * 3600:
        bad.append((r["number"], "resolution"))
    if r["priority"] in ("1 - Critical", "2 - High"):
        pir = N(r["u_pir_completed_at"])
        if not pir or workdays_between(z.date(), pir.date()) > 10:
            bad.append((r["number"], "PIR"))
    if r["u_personal_data_breach"] == "Yes":
        a = N(r["u_dpo_assessed_at"])
        if not a or (a - o).total_seconds() > 48 * 3600:
            bad.append((r["number"], "DPO assessment"))
        if r["u_ico_notification_required"] == "Yes" and (not r["u_ico_notified_at"] or (N(r["u_ico_notified_at"]) - o).total_seconds() > 72 * 3600):
            bad.append((r["number"], "ICO"))
    if r["state"] != "Closed":
        bad.append((r["number"], "open"))
check("incidents in the period outside policy", bad, [])
pdb = [r for r in ip if r["u_personal_data_breach"] == "Yes"]
check("personal data breaches in the period (payslip, assessed not reportable)",
      [(r["number"], r["opened_at"][:10], r["u_ico_notification_required"]) for r in pdb], [("SIR0010045", "2026-06-09", "No")])
ph = [r for r in ip if r["category"] == "Phishing"]
check("phishing reports in the period, none a personal data breach", (len(ph), sum(r["u_personal_data_breach"] == "Yes" for r in ph)), (4, 0))
check("priorities in the period", sorted(Counter(r["priority"] for r in ip).items()), [("2 - High", 3), ("3 - Moderate", 7), ("4 - Low", 5)])

# ------------------------------------------------------------------------------------------ A.8.32
print("ServiceNow change requests (A.8.32)")
ch = rows("servicenow-change-requests.csv")
check("rows", len(ch), 299)
cp = [r for r in ch if N(r["sys_created_on"]).date() >= SINCE]
check("created in the period / before", (len(cp), len(ch) - len(cp)), (290, 9))
check("types in the period", sorted(Counter(r["type"] for r in cp).items()), [("Emergency", 7), ("Normal", 130), ("Standard", 153)])
check("standard changes with an approver or approval date", sum(1 for r in ch if r["type"] == "Standard" and (r["u_cab_approver"] or r["approval_set"])), 0)
impl = [r for r in cp if r["type"] == "Normal" and r["work_start"]]
check("normal changes implemented in the period", len(impl), 118)
check("... approved before work started", sum(1 for r in impl if r["approval"] == "Approved" and N(r["approval_set"]) < N(r["work_start"])), 118)
check("normal changes not implemented (canceled, scheduled, at assess)", sorted(Counter(r["state"] for r in cp if r["type"] == "Normal" and not r["work_start"]).items()),
      [("Assess", 3), ("Canceled", 7), ("Scheduled", 2)])
em = [r for r in ch if r["type"] == "Emergency"]
check("emergency changes approved within 2 working days after work ended",
      [workdays_between(N(r["work_end"]).date(), N(r["approval_set"]).date()) for r in em], [1, 1, 1, 2, 0, 1, 2])
check("pre-period normal changes implemented without approval (January, before the ISMS)",
      sum(1 for r in ch if r not in cp and r["type"] == "Normal" and r["work_start"] and not r["approval_set"]), 2)
check("CAB approvals on Tuesday 13/10/2026", sum(1 for r in ch if r["approval_set"].startswith("2026-10-13")), 2)

# ------------------------------------------------------------------------------------------ A.7.2
print("Vantrell MES visitor log (A.7.2)")
vl = rows("vantrell-mes-visitor-log.csv")
U = lambda s: dt.datetime.strptime(s, "%m/%d/%Y %I:%M %p") if s else None
check("visits", len(vl), 1090)
check("by plant", sorted(Counter(r["Plant"] for r in vl).items()), [("Barnsley", 623), ("Telford", 467)])
open_v = [r for r in vl if not r["Time Out"]]
check("visits with no Time Out (all still on site on 15/10/2026 when exported at 10:05)",
      (len(open_v), all(U(r["Time In"]).date() == EXPORT and U(r["Time In"]).time() < dt.time(10, 5) for r in open_v)), (5, True))
check("closed visits without the badge returned", sum(1 for r in vl if r["Time Out"] and r["Badge Returned"] != "Y"), 0)
check("unescorted persons without a valid site induction", sum(1 for r in vl if r["Escorted"] != "Y" and r["Site Induction"] != "Valid"), 0)
check("unescorted inducted contractors (allowed)", sum(1 for r in vl if r["Escorted"] == "N/A - inducted"), 275)
check("working days without a visitor (events, not a cadence): Barnsley, Telford",
      tuple(sum(1 for k in range((EXPORT - SINCE).days) if workday(SINCE + dt.timedelta(days=k)) and not any(
          U(r["Time In"]).date() == SINCE + dt.timedelta(days=k) for r in vl if r["Plant"] == pl)) for pl in ("Barnsley", "Telford")),
      (2, 17))

print()
if problems:
    print("STORY MISMATCH:", ", ".join(problems))
    sys.exit(1)
print("all counts agree with the story")
