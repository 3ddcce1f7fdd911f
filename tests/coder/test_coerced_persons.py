"""Arrests and sentences (clauses.yaml `coerced_person_codes`) of people the dictionaries do not
know: the one acted on is still coded, as a person of the doer's own state under the words the
text uses ("detained four employees of a bakery"), unless the sentence names another state the
person may belong to. Sentences written for these tests."""

from allegiance import code_text

from coding_cases import PUBLISHED, assert_coded, dyads


def test_police_detaining_unnamed_workers_detain_their_own_people():
    assert_coded("Nigerian police detained three employees of a bakery in Kano.", "NGACOP", "NGACVL", ["173"])


def test_a_court_sentencing_an_unknown_person_is_coded():
    assert_coded("A court in Nairobi sentenced the shopkeeper to five years in prison.", "KENJUD", "KEN", ["116"])


def test_the_target_keeps_the_words_of_the_text():
    events = [e for e in code_text("Ghanaian soldiers arrested a senior figure in the smuggling ring.", PUBLISHED)
              if e.cameo.startswith("173")]
    assert events and "senior figure" in events[0].target.text, events


def test_another_state_named_in_the_sentence_may_own_the_person():
    got = dyads("Chinese authorities detained a manager of Nexora Pharma, prompting Canberra to demand his release.")
    assert not any(c.startswith("173") and t.startswith("CHN") for _, t, c in got), got
