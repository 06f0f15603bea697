"""Batch scoring speed and memory: `slant score` end to end vs a pandas + TextBlob loop.

    python benchmarks/batch_speed.py                 # 1x, 5x, 25x of --base rows (default 1000)
    python benchmarks/batch_speed.py --base 400 --baseline-rows 200
    python benchmarks/batch_speed.py --base 2000 --scales 1 --engine dask   # the Dask engine

The corpus is the MPQA 1.2 documents (~3 KB news articles), read at run time from
``$SLANT_CORPORA/mpqa_1_2`` (default ``../shared/corpora``) and cycled to the wanted row count
into a temporary CSV; nothing from it is written anywhere else.

For each size, `slant score IN.csv OUT.csv` runs as a subprocess (default --jobs: all cores) and
we report wall time, CPU seconds of the run and all its worker processes (getrusage of the
children), articles per CPU-second, and peak memory: the largest single process (ru_maxrss) and
the peak sum of resident memory over the run's process tree (sampled every 0.1 s).

The baseline is what a user writes first: ``df["text"].apply(...)`` splitting each article into
sentences and calling ``TextBlob(sentence).sentiment`` per sentence, in one process. (Sentences
are split with a regular expression because TextBlob's own splitter needs NLTK data that is not
installed here; the splitting is a small part of the cost.)
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = REPO.parent / "shared" / "corpora"


def mpqa_docs() -> list[str]:
    root = Path(os.environ.get("SLANT_CORPORA", DEFAULT_CORPORA)) / "mpqa_1_2"
    docs = sorted(p for p in root.glob("**/docs/*/*") if p.is_file())
    if not docs:
        sys.exit(f"batch_speed: no MPQA documents under {root} (set SLANT_CORPORA)")
    return [p.read_text(encoding="utf-8", errors="replace") for p in docs]


def write_corpus(path: Path, docs: list[str], rows: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "text", "source"])
        for i in range(rows):
            writer.writerow([f"doc{i:07d}", docs[i % len(docs)], "mpqa"])


def tree_rss(pid: int) -> int:
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_measured(cmd: list[str]) -> dict:
    """Run ``cmd`` in a fresh measuring process so ru_maxrss covers this run only."""
    out = subprocess.run([sys.executable, __file__, "--_measure", "--", *cmd],
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"batch_speed: run failed: {out.stderr.strip()[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _measure(cmd: list[str]) -> None:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(proc.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    done.set()
    sampler.join()
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        print(err, file=sys.stderr)
        sys.exit(proc.returncode)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(json.dumps({"wall": wall, "cpu": cpu, "maxrss_mb": after.ru_maxrss / 1024,
                      "tree_peak_mb": peak[0] / 2 ** 20, "summary": err.strip()[-300:]}))


_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def textblob_baseline(docs: list[str], rows: int) -> dict:
    import pandas as pd
    from textblob import TextBlob

    df = pd.DataFrame({"text": [docs[i % len(docs)] for i in range(rows)]})

    def subjectivity(text: str) -> float:
        sentences = [s for s in _SENTENCE.split(text) if s.strip()]
        scores = [TextBlob(s).sentiment.subjectivity for s in sentences]
        return sum(scores) / len(scores) if scores else 0.0

    cpu0, wall0 = time.process_time(), time.monotonic()
    df["subjectivity"] = df["text"].apply(subjectivity)
    return {"cpu": time.process_time() - cpu0, "wall": time.monotonic() - wall0}


def pipeline_alone(docs: list[str], rows: int) -> dict:
    import slant

    model = slant.load_model()
    texts = [docs[i % len(docs)] for i in range(rows)]
    slant.analyze_many(texts[:3], model)
    cpu0 = time.process_time()
    slant.analyze_many(texts, model)
    return {"cpu": time.process_time() - cpu0}


def main() -> None:
    if "--_measure" in sys.argv:
        _measure(sys.argv[sys.argv.index("--") + 1:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", type=int, default=1000, help="rows at 1x (default 1000)")
    parser.add_argument("--scales", default="1,5,25", help="multiples of --base (default 1,5,25)")
    parser.add_argument("--baseline-rows", type=int, default=300,
                        help="articles for the TextBlob loop (default 300)")
    parser.add_argument("--jobs", type=int, default=None, help="passed to slant score")
    parser.add_argument("--chunk-size", type=int, default=None, help="passed to slant score")
    parser.add_argument("--engine", choices=["local", "dask"], default="local",
                        help="passed to slant score (dask: a local cluster of --jobs workers)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    docs = mpqa_docs()
    avg = sum(len(d.encode()) for d in docs) / len(docs)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    slant_bin = str(Path(sys.executable).with_name("slant"))
    print(f"# slant batch benchmark: {len(docs)} MPQA docs, mean {avg / 1024:.1f} KB; "
          f"{cores} cores; engine {args.engine}; Python {platform.python_version()}; "
          f"load average {os.getloadavg()[0]:.1f} at start")
    results = {"cores": cores, "mean_doc_bytes": avg, "runs": []}
    print(f"{'rows':>8} {'wall s':>8} {'cpu s':>8} {'art/s':>8} {'art/cpu-s':>10} "
          f"{'max proc MB':>12} {'tree peak MB':>13}")
    with tempfile.TemporaryDirectory(prefix="slant-bench-") as tmp:
        for scale in [int(s) for s in args.scales.split(",")]:
            rows = args.base * scale
            src, out = Path(tmp) / f"in-{rows}.csv", Path(tmp) / f"out-{rows}.csv"
            write_corpus(src, docs, rows)
            cmd = [slant_bin, "score", str(src), str(out), "--quiet"]
            if args.jobs:
                cmd += ["--jobs", str(args.jobs)]
            if args.chunk_size:
                cmd += ["--chunk-size", str(args.chunk_size)]
            if args.engine != "local":
                cmd += ["--engine", args.engine]
            m = run_measured(cmd)
            m.update(rows=rows, scale=scale)
            results["runs"].append(m)
            print(f"{rows:>8} {m['wall']:>8.1f} {m['cpu']:>8.1f} {rows / m['wall']:>8.1f} "
                  f"{rows / m['cpu']:>10.1f} {m['maxrss_mb']:>12.0f} {m['tree_peak_mb']:>13.0f}",
                  flush=True)
            src.unlink()
            out.unlink()
    chunk = args.chunk_size or 500
    if args.base <= chunk:
        print(f"# note: 1x ({args.base} rows) fits in one chunk of {chunk}, so it runs "
              "in-process without worker processes; compare memory from 5x on")
    first, last = results["runs"][0], results["runs"][-1]
    print(f"# memory growth {last['rows'] // first['rows']}x rows: max process "
          f"{last['maxrss_mb'] / first['maxrss_mb']:.2f}x, process tree "
          f"{last['tree_peak_mb'] / first['tree_peak_mb']:.2f}x")

    pipeline = pipeline_alone(docs, args.baseline_rows)
    results["pipeline_alone"] = pipeline
    print(f"# slant.analyze_many alone, in-process ({args.baseline_rows} articles): "
          f"{args.baseline_rows / pipeline['cpu']:.1f} art/cpu-s "
          "(the ceiling for slant score per CPU-second)")
    base = textblob_baseline(docs, args.baseline_rows)
    results["textblob"] = {**base, "rows": args.baseline_rows}
    tb_rate = args.baseline_rows / base["cpu"]
    best = max(results["runs"], key=lambda r: r["rows"])
    slant_rate = best["rows"] / best["cpu"]
    slant_wall = best["rows"] / best["wall"]
    tb_wall = args.baseline_rows / base["wall"]
    print(f"# pandas loop + TextBlob per sentence ({args.baseline_rows} articles, 1 process): "
          f"{tb_rate:.1f} art/cpu-s, {tb_wall:.1f} art/s wall")
    print(f"# slant score at {best['rows']} rows: {slant_rate:.1f} art/cpu-s, "
          f"{slant_wall:.1f} art/s wall = {slant_wall * 3600:,.0f} articles/hour")
    print(f"# ratio slant/TextBlob: {slant_rate / tb_rate:.2f}x per CPU-second, "
          f"{slant_wall / tb_wall:.2f}x wall clock")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
