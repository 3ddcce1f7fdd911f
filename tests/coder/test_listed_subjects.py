"""A list of actors as the subject of a clause a plural pronoun continues: the parser often reads
"A, B and C" as A with an apposition B that carries C, so "they" must stand for every member, and
a "them" that a participle of the list acts on is none of its members. Sentences written for these tests."""

from coding_cases import dyads


def _events(text, root):
    return {(s[:3], t[:3] if t else None) for s, t, c in dyads(text) if c.startswith(root)}


def test_they_after_a_list_is_every_member():
    got = _events("Chad, Sudan and Libya said on Monday they were leaving the African Union, "
                  "accusing the bloc of ignoring their security concerns.", "11")
    assert {("TCD", "IGO"), ("SDN", "IGO"), ("LBY", "IGO")} <= got, got


def test_every_member_leaves():
    got = _events("Mali, Burkina Faso and Niger said on Sunday they were quitting the Economic Community "
                  "of West African States with immediate effect.", "16")
    assert {("MLI", "IGO"), ("BFA", "IGO"), ("NER", "IGO")} <= got, got


def test_them_is_no_member_of_the_list():
    got = _events("Japan, Australia and Canada imposed new sanctions on officials in Minsk, accusing them "
                  "of rigging the vote.", "112")
    assert not {("JPN", "AUS"), ("AUS", "CAN"), ("JPN", "CAN"), ("CAN", "AUS")} & got, got


def test_a_titled_subject_is_no_list():
    got = _events("Erdogan, Turkey's president, said they would not give in, accusing Sweden of sheltering militants.", "112")
    assert got <= {("TUR", "SWE")}, got
