"""The gunicorn worker of ``regelwerk serve``: threaded, and its own errors are problems too.

Threads (gunicorn's ``gthread``) let a worker keep answering while some of its threads wait
for a slow client, and its main loop tells the master it is alive whatever a request does, so
a long request is never killed halfway (the sync worker was: both workers of a service could
be killed by three stalled clients). :class:`server.slowclients.BodyDeadline` bounds how long a
thread waits for a body.

Gunicorn answers what it cannot parse itself (a broken request line, headers too large) with an
HTML page; here that answer is ``application/problem+json`` in Dutch like every other.
"""

from __future__ import annotations

import json
from typing import Any

from gunicorn import util
from gunicorn.workers.gthread import ThreadWorker

from server.problems import PROBLEM_MIMETYPE, PROBLEM_TYPES

__all__ = ["ProblemThreadWorker"]

_PROBLEMS = {  # status -> (code, title, detail) for what gunicorn refuses before the application
    400: ("ongeldig_verzoek", "Het verzoek is geen geldig HTTP-verzoek (verzoekregel, kopregels of chunks)."),
    403: ("verboden", "Dit verzoek wordt niet aangenomen."),
    414: ("adres_te_lang", "De verzoekregel (het adres) is te lang."),
    417: ("verwachting_niet_mogelijk", "Aan de kopregel Expect kan niet worden voldaan."),
    431: ("kopregels_te_groot", "De kopregels zijn te groot of te veel."),
    500: ("interne_fout", "Er ging iets mis in de dienst; zie het serverlog."),
    501: ("niet_ondersteund", "Deze Transfer-Encoding wordt niet ondersteund."),
}
_TITLES = {"verboden": "Verboden", "adres_te_lang": "Adres te lang",
           "verwachting_niet_mogelijk": "Verwachting niet mogelijk", "kopregels_te_groot": "Kopregels te groot",
           "niet_ondersteund": "Niet ondersteund"}


def problem_bytes(status: int, reason: str) -> bytes:
    """A whole HTTP/1.1 answer: the problem document gunicorn's error ``status`` stands for."""
    code, detail = _PROBLEMS.get(status, (f"http_{status}", f"Het verzoek kan niet worden verwerkt (HTTP {status})."))
    title = PROBLEM_TYPES[code][1] if code in PROBLEM_TYPES else _TITLES.get(code, f"HTTP-fout {status}")
    body = json.dumps({"type": f"/problemen/{code}", "title": title, "status": status, "detail": detail,
                       "code": code}, ensure_ascii=False).encode()
    head = (f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\nContent-Type: {PROBLEM_MIMETYPE}\r\n"
            f"X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nContent-Length: {len(body)}\r\n\r\n")
    return head.encode("latin-1") + body


def _write_problem(sock: Any, status_int: int, reason: str, mesg: str) -> None:
    util.write_nonblock(sock, problem_bytes(status_int, reason))


class ProblemThreadWorker(ThreadWorker):
    """gthread, whose own error answers are problem documents."""

    def init_process(self) -> None:
        # Gunicorn's workers write their error pages through gunicorn.util.write_error; in this
        # worker process that is the problem writer.
        util.write_error = _write_problem
        super().init_process()
