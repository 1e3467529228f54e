"""Train the trigger classifier (flashpoint/events/learned.py) from annotated news; `make train` runs it.

    python training/train_trigger.py                 # train on everything, write the model and its card
    python training/train_trigger.py --cv 5          # grouped cross-validation: ablation table, no model written

Data (never news_dev.json, the yardstick): ../shared/train/news_train.jsonl, ../shared/eval/plover_gsr_dev.json
(its (EVT: ...) markup gives the trigger), and the stand-off labels in training/labels/*.jsonl joined with
../shared/corpus/. Every candidate predicate (verb or noun) of an annotated sentence is one example: the category
of the gold event whose trigger it heads, else NONE. Fixed seeds: the same inputs give the same model.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from flashpoint import nlp  # noqa: E402
from flashpoint.events.learned import CARD_FILE, MODEL_FILE, NONE, features, is_candidate  # noqa: E402
from flashpoint.events.lexicon import RuleTyper, load as load_lexicon  # noqa: E402

from standoff import load_labelled  # noqa: E402

SEED = 20261130
DATA = ROOT / "flashpoint" / "events" / "data"


def gsr_documents(path: Path) -> list[dict]:
    """PLOVER gold records as one-sentence documents; the first (EVT: ...) of the markup is the trigger."""
    docs = []
    for record in json.loads(path.read_text(encoding="utf-8")):
        info = record.get("textInfo")
        markup = str(info.get("markup") or "") if isinstance(info, dict) else ""
        found = re.search(r"\(EVT: ([^)]+)\)", markup)
        text = str(record["text"]).strip().strip("{}")
        if not found or found.group(1) not in text:
            continue
        event = {"event_type": str(record["event"]).upper(), "trigger": found.group(1)}
        docs.append({"id": record["id"], "source": "plover", "text": text,
                     "sentences": [{"start": 0, "end": len(text), "events": [event]}]})
    return docs


def training_documents(include_gsr: bool = True, include_labels: bool = True) -> list[dict]:
    docs = [json.loads(line) for line in (SHARED / "train" / "news_train.jsonl").open(encoding="utf-8")]
    if include_labels:
        docs += load_labelled(ROOT / "training" / "labels", SHARED / "corpus")
    if include_gsr:
        docs += gsr_documents(SHARED / "eval" / "plover_gsr_dev.json")
    return docs


def trigger_token(doc, sentence: dict, trigger: str, taken: set[int]):
    text = doc.text
    start, end = sentence["start"], sentence["end"]
    at = text.find(trigger, start, end)
    if at < 0:
        at = text.lower().find(trigger.lower(), start, end)
    if at < 0:
        return None
    span = doc.char_span(at, at + len(trigger), alignment_mode="expand")
    if span is None:
        return None
    inside = [t for t in span if is_candidate(t) and t.i not in taken]
    if not inside:
        return None
    heads = [t for t in inside if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    return (heads or inside)[0]


def examples(docs: list[dict], rules: RuleTyper) -> tuple[list[list[str]], list[str], list[int], dict[str, int]]:
    """Feature lists, labels and document groups for every candidate of every annotated sentence."""
    X, y, groups = [], [], []
    stats: Counter[str] = Counter()
    parsed = nlp.parse((d["text"] for d in docs), batch_size=32)
    for group, (document, doc) in enumerate(zip(docs, parsed)):
        for sentence in document["sentences"]:
            taken: dict[int, str] = {}
            for event in sentence.get("events") or []:
                token = trigger_token(doc, sentence, str(event.get("trigger") or ""), set(taken))
                stats["aligned" if token is not None else "unaligned"] += 1
                if token is not None:
                    taken[token.i] = str(event["event_type"]).upper()
            span = doc.char_span(sentence["start"], sentence["end"], alignment_mode="expand")
            for token in span if span is not None else []:
                if not is_candidate(token):
                    continue
                X.append(features(token, rules.classify(token)))
                y.append(taken.get(token.i, NONE))
                groups.append(group)
    return X, y, groups, dict(stats)


def fit(X: list[list[str]], y: list[str], C: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sparse=True)
    matrix = vectorizer.fit_transform([{f: 1 for f in row} for row in X])
    model = LogisticRegression(C=C, max_iter=3000, random_state=SEED)
    model.fit(matrix, y)
    return vectorizer, model


def decide(probabilities: np.ndarray, labels: list[str], threshold: float) -> list[str]:
    best = probabilities.argmax(axis=1)
    return [labels[b] if labels[b] != NONE and probabilities[i, b] >= threshold else NONE for i, b in enumerate(best)]


def trigger_f1(gold: list[str], predicted: list[str]) -> tuple[float, float, float]:
    tp = sum(g == p != NONE for g, p in zip(gold, predicted))
    n_pred = sum(p != NONE for p in predicted)
    n_gold = sum(g != NONE for g in gold)
    precision, recall = tp / n_pred if n_pred else 0.0, tp / n_gold if n_gold else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def cross_validate(X, y, groups, folds: int, Cs: list[float], thresholds: list[float], rules_only: list[str]) -> None:
    from sklearn.model_selection import GroupKFold

    splitter = GroupKFold(n_splits=folds)
    print(f"{'learner':<28} {'threshold':>9} {'P':>6} {'R':>6} {'F1':>6}")
    gold_rules = trigger_f1(y, rules_only)
    print(f"{'rule lexicon alone':<28} {'-':>9} {gold_rules[0]:>6.3f} {gold_rules[1]:>6.3f} {gold_rules[2]:>6.3f}")
    for C in Cs:
        predicted: dict[float, list[str]] = {t: [NONE] * len(y) for t in thresholds}
        for train, test in splitter.split(X, y, groups):
            vectorizer, model = fit([X[i] for i in train], [y[i] for i in train], C)
            probabilities = model.predict_proba(vectorizer.transform([{f: 1 for f in X[i]} for i in test]))
            for t in thresholds:
                for i, label in zip(test, decide(probabilities, list(model.classes_), t)):
                    predicted[t][i] = label
        for t in thresholds:
            p, r, f = trigger_f1(y, predicted[t])
            print(f"{'logistic C=' + str(C):<28} {t:>9.2f} {p:>6.3f} {r:>6.3f} {f:>6.3f}")


def save(vectorizer, model, stats: dict, n_docs: int, n_examples: int, C: float, threshold: float) -> None:
    names = np.array(vectorizer.get_feature_names_out(), dtype=str)
    weights = model.coef_.T.astype(np.float32)
    if weights.shape[1] == 1:  # sklearn's binary layout; not expected with 17 labels
        raise SystemExit("training data holds a single event category")
    keep = np.abs(weights).max(axis=1) >= 1e-3  # features the model ignores need not ship
    buffer = io.BytesIO()
    np.savez_compressed(buffer, features=names[keep], weights=weights[keep].astype(np.float16),
                        bias=model.intercept_.astype(np.float32), labels=np.array(model.classes_, dtype=str))
    raw = buffer.getvalue()
    (DATA / MODEL_FILE).write_bytes(raw)
    card_path = DATA / CARD_FILE
    card = json.loads(card_path.read_text(encoding="utf-8")) if card_path.exists() else {}
    card.update({
        "version": "1",
        "sha256": hashlib.sha256(raw).hexdigest(),
        "learner": f"multinomial logistic regression (scikit-learn, lbfgs, C={C}), features in flashpoint/events/learned.py",
        "threshold": threshold,
        "trained_on": {"documents": n_docs, "candidates": n_examples, "triggers": stats},
        "training_command": "make train",
        "built": date.today().isoformat() if "built" not in card else card["built"],
    })
    card_path.write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_FILE} ({len(raw) / 1e6:.2f} MB, {int(keep.sum())} features) and {CARD_FILE}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cv", type=int, default=0, help="grouped cross-validation folds (prints an ablation table)")
    parser.add_argument("--C", type=float, default=0.5)
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--no-gsr", action="store_true")
    parser.add_argument("--no-labels", action="store_true", help="leave out training/labels (the new annotations)")
    args = parser.parse_args()
    load_lexicon.cache_clear()
    rules = RuleTyper()
    docs = training_documents(not args.no_gsr, not args.no_labels)
    X, y, groups, stats = examples(docs, rules)
    print(f"{len(docs)} documents, {len(y)} candidates, {sum(l != NONE for l in y)} triggers; {stats}")
    if args.cv:
        rules_only = [rules_label(row) for row in X]
        cross_validate(X, y, groups, args.cv, [0.1, 0.3, 1.0, 3.0], [0.3, 0.4, 0.5, 0.6], rules_only)
        return
    vectorizer, model = fit(X, y, args.C)
    save(vectorizer, model, stats, len(docs), len(y), args.C, args.threshold)


def rules_label(row: list[str]) -> str:
    verdict = next(f for f in row if f.startswith("rule="))[5:]
    return NONE if verdict == "-" else verdict


if __name__ == "__main__":
    main()
