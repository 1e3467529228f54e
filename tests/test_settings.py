from pathlib import Path

import pytest

from flashpoint.actors import knowledge
from flashpoint.errors import ConfigError
from flashpoint.settings import load_settings


def test_unknown_setting_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("batch_sise: 10\n")
    with pytest.raises(ConfigError, match="batch_sise"):
        load_settings(path)


def test_settings_file_env_and_overrides(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(f"batch_size: 8\ndb: {tmp_path / 'a.db'}\n")
    monkeypatch.setenv("FLASHPOINT_DB", str(tmp_path / "env.db"))
    settings = load_settings(path, batch_size=None, max_sentence_tokens=300)
    assert (settings.batch_size, settings.db, settings.max_sentence_tokens) == (8, tmp_path / "env.db", 300)


def test_user_actor_file_adds_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(
        "- name: Coastal Liberation Front\n  aliases: [CLF]\n  code: MOZ\n  sector: REB\n"
        "- name: Korean Central News Agency\n  aliases: [KCNA]\n  code: PRK\n  sector: GOV\n"
        "- name: Ana Example\n  short: [Example]\n  roles:\n    - {code: PER, sector: GOV, title: President, start: 2031-01-01, end: null}\n"
    )
    kb = knowledge.load(path)
    assert [(e.code, e.sector) for e in kb.surfaces["CLF"]] == [("MOZ", "REB")]
    assert [(e.code, e.sector) for e in kb.surfaces["KCNA"]] == [("PRK", "GOV")]
    assert kb.surfaces["Ana Example"][0].roles[0].code == "PER"


def test_bad_user_actor_file_says_what_to_fix(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text("- name: Nobody Knows\n  aliases: [NK]\n")
    with pytest.raises(ConfigError, match="needs a 'code'"):
        knowledge.load(path)


@pytest.mark.parametrize(("line", "says"), [
    ("batch_size: 0", "batch_size: must be greater than or equal to 1 (got 0)"),
    ("batch_size: -1", "batch_size: must be greater than or equal to 1 (got -1)"),
    ("spacy_model: os", "'os' is not an installed spaCy pipeline package"),
    ("spacy_model: no_such_pipeline", "is not an installed spaCy pipeline package"),
    ("min_english_share: 2", "min_english_share: must be less than or equal to 1"),
    ("max_document_bytes: 0", "max_document_bytes: must be greater than or equal to 1"),
    ("batch_size: many", "batch_size: must be a valid integer"),
])
def test_invalid_settings_say_which_and_how_to_fix(tmp_path: Path, line: str, says: str) -> None:
    """Issue 9 item 7: batch_size 0 exited 1 silently, -1 and spacy_model: os crashed."""
    path = tmp_path / "s.yaml"
    path.write_text(line + "\n")
    with pytest.raises(ConfigError, match="fix the value, or remove the line") as raised:
        load_settings(path)
    assert says in str(raised.value) and str(path) in str(raised.value)


@pytest.mark.parametrize(("text", "says"), [
    ("- name: Front\n  aliases: CLF\n  code: MOZ\n", "'aliases' must be a list of names"),
    ("- name: Front\n  short: Fr\n  roles: [{code: MOZ}]\n", "'short' must be a list of names"),
    ("- name: Front\n  code: moz\n", "'code' must be an upper-case code"),
    ("- name: Front\n  code: MOZ\n  alias: [CLF]\n", "unknown key alias"),
    ("- name: Red Lion\n  code: NGO\n  national_societies: 'yes'\n", "'national_societies' is true or false"),
    ("- name: Ana\n  roles: PER\n", "'roles' must be a list of mappings"),
    ("- name: Ana\n  roles: [{code: PER, start: 2031-02-30}]\n", "is not valid YAML: day is out of range"),
    ("- name: Ana\n  roles: [{code: PER, start: '2031-02-30'}]\n", "not a real day"),
    ("- aliases: [X]\n", "actor 1 needs a 'name'"),
    ("- name: [a, b]\n", "actor 1 needs a 'name'"),
    ("name: Front\n", "must be a YAML list of actors"),
    ("- name: Front\n  code: MOZ\n - broken", "is not valid YAML"),
])
def test_user_actor_files_are_validated_at_load(tmp_path: Path, text: str, says: str) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=says.replace("(", r"\(").replace("[", r"\[")):
        knowledge.load(path)


def test_an_alias_string_never_makes_each_letter_an_alias(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text("- name: Usa Group\n  aliases: USA\n  code: USA\n")
    with pytest.raises(ConfigError):
        knowledge.load(path)
