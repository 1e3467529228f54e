"""Scoring against gold sentences and the pinned accuracy gate."""

from __future__ import annotations

from pathlib import Path

from ..records import Document
from ..settings import Settings
from .score import GoldSentence, Report, format_text, load_gold, score


def evaluate(gold_path: Path, settings: Settings | None = None) -> dict[str, object]:
    from ..pipeline import code_documents

    gold = load_gold(gold_path)
    documents = [Document(g.id, g.text.strip().strip("{}"), published=g.date) for g in gold]
    codings = {c.document.id: c.events for c in code_documents(documents, settings)}
    return score(gold, lambda g: codings.get(g.id, [])).as_dict()


__all__ = ["GoldSentence", "Report", "evaluate", "format_text", "load_gold", "score"]
