#!/usr/bin/env python3
"""Baseline for `make bench`: what a short, idiomatic Python script (standard library csv)
takes to read a generated scenario's evidence and compute the facts auditsim derives from
it: count, first/last, cadence, coverage of expected periods, approval rate, timeliness,
completion and attribute-test failures.

Usage: bench_baseline.py SCENARIO_DIR   (prints one line of facts per evidence source)

It reads the `evidence:` block of a scenario.yaml written by `auditsim generate` with a
line-based reader (the standard library has no YAML parser); it is not a general loader.
"""
import csv
import math
import statistics
import sys
from bisect import bisect_left
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

LADDER = [("daily", 1), ("weekly", 7), ("fortnightly", 14), ("monthly", 30), ("bimonthly", 61),
          ("quarterly", 91), ("semiannual", 182), ("annual", 365)]


def read_scenario(path):
    """The organisation dates and the evidence sources, from the generator's regular layout."""
    org, sources, current, block = {}, [], None, None
    section = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw and not raw.startswith((" ", "-", "#")):
            section = raw.split(":")[0]
            continue
        line = raw.strip()
        if section == "organisation" and ":" in line:
            key, value = line.split(":", 1)
            org[key] = value.strip()
        if section != "evidence":
            continue
        indent = len(raw) - len(raw.lstrip())
        if raw.startswith("- id:"):
            current = {"id": line.split(":", 1)[1].strip(), "tests": []}
            sources.append(current)
            block = None
        elif indent == 2 and line.startswith("- id:"):
            current["tests"].append({"id": line.split(":", 1)[1].strip()})
            block = "test"
        elif indent == 2 and line == "tests:":
            block = None
        elif indent == 2 and line.endswith(":"):
            block = line[:-1]
            current[block] = {}
        elif indent == 2 and ":" in line:
            key, value = line.split(":", 1)
            current[key] = value.strip()
            block = None
        elif indent == 4 and ":" in line:
            key, value = line.split(":", 1)
            value = value.strip()
            if block == "test":
                current["tests"][-1][key] = value
            elif block:
                current[block][key] = value.strip('"')
    return org, sources


def strptime_pattern(pattern):
    return (pattern.replace("yyyy", "%Y").replace("MM", "%m").replace("dd", "%d")
            .replace("HH", "%H").replace("mm", "%M"))


def hours_of(text):
    unit, number = text[-1], float(text[:-1])
    return number * {"m": 1 / 60, "h": 1, "d": 24, "w": 168}[unit]


def expected_periods(frequency, start, end):
    """Calendar-aligned periods that ended by `end` and lie at least half inside."""
    periods = []
    if frequency == "daily":
        periods = [(start + timedelta(d), start + timedelta(d)) for d in range((end - start).days + 1)]
    elif frequency == "weekly":
        s = start - timedelta(days=start.weekday())
        while s <= end:
            periods.append((s, s + timedelta(6)))
            s += timedelta(7)
    elif frequency in ("monthly", "quarterly", "semiannual", "annual"):
        size = {"monthly": 1, "quarterly": 3, "semiannual": 6, "annual": 12}[frequency]
        month = (start.month - 1) // size * size + 1
        s = date(start.year, month, 1)
        while s <= end:
            total = s.year * 12 + s.month - 1 + size
            nxt = date(total // 12, total % 12 + 1, 1)
            periods.append((s, nxt - timedelta(1)))
            s = nxt
    kept = []
    for a, b in periods:
        if b > end:
            continue
        inside = (min(b, end) - max(a, start)).days + 1
        if inside * 2 >= (b - a).days + 1:
            kept.append((a, b))
    return kept


def passes(test, row, col):
    value = row[col[test["column"]]].strip()
    rule = test["rule"]
    if rule == "present":
        return value != "" and value.lower() not in ("n/a", "none", "-", "null")
    if rule == "one-of":
        options = [v.strip().strip('"').lower() for v in test["values"].strip("[]").split(",")]
        return value.lower() in options
    if rule == "differs-from":
        other = row[col[test["other"]]].strip()
        return value != "" and value.lower() != other.lower()
    return True


def facts(directory, org, source):
    audit = date.fromisoformat(org["audit-date"])
    since = date.fromisoformat(org["operating-since"])
    fmt = strptime_pattern(source["date"]["format"])

    @lru_cache(maxsize=None)
    def parse(text):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            return None

    with open(directory / source["file"], newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = [h.strip() for h in next(reader)]
        col = {name: i for i, name in enumerate(header)}
        id_at, date_at = col[source["id-column"]], col[source["date"]["column"]]
        seen, population, problems = set(), [], 0
        for row in reader:
            if len(row) != len(header):
                problems += 1
                continue
            rid = row[id_at].strip()
            if not rid or rid in seen:
                problems += 1
            seen.add(rid)
            when = parse(row[date_at].strip())
            if when is None or when.date() > audit:
                problems += 1
                continue
            if since <= when.date() <= audit:
                population.append((when, row))
    population.sort(key=lambda item: item[0])
    days = sorted({when.date() for when, _ in population})
    cadence = None
    if len(days) >= 3:
        gap = statistics.median((b - a).days for a, b in zip(days, days[1:]))
        cadence = min(LADDER, key=lambda rung: abs(math.log(rung[1] / gap)))[0] if gap > 0 else "continuous"
    periods = expected_periods(source.get("frequency", "ad-hoc"), since, audit)
    missed = sum(1 for a, b in periods if not (bisect_left(days, a) < len(days) and days[bisect_left(days, a)] <= b))
    result = {"count": len(population), "cadence": cadence, "problems": problems,
              "coverage": None if not periods else round((len(periods) - missed) / len(periods), 4)}
    if population:
        result["first"], result["last"] = str(population[0][0].date()), str(population[-1][0].date())
    actor, approver = source.get("actor"), source.get("approver")
    if approver:
        unapproved = sum(1 for _, row in population
                         if not row[col[approver]].strip()
                         or row[col[approver]].strip().lower() == (row[col[actor]].strip().lower() if actor else ""))
        result["approval-rate"] = round(1 - unapproved / max(len(population), 1), 4)
    if "timeliness" in source:
        t = source["timeliness"]
        within, hours, late = t["within"], [], 0
        if within.startswith("{"):
            # Limits by a column's value: `{ by: severity, critical: 72h, high: 14d }`.
            entries = dict(part.split(":", 1) for part in within.strip("{} ").split(","))
            entries = {k.strip(): v.strip() for k, v in entries.items()}
            by = col[entries.pop("by")]
            limits = {k.lower(): hours_of(v) for k, v in entries.items()}
            limit_of = lambda row: limits.get(row[by].strip().lower())
        else:
            fixed = hours_of(within)
            limit_of = lambda row: fixed
        for _, row in population:
            limit = limit_of(row)
            if limit is None:
                continue
            a, b = parse(row[col[t["from"]]].strip()), parse(row[col[t["to"]]].strip())
            if a and b:
                hours.append(max((b - a).total_seconds() / 3600, 0))
                late += hours[-1] > limit
        result["timeliness-median-h"] = statistics.median(hours) if hours else None
        result["late"] = late
    if "completion" in source:
        column = col[source["completion"]["column"]]
        result["completed"] = len({row[column].lower() for _, row in population if row[column]})
    failures = sum(1 for _, row in population if not all(passes(test, row, col) for test in source["tests"]))
    result["test-failures"] = failures
    return result


def main():
    directory = Path(sys.argv[1])
    org, sources = read_scenario(directory / "scenario.yaml")
    for source in sources:
        print(source["id"], facts(directory, org, source))


if __name__ == "__main__":
    main()
