"""``regelwerk importeer`` (a DMN model as a workbook) and ``regelwerk exporteer`` (a workbook as
DMN 1.3 models); both are added to the main command in policy/cli.py (imported when used)."""

from __future__ import annotations

import os
from pathlib import Path
from xml.etree.ElementTree import ParseError

import click
from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from rich.console import Console

from policy.catalog import load_table
from policy.dmn import export_models, import_dmn

__all__ = ["exporteer", "importeer"]


@click.command()
@click.argument("model", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--tabel", "table_id", default=None, help="<gebied>/<tabel>: write decision_tables/<gebied>/<tabel>.xlsx.")
@click.option("--uit", "target", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the workbook (default: next to the model, or --tabel's place).")
@click.option("--eigenaar", "owner", default=None,
              help="The team that keeps the table (default: the DMN model's keepers, to be replaced).")
def importeer(model: Path, table_id: str | None, target: Path | None, owner: str | None) -> None:
    """Import the decision tables of a DMN 1.2/1.3 MODEL as one workbook."""
    console = Console(stderr=True)
    if target is None:
        tables_dir = Path(os.environ.get("REGELWERK_TABLES_DIR", "decision_tables"))
        target = tables_dir / f"{table_id}.xlsx" if table_id else model.with_suffix(".xlsx")
    try:
        problems, _names = import_dmn(model, target, owner=owner)
    except (ParseError, DefusedXmlException) as exc:
        console.print(f"{model.name}: [red]geen leesbaar DMN-model[/red] ({exc}).")
        raise SystemExit(1) from exc
    if problems:
        for problem in problems:
            console.print(f"{model.name} › {problem}")
        console.print(f"{model.name}: [red]niet geïmporteerd[/red] ({len(problems)} element(en) niet vertaalbaar).")
        raise SystemExit(1)
    _loaded, diagnostics = load_table(target, table_id=table_id, workbook_name=target.name)
    for d in diagnostics:
        console.print(str(d))
    errors = sum(d.is_error for d in diagnostics)
    state = "[green]geïmporteerd[/green]" if not errors else f"[yellow]geïmporteerd, {errors} fout(en) bij check[/yellow]"
    console.print(f"{model.name} → {target}: {state}")


def _table_id(workbook: Path) -> str:
    tables_dir = Path(os.environ.get("REGELWERK_TABLES_DIR", "decision_tables"))
    try:
        return workbook.resolve().relative_to(tables_dir.resolve()).with_suffix("").as_posix()
    except ValueError:
        return workbook.stem


@click.command()
@click.argument("workbook", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--uit", "target", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="The model to write (default: the workbook's name with .dmn). With several periods of "
                   "validity, one model per period: <naam>.<van>_<tot>.dmn.")
def exporteer(workbook: Path, target: Path | None) -> None:
    """Export WORKBOOK as DMN 1.3: one model per period of validity of its rows."""
    console = Console(stderr=True)
    loaded, diagnostics = load_table(workbook.read_bytes(), table_id=_table_id(workbook), workbook_name=workbook.name)
    if loaded is None or loaded.table is None:
        for d in diagnostics:
            console.print(str(d))
        console.print(f"{workbook.name}: [red]niet geëxporteerd[/red] (het werkboek heeft fouten; zie check).")
        raise SystemExit(1)
    models, problems = export_models(loaded.table)
    for problem in problems:
        console.print(str(problem))
    errors = sum(p.is_error for p in problems)
    if errors or not models:
        console.print(f"{workbook.name}: [red]niet geëxporteerd[/red] ({errors} cel(len) zonder DMN-vorm).")
        raise SystemExit(1)
    target = target or workbook.with_suffix(".dmn")
    target.parent.mkdir(parents=True, exist_ok=True)
    for model in models:
        path = target if len(models) == 1 else target.with_name(f"{target.stem}.{model.label}{target.suffix or '.dmn'}")
        path.write_bytes(model.xml)
        console.print(f"{workbook.name} → {path} ({model.label})")
    note = f", {len(problems)} waarschuwing(en)" if problems else ""
    console.print(f"{workbook.name}: [green]geëxporteerd[/green] ({len(models)} model(len){note})")
