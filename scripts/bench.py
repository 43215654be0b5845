#!/usr/bin/env python3
"""`make bench`: how auditsim's load-and-audit path scales with evidence size.

Builds the release binary, generates scenarios of 10k, 100k and 1M evidence rows
(`auditsim generate`), and measures, sequentially (the machine is shared), the whole-process
wall time and peak memory (`/usr/bin/time -f '%e %M'`) of `auditsim validate DIR` and
`auditsim readiness --scenario DIR --answers prepared --format json`, against a Python
baseline (scripts/bench_baseline.py, standard library csv) and `cat` reading the same CSVs.
It also times the REPL's first prompt (`auditsim` on a pseudo-terminal, the shipped default
scenario) and the first output of the piped home view.

Environment: BENCH_SIZES (comma-separated rows), BENCH_PERSONS (500), BENCH_RUNS (3, the
median is reported), BENCH_DIR (/tmp/auditsim-bench), BENCH_SCRATCH (a --scratch-path).
"""
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "10000,100000,1000000").split(",")]
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


def measure(cmd, runs=RUNS):
    """Median wall seconds and peak resident MB over `runs` runs of `cmd`."""
    walls, peaks = [], []
    with tempfile.NamedTemporaryFile("r") as report:
        for _ in range(runs):
            start = time.perf_counter()
            done = subprocess.run([TIME, "-f", "%e %M", "-o", report.name] + cmd, cwd=ROOT,
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
                                env=dict(os.environ, TERM="dumb"))
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
        proc = subprocess.Popen([str(binary)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
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


def main():
    ensure_time()
    binary = build()
    results = []
    for rows in SIZES:
        scenario = generate(binary, rows)
        csvs = sorted(str(p) for p in (scenario / "evidence").glob("*.csv"))
        size_mb = sum(os.path.getsize(p) for p in csvs) / 1e6
        cat = measure(["cat"] + csvs)  # also warms the page cache for what follows
        print(f"measuring {rows:,} rows ({size_mb:.1f} MB of CSV) …", flush=True)
        validate = measure([str(binary), "validate", "--quiet", str(scenario)])
        readiness = measure([str(binary), "readiness", "--scenario", str(scenario), "--answers", "prepared",
                             "--format", "json"])
        python = measure([sys.executable, str(ROOT / "scripts/bench_baseline.py"), str(scenario)])
        results.append((rows, size_mb, validate, readiness, python, cat))
    prompt = first_prompt(binary)
    home = first_output(binary)
    home_whole = measure([str(binary)], runs=5)
    report(results, prompt, home, home_whole)


def report(results, prompt, home, home_whole):
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
    checks = []
    by_rows = {r[0]: r for r in results}
    if 100_000 in by_rows:
        _, _, _, (rs, rm), _, _ = by_rows[100_000]
        checks.append((f"readiness on 100k rows under 1 s and 150 MB ({rs:.2f} s, {rm:.0f} MB)", rs < 1 and rm < 150))
    if 1_000_000 in by_rows:
        rs = by_rows[1_000_000][3][0]
        checks.append((f"readiness on 1M rows under 10 s ({rs:.2f} s)", rs < 10))
    for a, b in zip(results, results[1:]):
        ratio = b[3][0] / a[3][0]
        checks.append((f"{b[0] // a[0]}x rows from {a[0]:,} to {b[0]:,} costs at most 12x the time ({ratio:.1f}x)",
                       ratio <= 1.2 * b[0] / a[0]))
    for rows, _, _, (rs, _), (ps, _), _ in results:
        checks.append((f"readiness faster than the Python baseline at {rows:,} rows ({rs:.2f} s vs {ps:.2f} s)", rs < ps))
    if prompt is not None:
        checks.append((f"first prompt under 50 ms ({prompt * 1000:.0f} ms)", prompt < 0.05))
    else:
        checks.append((f"first output of the home view (no REPL in this build) under 50 ms ({home * 1000:.0f} ms)", home < 0.05))
    for text, ok in checks:
        print(f"  [{'met' if ok else 'MISSED'}] {text}")


if __name__ == "__main__":
    main()
