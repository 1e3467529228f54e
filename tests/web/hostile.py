"""A hostile article: markup and script in the text, title, outlet, URL and actor names, stored by hand."""

from __future__ import annotations

from flashpoint.records import Actor, Coding, Document

from .. import streams

SCRIPT = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=\"document.title='pwned'\">"
TEXT = f"Country Hhh shelled a village in Jjj {SCRIPT} on Monday, officials said. {IMG} Jjj protested."
LINK = "javascript:document.title='pwned'"


def save(store) -> Document:
    doc = Document("hostile<b>", TEXT, title="<b onmouseover=\"document.title='pwned'\">Shelling</b>", url=LINK,
                   published="2024-05-06", outlet=f"{SCRIPT}gazette")
    event = streams.event(doc, "ASSAULT", "HHH", "JJJ", "2024-05-06", at=TEXT.index("shelled"))
    marked = Actor(text=IMG, code="HHH", sector=None, name=f"{SCRIPT} Hhh", start=0, end=11)
    store.save(Coding(doc, "coded", [event.model_copy(update={"actor": [marked]})]))
    return doc
