"""``regelwerk importeer``: a DMN model as a workbook (added to the main command in policy/cli.py)."""

from __future__ import annotations

import os
from pathlib import Path
from xml.etree.ElementTree import ParseError

import click
from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from rich.console import Console

from policy.catalog import load_table
from policy.dmn import import_dmn

__all__ = ["importeer"]


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
