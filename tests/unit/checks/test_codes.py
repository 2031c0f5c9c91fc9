"""Every code the checks can emit is documented, and documented codes are emitted."""

import re
from pathlib import Path

import policy.checks

SOURCE = Path(policy.checks.__file__).parent
DOCS = Path(__file__).resolve().parents[3] / "docs" / "fouten"


def emitted_codes() -> set[str]:
    codes = set()
    for path in SOURCE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        codes |= set(re.findall(r'(?:report|Diagnostic)\(\s*"([a-z_]+)"', text))
        for a, b in re.findall(r'code = "([a-z_]+)" if .* else "([a-z_]+)"', text):
            codes |= {a, b}
    return codes


def test_each_code_has_a_page_in_docs_fouten():
    codes = emitted_codes()
    assert len(codes) >= 20  # the regexes still find the codes
    missing = sorted(c for c in codes if not (DOCS / f"{c}.md").is_file())
    assert missing == []


def test_codes_are_snake_case_and_the_pages_name_them():
    for code in emitted_codes():
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", code)
        assert (DOCS / f"{code}.md").read_text(encoding="utf-8").startswith(f"# `{code}`")
