"""`flashpoint explain` and `code --explain`: the decisions behind each event, and why the rest was not coded."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from flashpoint.cli import main
from flashpoint.explain import Trace
from flashpoint.pipeline import code_documents
from flashpoint.records import Document


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_explain_shows_each_events_decisions() -> None:
    result = run("explain", "Iran accused Israel of attacking its embassy in Damascus on Monday.", "--published", "2024-04-02")
    assert result.exit_code == 0
    out = result.stdout
    assert 'EVENT ACCUSE/allege: trigger "accused"' in out and "actor: 'Iran' -> IRN" in out and "recipient: 'Israel' -> ISR" in out
    assert "sense: rule proposes ACCUSE; the trigger model gives P(event) = " in out
    assert "attribution: claims by 'Iran' -> IRN (cue 'accused')" in out  # the attack is Iran's claim
    assert "date: 'Monday' -> 2024-04-01 (day)" in out
    assert "modality: actual" in out


def test_explain_says_why_nothing_was_coded(tmp_path: Path) -> None:
    # the rule lexicon alone, so that the reasons do not move with the trigger model's weights
    settings = tmp_path / "rules.yaml"
    settings.write_text("typer: rules\n")
    out = run("--settings", str(settings), "explain", "The weather was mild in the afternoon. The talks collapsed. They will attack soon.",
              "--published", "2024-04-02").stdout
    assert out.startswith("TEXT: 0 events")
    assert "nothing coded: no trigger candidate" in out
    assert 'not coded: "talks"' in out and 'not coded: "attack"' in out and "no actor resolved" in out


def test_explain_says_when_the_model_vetoed_a_rule(monkeypatch) -> None:
    import numpy as np

    import flashpoint.pipeline as pipeline
    from flashpoint.events.learned import LearnedTyper, TriggerModel

    # a model that takes nothing for an event: every rule proposal it sees is vetoed, and explain must say so
    never = TriggerModel(("ACCUSE", "NONE"), {}, np.zeros((0, 2), dtype=np.float32), np.array([-6.0, 6.0], dtype=np.float32))
    monkeypatch.setattr(pipeline, "typer", lambda settings: LearnedTyper(model=never))
    out = run("explain", "Iran condemned the shelling of the border villages.", "--published", "2024-04-02").stdout
    assert out.startswith("TEXT: 0 events")
    assert 'not coded: "condemned"' in out and "vetoed by the model" in out


def test_explain_reports_a_skipped_text() -> None:
    out = run("explain", "   ").stdout
    assert "skipped: empty text (nothing was coded)" in out


def test_modality_and_attribution_are_explained() -> None:
    out = run("explain", "Russia did not attack Ukraine, officials said.", "--published", "2024-04-02").stdout
    assert "modality: negated: a cue on 'attack' itself" in out
    assert "attribution: reports by 'officials'" in out and "(cue 'said')" in out


def test_code_explain_keeps_stdout_machine_readable(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Chile and Peru signed a fisheries agreement in Lima on Tuesday.\n")
    result = CliRunner().invoke(main, ["code", str(path), "--published", "2024-05-07", "--format", "jsonl", "--explain"])
    assert result.exit_code == 0
    assert [json.loads(line)["event_type"] for line in result.stdout.splitlines()]
    assert "EVENT " in result.stderr and "sentence:" in result.stderr


def test_tracing_changes_no_event() -> None:
    text = ("North Korea fired two ballistic missiles into the sea on Sunday, Seoul said. The United States warned it would "
            "respond. China called for talks and denied that its ships had entered Japanese waters.")
    documents = [Document("t", text, published="2024-01-14")]
    plain = next(code_documents(documents)).events
    trace = Trace()
    traced = next(code_documents(documents, trace=trace)).events
    assert plain == traced and trace.sections and trace.sections[0].notes


def test_explain_names_a_party_the_role_model_added() -> None:
    out = run("explain", "MANILA - The Philippine coast guard said Chinese vessels fired water cannon at its supply boat.").stdout
    assert "recipient: 'Philippine' -> PHL" in out
    assert "participants: recipient 'Philippine' -> PHL: the role model's most likely party, where the rules coded none" in out
