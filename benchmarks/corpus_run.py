"""Robustness run: code every story of the KCNA corpus and describe what comes out.

    .venv/bin/python benchmarks/corpus_run.py [--docs N] [--sample 30] [--seed 7]

Prints statuses, events per story, the PLOVER type and modality distributions, the share of events with
attribution, and a fixed random sample of events (sentence, trigger, codes) to read for precision.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter

from flashpoint.pipeline import code_documents
from flashpoint.settings import Settings
from throughput import DEFAULT_CORPUS, load  # benchmarks/ is run as a script folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=25_000)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    documents = load(DEFAULT_CORPUS, args.docs)
    started = time.perf_counter()
    statuses: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    events = []
    for coding in code_documents(documents, Settings(batch_size=64)):
        statuses[coding.status] += 1
        if coding.reason:
            reasons[coding.reason.split(":")[0]] += 1
        events += coding.events
    elapsed = time.perf_counter() - started
    print(f"{len(documents)} stories in {elapsed:.0f} s: {dict(statuses)}; reasons {dict(reasons)}")
    print(f"events {len(events)}, {len(events) / len(documents):.2f} per story")
    print(f"attributed {sum(e.attribution is not None for e in events) / len(events):.3f} of events")
    print("types     ", ", ".join(f"{k} {v / len(events):.3f}" for k, v in Counter(e.event_type for e in events).most_common()))
    print("modality  ", ", ".join(f"{k} {v / len(events):.3f}" for k, v in Counter(e.modality for e in events).most_common()))
    for event in random.Random(args.seed).sample(events, min(args.sample, len(events))):
        source = event.attribution.source.code if event.attribution and event.attribution.source else "-"
        print(f"\n{event.event_type} {'+'.join(event.actor_codes)} -> {'+'.join(event.recipient_codes) or '-'} "
              f"[{event.trigger.text}] {event.modality} src={source} {event.date}\n    {event.sentence.text[:300]}")


if __name__ == "__main__":
    main()
