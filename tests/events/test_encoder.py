"""The trigger encoder: its tokenizer, its numpy forward pass, the shipped weights and what turning it on changes."""

import hashlib
import math
from importlib import resources

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import flashpoint
from flashpoint import nlp
from flashpoint.errors import ConfigError
from flashpoint.events.encoder import MODEL_FILE, Transformer, WordPiece, _gelu, encoder_card, load_encoder, words
from flashpoint.events.learned import LearnedTyper, load_model
from flashpoint.settings import Settings, load_settings

from ..golden import GOLDEN
from .standins import SureOf

VOCABULARY = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "envoy", "visit", "##ed", "##s", "pyong", "##yang", ",", ".", "'", "s",
              "cafe", "un"]


def test_words_split_at_spaces_and_around_punctuation() -> None:
    text = "Seoul's envoy (U.N.) left."
    assert [text[a:b] for a, b in words(text)] == ["Seoul", "'", "s", "envoy", "(", "U", ".", "N", ".", ")", "left", "."]


def test_word_pieces_are_longest_matches_with_their_characters() -> None:
    wordpiece = WordPiece(VOCABULARY)
    text = "The envoy visited Pyongyang, the envoys' CAFÉ."
    ids, spans = wordpiece.encode(text)
    pieces = [VOCABULARY[i] for i in ids]
    assert pieces == ["[CLS]", "the", "envoy", "visit", "##ed", "pyong", "##yang", ",", "the", "envoy", "##s", "'", "cafe", ".", "[SEP]"]
    assert [text[a:b] for a, b in spans[1:-1]] == ["The", "envoy", "visit", "ed", "Pyong", "yang", ",", "the", "envoy", "s", "'", "CAFÉ", "."]


def test_a_word_the_vocabulary_cannot_spell_is_one_unknown_piece() -> None:
    wordpiece = WordPiece(VOCABULARY)
    ids, spans = wordpiece.encode("envoyz the")
    assert [VOCABULARY[i] for i in ids] == ["[CLS]", "[UNK]", "the", "[SEP]"]
    assert spans[1] == (0, 6)


@pytest.mark.parametrize(("text", "pieces"), [
    ("Pyong\u00adyang hosted the envoy", ["p", "##yon", "##gy", "##ang", "hosted", "the", "envoy"]),  # a soft hyphen joins
    ("a zero\u200bwidth join", ["a", "zero", "##wi", "##dt", "##h", "join"]),
    ("line\u2028break here", ["line", "break", "here"]),
    ("mini\x0cster and\x85envoy", ["minister", "and", "##en", "##vo", "##y"]),  # controls join even where Python sees space
    ("Cafe\u0301 Ministe\u0300re", ["cafe", "minister", "##e"]),  # accents as combining marks
    ("Beijing \u5317\u4eac talks", ["beijing", "\u5317", "\u4eac", "talks"]),
    ("x" * 101 + " ok", ["[UNK]", "ok"]),
])
def test_shipped_vocabulary_splits_as_the_reference_tokenizer(text: str, pieces: list[str]) -> None:
    """The pieces the transformers library's tokenizer (the one training used) gives for these strings."""
    wordpiece = load_encoder().wordpiece
    spelled = {i: piece for piece, i in wordpiece.ids.items()}
    ids, _ = wordpiece.encode(text)
    assert [spelled[i] for i in ids] == ["[CLS]", *pieces, "[SEP]"]


@given(st.text(max_size=300), st.integers(min_value=2, max_value=40))
def test_pieces_stay_inside_the_text_in_order_and_within_the_limit(text: str, limit: int) -> None:
    ids, spans = WordPiece(VOCABULARY).encode(text, limit)
    assert len(ids) == len(spans) <= limit
    assert ids[0] == 2 and ids[-1] == 3
    inner = spans[1:-1]
    assert all(0 <= a < b <= len(text) for a, b in inner)
    assert [a for a, _ in inner] == sorted(a for a, _ in inner)


def test_gelu_is_close_to_the_standard_librarys_error_function() -> None:
    x = np.linspace(-6, 6, 1201)
    exact = np.array([v * (1 + math.erf(v / math.sqrt(2))) / 2 for v in x])
    assert np.abs(_gelu(x) - exact).max() < 1e-6


def test_forward_pass_matches_the_reference_implementation() -> None:
    """tests/golden/tiny_bert.npz: a two-layer BERT with random weights and its last-layer states from the
    transformers library (a padded row and a full one), so a transposed or misplaced weight shows."""
    with np.load(GOLDEN / "tiny_bert.npz") as data:
        arrays = {k: data[k] for k in data.files}
    expected, ids, mask = arrays.pop("expected_states"), arrays.pop("input_ids"), arrays.pop("attention_mask")
    states = Transformer({k: v.astype(np.float32) for k, v in arrays.items()}, heads=2)(ids, mask.astype(np.float32))
    real = mask.astype(bool)
    assert np.abs(states[real] - expected[real]).max() < 1e-4


