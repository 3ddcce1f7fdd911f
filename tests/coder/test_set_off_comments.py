"""A comma-set -ing clause at the end of a sentence comments on the sentence: "…, drawing
condemnation from Uganda" is aimed at the main clause's subject even when the parser hangs it on
a subjectless verb inside a phrase ("despite being…"), and "…, Kenya said, blaming Ethiopian
forces for the attack" is the speaker's own accusation even when the parser hangs it on the
clause reported."""

from datetime import date

import pytest

from allegiance.api import code_text

DAY = date(2024, 3, 10)


def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country if e.source else None, e.cameo[:3], e.target.country if e.target else None)
            for e in code_text(text, DAY)}


@pytest.mark.parametrize("text, triple", [
    # the reaction is aimed at the main clause's subject, past a subjectless verb in a phrase
    ("Tanzania did not arrest the warlord during his visit to Dodoma on Monday despite being a member of the "
     "court, drawing condemnation from Uganda.", ("UGA", "111", "TZA")),
    ("Chile did not expel the envoy despite being urged to by its allies, drawing criticism from Peru.",
     ("PER", "111", "CHL")),
    # the parenthetical speaker blames, not the clause the participle hangs on
    ("A bomb destroyed a bridge near the border, Kenya said, blaming Ethiopian forces for the attack.",
     ("KEN", "112", "ETH")),
])
def test_set_off_comment_names_its_parties(text, triple):
    assert triple in _triples(text)


def test_toll_keeps_no_doer_from_the_main_clause():
    # "…, killing 11 people" is the toll of the attack, not a killing by the one who reported it
    text = "Peru said a boat it believed was carrying smugglers sank on Tuesday, killing 11 people."
    assert not any(code.startswith(("18", "19", "20")) for _, code, _ in _triples(text))
