#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""report.py BOARD TARGET_MHZ DIR SEED... - a board build's resource and
timing summary (fpga/README.md): the cells Yosys mapped (DIR/stat.txt), the
use nextpnr reports (its log of the first seed, printed after packing, so
also for a design that does not fit), the Fmax of the core clock for each
seed (DIR/nextpnr-SEED.log and .json, fpga/pnr.sh) with min/median/max, and
five worst paths: the core clock's critical path of each seed and the
best seed's paths between the pins and the core clock (nextpnr reports one
critical path per clock pair). Ends with "timing: PASS at N MHz" when the
best seed meets TARGET_MHZ, else "timing: FAIL ..."."""
import json
import os
import re
import statistics
import sys

PROG = "report.py"

BOARDS = {
    "ulx3s": {
        "title": "xvm_ulx3s on the ULX3S (ECP5)",
        "stat": [("LUT4", r"^LUT4$"), ("flip-flops", r"^TRELLIS_FF$"),
                 ("carry (CCU2C)", r"^CCU2C$"), ("LUT RAM (DPR16X4)", r"^TRELLIS_DPR16X4$"),
                 ("block RAM (DP16KD)", r"^DP16KD$"), ("DSP (MULT18X18D)", r"^MULT18X18D$")],
        "util": [("LUT4+carry+RAM (TRELLIS_COMB)", "TRELLIS_COMB"), ("flip-flops (nextpnr)", "TRELLIS_FF"),
                 ("block RAM (nextpnr)", "DP16KD"), ("DSP (nextpnr)", "MULT18X18D")],
        "osc": "clk_25mhz",
    },
    "icebreaker": {
        "title": "xvm_icebreaker on the iCEBreaker (iCE40UP5K-SG48)",
        "stat": [("LUT4", r"^SB_LUT4$"), ("flip-flops", r"^SB_DFF"), ("carry", r"^SB_CARRY$"),
                 ("block RAM 4 kbit", r"^SB_RAM40_4K"), ("SPRAM", r"^SB_SPRAM256KA$"),
                 ("DSP (SB_MAC16)", r"^SB_MAC16$")],
        "util": [("logic cells (nextpnr)", "ICESTORM_LC"), ("block RAM (nextpnr)", "ICESTORM_RAM"),
                 ("SPRAM (nextpnr)", "ICESTORM_SPRAM"), ("DSP (nextpnr)", "ICESTORM_DSP")],
        "osc": "clk_12m",
    },
}


def die(what, reason):
    sys.stderr.write("%s: %s: %s\n" % (PROG, what, reason))
    sys.exit(2)


def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError as e:
        die(path, e.strerror)


def stat_counts(text):
    counts = {}
    for line in text.splitlines():
        m = re.match(r"^\s+(\d+)\s+(\S+)\s*$", line)
        if m:
            counts[m.group(2)] = counts.get(m.group(2), 0) + int(m.group(1))
    return counts


def utilisation(log):
    use = {}
    for m in re.finditer(r"Info:\s+(\S+):\s+(\d+)/\s*(\d+)\s+\d+%", log):
        use.setdefault(m.group(1), (int(m.group(2)), int(m.group(3))))
    return use


def core_fmax(report, osc):
    for clock, f in report.get("fmax", {}).items():
        if osc not in clock:
            return clock, f["achieved"]
    return None, None


def describe(path):
    steps = path["path"]
    logic = sum(s["delay"] for s in steps if s["type"] in ("logic", "clk-to-q", "setup"))
    routing = sum(s["delay"] for s in steps if s["type"] == "routing")
    levels = sum(1 for s in steps if s["type"] == "logic")
    src = steps[0]["from"]["cell"] if steps else "?"
    dst = steps[-1]["to"]["cell"] if steps else "?"
    return "%.1f ns (logic %.1f, routing %.1f, %d cells): %s -> %s" % (
        logic + routing, logic, routing, levels, src[:70], dst[:70])


def main(argv):
    if len(argv) < 5 or argv[1] not in BOARDS:
        die("usage", "report.py ulx3s|icebreaker TARGET_MHZ DIR SEED...")
    board, target, d, seeds = BOARDS[argv[1]], float(argv[2]), argv[3], argv[4:]
    counts = stat_counts(read(os.path.join(d, "stat.txt")))
    log1 = read(os.path.join(d, "nextpnr-%s.log" % seeds[0]))
    use = utilisation(log1)

    print("%s, target %g MHz" % (board["title"], target))
    for name, pat in board["stat"]:
        n = sum(v for k, v in counts.items() if re.search(pat, k))
        print("  %-26s %d" % (name + " (yosys)", n))
    for name, cell in board["util"]:
        if cell in use:
            print("  %-26s %d / %d" % (name, use[cell][0], use[cell][1]))

    results = []
    for seed in seeds:
        path = os.path.join(d, "nextpnr-%s.json" % seed)
        if not os.path.exists(path):
            print("  seed %-3s                   no result (%s)" % (seed, "did not place and route"))
            continue
        with open(path) as f:
            rep = json.load(f)
        clock, mhz = core_fmax(rep, board["osc"])
        if mhz is None:
            print("  seed %-3s                   no core clock in the report" % seed)
            continue
        results.append((mhz, seed, rep, clock))
        print("  seed %-3s Fmax (nextpnr)   %.2f MHz" % (seed, mhz))
    if not results:
        err = re.search(r"^ERROR: .*$", log1, re.M)
        print("timing: FAIL (no seed placed and routed: %s)"
              % (err.group(0) if err else "see the nextpnr logs"))
        return 0
    fmaxes = sorted(r[0] for r in results)
    print("  Fmax min/median/max        %.2f / %.2f / %.2f MHz (%d seeds)"
          % (fmaxes[0], statistics.median(fmaxes), fmaxes[-1], len(fmaxes)))

    best = max(results, key=lambda r: r[0])
    print("worst paths:")
    n = 0
    for mhz, seed, rep, clock in results:
        for p in rep.get("critical_paths", []):
            if p["from"] == "posedge " + clock and p["to"] == "posedge " + clock:
                n += 1
                print("  %d. seed %s, core clock: %s" % (n, seed, describe(p)))
    for p in best[2].get("critical_paths", []):
        if "<async>" in (p["from"] + p["to"]) and n < 5:
            n += 1
            print("  %d. seed %s, %s -> %s: %s" % (n, best[1], p["from"], p["to"], describe(p)))
    if best[0] >= target:
        print("timing: PASS at %g MHz (best seed %s: %.2f MHz)" % (target, best[1], best[0]))
    else:
        print("timing: FAIL at %g MHz (best seed %s: %.2f MHz)" % (target, best[1], best[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
