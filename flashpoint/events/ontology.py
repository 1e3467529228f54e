"""The PLOVER ontology as data: categories, quads, CAMEO roots, modes and the score table."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Category:
    name: str
    quad: int
    cameo_root: str
    modes: tuple[str, ...]
    scores: dict[str, float]

    @property
    def verbal(self) -> bool:
        """Told by words (PLOVER's verbal quads: agreements, demands, charges, threats), not done as a deed."""
        return self.quad in {1, 3}

    def score(self, mode: str | None) -> float | None:
        if mode and mode in self.scores:
            return self.scores[mode]
        return self.scores.get("")


@dataclass(frozen=True)
class Ontology:
    version: str
    categories: dict[str, Category]
    contexts: tuple[str, ...]

    def __getitem__(self, name: str) -> Category:
        return self.categories[name]

    @cached_property
    def deeds(self) -> frozenset[str]:
        """The categories of acts done rather than said."""
        return frozenset(name for name, kind in self.categories.items() if not kind.verbal)


@lru_cache(maxsize=1)
def load() -> Ontology:
    raw = yaml.safe_load(resources.files("flashpoint.events").joinpath("data", "plover.yaml").read_text(encoding="utf-8"))
    categories = {
        name: Category(
            name=name,
            quad=int(spec["quad"]),
            cameo_root=str(spec.get("cameo_root", "")).zfill(2),
            modes=tuple(spec.get("modes") or ()),
            scores={str(k or ""): float(v) for k, v in (spec.get("scores") or {}).items() if v is not None},
        )
        for name, spec in raw["categories"].items()
    }
    return Ontology(str(raw.get("version", "")), categories, tuple(raw.get("contexts") or ()))
