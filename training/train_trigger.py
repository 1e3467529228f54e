"""Train the trigger classifier (flashpoint/events/learned.py) from annotated news; `make train` runs it.

    python training/train_trigger.py                 # train on everything, write the model and its card
    python training/train_trigger.py --cv 5          # grouped cross-validation: ablation table, no model written
    python training/train_trigger.py --cv 5 --train-fraction 0.5   # the same, each fold's model trained on half its documents
    python training/train_trigger.py --doc-cv 5 --fold-models /tmp/folds.pkl   # whole documents coded by the pipeline
                                                     # (the fold models kept, to measure a pipeline change on the same ones)

Data (never news_dev.json, the yardstick): ../shared/train/news_train.jsonl and the stand-off labels in
training/labels/*.jsonl joined with ../shared/corpus/. `--gsr` adds ../shared/eval/plover_gsr_dev.json (its
(EVT: ...) markup gives the trigger); it is left out by default so that the PLOVER accuracy gate stays held out. Every candidate predicate (verb or noun) of an annotated sentence is one example: the category
of the gold event whose trigger it heads, else NONE. Fixed seeds: the same inputs give the same model.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import sys
import warnings
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from flashpoint import nlp  # noqa: E402
from flashpoint.events.learned import CARD_FILE, CONTEXT_WIDTH, MODEL_FILE, NONE, combine, context_vector, features, is_candidate  # noqa: E402
from flashpoint.events.lexicon import RuleTyper, load as load_lexicon  # noqa: E402

from standoff import load_labelled  # noqa: E402

SEED = 20261130
DATA = ROOT / "flashpoint" / "events" / "data"
SPAN_LABELS = True  # set by --head-only
GUIDE_WEIGHT = 1.0  # 3.0 helped the guide's own documents in cross-validation but not news_dev (README)


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
        event = {"event_type": str(record["event_type"]).upper(), "trigger": found.group(1)}
        docs.append({"id": record["id"], "source": "plover", "text": text,
                     "sentences": [{"start": 0, "end": len(text), "events": [event]}]})
    return docs


def training_documents(include_gsr: bool = True, include_labels: bool = True) -> list[dict]:
    docs = [{**json.loads(line), "guide": True} for line in (SHARED / "train" / "news_train.jsonl").open(encoding="utf-8")]
    if include_labels:
        docs += load_labelled(ROOT / "training" / "labels", SHARED / "corpus")
    if include_gsr:
        docs += gsr_documents(SHARED / "eval" / "plover_gsr_dev.json")
    return docs


def trigger_span(doc, sentence: dict, trigger: str, fold_case: bool = True):
    """The tokens of a gold trigger's words inside its sentence (matched exactly, else ignoring case)."""
    start, end = sentence["start"], sentence["end"]
    at = doc.text.find(trigger, start, end)
    if at < 0 and fold_case:
        at = doc.text.lower().find(trigger.lower(), start, end)
    return doc.char_span(at, at + len(trigger), alignment_mode="expand") if at >= 0 else None


def trigger_tokens(doc, sentence: dict, trigger: str, taken: set[int]) -> list:
    """Every candidate predicate inside the gold trigger ("sent a message of greetings": sent, message, greetings):
    any of them coded with the category codes the event, and the coder keeps one per sentence. The others are
    taken from an exact match only (as the shipped model was trained)."""
    head = trigger_token(doc, sentence, trigger, taken)
    if head is None:
        return []
    span = trigger_span(doc, sentence, trigger, fold_case=False)
    return [head] + [t for t in span or [] if t.i != head.i and is_candidate(t) and t.i not in taken and t.pos_ in {"VERB", "NOUN"}]


