#!/usr/bin/env python3
"""Open an `auditsim actions export` spreadsheet with openpyxl and check what a spreadsheet
user relies on: one sheet, the header row frozen, an autofilter over the whole table, real
date cells, and one row per action. Prints 'ok N rows' or the first problem (exit status 1).

Usage: check-actions-xlsx.py FILE.xlsx EXPECTED_ROWS
"""
import datetime
import sys

import openpyxl


def main(path, expected_rows):
    wb = openpyxl.load_workbook(path)
    if wb.sheetnames != ["Corrective actions"]:
        return f"sheets: {wb.sheetnames}"
    ws = wb.active
    header = [c.value for c in ws[1]]
    for name in ("ID", "Finding", "Grade", "Root cause", "Plan", "Status", "Plan due", "Verification due"):
        if name not in header:
            return f"header lacks {name!r}: {header}"
    if ws.freeze_panes != "A2":
        return f"header not frozen: freeze_panes={ws.freeze_panes!r}"
    if not ws.auto_filter.ref or not ws.auto_filter.ref.startswith("A1:"):
        return f"no autofilter: {ws.auto_filter.ref!r}"
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    if len(rows) != expected_rows:
        return f"{len(rows)} rows, expected {expected_rows}"
    due = header.index("Plan due")
    for row in rows:
        if not isinstance(row[due], datetime.datetime):
            return f"plan due is not a date cell: {row[due]!r}"
        if not isinstance(row[0], int):
            return f"id is not a number: {row[0]!r}"
    if ws.cell(row=2, column=due + 1).number_format != "yyyy-mm-dd":
        return f"date format: {ws.cell(row=2, column=due + 1).number_format!r}"
    print(f"ok {len(rows)} rows; first plan due {rows[0][due].date() if rows else '-'}")
    return None


if __name__ == "__main__":
    problem = main(sys.argv[1], int(sys.argv[2]))
    if problem:
        print(problem)
        sys.exit(1)
