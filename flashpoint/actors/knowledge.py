"""The actor knowledge base: countries, bodies, media, people with dated roles, sector nouns.

Everything is data under `actors/data/`; this module only loads it into lookup tables. A user YAML
file (settings.actors_file / --actors) adds or overrides entries by canonical name.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from ..dates import parse_iso
from ..errors import ConfigError

YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: ~7x faster on the data files

Kind = Literal["country", "capital", "place", "adjective", "body", "person"]


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
    # a movement of national societies (the Red Cross): named with a country ("the Kenya Red Cross", "the Red Cross
    # Society of the DPRK") it is that country's own body, not the international one
    national_societies: bool = False
    died: date | None = None  # a person's death: what the dead did is background by the time a story tells it

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
    role_nouns: frozenset[str] = frozenset()  # "officer", "chief": a sector from the word before ("police officer")
    titles: dict[str, str] = field(default_factory=dict)
    bare_institutions: frozenset[str] = frozenset()
    # a named exercise's words, lower-case, as a tuple of words -> the countries holding it ("key", "resolve") -> USA, KOR
    exercises: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)

    @cached_property
    def place_words(self) -> frozenset[str]:
        """Words that end a place's name ("Korea" of "South Korea"): a body whose name holds one is that place's."""
        generic = {"States", "Kingdom", "Republic", "Emirates", "Islands", "Union", "Federation"}
        return frozenset(surface.split()[-1] for surface, entries in self.surfaces.items()
                         if any(e.kind in {"country", "capital", "place"} for e in entries)) - generic

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


def _add_places(kb: KnowledgeBase, text: str) -> None:
    """Cities and provinces other than capitals: they place a participant ("Mumbai police", "protesters in
    Sydney", a "SYDNEY -" dateline) but, unlike a capital, never stand for a government."""
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        code = row["iso3"].strip()
        country = kb.countries[code]
        for place in _split(row.get("places")):
            if place not in kb.surfaces:  # a country's own names and capitals come first
                kb.add(place, Entry(country.name, "place", code))


def _as_date(value: object, where: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return parse_iso(str(value))
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}; write role dates as YYYY-MM-DD") from exc


def _person(item: dict[str, Any], where: str) -> Entry:
    roles = []
    for raw in item.get("roles") or []:
        start = _as_date(raw.get("start"), where) or date(1900, 1, 1)
        roles.append(Role(str(raw["code"]), raw.get("sector"), str(raw.get("title", "")), start, _as_date(raw.get("end"), where)))
    roles.sort(key=lambda r: r.start)
    first = roles[-1] if roles else None
    return Entry(str(item["name"]), "person", first.code if first else None, first.sector if first else None, tuple(roles),
                 died=_as_date(item.get("died"), where))


ACTOR_KEYS = {"name", "aliases", "code", "sector", "roles", "short", "national_societies", "died"}
ROLE_KEYS = {"code", "sector", "title", "start", "end"}
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,15}$")


def _check(item: object, where: str, number: int) -> None:
    """ConfigError, saying how to fix it, for an actor entry that would load wrongly (a string of aliases would
    make every letter an alias: 'A group attacked…' → USA)."""
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
        raise ConfigError(f"{where}: actor {number} needs a 'name' (text), e.g. '- name: Coastal Liberation Front' (got {item!r:.80})")
    at = f"{where}: actor {item['name']!r}"
    if unknown := sorted(set(item) - ACTOR_KEYS):
        raise ConfigError(f"{at}: unknown key {', '.join(unknown)}; use {', '.join(sorted(ACTOR_KEYS))}")
    for key in ("aliases", "short"):
        value = item.get(key)
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, (str, int)) and str(v).strip() for v in value)):
            raise ConfigError(f"{at}: '{key}' must be a list of names, e.g. {key}: [CLF, Coastal Front] (got {value!r:.60})")
    for key in ("code", "sector"):
        value = item.get(key)
        if value is not None and not (isinstance(value, str) and (key == "sector" or _CODE.match(value))):
            raise ConfigError(f"{at}: '{key}' must be {'an upper-case code such as MOZ, IGO or NGO' if key == 'code' else 'a PLOVER sector such as GOV or REB'} (got {value!r:.40})")
    if "national_societies" in item and (not isinstance(item["national_societies"], bool) or item.get("roles")):
        raise ConfigError(f"{at}: 'national_societies' is true or false, on a body (not a person with roles)")
    roles = item.get("roles")
    if roles is not None and (not isinstance(roles, list) or not all(isinstance(r, dict) and isinstance(r.get("code"), str) and _CODE.match(r["code"]) for r in roles)):
        raise ConfigError(f"{at}: 'roles' must be a list of mappings with an upper-case 'code', e.g. roles: [{{code: PER, title: President, start: 2031-01-01}}]")
    for role in roles or []:
        if unknown := sorted(set(role) - ROLE_KEYS):
            raise ConfigError(f"{at}: unknown role key {', '.join(unknown)}; use {', '.join(sorted(ROLE_KEYS))}")


