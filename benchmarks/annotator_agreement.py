"""How far a second annotator reading by the guide agrees with the gold: the ceiling the accuracy targets sit under.

    .venv/bin/python benchmarks/annotator_agreement.py sheet OUT_DIR [--docs 24] [--parts 4] [--seed 13] [--exclude IN.jsonl ...]
    .venv/bin/python benchmarks/annotator_agreement.py score OUT_DIR/out_*.jsonl

`sheet` draws documents of ../shared/train/news_train.jsonl (half KCNA, half newswire; fixed seed) and writes them,
without their labels, as `in_K.jsonl` parts for annotators who read `../shared/eval/ANNOTATION.md` and nothing
else: one document per line, `sentences` as `{index, text}`. `--exclude` leaves out the documents of earlier parts,
for a second sample. Each annotator writes `out_K.jsonl`: one line per
document, `{"id", "sentences": [{"index", "events": [...]}]}`, events in the gold's own format (event_type, actor,
recipient, modality, attribution, trigger). The parts hold corpus text, so keep OUT_DIR outside the repository.
`score` pairs the annotator's events with the gold per sentence exactly as `flashpoint eval` pairs the coder's
(the same three levels, reductions and unasserted events), and prints precision, recall and F1 overall and by
source, modality accuracy on type matches, and every disagreement.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

from flashpoint.eval.news import LEVELS, UNASSERTED, GoldDocument, load_news_gold, pair

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "train" / "news_train.jsonl"


def sheet(out: Path, n_docs: int, parts: int, seed: int, exclude: list[Path] | None = None) -> None:
    taken = {json.loads(line)["id"] for path in exclude or [] for line in path.open(encoding="utf-8") if line.strip()}
    rows = [row for line in GOLD.open(encoding="utf-8") if (row := json.loads(line))["id"] not in taken]
    rng = random.Random(seed)
    picked = [d for source in ("kcna", "wire") for d in rng.sample([r for r in rows if r["source"] == source], n_docs // 2)]
    rng.shuffle(picked)
    out.mkdir(parents=True, exist_ok=True)
    for part in range(parts):
        with (out / f"in_{part}.jsonl").open("w", encoding="utf-8") as handle:
            for d in picked[part::parts]:
                blank = [{"index": i, "text": s["text"]} for i, s in enumerate(d["sentences"])]
                handle.write(json.dumps({"id": d["id"], "source": d["source"], "published": d["published"],
                                         "text": d["text"], "sentences": blank}, ensure_ascii=False) + "\n")
    print(f"{len(picked)} documents, {sum(len(d['sentences']) for d in picked)} sentences in {parts} parts under {out}")


def _as_event(raw: dict) -> SimpleNamespace:
    """An annotator's event in the shape `pair` reads from a coded Event."""
    def codes(side: str) -> list[str]:
        return sorted({p["code"] for p in raw.get(side) or [] if isinstance(p, dict) and p.get("code")})

    return SimpleNamespace(event_type=str(raw.get("event_type", "")).upper(), modality=raw.get("modality") or "actual",
                           actor_codes=codes("actor"), recipient_codes=codes("recipient"),
                           trigger=SimpleNamespace(text=str(raw.get("trigger", ""))))


def agreement(gold: dict[str, GoldDocument], annotated: list[dict]) -> dict:
    hits: Counter[tuple[str, str]] = Counter()
    modality_right = 0
    disagreements = []
    for labelled in annotated:
        document = gold[labelled["id"]]
        by_index = {s["index"]: s.get("events") or [] for s in labelled["sentences"]}
        for index, sentence in enumerate(document.sentences):
            second = [_as_event(e) for e in by_index.get(index, [])]
            pairs = {level: pair(second, sentence.events, level) for level in LEVELS}  # type: ignore[arg-type]
            matched_s, matched_g = {s for s, _ in pairs["type"]}, {g for _, g in pairs["type"]}
            counted = [i for i, e in enumerate(second) if i in matched_s or e.modality not in UNASSERTED]
            for key in ("all", document.source):
                hits[key, "gold"] += len(sentence.events)
                hits[key, "predicted"] += len(counted)
                for level in LEVELS:
                    hits[key, level] += len(pairs[level])
            modality_right += sum(second[s].modality == sentence.events[g].modality for s, g in pairs["type"])
            disagreements += [f"only gold    {document.id}: {e.event_type} [{e.trigger}] | {sentence.text}"
                              for g, e in enumerate(sentence.events) if g not in matched_g]
            disagreements += [f"only second  {document.id}: {second[i].event_type} [{second[i].trigger.text}] | {sentence.text}"
                              for i in counted if i not in matched_s]
    return {"hits": hits, "modality_right": modality_right, "disagreements": disagreements}


def score(paths: list[Path]) -> None:
    gold = {d.id: d for d in load_news_gold(GOLD)}
    annotated = [json.loads(line) for path in paths for line in path.open(encoding="utf-8") if line.strip()]
    result = agreement(gold, annotated)
    hits = result["hits"]
    print(f"documents {len(annotated)}, gold events {hits['all', 'gold']}, second annotator's {hits['all', 'predicted']}")
    for key in ("all", "kcna", "wire"):
        for level in LEVELS:
            p = hits[key, level] / hits[key, "predicted"] if hits[key, "predicted"] else 0.0
            r = hits[key, level] / hits[key, "gold"] if hits[key, "gold"] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{key:<5} {level:<6} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"modality accuracy on type matches {result['modality_right'] / max(hits['all', 'type'], 1):.3f}")
    print("\n".join(["", "disagreements:", *result["disagreements"]]))


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
