"""Counts with their head noun: "about 30 missiles", "two soldiers were killed", "dozens of protesters"."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .records import Quantity

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "million": 1_000_000,
    "billion": 1_000_000_000, "dozen": 12,
}
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens": 20, "millions": 2_000_000}
APPROXIMATORS = {"about", "around", "nearly", "some", "approximately", "roughly", "almost", "over", "more", "less",
                 "fewer", "least", "most", "up", "estimated", "close", "upwards", "several"}
AGGREGATE_CUES = re.compile(r"\b(this year|so far|since|in total|a total of|altogether|cumulative|over the past|in the past|this month|last year|last month)\b", re.I)
NOT_UNITS = {"percent", "%", "year", "month", "day", "week", "hour", "minute", "time", "am", "pm"}


SCALES = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}


def parse_number(words: list[str]) -> float | None:
    """'twenty-five' → 25, '1.5 million' → 1,500,000, 'forty thousand' → 40,000, 'two hundred and fifty' → 250;
    None for what is not one number ('20 and 30', '20-30' are ranges)."""
    total, current, last = 0.0, 0.0, ""
    for word in (part for w in words for part in w.lower().replace(",", "").split("-") if part):
        if word == "and" and last in {"hundred", *SCALES}:
            continue
        if word in SCALES:
            total, current = total + (current or 1) * SCALES[word], 0.0
        elif word in {"hundred", "dozen"}:
            current = (current or 1) * NUMBER_WORDS[word]
        elif (value := _single(word)) is not None and _can_add(current, value, last):
            current += value
        else:
            return None
        last = word
    return total + current if last else None


def _single(word: str) -> float | None:
    """A number that counts by itself ('five', '1.5'), not a multiplier ('hundred', 'million')."""
    return None if word in SCALES or word in {"hundred", "dozen"} else word_value(word)


def _can_add(current: float, value: float, last: str) -> bool:
    """'twenty' + 'five', 'hundred' + 'fifty'; never two plain numbers in a row."""
    if current == 0:
        return True
    if last == "hundred":
        return value < 100
    return last in NUMBER_WORDS and current % 10 == 0 and current < 100 and value < 10 and not last.isdigit()


def _numeric(token: Token) -> bool:
    text = token.lower_.replace(",", "")
    return text in NUMBER_WORDS or all(_single(p) is not None or p in NUMBER_WORDS for p in text.split("-") if p) and any(c.isalnum() for c in text)


def number_span(token: Token) -> tuple[int, int]:
    """The tokens of the number `token` is part of: 'twenty - five', '1.5 million', 'two hundred and fifty'."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and (_numeric(doc[start - 1]) or doc[start - 1].text == "-" and start > 1 and _numeric(doc[start - 2])):
        start -= 1
    while end < len(doc) and end < token.head.i and (_numeric(doc[end]) or doc[end].text == "-" or doc[end].lower_ == "and"):
        end += 1
    while end - 1 > token.i and not _numeric(doc[end - 1]):  # no trailing 'and' or hyphen
        end -= 1
    return start, end


def number_value(token: Token) -> float | None:
    return word_value(token.lower_.replace(",", ""))


def word_value(word: str) -> float | None:
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    try:
        return float(word)
    except ValueError:
        return None


def _approximate(number: Token) -> bool:
    near = {c.lower_ for c in number.children} | {number.doc[i].lower_ for i in range(max(number.i - 2, 0), number.i)}
    return bool(near & APPROXIMATORS)


def _value(number: Token) -> float | None:
    start, end = number_span(number)
    if end - start > 1 and (whole := parse_number([t.text for t in number.doc[start:end]])) is not None:
        return whole
    value = number_value(number)
    if value is None:
        return None
    for child in number.children:
        if child.dep_ in {"compound", "quantmod"} and (multiplier := number_value(child)) and child.i > number.i:
            value *= multiplier
    nxt = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if nxt is not None and nxt.lower_ in {"hundred", "thousand", "million", "billion"} and nxt.head is number.head:
        value *= NUMBER_WORDS[nxt.lower_]
    return value


def find(sentence: Span) -> list[Quantity]:
    aggregate_sentence = bool(AGGREGATE_CUES.search(sentence.text))
    found: list[Quantity] = []
    for token in sentence:
        if token.dep_ == "nummod" and token.head.pos_ in {"NOUN", "PROPN"} and token.head.lemma_.lower() not in NOT_UNITS:
            if _numeric(token.head):  # 'two' in 'two dozen soldiers': counted with 'dozen'
                continue
            value = _value(token)
            if value is None or token.ent_type_ in {"DATE", "TIME", "PERCENT", "MONEY", "CARDINAL"} and token.ent_type_ != "CARDINAL":
                continue
            unit, start = token.head, min(token.left_edge.i, token.i, number_span(token)[0])
            found.append(_quantity(sentence, start, unit, value, _approximate(token), aggregate_sentence))
        elif token.lower_ in VAGUE and any(c.lower_ == "of" for c in token.children):
            of = next(c for c in token.children if c.lower_ == "of")
            counted = next((g for g in of.children if g.dep_ == "pobj"), None)
            if counted is not None:
                found.append(_quantity(sentence, token.i, counted, float(VAGUE[token.lower_]), True, aggregate_sentence))
    return found


def _quantity(sentence: Span, start: int, unit: Token, value: float, approximate: bool, aggregate_sentence: bool) -> Quantity:
    span = sentence.doc[start : unit.i + 1]
    return Quantity(
        value=value,
        unit=unit.lemma_.lower(),
        approximate=approximate,
        aggregate=aggregate_sentence and value > 1,
        text=span.text,
        start=span.start_char,
        end=span.end_char,
    )
