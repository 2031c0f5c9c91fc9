"""HTTP throughput and latency of a decision against a trivial endpoint of the same server.

    .venv/bin/python benchmarks/http.py [--concurrency 4] [--seconds 5]

Starts the production server (gunicorn, 2 sync workers, 127.0.0.1) over a copy of
``decision_tables/uitwisseling/working_holiday.xlsx`` with a fresh SQLite decision log, then
drives each endpoint in turn with a bounded load: ``concurrency`` client processes, each sending
one request at a time for ``seconds`` (after a warm-up). Decisions are real ones: validated,
decided on durable-rules and logged before the answer. Prints requests/s, p50 and p99 per
endpoint and the ratio to the trivial endpoint (``GET /health``). Nothing is asserted here.

The table is printed for the service as ``regelwerk serve`` runs it (threaded workers, the body
deadline) and, for comparison, for gunicorn's sync workers (``--worker-class sync``, as before).
For each it then measures ``GET /health`` and a logged decision while ``--stalled`` clients
(40) sit in the middle of their request body: the slow-client protection.
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


def _client(port: int, requests: list[bytes], start: float, warmup_end: float, end: float, out) -> None:
    """One client: one request at a time until ``end``; latencies (s) of those after warm-up."""
    latencies, errors, n = [], 0, 0
    while time.time() < start:
        time.sleep(0.001)
    while True:
        t0 = time.time()
        if t0 >= end:
            break
        raw = requests[n % len(requests)]
        n += 1
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(raw)
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        t1 = time.time()
        ok = b"".join(chunks[:1])[9:12] == b"200"
        if t0 >= warmup_end:
            latencies.append(t1 - t0)
            errors += not ok
    out.put((latencies, errors))


def measure(port: int, requests: list[bytes], concurrency: int, seconds: float, warmup: float) -> dict:
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    start = time.time() + 0.3
    warmup_end, end = start + warmup, start + warmup + seconds
    procs = [ctx.Process(target=_client, args=(port, requests, start, warmup_end, end, queue))
             for _ in range(concurrency)]
    for p in procs:
        p.start()
    results = [queue.get() for _ in procs]
    for p in procs:
        p.join()
    latencies = sorted(x for lat, _ in results for x in lat)
    errors = sum(e for _, e in results)
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": len(latencies) / seconds,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
    }


def in_process(tables: Path, runs: dict[str, list[bytes]], n: int = 3000) -> dict[str, float]:
    """µs per request inside the Flask app alone (no network, no gunicorn), same requests, one
    process with its own SQLite log: the share of each request that is the application's."""
    from werkzeug.test import EnvironBuilder

    from server import create_app

    app = create_app({"TABLES_DIR": str(tables), "DATABASE_URL": f"sqlite:///{tables / 'in-process.db'}",
                      "WATCH_INTERVAL": 0})
    out = {}
    for name, requests in runs.items():
        environs = []
        for raw in requests:
            head, _, body = raw.partition(b"\r\n\r\n")
            method, path = head.split(b" ")[:2]
            builder = EnvironBuilder(method=method.decode(), path=path.decode(), data=body or None,
                                     content_type="application/json" if body else None)
            environs.append((builder.get_environ(), body))

        def call(k: int) -> None:
            environ, body = environs[k % len(environs)]
            environ = dict(environ)
            environ["wsgi.input"] = io.BytesIO(body)
            for _ in app(environ, lambda status, headers, exc_info=None: None):
                pass

        for k in range(300):
            call(k)
        t0 = time.perf_counter()
        for k in range(n):
            call(k)
        out[name] = (time.perf_counter() - t0) / n * 1e6
    app.extensions["regelwerk"].close()
    return out


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stalled", type=int, default=40)
    args = parser.parse_args()

    tables = Path(tempfile.mkdtemp(prefix="regelwerk-bench-"))
    try:
        target = tables / f"{TABLE}.xlsx"
        target.parent.mkdir(parents=True)
        shutil.copy(REPO / "decision_tables" / f"{TABLE}.xlsx", target)
        for label, server_args in (("threads + body deadline (regelwerk serve)", ()),
                                   ("sync (before)", ("--worker-class", "sync"))):
            with live_server(tables, workers=args.workers, server_args=server_args) as server:
                port = int(server.url.rsplit(":", 1)[1])
                runs = {
                    "GET /health (trivial)": [_request("GET", "/health")],
                    f"POST /v1/decisions/{TABLE} (logged)": [
                        _request("POST", f"/v1/decisions/{TABLE}", {"facts": c}) for c in CASES],
                    f"POST /v1/decisions/{TABLE} (dry_run)": [
                        _request("POST", f"/v1/decisions/{TABLE}", {"facts": c, "dry_run": True}) for c in CASES],
                }
                print(f"gunicorn {args.workers} workers, {label}; {args.concurrency} clients, "
                      f"{args.seconds:g} s per endpoint after {args.warmup:g} s warm-up, 127.0.0.1")
                print(f"{'endpoint':58} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'ratio':>6}")
                baseline = None
                for name, requests in runs.items():
                    r = measure(port, requests, args.concurrency, args.seconds, args.warmup)
                    baseline = baseline or r["rps"]
                    print(f"{name:58} {r['rps']:8.0f} {r['p50_ms']:8.2f} {r['p99_ms']:8.2f} {r['errors']:7d} "
                          f"{r['rps'] / baseline:6.2f}")
                slowest = under_stalled_clients(port, runs, args.stalled)
                print(f"with {args.stalled} clients stalled mid-body, slowest of 5: "
                      + ", ".join(f"{name.split(' (')[0]} {t}" for name, t in slowest.items()))
                print()
        print("goal: logged decision >= 0.60 of the trivial endpoint's req/s, p99 < 20 ms; "
              "under stalled clients < 2 s")
        app_us = in_process(tables, runs)
        print("inside the app alone (µs per request, one process, no network): "
              + ", ".join(f"{name.split(' (')[-1].rstrip(')')} {us:.0f}" for name, us in app_us.items()))
    finally:
        shutil.rmtree(tables, ignore_errors=True)


if __name__ == "__main__":
    main()
