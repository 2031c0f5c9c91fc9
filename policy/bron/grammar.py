"""Read a ``bron`` cell into structured citations.

The grammar (officers' version in docs/werkboek.md, "De kolom bron"):

    bron      := deel (";" deel)*
    deel      := citaat [ "(" regels ")" ] | regels [ "(" notitie ")" ]
    citaat    := instrument verwijzing ("," verwijzing)*      Vc 2000 B2/2.1, B2/2.1.1
               | artikel instrument                           art. 3.80a lid 4 Vb
               | wbv | document                               WBV 2016/7 · De Staat van Migratie 2024
               | "DMN" model "#" regel                        DMN Leeftijd #r1 (written by regelwerk importeer)
    verwijzing:= paragraaf [detail] | artikel                 B9/8.1.2.3 onder A · art. 3.46 lid 3
    paragraaf := [ABC]cijfers["/"cijfers("."cijfers)*]        B2/2.1.1, B8/13, C14
    artikel   := ("art." | "artikel") nummer [detail]         art. 3.80a, art. 4:84
    regels    := regel ("," regel)*
    regel     := NNN ":L" regelnummer ["-" regelnummer]       003:L1251, 003:L1269-1271

A ``detail`` is the rest of the reference in words (``lid 4``, ``onder A sub a 1°``,
``Niet-bijzondere gevallen``); after an instrument-first reference, a comma part that does not
start a new paragraph or article belongs to the detail (``Vb 2000 art. 3.80a, vierde lid``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from policy.bron.instruments import (
    DOCUMENTS, INSTRUMENTS, SEED_VERSIONS, Instrument, WbvVersion, wbv_named,
)

__all__ = ["BronError", "Citation", "SeedPointer", "parse_bron", "bron_citations", "BRON_VOORBEELD"]

#: How a bron cell reads in the canonical form.
BRON_VOORBEELD = "Vc 2000 B2/2.1.1; 003:L1275"

_SEED = r"\d{3}:L\d+(?:-\d+)?"
_SEEDS = re.compile(rf"^{_SEED}(?:\s*,\s*{_SEED})*$")
_SEED_ANYWHERE = re.compile(r"\d{3}:L\d+")
_SEED_PARTS = re.compile(r"(\d{3}):L(\d+)(?:-(\d+))?")
_PARAGRAPH = re.compile(r"^([ABC]\d+(?:/\d+(?:\.\d+)*)?)(?=$|[\s,(])(.*)$", re.S)
_ARTICLE = re.compile(r"^(?:art\.|artikel)\s*(\d+[a-z]*(?:[.:]\d+[a-z]*)*)(?=$|[\s,(])(.*)$", re.S | re.I)
_TRAILING_NOTE = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$", re.S)
_WBV = re.compile(r"^(WBV\s*\d{4}/\d+)(.*)$", re.I | re.S)
#: What ``regelwerk importeer`` writes: the DMN model and the rule's id (no legal citation yet).
_DMN = re.compile(r"^DMN\s+(.+?)\s+#(\S+)$", re.S)
_ALIASES = sorted(((a, i) for i in INSTRUMENTS for a in i.aliases), key=lambda p: -len(p[0]))
_ALIASES_LOWER = [(alias.lower(), alias, instrument) for alias, instrument in _ALIASES]  # lowered once


class BronError(ValueError):
    """A bron cell that does not read; ``message`` is a Dutch sentence for the officer."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class SeedPointer:
    """A line (or lines) in a source document: the developers' secondary pointer."""

    document: str  # "003"
    line: int
    line_end: int | None = None

    @property
    def text(self) -> str:
        return f"{self.document}:L{self.line}" + (f"-{self.line_end}" if self.line_end else "")

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document, "line": self.line, "line_end": self.line_end, "text": self.text}


@dataclass(frozen=True)
class Citation:
    """One legal (or documentary) citation of a bron cell."""

    text: str  # canonical: "Vc 2000 B2/2.1.1", "Vb 2000 art. 3.80a lid 4", "WBV 2016/7"
    kind: str  # "paragraaf", "artikel", "wijzigingsbesluit", "document", "dmn" (imported, no citation yet)
    instrument: str  # "Vc 2000", "Vb 2000", "WBV 2016/7", "De Staat van Migratie 2024"
    title: str  # "Vreemdelingencirculaire 2000"
    number: str | None = None  # "B2/2.1.1", "3.80a"
    detail: str = ""  # "lid 4", "onder A sub a 1°"
    version: str | None = None  # the WBV whose text of the Vc the row encodes: "WBV 2021/22"
    version_date: date | None = None  # the day the encoded text is in force (or the row's start)
    url: str | None = None  # the public text of that version, when its identifier is verified
    version_url: str | None = None  # the publication of the WBV, when the seed text names it
    seeds: tuple[SeedPointer, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "instrument": self.instrument,
            "title": self.title,
            "number": self.number,
            "detail": self.detail or None,
            "version": self.version,
            "version_date": self.version_date.isoformat() if self.version_date else None,
            "url": self.url,
            "version_url": self.version_url,
            "seeds": [s.to_dict() for s in self.seeds],
        }


