"""Selective entity recognition (settings.selective_ner): the sentences it keeps get the entities a whole-Doc run
gives them, the others none."""

from __future__ import annotations

import gzip
import json
from itertools import islice

from flashpoint import focus, nlp
from flashpoint.ingest.clean import clean_text

from .conftest import shared_path


def test_kept_sentences_get_the_entities_of_a_whole_doc_run() -> None:
    with gzip.open(shared_path("corpus", "newswire_world.jsonl.gz"), "rt", encoding="utf-8") as corpus:
        texts = [clean_text(json.loads(line)["text"]) for line in islice(corpus, 6)]
    keep = focus.sentence_test()
    whole = list(nlp.parse(texts))
    selective = list(nlp.parse(texts, needs_entities=keep))
    kept = dropped = 0
    for full, part in zip(whole, selective):
        for sentence, twin in zip(full.sents, part.sents):
            found = [(e.start, e.end, e.label_) for e in twin.ents]
            if keep(twin):
                kept += 1
                assert found == [(e.start, e.end, e.label_) for e in sentence.ents], sentence.text
            else:
                dropped += 1
                assert found == []
    assert kept and dropped


def test_a_sentence_with_an_accepted_trigger_is_kept_and_one_without_is_not() -> None:
    doc = next(nlp.parse(["Iran accused Israel of the strike. The weather in Tehran was mild and sunny."]))
    first, second = doc.sents
    keep = focus.sentence_test()
    assert keep(first) and not keep(second)
