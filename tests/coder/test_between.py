"""An event noun with "between A and B" is A and B acting on each other, wherever the phrase
hangs: on the noun, on the verb the noun is the subject of ("fighting broke out … between"), on
a noun another verb acts on ("hosted talks between"), and with both sides in one phrase
("between Serbian and Kosovar police"). Sentences written for these tests."""

from allegiance import code_text
from coding_cases import PUBLISHED, assert_coded, dyads


def _both_ways(text, a, b, codes):
    assert_coded(text, a, b, codes)
    assert_coded(text, b, a, codes)


def test_between_on_the_verb_the_event_noun_is_subject_of():
    _both_ways("Heavy fighting erupted near Benghazi between Libya's army and Egyptian troops.", "LBY", "EGY", ["19"])
    _both_ways("Clashes broke out overnight in Abyei between Sudanese and South Sudanese soldiers.", "SDN", "SSD", ["19"])


def test_two_sides_named_by_one_phrase():
    _both_ways("Clashes between Serbian and Kosovar police left two officers wounded.", "SRB", "XKX", ["19"])
    _both_ways("Norway hosted three days of talks between the foreign ministers of Ethiopia and Eritrea in Oslo.",
               "ETH", "ERI", ["046"])


def test_the_sides_of_a_noun_another_verb_acts_on():
    # the one who announces a truce is not a party to it
    text = "The Qatari emir announced a truce between Rwanda and Burundi on Friday."
    _both_ways(text, "RWA", "BDI", ["0871"])
    assert not any(s.startswith("QAT") and c.startswith("087") for s, _, c in dyads(text)), dyads(text)


def test_a_gerund_read_as_a_verb_names_its_sides_too():
    _both_ways("Fighting between Armenian troops and Azerbaijani forces flared again along the border.",
               "ARM", "AZE", ["19"])


def test_the_verb_carries_the_modality():
    events = code_text("Fighting could break out between Serbia and Kosovo.", PUBLISHED)
    fights = [e for e in events if e.cameo.startswith("19")]
    assert fights and all(e.modality == "hypothetical" for e in fights), [(e.cameo, e.modality) for e in events]


def test_times_places_and_states_are_no_sides():
    assert not dyads("Clashes erupted on the border between Chad and Sudan.")
    assert not dyads("Fighting took place between May and June.")
    assert not dyads("Relations between Paris and Algiers soured.")
    assert not dyads("Trade between China and Russia grew.")
