"""A relative clause on whom a coercive act struck, with a pronoun for the actor as its subject
("expelled two diplomats it said were spies", "detained traders they accused of smuggling"),
says why the actor acted: it accuses them. Sentences written for these tests."""

from coding_cases import dyads


def accusations(text):
    return {(s, t) for s, t, code in dyads(text) if code.startswith("112")}


def test_expelled_diplomats_it_said_were_spies_are_accused():
    found = accusations("Norway expelled three Iranian diplomats it said were gathering intelligence on dissidents.")
    assert any(s.startswith("NOR") and t.startswith("IRN") for s, t in found)


def test_detained_people_they_accused_of_a_deed_are_accused():
    found = accusations("Kenya detained four Somali traders it accused of smuggling weapons to militants.")
    assert any(s.startswith("KEN") and t.startswith("SOM") for s, t in found)


def test_a_state_arresting_its_own_people_accuses_no_state():
    found = accusations("Egypt arrested a dozen Egyptian men it said were planning attacks on churches.")
    assert not any(s.startswith("EGY") and t.startswith("EGY") for s, t in found)


def test_a_video_he_said_proved_something_accuses_no_one_shown():
    found = accusations("Peru's president showed reporters a video of Bolivian officials he said were friends.")
    assert not any(t.startswith("BOL") for s, t in found)
