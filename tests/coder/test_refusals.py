"""A denied concession ("would not bow to pressure from X") is a refusal aimed at whoever presses for
it, and a condition set on one's own act ("will not sign unless X …") is a demand on whoever must
meet it."""

from coding_cases import PUBLISHED, assert_coded, code_text, dyads


def test_not_bowing_to_pressure_refuses_whoever_presses():
    assert_coded("Hanoi said it would not bow to pressure from Beijing over the fishing grounds.", "VNM", "CHN", ["12"])


def test_a_refusal_is_asserted_not_negated():
    events = [e for e in code_text("Hanoi said it would not bow to pressure from Beijing.", PUBLISHED) if e.cameo.startswith("12")]
    assert events and all(e.modality == "asserted" for e in events), events


def test_not_bowing_to_an_ultimatum_named_before_it():
    assert_coded("Niger's military rulers said they would not bow to an ECOWAS ultimatum.", "NER", "IGOAFRECOWAS", ["12"])


def test_not_accepting_foreign_troops_refuses_their_state():
    assert_coded("Bogota will never accept Venezuelan troops on its territory, the minister said.", "COL", "VEN", ["12"])


def test_a_passive_refusal_to_be_cowed():
    assert_coded("Seoul will not be cowed by Pyongyang's missile launches, the president said.", "KOR", "PRK", ["12"])


def test_a_denied_act_unless_another_acts_demands_it():
    assert_coded("Ottawa will not resume talks unless Beijing frees the two detained Canadians.", "CAN", "CHN", ["10"])


def test_a_denied_act_until_another_acts_demands_it():
    assert_coded("Athens will not approve the accession until Ankara withdraws its troops from Cyprus.", "GRC", "TUR", ["10"])


def test_an_act_only_if_another_acts_demands_it():
    assert_coded("Norway will restore aid only if the Ethiopian government allows aid convoys into Tigray.", "NOR", "ETH", ["10"])


def test_an_ordinary_condition_is_no_demand():
    got = dyads("Tokyo will send a delegation if Seoul agrees to the talks.")
    assert not any(c.startswith("10") for _, _, c in got), got


def test_agreeing_is_no_refusal():
    got = dyads("Hanoi said it would bow to pressure from Beijing.")
    assert not any(c.startswith("12") for _, _, c in got), got


def test_a_state_of_affairs_as_condition_demands_nothing():
    got = dyads("Islamabad will not sit down with India unless Kashmir is on the agenda.")
    assert not any(c.startswith("10") for _, _, c in got), got
