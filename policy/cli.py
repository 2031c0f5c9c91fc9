"""The ``regelwerk`` command: check, compile, decide, test, compare and create workbooks.

Other packages add commands through the ``regelwerk.commands`` entry-point group (the server
adds ``serve``), so the core never imports the server.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from datetime import date
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from policy.catalog import load_table, make_matcher, table_id_for
from policy.checks.examples import check_examples, example_diagnostics
from policy.errors import FactsInvalidError, PolicyError
from policy.evaluation import decide as decide_facts
from policy.evaluation.examples import run_examples
from policy.model import Diagnostic, Location
from policy.model.bulk import collection_paused

__all__ = ["main"]

DEFAULT_TABLES_DIR = "decision_tables"


def _tables_dir() -> str:
    return os.environ.get("REGELWERK_TABLES_DIR", DEFAULT_TABLES_DIR)


def _console(err: bool = False) -> Console:
    return Console(stderr=err, highlight=False, soft_wrap=True)


def _workbooks(paths: tuple[str, ...]) -> list[tuple[Path, str, str]]:
    """(path, table_id, display name) for every workbook named or below a named directory."""
    out = []
    for raw in paths or (_tables_dir(),):
        p = Path(raw)
        if p.is_dir():
            # ids count from the decision_tables folder, also when given one of its subfolders
            base = p.resolve()
            root = base if base.name == Path(_tables_dir()).name else (_root_of(base) or base)
            for f in sorted(base.rglob("*.xlsx")):
                if not f.name.startswith("~$"):
                    out.append((f, table_id_for(f, root), f.relative_to(root).as_posix()))
        elif p.exists():
            found = _root_of(p)
            tid = table_id_for(p, found) if found else p.stem
            out.append((p, tid, f"{tid}{p.suffix}" if found else p.name))  # oud.xls is not shown as oud.xlsx
        else:
            raise click.BadParameter(f"'{raw}' bestaat niet.", param_hint="PATH")
    return out


#: Spreadsheet files a folder may hold that Regelwerk does not read: only ``*.xlsx`` is a workbook.
_OTHER_SPREADSHEETS = (".xlsx", ".xls", ".xlsm", ".xlsb", ".ods")


def _unread(paths: tuple[str, ...]) -> list[Diagnostic]:
    """An error for every spreadsheet below a named folder that is no ``.xlsx`` (an old ``.xls``,
    a macro workbook, ``AU_PAIR.XLSX``): the service would pass it over without a word."""
    out = []
    for raw in paths or (_tables_dir(),):
        base = Path(raw)
        if not base.is_dir():
            continue
        root = base.resolve() if base.resolve().name == Path(_tables_dir()).name else (_root_of(base) or base.resolve())
        for f in sorted(base.resolve().rglob("*")):
            suffix = f.suffix.lower()
            if suffix in _OTHER_SPREADSHEETS and f.suffix != ".xlsx" and not f.name.startswith("~$") and f.is_file():
                how = (f"hernoem het naar '{f.stem}.xlsx' (kleine letters)" if suffix == ".xlsx"
                       else "open het in Excel en sla het op als Excel-werkmap (.xlsx)")
                out.append(Diagnostic(
                    "onleesbaar_bestand",
                    f"Het bestand '{f.name}' wordt niet gelezen: Regelwerk leest alleen werkboeken die op .xlsx "
                    f"eindigen; {how}.", Location(f.relative_to(root).as_posix()), "fout"))
    return out


def _root_of(path: Path) -> Path | None:
    """The ``decision_tables`` folder a workbook lies in, if any."""
    for parent in path.resolve().parents:
        if parent.name == Path(_tables_dir()).name:
            return parent
    return None


def _print_diagnostics(console: Console, diagnostics: list[Diagnostic]) -> None:
    for d in diagnostics:
        style = "bold red" if d.is_error else "yellow"
        console.print(f"[{style}]{d.location}  {d.code}[/{style}]")
        console.print(f"  {d.message}", markup=False)


class _Commands(click.Group):
    """The core's commands, plus those other packages register (``regelwerk.commands``).

    Plugin commands are imported only when used, so ``regelwerk check`` does not load the
    server.
    """

    #: Core commands whose modules load the database layer (SQLAlchemy, pandas) or DMN: imported
    #: only when used, so that ``regelwerk check`` starts in a fraction of the time.
    _LAZY = {"gebruiker": "policy.publishing.cli", "importeer": "policy.dmn.cli", "exporteer": "policy.dmn.cli"}

    def _plugins(self) -> dict[str, Any]:
        return {ep.name: ep for ep in entry_points(group="regelwerk.commands")}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self._LAZY) | set(self._plugins()))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        command = super().get_command(ctx, name)
        if command is not None:
            return command
        if name in self._LAZY:
            command = getattr(importlib.import_module(self._LAZY[name]), name)
            self.add_command(command)
            return command
        ep = self._plugins().get(name)
        if ep is None:
            return None
        try:
            return ep.load()
        except ImportError as exc:  # an optional part is not installed
            raise click.ClickException(f"opdracht '{name}' is niet beschikbaar: {exc}") from None


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Regelwerk: beslistabellen controleren, compileren en toepassen."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Diagnostics as JSON.")
def check(paths: tuple[str, ...], as_json: bool) -> None:
    """Check workbooks (files or folders) and run their examples; exit 1 when any has errors."""
    console = _console()
    errors = 0
    report = []
    for unread in _unread(paths):
        errors += 1
        report.append({"werkboek": unread.location.werkboek, "table_id": None, "diagnostics": [unread.to_dict()]})
        if not as_json:
            _print_diagnostics(console, [unread])
    for path, table_id, name in _workbooks(paths):
        with collection_paused():  # reading, checking and compiling a big workbook (policy.model.bulk)
            loaded, diagnostics = load_table(path.read_bytes(), table_id=table_id, workbook_name=name)
            if loaded is not None and loaded.table is not None:
                diagnostics = diagnostics + check_examples(loaded.table, loaded.compiled)
        n_err = sum(d.is_error for d in diagnostics)
        errors += n_err
        report.append({"werkboek": name, "table_id": table_id, "diagnostics": [d.to_dict() for d in diagnostics]})
        if not as_json:
            _print_diagnostics(console, diagnostics)
            status = "[red]fouten[/red]" if n_err else "[green]in orde[/green]"
            note = "" if loaded is not None else "; voorbeelden niet doorgerekend: los eerst de fouten op"
            console.print(f"{name}: {status} ({n_err} fout(en), {len(diagnostics) - n_err} waarschuwing(en){note})")
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    sys.exit(1 if errors else 0)


@main.command(name="compile")
@click.argument("paths", nargs=-1)
@click.option("--out", "out_dir", default="build", show_default=True, help="Folder for the compiled JSON.")
def compile_cmd(paths: tuple[str, ...], out_dir: str) -> None:
    """Compile workbooks to build/<table_id>.json."""
    console = _console()
    failed = False
    for path, table_id, name in _workbooks(paths):
        loaded, diagnostics = load_table(path.read_bytes(), table_id=table_id, workbook_name=name)
        if loaded is None:
            _print_diagnostics(console, diagnostics)
            failed = True
            continue
        target = Path(out_dir) / f"{table_id}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(loaded.compiled.to_json(), encoding="utf-8")
        console.print(f"{name} -> {target}")
    sys.exit(1 if failed else 0)


def _load_facts(text: str) -> Any:
    if text.startswith("@"):
        try:
            text = Path(text[1:]).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise click.BadParameter(f"kan {text[1:]} niet lezen: {reason}", param_hint="--facts") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise click.BadParameter(f"geen geldige JSON: {exc}", param_hint="--facts") from None


@main.command()
@click.argument("table")
@click.option("--facts", "facts_text", required=True, help="JSON object, or @file.json.")
@click.option("--peildatum", default=None, help="JJJJ-MM-DD; default: the table's peildatum input.")
@click.option("--explain", is_flag=True, help="Include the trace of every condition.")
@click.option("--engine", type=click.Choice(["durable", "reference"]), default="durable", show_default=True)
@click.option("--tables-dir", default=None, help="Folder of the workbooks (default decision_tables/).")
def decide(table: str, facts_text: str, peildatum: str | None, explain: bool, engine: str, tables_dir: str | None) -> None:
    """Decide the facts with TABLE (an id such as uitwisseling/working_holiday, or a path)."""
    root = Path(tables_dir or _tables_dir())
    path = Path(table) if table.endswith(".xlsx") else root / f"{table}.xlsx"
    if not path.exists():
        _fail(f"Tabel '{table}' niet gevonden ({path}).", "onbekende_tabel")
    table_id = table_id_for(path, root) if path.resolve().is_relative_to(root.resolve()) else path.stem
    loaded, diagnostics = load_table(path.read_bytes(), table_id=table_id, workbook_name=f"{table_id}.xlsx")
    if loaded is None:
        _print_diagnostics(_console(err=True), diagnostics)
        sys.exit(1)
    facts = _load_facts(facts_text)
    try:
        day = date.fromisoformat(peildatum) if peildatum else None
    except ValueError:
        _fail(f"--peildatum '{peildatum}' is geen datum JJJJ-MM-DD.", "ongeldige_peildatum")
    try:
        d = decide_facts(loaded.compiled, facts, peildatum=day, explain=explain, matcher=make_matcher(engine))
    except FactsInvalidError as exc:
        click.echo(json.dumps({"error": exc.code, "errors": exc.errors}, ensure_ascii=False, indent=2))
        sys.exit(2)
    except PolicyError as exc:
        _fail(exc.message, exc.code)
    click.echo(json.dumps(d.to_dict(), ensure_ascii=False, indent=2))


def _fail(message: str, code: str) -> None:
    click.echo(json.dumps({"error": code, "detail": message}, ensure_ascii=False, indent=2))
    sys.exit(2)


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--engine", type=click.Choice(["durable", "reference"]), default="durable", show_default=True)
def test(paths: tuple[str, ...], engine: str) -> None:
    """Run every workbook's examples (sheet Voorbeelden); exit 1 on any failure."""
    console = _console()
    matcher = make_matcher(engine)
    failures = 0
    passed = 0
    for path, table_id, name in _workbooks(paths):
        loaded, diagnostics = load_table(path.read_bytes(), table_id=table_id, workbook_name=name)
        if loaded is None:
            _print_diagnostics(console, diagnostics)
            failures += 1
            continue
        results = run_examples(loaded.compiled, matcher)
        bad = [r for r in results if not r.passed]
        passed += len(results) - len(bad)
        failures += len(bad)
        console.print(f"{name}: {len(results) - len(bad)} van {len(results)} voorbeelden geslaagd")
        if loaded.table is not None:
            _print_diagnostics(console, example_diagnostics(loaded.table, bad))
        else:
            for r in bad:
                console.print(f"  ✗ {r.describe()}", markup=False)
    console.print(f"{passed} passed, {failures} failed")
    sys.exit(1 if failures else 0)


