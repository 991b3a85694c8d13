#!/usr/bin/env python3
"""Prints a table of JMH results (JSON from -rf json) with ratios.

Benchmark methods are named CASE_VARIANT (nop_core, nop_typed, nop_dynamic, bytes_arraycopy...).
Rows with the same class, case and parameters form a group; each row shows its ratio to the
group's baseline ("core", or "arraycopy" when there is one) and, for dynamic rows, to the typed
row of the group.

The score shown and used for the ratios is the median of the measurement iterations, which a
few iterations slowed down by other load on a shared machine do not move the way they move JMH's
mean; "spread" is (max - min) / median over the iterations.

Usage: report.py results.json [--markdown] [--before before.json]
With --before, a last column gives the ratio of each score to the same benchmark in before.json.
"""
import json
import sys

BASELINES = ("arraycopy", "core")


def fmt(score, unit):
    # Normalise to a readable unit.
    scale = {"ns/op": 1.0, "us/op": 1e3, "ms/op": 1e6, "s/op": 1e9}.get(unit)
    if scale is None:
        return f"{score:.3g} {unit}"
    ns = score * scale
    if ns < 1e3:
        return f"{ns:.1f} ns"
    if ns < 1e6:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns / 1e6:.2f} ms"


def load(path):
    with open(path) as fh:
        results = json.load(fh)
    groups = {}
    order = []
    for r in results:
        full = r["benchmark"].rsplit(".", 2)
        cls, method = full[-2], full[-1]
        case, _, variant = method.rpartition("_")
        params = r.get("params", {})
        key = (cls, case, tuple(sorted(params.items())))
        if key not in groups:
            groups[key] = {}
            order.append(key)
        m = r["primaryMetric"]
        raw = sorted(x for fork in m.get("rawData", [[m["score"]]]) for x in fork)
        median = raw[len(raw) // 2] if len(raw) % 2 else (raw[len(raw) // 2 - 1] + raw[len(raw) // 2]) / 2
        spread = (raw[-1] - raw[0]) / median if median else 0.0
        groups[key][variant] = (median, spread, m["scoreUnit"])
    return groups, order


def ratio_to(before, row):
    key, variant, score = row[-1]
    b = before.get(key, {}).get(variant)
    return f"{score / b[0]:.2f}×" if b else ""


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    markdown = "--markdown" in argv
    before = None
    if "--before" in argv:
        before = load(argv[argv.index("--before") + 1])[0]
    groups, order = load(argv[1])
    rows = []
    for key in order:
        cls, case, params = key
        g = groups[key]
        base = next((b for b in BASELINES if b in g), None)
        ptext = " ".join(v for _, v in params)
        for variant in sorted(g, key=lambda v: ("arraycopy", "core", "typed", "dynamic").index(v)
                              if v in ("arraycopy", "core", "typed", "dynamic") else 9):
            score, err, unit = g[variant]
            vs_base = ""
            if base and variant != base:
                vs_base = f"{score / g[base][0]:.2f}×"
            vs_typed = ""
            if variant == "dynamic" and "typed" in g:
                vs_typed = f"{score / g['typed'][0]:.2f}×"
            err_pct = f"{100 * err:.0f}%"
            rows.append((f"{cls}.{case}", ptext, variant, fmt(score, unit), err_pct,
                         f"÷{base}: {vs_base}" if vs_base else "", vs_typed, (key, variant, score)))

    headers = ("benchmark", "params", "variant", "median", "spread", "vs baseline", "÷typed")
    if before is not None:
        headers = headers + ("after÷before",)
        rows = [row + (ratio_to(before, row),) for row in rows]
    # drop the (key, variant, score) element kept for --before
    rows = [tuple(c for c in row if not isinstance(c, tuple)) for row in rows]
    if markdown:
        print("| " + " | ".join(headers) + " |")
        print("|" + "|".join("---" for _ in headers) + "|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
        line = "  ".join(h.ljust(w) for h, w in zip(headers, widths))
        print(line)
        print("-" * len(line))
        prev = None
        for row in rows:
            if prev is not None and (row[0], row[1]) != prev:
                print()
            prev = (row[0], row[1])
            print("  ".join(c.ljust(w) for c, w in zip(row, widths)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
