"""The alignment index: shrunk mean of Goldstein/10 with a 90% band, checked on built cases."""

from __future__ import annotations

import math

import pytest
from analysis_store import add, event, repeat

from allegiance.analysis.index import (
    PRIOR_SD,
    PRIOR_WEIGHT,
    Z90,
    alignment_matrix,
    dyad_alignment,
    partner_alignment,
    shrunk_index,
)
from allegiance.store import Store


def test_no_events_means_neutral_with_the_prior_band():
    m, se, low, high = shrunk_index(0, 0.0, 0.0)
    assert m == 0.0
    assert se == pytest.approx(PRIOR_SD / math.sqrt(PRIOR_WEIGHT))
    assert (low, high) == pytest.approx((-Z90 * se, Z90 * se))


def test_formula_on_a_worked_example():
    # 10 events at Goldstein +5 → x = 0.5 each: Σx = 5, Σx² = 2.5
    m, se, low, high = shrunk_index(10, 5.0, 2.5)
    assert m == pytest.approx(5 / 20)
    spread = (10 * (0.5 - 0.25) ** 2 + PRIOR_WEIGHT * PRIOR_SD**2) / 20
    assert se == pytest.approx(math.sqrt(spread / 20))
    assert low == pytest.approx(m - Z90 * se) and high == pytest.approx(m + Z90 * se)


def test_band_narrows_with_evidence_and_stays_in_range():
    widths = []
    for n in (1, 10, 100, 1000):
        m, _, low, high = shrunk_index(n, n * 1.0, n * 1.0)  # every event +10
        assert -1 <= low <= m <= high <= 1
        widths.append(high - low)
    assert widths == sorted(widths, reverse=True)


@pytest.fixture()
def three_vs_three_hundred(tmp_path):
    """IRQ–SYR: 3 attacks (-10) against 300 ordinary cooperative events (+3).
    IRQ–IRN: 3 events at the top of the scale (+10). IRQ–JOR: 300 events at +3."""
    with Store(tmp_path / "s.duckdb") as s:
        add(s, "syr", "2017-05-01", repeat("IRQ", "SYR", -10.0, "2017-05-01", 3)
            + repeat("SYR", "IRQ", 3.0, "2017-05-01", 300, start=3))
        add(s, "irn", "2017-05-01", repeat("IRQ", "IRN", 10.0, "2017-05-01", 3))
        add(s, "jor", "2017-05-01", repeat("JOR", "IRQ", 3.0, "2017-05-01", 300))
        yield s


def test_three_strong_events_do_not_outweigh_three_hundred(three_vs_three_hundred):
    by_partner = {a.b: a for a in partner_alignment(three_vs_three_hundred, "IRQ")}
    syr, irn, jor = by_partner["SYR"], by_partner["IRN"], by_partner["JOR"]
    assert syr.n == 303 and syr.index > 0.25  # the 300 set the tone, the 3 attacks dent it
    assert jor.index > irn.index  # 300 moderate events beat 3 extreme ones in the ranking...
    assert jor.low > irn.low  # ...and on the cautious end of the band
    assert irn.high - irn.low > 5 * (jor.high - jor.low)  # and the thin evidence shows as a wide band
    assert [a.b for a in partner_alignment(three_vs_three_hundred, "IRQ")] == ["JOR", "SYR", "IRN"]


def test_matrix_joins_both_directions_into_one_pair(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        add(s, "a", "2017-01-10", repeat("USA", "GBR", 4.0, "2017-01-10", 4)
            + repeat("GBR", "USA", 4.0, "2017-01-10", 4, start=4)
            + repeat("USA", "RUS", -5.0, "2017-01-10", 2, start=8))
        pairs = alignment_matrix(s)
        assert [(p.a, p.b, p.n) for p in pairs] == [("GBR", "USA", 8), ("RUS", "USA", 2)]
        assert pairs[0].index == pytest.approx(8 * 0.4 / 18) and pairs[1].index < 0
        assert [(p.a, p.b) for p in alignment_matrix(s, min_events=3)] == [("GBR", "USA")]


def test_dyad_turning_hostile_month_by_month_with_empty_months_filled(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        add(s, "jan", "2017-01-15", repeat("IRQ", "TUR", 5.0, "2017-01-15", 20))
        add(s, "apr", "2017-04-15", repeat("TUR", "IRQ", -6.0, "2017-04-15", 20)
            + [event("TUR", "IRQ", -10.0, "2017-04-16", i=20, quad=4)])
        months = dyad_alignment(s, "IRQ", "TUR", period="month")
        assert [m.period for m in months] == ["2017-01-01", "2017-02-01", "2017-03-01", "2017-04-01"]
        assert [m.n for m in months] == [20, 0, 0, 21]
        assert months[0].low > 0 and months[3].high < 0
        assert months[1].index == 0 and months[1].high - months[1].low > months[0].high - months[0].low
        assert [m.period for m in dyad_alignment(s, "IRQ", "TUR", period="month", fill=False)] == [
            "2017-01-01", "2017-04-01"]
        assert [m.period for m in dyad_alignment(s, "IRQ", "TUR", period="week", fill=False)] == [
            "2017-01-09", "2017-04-10"]  # ISO weeks start on Monday


def test_query_benchmark_runs_on_a_small_synthetic_store():
    import json
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "benchmarks" / "queries.py"
    run = subprocess.run([sys.executable, str(script), "--events", "10000", "--repeat", "1", "--json"],
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["events"] == 10000
    assert result["dyad_series_rows"] > 0 and result["matrix_pairs"] > 100
    assert result["dyad_month_series_s"] > 0 and result["alignment_matrix_all_time_s"] > 0
    assert result["peak_memory_mb"] > 0
