#!/usr/bin/env python3
"""`make bench`: auditsim's fixed cost and how its load-and-audit path scales with evidence size.

Builds the release binary and measures, sequentially (the machine is shared), every ratio
within this one run:

- the default scenario (`auditsim readiness --answers prepared --format json`, harbourline)
  against Python's start-up (`python3 -c 'import csv'`);
- per-answer judgement: the same readiness run with the prepared answers minus the run with
  an answer set that answers nothing (a copy of the scenario with `answers/none.yaml`),
  divided by the answers judged;
- the REPL's first prompt (`auditsim` on a pseudo-terminal) and the piped home view;
- generated scenarios of 100k and 1M evidence rows (`auditsim generate`; 10M with
  BENCH_10M=1, opt-in: generating it takes minutes and several GB of disk): the wall time
  and peak memory (`/usr/bin/time -f '%e %M'`) of `auditsim validate DIR` and
  `auditsim readiness --scenario DIR --answers prepared --format json`, against a Python
  baseline (scripts/bench_baseline.py, standard library csv) and `cat` of the same CSVs.

It ends with each target of issue #16, met or missed by how much.

Environment: BENCH_SIZES (comma-separated rows, default 100000,1000000), BENCH_10M (1 adds
10,000,000), BENCH_PERSONS (500), BENCH_RUNS (3, the median is reported), BENCH_DIR
(/tmp/auditsim-bench), BENCH_SCRATCH (a --scratch-path).
"""
import json
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "100000,1000000").split(",")]
if os.environ.get("BENCH_10M") == "1" and 10_000_000 not in SIZES:
    SIZES.append(10_000_000)
