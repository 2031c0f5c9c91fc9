"""Plugins shared by every suite: one live production server per test session (127.0.0.1)."""

pytest_plugins = ["tests.support.live_server"]
