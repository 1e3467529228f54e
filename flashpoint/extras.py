"""Optional extras: what is not in the core install says which extra brings it, in one line."""

from __future__ import annotations

import importlib
from types import ModuleType

from .errors import ConfigError


def require(module: str, extra: str, purpose: str) -> ModuleType:
    """The module, or a ConfigError naming the extra that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ConfigError(f"{purpose} needs the optional [{extra}] extra ({module} is not installed): "
                          f"pip install 'flashpoint[{extra}]'") from None
