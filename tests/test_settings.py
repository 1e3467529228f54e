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
