"""A bounded pool of durable session ids, borrowed for the length of one ``match`` call.

durable keeps one state ("session") per ``sid`` in every ruleset, never frees it unless asked
(and ``delete_state`` segfaults on a session in which no action ran), and refuses the 1,025th
session of a ruleset. So sessions are few and long-lived: a call borrows a free sid, and gives
it back when it returns, whatever happens, so threads that come and go (or die) never strand
one. A single-threaded worker reuses the same sid for ever. When ``limit`` sids are busy the
next caller waits for one.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from policy.engine.errors import EngineError

__all__ = ["DEFAULT_LIMIT", "Session", "SessionPool"]

#: Sessions per process (per ruleset, since every ruleset sees the same sids). durable's own
#: ceiling is 1,024 per ruleset.
DEFAULT_LIMIT = 64
#: Sessions ever created, including ones retired after an engine error.
_LIFETIME_LIMIT = 512


@dataclass(frozen=True)
class Session:
    sid: str
    prefix: str  # the fact text up to and including ``"d":``


class SessionPool:
    """Hands out at most ``limit`` sessions at a time, reusing them (LIFO).

    The fast path is one ``list.pop``/``list.append`` (atomic under the GIL, which the
    durable extension needs anyway); creating a session or waiting for one takes the lock.
    """

    def __init__(self, limit: int = DEFAULT_LIMIT, *, name: str = "w") -> None:
        if not 1 <= limit <= _LIFETIME_LIMIT:
            raise ValueError(f"limit must be between 1 and {_LIFETIME_LIMIT}")
        self.limit = limit
        self._name = name
        #: the idle sessions (``DurableMatcher`` pops and appends them inline, as ``acquire`` and
        #: ``release`` do when nobody waits)
        self.free: list[Session] = []
        self._cond = threading.Condition(threading.Lock())
        self._live = 0  # created and not retired
        self._created = 0  # ever, including retired sessions
        self.waiting = 0  # callers waiting in ``acquire`` (then ``release`` must notify)

    @property
    def created(self) -> int:
        """Sessions created so far (each is a durable state in every ruleset it touched)."""
        return self._created

    @property
    def busy(self) -> int:
        """Sessions lent out right now."""
        return self._live - len(self.free)

    def acquire(self) -> Session:
        try:
            return self.free.pop()
        except IndexError:
            return self._acquire_slow()

    def _acquire_slow(self) -> Session:
        with self._cond:
            while True:
                try:
                    return self.free.pop()
                except IndexError:
                    pass
                if self._live < self.limit:
                    if self._created >= _LIFETIME_LIMIT:
                        raise EngineError("Te veel durable-sessies aangemaakt in dit proces.")
                    self._created += 1
                    self._live += 1
                    sid = f"{self._name}{self._created}"
                    return Session(sid, '{"sid":"' + sid + '","id":1,"k":1,"d":')
                self.waiting += 1
                try:
                    # A release that raced our check may not have seen us waiting: look again soon.
                    self._cond.wait(0.01)
                finally:
                    self.waiting -= 1

    def release(self, session: Session) -> None:
        self.free.append(session)
        if self.waiting:
            with self._cond:
                self._cond.notify()

    def retire(self, session: Session) -> None:
        """Drop a session whose durable state may be inconsistent (after an engine error)."""
        with self._cond:
            self._live -= 1
            self._cond.notify()
