"""A passive verb whose patient the parse lost or names only by a pronoun still acts on someone:
"after being detained by police" befalls the clause's subject, "…, and several journalists were
arrested by police" the noun the parser hung on an earlier object, "who was arrested" its noun, and
"he was arrested" in a clause under another that clause's named subject. Sentences written for
these tests."""

from coding_cases import dyads


def arrests(text):
    return {(s, t) for s, t, code in dyads(text) if code.startswith("17")}


def test_being_detained_after_a_preposition_befalls_the_clause_subject():
    found = arrests("Twelve Kenyan students went missing last year after being detained by police in Nairobi.")
    assert any(s.startswith("KEN") and t.startswith("KEN") for s, t in found)


def test_a_passive_patient_hung_on_an_earlier_object():
    found = arrests("Voters in Armenia approved the new constitution in a June referendum, though critics questioned "
                    "the official results and several activists were detained by police in the days before the vote.")
    assert any(s.startswith("ARM") and t.startswith("ARM") for s, t in found)


def test_a_personal_pronoun_stands_for_the_governing_clause_subject():
    found = arrests("Ecuador's former vice-president Jorge Glas was flown to Guayaquil on Friday after he was "
                    "arrested in Quito on a warrant from the attorney general.")
    assert any(s.startswith("ECU") and t.startswith("ECU") for s, t in found)


def test_a_relative_pronoun_stands_for_its_noun_and_the_clause_place():
    found = arrests("Ales Bialiatski, who was arrested in Minsk in 2021, spoke to reporters in Vilnius by video.")
    assert any(s.startswith("BLR") for s, t in found)
    assert not any(s.startswith("LTU") for s, t in found)


def test_a_call_for_an_arrest_is_not_an_arrest_of_the_callers():
    found = arrests("Thousands of protesters rallied outside parliament in Seoul, chanting for the minister to be arrested.")
    assert not any(t.endswith(("OPP", "CVL")) for s, t in found)
