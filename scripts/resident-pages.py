#!/usr/bin/env python3
"""resident-pages.py PID BINARY — which parts of a running Swift binary are resident.

Reads /proc/PID/pagemap (root, or the process's owner on kernels that allow it) for each page of
BINARY's mappings and attributes every resident page to the symbol it falls in, grouped by
module (Swift runtime and standard library, Foundation, ICU, Flowlearn, ...). Used to explain the
daemon's peak memory in the README; run it on the daemon during `make bench-matrix`.
"""
import sys, struct, bisect, subprocess, collections, re
pid, binary = sys.argv[1], sys.argv[2]
maps = [l.split() for l in open(f"/proc/{pid}/maps")]
syms = []
for line in subprocess.run(["nm", "-n", "--defined-only", binary], capture_output=True, text=True).stdout.splitlines():
    p = line.split()
    if len(p) >= 3: syms.append((int(p[0], 16), p[2]))
addrs = [a for a, _ in syms]
def group(name):
    if name.startswith("icudt"): return "ICU data"
    if re.search(r"_7[0-9]$|icu_7[0-9]|^_ZN6icu", name): return "ICU code"
    for key, g in [("30FoundationInternationalization", "Foundation (ICU-based parts)"), ("10Foundation", "Foundation"),
                   ("20FoundationEssentials", "FoundationEssentials"), ("Flowlearn", "Flowlearn"), ("_CF", "CoreFoundation"),
                   ("CF", "CoreFoundation"), ("$ss", "Swift stdlib"), ("$sS", "Swift stdlib"), ("swift", "Swift runtime"),
                   ("sqlite", "SQLite"), ("curl", "libcurl")]:
        if key in name: return g
    return "other (no symbol: relocations, unwind tables, data)"
f = open(f"/proc/{pid}/pagemap", "rb")
counts = collections.Counter()
base = None
for m in maps:
    if len(m) < 6 or not m[5].endswith(binary.split("/")[-1]): continue
    lo, hi = [int(x, 16) for x in m[0].split("-")]
    off = int(m[2], 16)
    if base is None: base = lo - off
    for page in range(lo, hi, 4096):
        f.seek(page // 4096 * 8)
        entry = struct.unpack("Q", f.read(8))[0]
        if not entry >> 63 & 1: continue
        vaddr = page - base
        i = bisect.bisect_right(addrs, vaddr) - 1
        counts[group(syms[i][1]) if i >= 0 else "headers"] += 1
for g, n in counts.most_common(): print(f"{n*4/1024:7.2f} MB  {g}")
print(sum(counts.values())*4/1024, "MB total")
