"""Dyad series: counts by QuadClass and Goldstein per directed dyad and period, from SQL."""

from __future__ import annotations

import pytest
from analysis_store import add, event, repeat

from allegiance.analysis import series
from allegiance.analysis.series import covered, dyad_series, parse_period
from allegiance.store import Store


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        add(s, "jan", "2017-01-20", [
            *repeat("IRQ", "RUS", 3.4, "2017-01-05", 3),
            event("IRQ", "RUS", -2.0, "2017-01-06", i=3),
            event("RUS", "IRQ", 7.4, "2017-01-07", i=4),
            # none of these count:
            event("IRQ", "RUS", 8.0, "2017-01-08", i=5, modality="hypothetical"),
            event("IRQ", "RUS", 1.9, "2017-01-08", i=6, rule="implied:host-visit"),
            event("IRQ", "IRQ", 5.0, "2017-01-08", i=7),
            event("IRQ", "USA", -5.0, "2017-01-08", i=8),
        ])
        # no event date: the publication date (March) places it
        add(s, "mar", "2017-03-02", [event("RUS", "IRQ", -10.0, None, i=0)])
        yield s


def test_month_rows_per_direction_with_quad_counts_and_goldstein(store):
    rows = dyad_series(store, "IRQ", "RUS", period="month")
    got = {(r.period, r.source, r.target): r for r in rows}
    assert set(got) == {("2017-01-01", "IRQ", "RUS"), ("2017-01-01", "RUS", "IRQ"),
                        ("2017-03-01", "RUS", "IRQ")}
    jan = got["2017-01-01", "IRQ", "RUS"]
    assert jan.n == 4  # hypothetical, derived mirror, domestic and other-dyad events left out
    assert jan.quad_counts == {1: 3, 2: 0, 3: 1, 4: 0}
    assert jan.goldstein_sum == pytest.approx(3 * 3.4 - 2.0)
    assert jan.goldstein_mean == pytest.approx((3 * 3.4 - 2.0) / 4)
    assert got["2017-01-01", "RUS", "IRQ"].quad_counts == {1: 0, 2: 1, 3: 0, 4: 0}
    assert got["2017-03-01", "RUS", "IRQ"].goldstein_sum == -10.0


def test_argument_order_does_not_matter_and_years_group(store):
    years = dyad_series(store, "rus", "irq", period="year")
    assert {(r.period, r.source, r.n) for r in years} == {("2017-01-01", "IRQ", 4), ("2017-01-01", "RUS", 2)}


def test_sector_codes_select_and_split(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        add(s, "d", "2018-05-01", [*repeat("IRQGOV", "RUSGOV", 3.0, "2018-05-01", 2),
                                   event("IRQMIL", "RUSGOV", -4.0, "2018-05-01", i=2)])
        assert [r.n for r in dyad_series(s, "IRQ", "RUS")] == [3]
        gov = dyad_series(s, "IRQGOV", "RUS")
        assert [(r.source, r.n, r.goldstein_sum) for r in gov] == [("IRQ", 2, 6.0)]
        split = dyad_series(s, "IRQ", "RUS", by_sector=True)
        assert {(r.source, r.target, r.n) for r in split} == {("IRQGOV", "RUSGOV", 2), ("IRQMIL", "RUSGOV", 1)}


def _group_column(con):
    """Stores from before duplicate grouping lack the column; add it so the test can set it."""
    if not any(row[1] == "group_id" for row in con.execute("PRAGMA table_info('events')").fetchall()):
        con.execute("ALTER TABLE events ADD COLUMN group_id TEXT")
    con.execute("UPDATE events SET group_id = coalesce(group_id, event_id)")


def _two_mentions_of_one_event(s):
    add(s, "d", "2018-05-01", repeat("IRQ", "TUR", 4.0, "2018-05-01", 3))
    con = s._con
    _group_column(con)
    ids = [r[0] for r in con.execute("SELECT event_id FROM events ORDER BY sentence_index").fetchall()]
    con.execute("UPDATE events SET group_id = event_id")
    con.execute("UPDATE events SET group_id = ? WHERE event_id = ?", [ids[0], ids[1]])


def test_mentions_of_one_event_count_once(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        _two_mentions_of_one_event(s)
        (row,) = dyad_series(s, "IRQ", "TUR")
        assert row.n == 2 and row.goldstein_sum == 8.0


def test_a_mention_in_the_next_month_does_not_add_a_month(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        add(s, "may", "2018-05-31", [event("IRQ", "TUR", 4.0, "2018-05-31")])
        add(s, "jun", "2018-06-01", [event("IRQ", "TUR", 5.0, "2018-06-01"), event("IRQ", "TUR", -4.0, "2018-06-20", i=1)])
        con = s._con
        _group_column(con)
        first = con.execute("SELECT event_id FROM events WHERE doc_id = 'may'").fetchone()[0]
        con.execute("UPDATE events SET group_id = ? WHERE event_day = '2018-06-01'", [first])
        rows = dyad_series(s, "IRQ", "TUR")
        assert [(r.period, r.n, r.goldstein_sum) for r in rows] == [("2018-05-01", 1, 4.0), ("2018-06-01", 1, -4.0)]


def test_stores_without_group_column_count_every_event(tmp_path, monkeypatch):
    with Store(tmp_path / "s.duckdb") as s:
        _two_mentions_of_one_event(s)
        monkeypatch.setattr(series, "has_column", lambda *args: False)  # an older store
        (row,) = dyad_series(s, "IRQ", "TUR")
        assert row.n == 3 and row.goldstein_sum == 12.0


def test_covered_span_and_period_window(store):
    first, last = covered(store, "IRQ")
    assert (first.isoformat(), last.isoformat()) == ("2017-01-05", "2017-03-02")
    assert [r.period for r in dyad_series(store, "IRQ", "RUS", within=parse_period("2017-03"))] == ["2017-03-01"]


@pytest.mark.parametrize("text,start,end", [
    ("2017", "2017-01-01", "2018-01-01"),
    ("2017-02", "2017-02-01", "2017-03-01"),
    ("2017-12", "2017-12-01", "2018-01-01"),
    ("2017-02-14", "2017-02-14", "2017-02-15"),
    ("2016-07..2017", "2016-07-01", "2018-01-01"),
])
def test_periods_from_years_months_days_and_ranges(text, start, end):
    p = parse_period(text)
    assert (p.start.isoformat(), p.end.isoformat()) == (start, end)


@pytest.mark.parametrize("text", ["17", "2017-13", "2018..2016", "last year"])
def test_bad_periods_are_refused(text):
    with pytest.raises(ValueError):
        parse_period(text)