def trigger_token(doc, sentence: dict, trigger: str, taken: set[int]):
    """The gold trigger's head: the candidate predicate whose governor lies outside the trigger's words."""
    span = trigger_span(doc, sentence, trigger)
    inside = [t for t in span if is_candidate(t) and t.i not in taken] if span is not None else []
    if not inside:
        return None
    heads = [t for t in inside if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    return (heads or inside)[0]


def examples(docs: list[dict], rules: RuleTyper) -> tuple[list[list[str]], list[str], list[int], dict[str, int], np.ndarray]:
    """Feature lists, labels, document groups and context vectors for every candidate of every annotated sentence."""
    X, y, groups, vectors = [], [], [], []
    stats: Counter[str] = Counter()
    parsed = nlp.parse((d["text"] for d in docs), batch_size=32)
    for group, (document, doc) in enumerate(zip(docs, parsed)):
        for sentence in document["sentences"]:
            taken: dict[int, str] = {}
            for event in sentence.get("events") or []:
                tokens = trigger_tokens(doc, sentence, str(event.get("trigger") or ""), set(taken))
                stats["aligned" if tokens else "unaligned"] += 1
                for token in tokens if SPAN_LABELS else tokens[:1]:
                    taken[token.i] = str(event["event_type"]).upper()
            span = doc.char_span(sentence["start"], sentence["end"], alignment_mode="expand")
            for token in span if span is not None else []:
                if not is_candidate(token):
                    continue
                X.append(features(token, rules.classify(token)))
                vectors.append(context_vector(token))
                y.append(taken.get(token.i, NONE))
                groups.append(group)
    return X, y, groups, dict(stats), np.vstack(vectors).astype(np.float32)


def design(vectorizer, X: list[list[str]], V: np.ndarray):
    from scipy.sparse import csr_matrix, hstack

    return hstack([vectorizer.transform([{f: 1 for f in row} for row in X]), csr_matrix(V)], format="csr")


def fit(X: list[list[str]], V: np.ndarray, y: list[str], C: float, weights: np.ndarray | None = None):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sparse=True).fit([{f: 1 for f in row} for row in X])
    model = LogisticRegression(C=C, max_iter=1000, tol=1e-3, random_state=SEED)
    model.fit(design(vectorizer, X, V), y, sample_weight=weights)
    return vectorizer, model


