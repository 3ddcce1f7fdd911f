"""Reactions named as nouns: "drew a rebuke from X", "sparked outrage in X", "over the
objections of X", "prompting X to lodge a protest". The reacting party is the source; the one
whose act it answers is the target."""

from datetime import date

import pytest

from allegiance.api import code_text

DAY = date(2024, 3, 10)


def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country if e.source else None, e.cameo, e.target.country if e.target else None)
            for e in code_text(text, DAY)}


@pytest.mark.parametrize("text, triple", [
    # a deed as the subject of the reception verb: its doer is the target
    ("Norway opened an embassy in Taipei, a move that drew sharp criticism from Beijing.", ("CHN", "111", "NOR")),
    ("Serbia's president called Kosovo a fake state, remarks that drew sharp criticism from Albania.",
     ("ALB", "111", "SRB")),
    # causing verbs: sparked, prompted, triggered
    ("Austria signed a gas deal with Moscow, prompting an outcry from Ukraine.", ("UKR", "111", "AUT")),
    ("Poland closed its border crossings with Belarus, sparking outrage in Minsk.", ("BLR", "110", "POL")),
    # the reacting party as a possessor or an "of" owner
    ("Canada's decision to recognise Palestine drew Trump's ire.", ("USA", "110", "CAN")),
    ("Italy's premier shook hands with the Taliban envoy, drawing the wrath of Washington.", ("USA", "110", "ITA")),
    # a reaction in a phrase of the clause it answers
    ("The Philippine parliament approved the treaty over the objections of China.", ("CHN", "111", "PHL")),
    ("Serbia held the military parade despite criticism from Croatia.", ("HRV", "111", "SRB")),
    ("Ghana expelled the ambassador, much to the anger of Nigeria.", ("NGA", "110", "GHA")),
    ("Argentina pressed ahead with the reforms in the face of protests from Chile.", ("CHL", "141", "ARG")),
    # an act that was prompted answers the one who prompted it
    ("Japan sent a destroyer through the strait, prompting China to lodge a protest.", ("CHN", "114", "JPN")),
])
def test_the_reacting_party_acts_on_the_one_it_answers(text, triple):
    assert triple in _triples(text)


def test_criticism_of_a_state_is_aimed_at_it_not_from_it():
    found = _triples("Greece held the vote despite criticism of Turkey.")
    assert not any(s == "TUR" for s, _, _ in found)


def test_protests_in_a_place_are_not_its_government_reacting():
    # "outrage in Minsk" is Belarus reacting; "protests in Cairo" are not Egypt's government protesting
    assert _triples("Egypt raised fuel prices, sparking protests in Cairo.") == set()


def test_a_warning_in_a_phrase_is_not_read_as_a_reaction():
    found = _triples("Serbia held the military parade despite warnings from Croatia.")
    assert ("HRV", "130", "SRB") not in found


# a reaction told in a clause on a noun that renames the deed (or the saying) set before it is
# aimed at whoever did the deed, or said it
@pytest.mark.parametrize("text, triple", [
    # a relative clause on the renaming noun, with the verdict or the reaction verb
    ("Peru arrested a Chilean journalist in Lima, a detention Santiago called arbitrary.", ("CHL", "111", "PER")),
    ("The Philippine navy seized a Vietnamese fishing boat, a step Hanoi called illegal.", ("VNM", "111", "PHL")),
    # a passive participle: the "by" phrase reacts
    ("Kenya said it would deploy troops to Somalia, a proposal swiftly rejected by Ethiopia.", ("ETH", "120", "KEN")),
    ("Ghana said it would open an embassy in Jerusalem, in a move praised by Israel.", ("ISR", "051", "GHA")),
    ("Egypt arrested a Sudanese diplomat in Cairo, a move swiftly welcomed by Ethiopia.", ("ETH", "051", "EGY")),
    # a denied charge answers the accuser, also after the accused deed the parser hangs it on
    ("Hungary accused Slovakia of sheltering smugglers along the Danube, a charge Bratislava denied.",
     ("SVK", "016", "HUN")),
    ("Mali's army massacred villagers near Gao, Amnesty International said, in a report Bamako dismissed.",
     ("MLI", "016", None)),
])
def test_a_reaction_to_a_renamed_deed_is_aimed_at_its_doer(text, triple):
    found = _triples(text)
    if triple[2] is None:  # the accuser is no state: any denial by the accused will do
        assert any(s == triple[0] and c == triple[1] for s, c, _ in found)
    else:
        assert triple in found


def test_only_reactions_are_aimed_at_the_doer_of_a_renamed_deed():
    # striking a deal, echoing a move: acts on the deed, not reactions to its doer
    assert not any(c.startswith("19") for _, c, _ in _triples(
        "Chile and Peru signed a trade deal, the first such deal Lima has struck this year."))
    assert not any(s == "UGA" for s, _, _ in _triples(
        "Kenya said it would deploy troops to Somalia, a move swiftly echoed by Uganda."))


def test_disputing_a_claim_of_ones_own_deed_is_no_reaction_to_the_claimant():
    found = _triples("Armenia's defence ministry said its troops had retaken the village, a claim Baku disputed.")
    assert not any(s == "AZE" and t == "ARM" for s, _, t in found)
