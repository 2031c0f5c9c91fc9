"""``Idempotency-Key``: a retried request that takes effect (a decision, a batch, a withdrawal,
a correction) takes effect once and gets the first answer back.

    @api.post("/v1/decisions/<path:table_id>")
    @idempotent()
    def decide(table_id): ...

A key belongs to the caller's credential (the Bearer token or X-API-Key, hashed) and the route
(method and path). The first request reserves it, does its work and stores its answer; the
reservation is confirmed in the same transaction as the request's first write (see
``policy.store.idempotency``), so concurrent retries can never take two quota places. A retry
with the same request (body, query, content type, Accept) gets the stored answer with
``Idempotent-Replayed: true``; one with another request is 422; one that arrives while the first
is still running waits up to IDEMPOTENCY_WAIT_SECONDS for its answer, then gets 409 with
``Retry-After``. A request that wrote nothing (a refusal, a dry run, a bad request) keeps no
record: its retry runs again. Records are kept IDEMPOTENCY_HOURS (24) hours.
"""

from __future__ import annotations

import functools
import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import timedelta
from typing import Any

from flask import Response, current_app, request

from policy.store.idempotency import DONE, RECORDED, Claim, ClaimLostError, IdempotencyRecord, claiming
from server.http import service
from server.problems import Problem

__all__ = ["idempotent", "credential", "kept_headers", "replay", "HEADER", "MAX_KEY_LENGTH"]

HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 255
_NOT_KEPT = {"content-length", "date", "server", "set-cookie"}


