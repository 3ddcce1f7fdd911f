"""Invitations and bans on a foreign state's apps or airlines. An invitation to come or to meet
offers to host: the inviter's intent to meet (036), not an appeal to the guest (02x); other
invited acts keep their appeal. Banning another state's apps or airlines is a trade sanction
(163), not censorship or an administrative sanction. Sentences written for these tests."""

from coding_cases import dyads


def _codes(text, source, target):
    return {c for s, t, c in dyads(text) if s[:3] == source and (t or "")[:3] == target}


def test_an_invitation_to_a_capital_is_an_intent_to_meet():
    got = _codes("Emmanuel Macron invited Lula to Paris for talks in June.", "FRA", "BRA")
    assert "036" in got and not {"020", "026"} & got, got


def test_an_invitation_to_visit_is_an_intent_to_meet():
    got = _codes("The Kenyan president has invited his Ugandan counterpart to visit Nairobi.", "KEN", "UGA")
    assert "036" in got and not {"020", "026"} & got, got


def test_banned_foreign_apps_are_a_sanction():
    got = _codes("Pakistan banned dozens of Indian apps on Friday, citing national security.", "PAK", "IND")
    assert "163" in got, got


def test_banned_foreign_airlines_are_a_sanction():
    got = _codes("Canada banned Russian airlines from its airspace.", "CAN", "RUS")
    assert "163" in got, got
