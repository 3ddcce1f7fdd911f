"""Third parties between two sides: a broker or host mediates (045), but the two sides still
deal with each other. Two coordinated subjects who act "under a deal brokered by X" made that
deal between themselves (057); two who agree "at talks hosted by X" held those talks with each
other (046); talks that only came before the act ("after talks mediated by X") are not read as
the sides' own. Sentences written for these tests."""

from coding_cases import dyads


def _pairs(text, code):
    return {(s[:3], t[:3]) for s, t, c in dyads(text) if c == code}


def test_a_brokered_deal_is_between_the_subjects():
    text = "Kenya and Somalia agreed to reopen their shared border under a deal brokered by Qatar."
    assert {("KEN", "SOM"), ("SOM", "KEN")} <= _pairs(text, "057"), dyads(text)
    assert {("QAT", "KEN"), ("QAT", "SOM")} <= _pairs(text, "045"), dyads(text)


def test_the_broker_is_no_party_to_the_deal():
    text = "Kenya and Somalia agreed to reopen their shared border in a deal brokered by Qatar."
    assert not {p for p in _pairs(text, "057") if "QAT" in p}, dyads(text)


def test_one_subject_names_no_partner_for_the_deal():
    text = "Armenia agreed to withdraw its troops under a deal brokered by Russia."
    assert not _pairs(text, "057"), dyads(text)


def test_talks_the_sides_agreed_at_are_their_own():
    text = "Peru and Ecuador pledged to respect the border at talks brokered by Brazil."
    assert {("PER", "ECU"), ("ECU", "PER")} <= _pairs(text, "046"), dyads(text)


def test_talks_before_the_act_stay_the_brokers():
    text = "Peru and Ecuador pledged to respect the border after talks mediated by Brazil."
    assert not _pairs(text, "046"), dyads(text)
