"""Request plumbing shared by the views: strict JSON bodies, content types, keys and tokens."""

from __future__ import annotations

import hmac
from typing import Any

from flask import current_app, g, request

from policy.store import User
from server.bodies import JsonBodyError, parse_json
from server.problems import Problem

__all__ = ["read_json", "require_admin", "require_api_key", "require_user", "current_user", "service",
           "BOOTSTRAP_USER", "presented_key", "is_api_key"]

#: Who the bootstrap ``REGELWERK_ADMIN_TOKEN`` is: a beheerder of its own.
BOOTSTRAP_USER = User("beheer-token", "beheerder")


def service() -> Any:
    return current_app.extensions["regelwerk"]


def is_json(mimetype: str) -> bool:
    return mimetype == "application/json" or (mimetype.startswith("application/") and mimetype.endswith("+json"))


def is_utf8(charset: str | None) -> bool:
    """No charset, or UTF-8 by any of its spellings (JSON is UTF-8: RFC 8259, section 8.1);
    ``charset`` as Werkzeug parses it from the Content-Type (unquoted)."""
    return charset is None or charset.strip().lower() in ("utf-8", "utf8")


def read_json(*, empty: Any = ...) -> Any:
    """The request body as JSON: 415 if it is not declared JSON, 400 if it does not parse.

    ``NaN``/``Infinity``, duplicate keys and nesting past ``MAX_JSON_DEPTH`` are refused
    (``server.bodies``). ``empty`` is returned for an empty body when given (otherwise an empty
    body is a 400).
    """
    raw = request.get_data(cache=False)
    if not raw.strip() and empty is not ...:
        return empty
    if not is_json(request.mimetype):
        shown = request.mimetype or "geen"
        raise Problem("verkeerd_inhoudstype", f"Stuur JSON met 'Content-Type: application/json' (niet: {shown}).")
    charset = request.mimetype_params.get("charset")
    if not is_utf8(charset):
        raise Problem("verkeerd_inhoudstype", f"JSON is altijd UTF-8 (RFC 8259); de body meldt charset={charset}. "
                      "Stuur UTF-8 met 'Content-Type: application/json' of '; charset=utf-8'.")
    try:
        return parse_json(raw)
    except JsonBodyError as exc:
        raise Problem("ongeldig_verzoek", f"De body is geen geldige JSON: {exc.message}.",
                      errors={"_verzoek": [f"geen geldige JSON: {exc.message}."]}) from None


def _bearer() -> str | None:
    return _bearer_value(request.headers.get("Authorization", ""))


def _bearer_value(authorization: str) -> str | None:
    scheme, _, value = authorization.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def presented_key(authorization: str, x_api_key: str | None) -> str | None:
    """The key a request presents: its Bearer token, else its X-API-Key (the raw header values)."""
    return _bearer_value(authorization) or x_api_key


def is_api_key(config: Any, given: str | None) -> bool:
    """``given`` is one of API_KEYS or the ADMIN_TOKEN (a named user's token is not: see
    :func:`require_api_key`). Compared with every key, so the time taken does not tell which
    one nearly matched. Shared with the lean path (:mod:`server.fastpath`), which lets the app
    answer whatever this does not open."""
    keys = config["API_KEYS"]
    admin_token = config["ADMIN_TOKEN"]
    if admin_token:
        keys = (*keys, admin_token)
    return any([_matches(given, key) for key in keys])


def _matches(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def current_user() -> User | None:
    """The person whose bearer token came with this request: the bootstrap ADMIN_TOKEN, or a
    named user (``regelwerk gebruiker toevoegen``) that was not revoked. None: nobody."""
    if "regelwerk_user" in g:
        return g.regelwerk_user  # type: ignore[no-any-return]
    given = _bearer()
    user = None
    if given is not None:
        token = current_app.config["ADMIN_TOKEN"]
        if token and _matches(given, token):
            user = BOOTSTRAP_USER
        else:
            user = service().store.user_for_token(given)
    g.regelwerk_user = user
    return user


def require_user() -> User:
    """Admin endpoints: ``Authorization: Bearer <token>`` of a named user or the ADMIN_TOKEN."""
    user = current_user()
    if user is not None:
        return user
    if not current_app.config["ADMIN_TOKEN"] and not service().store.has_users():
        raise Problem("beheer_uitgeschakeld", "Beheer staat uit: deze dienst heeft geen ADMIN_TOKEN en geen gebruikers.")
    raise Problem("niet_geautoriseerd", "Stuur 'Authorization: Bearer <uw persoonlijke token>'.",
                  headers={"WWW-Authenticate": 'Bearer realm="regelwerk-beheer"'})


def require_admin() -> None:
    """before_request of the admin blueprint: somebody must be logged in (roles per route)."""
    require_user()


def require_api_key() -> None:
    """When API_KEYS is configured, the /v1 endpoints need one of them (Bearer or X-API-Key).

    The ADMIN_TOKEN and every named user's token open them too: whoever may publish may read
    (the console sends only the personal token).
    """
    config = current_app.config
    if not config["API_KEYS"]:
        return
    given = presented_key(request.headers.get("Authorization", ""), request.headers.get("X-API-Key"))
    if not is_api_key(config, given) and (given is None or current_user() is None):
        raise Problem("niet_geautoriseerd", "Stuur een API-sleutel: 'Authorization: Bearer <sleutel>'.",
                      headers={"WWW-Authenticate": 'Bearer realm="regelwerk"'})
