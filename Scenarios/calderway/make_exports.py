#!/usr/bin/env python3
"""Writes Calderway Cold Chain's raw evidence exports (evidence/*.csv), byte for byte.

Standard library only and seeded: `python3 make_exports.py` in this folder rewrites the
same files every time. Each export keeps the column names, date formats and quirks of the
tool that would have written it (Okta, ServiceNow, Veeam, Qualys, Jira, BambooHR with Okta,
SharePoint, Intune), including blank cells for items still open on the export date.

The story (see scenario.yaml): the ISMS runs from 1 April 2026; the certification audit is on
Tuesday 24 November 2026. Most controls are sound. Problems planted on purpose:
  - leavers: the BambooHR leaver notification stopped reaching IT after the May migration;
    most leavers since June kept their Okta account for days, one is still active (major);
  - Qualys: three high-severity findings missed the 14-day limit, one still open (minor);
  - supplier register: Pennine Couriers' annual review (anniversary 19 June) was never done (minor).
Handled correctly, and so not findings: failed Veeam jobs re-run the same morning, a failed
July restore test re-run two days later, an emergency change approved the next working day
after a weekend, Qualys' own annual review not yet due, quiet months in the incident log and
the leavers list, open medium findings and an open incident still inside their limits.
"""
import csv
import datetime as dt
import io
import os
import random

SEED = 20261124
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "evidence")
DOMAIN = "calderway.co.uk"
AUDIT = dt.date(2026, 11, 24)
EXPORTED = dt.date(2026, 11, 23)
START_HISTORY = dt.date(2026, 1, 1)

rng = random.Random(SEED)


def write(name, header, rows):
    """CSV as the tools write it: every field quoted, CRLF line ends, UTF-8 without BOM."""
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def bst(d):
    """True while British Summer Time runs (last Sunday of March to last Sunday of October)."""
    def last_sunday(month):
        x = dt.date(d.year, month, 31)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)
    return last_sunday(3) <= d < last_sunday(10)


def to_utc(local):
    return local - dt.timedelta(hours=1 if bst(local.date()) else 0)


def iso_z(t, millis=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if millis else "Z")


def iso_local(t):
    """ISO 8601 with the UK offset of the moment: 2026-06-08T09:00:00.000+01:00."""
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".000+01:00" if bst(t.date()) else ".000+00:00")


def jira(t):
    """Jira's export format: 14/May/26 9:42 AM (local time)."""
    return f"{t.day:02d}/{t.strftime('%b')}/{t.strftime('%y')} {int(t.strftime('%I'))}:{t.strftime('%M')} {t.strftime('%p')}"


def us12(t):
    """Veeam console on an en-US install: 6/3/2026 1:00:12 AM."""
    return f"{t.month}/{t.day}/{t.year} {int(t.strftime('%I'))}:{t.strftime('%M:%S')} {t.strftime('%p')}"


def email(name):
    return name.lower().replace(" ", ".") + "@" + DOMAIN


