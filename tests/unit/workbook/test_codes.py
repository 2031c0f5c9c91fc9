"""Every diagnostic code the reader emits is documented in docs/fouten/<code>.md."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
_EMIT = re.compile(r'(?:CellError\(|\.error\(|\.warn\(|\.at\([^,()]+,)\s*"([a-z]+(?:_[a-z]+)*)"')


def emitted_codes() -> set[str]:
    codes: set[str] = set()
    for path in (ROOT / "policy" / "workbook").glob("*.py"):
        codes |= set(_EMIT.findall(path.read_text(encoding="utf-8")))
    return codes


def test_every_code_has_a_dutch_page():
    codes = emitted_codes()
    assert len(codes) >= 20  # the pattern still finds the emitting calls
    missing = sorted(c for c in codes if not (ROOT / "docs" / "fouten" / f"{c}.md").is_file())
    assert missing == []
    for code in codes:
        page = (ROOT / "docs" / "fouten" / f"{code}.md").read_text(encoding="utf-8")
        assert page.startswith(f"# `{code}`") and "## Oplossen" in page and "## Voorbeeld" in page
