"""Stand-off annotation labels: the events of corpus sentences without the corpus text.

A label file (training/labels/*.jsonl) holds one line per document: `corpus` (a file in ../shared/corpus),
`id`, `source`, `published`, `limit`, `sha256` (of the document text, so a changed corpus is noticed), and
`sentences`: `{start, end, events}` where every event is `{event_type, modality, actor, recipient, attribution,
trigger}` with character offsets (`[start, end]`) in place of words. `load_labelled` joins them with the corpus
into the news_train format; `to_standoff` makes labels from annotated documents in that format.

    python training/standoff.py ANNOTATED.jsonl... -o training/labels/NAME.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
from pathlib import Path

PARTICIPANT_KEYS = ("code", "sector")


def _locate(text: str, words: str, start: int, end: int) -> list[int] | None:
    """Offsets of `words` in the sentence, else anywhere in the document (an antecedent)."""
    if not words:
        return None
    at = text.find(words, start, end)
    if at < 0:
        at = text.find(words)
    return [at, at + len(words)] if at >= 0 else None


def _participants(text: str, people: list, start: int, end: int) -> list[dict]:
    out = []
    for p in people or []:
        out.append({**{k: p.get(k) for k in PARTICIPANT_KEYS}, "span": _locate(text, str(p.get("text") or ""), start, end)})
    return out


def to_standoff(document: dict, corpus: str) -> dict:
    text = document["text"]
    sentences = []
    for s in document["sentences"]:
        events = []
        for e in s.get("events") or []:
            trigger = _locate(text, str(e.get("trigger") or ""), s["start"], s["end"])
            attribution = e.get("attribution")
            events.append({
                "event_type": e["event_type"], "modality": e.get("modality"), "trigger": trigger,
                "actor": _participants(text, e.get("actor"), s["start"], s["end"]),
                "recipient": _participants(text, e.get("recipient"), s["start"], s["end"]),
                "attribution": None if not attribution else {"code": attribution.get("code"), "cue": attribution.get("cue"),
                                                             "span": _locate(text, str(attribution.get("text") or ""), s["start"], s["end"])},
            })
        sentences.append({"start": s["start"], "end": s["end"], "events": events})
    return {"corpus": corpus, "id": document["id"], "source": document.get("source"), "published": document.get("published"),
            "limit": document.get("limit"), "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "sentences": sentences}


def _words(text: str, span: list[int] | None) -> str:
    return text[span[0] : span[1]] if span else ""


def from_standoff(label: dict, text: str) -> dict:
    def people(items: list) -> list[dict]:
        return [{**{k: p.get(k) for k in PARTICIPANT_KEYS}, "text": _words(text, p.get("span"))} for p in items]

    sentences = []
    for s in label["sentences"]:
        events = []
        for e in s["events"]:
            attribution = e.get("attribution")
            events.append({"event_type": e["event_type"], "modality": e.get("modality"), "trigger": _words(text, e.get("trigger")),
                           "actor": people(e.get("actor") or []), "recipient": people(e.get("recipient") or []),
                           "attribution": None if not attribution else {"code": attribution.get("code"), "cue": attribution.get("cue"),
                                                                        "text": _words(text, attribution.get("span"))}})
        sentences.append({"start": s["start"], "end": s["end"], "text": text[s["start"] : s["end"]], "events": events})
    return {"id": label["id"], "source": label.get("source"), "published": label.get("published"), "text": text, "sentences": sentences}


def load_labelled(labels: Path, corpus_dir: Path) -> list[dict]:
    """Labelled documents in the news_train format, text from the corpus; documents whose text changed are left out."""
    wanted: dict[str, dict[str, dict]] = {}
    for path in sorted(labels.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                label = json.loads(line)
                wanted.setdefault(label["corpus"], {})[label["id"]] = label
    out = []
    for corpus, by_id in sorted(wanted.items()):
        with gzip.open(corpus_dir / corpus, "rt", encoding="utf-8") as handle:
            for line in handle:
                doc = json.loads(line)
                label = by_id.get(doc["id"])
                if label and hashlib.sha256(doc["text"].encode("utf-8")).hexdigest() == label["sha256"]:
                    out.append(from_standoff(label, doc["text"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("annotated", nargs="+", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    with args.output.open("w", encoding="utf-8") as out:
        for path in args.annotated:
            for line in path.open(encoding="utf-8"):
                if line.strip():
                    document = json.loads(line)
                    out.write(json.dumps(to_standoff(document, document["corpus"]), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
