"""The application factory: configuration, store, catalog, publication, routes, problems."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, request
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import HTTPException

from policy.catalog import Catalog
from policy.errors import FactsImplausibleError, FactsInvalidError, PolicyError
from policy.evaluation.examples import ExampleResult
from policy.publishing import ExamplesFailedError, InterfaceMismatchError, ReasonRequiredError
from policy.store import Store
from server.bodies import AnswerJSON
from server.config import load_config, now
from server.http import service
from policy.publishing import DirectoryWatcher, Publisher
from server.problems import PROBLEM_MIMETYPE, PROBLEM_TYPES, Problem, problem_response
from server.schemas import RequestInvalid
from server.slowclients import BodyDeadline
from server.service import Service

__all__ = ["create_app"]

log = logging.getLogger("regelwerk.dienst")

_HTTP_CODES = {
    400: "ongeldig_verzoek",
    404: "niet_gevonden",
    405: "methode_niet_toegestaan",
    413: "verzoek_te_groot",
    415: "verkeerd_inhoudstype",
}
_DUTCH_TITLES = {
    401: "Niet geautoriseerd", 403: "Verboden", 406: "Niet aanvaardbaar", 408: "Verzoek duurde te lang",
    409: "Conflict", 411: "Lengte ontbreekt", 412: "Voorwaarde niet voldaan", 414: "Adres te lang",
    416: "Bereik niet mogelijk", 428: "Voorwaarde vereist", 429: "Te veel verzoeken",
    431: "Kopregels te groot", 501: "Niet ondersteund",
}


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the service. ``config`` overrides ``REGELWERK_*`` variables and the defaults.

    Migrates the database, publishes new workbooks from TABLES_DIR, loads the active version
    of every table and (unless WATCH_INTERVAL is 0) keeps watching the directory.
    """
    settings = load_config(config)
    app = Flask(__name__, static_folder="static", static_url_path="/static")
    # OPTIONS is not part of the contract: 405 with the route's Allow, like any other method.
    app.config["PROVIDE_AUTOMATIC_OPTIONS"] = False
    app.config.update(settings)
    app.config["MAX_CONTENT_LENGTH"] = settings["MAX_REQUEST_BYTES"]
    largest = max(settings["MAX_REQUEST_BYTES"], settings["MAX_BATCH_BYTES"], settings["MAX_UPLOAD_BYTES"])
    from server.fastpath import LeanDecisions

    lean = LeanDecisions(app, app.wsgi_app) if settings["LEAN_DECISIONS"] else app.wsgi_app
    app.wsgi_app = BodyDeadline(lean, settings["REQUEST_BODY_SECONDS"], largest)  # type: ignore[method-assign]
    app.json = AnswerJSON(app)  # orjson; insertion order, not ASCII-escaped

    store = Store(settings["DATABASE_URL"])
    store.migrate()
    catalog = Catalog(matcher=settings["MATCHER"])
    publisher = Publisher(store, catalog, settings["TABLES_DIR"], clock=lambda: now(settings),
                          auto_activate=settings["AUTO_ACTIVATE"])
    publisher.scan_directory()  # rejected workbooks are logged there
    publisher.sync(now=True)
    watcher = None
    if settings["WATCH_INTERVAL"] > 0:
        watcher = DirectoryWatcher(publisher, settings["WATCH_INTERVAL"])
    app.extensions["regelwerk"] = Service(settings, store, catalog, publisher, watcher)

    from server.admin import admin
    from server.api import api
    from server.batch import batch
    from server.jobs import jobs
    from server.pages import pages

    for blueprint in (pages, api, batch, admin, jobs):
        app.register_blueprint(blueprint)
    if settings["BARE_ROUTE"]:
        from server.yardstick import yardstick

        app.register_blueprint(yardstick)
    app.before_request(_follow_publication)
    app.after_request(_protective_headers)
    _register_problems(app)
    if watcher is not None:
        watcher.start()
    return app


def example_failure(r: ExampleResult) -> dict[str, Any]:
    return {"voorbeeld": r.name, "rij": r.row, "fout": r.error,
            "verschillen": {k: {"verwacht": e, "kreeg": a} for k, (e, a) in r.differences.items()},
            "melding": r.describe()}


def _size(limit: int) -> str:
    return f"{limit / (1 << 20):g} MiB" if limit >= 1 << 20 else f"{limit / 1024:g} KiB"


