"""Importing Flashpoint and asking for help load no heavy library (times: benchmarks/startup.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from flashpoint import nlp
from flashpoint.errors import ConfigError

HEAVY = ["spacy", "thinc", "numpy", "pandas", "pyarrow", "matplotlib", "pydantic", "trafilatura", "yaml", "rich"]


def loaded_after(code: str) -> set[str]:
    probe = f"import sys; {code}; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return {name.split(".")[0] for name in out.split()}


def test_import_flashpoint_loads_only_its_error_types() -> None:
    loaded = loaded_after("import flashpoint")
    assert not loaded & set(HEAVY), f"import flashpoint loaded {sorted(loaded & set(HEAVY))}"


def test_help_loads_no_heavy_library() -> None:
    loaded = loaded_after("import flashpoint.cli as c; c.main(['--help'], standalone_mode=False)")
    assert not loaded & set(HEAVY), f"flashpoint --help loaded {sorted(loaded & set(HEAVY))}"


def test_the_api_names_still_resolve_on_use() -> None:
    import flashpoint

    assert flashpoint.Event.__name__ == "Event" and callable(flashpoint.code_text)
    with pytest.raises(AttributeError):
        flashpoint.no_such_name  # noqa: B018


def _installed_data() -> Path:
    package = Path(__import__(nlp.DEFAULT).__file__).parent
    return next(p for p in package.iterdir() if (p / "config.cfg").is_file())


def test_installed_weights_have_the_pinned_hash() -> None:
    assert nlp.weights_digest(_installed_data()) == nlp.VERIFIED[nlp.DEFAULT]


def test_changed_weights_are_refused_and_metadata_is_free(tmp_path: Path) -> None:
    package = tmp_path / nlp.DEFAULT
    shutil.copytree(_installed_data().parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    data = package / _installed_data().name
    (data / "README.md").write_text("edited\n")
    nlp.verify(nlp.DEFAULT, package)  # metadata may differ
    weights = data / "tok2vec" / "model"
    raw = bytearray(weights.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    weights.write_bytes(bytes(raw))
    with pytest.raises(ConfigError, match="do not match the SHA-256"):
        nlp.verify(nlp.DEFAULT, package)


def test_the_official_pipeline_is_preferred_when_installed(tmp_path: Path) -> None:
    """en_core_web_sm 3.8 laid out as spaCy's release installs it (the same weights, its own name)."""
    source = _installed_data().parent
    package = tmp_path / nlp.OFFICIAL
    shutil.copytree(source, package, ignore=shutil.ignore_patterns("__pycache__"))
    (package / _installed_data().name).rename(package / "en_core_web_sm-3.8.0")
    for meta_path in (package / "meta.json", package / "en_core_web_sm-3.8.0" / "meta.json"):
        meta = json.loads(meta_path.read_text())
        meta_path.write_text(json.dumps(meta | {"name": "core_web_sm"}))
    probe = "from flashpoint import nlp; print(nlp.pipeline_name(nlp.DEFAULT), nlp.load().meta['name'])"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(tmp_path), "PATH": ""}).stdout
    assert out.split() == ["en_core_web_sm", "core_web_sm"]