def test_padding_never_changes_what_a_sentence_reads() -> None:
    with np.load(GOLDEN / "tiny_bert.npz") as data:
        transformer = Transformer({k: data[k].astype(np.float32) for k in data.files if "." in k}, heads=2)
    alone = transformer(np.array([[2, 5, 6, 3]]), np.ones((1, 4), dtype=np.float32))
    padded = transformer(np.array([[2, 5, 6, 3, 0, 0], [2, 7, 8, 9, 10, 3]]),
                         np.array([[1, 1, 1, 1, 0, 0], [1, 1, 1, 1, 1, 1]], dtype=np.float32))
    assert np.allclose(padded[0, :4], alone[0], atol=1e-5)


def test_shipped_encoder_matches_its_card() -> None:
    raw = resources.files("flashpoint.events").joinpath("data", MODEL_FILE).read_bytes()
    card = encoder_card()
    assert hashlib.sha256(raw).hexdigest() == card["sha256"]
    assert len(raw) <= 25_000_000
    assert {"blend", "heads", "trained_on", "training_command", "base"} <= set(card)
    assert set(load_encoder().labels) == set(load_model().labels)


def test_a_word_reads_the_same_in_a_later_sentence_as_alone() -> None:
    """Offsets are taken within the token's own sentence: the second sentence's words are not read at the first's."""
    first, second = "Officials met in Cairo on Monday.", "Egypt recalled its ambassador from Tel Aviv."
    together = nlp.load()(f"{first} {second}")
    alone = nlp.load()(second)
    labels = load_model().labels
    [recalled] = [t for t in together if t.text == "recalled"]
    [recalled_alone] = [t for t in alone if t.text == "recalled"]
    encoder = load_encoder()
    p = encoder.probabilities(recalled, recalled.sent, labels, {})
    q = encoder.probabilities(recalled_alone, recalled_alone.sent, labels, {})
    assert p is not None and q is not None and np.allclose(p, q, atol=1e-4)


def test_words_past_the_cut_of_a_long_sentence_are_left_to_the_linear_model() -> None:
    text = " ".join(["talks"] * 200) + " ended."
    doc = nlp.load()(text)
    sentence = doc[:]
    encoder, labels = load_encoder(), load_model().labels
    assert encoder.probabilities(doc[0], sentence, labels, {}) is not None
    assert encoder.probabilities(doc[190], sentence, labels, {}) is None


def test_typer_blends_the_encoder_with_the_linear_model_by_the_cards_share() -> None:
    doc = nlp.load()("Egypt condemned the raid on the border post.")
    [condemned] = [t for t in doc if t.text == "condemned"]
    linear = LearnedTyper().probabilities(condemned, None)
    blended = LearnedTyper(encoder=SureOf("PROTEST", blend=0.5)).probabilities(condemned, None)  # type: ignore[arg-type]
    protest = load_model().labels.index("PROTEST")
    expected = 0.5 * linear
    expected[protest] += 0.5
    assert np.allclose(blended, expected)
    sense = LearnedTyper(encoder=SureOf("NONE", blend=0.5)).classify(condemned)  # type: ignore[arg-type]
    plain = LearnedTyper()
    with_rule = plain.probabilities(condemned, plain.rules.classify(condemned))  # as classify scores it
    none = load_model().labels.index("NONE")
    # half the weight now says "no event": still above the blend's keep_rule, at half the linear model's confidence
    assert sense is not None and sense.confidence == round(0.5 * (1.0 - float(with_rule[none])), 3)


class _Unread(SureOf):
    """An encoder stand-in that reads nothing, as past the cut of a long sentence."""

    def probabilities(self, token, sentence, labels, readings):  # noqa: ANN001, ANN201
        return None


def test_a_word_the_encoder_left_unread_is_judged_as_the_linear_model_alone_judges_it() -> None:
    doc = nlp.load()("Egypt condemned the raid, recalled its envoy and said it would review the treaty with Israel.")
    alone, unread = LearnedTyper(), LearnedTyper(encoder=_Unread("NONE", blend=0.5))  # type: ignore[arg-type]
    for token in doc:
        ours, theirs = unread.classify(token), alone.classify(token)
        assert (ours and (ours.category, ours.confidence)) == (theirs and (theirs.category, theirs.confidence))
    assert unread.thresholds(doc[1]) == alone.thresholds(doc[1]) != (0.2, 0.4, 0.5)


def test_turning_the_encoder_on_codes_events_and_says_so() -> None:
    text = "Egypt condemned the Israeli air strike on Gaza and recalled its ambassador, officials in Cairo said on Monday."
    plain = flashpoint.code_text(text, published="2024-05-06")
    blended = flashpoint.code_text(text, published="2024-05-06", settings=Settings(trigger_encoder=True))
    assert "ACCUSE" in {e.event_type for e in blended}
    assert any("encoder" in e.produced_by for e in blended)
    assert not any("encoder" in e.produced_by for e in plain)


def test_the_encoder_without_the_trigger_model_is_refused() -> None:
    with pytest.raises(ConfigError, match="trigger_encoder"):
        load_settings(typer="rules", trigger_encoder=True)
