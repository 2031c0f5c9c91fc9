"""A bron cell read into citations: every form the bundled workbooks use, versions, links, errors."""

from datetime import date

import pytest

from policy.bron import BronError, bron_citations, parse_bron


def texts(bron, geldig_van=None):
    return [c.text for c in parse_bron(bron, geldig_van)[0]]


def test_paragraphs_after_one_instrument_and_the_seed_pointers():
    citations, seeds = parse_bron("Vc B2/2.1, B2/2.1.1; 003:L1251, 003:L1269-1271")
    assert [c.text for c in citations] == ["Vc 2000 B2/2.1", "Vc 2000 B2/2.1.1"]
    first = citations[0]
    assert (first.kind, first.instrument, first.title, first.number) == (
        "paragraaf", "Vc 2000", "Vreemdelingencirculaire 2000", "B2/2.1")
    assert [s.text for s in seeds] == ["003:L1251", "003:L1269-1271"]
    assert seeds[1].line == 1269 and seeds[1].line_end == 1271
    assert first.seeds == seeds  # without pointers of its own, a citation carries the row's


def test_the_seed_document_names_the_version_and_its_date_dates_the_link():
    [c] = parse_bron("Vc 2000 B2/2.1.1; 003:L1275")[0]
    assert c.version == "WBV 2021/22"
    assert c.version_date == date(2022, 1, 1)
    assert c.url == "https://wetten.overheid.nl/BWBR0012289/2022-01-01"
    [c] = parse_bron("Vc B8/13; 002:L483")[0]
    assert (c.version, c.version_date) == ("WBV 2010/20", date(2011, 1, 1))


def test_a_later_start_of_the_row_dates_the_text_it_encodes():
    [c] = parse_bron("Vc 2000 B2/2.1.1; 003:L1275", date(2023, 3, 1))[0]
    assert c.version == "WBV 2021/22"
    assert c.version_date == date(2023, 3, 1)
    assert c.url.endswith("/2023-03-01")


def test_wbv_2016_7_links_to_the_staatscourant_publication_its_text_names():
    [c] = parse_bron("Vc B9/8.1 ad 2; 001:L742")[0]
    assert c.version == "WBV 2016/7"
    assert c.version_url == "https://zoek.officielebekendmakingen.nl/stcrt-2016-33962.html"
    assert c.detail == "ad 2"
    [w] = parse_bron("WBV 2016/7")[0]
    assert (w.kind, w.url, w.version_date) == ("wijzigingsbesluit", w.version_url, date(2016, 7, 1))


def test_pointers_of_several_versions_pick_the_one_in_force_on_the_rows_start():
    bron = "Vc B9/8.1; 001:L742, 003:L1975"
    assert parse_bron(bron, date(2020, 1, 1))[0][0].version == "WBV 2016/7"
    assert parse_bron(bron, date(2022, 1, 1))[0][0].version == "WBV 2021/22"


def test_articles_in_dutch_citation_order_and_instrument_first():
    assert texts("art. 3.80a lid 4 Vb") == ["Vb 2000 art. 3.80a lid 4"]
    assert texts("art. 3.80a, vierde lid, Vb") == ["Vb 2000 art. 3.80a vierde lid"]
    assert texts("Vb 2000 art. 3.80a, vierde lid") == ["Vb 2000 art. 3.80a vierde lid"]
    assert texts("art. 8 onder a-e en l Vw") == ["Vw 2000 art. 8 onder a-e en l"]
    assert texts("art. 3.24a VV") == ["VV 2000 art. 3.24a"]
    assert texts("art. 8 Wml") == ["Wml art. 8"]
    [awb] = parse_bron("art. 4:84 Awb")[0]
    assert (awb.number, awb.url) == ("4:84", None)  # no verified identifier: no link
    [bi] = parse_bron("art. 2.9 onder a en b Bi")[0]
    assert (bi.instrument, bi.detail) == ("Bi", "onder a en b")
    [vb] = parse_bron("art. 3.46 lid 3 Vb; 002:L483")[0]
    assert vb.url == "https://wetten.overheid.nl/BWBR0011825/2011-01-01"
    assert vb.version is None  # a WBV versions the Vc, not the Vb


def test_a_citation_with_its_own_pointer_and_a_pointer_with_a_note():
    cits, seeds = parse_bron("art. 3.80a lid 4 Vb; Vc B9/8.1 (001:L742); Vc B9/8.1.2.3 (003:L1975)")
    assert [c.version for c in cits] == [None, "WBV 2016/7", "WBV 2021/22"]
    assert [s.text for s in cits[1].seeds] == ["001:L742"]
    assert [s.text for s in seeds] == ["001:L742", "003:L1975"]
    cits, seeds = parse_bron("Kamerbrief 2025; 000:L113 (aanscherping per 2022-10-01)")
    assert [(c.kind, c.text) for c in cits] == [("document", "Kamerbrief 2025")]
    assert [s.text for s in seeds] == ["000:L113"]


def test_paragraph_details_in_use():
    assert texts("Vc B9/8.1.2.3 onder A sub a 1°; 003:L1987") == ["Vc 2000 B9/8.1.2.3 onder A sub a 1°"]
    assert texts("Vc B8/2.1 ad a situatie 3") == ["Vc 2000 B8/2.1 ad a situatie 3"]
    assert texts("Vc B9/8.1 Niet-bijzondere gevallen") == ["Vc 2000 B9/8.1 Niet-bijzondere gevallen"]
    [a] = parse_bron("Vc A1/6")[0]
    assert a.url is None  # part A of the Vc: identifier not verified


def test_the_import_of_a_dmn_model_reads_but_is_no_legal_citation():
    [c] = parse_bron("DMN Leeftijdstoets #regel-1")[0]
    assert (c.kind, c.instrument, c.number, c.url) == ("dmn", "DMN Leeftijdstoets", "#regel-1", None)


@pytest.mark.parametrize("bron, words", [
    ("Vreemdelingencirculaire B2/2.1", "begin met een instrument"),
    ("Vc 2000", "noemt geen paragraaf"),
    ("Vc 2000 B2/2.1.1 003:L1275", "puntkomma"),
    ("003:L1275", "alleen regels van een brondocument"),
    ("WBV 2019/3", "geen WBV die Regelwerk kent"),
    ("art. 3.46", "geen instrument"),
    ("art. 3.4 Vb, B11/3", "begin een nieuwe vindplaats na een puntkomma"),
    ("Vc 2000 hoofdstuk B2", "geen paragraaf of artikel"),
    ("Vc B2/2.1;; 003:L1", "leeg deel"),
    ("", "leeg"),
])
def test_what_does_not_read_is_a_dutch_sentence(bron, words):
    with pytest.raises(BronError) as e:
        parse_bron(bron)
    assert words in e.value.message
    assert bron_citations(bron) == ()


def test_to_dict_is_the_api_shape():
    [c] = parse_bron("Vc 2000 B2/2.1.1; 003:L1275")[0]
    assert c.to_dict() == {
        "text": "Vc 2000 B2/2.1.1", "kind": "paragraaf", "instrument": "Vc 2000",
        "title": "Vreemdelingencirculaire 2000", "number": "B2/2.1.1", "detail": None,
        "version": "WBV 2021/22", "version_date": "2022-01-01",
        "url": "https://wetten.overheid.nl/BWBR0012289/2022-01-01", "version_url": None,
        "seeds": [{"document": "003", "line": 1275, "line_end": None, "text": "003:L1275"}],
    }
