"""Ablation on both yardsticks: the rule lexicon alone, the trigger classifier alone, and the two combined.

    .venv/bin/python benchmarks/ablation.py [--categories]

Prints, for news_dev.json (whole documents), P/R/F1 at the type, type+actor and full levels and attribution and
modality accuracy, per category with --categories; for plover_gsr_dev.json (gold sentences) type recall, full
match and events per sentence. Settings `typer: rules | model | learned` select the coder.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from flashpoint.eval import evaluate
from flashpoint.settings import Settings

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
TYPERS = {"rules": "rules alone", "model": "model alone", "learned": "rules + model (default)"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--categories", action="store_true", help="per-category type F1 on news_dev.json")
    args = parser.parse_args()
    news = {t: evaluate(EVAL / "news_dev.json", Settings(typer=t)) for t in TYPERS}
    plover = {t: evaluate(EVAL / "plover_gsr_dev.json", Settings(typer=t)) for t in TYPERS}
    print("news_dev.json (29 documents, 230 sentences, 122 events)")
    print(f"{'coder':<26} {'type P/R/F1':>17} {'type+actor F1':>14} {'full F1':>8} {'attrib':>7} {'modal':>6}")
    for typer, name in TYPERS.items():
        r = news[typer]
        t = r["type"]
        print(f"{name:<26} {t['precision']:.3f} {t['recall']:.3f} {t['f1']:.3f} {r['actor']['f1']:>14.3f} {r['full']['f1']:>8.3f} "
              f"{r['attribution_accuracy']:>7.3f} {r['modality_accuracy']:>6.3f}")
    print("\nplover_gsr_dev.json (191 gold sentences, one event each)")
    print(f"{'coder':<26} {'type recall':>11} {'full match':>10} {'events/sent':>11}")
    for typer, name in TYPERS.items():
        r = plover[typer]
        print(f"{name:<26} {r['event_type_recall']:>11.3f} {r['full_match']:>10.3f} {r['events_per_sentence']:>11.2f}")
    if args.categories:
        print("\nper category on news_dev.json, type F1 (gold events)")
        names = sorted(news["learned"]["per_category"])
        print(f"{'category':<11} {'gold':>4} " + " ".join(f"{TYPERS[t][:12]:>12}" for t in TYPERS))
        for name in names:
            gold = news["learned"]["per_category"][name]["gold"]
            cells = " ".join(f"{news[t]['per_category'].get(name, {}).get('f1', 0.0):>12.3f}" for t in TYPERS)
            print(f"{name:<11} {gold:>4} {cells}")


if __name__ == "__main__":
    main()
