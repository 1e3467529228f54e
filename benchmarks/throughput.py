"""Throughput of the full coder against bare spaCy parsing of the same texts.

    .venv/bin/python benchmarks/throughput.py [--docs 1000] [--rounds 2] [--workers 2] [--corpus ../shared/corpus/kcna_2011_2012_en.jsonl.gz]

Prints documents/s, sentences/s, words/s, events, the ratio of coder time to bare `nlp.pipe` time, and peak RSS
(all single-process, wall and CPU seconds), the coder with selective_ner on, and with --encoder the coder with the
trigger encoder on; bare is the pipeline as spaCy runs
it (its attribute ruler matching with spaCy's Matcher, not flashpoint.nlp.TokenRules, which the coder uses); with --workers N above 1, also the coder on N worker processes and its speed-up over one,
and whether both gave the same Codings.
The slice is the corpus's first N stories, so runs are comparable.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path

from flashpoint import nlp
from flashpoint.ingest.clean import clean_text
from flashpoint.pipeline import code_documents, with_headline
from flashpoint.records import Document
from flashpoint.settings import Settings

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "kcna_2011_2012_en.jsonl.gz"


def load(corpus: Path, count: int) -> list[Document]:
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in islice(lines, count)]
    return [Document(r["id"], clean_text(r["text"]), r.get("title"), r.get("url"), r.get("published"), r.get("outlet")) for r in records]


@contextmanager
def spacys_own_matching(model) -> Iterator[None]:
    """The attribute ruler as spaCy runs it, while the block lasts (flashpoint.nlp.load compiles its matching)."""
    ruler = model.get_pipe("attribute_ruler")
    compiled = vars(ruler).pop("match", None)
    try:
        yield
    finally:
        if compiled is not None:
            ruler.match = compiled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, default=1, help="also time the coder on this many worker processes")
    parser.add_argument("--encoder", action="store_true", help="also time the coder with the trigger encoder on (settings.trigger_encoder)")
    args = parser.parse_args()
    settings = Settings(workers=1)
    documents = load(args.corpus, args.docs)
    model = nlp.load(settings.spacy_model)
    list(code_documents(documents[:20], settings))  # load the knowledge base, lexicon and matcher once
    if args.encoder:
        list(code_documents(documents[:5], settings.model_copy(update={"trigger_encoder": True})))  # and the encoder (2 s)

    bare_times, full_times, parallel_times, selective_times = [], [], [], []
    cpu: dict[str, list[float]] = {"bare": [], "coder": [], "selective": [], "encoder": []}  # CPU seconds: robust to busy neighbours
    encoded: list = []
    for _ in range(args.rounds):  # interleaved rounds, best of each: a busy neighbour slows both alike
        with spacys_own_matching(model):
            started, used = time.perf_counter(), time.process_time()
            # the same text the coder parses: the body with its headline in front
            parsed = list(model.pipe((with_headline(d.text, d.title) for d in documents), batch_size=settings.batch_size))
        bare_times.append(time.perf_counter() - started)
        cpu["bare"].append(time.process_time() - used)
        started, used = time.perf_counter(), time.process_time()
        codings = list(code_documents(documents, settings))
        full_times.append(time.perf_counter() - started)
        cpu["coder"].append(time.process_time() - used)
        started, used = time.perf_counter(), time.process_time()
        selective = list(code_documents(documents, settings.model_copy(update={"selective_ner": True})))
        selective_times.append(time.perf_counter() - started)
        cpu["selective"].append(time.process_time() - used)
        if args.encoder:
            used = time.process_time()
            encoded = list(code_documents(documents, settings.model_copy(update={"trigger_encoder": True})))
            cpu["encoder"].append(time.process_time() - used)
        if args.workers > 1:
            started = time.perf_counter()
            in_workers = list(code_documents(documents, settings.model_copy(update={"workers": args.workers})))
            parallel_times.append(time.perf_counter() - started)
    bare, full = min(bare_times), min(full_times)
    sentences = sum(1 for doc in parsed for _ in doc.sents)
    words = sum(1 for doc in parsed for t in doc if not t.is_punct and not t.is_space)
    del parsed
    events = sum(len(c.events) for c in codings)
    statuses = {s: sum(c.status == s for c in codings) for s in ("coded", "skipped", "failed")}

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus          {args.corpus.name}, first {len(documents)} stories ({statuses})")
    print(f"bare spaCy      {bare:8.2f} s   {len(documents) / bare:8.1f} docs/s  {sentences / bare:8.1f} sents/s  {words / bare:9.0f} words/s")
    print(f"flashpoint      {full:8.2f} s   {len(documents) / full:8.1f} docs/s  {sentences / full:8.1f} sents/s  {words / full:9.0f} words/s")
    print(f"rounds          {args.rounds} interleaved, best of each (bare {', '.join(f'{t:.1f}' for t in bare_times)} s; "
          f"coder {', '.join(f'{t:.1f}' for t in full_times)} s)")
    print(f"ratio           {full / bare:8.3f}   (coder time / bare nlp.pipe time; engine overhead {100 * (full / bare - 1):.1f}%)")
    best_cpu = {name: min(times) for name, times in cpu.items() if times}
    print(f"CPU seconds     bare {best_cpu['bare']:.2f}, coder {best_cpu['coder']:.2f} (ratio {best_cpu['coder'] / best_cpu['bare']:.3f}), "
          f"selective NER {best_cpu['selective']:.2f} (ratio {best_cpu['selective'] / best_cpu['bare']:.3f})")
    chosen = min(selective_times)
    same = [(c.status, c.reason, c.events) for c in selective] == [(c.status, c.reason, c.events) for c in codings]
    print(f"selective NER   {chosen:8.2f} s   {len(documents) / chosen:8.1f} docs/s  {full / chosen:5.2f}x the coder's speed "
          f"({', '.join(f'{t:.1f}' for t in selective_times)} s); same codings: {same} "
          f"({sum(len(c.events) for c in selective)} events)")
    if encoded:
        print(f"trigger encoder CPU {best_cpu['encoder']:.2f} s (ratio {best_cpu['encoder'] / best_cpu['bare']:.3f} to bare spaCy; "
              f"{sum(len(c.events) for c in encoded)} events)")
    if parallel_times:
        best = min(parallel_times)
        same = [(c.status, c.reason, c.events) for c in in_workers] == [(c.status, c.reason, c.events) for c in codings]
        print(f"{args.workers} workers       {best:8.2f} s   {len(documents) / best:8.1f} docs/s  speed-up {full / best:5.2f}x over one process "
              f"({', '.join(f'{t:.1f}' for t in parallel_times)} s); same codings: {same}")
    print(f"events          {events}   ({events / len(documents):.2f} per story)")
    print(f"peak RSS        {peak_mb:8.0f} MB")


if __name__ == "__main__":
    main()
