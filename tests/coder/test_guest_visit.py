"""A trip noun with "his"/"her" in a clause whose subject is a state: the pronoun cannot stand
for the state, so the visitor is the one person the clause acts on, and the state hosts him
("Mongolia did not arrest Putin during his visit"). Sentences written for these tests."""

from coding_cases import dyads


def _visits(text):
    return {(s[:3], t[:3] if t else None, c) for s, t, c in dyads(text) if c in ("042", "043")}


def test_the_guest_acted_on_is_the_visitor():
    got = _visits("Kenya honoured Narendra Modi during his state visit to Nairobi.")
    assert ("IND", "KEN", "042") in got, got
    assert ("KEN", "KEN", "042") not in got, got


def test_a_visit_with_no_destination_is_to_the_subject():
    got = _visits("Tajikistan decorated Vladimir Putin during his visit last week.")
    assert ("RUS", "TJK", "042") in got and ("TJK", "RUS", "043") in got, got


def test_a_person_subject_keeps_the_trip():
    got = _visits("Vladimir Putin praised Mongolia during his visit to Ulaanbaatar.")
    assert ("RUS", "MNG", "042") in got, got
    assert not {e for e in got if e[0] == "MNG" and e[2] == "042"}, got