def _documented_methods() -> str | None:
    """The methods /openapi.json lists for this path (a route such as ``/v1/decisions/<path>``
    also matches addresses the contract gives to another operation)."""
    import re

    from server.openapi import build_openapi

    for template, item in build_openapi(service())["paths"].items():
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
        if re.fullmatch(pattern, request.path):
            return ", ".join(m.upper() for m in item)
    return None


def _protective_headers(response: Response) -> Response:
    """Every answer: no content sniffing. Every /v1 answer (receipts, quota counts, admin
    results, problems) and every problem: never stored by a cache, it can change or is private."""
    response.headers["X-Content-Type-Options"] = "nosniff"
    if request.path.startswith("/v1/") or response.mimetype == PROBLEM_MIMETYPE:
        response.headers["Cache-Control"] = "no-store"
    return response


def _follow_publication() -> None:
    if request.path.startswith("/v1/") or request.path in ("/ready", "/openapi.json"):
        service().publisher.sync()


def _register_problems(app: Flask) -> None:
    app.register_error_handler(Problem, problem_response)

    @app.errorhandler(RequestInvalid)
    def _invalid_request(exc: RequestInvalid):
        code = "ongeldige_feiten" if exc.facts else "ongeldig_verzoek"
        fields = ", ".join(exc.errors)
        return problem_response(Problem(code, f"Controleer deze velden: {fields}.", errors=exc.errors))

    @app.errorhandler(FactsInvalidError)
    def _invalid_facts(exc: FactsInvalidError):
        if isinstance(exc, FactsImplausibleError):  # a check of sheet Controles: which, and its melding
            return problem_response(Problem("ongeldige_feiten", exc.message, errors=exc.errors, checks=exc.checks))
        return problem_response(Problem("ongeldige_feiten", exc.message, errors=exc.errors))

    @app.errorhandler(ExamplesFailedError)
    def _examples_failed(exc: ExamplesFailedError):
        return problem_response(Problem(exc.code, exc.message, failures=[example_failure(r) for r in exc.failures]))

    @app.errorhandler(InterfaceMismatchError)
    def _other_workbook(exc: InterfaceMismatchError):
        return problem_response(Problem(exc.code, exc.message, differences=exc.differences,
                                        interface_differences=exc.details))

    @app.errorhandler(ReasonRequiredError)
    def _no_reason(exc: ReasonRequiredError):
        return problem_response(Problem(exc.code, exc.message, errors={"reason": [exc.message]}))

    @app.errorhandler(PolicyError)
    def _policy_error(exc: PolicyError):
        status = PROBLEM_TYPES[exc.code][0] if exc.code in PROBLEM_TYPES else 422
        return problem_response(Problem(exc.code, exc.message, status=status,
                                        title=None if exc.code in PROBLEM_TYPES else "Beslissing niet mogelijk"))

    @app.errorhandler(SQLAlchemyError)
    def _database_error(exc: SQLAlchemyError):
        log.exception("database niet bereikbaar")
        return problem_response(Problem("logboek_niet_beschikbaar", "De database is niet bereikbaar."))

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        status = exc.code or 500
        code = _HTTP_CODES.get(status)
        headers = {}
        if status == 405 and exc.valid_methods:  # type: ignore[attr-defined]
            headers["Allow"] = _documented_methods() or ", ".join(exc.valid_methods)  # type: ignore[attr-defined]
        extra: dict[str, Any] = {}
        if status == 413:
            limit = request.max_content_length
            extra["limit_bytes"] = limit
            shown = f"{limit:,}".replace(",", ".") if limit else ""
            detail = (f"De body is groter dan {shown} bytes ({_size(limit)}), de grens van dit adres."
                      if limit else "De body is groter dan deze dienst aanneemt.")
        else:
            detail = {
                400: "Het verzoek kon niet worden gelezen (kapotte body, formulier of kopregel).",
                404: f"Er is niets op '{request.path}'.",
                405: f"{request.method} kan niet op '{request.path}'.",
                415: "Deze Content-Type wordt hier niet aangenomen.",
            }.get(status, f"Het verzoek kan niet worden verwerkt (HTTP {status}).")
        title = None if code else _DUTCH_TITLES.get(status, f"HTTP-fout {status}")
        return problem_response(Problem(code or f"http_{status}", detail, status=status, title=title,
                                        headers=headers, **extra))

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        log.exception("onverwachte fout bij %s %s", request.method, request.path)
        return problem_response(Problem("interne_fout", "Er ging iets mis in de dienst; zie het serverlog."))
