"""Counts in words and digits (issue 9 item 9): 'twenty-five soldiers' is 25, not 5."""

from __future__ import annotations

import pytest

from flashpoint import nlp, quantities

CASES = [
    ("Rebels killed twenty-five soldiers in the north.", 25, "soldier"),
    ("The war has displaced 1.5 million refugees.", 1_500_000, "refugee"),
    ("Forty thousand protesters marched in Paris.", 40_000, "protester"),
    ("About two hundred and fifty troops crossed the border.", 250, "troop"),
    ("Police arrested 3,000 people in the capital.", 3_000, "people"),
    ("Two dozen soldiers died in the attack.", 24, "soldier"),
    ("Thirty-one people were killed on Sunday.", 31, "people"),
    ("One hundred thousand people fled the city.", 100_000, "people"),
    ("Russia fired 2.5 thousand shells overnight.", 2_500, "shell"),
    ("Three soldiers died in the blast.", 3, "soldier"),
    ("The army deployed 12 tanks to the border.", 12, "tank"),
    ("Ninety-nine prisoners were released.", 99, "prisoner"),
]


@pytest.mark.parametrize(("sentence", "value", "unit"), CASES)
def test_count_in_words_or_digits(sentence: str, value: int, unit: str) -> None:
    doc = nlp.load()(sentence)
    found = [q for s in doc.sents for q in quantities.find(s)]
    assert [(q.value, q.unit) for q in found] == [(value, unit)]
    assert all(doc.text[q.start:q.end] == q.text for q in found)


@pytest.mark.parametrize(("words", "value"), [
    (["twenty", "-", "five"], 25), (["1.5", "million"], 1_500_000), (["forty", "thousand"], 40_000),
    (["two", "hundred", "and", "fifty"], 250), (["twenty-five"], 25), (["20", "and", "30"], None), (["20", "-", "30"], None),
    (["five", "twenty"], None), (["and"], None),
])
def test_parse_number(words: list[str], value: int | None) -> None:
    assert quantities.parse_number(words) == value
