"""How far a second annotator reading by the guide agrees with the gold: the ceiling the accuracy targets sit under.

    .venv/bin/python benchmarks/annotator_agreement.py sheet OUT_DIR [--docs 24] [--parts 4] [--seed 13] [--exclude IN.jsonl ...]
    .venv/bin/python benchmarks/annotator_agreement.py score OUT_DIR/out_*.jsonl

`sheet` draws documents of ../shared/train/news_train.jsonl (half KCNA, half newswire; fixed seed) and writes them,
without their labels, as `in_K.jsonl` parts for annotators who read `../shared/eval/ANNOTATION.md` and the PLOVER manual and
nothing else: one document per line, `sentences` as `{index, text}`. `--exclude` leaves out the documents of earlier parts,
for a second sample. Each annotator writes `out_K.jsonl`: one line per
document, `{"id", "sentences": [{"index", "events": [...]}]}`, events in the gold's own format (event_type, actor,
recipient, modality, attribution, trigger). The parts hold corpus text, so keep OUT_DIR outside the repository.
`score` scores the annotator's events with `flashpoint eval`'s own scorer (score_documents: the same per-sentence
pairing, three levels, reductions and unasserted events) and prints precision, recall and F1 overall and by source,
attribution and modality accuracy on type matches, per category, and every disagreement, formatted as
`flashpoint eval` formats the coder's.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from types import SimpleNamespace

from flashpoint.eval.news import GoldDocument, _gold_event, format_news, load_news_gold, score_documents

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "train" / "news_train.jsonl"


def sheet(out: Path, n_docs: int, parts: int, seed: int, exclude: list[Path] | None = None) -> None:
    taken = {json.loads(line)["id"] for path in exclude or [] for line in path.open(encoding="utf-8") if line.strip()}
    documents = [d for d in load_news_gold(GOLD) if d.id not in taken]
    rng = random.Random(seed)
    picked = [d for source in ("kcna", "wire") for d in rng.sample([d for d in documents if d.source == source], n_docs // 2)]
    rng.shuffle(picked)
    out.mkdir(parents=True, exist_ok=True)
    for part in range(parts):
        with (out / f"in_{part}.jsonl").open("w", encoding="utf-8") as handle:
            for d in picked[part::parts]:
                blank = [{"index": i, "text": s.text} for i, s in enumerate(d.sentences)]
                handle.write(json.dumps({"id": d.id, "source": d.source, "published": d.published, "text": d.text,
                                         "sentences": blank}, ensure_ascii=False) + "\n")
    print(f"{len(picked)} documents, {sum(len(d.sentences) for d in picked)} sentences in {parts} parts under {out}")


def _as_event(raw: dict, at: int) -> SimpleNamespace:
    """An annotator's event, read as the gold's own are (codes normalised, type upper-cased), in the shape
    score_documents reads from a coded Event, its trigger placed at the start of its sentence so that it belongs there."""
    read = _gold_event(raw)
    attribution = None if read.attribution is None else SimpleNamespace(source=SimpleNamespace(code=read.attribution or None))
    return SimpleNamespace(event_type=read.event_type, modality=read.modality, actor_codes=sorted(read.actor),
                           recipient_codes=sorted(read.recipient), attribution=attribution,
                           trigger=SimpleNamespace(text=read.trigger, start=at))


def second_reading(gold: dict[str, GoldDocument], annotated: list[dict]) -> dict[str, list[SimpleNamespace]]:
    """Each annotated document's events by document id; a document given twice or a sentence the gold lacks is an
    error, not a silent skip."""
    events: dict[str, list[SimpleNamespace]] = {}
    for labelled in annotated:
        document = gold.get(labelled["id"])
        if document is None or labelled["id"] in events:
            raise ValueError(f"{labelled['id']}: {'not in the gold' if document is None else 'annotated twice'}")
        events[document.id] = []
        for sentence in labelled["sentences"]:
            if not 0 <= sentence["index"] < len(document.sentences):
                raise ValueError(f"{document.id}: no sentence {sentence['index']} in the gold")
            at = document.sentences[sentence["index"]].start
            events[document.id] += [_as_event(e, at) for e in sentence.get("events") or []]
    return events


def agreement(gold: dict[str, GoldDocument], annotated: list[dict]) -> dict:
    """score_documents' figures for the second annotator, over the documents it annotated."""
    events = second_reading(gold, annotated)
    return score_documents([gold[i] for i in events], lambda document: events[document.id])  # type: ignore[arg-type,return-value]


def score(paths: list[Path]) -> None:
    gold = {d.id: d for d in load_news_gold(GOLD)}
    annotated = [json.loads(line) for path in paths for line in path.open(encoding="utf-8") if line.strip()]
    print("the second annotator's events stand where flashpoint eval puts the coder's: 'predicted', 'extras', 'got'\n")
    print(format_news(agreement(gold, annotated)))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("sheet")
    make.add_argument("out", type=Path)
    make.add_argument("--docs", type=int, default=24)
    make.add_argument("--parts", type=int, default=4)
    make.add_argument("--seed", type=int, default=13)
    make.add_argument("--exclude", type=Path, nargs="*", default=[], help="parts of an earlier sample, whose documents are left out")
    judge = commands.add_parser("score")
    judge.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command == "sheet":
        sheet(args.out, args.docs, args.parts, args.seed, args.exclude)
    else:
        score(args.files)


if __name__ == "__main__":
    main()