def _load_loaded(table: str, tables_dir: str | None) -> Any:
    root = Path(tables_dir or _tables_dir())
    path = Path(table) if table.endswith(".xlsx") else root / f"{table}.xlsx"
    if not path.exists():
        raise click.BadParameter(f"'{table}' niet gevonden ({path}).")
    inside = path.resolve().is_relative_to(root.resolve())
    table_id = table_id_for(path, root) if inside else path.stem
    loaded, diagnostics = load_table(path.read_bytes(), table_id=table_id, workbook_name=path.name)
    if loaded is None:
        _print_diagnostics(_console(err=True), diagnostics)
        raise click.ClickException(f"{path} heeft fouten; los die eerst op (regelwerk check).")
    return loaded


@main.command()
@click.argument("huidig")
@click.argument("nieuw_werkboek")
@click.option("--gevallen", default=None, help="JSON file with a list of cases (facts) to compare on.")
@click.option("--aantal", default=5000, show_default=True, help="Generated boundary cases to add.")
@click.option("--json", "as_json", is_flag=True, help="The report as JSON.")
@click.option("--tables-dir", default=None, help="Folder of the workbooks (default decision_tables/).")
def vergelijk(huidig: str, nieuw_werkboek: str, gevallen: str | None, aantal: int, as_json: bool,
              tables_dir: str | None) -> None:
    """Show what a new workbook would change: HUIDIG (table id or .xlsx) against NIEUW_WERKBOEK."""
    from policy.impact import compare_versions, describe_facts, describe_outcome, generate_cases

    old = _load_loaded(huidig, tables_dir).compiled
    new = _load_loaded(nieuw_werkboek, tables_dir).compiled
    cases: list[dict[str, Any]] = []
    if gevallen:
        try:
            data = json.loads(Path(gevallen).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise click.BadParameter(f"kan {gevallen} niet lezen als JSON: {exc}", param_hint="--gevallen") from None
        if not isinstance(data, list) or not all(isinstance(c, dict) for c in data):
            raise click.BadParameter("verwacht een JSON-lijst van objecten (feiten per geval)", param_hint="--gevallen")
        cases.extend(data)
    for compiled in (old, new):
        cases.extend(ex["facts"] for ex in compiled.data.get("examples", []))
    cases.extend(generate_cases(new.data, aantal, seed=1))
    report = compare_versions(old, new, cases)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    console = _console()
    console.print(f"{report.cases} gevallen beslist met beide versies; {report.changed} krijgen een andere uitkomst.")
    for shift in report.to_dict()["shifts"]:
        console.print(f"  {shift['old']} → {shift['new']}: {shift['count']}", markup=False)
    for diff in report.examples[:10]:
        console.print("\n[bold]geval[/bold] ", end="")
        console.print(describe_facts(diff.facts), markup=False)
        console.print(f"  nu:    {describe_outcome(diff.old)}", markup=False)
        console.print(f"  nieuw: {describe_outcome(diff.new)}", markup=False)


DEFAULT_DATABASE_URL = "sqlite:///var/regelwerk.db"  # as the server's (server/config.py)


def _day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is geen datum JJJJ-MM-DD.", param_hint=option) from None


@main.command()
@click.argument("table")
@click.argument("nieuw_werkboek")
@click.option("--van", "start", required=True, help="First decision date, JJJJ-MM-DD.")
@click.option("--tot", "end", required=True, help="Last decision date (inclusive), JJJJ-MM-DD.")
@click.option("--database", default=None,
              help=f"Database URL (default REGELWERK_DATABASE_URL, else {DEFAULT_DATABASE_URL}).")
@click.option("--engine", type=click.Choice(["dask", "pandas"]), default="dask", show_default=True)
@click.option("--scheduler", default=None,
              help="Dask scheduler: threads, processes or a cluster address (default REGELWERK_DASK_SCHEDULER, "
                   "else threads).")
@click.option("--voorbeelden", default=3, show_default=True, help="Example decision ids per group.")
@click.option("--gegenereerd", default=0, show_default=True,
              help="Also decide this many generated boundary cases with the current workbook and the new one "
                   "(shown apart, labelled constructed).")
@click.option("--tables-dir", default=None, help="Folder of the current workbooks (for --gegenereerd).")
@click.option("--json", "as_json", is_flag=True, help="The report as JSON.")
def impact(table: str, nieuw_werkboek: str, start: str, end: str, database: str | None, engine: str,
           scheduler: str | None, voorbeelden: int, gegenereerd: int, tables_dir: str | None, as_json: bool) -> None:
    """Decide the logged decisions of TABLE (a table id) from --van to --tot again with NIEUW_WERKBOEK."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from policy.replay import constructed_cases, replay_log

    first, last = _day(start, "--van"), _day(end, "--tot")
    if last < first:
        raise click.BadParameter(f"{end} ligt voor {start}.", param_hint="--tot")
    path = Path(nieuw_werkboek)
    if not path.is_file():
        raise click.BadParameter(f"'{nieuw_werkboek}' niet gevonden.", param_hint="NIEUW_WERKBOEK")
    loaded, diagnostics = load_table(path.read_bytes(), table_id=table, workbook_name=path.name)
    if loaded is None:
        _print_diagnostics(_console(err=True), diagnostics)
        raise click.ClickException(f"{path} heeft fouten; los die eerst op (regelwerk check).")
    current = _load_loaded(table, tables_dir).compiled if gegenereerd > 0 else None
    url = database or os.environ.get("REGELWERK_DATABASE_URL") or DEFAULT_DATABASE_URL
    store = _open_log(url)
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=_console(err=True), transient=True) as bar:
            task = bar.add_task("maanden", total=None)
            report = replay_log(store, table, loaded.compiled, start=first, end=last, engine=engine,
                                scheduler=scheduler, examples=voorbeelden,
                                progress=lambda done, total: bar.update(task, completed=done, total=total))
    finally:
        store.dispose()
    body = report.to_dict()
    if current is not None:
        body["constructed"] = constructed_cases(current, loaded.compiled, gegenereerd, keep=voorbeelden)
    if as_json:
        click.echo(json.dumps(body, ensure_ascii=False, indent=2))
        return
    _print_impact(_console(), body)


def _open_log(url: str) -> Any:
    from policy.store.log import LogUnavailableError, open_log

    try:
        return open_log(url)
    except LogUnavailableError as exc:
        raise click.ClickException(exc.message) from None


def _print_impact(console: Console, body: dict[str, Any]) -> None:
    from policy.replay import describe_outcome

    n, m = body["decisions"], body["changed"]
    share = f" ({m / n:.1%})" if n else ""
    console.print(f"[bold]{body['table_id']}[/bold]: nieuwe versie {body['version'][:12]} tegen het logboek van "
                  f"{body['period']['from']} tot en met {body['period']['to']}")
    console.print(f"{n} beslissingen opnieuw beslist; {m}{share} krijgen een andere uitkomst.")
    for v in body["against_version"]:
        console.print(f"  genomen met versie {v['version'][:12]}: {v['decisions']} beslissingen, {v['changed']} anders",
                      markup=False)
    if body["by_outcome"]:
        console.print("\n[bold]Van → naar[/bold]")
        for g in body["by_outcome"]:
            console.print(f"  {g['count']:>7}  {describe_outcome(g['from'])}  →  {describe_outcome(g['to'])}"
                          f"   bijv. {', '.join(g['examples'])}", markup=False)
    if body["by_rows"]:
        console.print("\n[bold]Door de regels[/bold]")
        for g in body["by_rows"]:
            rows = ", ".join(f"{r['table']} › {r['regel_id']}" for r in g["rows"]) or "geen gewijzigde regel"
            console.print(f"  {g['count']:>7}  {rows}   bijv. {', '.join(g['examples'])}", markup=False)
    if body["by_inputs"]:
        console.print("\n[bold]Invoer die de gewijzigde beslissingen onderscheidt[/bold]")
        for item in body["by_inputs"]:
            values = "; ".join(f"{v['value']}: {v['changed']} van {v['decisions']} anders"
                               for v in item["values"][:5] if v["changed"])
            console.print(f"  {item['input']} (score {item['score']:.2f}): {values}", markup=False)
    console.print(f"\n{body['partitions']} maand(en) met {body['engine']} in {body['seconds']:.1f} s.")
    constructed = body.get("constructed")
    if constructed is not None:
        console.print(f"\n[bold]Geconstrueerde grensgevallen[/bold] ({constructed['note']})")
        console.print(f"{constructed['cases']} gegenereerde gevallen met het huidige en het nieuwe werkboek beslist; "
                      f"{constructed['changed']} krijgen een andere uitkomst.")
        for shift in constructed["shifts"]:
            console.print(f"  {shift['count']:>7}  {shift['old']}  →  {shift['new']}", markup=False)


@main.command()
@click.argument("werkboeken", nargs=-1, metavar="OUD NIEUW")
@click.option("--json", "as_json", is_flag=True, help="The differences as JSON.")
@click.option("--tables-dir", default=None, help="Folder of the workbooks (default decision_tables/).")
def verschil(werkboeken: tuple[str, ...], as_json: bool, tables_dir: str | None) -> None:
    """Show what differs between two workbooks, row by row and cell by cell (exit 0 either way).

    OUD and NIEUW are .xlsx files or table ids (uitwisseling/au_pair). Exit 2 when a workbook is
    missing or cannot be read.
    """
    from policy.diff import diff_workbooks
    from policy.diff.render import diff_lines
    from policy.errors import WorkbookInvalidError

    err = _console(err=True)
    if len(werkboeken) != 2:
        err.print("Gebruik: regelwerk verschil OUD.xlsx NIEUW.xlsx (twee werkboeken of tabelnamen).", markup=False)
        sys.exit(2)
    paths = []
    for raw in werkboeken:
        path = Path(raw)
        if not path.exists() and not raw.endswith(".xlsx"):
            path = Path(tables_dir or _tables_dir()) / f"{raw}.xlsx"
        if not path.is_file():
            err.print(f"Fout: werkboek '{raw}' bestaat niet ({path}).", markup=False)
            sys.exit(2)
        paths.append(path)
    try:
        diff = diff_workbooks(paths[0], paths[1], old_name=werkboeken[0], new_name=werkboeken[1])
    except WorkbookInvalidError as exc:
        _print_diagnostics(err, [d for d in exc.diagnostics if d.is_error])
        err.print(f"Fout: {exc.message}", markup=False)
        sys.exit(2)
    except OSError as exc:
        err.print(f"Fout: kan het werkboek niet lezen: {exc.strerror or exc}.", markup=False)
        sys.exit(2)
    if as_json:
        click.echo(json.dumps(diff.to_dict(), ensure_ascii=False, indent=2))
        return
    console = _console()
    for line in diff_lines(diff):
        console.print(line)


@main.command()
@click.argument("table_id")
@click.option("--tables-dir", default=None, help="Folder of the workbooks (default decision_tables/).")
@click.option("--force", is_flag=True, help="Overwrite an existing workbook.")
def nieuw(table_id: str, tables_dir: str | None, force: bool) -> None:
    """Write a new workbook from the template: regelwerk nieuw <gebied>/<tabel>."""
    from policy.workbook.template import write_template

    parts = table_id.split("/")
    if len(parts) != 2 or not all(p and p.replace("_", "").isalnum() and p == p.lower() for p in parts):
        raise click.BadParameter("gebruik <gebied>/<tabel> in kleine letters, bijvoorbeeld uitwisseling/au_pair",
                                 param_hint="TABLE_ID")
    target = Path(tables_dir or _tables_dir()) / f"{table_id}.xlsx"
    if target.exists() and not force:
        raise click.ClickException(f"{target} bestaat al (gebruik --force om te overschrijven).")
    target.parent.mkdir(parents=True, exist_ok=True)
    write_template(target, table_id)
    click.echo(f"Nieuw werkboek: {target}")
    click.echo("Vul de eigenaar in en vervang de voorbeeldteksten (titel, omschrijving, bron, toelichting) en "
               f"de voorbeeldregels; regelwerk check {target} wijst aan wat nog moet.")


@main.command()
@click.argument("paths", nargs=-1, required=True)
def opmaak(paths: tuple[str, ...]) -> None:
    """Format workbooks (files or folders): dropdowns, input messages, widths, print setup.

    Only formatting is written. Each workbook is read before and after; unless both readings
    give the same table and the same diagnostics, the file is left as it was (exit 1).
    """
    console = _console()
    failed = False
    for path, table_id, name in _workbooks(paths):
        message = _format_one(path, table_id, name)
        failed |= message is not None
        if message is not None:
            console.print(f"[red]{name}: niet opgemaakt[/red] — {message}")
    sys.exit(1 if failed else 0)


def _format_one(path: Path, table_id: str, name: str) -> str | None:
    """Format ``path`` in place when that keeps its reading identical; else a Dutch reason."""
    from policy.workbook.layout import format_workbook

    def reading(data: bytes) -> tuple[Any, list[dict[str, Any]]]:
        loaded, diagnostics = load_table(data, table_id=table_id, workbook_name=name)
        compiled = None if loaded is None else {k: v for k, v in loaded.compiled.data.items() if k != "version"}
        return compiled, [d.to_dict() for d in diagnostics]

    before = reading(path.read_bytes())
    scratch = path.with_name(f".{path.name}.opmaak")
    try:
        summary = format_workbook(path, scratch)
        if summary is None:
            return "het werkboek is niet te lezen; zie regelwerk check."
        if reading(scratch.read_bytes()) != before:
            return "na de opmaak zou het werkboek anders gelezen worden; er is niets gewijzigd."
        os.replace(scratch, path)
    except PolicyError as exc:
        return exc.message
    except OSError as exc:
        return f"kan niet schrijven: {exc.strerror or exc}."
    finally:
        scratch.unlink(missing_ok=True)
    extra = ", lange lijsten op blad Lijsten" if summary.lists_sheet else ""
    _console().print(f"{name}: [green]opgemaakt[/green] ({summary.validations} keuzelijst(en) en invoerberichten "
                     f"op {len(summary.sheets)} bladen{extra})")
    return None


if __name__ == "__main__":  # pragma: no cover
    main()
