"""``{veld}`` placeholders in a row's ``motivering`` or an outcome's ``zin``."""

from __future__ import annotations

import re

__all__ = ["TemplateError", "placeholders", "fill"]

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class TemplateError(ValueError):
    """A clause whose braces do not read; ``message`` is Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _parts(text: str) -> list[tuple[bool, str]]:
    """(is_placeholder, text) pieces; raises TemplateError on a stray or empty brace."""
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
    return parts


def placeholders(text: str) -> list[str]:
    """The names between braces, in order; raises TemplateError when the braces do not read."""
    return [t for is_name, t in _parts(text) if is_name]


def fill(text: str, value_of: "dict[str, str]") -> str:
    """``text`` with each placeholder replaced by ``value_of[name]`` (matched case-insensitively)."""
    lower = {k.lower(): v for k, v in value_of.items()}
    return "".join(lower.get(t.lower(), "onbekend") if is_name else t for is_name, t in _parts(text))
