#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""timing.py BOARD DIR [SEED] - the five worst core-clock paths of a board
build, each with its logic levels and the RTL signals it runs through.

nextpnr's report names one critical path per clock pair, which hides the
paths just behind it. This reads what a build already wrote (fpga/pnr.sh:
DIR/nextpnr-SEED.sdf, the routed cell and wire delays; DIR/<top>.json, the
synthesized netlist) and redoes the static timing analysis: register to
register, in the clock domain with the most registers (the core clock),
the worst arrival at each endpoint. Endpoints are grouped by register (the
bits of one vector are one path) and the five worst groups printed. SEED
defaults to the build's best (DIR/best-seed.txt)."""
import json
import os
import re
import sys
from collections import defaultdict

PROG = "timing.py"
TOPS = {"ulx3s": "xvm_ulx3s", "icebreaker": "xvm_icebreaker"}
OSC = {"ulx3s": "clk_25mhz", "icebreaker": "clk_12m"}
# Names Yosys and nextpnr make up (after cell types, ports and pass names)
# say nothing about the RTL: the signal names of a path skip them.
MADE_UP = re.compile(r"\$|_(LUT4|TRELLIS_\w+|CCU2C|PFUMX|L6MUX21|SB_\w+|DP16KD|MULT18X18D|DPR16X4)"
                     r"(_|$)|^(ICESTORM|TRELLIS)")
TOKEN = re.compile(r'\(|\)|"(?:[^"\\]|\\.)*"|(?:[^\s()\\]|\\.)+')


def die(what, reason, status=2):
    sys.stderr.write("%s: %s: %s\n" % (PROG, what, reason))
    sys.exit(status)


def parse_sdf(path):
    """The SDF as nested lists of tokens (backslash escapes removed)."""
    try:
        with open(path) as f:
            text = f.read()
    except OSError as e:
        die(path, e.strerror)
    stack, cur = [], []
    for tok in TOKEN.findall(text):
        if tok == "(":
            stack.append(cur)
            cur = []
        elif tok == ")":
            if not stack:
                die(path, "unbalanced parentheses")
            done, cur = cur, stack.pop()
            cur.append(done)
        else:
            cur.append(re.sub(r"\\(.)", r"\1", tok))
    if stack or not cur or not isinstance(cur[0], list) or cur[0][:1] != ["DELAYFILE"]:
        die(path, "not an SDF delay file")
    return cur[0]


def worst(triples):
    """The largest max of (min:typ:max) rise/fall triples, in ns."""
    best = 0.0
    for t in triples:
        if isinstance(t, list) and t and ":" in t[0]:
            best = max(best, float(t[0].split(":")[-1] or 0) / 1000.0)
    return best


def split_pin(pin):
    cell, _, port = pin.rpartition("/")
    return cell, port


def load_graph(sdf):
    """Timing arcs of the routed design: edges[pin] = [(pin, ns, is_cell)],
    the launch arcs (clock pin -> output: clock-to-q) and the setup checks
    (input pin -> (clock pin, setup ns)); pins are (cell, port)."""
    edges = defaultdict(list)
    launch, setup, driver = [], {}, {}
    for cell in sdf[1:]:
        if not isinstance(cell, list) or cell[:1] != ["CELL"]:
            continue
        inst, delays, checks = "", [], []
        for item in cell[1:]:
            if item[0] == "INSTANCE":
                inst = item[1] if len(item) > 1 else ""
            elif item[0] == "DELAY":
                for a in item[1:]:
                    delays += [x for x in a[1:] if x[0] in ("IOPATH", "INTERCONNECT")]
            elif item[0] == "TIMINGCHECK":
                checks += [x for x in item[1:] if x[0] == "SETUPHOLD"]
        clocks = set()
        for c in checks:
            pin, clk = c[1][1], c[2][1]
            clocks.add(clk)
            setup[(inst, pin)] = ((inst, clk), max(setup.get((inst, pin), (None, 0.0))[1], worst(c[3:4])))
        for d in delays:
            if d[0] == "INTERCONNECT":
                src, dst = split_pin(d[1]), split_pin(d[2])
                edges[src].append((dst, worst(d[3:]), False))
                driver[dst] = src
            elif d[1] in clocks or d[1].startswith("CLK"):
                launch.append(((inst, d[1]), (inst, d[2]), worst(d[3:])))
            else:
                edges[(inst, d[1])].append(((inst, d[2]), worst(d[3:]), True))
    return edges, launch, setup, driver


def clock_root(pin, driver):
    """The clock source of a clock pin: up the driving nets through buffers."""
    seen = 0
    while pin in driver and seen < 8:
        pin = driver[pin]
        seen += 1
    return pin[0]


