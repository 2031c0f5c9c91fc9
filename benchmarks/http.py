"""HTTP throughput and latency of a decision against a bare JSON route of the same server.

    .venv/bin/python benchmarks/http.py [--concurrency 4] [--seconds 5] [--sync]

Starts the production server (``regelwerk serve``: gunicorn, 2 threaded workers, 127.0.0.1)
over a copy of ``decision_tables/uitwisseling/working_holiday.xlsx`` with a fresh SQLite
decision log and the bare route switched on (``REGELWERK_BARE_ROUTE=1``, ``server/yardstick.py``),
then drives each endpoint in turn with a bounded load: ``concurrency`` client processes, each
sending one request at a time for ``seconds`` (after a warm-up). Decisions are real ones:
validated, decided on durable-rules and logged before the answer.

The yardstick is ``POST /_bare``: the same request bodies, parsed by the same strict JSON
reader, answered with a body of the same size as the logged decision's answer. ``GET /health``
mostly measures gunicorn and the kernel; against the bare route the ratio is what a decision's
own work (validating, deciding, logging) costs. Prints requests/s, p50 and p99 per endpoint and
both ratios, then the same requests inside the app alone (no network) with the CPU µs of each
step, and the decisions once more through Flask's whole round (``LEAN_DECISIONS`` off: a plain
decision request otherwise takes ``server/fastpath.py``, which answers it the same).
With 40 clients stalled mid-body (``--stalled``) it also times ``/health`` and a decision: the
slow-client protection. ``--sync`` repeats the table on gunicorn's sync workers. Nothing is
asserted here.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path, where "http" would be this file
# instead of the standard library's package: put the repository there instead.
REPO = Path(__file__).resolve().parents[1]
sys.path[:] = [str(REPO)] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import multiprocessing  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

from tests.support.live_server import live_server  # noqa: E402

TABLE = "uitwisseling/working_holiday"
_AUSTRALIAN = {"nationaliteit": "AU", "geboortedatum": "2000-06-15", "aanvraagdatum": "2024-05-01",
               "indieningsplaats": "ind_loket", "retourticket_of_middelen": True, "eerder_uitwisseling_nl": False,
               "ten_laste_algemene_middelen": False}
CASES = [  # varied, valid Working Holiday cases (grants and refusals on several grounds)
    _AUSTRALIAN,
    {**_AUSTRALIAN, "nationaliteit": "CA", "geboortedatum": "2007-09-01"},
    {**_AUSTRALIAN, "nationaliteit": "NZ", "geboortedatum": "1993-05-01", "retourticket_of_middelen": False,
     "eerder_uitwisseling_nl": True},
    {**_AUSTRALIAN, "nationaliteit": "AR", "geboortedatum": "1999-02-02", "aanvraagdatum": "2023-11-20"},
    {**_AUSTRALIAN, "nationaliteit": "US", "geboortedatum": "1998-01-01"},
]


def _request(method: str, path: str, body: dict | None = None) -> bytes:
    payload = json.dumps(body).encode() if body is not None else b""
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
    if body is not None:
        head += f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n"
    return (head + "\r\n").encode() + payload


def _client(port: int, endpoints: list[list[bytes]], slot: float, start: float, warmup_end: float, end: float,
            out) -> None:
    """One client: one request at a time until ``end``, to the endpoint whose turn it is (they
    take turns of ``slot`` seconds); per endpoint the latencies (s) of those after warm-up."""
    latencies: list[list[float]] = [[] for _ in endpoints]
    errors, sent = [0] * len(endpoints), [0] * len(endpoints)
    while time.time() < start:
        time.sleep(0.001)
    while True:
        t0 = time.time()
        if t0 >= end:
            break
        turn = int((t0 - start) / slot) % len(endpoints)
        requests = endpoints[turn]
        raw = requests[sent[turn] % len(requests)]
        sent[turn] += 1
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(raw)
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        t1 = time.time()
        ok = b"".join(chunks[:1])[9:12] == b"200"
        if t0 >= warmup_end:
            latencies[turn].append(t1 - t0)
            errors[turn] += not ok
    out.put((latencies, errors))


def measure(port: int, runs: dict[str, list[bytes]], concurrency: int, seconds: float, warmup: float,
            slot: float = 0.25) -> dict[str, dict]:
    """Every endpoint for ``seconds`` each, side by side: they take turns of ``slot`` seconds, so
    a neighbour's load on the shared machine falls on all of them alike."""
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    endpoints = list(runs.values())
    start = time.time() + 0.3
    turns = max(1, round(seconds / slot))
    warmup_end = start + max(1, round(warmup / slot / len(endpoints))) * slot * len(endpoints)
    end = warmup_end + turns * slot * len(endpoints)
    procs = [ctx.Process(target=_client, args=(port, endpoints, slot, start, warmup_end, end, queue))
             for _ in range(concurrency)]
    for p in procs:
        p.start()
    results = [queue.get() for _ in procs]
    for p in procs:
        p.join()
    out = {}
    for k, name in enumerate(runs):
        latencies = sorted(x for lat, _ in results for x in lat[k])
        out[name] = {
            "requests": len(latencies),
            "errors": sum(e[k] for _, e in results),
            "rps": len(latencies) / (turns * slot),
            "p50_ms": statistics.median(latencies) * 1000,
            "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
        }
    return out


