"""The decision service: a Flask adapter over the policy core (the only room importing Flask).

``create_app(config)`` builds it; ``regelwerk serve`` / ``python -m server`` run it under
gunicorn. The HTTP contract is described in docs/api.md.
"""

from server.app import create_app

__all__ = ["create_app"]
