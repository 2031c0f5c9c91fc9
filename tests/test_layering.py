"""The pipeline's rooms import only what they may (STYLE §1)."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def modules(package: str):
    for path in sorted((ROOT / package).rglob("*.py")):
        yield path.relative_to(ROOT).as_posix(), imports_of(path)


def top(name: str) -> str:
    return name.split(".")[0]


def test_policy_never_imports_flask_or_server():
    bad = {p: sorted(i for i in imps if top(i) in ("flask", "server", "werkzeug", "marshmallow"))
           for p, imps in modules("policy")}
    assert {p: i for p, i in bad.items() if i} == {}


def test_only_the_engine_imports_durable():
    bad = {p: sorted(i for i in imps if top(i) in ("durable", "durable_rules_engine"))
           for p, imps in list(modules("policy")) + list(modules("server"))
           if not p.startswith("policy/engine/")}
    assert {p: i for p, i in bad.items() if i} == {}


def test_only_the_workbook_room_imports_openpyxl():
    bad = {p: sorted(i for i in imps if top(i) in ("openpyxl", "python_calamine"))
           for p, imps in list(modules("policy")) + list(modules("server"))
           if not p.startswith("policy/workbook/")}
    assert {p: i for p, i in bad.items() if i} == {}


def test_only_the_store_imports_sqlalchemy():
    bad = {p: sorted(i for i in imps if top(i) in ("sqlalchemy", "alembic", "psycopg"))
           for p, imps in modules("policy") if not p.startswith("policy/store/")}
    assert {p: i for p, i in bad.items() if i} == {}


def test_the_engine_room_exists_and_uses_durable():
    assert any(top(i) in ("durable", "durable_rules_engine") for _, imps in modules("policy/engine") for i in imps)


def test_the_matchers_sit_below_evaluation_and_the_batch_path_beside_decide():
    """Evaluation uses the matchers; a matcher never reaches back up (issue 15's one-way arrows)."""
    up = {p: sorted(i for i in imps if i == "policy.evaluation" or i.startswith("policy.evaluation."))
          for p, imps in list(modules("policy/reference")) + list(modules("policy/engine"))}
    assert {p: i for p, i in up.items() if i} == {}
    assert not (ROOT / "policy/reference/batch.py").exists()
    batch = {i for _, imps in modules("policy/evaluation/batch") for i in imps}
    assert "policy.evaluation.plan" in batch and "policy.evaluation.decide" in batch  # decide's own plan