def _add_items(kb: KnowledgeBase, items: list[dict[str, Any]], where: str) -> None:
    for number, item in enumerate(items, start=1):
        _check(item, where, number)
        if item.get("roles"):
            entry = _person(item, where)
            for short in item.get("short") or []:
                for form in spellings(str(short)):
                    bucket = kb.short_forms.setdefault(form, [])
                    bucket[:] = [e for e in bucket if e.name != entry.name] + [entry]
        else:
            if not item.get("code"):
                raise ConfigError(f"{where}: actor {item['name']!r} needs a 'code' (ISO alpha-3, IGO or NGO) or 'roles'")
            entry = Entry(str(item["name"]), "body", str(item["code"]), item.get("sector"), national_societies=item.get("national_societies") is True)
        for surface in [item["name"], *(item.get("aliases") or [])]:
            for form in spellings(str(surface)) if entry.kind == "person" else [str(surface)]:
                kb.add(form, entry)


NAME_PARTICLES = re.compile(r"(?<![\w-])(bin|bint|ibn|al|el|abu|de|da|van|von)(?=[\s-])")


def spellings(name: str) -> list[str]:
    """A person's name as written, and with its particles capitalised: papers write "Mohammed Bin Salman" and
    "Al-Sisi" as often as "bin" and "al-", and the matcher is case-sensitive."""
    capitalised = NAME_PARTICLES.sub(lambda m: m.group(1).capitalize(), name)
    return [name] if capitalised == name else [name, capitalised]


def _load_yaml_list(text: str, where: str) -> list[dict[str, Any]]:
    try:
        data = yaml.load(text, Loader=YAML_LOADER) or []
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: a date YAML reads as one but no calendar has
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
    _add_places(kb, _data_text("places.tsv"))
    _add_items(kb, _load_yaml_list(_data_text("organisations.yaml"), "organisations.yaml"), "organisations.yaml")
    _add_items(kb, _load_yaml_list(_data_text("leaders.yaml"), "leaders.yaml"), "leaders.yaml")
    sectors = yaml.load(_data_text("sectors.yaml"), Loader=YAML_LOADER)
    kb.sector_nouns = {str(k).lower(): str(v) for k, v in (sectors.get("nouns") or {}).items()}
    kb.role_nouns = frozenset(str(w).lower() for w in sectors.get("role_nouns") or [])
    kb.titles = {str(k).lower(): str(v) for k, v in (sectors.get("titles") or {}).items()}
    kb.bare_institutions = frozenset(str(w).lower() for w in sectors.get("bare_institutions") or ())
    kb.exercises = _exercises(yaml.load(_data_text("exercises.yaml"), Loader=YAML_LOADER) or [])
    if user_file is not None:
        add_user_file(kb, Path(user_file))
    return kb


def _exercises(items: list[dict[str, Any]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for item in items:
        codes = tuple(str(c) for c in item["codes"])
        for name in item["names"]:
            out[tuple(str(name).lower().replace("-", " ").split())] = codes
    return out


def add_user_file(kb: KnowledgeBase, path: Path) -> None:
    """Add a user's YAML actors to `kb`; ConfigError, saying how to fix it, for anything that would load wrongly."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read actors file {path}: {exc}") from exc
    _add_items(kb, _load_yaml_list(text, str(path)), str(path))
