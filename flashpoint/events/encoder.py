"""The trigger encoder: a small transformer fine-tuned to type trigger candidates, blended with the linear trigger model.

The network is MiniLM-L6 (six layers, 384 wide; sentence-transformers/all-MiniLM-L6-v2, Apache-2.0) fine-tuned by
`make train-encoder` (training/train_encoder.py) with a linear head over each candidate's mean word-piece state. It
is read here with numpy alone — an uncased WordPiece tokenizer and the forward pass — so turning it on
(`Settings.trigger_encoder`) needs no extra package. Its weights ship as int8 with a float16 scale per 64 weights
(`events/data/trigger_encoder.npz`, checked against the SHA-256 in its card). Off by default: it reads every
sentence a second time with a network several times the parser's size, so coding costs seven to nine times the CPU
of the parse alone, and on whole news documents it measured no better than the linear model (see the README).
"""

from __future__ import annotations

import io
import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from spacy.tokens import Span, Token

from ..errors import ConfigError
from .learned import NONE, checked_bytes, packaged_card

MODEL_FILE = "trigger_encoder.npz"
CARD_FILE = "trigger_encoder.json"
MAX_PIECES = 160  # as in training: a longer sentence is cut, and a word past the cut is left to the linear model
BATCH = 32
_ASCII_PUNCTUATION = {*range(33, 48), *range(58, 65), *range(91, 97), *range(123, 127)}
_IDEOGRAPHS = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F), (0x2B740, 0x2B81F),
               (0x2B920, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))  # the CJK blocks the fast tokenizer splits


def _punctuation(ch: str) -> bool:
    return ord(ch) in _ASCII_PUNCTUATION or unicodedata.category(ch).startswith("P")


def _ideograph(ch: str) -> bool:
    return any(low <= ord(ch) <= high for low, high in _IDEOGRAPHS)


def _space(ch: str) -> bool:
    return ch.isspace()


def _dropped(ch: str) -> bool:
    """Characters the tokenizer deletes before splitting (a soft hyphen, a zero-width space or a form feed joins its
    neighbours): NUL, the replacement character, and every control, format or unassigned character but tab, line
    feed and carriage return — also those Python counts as white space."""
    return ch not in "\t\n\r" and (ord(ch) in (0, 0xFFFD) or unicodedata.category(ch).startswith("C"))


DROPPED, ALONE, SPACE, LETTER = range(4)


@lru_cache(maxsize=8192)
def _kind(ch: str) -> int:
    """What the tokenizer does with a character; cached, since a text repeats the same few characters."""
    if _dropped(ch):
        return DROPPED
    if _punctuation(ch) or _ideograph(ch):
        return ALONE
    return SPACE if _space(ch) else LETTER


def _folded(word: str) -> str:
    """Lower case without accents, as the uncased vocabulary is spelled."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")


def words(text: str) -> list[tuple[int, int]]:
    """The tokenizer's words as character spans: split at white space, and around each punctuation mark and
    ideograph; a deleted character inside a word stays inside its span."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, ch in enumerate(text):
        kind = _kind(ch)
        if kind == DROPPED:
            continue
        if start is not None and kind != LETTER:
            spans.append((start, i))
            start = None
        if kind == ALONE:
            spans.append((i, i + 1))
        elif start is None and kind == LETTER:
            start = i
    if start is not None:
        spans.append((start, len(text)))
    return spans


class WordPiece:
    """Greedy longest-match word pieces of an uncased vocabulary, each with the characters of the text it covers."""

    def __init__(self, vocabulary: list[str]) -> None:
        self.ids = {piece: i for i, piece in enumerate(vocabulary)}
        self.unknown, self.first, self.last = self.ids["[UNK]"], self.ids["[CLS]"], self.ids["[SEP]"]

    def encode(self, text: str, limit: int = MAX_PIECES) -> tuple[list[int], list[tuple[int, int]]]:
        """Piece ids between [CLS] and [SEP], at most `limit` in all, and each piece's character span ((0, 0) for
        the markers; a whole word's span where folding changed the word's length)."""
        ids, spans = [self.first], [(0, 0)]
        for start, end in words(text):
            word = _folded("".join(c for c in text[start:end] if _kind(c) != DROPPED))
            same_length = len(word) == end - start
            for a, b, piece in self._pieces(word):
                ids.append(piece)
                spans.append((start + a, start + b) if same_length else (start, end))
            if len(ids) >= limit - 1:
                break
        return ids[: limit - 1] + [self.last], spans[: limit - 1] + [(0, 0)]

    def _pieces(self, word: str) -> list[tuple[int, int, int]]:
        if not word:
            return []
        if len(word) > 100:
            return [(0, len(word), self.unknown)]
        pieces, start = [], 0
        while start < len(word):
            for end in range(len(word), start, -1):
                piece = self.ids.get(word[start:end] if start == 0 else "##" + word[start:end])
                if piece is not None:
                    pieces.append((start, end, piece))
                    start = end
                    break
            else:
                return [(0, len(word), self.unknown)]
        return pieces