PERSONS = int(os.environ.get("BENCH_PERSONS", "500"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
SEED = 2022
OUT = Path(os.environ.get("BENCH_DIR", "/tmp/auditsim-bench"))
SCRATCH = os.environ.get("BENCH_SCRATCH")
TIME = "/usr/bin/time"


def swift_build_args():
    return ["swift", "build", "-c", "release", "--product", "auditsim"] + (["--scratch-path", SCRATCH] if SCRATCH else [])


def build():
    print("building release …", flush=True)
    subprocess.run(swift_build_args(), cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    bin_dir = subprocess.run(swift_build_args() + ["--show-bin-path"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
    return Path(bin_dir) / "auditsim"


def ensure_time():
    if Path(TIME).exists():
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print("installing GNU time …", flush=True)
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "time"], check=True)


# Runs never touch the user's session store or cache: a private XDG home for the whole bench.
XDG = Path(tempfile.mkdtemp(prefix="auditsim-bench-xdg-"))
ENV = dict(os.environ, XDG_DATA_HOME=str(XDG / "data"), XDG_CACHE_HOME=str(XDG / "cache"))


def measure(cmd, runs=RUNS):
    """Median wall seconds and peak resident MB over `runs` runs of `cmd`."""
    walls, peaks = [], []
    with tempfile.NamedTemporaryFile("r") as report:
        for _ in range(runs):
            start = time.perf_counter()
            done = subprocess.run([TIME, "-f", "%e %M", "-o", report.name] + cmd, cwd=ROOT, env=ENV,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            elapsed = time.perf_counter() - start
            if done.returncode not in (0, 2):
                sys.exit(f"failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr[-2000:]}")
            report.seek(0)
            wall, kb = report.read().split()[-2:]
            # %e counts in hundredths, too coarse for `cat`: the clock around the run is
            # used, which is never below %e (it includes starting `time` itself, ~1 ms).
            walls.append(max(elapsed, float(wall)))
            peaks.append(int(kb) / 1024)
    return statistics.median(walls), max(peaks)


def first_prompt(binary, runs=7):
    """Median seconds from start until the REPL's home prompt (`auditsim> `) shows on a
    pseudo-terminal; None when no prompt comes (a build without the REPL)."""
    times = []
    for _ in range(runs):
        master, slave = os.openpty()
        start = time.perf_counter()
        proc = subprocess.Popen([str(binary)], cwd=ROOT, stdin=slave, stdout=slave, stderr=slave,
                                env=dict(ENV, TERM="dumb"))
        os.close(slave)
        seen, found = b"", None
        while time.perf_counter() - start < 10:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if b"auditsim> " in seen:
                found = time.perf_counter() - start
                break
        try:
            os.write(master, b"quit\n")
            proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()
        os.close(master)
        if found is None:
            return None
        times.append(found)
    return statistics.median(times)


def first_output(binary, runs=7):
    """Median seconds from start until the first byte the (piped) home view prints."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen([str(binary)], cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        proc.stdout.read(1)
        times.append(time.perf_counter() - start)
        proc.stdout.read()
        proc.wait()
    return statistics.median(times)


def generate(binary, rows):
    target = OUT / f"rows-{rows}"
    stamp = target / ".bench-params"
    params = f"{rows} {PERSONS} {SEED}"
    if stamp.exists() and stamp.read_text() == params:
        return target
    print(f"generating {rows:,} rows …", flush=True)
    target.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(binary), "generate", "--out", str(target), "--persons", str(PERSONS), "--rows", str(rows),
                    "--seed", str(SEED), "--force"], check=True, stdout=subprocess.DEVNULL)
    stamp.write_text(params)
    return target


def default_scenario(binary):
    """The default scenario against Python's start-up, and per-answer judgement."""
    python = measure([sys.executable, "-c", "import csv"], runs=max(RUNS, 5))
    readiness = measure([str(binary), "readiness", "--answers", "prepared", "--format", "json"], runs=max(RUNS, 5))
    # The same scenario with an answer set that answers nothing: every question is skipped.
    copy = OUT / "harbourline-unanswered"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(ROOT / "Scenarios/harbourline", copy)
    (copy / "answers/none.yaml").write_text("persona: Nobody answers\nanswers: {}\n")
    unanswered = measure([str(binary), "readiness", "--scenario", str(copy), "--answers", "none", "--format", "json"],
                         runs=max(RUNS, 5))
    report = subprocess.run([str(binary), "readiness", "--answers", "prepared", "--format", "json"], cwd=ROOT, env=ENV,
                            capture_output=True, text=True).stdout
    answered = sum(1 for turn in json.loads(report)["interviews"] if turn.get("answer"))
    per_answer = max(readiness[0] - unanswered[0], 0) / max(answered, 1)
    return python, readiness, unanswered, answered, per_answer


def main():
    ensure_time()
    binary = build()
    OUT.mkdir(parents=True, exist_ok=True)
    fixed = default_scenario(binary)
    results = []
    for rows in SIZES:
        scenario = generate(binary, rows)
        csvs = sorted(str(p) for p in (scenario / "evidence").glob("*.csv"))
        size_mb = sum(os.path.getsize(p) for p in csvs) / 1e6
        cat = measure(["cat"] + csvs)  # also warms the page cache for what follows
        print(f"measuring {rows:,} rows ({size_mb:.1f} MB of CSV) …", flush=True)
        runs = 1 if rows >= 10_000_000 else RUNS
        validate = measure([str(binary), "validate", "--quiet", str(scenario)], runs=runs)
        readiness = measure([str(binary), "readiness", "--scenario", str(scenario), "--answers", "prepared",
                             "--format", "json"], runs=runs)
        python = measure([sys.executable, str(ROOT / "scripts/bench_baseline.py"), str(scenario)], runs=runs)
        results.append((rows, size_mb, validate, readiness, python, cat))
    prompt = first_prompt(binary)
    home = first_output(binary)
    home_whole = measure([str(binary)], runs=5)
    report(fixed, results, prompt, home, home_whole)
    shutil.rmtree(XDG, ignore_errors=True)


def report(fixed, results, prompt, home, home_whole):
    python, readiness, unanswered, answered, per_answer = fixed
    print()
    print("| default scenario (harbourline) | s | MB |")
    print("|---|---:|---:|")
    print(f"| `python3 -c 'import csv'` | {python[0]:.3f} | {python[1]:.0f} |")
    print(f"| `auditsim readiness --answers prepared --format json` | {readiness[0]:.3f} | {readiness[1]:.0f} |")
    print(f"| the same with an answer set that answers nothing | {unanswered[0]:.3f} | {unanswered[1]:.0f} |")
    print()
    print(f"default scenario ÷ python start-up: {readiness[0] / python[0]:.1f}x; "
          f"per-answer judgement: {per_answer * 1000:.2f} ms ({answered} answers)")
    print()
    print("| rows | CSV MB | validate s | validate MB | readiness s | readiness MB | python s | python MB | cat s "
          "| readiness ÷ python | readiness ÷ cat | growth (time ÷ previous) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    previous = None
    for rows, size, (vs, vm), (rs, rm), (ps, pm), (cs, _) in results:
        growth = "" if previous is None else f"{rs / previous[1]:.1f}x for {rows / previous[0]:.0f}x rows"
        print(f"| {rows:,} | {size:.1f} | {vs:.2f} | {vm:.0f} | {rs:.2f} | {rm:.0f} | {ps:.2f} | {pm:.0f} | {cs:.3f} "
              f"| {rs / ps:.2f} | {rs / cs:.0f} | {growth} |")
        previous = (rows, rs)
    print()
    if prompt is not None:
        print(f"first prompt of the REPL (`auditsim` on a pseudo-terminal, shipped default scenario): {prompt * 1000:.0f} ms")
    print(f"home view piped (`auditsim | …`): first output {home * 1000:.0f} ms, whole process "
          f"{home_whole[0] * 1000:.0f} ms, {home_whole[1]:.0f} MB")
    print()
    checks = [(f"default scenario readiness at most 5x `python3 -c 'import csv'` "
               f"({readiness[0]:.3f} s vs {python[0]:.3f} s: {readiness[0] / python[0]:.1f}x)",
               readiness[0] <= 5 * python[0]),
              (f"per-answer judgement at most 5 ms ({per_answer * 1000:.2f} ms)", per_answer <= 0.005)]
    if prompt is not None:
        checks.append((f"first prompt at most 50 ms ({prompt * 1000:.0f} ms)", prompt <= 0.05))
    else:
        checks.append((f"first output of the home view (no REPL in this build) at most 50 ms ({home * 1000:.0f} ms)", home <= 0.05))
    by_rows = {r[0]: r for r in results}
    if 1_000_000 in by_rows:
        _, _, _, (rs, rm), (ps, _), _ = by_rows[1_000_000]
        checks.append((f"1M rows at most 0.15x the Python baseline ({rs:.2f} s vs {ps:.2f} s: {rs / ps:.2f}x)", rs <= 0.15 * ps))
        checks.append((f"1M rows at most 150 MB peak ({rm:.0f} MB)", rm <= 150))
    if 1_000_000 in by_rows and 10_000_000 in by_rows:
        ratio = by_rows[10_000_000][3][0] / by_rows[1_000_000][3][0]
        checks.append((f"10M rows at most 11x the 1M time ({ratio:.1f}x)", ratio <= 11))
    elif 1_000_000 in by_rows:
        checks.append(("10M rows linear: not measured (BENCH_10M=1 to include it)", None))
    for text, ok in checks:
        print(f"  [{'met' if ok else 'not run' if ok is None else 'MISSED'}] {text}")


if __name__ == "__main__":
    main()