@dataclass
class _Ref:
    instrument: Instrument | None
    kind: str
    number: str | None
    detail: str
    seeds: tuple[SeedPointer, ...] = ()
    wbv: WbvVersion | None = None
    document: str | None = None


def parse_bron(text: str, geldig_van: date | None = None) -> tuple[tuple[Citation, ...], tuple[SeedPointer, ...]]:
    """The citations and the seed pointers of a bron cell; raises :class:`BronError`.

    ``geldig_van`` (the row's first day) picks the version where the pointers name several and
    dates the citation of a regulation: its text as in force on the later of the WBV's date and
    the row's first day.
    """
    text = " ".join((text or "").split())
    if not text:
        raise BronError("De bron is leeg.")
    refs: list[_Ref] = []
    pointers: list[SeedPointer] = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            raise BronError(f"De bron '{text}' heeft een leeg deel tussen twee puntkomma's.")
        own: tuple[SeedPointer, ...] = ()
        note = _TRAILING_NOTE.match(part)
        if note and note.group(1):
            inner = note.group(2).strip()
            if _SEEDS.match(inner):
                own = _seeds(inner)
                part = note.group(1).strip()
            elif _SEEDS.match(note.group(1).strip()):
                pointers.extend(_seeds(note.group(1).strip()))  # "000:L113 (aanscherping per …)"
                continue
        if _SEEDS.match(part):
            pointers.extend(_seeds(part))
            continue
        if own:
            pointers.extend(own)
        refs.extend(_citation(part, own, text))
    if not refs:
        raise BronError(f"De bron '{text}' noemt alleen regels van een brondocument en geen vindplaats in de "
                        f"regelgeving; zet het instrument en de paragraaf of het artikel ervoor, bijvoorbeeld "
                        f"'{BRON_VOORBEELD}'.")
    return tuple(_finish(r, tuple(pointers), geldig_van) for r in refs), tuple(pointers)


def bron_citations(text: str, geldig_van: date | None = None) -> tuple[Citation, ...]:
    """The citations of a bron cell, or () when it does not read (the checks report that)."""
    try:
        return parse_bron(text, geldig_van)[0]
    except BronError:
        return ()


def _seeds(text: str) -> tuple[SeedPointer, ...]:
    out = []
    for m in _SEED_PARTS.finditer(text):
        end = int(m.group(3)) if m.group(3) else None
        out.append(SeedPointer(m.group(1), int(m.group(2)), end))
    return tuple(out)


def _citation(part: str, own: tuple[SeedPointer, ...], whole: str) -> list[_Ref]:
    if _SEED_ANYWHERE.search(part):
        raise BronError(f"In de bron '{whole}' staat een bronregel midden in een citaat ('{part}'); scheid de "
                        "bronregels met een puntkomma, bijvoorbeeld 'Vc 2000 B2/2.1.1; 003:L1275'.")
    doc = DOCUMENTS.get(part.lower())
    if doc is not None:
        return [_Ref(None, "document", None, "", own, document=doc)]
    dmn = _DMN.match(part)
    if dmn:
        return [_Ref(None, "dmn", f"#{dmn.group(2)}", "", own, document=f"DMN {dmn.group(1)}")]
    wbv = _WBV.match(part)
    if wbv:
        version = wbv_named(wbv.group(1))
        if version is None:
            known = ", ".join(v.name for v in SEED_VERSIONS.values())
            raise BronError(f"'{wbv.group(1)}' is geen WBV die Regelwerk kent (bekend: {known}).")
        return [_Ref(None, "wijzigingsbesluit", None, _detail(wbv.group(2)), own, wbv=version)]
    article = _ARTICLE.match(part)
    if article:  # Dutch citation order: art. 3.80a lid 4 Vb
        number, rest = article.group(1), article.group(2)
        rest_lowered = rest.lower()
        for low, alias, instrument in _ALIASES_LOWER:
            if rest_lowered.endswith(low) and (len(rest) == len(alias) or not rest[-len(alias) - 1].isalnum()):
                detail = _detail(rest[: len(rest) - len(alias)])
                return [_Ref(instrument, "artikel", number, detail, own)]
        for alias, instrument in _ALIASES:
            inside = re.search(rf"(?<![\w]){re.escape(alias)}\s*,\s*(\S.*)$", rest, re.I)
            if inside:
                raise BronError(f"In '{part}' staat na {instrument.name} nog '{inside.group(1)}'; begin een nieuwe "
                                "vindplaats na een puntkomma, bijvoorbeeld 'art. 3.4 Vb; Vc 2000 B11/3'.")
        raise BronError(f"Bij '{part}' staat geen instrument dat Regelwerk kent; zet het erachter of ervoor, "
                        f"bijvoorbeeld 'art. 3.46 Vb' of 'Vb 2000 art. 3.46' (bekend: {_known()}).")
    lowered = part.lower()
    for low, alias, instrument in _ALIASES_LOWER:
        if lowered.startswith(low) and (len(part) == len(alias) or part[len(alias)] in " ,"):
            return _references(instrument, part[len(alias):].strip(" ,"), own, part)
    raise BronError(f"'{part}' is geen bron die Regelwerk kan lezen: begin met een instrument ({_known()}), "
                    f"'art.' of een WBV, bijvoorbeeld '{BRON_VOORBEELD}'.")


