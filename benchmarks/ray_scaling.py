"""Documents/s of `code --engine ray` on 1 and 2 Ray workers, and its overhead against `--workers` on the same machine.

    .venv/bin/python benchmarks/ray_scaling.py [--docs 200] [--workers 1 2] [--corpus ../shared/corpus/kcna_2011_2012_en.jsonl.gz]

Each row codes the corpus's first N stories. local: `code_documents` with settings.workers = N (the pipeline already
loaded in this process, as `--workers` forks it). ray: `code_on_ray` with N actors on a local cluster of N CPUs,
timed from after `ray.init` (printed apart) to the Parquet files written, so each actor's pipeline load is included.
The overhead is ray's time over local's for the same N; both give the same events (checked, printed).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import DEFAULT_CORPUS, load  # noqa: E402

from flashpoint.pipeline import code_documents  # noqa: E402
from flashpoint.ray_engine import code_on_ray, connect  # noqa: E402
from flashpoint.settings import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()

    import pandas as pd
    import ray

    documents = load(args.corpus, args.docs)
    list(code_documents(documents[:2], Settings(workers=1)))  # the pipeline loaded once, as a running CLI has it
    print(f"{len(documents)} KCNA stories")
    print(f"{'workers':>7} {'local docs/s':>12} {'ray docs/s':>10} {'ray/local time':>14} {'ray.init s':>10} same events")
    for workers in args.workers:
        settings = Settings(workers=workers)
        began = time.perf_counter()
        local = list(code_documents(documents, settings))
        local_s = time.perf_counter() - began

        began = time.perf_counter()
        connect(ray, None, workers)
        init_s = time.perf_counter() - began
        with tempfile.TemporaryDirectory() as folder:
            events, statuses = Path(folder, "events.parquet"), Path(folder, "events.status.parquet")
            began = time.perf_counter()
            code_on_ray(documents, [], settings, events, statuses, workers=workers)
            ray_s = time.perf_counter() - began
            same = sorted(pd.read_parquet(events)["id"]) == sorted(e.id for c in local for e in c.events)
        ray.shutdown()
        print(f"{workers:>7} {len(documents) / local_s:>12.1f} {len(documents) / ray_s:>10.1f} {ray_s / local_s:>13.2f}x "
              f"{init_s:>10.1f} {same}")


if __name__ == "__main__":
    main()
