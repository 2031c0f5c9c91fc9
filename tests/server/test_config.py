"""Configuration: defaults, then REGELWERK_* variables, then the dict given to create_app."""

from server.config import DEFAULTS, load_config


def test_defaults_need_nothing():
    config = load_config(environ={})
    assert config["DATABASE_URL"] == "sqlite:///var/regelwerk.db"
    assert config["TABLES_DIR"] == "decision_tables"
    assert config["ADMIN_TOKEN"] is None and config["API_KEYS"] == ()
    assert set(config) == set(DEFAULTS)


def test_environment_then_explicit_config_win():
    environ = {"REGELWERK_DATABASE_URL": "postgresql+psycopg://db/regelwerk", "REGELWERK_API_KEYS": "a, b,,c",
               "REGELWERK_MAX_BATCH_CASES": "10", "REGELWERK_WATCH_INTERVAL": "0", "REGELWERK_ADMIN_TOKEN": ""}
    config = load_config({"TABLES_DIR": "/srv/tabellen", "MAX_BATCH_CASES": 5}, environ=environ)
    assert config["DATABASE_URL"] == "postgresql+psycopg://db/regelwerk"
    assert config["API_KEYS"] == ("a", "b", "c")
    assert (config["MAX_BATCH_CASES"], config["WATCH_INTERVAL"], config["TABLES_DIR"]) == (5, 0.0, "/srv/tabellen")
    assert config["ADMIN_TOKEN"] is None  # an empty variable does not enable the admin endpoints
