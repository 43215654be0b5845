#!/usr/bin/env python3
"""Hold the engine to the independent auditor's casebook (../shared/casebook).

    python3 scripts/casebook.py [--binary PATH] [--verbose] [CASE ...]

For each case expressed in Tests/Casebook/<case>/ (scenario.yaml and answers/), copies that folder
to a temporary directory, copies the case's raw exports byte for byte from
../shared/casebook/<case>/exports/ (the independent auditor's cases) or Tests/BlindCases/<case>/exports/
(our own blind cases: written from JUDGEMENT.md by someone who had not seen the engine, in the
casebook's layout) into its evidence/ folder, runs
`auditsim readiness --format json` with the case's answer set, and scores the result with the
casebook's own score.py. Prints each case's summary line; exits 1 if any case falls short, 2 if
the casebook or the binary is missing.
"""
import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "Tests" / "Casebook"
BLIND = ROOT / "Tests" / "BlindCases"


def casebook_dir():
    for candidate in (ROOT.parent / "shared" / "casebook", ROOT / ".." / "shared" / "casebook"):
        if (candidate / "score.py").is_file():
            return candidate.resolve()
    return None


def case_source(name, book):
    """The raw case: the shared casebook's, else our own blind case's."""
    if (book / name / "auditor-findings.yaml").is_file():
        return book / name
    if (BLIND / name / "auditor-findings.yaml").is_file():
        return BLIND / name
    return None


def run_case(name, book, binary, verbose):
    source = case_source(name, book)
    if source is None:
        print(f"{name}: no raw case in {book} or {BLIND}", file=sys.stderr)
        return False
    with tempfile.TemporaryDirectory(prefix=f"casebook-{name}-") as tmp:
        scenario = Path(tmp) / name
        shutil.copytree(CASES / name, scenario)
        evidence = scenario / "evidence"
        evidence.mkdir(exist_ok=True)
        for export in sorted((source / "exports").glob("*.csv")):
            shutil.copyfile(export, evidence / export.name)  # byte for byte, never edited
        answers = sorted(p.stem for p in (scenario / "answers").glob("*.yaml"))
        args = [str(binary), "readiness", "--scenario", str(scenario), "--format", "json"]
        if answers:
            args += ["--answers", answers[0]]
        run = subprocess.run(args, capture_output=True, text=True)
        if run.returncode not in (0, 2) or not run.stdout.strip():
            print(f"{name}: readiness failed (exit {run.returncode})\n{run.stderr}", file=sys.stderr)
            return False
        report = Path(tmp) / "readiness.json"
        report.write_text(run.stdout, encoding="utf-8")
        score = subprocess.run([sys.executable, str(book / "score.py"), str(source), str(report)]
                               + ([] if verbose else ["--quiet"]), capture_output=True, text=True)
        print(score.stdout.rstrip())
        if score.stderr.strip():
            print(score.stderr.rstrip(), file=sys.stderr)
        return score.returncode == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=str(ROOT / ".build" / "debug" / "auditsim"))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("cases", nargs="*")
    args = parser.parse_args()
    book = casebook_dir()
    if book is None:
        print("no casebook: expected ../shared/casebook beside the repository", file=sys.stderr)
        return 2
    binary = Path(args.binary)
    if not binary.is_file():
        print(f"no binary at {binary}: build first (swift build)", file=sys.stderr)
        return 2
    names = args.cases or sorted(p.name for p in CASES.iterdir() if (p / "scenario.yaml").is_file())
    missing = [p.name for p in book.iterdir() if p.is_dir() and (p / "auditor-findings.yaml").is_file() and p.name not in names]
    if missing and not args.cases:
        print("cases in the casebook not yet expressed: " + ", ".join(sorted(missing)), file=sys.stderr)
    results = [run_case(name, book, binary, args.verbose) for name in names]
    return 0 if all(results) and not (missing and not args.cases) else 1


if __name__ == "__main__":
    sys.exit(main())