def _environs(runs: dict[str, list[bytes]]) -> dict[str, list[tuple[dict, bytes]]]:
    from werkzeug.test import EnvironBuilder

    out = {}
    for name, requests in runs.items():
        environs = []
        for raw in requests:
            head, _, body = raw.partition(b"\r\n\r\n")
            method, target = head.split(b" ")[:2]
            path, _, query = target.decode().partition("?")
            builder = EnvironBuilder(method=method.decode(), path=path, query_string=query, data=body or None,
                                     content_type="application/json" if body else None)
            environs.append((builder.get_environ(), body))
        out[name] = environs
    return out


def _call(app, environ: dict, body: bytes) -> None:
    environ = dict(environ)
    environ["wsgi.input"] = io.BytesIO(body)
    for _ in app(environ, lambda status, headers, exc_info=None: None):
        pass


class _Split:
    """Timers around the steps of a request, inside the app (the figures are inclusive)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._undo: list[tuple[object, str, object]] = []

    def wrap(self, owner: object, name: str, label: str) -> None:
        import inspect
        from time import process_time as perf_counter

        original = inspect.getattr_static(owner, name)
        function = original.__func__ if isinstance(original, staticmethod) else original
        seconds = self.seconds
        seconds.setdefault(label, 0.0)

        def timed(*args, **kwargs):
            t0 = perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                seconds[label] += perf_counter() - t0

        setattr(owner, name, staticmethod(timed) if isinstance(original, staticmethod) else timed)
        self._undo.append((owner, name, original))

    def undo(self) -> None:
        for owner, name, original in reversed(self._undo):
            setattr(owner, name, original)
        self._undo.clear()


#: (label, owner module path, attribute): the steps timed, outermost first. ``log`` contains the
#: step below it (the rest of ``log`` is the write lock, BEGIN, INSERT and COMMIT); the rest of a
#: request ("Flask, hooks and the rest") is the total minus the top steps.
_STEPS = (
    ("read_json (parse)", "server.api", "read_json"),
    ("read_json (parse)", "server.yardstick", "read_json"),
    ("read_json (parse)", "server.fastpath", "_parse"),
    ("validate (envelope + facts)", "server.api", "load_decision_request"),
    ("decide", "server.service:Service", "_decide"),
    ("quota count", "server.service", "count"),
    ("log", "server.service:Service", "log"),
    ("  receipt + binds (JSON columns)", "policy.store.store:Store", "_row"),
    ("answer dict", "server.service:Service", "answer"),
    ("jsonify", "server.api", "jsonify"),
    ("jsonify", "server.yardstick", "jsonify"),
    ("jsonify", "server.fastpath", "_encode"),
)


#: The same steps in a checkout from before they were renamed (a side-by-side run against it).
_BEFORE = {("policy.store.store:Store", "_row"): [("policy.store.store:Store", "_receipt"), ("store", "_insert_params")]}


def _owner(store: object, where: str) -> object:
    import importlib

    module, _, cls = where.partition(":")
    try:
        owner = store if module == "store" else importlib.import_module(module)
    except ModuleNotFoundError:  # a checkout from before it existed
        return None
    return getattr(owner, cls) if cls else owner


_TIMED = "total (with timers)"


def in_process(tables: Path, runs: dict[str, list[bytes]], n: int = 3000, chunk: int = 100) -> tuple[dict, dict]:
    """CPU µs per request inside the app alone (no network, no gunicorn), same requests, one
    process with its own SQLite log: the share of each request that is the application's, and
    the same requests with timers around each step (the split). The endpoints take turns in
    chunks of ``chunk`` requests, untimed then timed; each figure is the median over the chunks.
    CPU time of this process (``time.process_time``), so that other processes' load on a
    shared machine does not count. An endpoint named ``(…, app)`` runs on a second app with
    LEAN_DECISIONS off: the same request through Flask's whole round."""
    from server import create_app

    apps = {lean: create_app({"TABLES_DIR": str(tables), "WATCH_INTERVAL": 0, "BARE_ROUTE": True,
                              "DATABASE_URL": f"sqlite:///{tables / f'in-process-{lean}.db'}",
                              "LEAN_DECISIONS": lean})
            for lean in (True, False)}
    environs = _environs(runs)
    totals: dict[str, list[float]] = {name: [] for name in runs}
    splits: dict[str, dict[str, list[float]]] = {name: {} for name in runs}

    def app_of(name: str):
        return apps[not name.endswith(", app)")]

    for name, calls in environs.items():
        for k in range(300):
            _call(app_of(name), *calls[k % len(calls)])
    for _ in range(max(1, n // chunk)):
        for name, calls in environs.items():
            app = app_of(name)
            store = app.extensions["regelwerk"].store
            t0 = time.process_time()
            for k in range(chunk):
                _call(app, *calls[k % len(calls)])
            totals[name].append((time.process_time() - t0) / chunk * 1e6)
            split = _Split()
            for label, where, attribute in _STEPS:
                owner = _owner(store, where)
                if owner is None:
                    continue
                if hasattr(owner, attribute):
                    split.wrap(owner, attribute, label)
                else:
                    for where, attribute in _BEFORE[(where, attribute)]:
                        split.wrap(_owner(store, where), attribute, label)
            t0 = time.process_time()
            try:
                for k in range(chunk):
                    _call(app, *calls[k % len(calls)])
            finally:
                split.undo()
            split.seconds[_TIMED] = time.process_time() - t0
            for label, seconds in split.seconds.items():
                splits[name].setdefault(label, []).append(seconds / chunk * 1e6)
    for app in apps.values():
        app.extensions["regelwerk"].close()
    return ({name: statistics.median(v) for name, v in totals.items()},
            {name: {label: statistics.median(v) for label, v in labels.items()} for name, labels in splits.items()})


def print_split(totals: dict[str, float], splits: dict[str, dict[str, float]]) -> None:
    names = list(totals)
    short = [name.split(" (")[-1].rstrip(")") for name in names]
    w = max(10, *(len(x) + 2 for x in short))
    print(f"{'inside the app, CPU µs per request':34}" + "".join(f"{s:>{w}}" for s in short))
    print(f"{'total (no timers)':34}" + "".join(f"{totals[n]:{w}.0f}" for n in names))
    print(f"{_TIMED:34}" + "".join(f"{splits[n][_TIMED]:{w}.0f}" for n in names))
    labels = list(dict.fromkeys(label for label, _, _ in _STEPS))
    for label in labels:
        print(f"{label:34}" + "".join(f"{splits[n].get(label, 0.0):{w}.0f}" for n in names))
    top = [label for label in labels if not label.startswith(" ")]
    rest = {n: splits[n][_TIMED] - sum(splits[n].get(label, 0.0) for label in top) for n in names}
    print(f"{'Flask (or lean path), hooks, rest':34}" + "".join(f"{rest[n]:{w}.0f}" for n in names))


def _stall(port: int, count: int) -> list[socket.socket]:
    """``count`` connections that send headers and a tenth of their body, then nothing."""
    stalled = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=60)
        sock.sendall(f"POST /v1/decisions/{TABLE} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                     "\r\nContent-Length: 1000\r\n\r\n".encode() + b'{"facts": {')
        stalled.append(sock)
    return stalled


def _timed(port: int, raw: bytes, limit: float) -> float | None:
    """Seconds until the whole answer arrived (None: not within ``limit``)."""
    t0 = time.time()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=limit) as sock:
            sock.sendall(raw)
            while sock.recv(65536):
                pass
    except OSError:
        return None
    return time.time() - t0


def under_stalled_clients(port: int, runs: dict[str, list[bytes]], count: int) -> dict[str, str]:
    """The slowest of 5 answers per endpoint while ``count`` clients stall mid-body."""
    stalled = _stall(port, count)
    try:
        time.sleep(1.0)
        out = {}
        for name, requests in list(runs.items())[:2]:
            times = [_timed(port, requests[k % len(requests)], 10.0) for k in range(5)]
            out[name] = ("> 10 s" if any(t is None for t in times)
                         else f"{max(t for t in times if t is not None) * 1000:.0f} ms")
        return out
    finally:
        for sock in stalled:
            sock.close()


def _answer_size(port: int, raw: bytes) -> int:
    """The length of the body the server answers to ``raw``."""
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(raw)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    assert head[9:12] == b"200", head
    return len(body)


def _runs(port: int) -> dict[str, list[bytes]]:
    """The requests of each endpoint; the bare route gets each logged case's body and answer size."""
    logged = [_request("POST", f"/v1/decisions/{TABLE}", {"facts": c}) for c in CASES]
    sizes = [_answer_size(port, raw) for raw in logged]
    return {
        "GET /health (trivial)": [_request("GET", "/health")],
        "POST /_bare (bare)": [_request("POST", f"/_bare?bytes={n}", {"facts": c}) for c, n in zip(CASES, sizes)],
        f"POST /v1/decisions/{TABLE} (logged)": logged,
        f"POST /v1/decisions/{TABLE} (dry_run)": [
            _request("POST", f"/v1/decisions/{TABLE}", {"facts": c, "dry_run": True}) for c in CASES],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stalled", type=int, default=40)
    parser.add_argument("--sync", action="store_true", help="also measure gunicorn's sync workers (as before)")
    parser.add_argument("--in-process", type=int, default=3000, help="requests per endpoint inside the app")
    args = parser.parse_args()

    tables = Path(tempfile.mkdtemp(prefix="regelwerk-bench-"))
    try:
        target = tables / f"{TABLE}.xlsx"
        target.parent.mkdir(parents=True)
        shutil.copy(REPO / "decision_tables" / f"{TABLE}.xlsx", target)
        print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
        classes = [("threads + body deadline (regelwerk serve)", ())]
        if args.sync:
            classes.append(("sync (before)", ("--worker-class", "sync")))
        runs: dict[str, list[bytes]] = {}
        for label, server_args in classes:
            with live_server(tables, workers=args.workers, server_args=server_args,
                             env={"REGELWERK_BARE_ROUTE": "1"}) as server:
                port = int(server.url.rsplit(":", 1)[1])
                runs = _runs(port)
                print(f"gunicorn {args.workers} workers, {label}; {args.concurrency} clients, "
                      f"{args.seconds:g} s per endpoint in turns of 0.25 s after {args.warmup:g} s warm-up, 127.0.0.1")
                print(f"{'endpoint':58} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} "
                      f"{'/health':>8} {'/ bare':>7}")
                measured = measure(port, runs, args.concurrency, args.seconds, args.warmup)
                health, bare = (measured[name]["rps"] for name in list(runs)[:2])
                for name, r in measured.items():
                    print(f"{name:58} {r['rps']:8.0f} {r['p50_ms']:8.2f} {r['p99_ms']:8.2f} {r['errors']:7d} "
                          f"{r['rps'] / health:8.2f} {r['rps'] / bare:7.2f}")
                if label.startswith("threads"):
                    slowest = under_stalled_clients(port, {k: v for k, v in runs.items() if "bare" not in k},
                                                    args.stalled)
                    print(f"with {args.stalled} clients stalled mid-body, slowest of 5: "
                          + ", ".join(f"{name.split(' (')[0]} {t}" for name, t in slowest.items()))
                print()
        print("goals: logged decision >= 0.60 and dry run >= 0.80 of the bare route's req/s, p99 < 20 ms; "
              "under stalled clients < 2 s")
        print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print()
        inside = {k: v for k, v in runs.items() if "health" not in k}
        inside.update({k.replace(")", ", app)"): v for k, v in runs.items() if k.endswith("logged)") or k.endswith("run)")})
        totals, splits = in_process(tables, inside, args.in_process)
        print_split(totals, splits)
    finally:
        shutil.rmtree(tables, ignore_errors=True)


if __name__ == "__main__":
    main()
