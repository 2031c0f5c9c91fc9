"""Row coverage of the BDD run: which rows of each table no scenario exercised.

Every decision a scenario takes records its matched rows. At the end of the session the
terminal summary lists, per table whose feature ran, the rows never matched; for the tables of
issue 3 (``ENFORCED``) any such row fails the run. A run that leaves scenarios out (deselected
by ``-k``/``-m``/``--deselect``, scenario node ids, ``--lf``) reports the gaps but does not fail
on them: it did not run the whole feature.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pytest

__all__ = ["ENFORCED", "RowCoverage", "COVERAGE"]

#: Tables whose every row must be exercised by its feature (issues 3 and 13).
ENFORCED = frozenset(
    {
        "uitwisseling/working_holiday",
        "uitwisseling/au_pair",
        "medisch/medische_behandeling",
        "medisch/voortgezet_verblijf",
        "medisch/surinaamse_onderdanen",
        "medisch/toestemmingsverklaring",
        "medisch/medische_noodsituatie",
        "inburgering/hardheidsclausule",
        "uitwisseling/young_workers",
        "bijzonder_verblijf/pilot_aachen",
        "inburgering/verblijfsvoorwaarden",
        "inburgering/inburgeringsvereiste",
        "arbeid/kennismigrant",
        "arbeid/arbeid_in_loondienst",
        "arbeid/startup_personeel",
        "arbeid/internationale_handel",
        "arbeid/zoekjaar_hoogopgeleiden",
        "arbeid/europese_blauwe_kaart",
        "toegang/inreisverbod",
        "bescherming/slachtoffers_mensenhandel",
        "bescherming/slachtoffers_geweld",
        "toegang/mvv_vereiste",
        "toegang/visumvrije_termijn",
        "toegang/meldplicht",
        "toegang/voorlopige_voorziening",
        "bescherming/nareis",
        "bescherming/leeftijdsbepaling",
        "eu/duurzaam_verblijf",
        "eu/familieleden",
        "eu/document_familielid",
    }
)


Row = tuple[str, int]  # (sheet, row): rows sharing a regel_id (versions) are counted apart


class RowCoverage:
    """Rows of each table seen in a scenario, and rows matched by a decision."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[Row, str]] = {}  # table_id -> (sheet, row) -> regel_id
        self.hit: dict[str, set[Row]] = defaultdict(set)
        self.narrowed = False

    def register_table(self, table_id: str, rows: Iterable[tuple[str, int, str]]) -> None:
        self.rows.setdefault(table_id, {(sheet, row): regel_id for sheet, row, regel_id in rows})

    def record(self, table_id: str, rows: Iterable[Row]) -> None:
        self.hit[table_id].update(rows)

    def missing(self) -> dict[str, list[str]]:
        """Per table, the rows never matched, as ``regel_id (blad › rij n)``."""
        return {
            table_id: [f"{rid} ({sheet} › rij {row})" for (sheet, row), rid in rows.items()
                       if (sheet, row) not in self.hit[table_id]]
            for table_id, rows in sorted(self.rows.items())
        }

    def failing(self) -> dict[str, list[str]]:
        if self.narrowed:
            return {}
        return {t: rows for t, rows in self.missing().items() if rows and t in ENFORCED}


COVERAGE = RowCoverage()
_HERE = Path(__file__).resolve().parent


def _is_scenario_path(path: object) -> bool:
    return Path(str(path)).resolve().parent == _HERE


def pytest_deselected(items: list[pytest.Item]) -> None:
    if any(_is_scenario_path(item.path) for item in items):  # -k, -m, --deselect on scenarios
        COVERAGE.narrowed = True


def pytest_collection_finish(session: pytest.Session) -> None:
    node_ids = [str(arg).split("::")[0] for arg in session.config.args if "::" in str(arg)]
    if any(_is_scenario_path(Path(session.config.invocation_params.dir, p)) for p in node_ids) or getattr(
        session.config.option, "lf", False
    ):
        COVERAGE.narrowed = True


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if COVERAGE.failing() and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    if not COVERAGE.rows:
        return
    tr = terminalreporter
    tr.section("row coverage of the BDD features")
    failing = COVERAGE.failing()
    for table_id, rows in COVERAGE.missing().items():
        total = len(COVERAGE.rows[table_id])
        if not rows:
            tr.write_line(f"{table_id}: all {total} rows exercised")
        else:
            mark = "FAIL " if table_id in failing else ""
            tr.write_line(f"{mark}{table_id}: {len(rows)} of {total} rows never exercised: {', '.join(rows)}",
                          red=bool(mark), yellow=not mark)
    if COVERAGE.narrowed:
        tr.write_line("(narrowed selection: unexercised rows are reported, not enforced)")
    elif failing:
        tr.write_line("The run fails: every row of the issue-3 tables must be exercised by a scenario.", red=True)
