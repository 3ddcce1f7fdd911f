"""A protest noun is coded when the text names who stages it and whom it is aimed at: a span of
time counting it ("months of protests") or a "by" phrase naming the stagers; a protest whose
stagers or aim go unnamed stays background."""

import pytest

from coding_cases import assert_coded, dyads

SPANS = [
    ("Farmers staged weeks of protests against the French government.", "FRA", "FRAGOV"),
    ("The opposition party has organised months of rallies against the Zambian government.", "ZMB", "ZMBGOV"),
]


@pytest.mark.parametrize("text,source,target", SPANS)
def test_a_span_of_time_counts_the_protests_it_covers(text, source, target):
    assert_coded(text, source, target, ["14"])


BY = [
    ("Protests by farmers against the French government spread across the country.", "FRA", "FRAGOV"),
    ("After weeks of rallies by students against the junta, Myanmar's army chief resigned.", "MMR", "MMRGOV"),
]


@pytest.mark.parametrize("text,source,target", BY)
def test_protests_by_named_stagers_against_a_government(text, source, target):
    assert_coded(text, source, target, ["14"])


@pytest.mark.parametrize("text", [
    "Protests by farmers spread across France on Monday.",
    "The minister resigned after weeks of protests.",
])
def test_protests_without_a_named_aim_stay_background(text):
    assert not any(c.startswith("14") for _, _, c in dyads(text)), dyads(text)


def test_days_of_talks_are_talks():
    got = dyads("After days of talks with Beijing, the European Commission confirmed the tariffs.")
    assert any(c.startswith("04") for _, _, c in got), got


def test_who_leads_a_protest_against_a_government_stages_it():
    assert_coded("The opposition leader led mass protests against the Kenyan government.", "KEN", "KENGOV", ["14"])
