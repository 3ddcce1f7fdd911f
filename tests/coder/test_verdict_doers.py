"""A verdict on "what" may name the deed's doer itself: "over what it called Israel's war of
extermination", "in what Oslo called an unprovoked attack by Moscow", "what it called a Russian
provocation". Criticism then aims at that doer, not at whoever the clause around it names; a
verdict that only says what the critic's own protest answers adds no second event."""

from datetime import date

import pytest

from allegiance.api import code_text

DAY = date(2024, 3, 10)


def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country if e.source else None, e.cameo, e.target.country if e.target else None)
            for e in code_text(text, DAY)}


@pytest.mark.parametrize("text, triple", [
    # the verdict's owner
    ("The Jordanian king urged world leaders to halt what he called Israel's \"war of extermination\" in Gaza.",
     ("JOR", "111", "ISR")),
    # an actor word before the verdict noun
    ("Estonia closed two border crossings on Friday, citing what it called a Russian \"hybrid attack\".",
     ("EST", "111", "RUS")),
    # a "by" phrase on the verdict, not the clause's own subject
    ("Norway reinforced its northern garrisons, in what Oslo called an unacceptable provocation by Moscow.",
     ("NOR", "111", "RUS")),
    # the clause's doer when the verdict names none (an "unsafe and unprofessional" manoeuvre)
    ("A Chinese fighter jet released flares near a Canadian patrol plane, in what Ottawa called an "
     "\"unsafe and unprofessional\" manoeuvre.", ("CAN", "111", "CHN")),
])
def test_criticism_aims_at_the_doer_the_verdict_names(text, triple):
    assert triple in _triples(text)


def test_a_verdict_behind_a_protest_adds_no_criticism():
    triples = _triples("Ankara summoned the Dutch ambassador to protest what it called Amsterdam's "
                       "\"provocation\" against Turkish citizens.")
    assert not any(code.startswith("111") for _, code, _ in triples)
