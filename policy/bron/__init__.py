"""A row's ``bron``: the cell text read into structured citations (instrument, paragraph or
article as numbered in the version the row encodes, that version's date, a link to the public
text) with the seed file and line as the secondary pointer. No I/O; used by the checks (a bron
that does not read is an error), the evaluation plan (``MatchedRow.bronnen``) and the motivering.
"""

from policy.bron.grammar import BRON_VOORBEELD, BronError, Citation, SeedPointer, bron_citations, parse_bron
from policy.bron.instruments import DOCUMENTS, INSTRUMENTS, WBV_VERSIONS, Instrument, WbvVersion

__all__ = [
    "BRON_VOORBEELD",
    "BronError",
    "Citation",
    "DOCUMENTS",
    "INSTRUMENTS",
    "Instrument",
    "SeedPointer",
    "WBV_VERSIONS",
    "WbvVersion",
    "bron_citations",
    "parse_bron",
]
