"""Slow and stalled clients: a body must arrive within REQUEST_BODY_SECONDS, whole.

Gunicorn's threaded workers (``regelwerk serve``, :mod:`server.workers`) keep answering while
some threads wait for a client; this middleware makes sure no client keeps one waiting for
long. It reads the body before the application sees it, with a deadline for the whole body
(not per read: a client trickling one byte a second gets no more time), and answers a client
that does not make it with 408 ``verzoek_te_traag``; the reading side of its connection is shut
down, so the connection ends after the answer. A body larger
than the service ever accepts is left to the application's 413, unread.

Only under gunicorn (it puts the socket in ``gunicorn.socket``); elsewhere it passes through.
"""

from __future__ import annotations

import heapq
import io
import itertools
import os
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from server.problems import Problem, problem_response

__all__ = ["BodyDeadline"]

_CHUNK = 1 << 16


class BodyDeadline:
    """WSGI middleware: the whole request body within ``seconds``, at most ``max_bytes`` read."""

    def __init__(self, app: Callable[..., Iterable[bytes]], seconds: float, max_bytes: int) -> None:
        self.app = app
        self.seconds = seconds
        self.max_bytes = max_bytes

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        sock = environ.get("gunicorn.socket")
        length = _content_length(environ)
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        if sock is None or self.seconds <= 0 or (length is None and not chunked) or length == 0:
            return self.app(environ, start_response)
        if length is not None and length > self.max_bytes:
            return self.app(environ, start_response)  # refused unread (413)
        wanted = length if length is not None else self.max_bytes + 1
        watch = _WATCHDOG.watch(sock, time.monotonic() + self.seconds)
        try:
            body = _read(environ["wsgi.input"], wanted)
        except Exception:
            if not watch.fired:
                raise
        finally:
            _WATCHDOG.forget(watch)
        if watch.fired:
            return self._too_slow(environ, start_response)
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        environ.pop("HTTP_TRANSFER_ENCODING", None)
        environ["wsgi.input_terminated"] = True
        return self.app(environ, start_response)

    def _too_slow(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        problem = Problem("verzoek_te_traag",
                          f"De body kwam niet binnen {self.seconds:g} seconden helemaal binnen; de verbinding "
                          "wordt gesloten. Stuur het verzoek opnieuw.", headers={"Connection": "close"},
                          limit_seconds=self.seconds)
        return problem_response(problem)(environ, start_response)


def _content_length(environ: dict[str, Any]) -> int | None:
    raw = environ.get("CONTENT_LENGTH") or ""
    return int(raw) if raw.isdigit() else None


def _read(stream: Any, wanted: int) -> bytes:
    parts: list[bytes] = []
    got = 0
    while got < wanted:
        chunk = stream.read(min(_CHUNK, wanted - got))
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


@dataclass(order=True)
class _Watch:
    deadline: float
    number: int
    sock: socket.socket = field(compare=False)
    fired: bool = field(default=False, compare=False)
    done: bool = field(default=False, compare=False)


class _Watchdog:
    """One thread per process that ends the reading side of sockets whose deadline passed.

    Per-read socket timeouts cannot bound a whole body (a client trickling a byte at a time
    satisfies every read); shutting the reading side down makes the blocked read return at once.
    """

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._heap: list[_Watch] = []
        self._numbers = itertools.count()
        self._pid = -1

    def watch(self, sock: socket.socket, deadline: float) -> _Watch:
        entry = _Watch(deadline, next(self._numbers), sock)
        with self._lock:
            if self._pid != os.getpid():  # first use in this (forked) process
                self._pid = os.getpid()
                self._heap = []
                threading.Thread(target=self._run, name="regelwerk-body-deadline", daemon=True).start()
            heapq.heappush(self._heap, entry)
            if self._heap[0] is entry:
                self._lock.notify()
        return entry

    def forget(self, entry: _Watch) -> None:
        with self._lock:
            entry.done = True  # left in the heap; skipped when its time comes

    def _run(self) -> None:
        with self._lock:
            while True:
                while self._heap and self._heap[0].done:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._lock.wait()
                    continue
                left = self._heap[0].deadline - time.monotonic()
                if left > 0:
                    self._lock.wait(left)
                    continue
                entry = heapq.heappop(self._heap)
                entry.fired = True
                try:
                    entry.sock.shutdown(socket.SHUT_RD)
                except OSError:
                    pass


_WATCHDOG = _Watchdog()
