"""Blocs: communities of states that cooperate with each other over a period."""

from __future__ import annotations

import json
from itertools import permutations

from analysis_store import add, repeat
from typer.testing import CliRunner

from allegiance.analysis.blocs import blocs, find_blocs
from allegiance.analysis.series import parse_period
from allegiance.cli import analysis  # noqa: F401  (registers the commands)
from allegiance.cli.app import app
from allegiance.store import Store

WEST, EAST = ["USA", "GBR", "FRA"], ["RUS", "CHN", "IRN"]


def build(path, year: int = 2017):
    """Two camps: friends within each, hostility across; one weak friendly pair across."""
    events, i = [], 0
    for camp in (WEST, EAST):
        for a, b in permutations(camp, 2):
            events += repeat(a, b, 4.0, f"{year}-03-01", 4, start=i)
            i += 4
    for a in WEST:
        for b in EAST:
            events += repeat(a, b, -5.0, f"{year}-03-01", 3, start=i)
            i += 3
    events += repeat("FRA", "CHN", 1.0, f"{year}-03-01", 3, start=i)  # polite, but not a bloc tie
    with Store(path) as s:
        add(s, f"d{year}", f"{year}-03-02", events)
    return path


def test_two_obvious_blocs_with_members_and_cohesion(tmp_path):
    with Store(build(tmp_path / "s.duckdb")) as s:
        result = blocs(s, parse_period("2017"))
    assert sorted(sorted(b.members) for b in result.blocs) == [sorted(EAST), sorted(WEST)]
    for bloc in result.blocs:
        assert bloc.cohesion > 0.15 and bloc.density == 1.0 and bloc.n_events == 3 * 8
    assert result.bloc_of("gbr").members == sorted(WEST)
    assert result.bloc_of("BRA") is None


def test_periods_and_thresholds_decide_what_is_linked(tmp_path):
    with Store(build(tmp_path / "s.duckdb")) as s:
        assert blocs(s, parse_period("2018")).blocs == []
        assert blocs(s, parse_period("2017"), min_events=100).blocs == []
        assert blocs(s, parse_period("2017"), threshold=0.5).blocs == []
        loose = blocs(s, parse_period("2017"), min_events=1)
    assert all("FRA" not in b.members or "CHN" not in b.members for b in loose.blocs)


def test_same_store_same_blocs(tmp_path):
    with Store(build(tmp_path / "s.duckdb")) as s:
        first, second = blocs(s), blocs(s)
    assert [(b.name, b.members, round(b.cohesion, 9)) for b in first.blocs] == [
        (b.name, b.members, round(b.cohesion, 9)) for b in second.blocs]
    assert find_blocs([]) == []


def test_blocs_command_table_json_and_svg(tmp_path):
    db = build(tmp_path / "s.duckdb")
    runner = CliRunner()
    result = runner.invoke(app, ["blocs", "--period", "2017", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert sorted(sorted(b["members"]) for b in json.loads(result.stdout)["blocs"]) == [sorted(EAST), sorted(WEST)]
    svg = tmp_path / "net.svg"
    table = runner.invoke(app, ["blocs", "--period", "2017", "--db", str(db), "--plot", str(svg)])
    assert table.exit_code == 0, table.output
    assert "CHN IRN RUS" in table.stdout and "FRA GBR USA" in table.stdout
    assert "<svg" in svg.read_text()[:500]
    empty = runner.invoke(app, ["blocs", "--period", "2019", "--db", str(db)])
    assert empty.exit_code == 0 and "No blocs" in empty.stdout
