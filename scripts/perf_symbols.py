#!/usr/bin/env python3
"""Inclusive and self sample shares per function from a `perf record -g` profile of auditsim.

The perf on the bench machine cannot read the Swift 6.3 binary's ELF, so its frames in the
binary come out as raw file offsets; this maps them to `nm` symbols (demangled with
`swift demangle --simplified`) and counts each function once per sample.

Usage: perf_symbols.py PERF_DATA BINARY [TOP]   (record the binary with its debug
information stripped, `objcopy --strip-debug`, so valgrind-era tools and perf agree on it)
"""
import bisect, collections, subprocess, sys
data, binary = sys.argv[1], sys.argv[2]
syms = []
for line in subprocess.run(["nm", "-C", "--defined-only", binary], capture_output=True, text=True).stdout.splitlines():
    parts = line.split(" ", 2)
    if len(parts) == 3 and parts[1] in "tTwW":
        syms.append((int(parts[0], 16), parts[2]))
syms.sort()
addrs = [a for a, _ in syms]
names = subprocess.run(["swift", "demangle", "--simplified"], input="\n".join(n for _, n in syms), capture_output=True, text=True).stdout.splitlines()
out = subprocess.run(["perf", "script", "-i", data, "-F", "ip,sym,dso"], capture_output=True, text=True).stdout
samples, cur = [], []
for line in out.splitlines():
    s = line.strip()
    if not s:
        if cur: samples.append(cur); cur = []
        continue
    if "PERF_RECORD" in s: continue
    ip, rest = s.split(" ", 1)
    try: ip = int(ip, 16)
    except ValueError: continue
    if binary.split("/")[-1] in rest:  # perf prints the binary's frames as file offsets
        off = ip
        i = bisect.bisect_right(addrs, off) - 1
        name = names[i] if i >= 0 else "?"
    else:
        name = rest.split("(")[0].strip() or "?"
    cur.append(name)
if cur: samples.append(cur)
incl, selfc = collections.Counter(), collections.Counter()
for st in samples:
    selfc[st[0]] += 1
    for n in set(st): incl[n] += 1
N = len(samples)
print(f"{N} samples")
print("inclusive:")
for n, c in incl.most_common(int(sys.argv[3]) if len(sys.argv) > 3 else 40):
    print(f"{100*c/N:6.1f}%  {n[:150]}")
print("self:")
for n, c in selfc.most_common(15):
    print(f"{100*c/N:6.1f}%  {n[:150]}")
# PERF_CALLERS=text: who calls the functions whose name holds `text` (the nearest frame
# above each sample's innermost match), to tell which pass a shared cost belongs to.
import os
if os.environ.get("PERF_CALLERS"):
    want, callers = os.environ["PERF_CALLERS"], collections.Counter()
    for st in samples:
        for k, n in enumerate(st):
            if want in n:
                callers[st[k + 1] if k + 1 < len(st) else "?"] += 1
                break
    print(f"callers of {want}:")
    for n, c in callers.most_common(12):
        print(f"{100*c/N:6.1f}%  {n[:150]}")
