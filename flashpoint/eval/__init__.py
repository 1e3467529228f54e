"""Scoring against gold sentences and the pinned accuracy gate."""

from __future__ import annotations

from pathlib import Path

from ..records import Document
from ..settings import Settings
from .news import evaluate_news, format_news, is_news_gold
from .score import GoldSentence, Report, format_text, load_gold, score


def evaluate(gold_path: Path, settings: Settings | None = None) -> dict[str, object]:
    """Score either gold kind: annotated whole documents (news_dev.json, news_train.jsonl) or PLOVER sentence records."""
    from ..pipeline import code_documents

    if is_news_gold(Path(gold_path)):
        return evaluate_news(Path(gold_path), settings)

    gold = load_gold(gold_path)
    # the PLOVER gold records follow PLOVER's conventions (own-country recipient, international NGOs as IGO); score them by those
    settings = (settings or Settings()).model_copy(update={"own_country_recipient": True, "ngos_as_igo": True})
    documents = [Document(g.id, g.text.strip().strip("{}"), published=g.date) for g in gold]
    codings = {c.document.id: c.events for c in code_documents(documents, settings)}
    return score(gold, lambda g: codings.get(g.id, [])).as_dict()




def format_result(result: dict[str, object], show_misses: bool = True) -> str:
    return format_news(result, show_misses) if "by_source" in result else format_text(result, show_misses)


__all__ = ["GoldSentence", "Report", "evaluate", "format_result", "format_text", "load_gold", "score"]
