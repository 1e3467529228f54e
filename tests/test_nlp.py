"""The parse the coder reads: sentence boundaries the small English model misses in news copy."""

from pathlib import Path

from flashpoint import nlp
from flashpoint.settings import Settings


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in nlp.load(Settings().spacy_model)(text).sents]


def test_a_paragraph_break_ends_a_sentence_without_a_full_stop() -> None:
    assert sentences("Talks resume in Geneva\n\nEnvoys from both sides arrived on Monday.") == [
        "Talks resume in Geneva", "Envoys from both sides arrived on Monday."]


def test_a_single_line_break_ends_a_sentence_as_in_a_news_archive() -> None:
    # each paragraph on a line of its own: the parser otherwise reads the writer's line into the paragraph before
    text = "Envoys of both sides met in Geneva on Monday about the dispute\nThe weekly Friday in a signed article says this in reply:"
    assert sentences(text) == ["Envoys of both sides met in Geneva on Monday about the dispute",
                               "The weekly Friday in a signed article says this in reply:"]


def test_a_line_ending_in_a_colon_ends_its_sentence() -> None:
    # the words a colon introduces on the next line are a sentence of their own, not the introducing clause's object
    text = "Relations soured, the spokesman noted, and continued:\nIt is plain that the cabinet keeps delaying the talks."
    assert sentences(text) == ["Relations soured, the spokesman noted, and continued:",
                               "It is plain that the cabinet keeps delaying the talks."]
    assert sentences("The spokesman added:\nIt is clear that the sanctions have failed.") == [
        "The spokesman added:", "It is clear that the sanctions have failed."]
    assert len(sentences("The ministry listed the demands: an apology and compensation.")) == 1


def test_a_dateline_in_capitals_ends_its_sentence() -> None:
    # else the parser takes the place for a word of the first noun phrase ("YAOUNDE - Macron" as one name)
    assert sentences("YAOUNDE - Macron arrived in Cameroon on Monday.") == ["YAOUNDE -", "Macron arrived in Cameroon on Monday."]
    assert sentences("LAGOS, May 2 (Example Wire) - Tinubu left for Accra.")[1] == "Tinubu left for Accra."
    # a name opening a sentence with a hyphen is no dateline
    assert len(sentences("The Chile-Korea Friendship Society met again on Monday.")) == 1
    assert len(sentences("US-led coalition aircraft struck a depot near the river.")) == 1


def test_paragraphs_an_archive_joined_with_a_full_stop_and_a_comma_are_sentences_again() -> None:
    # the parser otherwise hangs the second paragraph's subject on the first paragraph's verb
    joined = "Seoul joined the naval drills off Busan.,  Tongil Sinbo Friday in an article calls the move a provocation."
    assert sentences(joined) == ["Seoul joined the naval drills off Busan.,", "Tongil Sinbo Friday in an article calls the move a provocation."]
    # a quotation closing before its speaker, an abbreviation before a comma: one sentence each
    assert len(sentences('"The talks are over," Ruto told reporters in Nairobi on Friday.')) == 1
    assert len(sentences("The embassy stands on Elm Street N.W., Washington, near the park.")) == 1


def test_a_hyphen_after_an_abbreviation_splits_like_one_between_letters() -> None:
    # "U.S.-led" left whole names no one; "well-known" was always split
    words = [t.text for t in nlp.load(Settings().spacy_model)("U.S.-led forces joined the U.S.-Japan drills, a well-known event.")]
    assert words[:3] == ["U.S.", "-", "led"] and ["U.S.", "-", "Japan"] == words[words.index("Japan") - 2 : words.index("Japan") + 1]
    assert "well" in words and "known" in words


def test_the_attribute_rules_match_exactly_as_spacys_matcher_does() -> None:
    # the loaded ruler matches with TokenRules; AttributeRuler.match is spaCy's own Matcher on the same patterns
    pipeline = nlp.load(Settings().spacy_model)
    ruler = pipeline.get_pipe("attribute_ruler")
    assert "match" in vars(ruler), "the compiled matching is not in use"
    samples = sorted((Path(nlp.__file__).parent / "samples" / "articles").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in samples] + [
        # the ruler's two-token, regex, IN and NOT_IN patterns, and whitespace given a dependency
        "Y'all ain't gonna believe it: let's go, there is a way.\n\nGotta say that which they want, whether or not it is so.",
    ]
    for doc in pipeline.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]):
        assert ruler.match(doc) == type(ruler).match(ruler, doc)


def test_attribute_rules_it_cannot_read_exactly_are_left_to_spacy() -> None:
    assert nlp.TokenRules.compile([{"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"POS": "ADV"}, "index": 0}]) is None
    assert nlp.TokenRules.compile([{"patterns": [[{"LENGTH": {">=": 3}}]], "attrs": {"POS": "X"}, "index": 0}]) is None
    assert nlp.TokenRules.compile([{"patterns": [[{"LOWER": "the"}, {}]], "attrs": {"POS": "X"}, "index": 0}]) is None
    rules = nlp.TokenRules.compile([{"patterns": [[{"TAG": {"NOT_IN": ["NNS"]}, "LOWER": {"REGEX": "^re"}}]], "attrs": {}, "index": 0}])
    assert rules is not None
    doc = nlp.load(Settings().spacy_model)("Relations were rebuilt.")
    assert [doc[start].text for _, start, _ in rules.matches(doc)] == ["rebuilt"]


def test_an_abbreviation_runs_on_into_the_word_it_shortens_for() -> None:
    # "No." is one word as "Dr." is, so a bulletin's number stays its object
    doc = nlp.load(Settings().spacy_model)("The committee released its bulletin No. 985 on Friday to condemn the drills.")
    assert "No." in [t.text for t in doc] and len(list(doc.sents)) == 1
    # a sentence that ends with it still ends
    assert sentences("He said No. Then he left.") == ["He said No.", "Then he left."]
