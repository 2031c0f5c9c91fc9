"""The bare route: the yardstick ``benchmarks/http.py`` measures a decision against.

    POST /_bare?bytes=N    (only with BARE_ROUTE on; never in /openapi.json)

It does what every JSON route of this server does and nothing of a decision's own work: the
same strict body parser (``server.http.read_json``), the app's hooks, then an answer of exactly
``N`` bytes through the app's JSON provider (one string, the cheapest body of that size, so the
ratio a decision reaches against it is if anything on the low side). What a decision costs
beyond it is validating, deciding and logging. Off by default (``REGELWERK_BARE_ROUTE=1``).
"""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from server.http import read_json

__all__ = ["yardstick"]

yardstick = Blueprint("yardstick", __name__)

#: ``{"padding":""}`` and the newline the JSON provider ends an answer with.
_FRAME = len('{"padding":""}\n')
_MAX_BYTES = 1 << 20


@yardstick.post("/_bare")
def bare():
    read_json()
    size = min(max(request.args.get("bytes", 0, type=int), _FRAME), _MAX_BYTES)
    return jsonify({"padding": "x" * (size - _FRAME)})
