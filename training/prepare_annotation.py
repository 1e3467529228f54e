"""Pick corpus documents for new annotation and write sentence skeletons to fill in (outside the repo).

    python training/prepare_annotation.py OUT_DIR --batches 5 --per-batch 30

Documents come from ../shared/corpus (KCNA and world newswire), never ones already in news_train or news_dev;
they are drawn with a fixed seed, weighted toward documents whose text mentions the categories the training set
has few of (CONCEDE, COOPERATE, RETREAT, AID, MOBILIZE, THREATEN). Each skeleton is a news_train-format document
with empty `events` lists; only the first `--max-sentences` sentences are offered, so `limit` marks the end of
the annotated part. `training/standoff.py` turns filled skeletons into the stand-off labels kept in the repo.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = {"kcna": "kcna_2011_2012_en.jsonl.gz", "wire": "newswire_world.jsonl.gz"}
RARE_CUES = re.compile(
    r"\b(withdr[ae]w\w*|ceasefire|cease-fire|truce|releas\w+|pardon\w*|apolog\w+|aid|assistance|relief|donat\w+|"
    r"drills?|exercises?|deploy\w*|missiles?|launch\w*|warn\w*|threat\w*|cooperat\w+|joint|resign\w*|concession\w*)\b",
    re.IGNORECASE,
)
SPLIT = re.compile(r"(?<=[.?!])[\"'”’]?\s+(?=[A-Z0-9\"“'])")
ENGLISH = re.compile(r"\b(the|of|and|to|in|is|that|for|on|with|by|was|are|were|this|from|at)\b", re.IGNORECASE)


def sentences(text: str, limit: int) -> list[dict[str, object]]:
    """Lines are units; inside a line split after . ? ! followed by whitespace and a capital, digit or quote."""
    out: list[dict[str, object]] = []
    offset = 0
    for line in text.split("\n"):
        start = 0
        pieces = [m.end() for m in SPLIT.finditer(line)] + [len(line)]
        for end in pieces:
            chunk = line[start:end]
            stripped = chunk.strip()
            if stripped:
                s = offset + start + (len(chunk) - len(chunk.lstrip()))
                out.append({"start": s, "end": s + len(stripped), "text": stripped, "events": []})
                if len(out) >= limit:
                    return out
            start = end
        offset += len(line) + 1
    return out


def known_ids() -> set[str]:
    ids = {json.loads(line)["id"] for line in (SHARED / "train" / "news_train.jsonl").open(encoding="utf-8")}
    ids |= {d["id"] for d in json.loads((SHARED / "eval" / "news_dev.json").read_text(encoding="utf-8"))["docs"]}
    here = Path(__file__).resolve().parent
    for labels in [*(here / "labels").glob("*.jsonl"), *(here / "pending").glob("*.jsonl")]:  # annotated in an earlier round
        ids |= {json.loads(line)["id"] for line in labels.open(encoding="utf-8")}
    return ids


def candidates(source: str, exclude: set[str]) -> list[dict[str, object]]:
    pool = []
    with gzip.open(SHARED / "corpus" / CORPORA[source], "rt", encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            text = doc.get("text") or ""
            if doc["id"] in exclude or not 400 <= len(text) <= 4000 or len(ENGLISH.findall(text)) < len(text) / 40:
                continue
            pool.append(doc)
    return pool


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--per-batch", type=int, default=30)
    parser.add_argument("--max-sentences", type=int, default=10)
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--skip", type=int, default=0, help="documents of each ranked list handed out but not yet labelled")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    exclude = known_ids()
    chosen: list[tuple[str, dict[str, object]]] = []
    for source in ("kcna", "wire"):
        pool = candidates(source, exclude)
        rng.shuffle(pool)
        pool.sort(key=lambda d: -min(len(RARE_CUES.findall(str(d["text"]))), 3))  # stable: shuffled within ties
        need = args.batches * args.per_batch // 2
        chosen += [(source, d) for d in pool[args.skip : args.skip + need]]
    rng.shuffle(chosen)
    args.out.mkdir(parents=True, exist_ok=True)
    for batch in range(args.batches):
        with (args.out / f"batch_{batch + 1}.jsonl").open("w", encoding="utf-8") as handle:
            for source, doc in chosen[batch * args.per_batch : (batch + 1) * args.per_batch]:
                units = sentences(str(doc["text"]), args.max_sentences)
                record = {"id": doc["id"], "source": source, "corpus": CORPORA[source], "published": doc.get("published"),
                          "title": doc.get("title"), "limit": units[-1]["end"] if units else 0, "text": doc["text"], "sentences": units}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
