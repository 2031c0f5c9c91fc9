"""Country codes and "did you mean" suggestions, shared by the reader and fact validation."""

from __future__ import annotations

import difflib
from collections.abc import Collection
from functools import lru_cache

import pycountry

__all__ = ["country_codes", "hint", "is_country_code", "suggest"]


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code."""
    return frozenset(c.alpha_2 for c in pycountry.countries)


def is_country_code(value: str) -> bool:
    return value in country_codes()


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(c, attr):
                names[getattr(c, attr).lower()] = c.alpha_2
    return names


def suggest(value: str, allowed: Collection[str] | None) -> str | None:
    """The allowed value nearest to ``value``: by spelling, by case, or by a country's name.

    ``allowed=None`` means "any country code" (fields of type landcode).
    """
    if allowed:
        close = difflib.get_close_matches(value, list(allowed), n=1, cutoff=0.6)
        if close:
            return close[0]
        lowered = {a.lower(): a for a in allowed}
        close = difflib.get_close_matches(value.lower(), list(lowered), n=1, cutoff=0.6)
        if close:
            return lowered[close[0]]
    candidates = country_codes() if allowed is None else frozenset(allowed)
    if value.upper() in candidates and value.upper() != value:
        return value.upper()
    names = _country_names()
    close = difflib.get_close_matches(value.lower(), list(names), n=1, cutoff=0.75)
    if close and names[close[0]] in candidates:
        return names[close[0]]
    return None


def hint(value: str, allowed: Collection[str] | None) -> str:
    """`` (bedoelt u '…'?)`` for the nearest allowed value, or nothing."""
    best = suggest(value, allowed)
    return f" (bedoelt u '{best}'?)" if best else ""