def cell_labels(top_json, top):
    """Cell name -> what it is in the RTL: the name of the net it drives, or
    else the source line Yosys kept (flip-flops, carry chains, DSPs; abc9's
    LUTs keep neither). nextpnr keeps the cell names, adding $suffixes."""
    try:
        with open(top_json) as f:
            mod = json.load(f)["modules"][top]
    except (OSError, ValueError, KeyError) as e:
        die(top_json, getattr(e, "strerror", None) or "no module %s" % top)
    names = {}
    for name, net in mod["netnames"].items():
        if MADE_UP.search(name):
            continue
        for bit in net["bits"]:
            if bit not in names or len(name) < len(names[bit]):
                names[bit] = name
    out = {}
    for cname, cell in mod["cells"].items():
        dirs = cell.get("port_directions", {})
        for port, bits in cell["connections"].items():
            if dirs.get(port) == "output":
                for b in bits:
                    if b in names:
                        out.setdefault(cname, names[b])
        src = cell.get("attributes", {}).get("src", "").split("|")[0]
        m = re.match(r"(?:.*/)?((?:rtl|fpga)/[^:]+):(\d+)", src)
        if cname not in out and m:
            out[cname] = "%s:%s" % (m.group(1), m.group(2))
    return out


def label(cell, labels):
    base = cell
    while base not in labels and "$" in base:
        base = base.rsplit("$", 1)[0]
    return labels.get(base)


def analyse(edges, launch, setup, driver):
    """Longest register-to-register arrival in the core clock domain."""
    domain = defaultdict(int)
    for pin, (clk, _) in setup.items():
        domain[clock_root(clk, driver)] += 1
    if not domain:
        die("sdf", "no register endpoints")
    core = max(domain, key=domain.get)
    arrival, pred = {}, {}
    for clk, out, d in launch:
        if clock_root(clk, driver) == core and d > arrival.get(out, -1.0):
            arrival[out], pred[out] = d, (clk, d, True)
    indeg = defaultdict(int)
    reach, todo = set(arrival), list(arrival)
    while todo:
        p = todo.pop()
        for q, _, _ in edges.get(p, ()):
            indeg[q] += 1
            if q not in reach:
                reach.add(q)
                todo.append(q)
    ready = [p for p in reach if indeg[p] == 0]
    while ready:
        p = ready.pop()
        a = arrival.get(p)
        for q, d, is_cell in edges.get(p, ()):
            if a is not None and a + d > arrival.get(q, -1.0):
                arrival[q], pred[q] = a + d, (p, d, is_cell)
            indeg[q] -= 1
            if indeg[q] == 0:
                ready.append(q)
    ends = []
    for pin, (clk, su) in setup.items():
        if pin in arrival and clock_root(clk, driver) == core:
            ends.append((arrival[pin] + su, su, pin))
    return core, ends, pred


def trace(pin, pred):
    steps = []
    while pin in pred:
        p, d, is_cell = pred[pin]
        steps.append((p, pin, d, is_cell))
        pin = p
    steps.reverse()
    return steps


def group(cell, labels):
    """The register an endpoint belongs to (its bits are one group)."""
    return label(cell, labels) or re.sub(r"_TRELLIS_FF_Q(_\d+)?$", "", cell)


def main(argv):
    if len(argv) not in (3, 4) or argv[1] not in TOPS:
        die("usage", "timing.py ulx3s|icebreaker DIR [SEED]")
    board, d = argv[1], argv[2]
    if len(argv) == 4:
        seed = argv[3]
    else:
        try:
            with open(os.path.join(d, "best-seed.txt")) as f:
                seed = f.read().strip()
        except OSError:
            die(os.path.join(d, "best-seed.txt"), "no place-and-route result (run make fpga)")
    sdf_path = os.path.join(d, "nextpnr-%s.sdf" % seed)
    if not os.path.exists(sdf_path):
        die(sdf_path, "no such file (run make fpga)")
    labels = cell_labels(os.path.join(d, TOPS[board] + ".json"), TOPS[board])
    core, ends, pred = analyse(*load_graph(parse_sdf(sdf_path)))
    fmax = ""
    try:
        with open(os.path.join(d, "nextpnr-%s.json" % seed)) as f:
            for clock, v in json.load(f).get("fmax", {}).items():
                if OSC[board] not in clock:
                    fmax = ", nextpnr: %.2f MHz" % v["achieved"]
    except (OSError, ValueError):
        pass
    ends.sort(reverse=True)
    print("%s, seed %s: five worst paths of the core clock (%s)" % (TOPS[board], seed, core))
    print("  worst %.2f ns = %.2f MHz%s" % (ends[0][0], 1000.0 / ends[0][0], fmax) if ends else "  no paths")
    shown = []
    for total, su, pin in ends:
        g = group(pin[0], labels)
        if g in shown:
            continue
        shown.append(g)
        steps = trace(pin, pred)
        logic = sum(s[2] for s in steps if s[3]) + su
        levels = sum(1 for s in steps if s[3]) - 1
        start = steps[0][0][0] if steps else pin[0]
        print("  %d. %.2f ns (logic %.2f, routing %.2f), %d levels: %s -> %s"
              % (len(shown), total, logic, total - logic, levels, group(start, labels), g))
        via = []
        for s in steps[1:]:
            n = label(s[1][0], labels) if s[3] else None
            if n:
                if not via or via[-1] != n:
                    via.append(n)
        if via:
            print("     via " + " > ".join(via))
        if len(shown) == 5:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