def _references(instrument: Instrument, rest: str, own: tuple[SeedPointer, ...], part: str) -> list[_Ref]:
    if not rest:
        raise BronError(f"'{part}' noemt geen paragraaf of artikel; schrijf bijvoorbeeld "
                        f"'{instrument.name} {'B2/2.1.1' if instrument.name == 'Vc 2000' else 'art. 3.46'}'.")
    refs: list[_Ref] = []
    for piece in (p.strip() for p in rest.split(",")):
        paragraph = _PARAGRAPH.match(piece)
        article = _ARTICLE.match(piece)
        if paragraph and instrument.name == "Vc 2000":
            refs.append(_Ref(instrument, "paragraaf", paragraph.group(1), _detail(paragraph.group(2)), own))
        elif article:
            refs.append(_Ref(instrument, "artikel", article.group(1), _detail(article.group(2)), own))
        elif refs and piece:
            refs[-1].detail = f"{refs[-1].detail} {piece}".strip()  # "art. 3.80a, vierde lid"
        else:
            what = "een paragraaf zoals B2/2.1.1" if instrument.name == "Vc 2000" else "een artikel zoals art. 3.46"
            raise BronError(f"In '{part}' volgt op {instrument.name} geen paragraaf of artikel ('{piece}'); "
                            f"schrijf {what}.")
    return refs


def _detail(text: str) -> str:
    return " ".join(text.replace(",", " ").split())


def _known() -> str:
    return ", ".join(i.name for i in INSTRUMENTS if " " in i.name) + ", WBV 2010/20, WBV 2016/7, WBV 2021/22"


def _version(seeds: tuple[SeedPointer, ...], geldig_van: date | None) -> WbvVersion | None:
    versions = sorted({SEED_VERSIONS[s.document] for s in seeds if s.document in SEED_VERSIONS},
                      key=lambda v: v.in_force)
    if not versions:
        return None
    if geldig_van is not None:
        started = [v for v in versions if v.in_force <= geldig_van]
        return started[-1] if started else versions[0]
    return versions[-1]


def _finish(ref: _Ref, pointers: tuple[SeedPointer, ...], geldig_van: date | None) -> Citation:
    seeds = ref.seeds or pointers
    if ref.kind == "document":
        return Citation(ref.document or "", "document", ref.document or "", ref.document or "", seeds=seeds)
    if ref.kind == "dmn":
        name = ref.document or ""
        return Citation(f"{name} {ref.number}", "dmn", name, f"DMN-model {name[4:]}", ref.number, seeds=seeds)
    if ref.kind == "wijzigingsbesluit":
        wbv = ref.wbv
        assert wbv is not None
        text = f"{wbv.name} {ref.detail}".strip()
        return Citation(text, "wijzigingsbesluit", wbv.name, f"Wijzigingsbesluit Vreemdelingencirculaire {wbv.name}",
                        None, ref.detail, wbv.name, wbv.in_force, wbv.url, wbv.url, seeds)
    instrument = ref.instrument
    assert instrument is not None
    wbv = _version(seeds, geldig_van)
    days = [d for d in (wbv.in_force if wbv else None, geldig_van) if d is not None]
    day = max(days) if days else None
    number = ref.number or ""
    text = f"{instrument.name} {number}" if ref.kind == "paragraaf" else f"{instrument.name} art. {number}"
    if ref.detail:
        text = f"{text} {ref.detail}"
    bwbr = instrument.bwbr_for(number)
    url = None
    if bwbr is not None:
        url = f"https://wetten.overheid.nl/{bwbr}" + (f"/{day.isoformat()}" if day else "")
    is_vc = instrument.name == "Vc 2000"
    return Citation(text, ref.kind, instrument.name, instrument.title, number, ref.detail,
                    wbv.name if (wbv and is_vc) else None, day, url,
                    wbv.url if (wbv and is_vc) else None, seeds)
