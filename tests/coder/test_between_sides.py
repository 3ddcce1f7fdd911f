"""A side with no state named, paired after "between" with a state's body, is of that state."""
from allegiance.coder.coder import Coder
from allegiance.model import Document

CODER = Coder()


def _pairs(text):
    (_, events), = list(CODER.code([Document(id="t", text=text)]))
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:3]) for e in events}


def test_rebels_in_talks_hosted_abroad_are_the_governments_foes():
    pairs = _pairs("Kenya has hosted talks between the Ethiopian government and the rebels in Nairobi.")
    assert any(t == "ETHREB" for _, t, _ in pairs)
    assert not any(t == "KENREB" or s == "KENREB" for s, t, _ in pairs)


def test_militant_group_at_war_with_a_state_is_not_its_own():
    pairs = _pairs("Egypt has mediated between Israel and the militant group in Cairo.")
    assert not any(t == "ISRINS" or t == "ISRREB" for _, t, _ in pairs)
