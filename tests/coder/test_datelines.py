"""A wire dateline ("CAIRO, June 5 (Outlet) -") says where a story was filed: it is never an
actor of the sentence after it, in any of its usual shapes, and `explain` shows the sentence as
the coder reads it. A sentence-opening phrase of place ("On the sidelines of the summit in
Bali, …") does not swallow the subject after its comma."""

from datetime import date

import pytest

from allegiance import code_text
from allegiance.coder.explain import explain
from allegiance.ingest.clean import split_dateline

PUBLISHED = date(2025, 6, 7)
SENTENCE = "Iranian and American envoys held talks on Saturday."


def dyads(text):
    return {(e.source.country, e.target.country if e.target else None) for e in code_text(text, PUBLISHED)}


@pytest.mark.parametrize("dateline", [
    "DOHA, June 5 (Gulf Courier) - ",
    "DOHA, Qatar, June 5 - ",
    "DOHA, June 5, 2025 (Gulf Courier) - ",
    "DOHA, 5 June 2025 - ",
    "Doha, June 5 (Gulf Courier) - ",
    "Doha (Gulf Courier) — ",
])
def test_the_filing_city_is_no_party_to_the_talks(dateline):
    got = dyads(dateline + SENTENCE)
    assert ("IRN", "USA") in got
    assert not any("QAT" in pair for pair in got)


def test_explain_reads_the_sentence_without_its_dateline():
    [shown] = explain("DOHA, June 5 (Gulf Courier) - " + SENTENCE, PUBLISHED)
    assert {(e.source.country, e.target.country) for e in shown.events} == {("IRN", "USA"), ("USA", "IRN")}


@pytest.mark.parametrize("text", [
    "Sunday, June 5 - envoys met again.",
    "Iran, Russia - The talks went on.",
    "US - China talks resumed in Geneva.",
])
def test_a_day_or_a_list_of_names_is_no_dateline(text):
    assert split_dateline(text) == (text, None, None)


def test_a_title_case_dateline_keeps_the_place_as_written():
    assert split_dateline("New Delhi, June 5 (Subcontinent Post) - India met.") == (
        "India met.", "New Delhi", "Subcontinent Post")


@pytest.mark.parametrize("text, pair", [
    ("On the sidelines of the G7 summit in Hiroshima, Biden and Xi held talks.", ("USA", "CHN")),
    ("At a summit in Tehran, Erdogan and Putin signed a gas deal.", ("TUR", "RUS")),
])
def test_names_after_an_opening_place_phrase_are_the_subject(text, pair):
    assert {pair, pair[::-1]} <= dyads(text)
