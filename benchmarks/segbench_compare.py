"""Run segbench for slant's segmenter and its peers in one go and print one comparison table.

    python benchmarks/segbench_compare.py                       # slant, pysbd, syntok, blingfire
    python benchmarks/segbench_compare.py --only slant,blingfire --speed-mb 2
    python benchmarks/segbench_compare.py --out /tmp/seg.jsonl  # also keep the raw JSON lines
    python benchmarks/segbench_compare.py --repeat 3            # speed 3x, interleaved; median shown

segbench (../shared/tools/segbench, or $SEGBENCH) runs each segmenter in its own process, one
after another, on the same data: Golden Rules, MPQA 1.2 boundary F1 (whole document and cut at
blank lines) and speed on ~5 MB of MPQA text. Compare speeds within one run only: the machine is
shared, so CPU-seconds move between runs, and even within a run a burst of load on the machine
can slow whichever segmenter is measured at that moment. --repeat N measures speed N times,
segmenters interleaved (slant, pysbd, ..., slant, pysbd, ...), and shows each one's median and
range (segmenters under 1 M chars/CPU-s are measured once); accuracy is deterministic and
measured once.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEGBENCH = Path(os.environ.get("SEGBENCH", REPO.parent / "shared" / "tools" / "segbench"))
REPEAT_MIN_SPEED = 1_000_000  # chars/CPU-s: slower segmenters are measured once even with --repeat
SEGMENTERS = {
    "slant": "slant.segment:split_sentences",
    "pysbd": "pysbd",
    "syntok": "syntok",
    "blingfire": "blingfire",
}


def run_one(name: str, target: str, args: argparse.Namespace) -> dict:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    cmd = [sys.executable, str(SEGBENCH / "segbench.py"), target, "--tasks", args.tasks,
           "--speed-mb", str(args.speed_mb), "--runs", str(args.runs)]
    print(f"running segbench for {name} ...", file=sys.stderr, flush=True)
    done = subprocess.run(cmd, cwd=SEGBENCH, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        return {"segmenter": name, "error": done.stderr.strip().splitlines()[-1:] or [f"exit {done.returncode}"]}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["name"] = name
    return result


def cell(result: dict, *keys, fmt="{}") -> str:
    value = result
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            return "-"
        value = value[key]
    return fmt.format(value)


def _speed_cell(result: dict) -> str:
    speeds = result.get("cpu_speeds") or []
    if len(speeds) > 1:
        return f"{round(statistics.median(speeds)):,} ({min(speeds) / 1e6:.1f}-{max(speeds) / 1e6:.1f} M)"
    return cell(result, "speed", "chars_per_cpu_s", fmt="{:,}")


def table(results: list[dict]) -> str:
    head = ["segmenter", "Golden Rules", "MPQA F1 raw", "P/R raw", "MPQA F1 para",
            "chars/CPU-s", "chars/s wall (1st run)", "versions"]
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in results:
        if "error" in r:
            rows.append(f"| {r['segmenter']} | error: {' '.join(r['error'])} |" + " |" * (len(head) - 2))
            continue
        golden = f"{r['golden']['passed']}/{r['golden']['cases']}" if "golden" in r else "-"
        rows.append("| " + " | ".join([
            r["name"], golden,
            cell(r, "mpqa_raw", "f1"),
            f"{cell(r, 'mpqa_raw', 'precision')}/{cell(r, 'mpqa_raw', 'recall')}",
            cell(r, "mpqa_para", "f1"),
            _speed_cell(r),
            cell(r, "speed", "chars_per_s", fmt="{:,}"),
            ", ".join(f"{k} {v}" for k, v in r.get("versions", {}).items()) or "-",
        ]) + " |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default=",".join(SEGMENTERS), help="comma-separated subset of " + ", ".join(SEGMENTERS))
    ap.add_argument("--tasks", default="speed,golden,mpqa")
    ap.add_argument("--speed-mb", type=float, default=5.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", help="also write each segmenter's segbench JSON line to this file")
    ap.add_argument("--repeat", type=int, default=1, help="measure speed this many times, interleaved")
    args = ap.parse_args()
    if not (SEGBENCH / "segbench.py").exists():
        sys.exit(f"segbench not found at {SEGBENCH} (set SEGBENCH)")
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in SEGMENTERS]
    if unknown:
        sys.exit(f"unknown segmenter(s) {unknown}; choose from {list(SEGMENTERS)}")
    results = [run_one(name, SEGMENTERS[name], args) for name in names]
    for r in results:
        if "speed" in r:
            r["cpu_speeds"] = [r["speed"]["chars_per_cpu_s"]]
    if args.repeat > 1 and "speed" in args.tasks:
        speed_only = argparse.Namespace(**{**vars(args), "tasks": "speed"})
        for _ in range(args.repeat - 1):
            for name, r in zip(names, results):
                if r.get("cpu_speeds", [0])[0] < REPEAT_MIN_SPEED:
                    continue  # far from the race (pySBD: minutes per run); once is enough
                again = run_one(name, SEGMENTERS[name], speed_only)
                if "speed" in again and "cpu_speeds" in r:
                    r["cpu_speeds"].append(again["speed"]["chars_per_cpu_s"])
    if args.out:
        with open(args.out, "w") as f:
            for r in results:
                f.write(json.dumps(r) + "\n")
    print(table(results))
    failed = {r["name"]: r["golden"]["failed"] for r in results if "golden" in r and r["golden"]["failed"]}
    if failed:
        print("\nGolden Rules failures: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in failed.items()))


if __name__ == "__main__":
    main()
