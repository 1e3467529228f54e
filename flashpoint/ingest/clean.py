"""Turn raw article text into the text Flashpoint stores: paragraphs, no web boilerplate, no repeated headline."""

from __future__ import annotations

import re
import unicodedata

BOILERPLATE = re.compile(
    r"^(leave a (reply|comment)|similar posts|related (posts|articles|stories)|share this( article| story)?|"
    r"read more|advertisement|subscribe( now| to our newsletter)?|sign up for|click here|"
    r"your email address will not be published.*|required fields are marked.*|"
    r"(copyright|\(c\)|©).{0,120}|.{0,80}all rights reserved\..*|this material may not be published.*|"
    r"\d+ (minutes?|mins?)(,? \d+ seconds?)? read|reading time:? .*|follow us on .*|comments?( \(\d+\))?|"
    r"posted (in|by) .{0,60}|tags?: .*|previous (post|article)|next (post|article))$",
    re.IGNORECASE,
)
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in that is was he for it with as his on be at by i this had not are but from or have an they "
    "which one you were her all she there would their we him been has when who will more no if out so said what up "
    "its about into than them can only other new some could time these two may then do first any my now such like "
    "our over man me even most made after also did many before must through back years where much your way well down "
    "should because each just those people how too little state good very make world still own see men work long get "
    "here between both life being under never day same another know while last might us great old year off come since "
    "against go came right used take three states himself few house use during without again place american around "
    "however home small found mrs thought went say part once general high upon school every don does got united left "
    "number course war until always away something fact though water less public put think almost hand enough far took "
    "head yet government system better set told nothing night end why called didn eyes find going look asked later "
    "knew".split()
)


# zero-width characters, the soft hyphen and bidi controls: invisible, but they split words for the parser
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c]")


def strip_invisible(text: str) -> str:
    return INVISIBLE.sub("", text)


# East Asian typesetting's full-width forms of ASCII ("Finland－Korea Society", "U．S．") and its ideographic space:
# the parser splits a name at a character it does not know as a hyphen. One character for one, so offsets keep.
FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: ord(" ")}


def fold_full_width(text: str) -> str:
    """Full-width forms as ASCII (the pipeline's normalisation, beside `strip_invisible`)."""
    return text.translate(FULL_WIDTH)


def clean_text(text: str) -> str:
    text = strip_invisible(unicodedata.normalize("NFC", text)).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    paragraphs: list[str] = []
    seen: set[str] = set()
    for line in text.split("\n"):
        line = re.sub(r"[ \t\f\v]+", " ", line).strip()
        if not line or BOILERPLATE.match(line):
            continue
        key = line.lower()
        if key in seen and len(line) < 300:
            continue  # a headline repeated as the first paragraph, a repeated caption
        seen.add(key)
        paragraphs.append(line)
    return "\n\n".join(paragraphs)


# the commonest function words of the other languages news arrives in most often (es, fr, de, it, pt, nl)
FOREIGN_FUNCTION_WORDS = frozenset(
    "el los las del que por con una para como pero sus les des est une pour dans qui sur pas avec ces der die das "
    "und ist nicht mit von den dem sich auf auch eine di che della per sono gli nel da não uma os em het een "
    "van zijn voor niet wordt".split()
)


def english_share(text: str) -> float:
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if not words:
        return 0.0
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words)


def foreign_share(text: str) -> float:
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if not words:
        return 0.0
    return sum(w in FOREIGN_FUNCTION_WORDS for w in words) / len(words)


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(b < 9 or 13 < b < 32 for b in sample)
    return bool(sample) and control / len(sample) > 0.1
