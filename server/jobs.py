"""Long requests become jobs: answered within JOB_AFTER_SECONDS, or 202 with a status URL.

    @admin.post("/v1/tables/<path:table_id>/versions")
    @background()
    def stage_version(table_id): ...

The request runs in a thread of its own (a fresh request context over the same environ and the
body bytes, through the same before-request checks). When it is done within JOB_AFTER_SECONDS
its answer is the answer; otherwise the caller gets ``202 Accepted`` with
``Location: /v1/jobs/<job_id>`` and the thread goes on. ``GET /v1/jobs/<job_id>`` (with the same
credential) says ``{"status": "bezig"}`` with ``Retry-After`` until the request is done, then
answers what the request answered (status, headers and body). Jobs are kept with the
idempotency records (``policy.store.idempotency``), so any worker can tell.
"""

from __future__ import annotations

import functools
import hashlib
import io
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from flask import Blueprint, Flask, Response, current_app, jsonify, request

from policy.store.idempotency import DONE, Claim
from server.http import require_api_key, service
from server.idempotency import credential, kept_headers, replay
from server.problems import Problem

__all__ = ["background", "jobs"]

jobs = Blueprint("jobs", __name__)
jobs.before_request(require_api_key)

_IN_THREAD = "regelwerk.job"


def _lookup(job_id: str, who: str) -> str:
    return hashlib.sha256("\0".join((who, "job", job_id)).encode()).hexdigest()


def background() -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Answer within JOB_AFTER_SECONDS, or hand the request over to a job (202)."""
    def wrap(view: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(view)
        def run(*args: Any, **kwargs: Any) -> Any:
            if request.environ.get(_IN_THREAD) or current_app.config["JOB_AFTER_SECONDS"] <= 0:
                return view(*args, **kwargs)
            return _run_in_thread(current_app._get_current_object())  # type: ignore[attr-defined]
        return run
    return wrap


def _run_in_thread(app: Flask) -> Response:
    body = request.get_data(cache=True)
    environ = {k: v for k, v in request.environ.items() if not k.startswith(("werkzeug.", "gunicorn."))}
    environ.update({"wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body)), _IN_THREAD: True})
    environ.pop("HTTP_TRANSFER_ENCODING", None)
    who = credential()
    state: dict[str, Any] = {}
    lock = threading.Lock()

    def work() -> None:
        with app.request_context(environ):
            response = app.full_dispatch_request()
            data = response.get_data()  # a job's answer is never streamed
        with lock:
            state["response"] = response
            claim = state.get("job")
        if claim is not None:
            _finish(app, claim, response, data)

    thread = threading.Thread(target=work, name="regelwerk-job", daemon=True)
    thread.start()
    thread.join(current_app.config["JOB_AFTER_SECONDS"])
    with lock:
        if "response" in state:
            return state["response"]
        job_id = str(uuid.uuid4())
        keep = timedelta(hours=current_app.config["IDEMPOTENCY_HOURS"])
        claim = service().store.reserve_key(_lookup(job_id, who), f"JOB {request.method} {request.path}", job_id,
                                            hold=keep, keep=keep)
        assert isinstance(claim, Claim)  # a new uuid
        state["job"] = claim
    started = datetime.now(UTC).isoformat()
    response = jsonify({"job_id": job_id, "status": "bezig", "started_at": started, "url": f"/v1/jobs/{job_id}",
                        "detail": "Dit verzoek duurt langer; het loopt door. Vraag de uitkomst op via 'url'."})
    response.status_code = 202
    response.headers["Location"] = f"/v1/jobs/{job_id}"
    response.headers["Retry-After"] = "5"
    return response


def _finish(app: Flask, claim: Claim, response: Response, data: bytes) -> None:
    store = app.extensions["regelwerk"].store
    store.finish_key(claim, response.status_code, kept_headers(response), data, hashlib.sha256(data).hexdigest())


@jobs.get("/v1/jobs/<job_id>")
def get_job(job_id: str):
    record = service().store.idempotency_record(_lookup(job_id, credential()))
    if record is None:
        raise Problem("onbekende_taak", f"Er is geen taak '{job_id}' (voor deze sleutel), of ze is verlopen.")
    if record.state == DONE:
        response = replay(record)
        del response.headers["Idempotent-Replayed"]
        return response
    response = jsonify({"job_id": job_id, "status": "bezig", "started_at": record.created_at.isoformat(),
                        "url": f"/v1/jobs/{job_id}"})
    response.headers["Retry-After"] = "5"
    return response
