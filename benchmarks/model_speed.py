"""Speed, load time and size of a slant model (default: the shipped one).

    python benchmarks/model_speed.py [MODEL.skops] [--sentences N]

Prints: model file size, load time in a fresh process (manifest + sha256 + skops trust check),
and ``predict`` throughput in sentences per CPU-second with one thread, for several batch sizes,
on sentences from the shared corpora (or synthetic ones when the corpora are absent).
Targets (issue 4): >= 2,000 sentences / CPU-second on batches, load < 2 s, file < 50 MB.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def sentences(n: int) -> list[str]:
    try:
        from slant.corpora import read_mpqa, read_checkthat

        texts = read_checkthat()["text"].tolist() + read_mpqa()["text"].tolist()
    except Exception:  # corpora absent: synthetic news-like sentences
        texts = [f"Officials said on Tuesday that {i} people had been moved, which critics "
                 f"called a shameful failure." for i in range(1000)]
    return (texts * (n // len(texts) + 1))[:n]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("model", nargs="?", default=None)
    ap.add_argument("--sentences", type=int, default=10000)
    args = ap.parse_args(argv)
    from threadpoolctl import threadpool_limits

    from slant.model import default_model_path, load_model

    path = Path(args.model) if args.model else default_model_path()
    print(f"model: {path}  size: {path.stat().st_size / 1e6:.1f} MB")
    code = ("import time; t0=time.perf_counter(); import skops.io, sklearn.linear_model, "
            "sklearn.pipeline, sklearn.feature_extraction.text; from slant.model import load_model; "
            f"t=time.perf_counter(); load_model({str(path)!r}); "
            "print(t-t0, time.perf_counter()-t, time.process_time())")
    runs = [tuple(map(float, subprocess.run([sys.executable, "-c", code], capture_output=True,
                                            text=True, cwd=REPO, check=True).stdout.split()))
            for _ in range(3)]
    best = min(runs, key=lambda r: r[1])
    print(f"fresh process: imports {best[0]:.2f} s, then load_model (manifest, sha256, skops "
          f"trust check, load) {best[1]:.2f} s wall; whole process {best[2]:.2f} CPU-s")
    model = load_model(path)
    texts = sentences(args.sentences)
    with threadpool_limits(1):
        model.predict(texts[:100])
        for batch in (1, 100, 1000, 10000):
            chunk = texts[: max(batch, min(len(texts), 2000))] if batch > 1 else texts[:300]
            start = time.process_time()
            for i in range(0, len(chunk), batch):
                model.predict(chunk[i:i + batch])
            cpu = time.process_time() - start
            print(f"batch {batch:>6}: {len(chunk) / cpu:>8,.0f} sentences / CPU-second")


if __name__ == "__main__":
    main()
