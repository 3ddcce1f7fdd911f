"""Argument phrases of events that name an actor only indirectly: general nouns standing for a
body named before, people from a body, counts of people, owners of non-actor nouns, the sides
of a conflict, and territories that act for themselves."""

from datetime import date

import pytest

from allegiance.api import code_text
from allegiance.evaluation.actors import GoldDocument, GoldMention, resolve_gold


def resolved(text: str, span: str, day: str = "2022-05-10"):
    """The resolved actor for `span` in `text` (None when nobody)."""
    mention = GoldMention(span=span, occurrence=1, country=None)
    doc = GoldDocument(id="t", date=date.fromisoformat(day), text=text, mentions=[mention])
    (result,) = resolve_gold([doc])
    return result.actor


@pytest.mark.parametrize("text,span,expected", [
    # "the group", "the alliance": the nearest body of that kind named before
    ("A senior Hezbollah commander was killed in Beirut, and the group vowed revenge.",
     "the group", "LBNHZB"),
    ("NATO ministers met in Brussels on Tuesday; the alliance agreed to send more air defences.",
     "the alliance", "IGOWSTNAT"),
    # "the country" after a minister of a named state is that state
    ("Chile's finance minister said the country would repay the loan early.", "the country", "CHL"),
    # people "from" a body are that body's
    ("Inspectors from the International Atomic Energy Agency visited the plant at Zaporizhzhia.",
     "Inspectors from the International Atomic Energy Agency", "IGOUNOIAEA"),
    # a count gives way to the word that says who they are
    ("Hundreds of Estonian reservists joined the exercise near the Russian border.",
     "Hundreds of Estonian reservists", "ESTMIL"),
    # a bare count of people is the story's civilians
    ("Thousands marched through Santiago against the Chilean pension reform.", "Thousands", "CHLCVL"),
    # the owner of a non-actor noun acts, not an organisation used as its modifier
    ("Moldova's ruling party welcomed Chisinau's EU accession talks.", "Chisinau's EU accession talks",
     "MDA"),
    # Hong Kong acts in its own name
    ("Hong Kong police detained two activists outside the legislature.", "Hong Kong police", "HKGCOP"),
    # a rioter is a street protester of the story's state
    ("Rioters burned cars in several Belgian cities after the match.", "Rioters", "BELOPP"),
])
def test_phrase_names_the_actor(text, span, expected):
    actor = resolved(text, span)
    assert actor is not None and actor.code == expected, actor


def test_generic_anaphor_carries_the_name():
    actor = resolved("Houthi fighters seized a cargo ship, and the group said more attacks would follow.",
                     "the group")
    assert actor is not None and actor.text == "Houthi"


def test_parties_to_a_conflict_are_not_political_parties():
    actor = resolved("The envoy urged all parties in Aleppo to let the wounded leave.", "all parties in Aleppo")
    assert actor is None or actor.sector != "PTY"


def test_warring_parties_in_a_country_are_that_country():
    actor = resolved("The African Union urged the warring parties in Sudan to return to talks.",
                     "the warring parties in Sudan")
    assert actor is not None and actor.country == "SDN" and actor.sector != "PTY"


def test_survivors_who_speak_do_not_place_the_killers():
    """'… survivors said': a civilian speaker does not lend its state to the phrase's sector."""
    events = code_text("Armed militias killed dozens of villagers in Ituri and drove thousands into "
                       "Uganda, survivors said.", date(2023, 6, 1))
    killed = [e for e in events if e.cameo_root in ("18", "19", "20")]
    assert killed and all(e.target is None or e.target.country != "UGA" for e in killed)
