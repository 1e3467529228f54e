"""Train the role model (flashpoint/events/roles.py) from annotated news; `make train` runs it after the trigger model.

    python training/train_roles.py --fold-models /tmp/folds.pkl   # write the model and its card, print the CV table

The role model decides who an event's actor or recipient is where the rules coded none, so it learns from events
as the coder emits them on documents it has not seen: the training documents are split into the same five
document folds as `train_trigger.py --doc-cv`, each fold's documents are coded by the trigger model of the other
four (read from `--fold-models` when the file exists, else trained and written there), and every event that
matches a gold event by type gives one example per candidate party and role: is this code among the gold
event's actors (recipients)? The five-fold table it prints fits the role model on four folds' examples and codes
the fifth; the shipped model is fitted on all of them. Fixed folds and solver: the same inputs give the same model.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from flashpoint import nlp  # noqa: E402
from flashpoint.actors import knowledge  # noqa: E402
from flashpoint.actors.resolve import find_mentions  # noqa: E402
from flashpoint.events.lexicon import RuleTyper  # noqa: E402
from flashpoint.events.participants import Participants  # noqa: E402
from flashpoint.events.roles import CARD_FILE, MODEL_FILE, ROLES, RoleModel, candidate_features, fill_roles, story_of  # noqa: E402
from flashpoint.records import Event  # noqa: E402

from train_trigger import (context_scale, deterministic_npz, examples, fold_models, held_out_news, pooled, training_documents,  # noqa: E402
                           write_with_card)

THRESHOLD = 0.5  # a party is added when the model finds it more likely right than not
FOLDS = 5


def trained_folds(docs: list[dict], path: Path | None):
    """The five trigger models of `train_trigger.py --doc-cv`, each trained without one fold of documents, and each
    fold's held-out news documents."""
    X, y, groups, _, V = examples(docs, RuleTyper())
    scale = context_scale(V.shape[1], 0.3, 1.0)
    V = V[:, scale > 0] * scale[scale > 0]
    splits, models = fold_models(X, V, y, groups, FOLDS, 1.0, scale, path=path)
    return models, [held_out_news(docs, groups, test) for _, test in splits]


def coded_folds(docs: list[dict], models, held: list[list[int]]) -> list[list[tuple[dict, list[Event]]]]:
    """Each fold's held-out documents with the events its fold model codes, roles left to the rules."""
    import flashpoint.pipeline as pipeline
    from flashpoint.events.learned import LearnedTyper, model_card
    from flashpoint.records import Document
    from flashpoint.settings import Settings

    card = model_card()
    keep, add, relabel = float(card["keep_rule"]), float(card["add_model"]), float(card.get("relabel", 0.5))
    out = []
    for trained, indices in zip(models, held, strict=True):
        pipeline.typer = lambda settings, m=trained: LearnedTyper(model=m, keep_rule=keep, add_model=add, relabel=relabel)
        documents = [Document(docs[i]["id"], docs[i]["text"], published=docs[i].get("published")) for i in indices]
        codings = {c.document.id: c.events for c in pipeline.code_documents(documents, Settings(learned_roles=False))}
        out.append([(docs[i], codings.get(docs[i]["id"], [])) for i in indices])
    return out


