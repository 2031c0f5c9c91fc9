"""Building many model objects at once, without the cyclic garbage collector in the way.

Reading, checking and compiling a 10,000-row workbook allocates a few million small objects
(cells, locations, conditions, masks) that live until the table is done. CPython's collector
runs a collection every 700 net allocations and, as the survivors pile up, scans them again and
again: measured on the 10,000 x 5 workbook of ``benchmarks/scale.py``, a third of
``regelwerk check``'s CPU (reading 2.9 -> 1.3 s, compiling 0.33 -> 0.08 s). The model is
acyclic, so reference counting frees what these steps drop; :func:`collection_paused` switches
the collector off while any such step runs (nested and from several threads: it comes back on
when the last one ends, if it was on before) and leaves the garbage, if any, to the next
collection. Answers are unchanged; only when the collector runs differs.

Switched back on as is, the collector would at once scan everything made meanwhile (all of it
still in the youngest generation: a second on that workbook under load). So the objects are
first handed to the oldest generation (``gc.freeze()`` then ``gc.unfreeze()``: a move, no
scan), where the next full collection, which comes when enough new objects have piled up as
usual, looks at them, cycles included.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collection_paused"]

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """The cyclic garbage collector off for the ``with`` block (see the module docstring)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                if gc.get_freeze_count() == 0:  # nobody else keeps objects frozen (e.g. before a fork)
                    gc.freeze()  # everything tracked into the oldest generation, without a scan (see above)
                    gc.unfreeze()
                gc.enable()
