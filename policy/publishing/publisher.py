"""Publishing table versions to every worker: staged in the database, activated atomically.

The database is the one place that says which version of a table is live (its latest
activation). Each worker keeps its own catalog and compares the publication generations (the
newest activation id and the newest audit event id) before every request; when the first moved,
the worker loads the newly active versions from the stored workbook bytes and swaps them in;
when the second moved, it looks again at the schedule of approved versions, and when a date of
effect has come, it activates them (once for all workers: ``Workflow.activate_due`` re-checks
under the publication lock). A request resolves its version once, so a request in flight
finishes on the version it started with.

The tables directory is a source of proposals: at the first start of an empty database its
workbooks are the release and go live; after that a new or changed file is staged and, when its
checks and examples pass, proposed for review by "tabellenmap" (``auto_activate`` keeps the old
behaviour of activating it at once, for local development only).

The admin routes, the CLI and the directory watcher all call :class:`Publisher`.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from policy.catalog import Catalog, LoadedTable, table_id_for
from policy.errors import TableNotFoundError, VersionNotFoundError
from policy.evaluation.examples import ExampleResult, run_examples
from policy.impact import compare_versions, generate_cases
from policy.model import Diagnostic
from policy.reference import ReferenceMatcher
from policy.publishing.workflow import FOLDER, SYSTEM, Workflow
from policy.store import Activation, Store, User

__all__ = ["Publisher", "Staged", "DirectoryWatcher", "CHECK_INTERVAL"]

log = logging.getLogger("regelwerk.publicatie")

#: Seconds a worker trusts its last look at the publication generation.
CHECK_INTERVAL = 0.05


@dataclass(frozen=True)
class Staged:
    """The outcome of checking a workbook: ``loaded`` is None when it has errors."""

    table_id: str
    loaded: LoadedTable | None
    diagnostics: list[Diagnostic]
    created: bool = False

    @property
    def version(self) -> str | None:
        return self.loaded.version if self.loaded is not None else None


class Publisher:
    """One worker's view of the published tables (see the module docstring)."""

    def __init__(self, store: Store, catalog: Catalog, tables_dir: str | Path | None = None, *,
                 clock: Callable[[], datetime] | None = None, auto_activate: bool = False) -> None:
        self.store = store
        self.catalog = catalog
        self.tables_dir = Path(tables_dir) if tables_dir is not None else None
        self.auto_activate = auto_activate
        self.workflow = Workflow(store, clock=clock or (lambda: datetime.now(UTC)),
                                 activate=self._activate_in, run_examples=self.run_examples)
        self.generation = -1
        self.audit_generation = -1
        self._next_due: datetime | None = None
        self._checked = float("-inf")  # time.monotonic() just before the last look
        self._sync_lock = threading.Lock()
        self._scan_lock = threading.Lock()
        self._seen: dict[Path, tuple[int, int]] = {}
        self._unread: set[Path] = set()  # spreadsheets that are no .xlsx, logged once each
        self._hashes: dict[Path, tuple[tuple[int, int], str]] = {}

    # -- following the database ----------------------------------------------------------------

    def sync(self, *, now: bool = False) -> None:
        """Load and swap in whatever was activated since the last look.

        Looks at the database at most once per CHECK_INTERVAL, unless ``now``.
        """
        started = time.monotonic()
        if not now and started - self._checked < CHECK_INTERVAL:
            return
        generation, audit_generation = self.store.generations()
        if audit_generation != self.audit_generation:
            self._next_due = self.workflow.next_due()
            self.audit_generation = audit_generation
        if self._next_due is not None and self._next_due <= self.workflow.clock():
            if self.workflow.activate_due():
                generation, self.audit_generation = self.store.generations()
            self._next_due = self.workflow.next_due()
        if generation == self.generation:
            self._checked = started  # everything committed before ``started`` is now seen
            return
        with self._sync_lock:  # threads: a request that sees a newer generation waits for its swap
            if generation == self.generation:
                return
            for table_id, version in self.store.active_versions().items():
                try:
                    self._ensure_loaded(table_id, version)
                except RuntimeError:  # keep answering with what this worker has
                    log.exception("%s: versie %s kan niet worden geladen", table_id, version)
                    continue
                try:
                    current = self.catalog.get(table_id).version
                except TableNotFoundError:
                    current = None
                if current != version:
                    self.catalog.activate(table_id, version)
            self.generation = generation
            self._checked = started

    def resolve(self, table_id: str, version: str | None = None) -> LoadedTable:
        """The active version of ``table_id``, or the stored ``version`` (loaded on demand)."""
        if version is None:
            return self.catalog.get(table_id)
        return self._ensure_loaded(table_id, version)

    def _ensure_loaded(self, table_id: str, version: str) -> LoadedTable:
        try:
            return self.catalog.get(table_id, version)
        except (TableNotFoundError, VersionNotFoundError):
            pass
        staged = self.store.get_version(table_id, version)
        content = self.store.version_content(table_id, version) if staged is not None else None
        if staged is None or content is None:
            if not self.store.list_versions(table_id):
                raise TableNotFoundError(f"Er is geen tabel '{table_id}'.")
            raise VersionNotFoundError(f"Tabel '{table_id}' heeft geen versie '{version}'.")
        loaded, diagnostics = self.catalog.load_version(table_id, content, workbook_name=staged.filename)
        if loaded is not None and loaded.version == version:
            return loaded
        # Today's checks refuse a version that passed when it was stored (they grow stricter):
        # serve it from the compiled form it was stored with, so the live table, its decisions and
        # the replay of its receipts keep working; the officer sees why in the log.
        try:
            loaded = self.catalog.load_compiled(table_id, staged.compiled)
        except (ValueError, KeyError, TypeError) as exc:
            raise RuntimeError(
                f"stored version {version} of {table_id} no longer loads: "
                + "; ".join(str(d) for d in diagnostics)
            ) from exc
        if loaded.version != version:
            raise RuntimeError(f"stored compiled form of {table_id} is not version {version}")
        log.warning("%s: versie %s voldoet niet meer aan de huidige controles en wordt uit haar opgeslagen "
                    "gecompileerde vorm gebruikt; los dit op in een nieuwe versie:\n%s", table_id, version,
                    "\n".join(str(d) for d in diagnostics if d.is_error))
        return loaded

    # -- publishing ------------------------------------------------------------------------------

    def check(self, table_id: str, content: bytes, *, filename: str) -> tuple[LoadedTable | None, list[Diagnostic]]:
        """Read and check a workbook as a version of ``table_id`` (nothing is stored)."""
        return self.catalog.load_version(table_id, content, workbook_name=filename)

    def stage(self, table_id: str, content: bytes, *, filename: str, source: str, user: User = SYSTEM,
              interface_change: bool = False, checked: tuple[LoadedTable | None, list[Diagnostic]] | None = None,
              ) -> Staged:
        """Check a workbook and keep it for review; a workbook with errors changes nothing."""
        loaded, diagnostics = checked or self.check(table_id, content, filename=filename)
        if loaded is None:
            return Staged(table_id, None, diagnostics)
        with self.store.transaction(serialised=True) as tx:
            _, created = self.store.stage_version(
                tx, table_id=table_id, version=loaded.version, content=content,
                compiled=loaded.compiled.data, source=source, filename=filename,
                diagnostics=[d.to_dict() for d in diagnostics],
            )
            if created or interface_change:
                self.workflow.record_staged(tx, user, table_id, loaded.version, filename=filename,
                                            interface_change=interface_change)
        return Staged(table_id, loaded, diagnostics, created)

    def run_examples(self, table_id: str, version: str) -> list[ExampleResult]:
        """A stored version's worked examples on this worker's matcher (the production engine)."""
        return run_examples(self.resolve(table_id, version).compiled, self.catalog.matcher)

    def _activate_in(self, tx: Any, table_id: str, version: str, *, source: str) -> Activation:
        return self.store.activate(tx, table_id, version, source=source)

    def after_activation(self) -> None:
        """Swap in what was just activated, and let every worker look before answering."""
        self.sync(now=True)
        time.sleep(CHECK_INTERVAL)

    def impact(self, table_id: str, staged: LoadedTable, *, generated: int = 2000) -> dict[str, Any] | None:
        """What ``staged`` would change against the active version (None: nothing is active).

        The same cases go through both versions: both workbooks' examples and ``generated``
        cases at the boundaries the new table mentions (``policy.impact``).
        """
        try:
            active = self.catalog.get(table_id)
        except TableNotFoundError:
            return None
        cases = [ex["facts"] for c in (active.compiled, staged.compiled) for ex in c.data.get("examples", [])]
        cases += generate_cases(staged.compiled.data, generated, seed=1)
        report = compare_versions(active.compiled, staged.compiled, cases, keep=10)
        # Constructed cases, not applicants: the impact on real decisions is the log's replay.
        return {"against_version": active.version, "constructed": True, **report.to_dict()}

    # -- the tables directory -------------------------------------------------------------------

    def scan_directory(self, *, wait: bool = True) -> dict[str, list[Diagnostic]]:
        """Publish new or changed workbooks in ``tables_dir``: checked, then swapped, or rejected.

        A workbook whose exact bytes the service already knows is left alone (so a rollback
        is not undone by a restart). One process at a time scans (the others wait, or with
        ``wait=False`` skip this round), so workers do not check the same file twice. The
        engine is not touched (staging only compiles; the examples run on the reference
        matcher), so this is safe in a background thread. Returns the diagnostics of every
        workbook that was read, by table id.
        """
        root = self.tables_dir
        if root is None or not root.is_dir():
            return {}
        report: dict[str, list[Diagnostic]] = {}
        with self._scanning(root, wait) as scanning:
            if not scanning:
                return report
            first_start = not self.store.activations()  # an empty database: the folder is the release
            for path in sorted(root.rglob("*")):  # AU_PAIR.XLSX, an old .xls: never read, so say so
                if (path.suffix.lower() in (".xlsx", ".xls", ".xlsm", ".xlsb", ".ods") and path.suffix != ".xlsx"
                        and not path.name.startswith("~$") and path not in self._unread):
                    self._unread.add(path)
                    log.warning("%s wordt niet gelezen: Regelwerk leest alleen werkboeken die op .xlsx eindigen; "
                                "sla het op als Excel-werkmap (.xlsx)", path)
            for path in sorted(root.rglob("*.xlsx")):
                if path.name.startswith("~$"):  # Excel's lock files
                    continue
                try:
                    stat = path.stat()
                    stamp = (stat.st_mtime_ns, stat.st_size)
                    if self._seen.get(path) == stamp:
                        continue
                    content = path.read_bytes()
                except OSError as exc:  # removed or half-written: look again next time
                    log.warning("%s kon niet worden gelezen: %s", path, exc)
                    continue
                self._seen[path] = stamp
                table_id = table_id_for(path, root)
                if self.store.get_version(table_id, hashlib.sha256(content).hexdigest()) is not None:
                    continue
                report[table_id] = self._publish_file(table_id, content, path.relative_to(root).as_posix(),
                                                      go_live=first_start or self.auto_activate)
        if report:
            self.sync(now=True)  # no engine call: loading and swapping are plain Python
        return report

    @contextmanager
    def _scanning(self, root: Path, wait: bool) -> Iterator[bool]:
        """This thread's and (by a lock file) this machine's turn to scan ``root``."""
        if not self._scan_lock.acquire(blocking=wait):
            yield False
            return
        key = hashlib.sha256(f"{root.resolve()}|{self.store.engine.url}".encode()).hexdigest()[:16]
        try:
            with open(Path(tempfile.gettempdir()) / f"regelwerk-map-{key}.lock", "w") as handle:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    yield False
                    return
                try:
                    yield True
                finally:
                    fcntl.flock(handle, fcntl.LOCK_UN)
        finally:
            self._scan_lock.release()

    def _publish_file(self, table_id: str, content: bytes, name: str, *, go_live: bool) -> list[Diagnostic]:
        loaded, diagnostics = self.catalog.load_version(table_id, content, workbook_name=name)
        if loaded is None:
            log.warning("%s afgewezen; de vorige versie blijft actief:\n%s", name,
                        "\n".join(str(d) for d in diagnostics))
            return diagnostics
        failures = [r for r in run_examples(loaded.compiled, ReferenceMatcher()) if not r.passed]
        with self.store.transaction(serialised=True) as tx:
            _, created = self.store.stage_version(
                tx, table_id=table_id, version=loaded.version, content=content,
                compiled=loaded.compiled.data, source="map", filename=name,
                diagnostics=[d.to_dict() for d in diagnostics],
            )
            if not created:  # another worker published the same bytes a moment ago
                return diagnostics
            self.workflow.record_staged(tx, FOLDER, table_id, loaded.version, filename=name, interface_change=False,
                                        details={"voorbeelden_mislukt": len(failures)})
            if failures:
                log.warning("%s klaargezet, niet voorgesteld: voorbeelden mislukt:\n%s", name,
                            "\n".join(r.describe() for r in failures))
            elif go_live:
                activation = self._activate_in(tx, table_id, loaded.version, source="map")
                why = "REGELWERK_AUTO_ACTIVATE (lokale ontwikkeling)" if self.auto_activate else "eerste start"
                self.store.audit(tx, actor=SYSTEM.name, role=SYSTEM.role, action="geactiveerd", table_id=table_id,
                                 version=loaded.version, reason=why,
                                 details={"bestand": name, "vorige_versie": activation.previous_version})
                log.info("%s: versie %s uit %s geactiveerd (%s)", table_id, loaded.version, name, why)
            else:
                self.store.audit(tx, actor=FOLDER.name, role=FOLDER.role, action="voorgesteld", table_id=table_id,
                                 version=loaded.version,
                                 reason=f"Nieuw of gewijzigd bestand {name} in de tabellenmap.",
                                 details={"bestand": name})
                log.info("%s: versie %s uit %s voorgesteld; wacht op beoordeling", table_id, loaded.version, name)
        return diagnostics

    def folder_versions(self) -> dict[str, tuple[str, str]]:
        """``{table_id: (file name, version)}`` of every workbook in the tables directory now."""
        root = self.tables_dir
        out: dict[str, tuple[str, str]] = {}
        if root is None or not root.is_dir():
            return out
        for path in sorted(root.rglob("*.xlsx")):
            if path.name.startswith("~$"):
                continue
            try:
                stat = path.stat()
                stamp = (stat.st_mtime_ns, stat.st_size)
                cached = self._hashes.get(path)
                if cached is None or cached[0] != stamp:
                    cached = (stamp, hashlib.sha256(path.read_bytes()).hexdigest())
                    self._hashes[path] = cached
            except OSError:
                continue
            out[table_id_for(path, root)] = (path.relative_to(root).as_posix(), cached[1])
        return out


class DirectoryWatcher:
    """Looks at the tables directory every ``interval`` seconds in a daemon thread."""

    def __init__(self, publisher: Publisher, interval: float) -> None:
        self.publisher = publisher
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="regelwerk-map", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.publisher.scan_directory(wait=False)
            except Exception:  # keep watching; the next look may succeed
                log.exception("de tabellenmap kon niet worden bekeken")