def nth_weekday(year, month, weekday, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(weekday - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def at(d, h, m, s=0):
    return dt.datetime(d.year, d.month, d.day, h, m, s)


# --------------------------------------------------------------------------------------------
# 1. Okta Identity Governance: access certification campaigns, one row per application.
def access_certifications():
    apps = [
        ("Microsoft 365", "Dave Kettering"),
        ("Blue Yonder WMS", "Joe Lindley"),
        ("Sage 200", "Rob Cattermole"),
        ("ColdTrack Portal", "Priyanka Desai"),
        ("Microsoft Azure", "Tomasz Wrobel"),
        ("Okta Admin Console", "Dave Kettering"),
    ]
    campaigns = [
        ("icp0q1x7Ha2026Q1", "Q1 2026 access certification", dt.date(2026, 3, 9)),
        ("icp0q2Rw4d2026Q2", "Q2 2026 access certification", dt.date(2026, 6, 8)),
        ("icp0q3Mz8k2026Q3", "Q3 2026 access certification", dt.date(2026, 9, 7)),
    ]
    rows = []
    for cid, cname, start in campaigns:
        # The campaign is scheduled in the admin's zone (an offset); sign-offs are logged in UTC (Z).
        begin = at(start, 9, 0)
        end = begin + dt.timedelta(days=14)
        for i, (app, owner) in enumerate(apps):
            day = start + dt.timedelta(days=1 + (i * 3) // len(apps))  # spread over three days
            done = to_utc(at(day, rng.randint(9, 16), rng.randint(0, 59), rng.randint(0, 59)))
            decisions = rng.randint(12, 70)
            revoked = rng.randint(0, 4)
            rows.append([cid, cname, iso_local(begin), iso_local(end), app, email(owner), iso_z(done),
                         str(decisions), str(revoked), "Completed"])
    write("okta-access-certifications.csv",
          ["Campaign ID", "Campaign Name", "Campaign Start", "Campaign End", "Resource Name", "Reviewer",
           "Reviewer Completed At", "Decision Count", "Revoked", "Status"], rows)


# --------------------------------------------------------------------------------------------
# 2. ServiceNow facilities tasks: the monthly site security inspection at each site.
def site_inspections():
    rows = []
    number = 10211
    for month in range(1, 12):
        # Wakefield: first Tuesday; Avonmouth: third Thursday.
        plans = [("Wakefield DC", "Gary Holroyd", nth_weekday(2026, month, 1, 1)),
                 ("Avonmouth DC", "Sian Pritchard", nth_weekday(2026, month, 3, 3))]
        for site, who, day in plans:
            if day >= AUDIT:
                continue
            opened = at(day - dt.timedelta(days=7), 6, 0, 0)
            closed = at(day, rng.randint(14, 16), rng.randint(0, 59), rng.randint(0, 59))
            note = rng.choice([
                "Perimeter fence, gates, dock doors and fire exits checked. Alarm set/unset log reviewed. CCTV recording on all cameras. Clear desk walk-round done.",
                "All doors and roller shutters secure, intruder alarm tested with ARC. CCTV 31 days on NVR. Two unlocked screens in transport office, users reminded.",
                "Inspection complete, no exceptions. Visitor book reconciled to badge issue.",
            ])
            rows.append([f"FAC00{number}", opened.strftime("%Y-%m-%d %H:%M:%S"),
                         f"Monthly site security inspection - {site}", site, who, "Closed Complete",
                         closed.strftime("%Y-%m-%d %H:%M:%S"), note])
            number += 1
            if site == "Avonmouth DC" and month == 7:
                # The scheduler raised the July Avonmouth task twice; the copy was closed as a duplicate.
                dup_closed = at(day - dt.timedelta(days=6), 8, 12, 40)
                rows.append([f"FAC00{number}", opened.strftime("%Y-%m-%d %H:%M:%S"),
                             f"Monthly site security inspection - {site}", site, who, "Closed Skipped",
                             dup_closed.strftime("%Y-%m-%d %H:%M:%S"), f"Duplicate of FAC00{number - 1}"])
                number += 1
    rows.sort(key=lambda r: r[0])
    write("servicenow-site-inspections.csv",
          ["Number", "Opened", "Short description", "Location", "Assigned to", "State", "Closed", "Close notes"], rows)


# --------------------------------------------------------------------------------------------
# 3. Veeam Backup & Replication job sessions: two nightly jobs, failures re-run the same morning.
def backup_sessions():
    jobs = [("WMS-SQL-Nightly", 1, 0, 40, 70, 180, 260), ("FileServers-Nightly", 1, 30, 30, 90, 410, 520)]
    failures = {  # day -> job index, reason
        dt.date(2026, 4, 18): (0, "Error: VSS writer 'SqlServerWriter' timed out"),
        dt.date(2026, 5, 30): (1, "Error: Not enough free space on repository WKF-REPO01"),
        dt.date(2026, 7, 11): (0, "Error: Failed to connect to WKF-SQL01: the RPC server is unavailable"),
        dt.date(2026, 8, 22): (1, "Error: Not enough free space on repository WKF-REPO01"),
        dt.date(2026, 9, 26): (0, "Error: VSS writer 'SqlServerWriter' timed out"),
        dt.date(2026, 10, 31): (1, "Error: Processing AVM-FS01 failed: host is not responding"),
        dt.date(2026, 11, 14): (0, "Error: VSS writer 'SqlServerWriter' timed out"),
    }
    rows = []
    d = dt.date(2026, 1, 5)
    while d <= AUDIT:
        for j, (name, h, m, dmin, dmax, gbmin, gbmax) in enumerate(jobs):
            start = at(d, h, m, rng.randint(3, 40))
            end = start + dt.timedelta(minutes=rng.randint(dmin, dmax), seconds=rng.randint(0, 59))
            size = rng.randint(gbmin, gbmax)
            failed = failures.get(d)
            if failed and failed[0] == j:
                end = start + dt.timedelta(minutes=rng.randint(4, 15), seconds=rng.randint(0, 59))
                rows.append([name, "Backup", "Failed", us12(start), us12(end), str(end - start), "0 B", "0 B", "0 B",
                             failed[1]])
                rerun = at(d, rng.randint(7, 9), rng.randint(0, 59), rng.randint(0, 59))
                rend = rerun + dt.timedelta(minutes=rng.randint(dmin, dmax), seconds=rng.randint(0, 59))
                rows.append([name, "Backup", "Success", us12(rerun), us12(rend), str(rend - rerun), f"{size} GB",
                             f"{size - rng.randint(1, 9)} GB", f"{rng.randint(6, 24)} GB", "Manual retry by tomasz.wrobel"])
                continue
            status, details = "Success", ""
            if rng.random() < 0.025:
                status, details = "Warning", "Warning: Changed block tracking is disabled, full scan used"
            rows.append([name, "Backup", status, us12(start), us12(end), str(end - start), f"{size} GB",
                         f"{size - rng.randint(1, 9)} GB", f"{rng.randint(6, 24)} GB", details])
        d += dt.timedelta(days=1)
    write("veeam-backup-sessions.csv",
          ["Job Name", "Session Type", "Status", "Start Time", "End Time", "Duration", "Processed Size", "Read",
           "Transferred", "Details"], rows)


# --------------------------------------------------------------------------------------------
# 4. Confluence restore-test log (exported as CSV): monthly, alternating systems.
def restore_tests():
    rows = []
    ticket = 1402
    for month in range(1, 12):
        day = nth_weekday(2026, month, 3, 2)  # second Thursday
        if day >= AUDIT:
            continue
        system = "WKF-SQL01 (WMS database)" if month % 2 else "WKF-FS01 (file server)"
        performer, witness = ("Tomasz Wrobel", "Dave Kettering") if month % 3 else ("Dave Kettering", "Tomasz Wrobel")
        if month == 7:
            rows.append([day.strftime("%d/%m/%Y"), system, (day - dt.timedelta(days=1)).strftime("%d/%m/%Y"), performer,
                         witness, "Fail", "No", f"IT-{ticket}", "Restore account password expired; reset and re-run booked."])
            ticket += 1
            day = day + dt.timedelta(days=1)
        rows.append([day.strftime("%d/%m/%Y"), system, (day - dt.timedelta(days=1)).strftime("%d/%m/%Y"), performer,
                     witness, "Pass", "Yes", f"IT-{ticket}",
                     f"Restored to isolated VLAN in {rng.randint(38, 150)} min; application checks OK."])
        ticket += 1
    write("restore-test-log.csv",
          ["Test date", "System", "Restore point", "Performed by", "Witnessed by", "Result", "RTO met", "Jira", "Notes"], rows)


# --------------------------------------------------------------------------------------------
# 5. Qualys VMDR detections: weekly scans (Mondays), limits by severity.
def qualys():
    hosts = [("10.20.1.11", "wkf-sql01.calderway.local"), ("10.20.1.12", "wkf-fs01.calderway.local"),
             ("10.20.1.15", "wkf-app01.calderway.local"), ("10.30.1.11", "avm-fs01.calderway.local"),
             ("10.30.1.20", "avm-prt01.calderway.local"), ("10.20.1.30", "wkf-rds01.calderway.local"),
             ("10.20.1.5", "wkf-dc01.calderway.local"), ("10.30.1.5", "avm-dc01.calderway.local")]
    titles = {
        "Critical": [(91850, "Microsoft Windows Security Update for November 2026"), (380112, "OpenSSL Remote Code Execution Vulnerability"),
                     (91731, "Microsoft SQL Server Remote Code Execution Vulnerability"), (378455, "Veeam Agent Remote Code Execution")],
        "High": [(91822, "Microsoft .NET Framework Security Update"), (376301, "Oracle Java SE Critical Patch Update"),
                 (105489, "Microsoft Windows SMB Signing Not Required"), (91790, "Microsoft Edge Chromium Security Update"),
                 (38173, "SSL Certificate - Signature Verification Failed"), (372881, "7-Zip Remote Code Execution")],
        "Medium": [(38170, "SSL Certificate - Subject Common Name Does Not Match Server FQDN"), (38657, "Birthday attacks against TLS ciphers (SWEET32)"),
                   (82003, "ICMP Timestamp Request"), (90882, "Windows Remote Desktop Protocol Weak Encryption Method Allowed"),
                   (105500, "Microsoft Windows Explorer AutoPlay Not Disabled")],
        "Low": [(38628, "SSL/TLS Server supports TLSv1.0"), (86473, "Web Server HTTP Trace/Track Method Support"),
                (45017, "Operating System Detected")],
    }
    mondays = []
    d = dt.date(2026, 3, 2)
    while d < AUDIT:
        mondays.append(d)
        d += dt.timedelta(days=7)

    plan = []  # (severity, first detected monday, fix delay in hours or None for open)
    for i in range(7):  # criticals: all within 72 hours
        plan.append(("Critical", mondays[2 + i * 4], rng.randint(14, 66)))
    high_mondays = [mondays[k] for k in (1, 3, 5, 6, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 27, 29, 31, 33, 35)]
    for i, m in enumerate(high_mondays):
        plan.append(("High", m, rng.randint(3 * 24, 13 * 24)))  # mostly 3 to 13 days: fine against 14 days
    plan[7 + 9] = ("High", high_mondays[9], 17 * 24 + 5)   # June: 17 days
    plan[7 + 12] = ("High", high_mondays[12], 23 * 24 + 2)  # July: 23 days
    plan.append(("High", dt.date(2026, 10, 26), None))       # Java on the Avonmouth print server: still open
    for k in range(0, len(mondays), 2):
        m = mondays[k]
        if m >= dt.date(2026, 11, 1):
            plan.append(("Medium", m, None))  # open, still inside 30 days
        else:
            plan.append(("Medium", m, rng.randint(5 * 24, 27 * 24)))
    for k in (0, 6, 15, 24):
        plan.append(("Low", mondays[k], None if k != 6 else rng.randint(40 * 24, 80 * 24)))

    rows = []
    for sev, monday, delay in plan:
        ip, dns = rng.choice(hosts)
        qid, title = rng.choice(titles[sev])
        if sev == "High" and delay is None:
            ip, dns, qid, title = "10.30.1.20", "avm-prt01.calderway.local", 376301, "Oracle Java SE Critical Patch Update"
        first = dt.datetime(monday.year, monday.month, monday.day, 2, rng.randint(0, 59), rng.randint(0, 59))
        if delay is None:
            fixed, status = "", "Active"
            last = dt.datetime(2026, 11, 23, 2, rng.randint(0, 59), rng.randint(0, 59))
        else:
            fixed_t = first + dt.timedelta(hours=delay, minutes=rng.randint(0, 59))
            fixed, status = iso_z(fixed_t, millis=False), "Fixed"
            last = fixed_t - dt.timedelta(hours=rng.randint(1, 20))
            if last < first:
                last = first
        sevnum = {"Critical": "5", "High": "4", "Medium": "3", "Low": "2"}[sev]
        rows.append([ip, dns, dns.split(".")[0].upper(), str(qid), title, sev, sevnum, status, iso_z(first, millis=False),
                     iso_z(last, millis=False), fixed, "" if qid in (45017, 82003) else "443", "tcp"])
    rows.sort(key=lambda r: (r[8], r[0], r[3]))
    write("qualys-vm-detections.csv",
          ["IP", "DNS", "NetBIOS", "QID", "Title", "Severity", "Severity Level", "Vuln Status", "First Detected",
           "Last Detected", "Date Last Fixed", "Port", "Protocol"], rows)


# --------------------------------------------------------------------------------------------
# 6. Jira Service Management: security incidents (project SEC). June and September are quiet.
def incidents():
    items = [
        # created (local), priority, resolved after (hours or None), summary, site, breach, ICO after hours
        (dt.datetime(2026, 2, 17, 10, 5), "Medium", 52, "Phishing email reported by transport planner, credentials not entered", "Wakefield DC", "No", None),
        (dt.datetime(2026, 4, 14, 9, 42), "Medium", 30, "Phishing email with fake delivery invoice clicked, password reset", "Wakefield DC", "No", None),
        (dt.datetime(2026, 5, 6, 15, 18), "High", 41, "Delivery manifests with patient names emailed to wrong pharmacy", "Avonmouth DC", "Yes", 38),
        (dt.datetime(2026, 7, 2, 7, 55), "Low", 150, "Unescorted visitor found in Wakefield goods-in office", "Wakefield DC", "No", None),
        (dt.datetime(2026, 7, 24, 22, 10), "Highest", 9, "Ransomware alert on AVM-PC07 contained by Defender", "Avonmouth DC", "No", None),
        (dt.datetime(2026, 8, 19, 13, 30), "Medium", 96, "Zebra handheld lost on delivery route, remotely wiped", "Avonmouth DC", "No", None),
        (dt.datetime(2026, 10, 9, 11, 2), "Low", 260, "Shared mailbox permissions wider than needed", "Wakefield DC", "No", None),
        (dt.datetime(2026, 11, 18, 16, 44), "Medium", None, "Driver handheld left unlocked in cab at Avonmouth", "Avonmouth DC", "No", None),
    ]
    rows = []
    for n, (created, prio, res, summary, site, breach, ico) in enumerate(items):
        key = f"SEC-{41 + n * 3}"
        resolved = jira(created + dt.timedelta(hours=res, minutes=rng.randint(0, 50))) if res is not None else ""
        status = "Resolved" if res is not None else "In Progress"
        ico_at = jira(created + dt.timedelta(hours=ico)) if ico else ""
        root = rng.choice(["User error", "Process gap", "Third party", "Malware"]) if res is not None else ""
        rows.append([summary, key, str(20400 + n * 17), "Security Incident", status, prio, jira(created), resolved,
                     "priyanka.desai", "priyanka.desai" if n % 2 else "tomasz.wrobel", site, breach, ico_at, root])
    rows.reverse()  # Jira lists newest first
    write("jira-security-incidents.csv",
          ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Priority", "Created", "Resolved", "Reporter",
           "Assignee", "Custom field (Site)", "Custom field (Personal data breach)", "Custom field (ICO notified at)",
           "Custom field (Root cause)"], rows)


# --------------------------------------------------------------------------------------------
# 7. Leavers: BambooHR termination report joined by IT to Okta's deactivation time.
def leavers():
    people = [
        # last day, name, title, location, deactivation delay after 17:30 in hours (None: still active)
        (dt.date(2026, 2, 27), "Mark Ellison", "Warehouse Operative", "Wakefield DC", 2),
        (dt.date(2026, 4, 10), "Sarah Dobbs", "Transport Planner", "Wakefield DC", 1),
        (dt.date(2026, 4, 30), "Kieran Walsh", "Warehouse Supervisor", "Avonmouth DC", 15),
        (dt.date(2026, 6, 5), "Lena Novak", "Warehouse Operative", "Avonmouth DC", 4 * 24 + 15),
        (dt.date(2026, 6, 19), "Paul Greaves", "Customer Service Advisor", "Wakefield DC", 3),
        (dt.date(2026, 6, 26), "Aisha Kaur", "Warehouse Operative", "Avonmouth DC", 11 * 24 + 16),
        (dt.date(2026, 7, 10), "Tom Barraclough", "Driver", "Wakefield DC", 2 * 24 + 16),
        (dt.date(2026, 7, 31), "Rhys Morgan", "Warehouse Operative", "Avonmouth DC", 6 * 24 + 17),
        (dt.date(2026, 9, 4), "Jodie Firth", "Quality Technician", "Wakefield DC", 14),
        (dt.date(2026, 9, 11), "Callum Price", "Warehouse Operative", "Avonmouth DC", 9 * 24 + 15),
        (dt.date(2026, 9, 18), "Beata Zielinska", "Warehouse Operative", "Avonmouth DC", 3 * 24 + 16),
        (dt.date(2026, 9, 30), "Gareth Lewis", "Transport Planner", "Wakefield DC", 5 * 24 + 16),
        (dt.date(2026, 10, 16), "Hannah Reid", "Customer Service Advisor", "Wakefield DC", 2 * 24 + 17),
        (dt.date(2026, 10, 30), "Darren Hughes", "Warehouse Operative", "Avonmouth DC", None),
        (dt.date(2026, 11, 6), "Megan Shaw", "Finance Assistant", "Wakefield DC", 4),
        (dt.date(2026, 11, 13), "Ola Adebayo", "Warehouse Operative", "Avonmouth DC", 7 * 24 + 16),
    ]
    rows = []
    for n, (day, name, title, site, delay) in enumerate(people):
        if delay is None:
            deact, status, by = "", "ACTIVE", ""
        else:
            t = to_utc(at(day, 17, 30) + dt.timedelta(hours=delay, minutes=rng.randint(0, 55)))
            deact, status, by = iso_z(t), "DEPROVISIONED", rng.choice(["dave.kettering", "tomasz.wrobel"])
        rows.append([str(1180 + n * 7), name, title, site, "Terminated", day.strftime("%d/%m/%y"),
                     email(name), status, deact, by])
    write("bamboohr-leavers-okta.csv",
          ["Employee #", "Name", "Job Title", "Location", "Employment Status", "Termination Date", "Work Email",
           "Okta Status", "Deactivated (UTC)", "Deactivated By"], rows)


# --------------------------------------------------------------------------------------------
# 8. SharePoint list export: supplier security review register, one row per review.
def supplier_register():
    S = [
        ("ColdTrack Telemetry Ltd", "Critical - SaaS", "16/05/2022",
         [("Onboarding assessment", "20/04/2022"), ("Annual review", "11/05/2023"), ("Annual review", "20/05/2024"),
          ("Annual review", "14/05/2025"), ("Annual review", "12/05/2026")]),
        ("Okta Inc", "Critical - SaaS", "01/07/2024",
         [("Onboarding assessment", "10/06/2024"), ("Annual review", "30/06/2025"), ("Annual review", "24/06/2026")]),
        ("Microsoft (M365 and Azure)", "Critical - Cloud", "01/09/2021",
         [("Annual review", "03/09/2025"), ("Annual review", "08/09/2026")]),
        ("Pennine Couriers Ltd", "Critical - Logistics", "19/06/2023",
         [("Onboarding assessment", "01/06/2023"), ("Annual review", "25/06/2024"), ("Annual review", "20/06/2025")]),
        ("Northbyte Cloud Backup Ltd", "Critical - Cloud", "03/02/2025",
         [("Onboarding assessment", "15/01/2025"), ("Annual review", "05/02/2026")]),
        ("Qualys Ltd", "Important - SaaS", "02/03/2026", [("Onboarding assessment", "20/02/2026")]),
        ("ShredSafe Yorkshire Ltd", "Important - Disposal", "09/12/2024",
         [("Onboarding assessment", "25/11/2024"), ("Annual review", "04/12/2025")]),
        ("Blue Yonder", "Critical - SaaS", "12/10/2020",
         [("Annual review", "15/10/2025"), ("Annual review", "20/10/2026")]),
    ]
    reviewers = ["Amir Qureshi", "Amir Qureshi", "Priyanka Desai"]
    rows = []
    for supplier, category, start, reviews in S:
        for kind, date in reviews:
            d = dt.datetime.strptime(date, "%d/%m/%Y").date()
            nxt = d.replace(year=d.year + 1) if kind == "Annual review" else dt.datetime.strptime(start, "%d/%m/%Y").date().replace(
                year=dt.datetime.strptime(start, "%d/%m/%Y").year + 1)
            outcome = rng.choice(["Satisfactory", "Satisfactory", "Satisfactory - actions raised"])
            modified = at(d, rng.randint(9, 17), rng.randint(0, 59))
            rows.append([supplier, category, kind, date, start, rng.choice(reviewers), outcome, nxt.strftime("%d/%m/%Y"),
                         modified.strftime("%d/%m/%Y %H:%M")])
    write("sharepoint-supplier-reviews.csv",
          ["Title", "Supplier Category", "Review Type", "Review Date", "Contract Start", "Reviewed By", "Outcome",
           "Next Review Due", "Modified"], rows)


# --------------------------------------------------------------------------------------------
# 9. Microsoft Intune: all managed devices on the export date (an inventory snapshot).
def intune():
    users = ["helen.marsh", "rob.cattermole", "priyanka.desai", "dave.kettering", "tomasz.wrobel", "joe.lindley",
             "nicola.fairweather", "gary.holroyd", "sian.pritchard", "amir.qureshi", "kerry.ashton"]
    users += [f"user{n:02d}" for n in range(1, 18)]
    rows = []
    snap = dt.datetime(2026, 11, 23, 7, 0, 0)
    for n, u in enumerate(users):
        checkin = snap - dt.timedelta(hours=rng.randint(1, 60), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        if n == 14:
            checkin = snap - dt.timedelta(days=9, hours=3)  # on annual leave; inside the 14-day window
        enrol = dt.datetime(2025, rng.randint(1, 12), rng.randint(1, 28), 10, 0, 0)
        model = rng.choice(["Latitude 5440", "Latitude 5450", "Surface Laptop 5"])
        rows.append([f"CCC-LT-{101 + n:03d}", "Intune", "Corporate", "Compliant", "Windows", "10.0.22631.4460",
                     checkin.strftime("%Y-%m-%d %H:%M:%S.") + f"{rng.randint(0, 9999999):07d}", f"{u}@{DOMAIN}", "Yes",
                     f"CN{rng.randint(10**8, 10**9 - 1)}", "Dell Inc." if model.startswith("Lat") else "Microsoft Corporation",
                     model, enrol.strftime("%Y-%m-%d %H:%M:%S.0000000"), "Laptop"])
    for site, prefix, count in (("Wakefield", "WKF", 12), ("Avonmouth", "AVM", 14)):
        for n in range(count):
            checkin = snap - dt.timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
            enrol = dt.datetime(2025, rng.randint(6, 12), rng.randint(1, 28), 8, 30, 0)
            rows.append([f"{prefix}-HH-{n + 1:03d}", "Intune", "Corporate", "Compliant", "Android", "13",
                         checkin.strftime("%Y-%m-%d %H:%M:%S.") + f"{rng.randint(0, 9999999):07d}",
                         f"{prefix.lower()}.handheld@{DOMAIN}", "Yes", f"2{rng.randint(10**11, 10**12 - 1)}",
                         "Zebra Technologies", "TC52", enrol.strftime("%Y-%m-%d %H:%M:%S.0000000"), f"Handheld - {site}"])
    write("intune-devices.csv",
          ["Device name", "Managed by", "Ownership", "Compliance", "OS", "OS version", "Last check-in", "Primary user UPN",
           "Encrypted", "Serial number", "Manufacturer", "Model", "Enrollment date", "Category"], rows)


# --------------------------------------------------------------------------------------------
# 10. Jira: change requests (project CHG), normal, standard and emergency.
def changes():
    rows = []
    d = dt.date(2026, 1, 6)
    n = 0
    emergencies = {dt.date(2026, 5, 14), dt.date(2026, 8, 21), dt.date(2026, 10, 2)}
    while d < AUDIT - dt.timedelta(days=2):
        if d.weekday() in (1, 3) and rng.random() < 0.6 or d in emergencies:
            n += 1
            key = f"CHG-{200 + n}"
            if d in emergencies:
                kind = "Emergency"
                impl = at(d, 19 if d.weekday() == 4 else 14, rng.randint(0, 59))
                approve_day = d + dt.timedelta(days=3 if d.weekday() == 4 else 1)
                approved = at(approve_day, 9, rng.randint(5, 50))
                approver = "Dave Kettering"
                summary = rng.choice(["Emergency patch: WMS label printing failure", "Emergency firewall rule for ColdTrack gateway",
                                      "Emergency hotfix: SQL index rebuild after deadlock"])
                assignee = "Joe Lindley" if "WMS" in summary or "SQL" in summary else "Tomasz Wrobel"
                created = impl - dt.timedelta(minutes=35)
            elif rng.random() < 0.35:
                kind = "Standard"
                impl = at(d, rng.randint(7, 16), rng.randint(0, 59))
                approved, approver = None, ""
                summary = rng.choice(["Monthly Windows patching (pre-approved)", "Add user to WMS role (pre-approved)",
                                      "Certificate renewal (pre-approved)"])
                assignee = rng.choice(["Tomasz Wrobel", "Dave Kettering"])
                created = impl - dt.timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 5))
            else:
                kind = "Normal"
                impl = at(d, rng.randint(18, 20), rng.randint(0, 59))
                approved = impl - dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 6))
                summary = rng.choice(["WMS release: wave planning improvements", "Upgrade Veeam to 12.3",
                                      "New VLAN for Avonmouth chillers", "Sage 200 quarterly update",
                                      "ColdTrack API certificate rotation", "WMS release: returns workflow",
                                      "Replace AVM-FS01 storage"])
                assignee = "Joe Lindley" if "WMS" in summary or "Sage" in summary or "ColdTrack" in summary else "Tomasz Wrobel"
                approver = "Priyanka Desai" if assignee == "Dave Kettering" or rng.random() < 0.3 else "Dave Kettering"
                created = approved - dt.timedelta(days=rng.randint(1, 7))
            rows.append([key, summary, "Change", "Done", jira(created), kind, jira(impl), jira(approved) if approved else "",
                         approver, assignee, rng.choice(["Joe Lindley", "Tomasz Wrobel", "Priyanka Desai"]), "Done"])
        d += dt.timedelta(days=1)
    rows.reverse()
    write("jira-changes.csv",
          ["Issue key", "Summary", "Issue Type", "Status", "Created", "Custom field (Change type)",
           "Custom field (Implemented)", "Custom field (CAB approved)", "Custom field (CAB approver)", "Assignee",
           "Reporter", "Resolution"], rows)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for make in (access_certifications, site_inspections, backup_sessions, restore_tests, qualys, incidents, leavers,
                 supplier_register, intune, changes):
        make()
