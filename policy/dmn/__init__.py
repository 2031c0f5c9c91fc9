"""DMN interoperability: DMN 1.2/1.3 decision tables as workbooks (``regelwerk importeer``) and
workbooks as DMN 1.3 models (``regelwerk exporteer``, ``export_models``).

``import_dmn(model, target)`` writes the workbook and returns the problems (Dutch, each naming the
DMN element id); a model with problems writes nothing. See docs/werkboek.md ("DMN").
"""

from __future__ import annotations

from pathlib import Path

from policy.dmn.export import ExportedModel, export_models
from policy.dmn.read import DmnModel, read_dmn
from policy.dmn.translate import DATE_INPUT, DmnProblem, field_name, translate_model
from policy.workbook.writer import write_sheets

__all__ = ["DATE_INPUT", "DmnModel", "DmnProblem", "ExportedModel", "export_models", "field_name", "import_dmn",
           "read_dmn", "translate_model"]


def import_dmn(source: str | Path | bytes, target: str | Path, *,
               owner: str | None = None) -> tuple[list[DmnProblem], dict[str, str]]:
    """Write the workbook for the DMN model ``source`` to ``target`` unless it has problems.

    ``owner`` is the team that will keep the table (Metadata eigenaar; DMN names none: by
    default the model it came from, for the officer to replace). Returns the problems and the
    DMN name -> field name mapping.
    """
    sheets, problems, names = translate_model(read_dmn(source), owner=owner)
    if not problems:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        write_sheets(target, sheets)
    return problems, names