def _gelu(x: np.ndarray) -> np.ndarray:
    """x·Φ(x) with the error function to within 1.5e-7 (Abramowitz and Stegun 7.1.26): numpy has no erf. Written
    as x − m for x ≥ 0 and m below, with m = x·(1 − erf(|x|/√2))/2, in place: GELU was a quarter of the forward pass."""
    t = np.abs(x) * (0.3275911 / math.sqrt(2.0))
    t += 1.0
    np.reciprocal(t, out=t)
    poly = t * 1.061405429
    for coefficient in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += coefficient
        poly *= t
    np.square(x, out=t)
    t *= -0.5
    np.exp(t, out=t)
    poly *= t
    poly *= x
    poly *= 0.5
    return np.where(x >= 0, x - poly, poly)


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + 1e-12) * gain + bias


class Transformer:
    """A BERT encoder's forward pass (post-norm, GELU, absolute positions) over float32 weights."""

    PROJECTIONS = ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
                   "intermediate.dense", "output.dense")

    def __init__(self, weights: dict[str, np.ndarray], heads: int) -> None:
        self.w = dict(weights)
        self.heads = heads
        self.layers = 1 + max(int(name.split(".")[2]) for name in weights if name.startswith("encoder.layer."))
        for n in range(self.layers):  # stored as (out, in); multiplied as x @ W
            for name in self.PROJECTIONS:
                key = f"encoder.layer.{n}.{name}.weight"
                self.w[key] = np.ascontiguousarray(self.w[key].T)

    def __call__(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """The last layer's states, (batch, length, width), for padded piece ids and a mask of real pieces."""
        w, (batch, length) = self.w, ids.shape
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length] \
            + w["embeddings.token_type_embeddings.weight"][0]
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"]).reshape(batch * length, -1)
        width = x.shape[-1]
        size = width // self.heads
        padding = ((mask[:, None, None, :] - 1.0) * 1e9).astype(np.float32)
        for n in range(self.layers):
            p = f"encoder.layer.{n}."

            def heads(name: str, x: np.ndarray = x, p: str = p) -> np.ndarray:
                projected = x @ w[p + name + ".weight"] + w[p + name + ".bias"]
                return projected.reshape(batch, length, self.heads, size).transpose(0, 2, 1, 3)

            query, key, value = heads("attention.self.query"), heads("attention.self.key"), heads("attention.self.value")
            scores = query @ key.transpose(0, 1, 3, 2) / math.sqrt(size) + padding
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            context = ((scores / scores.sum(-1, keepdims=True)) @ value).transpose(0, 2, 1, 3).reshape(batch * length, width)
            attended = _layer_norm(context @ w[p + "attention.output.dense.weight"] + w[p + "attention.output.dense.bias"] + x,
                                   w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            inner = _gelu(attended @ w[p + "intermediate.dense.weight"] + w[p + "intermediate.dense.bias"])
            x = _layer_norm(inner @ w[p + "output.dense.weight"] + w[p + "output.dense.bias"] + attended,
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        return x.reshape(batch, length, width)


@dataclass
class Reading:
    """One sentence as the encoder read it: its pieces' states and character spans (relative to the sentence)."""
    states: np.ndarray
    spans: list[tuple[int, int]]


class TriggerEncoder:
    """Per candidate predicate: the encoder's probability of each PLOVER category or none."""

    def __init__(self, wordpiece: WordPiece, transformer: Transformer, head: np.ndarray, bias: np.ndarray,
                 labels: tuple[str, ...], card: dict[str, Any]) -> None:
        if NONE not in labels:
            raise ConfigError(f"{MODEL_FILE} has no {NONE} label: rebuild it with `make train-encoder`")
        self.wordpiece, self.transformer, self.head, self.bias, self.labels = wordpiece, transformer, head, bias, labels
        self.card = card
        self.blend = float(card["blend"])
        self.version = str(card.get("version", "1"))

    def probabilities(self, token: Token, sentence: Span, labels: tuple[str, ...],
                      readings: dict[int, dict[int, Reading]]) -> np.ndarray | None:
        """The distribution over `labels` (the linear model's order) for a token of a sentence, or None for a word
        past the cut of a long sentence. `readings` is the caller's memory, per document and sentence start: a
        document's first call reads all its sentences, in batches of sentences of like length."""
        read = readings.get(id(token.doc))
        if read is None:
            sentences = list(token.doc.sents)
            read = readings[id(token.doc)] = dict(zip((s.start for s in sentences), self.read([s.text for s in sentences])))
        reading = read.get(sentence.start)
        if reading is None:  # a sentence split other than doc.sents
            reading = read[sentence.start] = self.read([sentence.text])[0]
        start = token.idx - sentence.start_char
        return self.distribution(reading, start, start + len(token.text), labels)

    def distribution(self, reading: Reading, start: int, end: int, labels: tuple[str, ...]) -> np.ndarray | None:
        """The distribution over `labels` for the characters start:end of a sentence read, from the mean state of
        the pieces they overlap; None if the cut of a long sentence left them unread."""
        pieces = [j for j, (a, b) in enumerate(reading.spans) if b > a and a < end and b > start]
        if not pieces:
            return None
        scores = reading.states[pieces].mean(0) @ self.head + self.bias
        scores = np.exp(scores - scores.max())
        mine = dict(zip(self.labels, scores / scores.sum()))
        return np.array([mine.get(label, 0.0) for label in labels])

    def read(self, sentences: list[str]) -> list[Reading]:
        """Each sentence's pieces and their last-layer states, in batches of sentences of like length."""
        encoded = [self.wordpiece.encode(text) for text in sentences]
        out: list[Reading | None] = [None] * len(sentences)
        order = sorted(range(len(sentences)), key=lambda i: len(encoded[i][0]))
        for b in range(0, len(order), BATCH):
            batch = order[b : b + BATCH]
            length = max(len(encoded[i][0]) for i in batch)
            ids = np.zeros((len(batch), length), dtype=np.int64)
            mask = np.zeros((len(batch), length), dtype=np.float32)
            for row, i in enumerate(batch):
                ids[row, : len(encoded[i][0])] = encoded[i][0]
                mask[row, : len(encoded[i][0])] = 1.0
            states = self.transformer(ids, mask)
            for row, i in enumerate(batch):
                out[i] = Reading(states[row, : len(encoded[i][0])], encoded[i][1])
        readings = [r for r in out if r is not None]
        assert len(readings) == len(sentences)  # every sentence is in exactly one batch
        return readings


def dequantized(data: Any) -> dict[str, np.ndarray]:
    """The network's float32 weights from the stored int8 matrices (`q:`, with `s:` a float16 scale per equal group
    of each row's weights) and float16 vectors (`f:`)."""
    weights = {}
    for name in data.files:
        kind, _, key = name.partition(":")
        if kind == "q":
            quantized, scales = data[name], data["s:" + key].astype(np.float32)
            grouped = quantized.reshape(quantized.shape[0], scales.shape[1], -1).astype(np.float32) * scales[:, :, None]
            weights[key] = grouped.reshape(quantized.shape)
        elif kind == "f":
            weights[key] = data[name].astype(np.float32)
    return weights


@lru_cache(maxsize=1)
def encoder_card() -> dict[str, Any]:
    return packaged_card(CARD_FILE)


@lru_cache(maxsize=1)
def load_encoder() -> TriggerEncoder:
    card = encoder_card()
    return encoder_from(checked_bytes(MODEL_FILE, CARD_FILE, card, rebuild="make train-encoder"), card)


def encoder_from(raw: bytes, card: dict[str, Any]) -> TriggerEncoder:
    with np.load(io.BytesIO(raw), allow_pickle=False) as data:
        vocabulary = [str(piece) for piece in data["vocabulary"]]
        transformer = Transformer(dequantized(data), heads=int(card["heads"]))
        return TriggerEncoder(WordPiece(vocabulary), transformer, data["head"].astype(np.float32).T.copy(),
                              data["head_bias"].astype(np.float32), tuple(str(x) for x in data["labels"]), card)
