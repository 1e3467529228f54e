"""The actor knowledge base: countries, bodies, media, people with dated roles, sector nouns.

Everything is data under `actors/data/`; this module only loads it into lookup tables. A user YAML
file (settings.actors_file / --actors) adds or overrides entries by canonical name.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml

from ..errors import ConfigError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Kind = Literal["country", "capital", "adjective", "body", "person"]


@dataclass(frozen=True)
class Role:
    code: str
    sector: str | None
    title: str
    start: date
    end: date | None

    def holds_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Entry:
    name: str
    kind: Kind
    code: str | None
    sector: str | None = None
    roles: tuple[Role, ...] = ()

    def role_on(self, day: date | None) -> Role | None:
        """The role held on `day`; else the nearest one in time (a former leader still speaks for a country)."""
        if not self.roles:
            return None
        if day is None:
            return self.roles[-1]
        held = [r for r in self.roles if r.holds_on(day)]
        if held:
            return held[0]
        return min(self.roles, key=lambda r: min(abs((r.start - day).days), abs(((r.end or r.start) - day).days)))


@dataclass(eq=False)  # identity-hashed: one loaded base is one matcher
class KnowledgeBase:
    # surface form (exact case) -> entries; several entries share a surface ("Kim", "Georgia")
    surfaces: dict[str, list[Entry]] = field(default_factory=dict)
    # person short forms ("Putin") usable once the full name or a title is seen
    short_forms: dict[str, list[Entry]] = field(default_factory=dict)
    countries: dict[str, Entry] = field(default_factory=dict)
    sector_nouns: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)

    def add(self, surface: str, entry: Entry) -> None:
        surface = surface.strip()
        if surface:
            bucket = self.surfaces.setdefault(surface, [])
            bucket[:] = [e for e in bucket if e.name != entry.name] + [entry]

    def country_name(self, code: str | None) -> str | None:
        entry = self.countries.get(code or "")
        return entry.name if entry else None


def _data_text(name: str) -> str:
    return resources.files("flashpoint.actors").joinpath("data", name).read_text(encoding="utf-8")


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _add_countries(kb: KnowledgeBase, text: str) -> None:
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        code = row["iso3"].strip()
        country = Entry(row["name"].strip(), "country", code)
        kb.countries[code] = country
        for surface in [row["name"], *_split(row.get("aliases"))]:
            kb.add(surface, country)
        for capital in _split(row.get("capitals")):
            kb.add(capital, Entry(country.name, "capital", code))
        for adjective in _split(row.get("adjectives")):
            kb.add(adjective, Entry(country.name, "adjective", code))


def _as_date(value: object, where: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ConfigError(f"{where}: {value!r} is not a YYYY-MM-DD date") from exc


def _person(item: dict[str, object], where: str) -> Entry:
    roles = []
    for raw in item.get("roles") or []:  # type: ignore[union-attr]
        start = _as_date(raw.get("start"), where) or date(1900, 1, 1)
        roles.append(Role(str(raw["code"]), raw.get("sector"), str(raw.get("title", "")), start, _as_date(raw.get("end"), where)))
    roles.sort(key=lambda r: r.start)
    first = roles[-1] if roles else None
    return Entry(str(item["name"]), "person", first.code if first else None, first.sector if first else None, tuple(roles))


def _add_items(kb: KnowledgeBase, items: list[dict[str, object]], where: str) -> None:
    for item in items:
        if not isinstance(item, dict) or "name" not in item:
            raise ConfigError(f"{where}: every actor needs at least a 'name' (got {item!r})")
        if item.get("roles"):
            entry = _person(item, where)
            for short in item.get("short") or []:  # type: ignore[union-attr]
                bucket = kb.short_forms.setdefault(str(short), [])
                bucket[:] = [e for e in bucket if e.name != entry.name] + [entry]
        else:
            if not item.get("code"):
                raise ConfigError(f"{where}: actor {item['name']!r} needs a 'code' (ISO alpha-3, IGO or NGO) or 'roles'")
            entry = Entry(str(item["name"]), "body", str(item["code"]), item.get("sector"))  # type: ignore[arg-type]
        for surface in [item["name"], *(item.get("aliases") or [])]:  # type: ignore[misc]
            kb.add(str(surface), entry)


def _load_yaml_list(text: str, where: str) -> list[dict[str, object]]:
    try:
        data = yaml.load(text, Loader=_LOADER) or []
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where} is not valid YAML: {exc}") from exc
    if isinstance(data, dict) and "actors" in data:
        data = data["actors"]
    if not isinstance(data, list):
        raise ConfigError(f"{where} must be a YAML list of actors (name, aliases, code, sector or roles)")
    return data


@lru_cache(maxsize=8)
def load(user_file: Path | None = None) -> KnowledgeBase:
    kb = KnowledgeBase()
    _add_countries(kb, _data_text("countries.tsv"))
    _add_items(kb, _load_yaml_list(_data_text("organisations.yaml"), "organisations.yaml"), "organisations.yaml")
    _add_items(kb, _load_yaml_list(_data_text("leaders.yaml"), "leaders.yaml"), "leaders.yaml")
    sectors = yaml.load(_data_text("sectors.yaml"), Loader=_LOADER)
    kb.sector_nouns = {str(k).lower(): str(v) for k, v in (sectors.get("nouns") or {}).items()}
    kb.titles = {str(k).lower(): str(v) for k, v in (sectors.get("titles") or {}).items()}
    if user_file is not None:
        try:
            text = Path(user_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read actors file {user_file}: {exc}") from exc
        _add_items(kb, _load_yaml_list(text, str(user_file)), str(user_file))
    return kb
