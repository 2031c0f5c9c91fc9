"""The instruments a ``bron`` cell may cite, the versions of the Vc the sources encode, and links.

Only identifiers that were checked against a public source are listed; an instrument without a
verified identifier gets no link (``Citation.url`` is ``None``) rather than a guessed one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["Instrument", "INSTRUMENTS", "WBV_VERSIONS", "WbvVersion", "DOCUMENTS", "SEED_VERSIONS", "find_instrument"]


@dataclass(frozen=True)
class Instrument:
    """A regulation a citation names: its canonical short name and where its public text is."""

    name: str  # canonical short name, as the structured citation shows it: "Vc 2000"
    title: str  # "Vreemdelingencirculaire 2000"
    aliases: tuple[str, ...]  # how a bron cell may write it (case-insensitive), canonical first
    #: wetten.overheid.nl identifier (BWBR…); for the Vc, per part (A, B, C) of the circulaire.
    bwbr: str | None = None
    bwbr_by_part: tuple[tuple[str, str], ...] = ()
    kind: str = "regeling"  # "regeling" (numbered articles/paragraphs) or "wijzigingsbesluit"

    def bwbr_for(self, number: str | None) -> str | None:
        if self.bwbr_by_part:
            part = (number or "")[:1].upper()
            return dict(self.bwbr_by_part).get(part)
        return self.bwbr


#: Vc 2000 (B) is BWBR0012289 on wetten.overheid.nl; the identifiers of parts A and C were not
#: verified, so a citation of an A or C paragraph has no link.
INSTRUMENTS: tuple[Instrument, ...] = (
    Instrument("Vc 2000", "Vreemdelingencirculaire 2000", ("Vc 2000", "Vc2000", "Vc"),
               bwbr_by_part=(("B", "BWBR0012289"),)),
    Instrument("Vb 2000", "Vreemdelingenbesluit 2000", ("Vb 2000", "Vb2000", "Vb"), bwbr="BWBR0011825"),
    Instrument("Vw 2000", "Vreemdelingenwet 2000", ("Vw 2000", "Vw2000", "Vw"), bwbr="BWBR0011823"),
    Instrument("VV 2000", "Voorschrift Vreemdelingen 2000", ("VV 2000", "VV2000", "VV"), bwbr="BWBR0012002"),
    Instrument("Wi 2013", "Wet inburgering (stelsel tot 2022)", ("Wi 2013",)),
    Instrument("Wi 2021", "Wet inburgering 2021", ("Wi 2021",)),
    Instrument("Wi", "Wet inburgering", ("Wi",)),
    Instrument("Bi 2013", "Besluit inburgering (stelsel tot 2022)", ("Bi 2013",)),
    Instrument("Bi 2021", "Besluit inburgering 2021", ("Bi 2021",)),
    Instrument("Bi", "Besluit inburgering", ("Bi",)),
    Instrument("Awb", "Algemene wet bestuursrecht", ("Awb",)),
    Instrument("Wml", "Wet minimumloon en minimumvakantiebijslag", ("Wml",)),
)


@dataclass(frozen=True)
class WbvVersion:
    """A WBV that amended the Vc: the version a row encodes when it cites that WBV's text."""

    name: str  # "WBV 2016/7"
    in_force: date
    seed: str  # the seed document that holds its text ("001")
    #: The publication the seed text itself names (Staatscourant), or None when it names none.
    publication: str | None = None
    url: str | None = None


WBV_VERSIONS: tuple[WbvVersion, ...] = (
    WbvVersion("WBV 2010/20", date(2011, 1, 1), "002"),
    WbvVersion("WBV 2016/7", date(2016, 7, 1), "001", "Staatscourant 2016, 33962",
               "https://zoek.officielebekendmakingen.nl/stcrt-2016-33962.html"),
    WbvVersion("WBV 2021/22", date(2022, 1, 1), "003"),
)

#: Seed document number -> the WBV whose text it is.
SEED_VERSIONS: dict[str, WbvVersion] = {v.seed: v for v in WBV_VERSIONS}

#: Sources that are not regulations but that the seeds hold (cited by title, no article).
DOCUMENTS: dict[str, str] = {
    "kamerbrief 2025": "Kamerbrief 2025",
    "de staat van migratie 2024": "De Staat van Migratie 2024",
    "staat van migratie 2024": "De Staat van Migratie 2024",
}

_BY_ALIAS: dict[str, Instrument] = {a.lower(): i for i in INSTRUMENTS for a in i.aliases}


def find_instrument(text: str) -> Instrument | None:
    """The instrument ``text`` names (an alias, spaces and case ignored), or None."""
    return _BY_ALIAS.get(" ".join(text.split()).lower())


def wbv_named(text: str) -> WbvVersion | None:
    key = " ".join(text.split()).lower()
    return next((v for v in WBV_VERSIONS if v.name.lower() == key), None)
