"""Strict JSON bodies: bounded nesting, no ``NaN``, no duplicate keys, and Dutch messages.

Python's own wording ("Expecting value: line 1 column 1") never reaches a caller: every
problem is told in Dutch with its line and column.

Two readers, one answer. orjson reads a body first (it refuses ``NaN``/``Infinity`` itself);
whatever it refuses, or reads otherwise than the standard library would, goes to the careful
reader (``json`` with a hook per object), which accepts exactly what it accepted before and
words each problem: integers of 19 digits or more (orjson turns those past 64 bits into
floats), a body orjson cannot read (UTF-16, a byte order mark, a lone surrogate, ``1e400``)
and any body whose objects hold fewer members than it has colons outside strings (a duplicate
key: orjson keeps the last one silently). So duplicate keys, ``NaN``/``Infinity`` and nesting
past :data:`MAX_JSON_DEPTH` are the same 400s as before, with the same messages.

Answers are written by orjson too (:class:`AnswerJSON`, the app's JSON provider), compact and
in UTF-8 as before; what orjson does not write as the standard library would (a key that is no
string, an integer past 64 bits) is written by the standard library.
"""

from __future__ import annotations

import json
import re
from typing import Any

import numpy as np
import orjson
from flask.json.provider import DefaultJSONProvider
from werkzeug.sansio.response import Response

__all__ = ["MAX_JSON_DEPTH", "AnswerJSON", "JsonBodyError", "parse_json", "json_depth"]

#: The deepest nesting of arrays and objects a body may have (a batch needs 4).
MAX_JSON_DEPTH = 32

_BRACKETS_AND_QUOTES = bytes(set(range(256)) - set(b'[]{}"'))
_STRING = re.compile(rb'"[^"]*"')
_LONG_INTEGER = re.compile(rb"[0-9]{19}")
_OPEN, _CLOSE = np.frombuffer(b"[{", np.uint8), np.frombuffer(b"]}", np.uint8)

_MESSAGES = (  # the start of json's message -> Dutch
    ("Expecting value", "hier hoort een waarde"),
    ("Expecting property name enclosed in double quotes", "hier hoort een veldnaam tussen dubbele aanhalingstekens"),
    ("Expecting ',' delimiter", "hier hoort een komma"),
    ("Expecting ':' delimiter", "hier hoort een dubbele punt"),
    ("Unterminated string", "een tekst zonder afsluitend aanhalingsteken"),
    ("Invalid control character", "een stuurteken (zoals een regeleinde) binnen een tekst"),
    ("Invalid \\escape", "een ongeldige escape (\\) in een tekst"),
    ("Invalid \\uXXXX escape", "een ongeldige \\u-escape in een tekst"),
    ("Extra data", "na de JSON-waarde staat nog iets"),
    ("Illegal trailing comma", "een komma te veel"),
)


