"""Shared fixtures for the exchange tests: a fresh store per test."""

import pytest

from allegiance.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "events.duckdb") as s:
        yield s
