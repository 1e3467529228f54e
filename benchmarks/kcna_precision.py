"""KCNA precision sample: code 500 random KCNA stories, draw 100 random events, judge them by the manual.

    .venv/bin/python benchmarks/kcna_precision.py sheet OUT.jsonl [--stories 500] [--events 100] [--seed 20261130] [--typer rules] [--encoder]
    .venv/bin/python benchmarks/kcna_precision.py score JUDGED.jsonl

`sheet` writes one line per sampled event (story id, sentence, trigger, type, actor/recipient codes, modality,
attribution) with empty judgement fields `type_ok`, `actor_ok`, `recipient_ok`, `modality_ok` (true/false) for a
judge who reads `../shared/eval/ANNOTATION.md`; the sheet holds corpus text, so keep it outside the repository.
`score` prints the share of each judgement that is true, and type+actor (both true).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

from flashpoint.pipeline import code_documents
from flashpoint.records import Document
from flashpoint.settings import Settings

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "kcna_2011_2012_en.jsonl.gz"
JUDGEMENTS = ("type_ok", "actor_ok", "recipient_ok", "modality_ok")


def stories(count: int, seed: int) -> list[Document]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    rows = [r for r in rows if r.get("text")]
    random.Random(seed).shuffle(rows)
    return [Document(r["id"], r["text"], title=r.get("title"), published=r.get("published")) for r in rows[:count]]


def sheet(out: Path, n_stories: int, n_events: int, seed: int, typer: str, encoder: bool = False) -> None:
    events = [e for c in code_documents(stories(n_stories, seed), Settings(typer=typer, trigger_encoder=encoder)) for e in c.events]
    sample = random.Random(seed).sample(events, min(n_events, len(events)))
    with out.open("w", encoding="utf-8") as handle:
        for e in sample:
            row = {"doc_id": e.doc_id, "sentence": e.sentence.text, "trigger": e.trigger.text, "event_type": e.event_type,
                   "actor": [f"{a.text} = {a.code}" for a in e.actor], "recipient": [f"{a.text} = {a.code}" for a in e.recipient],
                   "modality": e.modality, "attribution": e.attribution.source.text if e.attribution and e.attribution.source else None,
                   "produced_by": e.produced_by, **{j: None for j in JUDGEMENTS}}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(events)} events from {n_stories} stories; {len(sample)} sampled into {out}")


def score(judged: Path) -> None:
    rows = [json.loads(line) for line in judged.open(encoding="utf-8") if line.strip()]
    for key in JUDGEMENTS:
        print(f"{key:<13} {sum(bool(r[key]) for r in rows) / len(rows):.2f}")
    print(f"{'type+actor':<13} {sum(bool(r['type_ok'] and r['actor_ok']) for r in rows) / len(rows):.2f}   ({len(rows)} events)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("sheet")
    make.add_argument("out", type=Path)
    make.add_argument("--stories", type=int, default=500)
    make.add_argument("--events", type=int, default=100)
    make.add_argument("--seed", type=int, default=20261130)
    make.add_argument("--typer", choices=["learned", "rules", "model"], default="learned")
    make.add_argument("--encoder", action="store_true", help="code with the trigger encoder on (settings.trigger_encoder)")
    rate = sub.add_parser("score")
    rate.add_argument("judged", type=Path)
    args = parser.parse_args()
    if args.command == "sheet":
        sheet(args.out, args.stories, args.events, args.seed, args.typer, args.encoder)
    else:
        score(args.judged)


if __name__ == "__main__":
    main()
