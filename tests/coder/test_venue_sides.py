"""At talks, signings or truces held in a third state, a side with no state named ("the
opposition", "the rebels") coordinated or paired with a state's body is of that state, not of
the venue. Sentences written for these tests."""
from allegiance.coder.coder import Coder
from allegiance.model import Document

CODER = Coder()


def _pairs(text):
    (_, events), = list(CODER.code([Document(id="t", text=text)]))
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2]) for e in events}


def test_opposition_signing_abroad_is_of_the_governments_state():
    pairs = _pairs("Bolivia's government and the opposition signed an accord in Lima on Friday.")
    assert ("BOLGOV", "BOLOPP", "05") in pairs
    assert not any("PER" in (s or "") + (t or "") for s, t, _ in pairs)


def test_rebels_in_a_truce_signed_abroad_are_the_armys_foes():
    pairs = _pairs("The Sudanese army and the rebels signed a truce in Jeddah.")
    assert any(s == "SDNREB" for s, _, _ in pairs)
    assert not any((s or "").startswith("SAU") or (t or "").startswith("SAU") for s, t, _ in pairs)


def test_a_side_the_parse_places_at_the_venue_keeps_its_partners_state():
    pairs = _pairs("Talks between Nicaragua's government and the opposition in Costa Rica resumed on Monday.")
    assert ("NICGOV", "NICOPP", "04") in pairs
    assert not any("CRI" in (s or "") + (t or "") for s, t, _ in pairs)


def test_a_foreign_visitor_does_not_lend_the_hosts_opposition_its_state():
    pairs = _pairs("A Canadian envoy met opposition leaders in Caracas.")
    assert not any((t or "") == "CANOPP" for _, t, _ in pairs)
