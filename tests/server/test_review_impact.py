"""What a staged version changes: its row-by-row diff, and its impact on the real decision log
(replayed), whose counts must equal an independent count over the same log."""

from __future__ import annotations

import io
from datetime import date

from policy.evaluation import decide, to_json_value
from policy.reference import ReferenceMatcher

from tests.server.conftest import ADMIN_TOKEN
from tests.server.people import add_people
from tests.server.problems import assert_problem
from tests.server.workbooks import TABLE_ID, facts, proef_bytes

VERSIONS = f"/v1/tables/{TABLE_ID}/versions"
DECIDE = f"/v1/decisions/{TABLE_ID}"
COUNTRIES = ("AU", "AU", "AR", "HK", "AU", "TW", "NZ", "AU")


def _stage(client, people, content):
    response = client.post(VERSIONS, data={"werkboek": (io.BytesIO(content), "proef.xlsx")}, headers=people["anna"])
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()["version"]


def test_the_diff_of_a_staged_version_names_the_changed_row_and_cells(client, people, v1):
    v2 = _stage(client, people, proef_bytes(2))
    diff = client.get(f"{VERSIONS}/{v2}/diff", headers=people["bram"]).get_json()
    assert (diff["against_version"], diff["identical"]) == (v1, False)
    assert diff["summary"]["rules"]["changed"] == [{"table": "hoofd", "regel_id": "R3"}]
    [regels] = [s for s in diff["sheets"] if s["kind"] == "regels"]
    [row] = regels["changed"]
    [cell] = [c for c in row["cells"] if c["column"] == "nationaliteit"]
    assert (cell["old"], cell["new"]) == ("AR, HK, TW", "AR, AU, HK, TW")
    same = client.get(f"{VERSIONS}/{v1}/diff?against={v1}", headers=people["bram"]).get_json()
    assert same["identical"] is True and same["sheets"] == []
    back = client.get(f"{VERSIONS}/{v1}/diff?against={v2}", headers=people["bram"]).get_json()
    assert back["summary"]["rules"]["changed"] == [{"table": "hoofd", "regel_id": "R3"}]
    assert_problem(client.get(f"{VERSIONS}/{v2}/diff?against={'0' * 64}", headers=people["bram"]), 404,
                   "onbekende_versie")
    assert_problem(client.get(f"{VERSIONS}/{v2}/diff"), 401, "niet_geautoriseerd")
    empty = assert_problem(client.get(f"{VERSIONS}/{v2}/diff?against=", headers=people["bram"]), 400,
                           "ongeldig_verzoek")  # an empty ?against= is not "the active version"
    assert "against" in empty["errors"]


def test_impact_replays_the_logged_decisions_of_the_period_and_counts_as_an_independent_count(make_app, v1):
    logging = {}
    for day in ("2024-03-10", "2024-07-01", "2025-01-05"):
        logging[day] = make_app(CLOCK_DATE=day).test_client()
    people = add_people(logging["2024-03-10"].application.extensions["regelwerk"].store, ADMIN_TOKEN)
    logged: list[tuple[str, dict]] = []
    for day, client in logging.items():
        for i, country in enumerate(COUNTRIES):
            case = facts(nationaliteit=country, geboortedatum=f"{1990 + i}-01-01")
            answer = client.post(DECIDE, json={"facts": case}).get_json()
            logged.append((day, answer))
    client = logging["2025-01-05"]
    withdrawn = logged[0][1]["decision_id"]  # not counted: withdrawn
    client.post(f"/v1/decisions/{withdrawn}/withdraw", headers=people["beheer"], json={"reason": "dubbel"})
    client.post(DECIDE, json={"facts": facts(), "dry_run": True})  # never logged

    v2 = _stage(client, people, proef_bytes(2))
    report = client.post(f"{VERSIONS}/{v2}/impact", headers=people["bram"],
                         json={"from": "2024-01-01", "to": "2024-12-31"}).get_json()

    # the independent count: every logged, not withdrawn decision of 2024, decided again case by case
    # (not on the batch path the replay uses) with the draft, on its logged facts and peildatum
    draft = client.application.extensions["regelwerk"].publisher.resolve(TABLE_ID, v2).compiled
    in_period = [a for day, a in logged if day.startswith("2024") and a["decision_id"] != withdrawn]
    independent = 0
    for answer in in_period:
        receipt = client.get(f"/v1/decisions/{answer['decision_id']}").get_json()
        again = decide(draft, _typed(draft, receipt["facts"]), peildatum=date.fromisoformat(receipt["peildatum"]),
                       matcher=ReferenceMatcher())
        independent += to_json_value(again.outputs) != receipt["outputs"]
    assert report["decisions"] == len(in_period) == 15
    assert report["changed"] == independent == 4  # Australians of 30 and 27 (two of each day); 33 and 34 stay too old
    assert report["period"] == {"from": "2024-01-01", "to": "2024-12-31"}
    [group] = report["by_outcome"]
    assert (group["from"]["besluit"], group["to"]["besluit"], group["count"]) == ("afwijzen", "inwilligen", 4)
    assert set(group["examples"]) <= {a["decision_id"] for a in in_period}
    assert {"table": "hoofd", "regel_id": "R3"} in report["by_rows"][0]["rows"]
    inputs = {i["input"]: {v["value"]: v for v in i["values"]} for i in report["by_inputs"]}
    assert inputs["nationaliteit"]["AU"]["share_of_changed"] == 1.0  # every flip is an Australian
    assert {v for v, x in inputs["geboortedatum"].items() if x["changed"]} == {"27 jaar", "30 jaar"}
    assert report["constructed"]["constructed"] is True  # generated cases, apart and labelled
    assert report["against_version"] == [{"version": v1, "decisions": 15, "changed": 4}]

    assert_problem(client.post(f"{VERSIONS}/{v2}/impact", headers=people["bram"],
                               json={"from": "2024-12-31", "to": "2024-01-01"}), 422, "ongeldige_periode")
    assert_problem(client.post(f"{VERSIONS}/{v2}/impact", headers=people["bram"], json={"from": "gisteren"}), 400,
                   "ongeldig_verzoek")
    empty = client.post(f"{VERSIONS}/{v2}/impact", headers=people["bram"],
                        json={"from": "2020-01-01", "to": "2020-12-31"}).get_json()
    assert (empty["decisions"], empty["changed"]) == (0, 0)


def _typed(compiled, facts: dict) -> dict:
    """Logged facts are JSON: dates back to dates, as the service's schemas would read them."""
    kinds = {spec["name"]: spec["type"] for spec in compiled.data["inputs"]}
    return {k: date.fromisoformat(v) if kinds.get(k) == "datum" and isinstance(v, str) else v
            for k, v in facts.items()}
