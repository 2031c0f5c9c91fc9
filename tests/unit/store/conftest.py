from __future__ import annotations

from datetime import date

import pytest

from policy.compiler import compile_table
from policy.evaluation import decide
from policy.model import InputField, OutputField, Test
from policy.store import Store
from tests.support.postgres import fresh_database, postgres_server
from tests.unit.evaluation.model_builder import rule, sub, table


@pytest.fixture(scope="session")
def compiled():
    inputs = [
        InputField("datum", "datum"),
        InputField("land", "keuzelijst", allowed=("AR", "HK")),
        InputField("verleend", "geheel getal", required=False, context=True, default=0),
    ]
    outputs = [OutputField("besluit", "keuzelijst", allowed=("afwijzen", "inwilligen"))]
    rules = [
        rule("R1", 2, {"land": Test("eq", "AR")}, {"besluit": "inwilligen"}, bron="Vc B2/2.1", van=date(2020, 1, 1)),
        rule("R2", 3, {"land": Test("eq", "HK")}, {"besluit": "afwijzen"}, bron="Vc B2/2.2", van=date(2020, 1, 1)),
    ]
    return compile_table(table(inputs, outputs, [sub("hoofd", "UNIQUE", ["land"], ["besluit"], rules)],
                               table_id="uitwisseling/test"))


@pytest.fixture
def decision(compiled):
    return decide(compiled, {"datum": "2024-05-01", "land": "AR"})


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'var' / 'regelwerk.db'}")
    s.migrate()
    yield s
    s.dispose()


@pytest.fixture(scope="session")
def postgres_url():
    with postgres_server() as url:
        yield url


@pytest.fixture
def pg_store(postgres_url):
    s = Store(fresh_database(postgres_url))
    s.migrate()
    yield s
    s.dispose()
