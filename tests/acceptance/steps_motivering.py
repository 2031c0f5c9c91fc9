"""Steps for the reasoning a decision carries (``motivering``), shared by every feature.

    En luidt de motivering:            # the sentences exactly, one per line of the docstring
      \"\"\"
      De aanvraag wordt afgewezen omdat de aanvrager … (Vc 2000 B2/2.1.1).
      \"\"\"
    En noemt de motivering "tot en met 30 jaar"
"""

from __future__ import annotations

from typing import Any

from pytest_bdd import parsers

#: (pattern, step) pairs; tests/acceptance/conftest.py registers them with ``then`` (pytest-bdd
#: injects a step's fixture into the module that applies the decorator, so it must be conftest).
LUIDT = parsers.re(r"^luidt de motivering:$")
NOEMT = parsers.re(r'^noemt de motivering "(?P<tekst>[^"]+)"$')

def _sentences(aanvraag: Any) -> list[str]:
    outcome = aanvraag.decision()
    assert outcome.motivering, f"de beslissing heeft geen motivering ({outcome.describe()})"
    return list(outcome.motivering)


def then_motivering(aanvraag: Any, docstring: str) -> None:
    expected = [line.strip() for line in docstring.splitlines() if line.strip()]
    got = _sentences(aanvraag)
    assert got == expected, "verwacht de motivering:\n  " + "\n  ".join(expected) + "\nkreeg:\n  " + "\n  ".join(got)


def then_motivering_contains(aanvraag: Any, tekst: str) -> None:
    got = " ".join(_sentences(aanvraag))
    assert tekst in got, f"verwacht '{tekst}' in de motivering, kreeg: {got}"