def idempotent(*, max_bytes: str | None = None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Make a view honour ``Idempotency-Key`` (without the header it runs as before).

    ``max_bytes`` names the configuration key of the route's body limit, when the view sets
    one other than MAX_REQUEST_BYTES (the body is read here, before the view runs).
    """
    def wrap(view: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(view)
        def run(*args: Any, **kwargs: Any) -> Any:
            raw = request.headers.get(HEADER)
            if raw is None:
                return view(*args, **kwargs)
            key = _key(raw)
            if max_bytes is not None:
                request.max_content_length = current_app.config[max_bytes]
            body = request.get_data(cache=True)  # the view reads the same bytes again
            got = _reserve(_lookup(key), _fingerprint(body))
            if not isinstance(got, Claim):
                return replay(got)
            return _run_claimed(got, view, args, kwargs)
        return run
    return wrap


def _key(raw: str) -> str:
    key = raw.strip()
    if len(key) > 2 and key[0] == key[-1] == '"':  # the draft standard's structured-field string
        key = key[1:-1]
    if not 1 <= len(key) <= MAX_KEY_LENGTH or not key.isascii() or not key.isprintable() or key != key.strip():
        raise Problem("ongeldig_verzoek",
                      f"De {HEADER} moet 1 tot {MAX_KEY_LENGTH} zichtbare ASCII-tekens zijn (bijvoorbeeld een UUID).",
                      errors={HEADER: [f"1 tot {MAX_KEY_LENGTH} zichtbare ASCII-tekens, bijvoorbeeld een UUID."]})
    return key


def credential() -> str:
    """Who is asking, as the request's credential says (hashed before it is stored)."""
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return "bearer:" + value.strip()
    api_key = request.headers.get("X-API-Key")
    return "api-key:" + api_key if api_key else "anoniem"


def _route() -> str:
    return f"{request.method} {request.path}"


def _lookup(key: str) -> str:
    return hashlib.sha256("\0".join((credential(), _route(), key)).encode()).hexdigest()


def _fingerprint(body: bytes) -> str:
    """What makes two requests "the same": route, query, content type, Accept and body."""
    described = json.dumps([_route(), sorted(request.args.items(multi=True)), request.mimetype,
                            request.headers.get("Accept", ""), hashlib.sha256(body).hexdigest()])
    return hashlib.sha256(described.encode()).hexdigest()


def _reserve(lookup: str, fingerprint: str) -> Claim | IdempotencyRecord:
    """Reserve the key, or wait (a while) for the answer of the request that holds it."""
    config = current_app.config
    store = service().store
    hold = timedelta(seconds=config["IDEMPOTENCY_HOLD_SECONDS"])
    keep = timedelta(hours=config["IDEMPOTENCY_HOURS"])
    deadline = time.monotonic() + config["IDEMPOTENCY_WAIT_SECONDS"]
    pause = 0.01
    while True:
        got = store.reserve_key(lookup, _route(), fingerprint, hold=hold, keep=keep)
        if isinstance(got, Claim):
            return got
        if got.fingerprint != fingerprint:
            raise Problem("idempotentie_sleutel_hergebruikt",
                          f"Deze {HEADER} is al gebruikt voor een ander verzoek op dit adres (andere body, "
                          "parameters of inhoudstype). Gebruik voor elk nieuw verzoek een nieuwe sleutel.")
        if got.state == DONE:
            return got
        if time.monotonic() >= deadline:
            recorded = " en heeft al iets vastgelegd" if got.state == RECORDED else ""
            raise Problem("idempotentie_in_behandeling",
                          f"Een eerder verzoek met deze {HEADER} is nog in behandeling{recorded}. "
                          "Vraag het straks opnieuw, met dezelfde sleutel.", headers={"Retry-After": "1"})
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


def replay(record: IdempotencyRecord) -> Response:
    response = Response(record.body or b"", status=record.status or 200)
    for name, value in record.headers.items():
        response.headers[name] = value
    response.headers["Idempotent-Replayed"] = "true"
    return response


def _run_claimed(claim: Claim, view: Callable[..., Any], args: Any, kwargs: Any) -> Response:
    with claiming(claim):
        try:
            response = current_app.make_response(view(*args, **kwargs))
        except ClaimLostError:
            raise _taken_over() from None
        except Exception as exc:
            if not claim.confirmed:
                service().store.release_key(claim)
                raise
            # It took effect, then failed: keep the answer its retry will get.
            response = current_app.make_response(current_app.handle_user_exception(exc))
    if response.is_streamed:
        response.response = _Recording(claim, response.response, response.status_code, kept_headers(response))
    else:
        _settle(service().store, claim, response.status_code, kept_headers(response), response.get_data())
    return response


def _taken_over() -> Problem:
    return Problem("idempotentie_in_behandeling",
                   f"Een ander verzoek met deze {HEADER} heeft het overgenomen; dit verzoek heeft niets "
                   "vastgelegd. Vraag het opnieuw, met dezelfde sleutel.", headers={"Retry-After": "1"})


def kept_headers(response: Response) -> dict[str, str]:
    return {name: value for name, value in response.headers.items() if name.lower() not in _NOT_KEPT}


def _settle(store: Any, claim: Claim, status: int, headers: dict[str, str], body: bytes) -> None:
    if claim.confirmed:
        store.finish_key(claim, status, headers, body, hashlib.sha256(body).hexdigest())
    else:
        store.release_key(claim)


class _Recording:
    """A streamed answer (a batch): the claim stays in force while it is produced, and the whole
    body is stored when it ends. An answer cut off after it took effect stores nothing: the key
    stays "in behandeling" (its effect is in the log; the case system asks with a new key)."""

    def __init__(self, claim: Claim, chunks: Iterable[Any], status: int, headers: dict[str, str]) -> None:
        self.claim = claim
        self._chunks = chunks
        self._iterator: Iterator[Any] = iter(chunks)
        self._parts: list[bytes] = []
        self._done = False
        self._status, self._headers = status, headers
        self._store = service().store

    def __iter__(self) -> _Recording:
        return self

    def __next__(self) -> Any:
        try:
            with claiming(self.claim):
                chunk = next(self._iterator)
        except StopIteration:
            self._finish()
            raise
        self._parts.append(chunk if isinstance(chunk, bytes) else str(chunk).encode())
        return chunk

    def _finish(self) -> None:
        self._done = True
        _settle(self._store, self.claim, self._status, self._headers, b"".join(self._parts))

    def close(self) -> None:
        if not self._done and not self.claim.confirmed:
            self._store.release_key(self.claim)
        close = getattr(self._chunks, "close", None)
        if close is not None:
            close()
