"""The lean path of a plain decision request: the same work and answer, without Flask's round.

    POST /v1/decisions/<table_id>    Content-Type: application/json, a Content-Length, no
                                     Idempotency-Key, not in debug; when API_KEYS is set, one of
                                     them (or the ADMIN_TOKEN) as Bearer token or X-API-Key

Such a request is most of a case system's traffic. Flask would build a request and its
context, match the URL, run the hooks, make a Response and its headers, and pop the context:
about as much as parsing, validating and logging together. Here the WSGI environ goes
straight to the view's own work (:func:`server.api.decide_body`: the same resolve, strict JSON
reader, validation, decision and log) and the answer is written with the headers the app gives
it (``Content-Type``, ``Content-Length``, ``Location``, and the after-request hook's
``X-Content-Type-Options`` and ``Cache-Control``). The app's hooks for this route are
``_follow_publication`` (done here too: ``publisher.sync()``) and the blueprint's
:func:`server.http.require_api_key`; a key that opens the route is checked here with the same
function (:func:`server.http.is_api_key` on the same raw header values), and that check has no
other effect in the app either. Anything else takes the app:

* a request without a key that opens the route: no key, a wrong one (the app answers its
  401, with its body and ``WWW-Authenticate``), or a named user's personal token (the app
  looks it up in the store);
* a request of another shape (method, path, content type, headers, size), and a path the URL
  map does not give to ``api.decide`` (checked once per table path);
* a body that is not valid JSON: the app reads it again and answers its 400;
* any exception of the work (a 400, 404, 409, 422, 503 ...): nothing was logged (a decision
  that is not logged is not given), and the view raises that same exception in the app, so
  the app's handlers and hooks answer it as always (``server.api.FAILED``).

``tests/server/test_fastpath.py`` compares both paths' answers byte for byte, with and without
API keys.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask
from werkzeug.http import parse_options_header

from server.api import FAILED, decide_body
from server.bodies import JsonBodyError, parse_json
from server.http import is_api_key, is_utf8, presented_key

__all__ = ["LeanDecisions"]

_PREFIX = "/v1/decisions/"


class _NotJson(Exception):
    """The body does not parse: the app answers it (with its own wording)."""


class LeanDecisions:
    """WSGI middleware in front of ``app.wsgi_app`` (inside :class:`server.slowclients.BodyDeadline`)."""

    def __init__(self, app: Flask, wsgi_app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app
        self.wsgi_app = wsgi_app
        self._routed: dict[str, bool] = {}  # path -> the URL map gives POST to api.decide

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if (environ.get("REQUEST_METHOD") != "POST" or not path.startswith(_PREFIX) or not path.isascii()
                or not self._plain(environ)):
            return self.wsgi_app(environ, start_response)
        length = int(environ["CONTENT_LENGTH"])
        raw = environ["wsgi.input"].read(length) if length else b""
        if len(raw) != length or not self._routes_to_decide(path, environ):
            return self._to_app(environ, start_response, raw)
        svc = self.app.extensions["regelwerk"]
        try:
            svc.publisher.sync()
            answer, location = decide_body(svc, path[len(_PREFIX):], lambda: _parse(raw))
        except _NotJson:
            return self._to_app(environ, start_response, raw)
        except Exception as exc:
            environ[FAILED] = exc
            return self._to_app(environ, start_response, raw)
        body = _encode(self.app, answer)
        headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
        if location is not None:
            headers.append(("Location", location))
        headers += [("X-Content-Type-Options", "nosniff"), ("Cache-Control", "no-store")]
        start_response("200 OK", headers)
        return [body]

    def _plain(self, environ: dict[str, Any]) -> bool:
        """A request whose handling by the app does not depend on more than its body."""
        content_type = environ.get("CONTENT_TYPE", "")
        mimetype, _, params = content_type.partition(";")
        mimetype = mimetype.strip().lower()
        if params and not is_utf8(parse_options_header(content_type)[1].get("charset")):
            return False  # the app answers another charset (415)
        length = environ.get("CONTENT_LENGTH", "")
        config = self.app.config
        return (mimetype == "application/json" and length.isdigit() and int(length) <= config["MAX_CONTENT_LENGTH"]
                and "HTTP_IDEMPOTENCY_KEY" not in environ and "HTTP_TRANSFER_ENCODING" not in environ
                and not self.app.debug and self._opened(environ))

    def _opened(self, environ: dict[str, Any]) -> bool:
        """No API keys are configured, or the request presents one (``require_api_key`` lets it in)."""
        config = self.app.config
        if not config["API_KEYS"]:
            return True
        given = presented_key(environ.get("HTTP_AUTHORIZATION", ""), environ.get("HTTP_X_API_KEY"))
        return is_api_key(config, given)

    def _routes_to_decide(self, path: str, environ: dict[str, Any]) -> bool:
        routed = self._routed.get(path)
        if routed is None:
            try:
                svc = self.app.extensions["regelwerk"]
                svc.catalog.get(path[len(_PREFIX):])  # only live tables' paths are remembered
            except Exception:
                return False
            adapter = self.app.url_map.bind_to_environ(environ)
            try:
                endpoint, _ = adapter.match(path, method="POST")
            except Exception:  # noqa: BLE001 - a 404 or 405 is the app's to answer
                endpoint = None
            routed = self._routed[path] = endpoint == "api.decide"
        return routed

    def _to_app(self, environ: dict[str, Any], start_response: Callable[..., Any], raw: bytes) -> Iterable[bytes]:
        """The app, with the bytes read so far as the body (a short one stays short)."""
        environ["wsgi.input"] = io.BytesIO(raw)
        return self.wsgi_app(environ, start_response)


def _encode(app: Flask, answer: dict[str, Any]) -> bytes:
    return app.json.encode(answer)  # type: ignore[attr-defined, no-any-return]  # server.bodies.AnswerJSON


def _parse(raw: bytes) -> Any:
    if not raw.strip():
        raise _NotJson
    try:
        return parse_json(raw)
    except JsonBodyError:
        raise _NotJson from None

