"""Whom 'it' and 'them' stand for when the clause borrows its subject from the clause before."""

from datetime import date

from allegiance.api import code_text

DAY = date(2025, 5, 6)


def dyads(text):
    return {(e.source.country, e.cameo, e.target.country if e.target else None) for e in code_text(text, DAY)}


def test_the_object_of_a_participle_is_the_other_party_named_before():
    got = dyads("Mali cut diplomatic ties with Algeria on Monday, accusing it of sheltering jihadists.")
    assert ("MLI", "112", "DZA") in got, got


def test_them_after_a_sector_actor_is_that_actor():
    events = code_text("Belarusian police detained six journalists, accusing them of extremism.", DAY)
    got = {(e.source.code, e.cameo, e.target.code) for e in events}
    assert ("BLRCOP", "112", "BLRMED") in got, got


def test_a_place_or_a_thing_s_origin_is_no_antecedent():
    got = dyads("Ghana resumed imports of Nigerian poultry, a year after banning them.")
    assert not any(c.startswith("17") and t == "NGA" for s, c, t in got), got


def test_a_verdict_on_it_is_on_the_deed_just_named():
    got = dyads("Tokyo accused Beijing of violating its airspace, calling it a grave provocation.")
    assert ("JPN", "112", "CHN") in {(s, c, t) for s, c, t in got}
    assert not any(c.startswith("11") and t == "JPN" for s, c, t in got), got


def test_the_two_are_the_last_two_parties_named():
    got = dyads("Ruto hosted Tanzania's president in Nairobi, where the two signed a border pact.")
    assert {("KEN", "057", "TZA"), ("TZA", "057", "KEN")} <= got, got


def test_the_two_leaders_after_a_reception():
    got = dyads("Lula received Chile's president in Brasilia, and the two leaders signed a trade deal.")
    assert {("BRA", "057", "CHL"), ("CHL", "057", "BRA")} <= got, got


def test_them_that_would_be_the_accuser_is_the_party_told_what_to_do():
    got = dyads("Vilnius demanded that Belarusian troops leave the crossing, accusing them of harassing drivers.")
    assert ("LTU", "112", "BLR") in got, got


def test_their_governments_are_those_of_every_state_named_together():
    events = code_text("Managua expelled the ambassadors of Costa Rica, Panama and Honduras, "
                       "accusing their governments of plotting against the revolution.", DAY)
    accused = {e.target.code for e in events if e.cameo.startswith("112") and e.target}
    assert accused == {"CRIGOV", "PANGOV", "HNDGOV"}, accused
