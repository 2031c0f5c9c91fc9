"""The sentences of a decision: templates, generated clauses, values in Dutch, statuses."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date

from policy.catalog import load_table
from policy.evaluation.decide import decide
from policy.motivering.generate import write_motivering
from policy.motivering.words import join_en, show_value
from tests.factories import build_workbook, sample_workbook

FACTS = {"nationaliteit": "AR", "geboortedatum": date(2000, 1, 1), "aanvraagdatum": date(2024, 3, 1),
         "retourticket": True}
OUTCOMES = [["uitvoer", "waarde", "zin"], ["besluit", "afwijzen", "De aanvraag wordt afgewezen"],
            ["besluit", "inwilligen", "De aanvraag wordt ingewilligd"]]


def _compiled(spec=None, uitkomsten=OUTCOMES):
    spec = spec or sample_workbook()
    loaded, diagnostics = load_table(build_workbook(**spec, sheets={"Uitkomsten": uitkomsten} if uitkomsten else None),
                                     table_id="test/motivering")
    assert loaded is not None, [str(d) for d in diagnostics if d.is_error]
    return loaded.compiled


def test_a_template_fills_in_the_facts_and_the_row_cites_its_source():
    spec = copy.deepcopy(sample_workbook())
    spec["rules"][0]["motivering"] = "de aanvrager op {aanvraagdatum} {leeftijd} jaar is"
    decision = decide(_compiled(spec), dict(FACTS, geboortedatum=date(1980, 1, 1)))
    assert decision.motivering == (
        "De aanvraag wordt afgewezen omdat de aanvrager op 1 maart 2024 44 jaar is (Vc 2000 B2/2.1).",)


def test_without_a_template_the_clause_comes_from_the_conditions_and_the_facts():
    decision = decide(_compiled(), dict(FACTS, geboortedatum=date(1980, 1, 1)))
    [sentence] = decision.motivering
    assert sentence == "De aanvraag wordt afgewezen omdat leeftijd is 44 (niet van 18 tot en met 30) (Vc 2000 B2/2.1)."
    [sentence] = decide(_compiled(), dict(FACTS, retourticket=False)).motivering
    assert sentence == "De aanvraag wordt afgewezen omdat retourticket is nee (Vc 2000 B2/2.2)."


def test_a_row_marked_dash_adds_no_reason_and_a_grant_names_its_own():
    spec = copy.deepcopy(sample_workbook())
    spec["rules"][2]["motivering"] = "de nationaliteit {nationaliteit} onder de regeling valt"
    spec["rules"][1]["motivering"] = "-"
    decision = decide(_compiled(spec), FACTS)
    assert decision.motivering == (
        "De aanvraag wordt ingewilligd omdat de nationaliteit AR onder de regeling valt (Vc 2000 B2/2.3).",)
    refused = decide(_compiled(spec), dict(FACTS, retourticket=False))
    assert refused.motivering == ("De aanvraag wordt afgewezen.",)


def test_without_an_outcome_sentence_the_outcome_is_named_plainly():
    decision = decide(_compiled(uitkomsten=None), FACTS)
    assert decision.motivering[0].startswith("Uitkomst: besluit is inwilligen omdat nationaliteit is AR")


def test_an_incomplete_decision_says_which_facts_are_still_needed():
    compiled = _compiled()
    decision = decide(compiled, FACTS)
    incomplete = replace(decision, status="onvolledig", outputs={"besluit": None, "gronden": None},
                         matched_rows=(), missing_facts=("geboortedatum", "verleend_dit_jaar"))
    assert write_motivering(compiled.data, incomplete, FACTS) == [
        "Op de aanvraag kan nog niet worden beslist, omdat nog niet bekend is: geboortedatum en verleend dit jaar."]


def test_a_decision_the_ind_must_judge_says_so_and_names_the_ground():
    spec = copy.deepcopy(sample_workbook())
    spec["outputs"][0]["toegestane_waarden"] = "inwilligen, afwijzen, beoordeling_vereist"
    spec["rules"][1].update(besluit="beoordeling_vereist", motivering="de bron het oordeel aan de IND laat")
    decision = decide(_compiled(spec), dict(FACTS, retourticket=False))
    assert decision.status == "beoordeling_vereist"
    assert decision.motivering[0] == (
        "De IND moet de aanvraag zelf beoordelen omdat de bron het oordeel aan de IND laat (Vc 2000 B2/2.2).")
    assert decision.motivering[1] == "De IND beoordeelt: retourticket."


def test_values_in_dutch_words():
    assert show_value(date(2022, 10, 1)) == "1 oktober 2022"
    assert show_value(True) == "ja" and show_value(False) == "nee"
    assert show_value(12.5) == "12,5" and show_value(30.0) == "30" and show_value(7) == "7"
    assert show_value(["leeftijd", "retourticket", "quotum"]) == "leeftijd, retourticket en quotum"
    assert show_value([]) == "geen" and show_value(None) == "onbekend"
    assert join_en(["a"]) == "a" and join_en(["a", "b"]) == "a en b"