class JsonBodyError(ValueError):
    """The body is not acceptable JSON; ``message`` is Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _refuse_constant(name: str) -> Any:
    raise JsonBodyError(f"{name} is geen JSON-getal")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise JsonBodyError(f"het veld '{key}' staat er twee keer in")
        out[key] = value
    return out


def json_depth(raw: bytes) -> int:
    """How deeply arrays and objects nest in ``raw`` (brackets inside strings do not count).

    A few passes at C speed: escaped backslashes and quotes go, then everything but brackets
    and quotes, then the strings (two adjacent quotes are always one opening and one closing,
    so removing them keeps the pairing of the others); the depth is the highest running count
    of what is left.
    """
    if b"\\" in raw:
        raw = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    kept = raw.translate(None, _BRACKETS_AND_QUOTES).replace(b'""', b"")
    if b'"' in kept:
        kept = _STRING.sub(b"", kept)
    if not kept:
        return 0
    codes = np.frombuffer(kept, np.uint8)
    steps = np.isin(codes, _OPEN).astype(np.int32) - np.isin(codes, _CLOSE).astype(np.int32)
    return int(np.cumsum(steps).max())


def _members(value: Any) -> int:
    """How many members the objects in ``value`` hold together."""
    if type(value) is dict:
        n = len(value)
        for v in value.values():
            if type(v) is dict or type(v) is list:
                n += _members(v)
        return n
    n = 0
    for v in value:
        if type(v) is dict or type(v) is list:
            n += _members(v)
    return n


def _colons(raw: bytes) -> int:
    """The colons of ``raw`` outside strings: one per object member in valid JSON."""
    if b"\\" in raw:
        raw = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    return _STRING.sub(b"", raw).count(b":")


def _fast(raw: bytes) -> Any:
    """``raw`` read by orjson, or ``_REFUSED`` when the careful reader must decide."""
    if _LONG_INTEGER.search(raw) is not None or b"\\u0000" in raw:
        return _REFUSED
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return _REFUSED
    if type(value) is dict or type(value) is list:
        members = _members(value)
        if raw.count(b":") != members and _colons(raw) != members:
            return _REFUSED
    return value


_REFUSED = object()


def parse_json(raw: bytes) -> Any:
    """``raw`` as JSON, or JsonBodyError with a Dutch message."""
    if raw.count(b"[") + raw.count(b"{") > MAX_JSON_DEPTH and json_depth(raw) > MAX_JSON_DEPTH:
        raise JsonBodyError(f"arrays en objecten zijn dieper dan {MAX_JSON_DEPTH} niveaus genest")
    value = _fast(raw)
    if value is not _REFUSED:
        return value
    return _careful(raw)


def _plain_text(value: Any, where: str = "") -> None:
    """Refuse a string (or key) holding a lone surrogate (``\\ud800``) or a NUL (``\\u0000``)."""
    if isinstance(value, str):
        if "\x00" in value:
            raise JsonBodyError(f"een NUL-teken (\\u0000) hoort niet in een tekst{where}")
        try:
            value.encode()
        except UnicodeEncodeError:
            raise JsonBodyError(f"een losse surrogaat (zoals \\ud800) is geen Unicode-teken{where}") from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _plain_text(key, " (een veldnaam)")
            _plain_text(item, f" (veld '{key}')")  # the key was checked first
    elif isinstance(value, list):
        for item in value:
            _plain_text(item, where)


def _careful(raw: bytes) -> Any:
    try:
        value = json.loads(raw, parse_constant=_refuse_constant, object_pairs_hook=_no_duplicates)
        if b"\\u" in raw or b"\xed" in raw:  # probes: a lone surrogate was a 500, a NUL a 503 on PostgreSQL
            _plain_text(value)
        return value
    except JsonBodyError:
        raise
    except json.JSONDecodeError as exc:
        said = next((dutch for english, dutch in _MESSAGES if exc.msg.startswith(english)), "ongeldige JSON")
        raise JsonBodyError(f"{said} (regel {exc.lineno}, kolom {exc.colno})") from None
    except UnicodeDecodeError:
        raise JsonBodyError("de body is geen UTF-8") from None
    except RecursionError:  # the depth check above makes this unreachable; kept as a backstop
        raise JsonBodyError(f"arrays en objecten zijn dieper dan {MAX_JSON_DEPTH} niveaus genest") from None
    except ValueError:
        raise JsonBodyError("ongeldige JSON") from None


class AnswerJSON(DefaultJSONProvider):
    """The app's JSON provider: answers written by orjson, in insertion order, not ASCII-escaped.

    Dates and dataclasses still go through Flask's ``default`` (an RFC 822 date, ``asdict``), as
    does anything else orjson does not know; a value orjson refuses (a key that is no string,
    an integer past 64 bits) is written by the standard library, as before. ``NaN`` becomes
    ``null`` (the standard library would write the invalid token ``NaN``).
    """

    ensure_ascii = False
    sort_keys = False
    _OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_APPEND_NEWLINE

    def response(self, *args: Any, **kwargs: Any) -> Response:
        if (self.compact is None and self._app.debug) or self.compact is False:
            return super().response(*args, **kwargs)  # indented, for people
        obj = self._prepare_response_obj(args, kwargs)
        response_class: Any = self._app.response_class  # flask.Response (typed as werkzeug's sansio one)
        return response_class(self.encode(obj), mimetype=self.mimetype)  # type: ignore[no-any-return]

    def encode(self, obj: Any) -> bytes:
        """``obj`` as the compact body :meth:`response` answers (newline included)."""
        try:
            return orjson.dumps(obj, default=self.default, option=self._OPTIONS)
        except TypeError:  # orjson.JSONEncodeError is one
            return f"{self.dumps(obj, separators=(',', ':'))}\n".encode()
