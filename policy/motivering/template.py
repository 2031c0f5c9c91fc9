"""``{veld}`` placeholders in a row's ``motivering`` or an outcome's ``zin``."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache

__all__ = ["TemplateError", "placeholders", "fill_from", "template_parts"]

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class TemplateError(ValueError):
    """A clause whose braces do not read; ``message`` is Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@lru_cache(maxsize=8192)
def _parts(text: str) -> tuple[tuple[bool, str], ...]:
    """(is_placeholder, text) pieces; raises TemplateError on a stray or empty brace.

    Cached: a table's few templates are filled for every decision."""
    parts: list[tuple[bool, str]] = []
    i = 0
    while i < len(text):
        start = text.find("{", i)
        close = text.find("}", i)
        if close != -1 and (start == -1 or close < start):
            raise TemplateError(f"Er staat een '}}' zonder '{{' ervoor: '{text[max(0, close - 20):close + 1]}'. "
                                "Zet een veldnaam tussen accolades, bijvoorbeeld {leeftijd}.")
        if start == -1:
            parts.append((False, text[i:]))
            break
        end = text.find("}", start)
        if end == -1:
            raise TemplateError(f"De accolade bij '{text[start:start + 20]}' wordt niet gesloten; schrijf "
                                "bijvoorbeeld {leeftijd}.")
        name = text[start + 1:end].strip()
        if not _NAME.fullmatch(name):
            shown = text[start:end + 1]
            raise TemplateError(f"'{shown}' is geen veldnaam tussen accolades; schrijf de naam van een invoer, "
                                "afgeleid veld, uitvoer of parameter, bijvoorbeeld {leeftijd}.")
        if start > i:
            parts.append((False, text[i:start]))
        parts.append((True, name))
        i = end + 1
    return tuple(parts)


def template_parts(text: str) -> tuple[tuple[bool, str], ...]:
    """``(is_placeholder, text)`` pieces of ``text`` (cached); raises TemplateError when the braces
    do not read."""
    return _parts(text)


def placeholders(text: str) -> list[str]:
    """The names between braces, in order; raises TemplateError when the braces do not read."""
    return [t for is_name, t in _parts(text) if is_name]


def fill_from(text: str, values: Mapping[str, object], show: Callable[[object], str]) -> str:
    """``text`` with each placeholder replaced by ``show(values[name])`` (the name matched exactly,
    else case-insensitively; ``onbekend`` when absent). Only the names used are shown."""
    pieces: list[str] = []
    lower: dict[str, str] | None = None
    for is_name, t in _parts(text):
        if not is_name:
            pieces.append(t)
        elif t in values:
            pieces.append(show(values[t]))
        else:
            if lower is None:
                lower = {k.lower(): k for k in values}
            key = lower.get(t.lower())
            pieces.append(show(values[key]) if key is not None else "onbekend")
    return "".join(pieces)
