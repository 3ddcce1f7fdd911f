"""Dismissing with a bad verdict: "rejected Rome's remarks as interference", "brushed off
criticism from Oslo as insulting". Dismissing what someone did or said with a bad verdict is
criticism (111) of whoever did or said it, not a rejection (12x); a dismissed proposal stays a
rejection and a dismissed accusation stays a denial (016)."""

from datetime import date

import pytest

from allegiance.api import code_text

DAY = date(2024, 3, 10)


def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country if e.source else None, e.cameo, e.target.country if e.target else None)
            for e in code_text(text, DAY)}


@pytest.mark.parametrize("text, triple", [
    ("The Austrian chancellor rejected Orban's remarks as unacceptable meddling in Austrian politics.",
     ("AUT", "111", "HUN")),
    ("The Fijian prime minister dismissed criticism from New Zealand as insulting.", ("FJI", "111", "NZL")),
    ("Spokeswoman Ana Lima said Brasilia would stay away, dismissing the Argentine summit as pointless.",
     ("BRA", "111", "ARG")),
])
def test_dismissal_with_bad_verdict_is_criticism(text, triple):
    triples = _triples(text)
    assert triple in triples
    assert not any(code.startswith("12") for _, code, _ in triples)


def test_dismissed_proposal_stays_a_rejection():
    triples = _triples("Moscow rejected Kyiv's proposal for a truce as unacceptable.")
    assert any(code.startswith("12") for _, code, _ in triples)
    assert ("RUS", "111", "UKR") not in triples


def test_dismissed_accusation_stays_a_denial():
    triples = _triples("Minsk dismissed Lithuania's accusations as baseless.")
    assert ("BLR", "016", "LTU") in triples
