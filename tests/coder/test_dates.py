"""Event dates: phrases resolved against the publication date, and the historical flag.

The gold set (gold/dates.jsonl) holds date phrases as the coder passes them to the resolver
(the predicate's adjuncts, runs joined by " ; "), each with the sentence it came from.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from allegiance import api
from allegiance.coder.coder import Coder
from allegiance.coder.dates import ERAS, HISTORICAL_AFTER_DAYS, Period, resolve
from allegiance.datafiles import read_tsv
from allegiance.model import Document

GOLD = Path(__file__).resolve().parents[2] / "gold" / "dates.jsonl"
WED = date(2024, 3, 13)  # a Wednesday


def when(text, published=WED, **kw):
    period = resolve(text, published, **kw)
    return None if period is None else period.iso


def gold_rows():
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


# --- the gold set ---------------------------------------------------------------------

def test_gold_set_accuracy():
    rows = gold_rows()
    assert len(rows) >= 150
    exact = historical = 0
    misses = []
    for r in rows:
        published = date.fromisoformat(r["published"]) if r["published"] else None
        p = resolve(r["text"], published)
        got = (p.iso, p.precision) if p else (None, None)
        flag = bool(p and p.is_historical(published))
        exact += got == (r["iso"], r["precision"])
        historical += flag == r["historical"]
        if got != (r["iso"], r["precision"]) or flag != r["historical"]:
            misses.append(f"{r['id']}: {r['text']!r} @ {r['published']} want {r['iso']} {r['precision']} "
                          f"historical={r['historical']}, got {got[0]} {got[1]} historical={flag}")
    print("\n".join(misses))
    assert exact / len(rows) >= 0.90, misses
    assert historical / len(rows) >= 0.95, misses


def test_gold_set_covers_every_kind_and_is_well_formed():
    rows = gold_rows()
    kinds = Counter(r["kind"] for r in rows)
    for kind in ("weekday", "day-word", "unit", "ago", "month-day", "full-date", "month", "season",
                 "year", "decade", "range", "since", "era", "none"):
        assert kinds[kind] >= 5, kind
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["text"] in r["sentence"] or " ; " in r["text"] or r["text"].endswith(" ."), r["id"]
        assert (r["iso"] is None) == (r["precision"] is None), r["id"]


# --- focused behaviour ------------------------------------------------------------------

def test_bare_weekday_is_the_last_one_unless_the_verb_is_future():
    assert when("on Friday") == "2024-03-08"
    assert when("on Wednesday") == "2024-03-13"  # publication day itself
    assert when("will ; on Friday") == "2024-03-15"
    assert when("on Friday", future=True) == "2024-03-15"
    assert when("last Wednesday") == "2024-03-06"
    assert when("next Wednesday") == "2024-03-20"
    assert when("on Friday", published=None) is None


def test_relative_days_weeks_months_years():
    assert when("yesterday") == "2024-03-12"
    assert when("tomorrow", published=date(2023, 12, 31)) == "2024-01-01"
    assert when("last week", published=date(2025, 1, 6)) == "2025-W01"  # ISO week year
    assert resolve("last week", WED).precision == "week"
    assert when("last month", published=date(2024, 1, 15)) == "2023-12"
    assert when("next year") == "2025"
    later = resolve("later this month", WED)
    assert later.iso == "2024-03" and later.is_future(WED)
    assert not resolve("earlier this month", WED).is_future(WED)


def test_counted_spans():
    assert when("four days ago") == "2024-03-09"
    assert when("three years ago") == "2021"
    assert when("a decade ago") == "2014"
    assert resolve("in three weeks", WED).is_future(WED)


def test_explicit_and_undated_days_and_months():
    assert when("on 5 June 2020") == "2020-06-05"
    assert when("June 5, 2020") == "2020-06-05"
    assert when("on 2020-06-05") == "2020-06-05"
    assert when("on February 30, 2020") == "2020"  # no such day: the year still stands
    assert when("on June 5") == "2023-06-05"  # more than two months ahead: last year's
    assert when("on April 2") == "2024-04-02"  # within two months: a scheduled day
    assert when("in June") == "2023-06"
    assert when("will ; in June") == "2024-06"
    assert when("in June 2020") == "2020-06"


def test_decades_centuries_and_eras():
    assert when("in the 1970s") == "1970s"
    assert when("in the '90s") == "1990s"
    assert when("in the 1970s, 80s and 90s") == "1970s/1990s"
    assert when("in the 1990s and 00s") == "1990s/2000s"
    assert when("in the late 1980s") == "1987/1989"
    assert when("in the 20th century") == "1900/1999"
    assert when("during the Cold War") == "1947/1991"
    assert when("during the Iran-Iraq war") == "1980/1988"  # not the 2003 Iraq war
    assert when("a new cold war") is None  # not the Cold War
    assert resolve("in the post-Cold War world", WED).iso == "1991/.."


def test_ranges_use_iso_intervals():
    assert when("between 1998 and 2001") == "1998/2001"
    assert when("from 2010 to 2012") == "2010/2012"
    assert when("2006-2008") == "2006/2008"
    assert when("2006-08") == "2006/2008"
    assert when("from June to August 2015") == "2015-06/2015-08"
    assert resolve("between 1998 and 2001", WED).precision == "year"


def test_since_is_ongoing_not_historical():
    p = resolve("since 2015", WED)
    assert p.iso == "2015/.." and p.open_end
    assert not p.is_historical(WED)
    assert not resolve("since the 1980s", WED).is_historical(WED)


def test_words_that_are_not_dates():
    for text in ("may", "may ; soon", "march on the capital", "killed 2000 people", "with 1500 troops",
                 "worth $2021 million", "about 2010 fighters", "under Resolution 2043", "in their 90s",
                 "with Theresa May", "between 1500 and 2000 troops", "in Mar-a-Lago"):
        assert resolve(text, WED) is None, text


def test_historical_threshold():
    two_years_back = resolve("in 2022", WED)  # ended 438 days before publication
    assert two_years_back.is_historical(WED)
    assert not two_years_back.is_historical(WED, threshold_days=500)
    assert not resolve("in 2023", WED).is_historical(WED)
    assert HISTORICAL_AFTER_DAYS == 365
    assert not Period(date(2023, 3, 14), date(2023, 3, 14), "day").is_historical(WED)  # 365 days
    assert Period(date(2023, 3, 13), date(2023, 3, 13), "day").is_historical(WED)  # 366 days
    assert not Period(date(2023, 3, 13), date(2023, 3, 13), "day").is_historical(WED, threshold_days=366)


def test_threshold_is_configurable_on_the_coder():
    doc = Document(id="d1", text="Iraq invaded Kuwait in 2022.", date=WED)
    default = [e for _, events in api.coder().code([doc]) for e in events]
    patient = [e for _, events in Coder(nlp=api.coder().nlp, historical_after_days=1000).code([doc])
               for e in events]
    assert default and patient
    assert {e.modality for e in default} == {"historical"}
    assert "historical" not in {e.modality for e in patient}
    assert {e.event_date for e in patient} == {"2022"}


def test_era_table_is_reviewable():
    rows = read_tsv("patterns", "eras.tsv")
    assert len(rows) >= 12
    assert list(rows[0]) == ["name", "aliases", "start", "end", "comment"]
    names = [r["name"].lower() for r in rows]
    assert len(set(names)) == len(names)
    for r in rows:
        assert r["end"] is None or int(r["start"]) <= int(r["end"]), r["name"]
    assert len(ERAS) >= len(rows)


@pytest.mark.parametrize("text,iso", [
    ("during the Gulf War", "1990/1991"),
    ("during World War Two", "1939/1945"),
    ("in the Soviet period", "1922/1991"),
    ("during the Arab uprisings", "2010/2012"),
])
def test_era_aliases(text, iso):
    assert when(text) == iso