def fit_mlp(X: list[list[str]], V: np.ndarray, y: list[str]):
    """The learner ablation's alternative (--cv --learner mlp): one hidden layer of 64 over the same features, those
    seen in fewer than three training candidates left out (all of them would make the first layer too large to
    ship and too slow to train here). Measured, not shipped: README, "How events are coded"."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.neural_network import MLPClassifier

    seen = Counter(f for row in X for f in set(row))
    vectorizer = DictVectorizer(sparse=True).fit([{f: 1 for f in row if seen[f] >= 3} for row in X])
    model = MLPClassifier(hidden_layer_sizes=(64,), alpha=1e-2, batch_size=256, max_iter=6, random_state=SEED)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", category=ConvergenceWarning)  # six epochs on purpose: more overfit in CV
        model.fit(design(vectorizer, X, V), y)
    return vectorizer, model


def fit_learner(learner: str, X: list[list[str]], V: np.ndarray, y: list[str], C: float, weights: np.ndarray | None = None) -> list:
    """The fitted (vectorizer, model) parts whose probabilities held_out_predictions averages: the shipped logistic
    regression, the MLP, or both."""
    parts = []
    if learner in {"lr", "lr+mlp"}:
        parts.append(fit(X, V, y, C, weights))
    if learner in {"mlp", "lr+mlp"}:
        parts.append(fit_mlp(X, V, y))
    return parts


def example_weights(docs: list[dict], groups: list[int], guide_weight: float) -> np.ndarray | None:
    """The documents of ../shared/train/news_train.jsonl, labelled by the guide's own authors (the hand that labels
    the yardsticks), count `guide_weight` times; the project's corpus labels and PLOVER sentences once. None at
    1.0: unweighted, so the shipped model stays byte for byte what it was."""
    if guide_weight == 1.0:
        return None
    return np.array([guide_weight if docs[g].get("guide") else 1.0 for g in groups])


def trigger_f1(gold: list[str], predicted: list[str]) -> tuple[float, float, float]:
    tp = sum(g == p != NONE for g, p in zip(gold, predicted))
    n_pred = sum(p != NONE for p in predicted)
    n_gold = sum(g != NONE for g in gold)
    precision, recall = tp / n_pred if n_pred else 0.0, tp / n_gold if n_gold else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


POLICIES = [("model", t, t) for t in (0.2, 0.3, 0.4)] + [("rules+model", k, a) for k in (0.02, 0.05, 0.1, 0.2) for a in (0.3, 0.5)]


def some_documents(train: np.ndarray, groups, fraction: float) -> np.ndarray:
    """The candidates of a fixed-seed random `fraction` of the documents in `train` (for a learning curve)."""
    if fraction >= 1.0:
        return train
    documents = sorted({groups[i] for i in train})
    kept = set(np.random.RandomState(SEED).permutation(documents)[: round(fraction * len(documents))].tolist())
    return np.array([i for i in train if groups[i] in kept])


def held_out_predictions(X, V, y, groups, folds: int, C: float, weights: np.ndarray | None = None,
                         learner: str = "lr", fraction: float = 1.0) -> tuple[np.ndarray, list[str]]:
    """Per candidate, from the model of the fold that held its document out (trained on `fraction` of the other
    folds' documents): the probability that it is an event and the category it most likely is."""
    from sklearn.model_selection import GroupKFold

    p_event = np.zeros(len(y))
    model_label = [NONE] * len(y)
    for train, test in GroupKFold(n_splits=folds).split(X, y, groups):
        train = some_documents(train, groups, fraction)
        parts = fit_learner(learner, [X[i] for i in train], V[train], [y[i] for i in train], C, None if weights is None else weights[train])
        labels = list(parts[0][1].classes_)  # every learner saw the same labels, so sklearn orders them alike
        rows = [X[i] for i in test]
        probabilities = sum(model.predict_proba(design(vectorizer, rows, V[test])) for vectorizer, model in parts) / len(parts)
        none = labels.index(NONE)
        events = probabilities.copy()
        events[:, none] = -1
        for row, i in enumerate(test):
            p_event[i] = 1 - probabilities[row, none]
            model_label[i] = labels[int(events[row].argmax())]
    return p_event, model_label


def cross_validate(X, V, y, groups, folds: int, Cs: list[float], rules_only: list[str], weights: np.ndarray | None = None,
                   learner: str = "lr", fraction: float = 1.0) -> None:
    """Grouped by document, so no document is both trained on and scored."""
    print(f"{'learner':<16} {'keep_rule':>9} {'add_model':>9} {'P':>6} {'R':>6} {'F1':>6}")
    p, r, f = trigger_f1(y, rules_only)
    print(f"{'rule lexicon':<16} {'-':>9} {'-':>9} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    for C in Cs:
        p_event, model_label = held_out_predictions(X, V, y, groups, folds, C, weights, learner, fraction)
        for name, keep, add in POLICIES:
            rule_of = (lambda i: None) if name == "model" else (lambda i: None if rules_only[i] == NONE else rules_only[i])
            predicted = [combine(p_event[i], model_label[i], rule_of(i), keep, add) or NONE for i in range(len(y))]
            p, r, f = trigger_f1(y, predicted)
            print(f"{name + ' ' + learner + (' C=' + str(C) if learner != 'mlp' else ''):<16} {keep:>9.2f} {add:>9.2f} {p:>6.3f} {r:>6.3f} {f:>6.3f}")


def to_model(vectorizer, model, scale: np.ndarray):
    """The fitted weights as the shipped model; `scale` is the multiplier each context dimension had in training
    (0 for a part left out), folded into the weights so that inference multiplies unscaled vectors."""
    from flashpoint.events.learned import TriggerModel

    names = list(vectorizer.get_feature_names_out())
    weights = model.coef_.T.astype(np.float32)
    context = np.zeros((len(scale), weights.shape[1]), dtype=np.float32)
    used = scale > 0
    context[used] = weights[len(names):] * scale[used, None]
    return TriggerModel(tuple(model.classes_), {n: i for i, n in enumerate(names)}, weights[: len(names)],
                        model.intercept_.astype(np.float32), context)


def context_scale(width: int, parsed: float, words: float) -> np.ndarray:
    """Per context dimension: the tok2vec part (predicate and governor) and the corpus word-vector part."""
    return np.array([parsed] * min(width, 2 * CONTEXT_WIDTH) + [words] * max(width - 2 * CONTEXT_WIDTH, 0), dtype=np.float32)


def fold_models(X, V, y, groups, folds: int, C: float, scale: np.ndarray, weights: np.ndarray | None = None,
                path: Path | None = None, folds_of: Path | None = None) -> tuple[list, list]:
    """The grouped document folds and one trigger model per fold, trained without that fold's documents. With `path`,
    the models and the documents each held out are read from that file when it exists (else trained and written
    there), so that a change to the pipeline alone is measured on the same five models and the same folds. With
    `folds_of` (an earlier such file), new models are trained on today's code for the documents it held out, so that
    a retrained model is compared with the earlier ones on the same folds."""
    import pickle

    from sklearn.model_selection import GroupKFold

    if path is not None and path.exists():
        # the documents each model held out travel with it: the splitter balances folds by candidate counts, which
        # a change to the parse alters, and a model must never be scored on documents it was trained on
        saved = pickle.loads(path.read_bytes())
        if not isinstance(saved, dict):
            raise SystemExit(f"{path} holds fold models without the documents they held out (an older format): "
                             "delete it to train them again")
        return holding_out(groups, saved["held_out"]), saved["models"]
    if folds_of is not None:
        splits = holding_out(groups, pickle.loads(folds_of.read_bytes())["held_out"])
    else:
        splits = list(GroupKFold(n_splits=folds).split(X, y, groups))
    models = [to_model(*fit([X[i] for i in train], V[train], [y[i] for i in train], C, None if weights is None else weights[train]), scale)
              for train, _ in splits]
    if path is not None:
        held_out = [sorted({groups[i] for i in test}) for _, test in splits]
        path.write_bytes(pickle.dumps({"held_out": held_out, "models": models}))
    return splits, models


def holding_out(groups, held_out: list[list]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Train and test indices of the folds that hold out each list of documents."""
    held = np.asarray(groups)
    return [(np.flatnonzero(~np.isin(held, test)), np.flatnonzero(np.isin(held, test))) for test in held_out]


def held_out_news(docs: list[dict], groups, test) -> list[int]:
    """The news documents (not PLOVER sentences) a fold holds out."""
    return sorted(i for i in {groups[i] for i in test} if docs[i].get("source") != "plover")


def pooled(runs: list[dict], level: str) -> tuple[float, float, float]:
    """Precision, recall and F1 at a level over several score_documents results."""
    hits = sum(r[level]["hits"] for r in runs)
    predicted, gold = sum(r["predicted"] for r in runs), sum(r["gold"] for r in runs)
    p, r = hits / predicted if predicted else 0.0, hits / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def coded_fold(docs: list[dict], groups, test, make_typer) -> tuple[list, dict[str, list]]:
    """A fold's held-out news documents as gold, and their events by document id, coded whole by the pipeline with a
    typer from `make_typer` (a new one per document, as the pipeline's own) and the role model off, since it was
    trained on these documents (train_roles.py measures it on the same folds)."""
    import flashpoint.pipeline as pipeline
    from flashpoint.eval.news import _gold_document
    from flashpoint.records import Document
    from flashpoint.settings import Settings

    gold = [_gold_document(docs[i], docs[i]["id"]) for i in held_out_news(docs, groups, test)]
    pipeline.typer = lambda settings: make_typer()
    documents = [Document(g.id, g.text, published=g.published) for g in gold]
    return gold, {c.document.id: c.events for c in pipeline.code_documents(documents, Settings(learned_roles=False))}


def document_cv(docs: list[dict], X, V, scale: np.ndarray, y, groups, folds: int, C: float, policies: list[tuple[float, float, bool]],
                weights: np.ndarray | None = None, relabel: float = 0.6, fold_models_file: Path | None = None,
                add_label: float = 0.35) -> None:
    """Grouped cross-validation measured the way the coder is used: held-out documents coded whole by the pipeline
    and scored like news_dev.json (type / type+actor / full F1), on the fold models of `fold_models` (read from
    `fold_models_file` when it exists)."""
    from flashpoint.eval.news import score_documents
    from flashpoint.events.learned import LearnedTyper

    results: dict[tuple[float, float, bool], list[dict]] = {p: [] for p in policies}
    rules_results: list[dict] = []
    splits, models = fold_models(X, V, y, groups, folds, C, scale, weights, fold_models_file)
    for fold, ((_, test), trained) in enumerate(zip(splits, models, strict=True)):
        for policy in policies:
            gold, codings = coded_fold(docs, groups, test, lambda p=policy: LearnedTyper(
                model=trained, keep_rule=p[0], add_model=p[1], rules_propose=p[2], relabel=relabel, add_label=add_label))
            results[policy].append(score_documents(gold, lambda g: codings.get(g.id, [])))
        gold, codings = coded_fold(docs, groups, test, RuleTyper)
        rules_results.append(score_documents(gold, lambda g: codings.get(g.id, [])))
        print(f"fold {fold + 1}/{folds} done", flush=True)

    def row(runs: list[dict]) -> str:
        return " ".join(f"{' '.join(f'{x:.3f}' for x in pooled(runs, level)):>17}" for level in ("type", "actor", "full"))

    print(f"{'coder':<34} {'type P R F1':>17} {'type+actor':>17} {'full':>17}")
    print(f"{'rules alone':<34} {row(rules_results)}")
    for policy, runs in results.items():
        name = f"rules+model keep {policy[0]} add {policy[1]}" if policy[2] else f"model alone at {policy[1]}"
        print(f"{name:<34} {row(runs)}")


def dump_folds(docs: list[dict], X, V, scale: np.ndarray, y, groups, folds: int, C: float, weights: np.ndarray | None,
               fold_models_file: Path | None, out: Path, policy: dict[str, float] | None = None,
               folds_of: Path | None = None) -> None:
    """For error analysis: every held-out document coded whole with its fold's model under the shipped card's
    policy or the thresholds in `policy` (role model off, as in document_cv), written to `out` as JSON lines, one per sentence — its text, the
    gold events described, and each coded event with the index of the gold event it matches at each level (None:
    no match). Pooled figures are printed, so a dump can be checked against the table of --doc-cv."""
    from flashpoint.eval.news import LEVELS, UNASSERTED, _describe_gold, pair, score_documents
    from flashpoint.events.learned import LearnedTyper

    runs: list[dict] = []
    splits, models = fold_models(X, V, y, groups, folds, C, scale, weights, fold_models_file, folds_of)
    with out.open("w", encoding="utf-8") as sink:
        for fold, ((_, test), trained) in enumerate(zip(splits, models, strict=True)):
            gold, codings = coded_fold(docs, groups, test, lambda: LearnedTyper(model=trained, **(policy or {})))
            runs.append(score_documents(gold, lambda g: codings.get(g.id, [])))
            for document in gold:
                for number, sentence in enumerate(document.sentences):
                    inside = [e for e in codings.get(document.id, []) if sentence.start <= e.trigger.start < sentence.end]
                    matched = {level: dict(pair(inside, sentence.events, level)) for level in LEVELS}
                    coded = [{"event": e.model_dump(mode="json"), "counted": i in matched["type"] or e.modality not in UNASSERTED,
                              **{level: matched[level].get(i) for level in LEVELS}} for i, e in enumerate(inside)]
                    sink.write(json.dumps({"doc": document.id, "fold": fold, "sentence": number, "text": sentence.text,
                                           "gold": [_describe_gold(g) for g in sentence.events], "coded": coded}) + "\n")
            print(f"fold {fold + 1}/{folds} dumped", flush=True)
    for level in LEVELS:
        print(f"{level:<6} P R F1 " + " ".join(f"{x:.3f}" for x in pooled(runs, level)))
    print(f"wrote {out}")


def lone_sentences(docs: list[dict], X, V, scale: np.ndarray, y, groups, folds: int, C: float, weights: np.ndarray | None,
                   fold_models_file: Path | None, sample: int) -> None:
    """How the coder reads a sentence given alone (a notebook line, a PLOVER record) that it has never seen: `sample`
    sentences of the held-out documents, with or without gold events (fixed seed), each coded as a text of its own
    with its fold's model — type P / R / F1, full recall, and false events per sentence with no gold event — under
    the shipped policy and with no veto of rule triggers (keep_rule 0), the policy a one-sentence text might want."""
    import random

    import flashpoint.pipeline as pipeline
    from flashpoint.eval.news import UNASSERTED, _gold_document, pair
    from flashpoint.events.learned import LearnedTyper
    from flashpoint.ingest.clean import clean_text
    from flashpoint.records import Document
    from flashpoint.settings import Settings

    splits, models = fold_models(X, V, y, groups, folds, C, scale, weights, fold_models_file)
    items = [(fold, g, n, s, text) for fold, (_, test) in enumerate(splits) for i in held_out_news(docs, groups, test)
             for g in [_gold_document(docs[i], docs[i]["id"])] for n, s in enumerate(g.sentences) if (text := clean_text(s.text))]
    random.Random(SEED).shuffle(items)
    items = items[:sample]
    shipped_typer = pipeline.typer
    try:
        for name, keep in (("shipped policy", None), ("no veto", 0.0)):
            counts: Counter = Counter()
            for fold, trained in enumerate(models):
                mine = [(g, n, s, text) for f, g, n, s, text in items if f == fold]
                pipeline.typer = lambda settings, m=trained, k=keep: LearnedTyper(model=m, keep_rule=k)
                texts = [Document(f"{g.id}-{n}", text, published=g.published) for g, n, s, text in mine]
                coded = {c.document.id: c.events for c in pipeline.code_documents(texts, Settings(learned_roles=False, workers=1))}
                for g, n, s, _ in mine:
                    events = coded.get(f"{g.id}-{n}", [])
                    typed, full = dict(pair(events, s.events, "type")), dict(pair(events, s.events, "full"))
                    counted = sum(1 for k, e in enumerate(events) if k in typed or e.modality not in UNASSERTED)
                    counts["gold"] += len(s.events)
                    counts["hits"] += len(typed)
                    counts["full"] += len(full)
                    counts["predicted"] += counted
                    if not s.events:
                        counts["empty"] += 1
                        counts["false_in_empty"] += counted
            p, r, f = pooled([{"type": {"hits": counts["hits"]}, "predicted": counts["predicted"], "gold": counts["gold"]}], "type")
            print(f"{name:<15} {len(items)} sentences ({counts['empty']} with no event): type P {p:.3f} R {r:.3f} "
                  f"F1 {f:.3f}, full recall {counts['full'] / max(counts['gold'], 1):.3f}, "
                  f"{counts['false_in_empty'] / max(counts['empty'], 1):.3f} events per sentence with none")
    finally:
        pipeline.typer = shipped_typer


def deterministic_npz(**arrays: np.ndarray) -> bytes:
    """An .npz numpy can load, byte-identical for identical arrays (np.savez stamps the time into the zip)."""
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            member = io.BytesIO()
            np.lib.format.write_array(member, np.asarray(array), allow_pickle=False)
            archive.writestr(zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0)), member.getvalue(),
                             compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def model_bytes(trained) -> bytes:
    """The shipped file: features the model ignores left out, their weights as float16 (the context weights, already
    scaled for unscaled vectors, stay float32)."""
    if len(trained.labels) < 3:  # sklearn's binary layout; not expected with 17 labels
        raise SystemExit("training data holds a single event category")
    names = np.array(list(trained.vocabulary), dtype=str)
    keep = np.abs(trained.weights).max(axis=1) >= 1e-3  # features the model ignores need not ship
    return deterministic_npz(features=names[keep], weights=trained.weights[keep].astype(np.float16), bias=trained.bias,
                             labels=np.array(trained.labels, dtype=str), context=trained.context.astype(np.float32))


def write_with_card(raw: bytes, model_file: str, card_file: str, fields: dict) -> None:
    """Write a shipped model file and update its card (checksum, the given fields, how to rebuild it); the card's
    first build date is kept."""
    (DATA / model_file).write_bytes(raw)
    card_path = DATA / card_file
    card = json.loads(card_path.read_text(encoding="utf-8")) if card_path.exists() else {}
    card.update({"version": "1", "sha256": hashlib.sha256(raw).hexdigest(), **fields, "training_command": "make train"})
    card.setdefault("built", date.today().isoformat())
    card_path.write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")


def save(trained, scales: tuple[float, float], stats: dict, n_docs: int, n_examples: int, C: float, keep_rule: float, add_model: float,
         guide_weight: float, relabel: float, add_label: float) -> None:
    raw = model_bytes(trained)
    write_with_card(raw, MODEL_FILE, CARD_FILE, {
        "learner": f"multinomial logistic regression (scikit-learn, lbfgs, C={C}) over sparse parse features, the pipeline's "
                   f"tok2vec vectors of the predicate and its governor (scaled by {scales[0]}) and corpus word vectors of the "
                   f"predicate, its governor and its object and the mean word vector of the rest of the sentence (scaled by {scales[1]}), "
                   f"features in flashpoint/events/learned.py",
        "keep_rule": keep_rule,
        "add_model": add_model,
        "relabel": relabel,
        "add_label": add_label,
        "guide_weight": guide_weight,
        "trained_on": {"documents": n_docs, "candidates": n_examples, "triggers": stats},
    })
    with np.load(io.BytesIO(raw), allow_pickle=False) as shipped:
        print(f"wrote {MODEL_FILE} ({len(raw) / 1e6:.2f} MB, {len(shipped['features'])} features) and {CARD_FILE}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cv", type=int, default=0, help="grouped cross-validation folds (prints an ablation table)")
    parser.add_argument("--C", type=float, default=1.0)
    parser.add_argument("--keep-rule", type=float, default=0.05, help="least event probability that keeps a rule trigger")
    parser.add_argument("--add-model", type=float, default=0.5, help="least event probability that adds a trigger the rules lack")
    parser.add_argument("--relabel", type=float, default=0.6,
                        help="least probability of its own category with which the model replaces the rules' category, "
                             "also used by --doc-cv (document CV on the earlier fold models: 0.5 0.567/0.450/0.336, "
                             "0.6 0.571/0.453/0.338, 0.7 0.570/0.452/0.338)")
    parser.add_argument("--add-label", type=float, default=0.35,
                        help="least probability of its most likely category with which the model adds a trigger the rules "
                             "lack (document CV on the fold models: 0 0.620, 0.25 0.622, 0.35 0.623, 0.45 0.623 type F1)")
    parser.add_argument("--gsr", action="store_true", help="also train on plover_gsr_dev.json (it is then no longer a fair yardstick)")
    parser.add_argument("--cv-C", default="1.0", help="comma-separated C values for --cv")
    parser.add_argument("--learner", choices=("lr", "mlp", "lr+mlp"), default="lr",
                        help="with --cv: the learner ablation (logistic regression, shipped; a one-hidden-layer MLP; both averaged)")
    parser.add_argument("--no-labels", action="store_true", help="leave out training/labels (the new annotations)")
    parser.add_argument("--train-fraction", type=float, default=1.0,
                        help="with --cv: train each fold's model on this share of its training documents (a learning curve)")
    parser.add_argument("--doc-cv", type=int, default=0, help="grouped cross-validation of whole documents coded by the pipeline")
    parser.add_argument("--dump", type=Path, default=None, help="with --doc-cv: code the held-out documents with the shipped policy "
                        "and write every sentence's gold and coded events, with their matches, to this JSON-lines file")
    parser.add_argument("--lone-sentences", type=int, default=0, metavar="N",
                        help="with --doc-cv: N held-out sentences coded each as a text of its own, under the shipped "
                             "policy and with no veto of rule triggers")
    parser.add_argument("--fold-models", type=Path, default=None,
                        help="with --doc-cv: read the fold models from this file if it exists, else train them and write it "
                             "(to measure a pipeline change on the same models)")
    parser.add_argument("--folds-of", type=Path, default=None,
                        help="with --doc-cv --dump: train the fold models on today's code for the folds an earlier --fold-models file held out")
    parser.add_argument("--no-context", action="store_true", help="leave out the contextual token vectors (sparse features only)")
    parser.add_argument("--context-scale", type=float, default=0.3,
                        help="multiplier of the contextual token vectors (against the sparse features' regularisation)")
    parser.add_argument("--word-scale", type=float, default=1.0, help="multiplier of the corpus word vectors")
    parser.add_argument("--no-words", action="store_true", help="leave out the corpus word vectors")
    parser.add_argument("--head-only", action="store_true", help="label only the head of each gold trigger, not every predicate in it")
    parser.add_argument("--guide-weight", type=float, default=GUIDE_WEIGHT,
                        help="how many times an example of news_train.jsonl (the guide's own labels) counts")
    args = parser.parse_args()
    if args.learner != "lr" and not args.cv:
        parser.error("--learner mlp and lr+mlp are measured with --cv only; the shipped model is the logistic regression")
    if args.train_fraction != 1.0 and not (args.cv and 0.0 < args.train_fraction < 1.0):
        parser.error("--train-fraction is a share between 0 and 1 of each fold's documents, with --cv only")
    global SPAN_LABELS
    SPAN_LABELS = not args.head_only
    load_lexicon.cache_clear()
    rules = RuleTyper()
    docs = training_documents(args.gsr, not args.no_labels)
    X, y, groups, stats, V = examples(docs, rules)
    scale = context_scale(V.shape[1], 0.0 if args.no_context else args.context_scale, 0.0 if args.no_words else args.word_scale)
    V = V[:, scale > 0] * scale[scale > 0]
    weights = example_weights(docs, groups, args.guide_weight)
    print(f"{len(docs)} documents, {len(y)} candidates, {sum(l != NONE for l in y)} triggers; {stats}")
    if args.doc_cv and args.dump:
        # thresholds given on the command line are tried; the others are the card's
        policy = {name: getattr(args, name) for name in ("keep_rule", "add_model", "relabel", "add_label")
                  if getattr(args, name) != parser.get_default(name)}
        dump_folds(docs, X, V, scale, y, groups, args.doc_cv, args.C, weights, args.fold_models, args.dump, policy, args.folds_of)
        return
    if args.doc_cv and args.lone_sentences:
        lone_sentences(docs, X, V, scale, y, groups, args.doc_cv, args.C, weights, args.fold_models, args.lone_sentences)
        return
    if args.doc_cv:
        policies = [(0.1, 0.5, True), (0.05, 0.5, True), (0.02, 0.5, True), (0.5, 0.5, False)]
        document_cv(docs, X, V, scale, y, groups, args.doc_cv, args.C, policies, weights, args.relabel, args.fold_models, args.add_label)
        return
    if args.cv:
        rules_only = [rules_label(row) for row in X]
        cross_validate(X, V, y, groups, args.cv, [float(c) for c in args.cv_C.split(',')], rules_only, weights, args.learner,
                       args.train_fraction)
        return
    vectorizer, model = fit(X, V, y, args.C, weights)
    save(to_model(vectorizer, model, scale), (args.context_scale, args.word_scale), stats, len(docs), len(y), args.C,
         args.keep_rule, args.add_model, args.guide_weight, args.relabel, args.add_label)


def rules_label(row: list[str]) -> str:
    verdict = next(f for f in row if f.startswith("rule="))[5:]
    return NONE if verdict == "-" else verdict


if __name__ == "__main__":
    main()
