"""Criticism of an act is aimed at whoever did it: "criticised the deal Ethiopia signed", "…, a
deployment that Beijing condemned as a threat", "in what Baghdad called a violation", "a verdict
Moscow dismissed as a farce". Words about an act that pass no bad verdict, or only report it,
are no criticism."""

from datetime import date

import pytest

from allegiance.api import code_text

DAY = date(2024, 3, 10)


def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country if e.source else None, e.cameo, e.target.country if e.target else None)
            for e in code_text(text, DAY)}


@pytest.mark.parametrize("text, triple", [
    # the act's doer named in a relative clause on it
    ("Egypt criticised the deal Ethiopia signed with Somaliland.", ("EGY", "111", "ETH")),
    ("Chile blasted the tariffs Washington imposed on its copper.", ("CHL", "111", "USA")),
    # an act that sums up the clause before it: that clause's subject did it
    ("Britain sent a frigate to the strait, a deployment that Beijing condemned as a threat.", ("CHN", "111", "GBR")),
    ("Sweden recognised a Palestinian state, a move Israel called a reward for terrorism.", ("ISR", "111", "SWE")),
    ("Nigeria signed the accord, a step Ghana called \"unfair and unjust\".", ("GHA", "111", "NGA")),
    ("Turkish troops crossed the border in what Baghdad called a flagrant violation of its sovereignty.",
     ("IRQ", "111", "TUR")),
    # criticism in the passive: the "by" phrase criticises
    ("A Russian court sentenced the journalist, a ruling criticised by France.", ("FRA", "111", "RUS")),
    # dismissing an act with a bad verdict
    ("Canada held an election, a vote the Kremlin dismissed as a sham.", ("RUS", "111", "CAN")),
    ("Germany's court jailed the activist, a verdict Moscow dismissed as a politically motivated farce.",
     ("RUS", "111", "DEU")),
    # a verdict word that names an attack
    ("Serbia's president called Kosovo's behaviour \"a hybrid attack.\"", ("SRB", "111", "XKX")),
])
def test_criticism_of_an_act_is_aimed_at_its_doer(text, triple):
    assert triple in _triples(text)


@pytest.mark.parametrize("text", [
    # a verdict on what the act answers is no verdict on the act
    "Indian missiles struck the camps in what New Delhi called a measured response to the massacre.",
    # an act that someone else only reports
    "Britain sent a frigate to the strait, Chinese state media reported.",
])
def test_no_criticism_without_a_verdict_on_the_doer(text):
    assert not {t for t in _triples(text) if t[1].startswith("11")}


def test_dismissed_report_is_no_criticism_by_the_dismisser():
    # a dismissed report is a denial aimed at whoever reported, not criticism of the reported state;
    # the disputed report itself accuses the state it is about (test_reported_accusations.py)
    triples = _triples("U.S. officials said China was building a spy base in Cuba, a report Havana dismissed as slander.")
    assert not {t for t in triples if t[1].startswith("11") and t[0] == "CUB"}
    assert ("USA", "112", "CHN") in triples


def test_praise_in_what_clause_praises_no_one():
    # "in what Petro hailed as a milestone": a verdict on the speaker's own side's deal
    assert not {t for t in _triples("Colombia and the rebels agreed a ceasefire in what Petro hailed as a milestone.")
                if t[1] == "051"}


def test_a_decision_named_only_by_the_noun_is_the_earlier_clauses_deed():
    found = _triples('Poland closed its border crossings with Belarus on Monday, and Minsk called the decision "a provocation".')
    assert ("BLR", "111", "POL") in found


def test_a_participle_verdict_on_a_definite_deed_is_aimed_at_the_reported_doer():
    found = _triples('Iran refused to let inspectors into the Fordow site, the French foreign ministry said, '
                     'calling the refusal "deeply regrettable".')
    assert ("FRA", "111", "IRN") in found


def test_a_verdict_on_ones_own_deed_is_no_criticism():
    found = _triples('Hungary expelled two Slovak diplomats, calling the decision "regrettable but necessary".')
    assert not any(code.startswith("11") for _, code, _ in found)


def test_a_relative_clause_the_parser_lost_still_aims_at_the_deeds_doer():
    found = _triples('A Russian court jailed the Estonian journalist for six years, a ruling Tallinn called "shameful".')
    assert ("EST", "111", "RUS") in found