def stories(fold: list[tuple[dict, list[Event]]]):
    """Per document: its Story and each event's trigger token (the same parse and mentions the pipeline uses)."""
    from flashpoint.eval.news import _gold_document

    kb = knowledge.load(None)
    pipe = nlp.load()
    for (raw, events), doc in zip(fold, nlp.parse([raw["text"] for raw, _ in fold]), strict=True):
        story = story_of(Participants(doc, find_mentions(doc, pipe, kb, None), kb))
        triggers = [doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand") for e in events]
        yield _gold_document(raw, raw["id"]), story, [(e, t.root) for e, t in zip(events, triggers, strict=True) if t is not None]


def matched_events(fold: list):
    """(document id, the event's index, the event, its trigger, the gold event) for every event of a fold that matches
    a gold event by type."""
    from flashpoint.eval.news import pair

    for gold, story, events in fold:
        for sentence in gold.sentences:
            inside = [k for k, (e, _) in enumerate(events) if sentence.start <= e.trigger.start < sentence.end]
            for p, g in pair([events[k][0] for k in inside], sentence.events, "type"):
                yield gold.id, story, inside[p], *events[inside[p]], sentence.events[g]


def role_examples(fold: list) -> list[tuple[list[str], str, int]]:
    """(features, role, label) for every candidate of every event that matches a gold event by type."""
    rows = []
    for _, story, _, event, trigger, truth in matched_events(fold):
        wanted = {"actor": truth.actor, "recipient": truth.recipient}
        rows += [(names, role, int(code in wanted[role])) for code, _, role, names in candidate_features(trigger, event, story)]
    return rows


def fit_roles(rows: list[tuple[list[str], str, int]], threshold: float) -> RoleModel:
    """One logistic regression per role over the named features, folded into one vocabulary and weight matrix."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vocabulary: dict[str, int] = {}
    fitted = []
    for role in ROLES:
        mine = [r for r in rows if r[1] == role]
        vectorizer = DictVectorizer()
        matrix = vectorizer.fit_transform([dict.fromkeys(names, 1) for names, _, _ in mine])
        model = LogisticRegression(C=1.0, max_iter=3000).fit(matrix, [label for _, _, label in mine])
        fitted.append((vectorizer.feature_names_, model))
        for name in vectorizer.feature_names_:
            vocabulary.setdefault(name, len(vocabulary))
    weights = np.zeros((len(vocabulary), len(ROLES)), dtype=np.float32)
    for column, (names, model) in enumerate(fitted):
        for name, weight in zip(names, model.coef_[0], strict=True):
            weights[vocabulary[name], column] = weight
    bias = np.array([model.intercept_[0] for _, model in fitted], dtype=np.float32)
    return RoleModel(vocabulary, weights, bias, threshold)


def cross_validate(folds: list[list], rows: list[list], thresholds: list[float]) -> dict:
    """Each fold coded with the role model fitted on the other four; pooled F1 at the three levels, and how the
    parties it added to events matching gold compare with the gold ones."""
    from flashpoint.eval.news import score_documents

    fitted = [fit_roles([r for m, part in enumerate(rows) if m != n for r in part], 0.0) for n in range(len(folds))]
    table: dict[str, dict[str, Any]] = {}
    for threshold in [None, *thresholds]:
        runs, added = [], Counter()
        for fold, model in zip(folds, fitted, strict=True):
            at = None if threshold is None else replace(model, threshold=threshold)
            filled = {gold.id: [e if at is None else fill_roles(e, t, story, at) for e, t in events] for gold, story, events in fold}
            runs.append(score_documents([gold for gold, _, _ in fold], lambda g: filled.get(g.id, [])))
            added += judged_additions(fold, filled)
        name = "rules' roles only" if threshold is None else f"role model at {threshold}"
        table[name] = {level: round(pooled(runs, level)[2], 3) for level in ("type", "actor", "full")}
        if threshold is not None:
            table[name]["added_to_matched_events"] = dict(added)
        print(f"{name:<20} " + "  ".join(f"{level} {table[name][level]:.3f}" for level in ("type", "actor", "full"))
              + (f"  added: {dict(added)}" if threshold is not None else ""), flush=True)
    return table


def judged_additions(fold: list, filled: dict[str, list[Event]]) -> Counter:
    """Parties the model added to events that match a gold event by type: the gold party ("right"), another one
    ("wrong"), or one where the gold event has none ("none in gold")."""
    out: Counter = Counter()
    for doc_id, _, k, before, _, truth in matched_events(fold):
        after = filled[doc_id][k]
        for role, wanted in (("actor", truth.actor), ("recipient", truth.recipient)):
            codes = set(getattr(after, f"{role}_codes")) - set(getattr(before, f"{role}_codes"))
            if codes:
                out[f"{role} {'right' if codes & wanted else 'wrong' if wanted else 'none in gold'}"] += 1
    return out


def save(model: RoleModel, rows: int, documents: int, table: dict) -> None:
    names = sorted(model.vocabulary, key=model.vocabulary.get)
    raw = deterministic_npz(features=np.array(names, dtype=str), weights=model.weights, bias=model.bias)
    write_with_card(raw, MODEL_FILE, CARD_FILE, {
        "learner": "two binary logistic regressions (scikit-learn, lbfgs, C=1.0), actor and recipient, over named features of "
                   "a candidate party (flashpoint/events/roles.py)",
        "task": "for an event whose rules coded no actor (recipient): which of the sentence's coded parties or the story's own "
                "countries is it, if any",
        "threshold": model.threshold,
        "trained_on": {"documents": documents, "candidate_rows": rows,
                       "events": "training documents coded by five fold trigger models that never saw them (train_trigger.py's folds)"},
        "metrics": {"document_cv_5fold_f1": table},
    })
    print(f"wrote {MODEL_FILE} ({len(raw) / 1e3:.0f} kB, {len(names)} features) and {CARD_FILE}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fold-models", type=Path, default=None, help="read the five fold trigger models from this file if it "
                        "exists, else train them and write it")
    parser.add_argument("--threshold", type=float, default=THRESHOLD, help="least probability with which a party is added")
    parser.add_argument("--cv-thresholds", default="0.3,0.4,0.5,0.6", help="comma-separated thresholds for the CV table")
    args = parser.parse_args()
    docs = training_documents(False, True)
    models, held = trained_folds(docs, args.fold_models)
    folds = [list(stories(fold)) for fold in coded_folds(docs, models, held)]
    rows = [role_examples(fold) for fold in folds]
    counts = Counter(label for part in rows for _, _, label in part)
    print(f"{sum(len(f) for f in folds)} documents, {sum(counts.values())} candidate rows ({counts[1]} right parties)", flush=True)
    table = cross_validate(folds, rows, [float(t) for t in args.cv_thresholds.split(",")])
    save(fit_roles([r for part in rows for r in part], args.threshold), sum(counts.values()), sum(len(f) for f in folds), table)


if __name__ == "__main__":
    main()
