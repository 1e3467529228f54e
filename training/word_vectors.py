"""Word vectors for the trigger classifier, learned from the news corpus itself; `make train` runs it first.

    python training/word_vectors.py        # writes flashpoint/events/data/word_vectors.npz

The pipeline's small spaCy model carries no word vectors, so the trigger classifier could not tell that a word it
never saw in training ("bombarded") behaves like one it did ("shelled"). These vectors give it that: positive
pointwise mutual information of words within a few words of each other across ../shared/corpus (KCNA and world
newswire, 21,000 stories), reduced by a truncated SVD. The documents of the evaluation sets are left out, so
that no yardstick text shapes the vectors. Deterministic: the same corpus gives byte-identical vectors.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

import hashlib  # noqa: E402

from flashpoint.events.learned import CARD_FILE, WORDS_FILE  # noqa: E402

from train_trigger import SEED, deterministic_npz  # noqa: E402

WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
VOCABULARY = 20_000
MIN_COUNT = 5
WINDOW = 4
DIMENSIONS = 64
SMOOTHING = 0.75  # context-distribution smoothing: rare contexts do not dominate PMI


def held_out_texts() -> set[str]:
    """Opening words of every evaluation document, to leave those documents out."""
    dev = json.loads((SHARED / "eval" / "news_dev.json").read_text(encoding="utf-8"))
    return {" ".join(WORD.findall(d["text"].lower())[:30]) for d in dev["docs"]}


def corpus_tokens() -> list[list[str]]:
    held = held_out_texts()
    stories = []
    for path in sorted((SHARED / "corpus").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                words = WORD.findall(str(json.loads(line).get("text") or "").lower())
                if words and " ".join(words[:30]) not in held:
                    stories.append(words)
    return stories


def train(stories: list[list[str]]) -> tuple[list[str], np.ndarray]:
    from scipy.sparse import coo_matrix, diags
    from sklearn.decomposition import TruncatedSVD

    counts = Counter(w for story in stories for w in story)
    words = sorted((w for w, n in counts.items() if n >= MIN_COUNT), key=lambda w: (-counts[w], w))[:VOCABULARY]
    index = {w: i for i, w in enumerate(words)}
    rows, cols = [], []
    for story in stories:
        ids = np.array([index.get(w, -1) for w in story], dtype=np.int64)
        for offset in range(1, WINDOW + 1):
            a, b = ids[:-offset], ids[offset:]
            keep = (a >= 0) & (b >= 0)
            rows += [a[keep], b[keep]]
            cols += [b[keep], a[keep]]
    n = len(words)
    pairs = coo_matrix((np.ones(sum(len(r) for r in rows), dtype=np.float64), (np.concatenate(rows), np.concatenate(cols))),
                       shape=(n, n)).tocsr()
    total = pairs.sum()
    word_p = np.asarray(pairs.sum(axis=1)).ravel() / total
    context = np.asarray(pairs.sum(axis=0)).ravel() ** SMOOTHING
    context_p = context / context.sum()
    pmi = diags(1.0 / word_p) @ (pairs / total) @ diags(1.0 / context_p)
    pmi.data = np.maximum(np.log(pmi.data), 0.0)
    pmi.eliminate_zeros()
    svd = TruncatedSVD(n_components=DIMENSIONS, algorithm="randomized", n_iter=7, random_state=SEED)
    vectors = svd.fit_transform(pmi) / np.sqrt(svd.singular_values_)  # U·sqrt(S): symmetric weighting
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    # the sign of each SVD component is arbitrary; fixing it keeps the file identical across BLAS builds
    vectors *= np.sign(vectors[np.abs(vectors).argmax(axis=0), np.arange(DIMENSIONS)])
    return words, vectors.astype(np.float16)


def main() -> None:
    stories = corpus_tokens()
    words, vectors = train(stories)
    raw = deterministic_npz(words=np.array(words, dtype=str), vectors=vectors)
    data = ROOT / "flashpoint" / "events" / "data"
    path = data / WORDS_FILE
    path.write_bytes(raw)
    card_path = data / CARD_FILE  # the trigger model trained next is checked together with these vectors
    card = json.loads(card_path.read_text(encoding="utf-8")) if card_path.exists() else {}
    card["word_vectors_sha256"] = hashlib.sha256(raw).hexdigest()
    card_path.write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(f"{len(stories)} stories, {len(words)} words x {vectors.shape[1]} dimensions: wrote {path.name} ({len(raw) / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
