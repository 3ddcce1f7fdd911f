"""A host who receives a guest "for talks" that name no partner holds those talks with the
guest, both ways (the hosting itself stays 043); a summit or dinner a guest is hosted for is
the hosting, not talks. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def _negotiates(got, a, b):
    return any(s.startswith(a) and t.startswith(b) and c == "046" for s, t, c in got)


def test_hosted_for_talks_is_talks_with_the_guest():
    text = "Kenyan President William Ruto hosted his Tanzanian counterpart, Samia Suluhu Hassan, for talks on the disputed lake border."
    assert_coded(text, "KEN", "TZA", ["046"])
    assert_coded(text, "TZA", "KEN", ["046"])


def test_received_for_talks_is_talks_with_the_guest():
    text = "Emmanuel Macron received the Moroccan foreign minister in Paris on Monday for talks on migration."
    assert_coded(text, "FRA", "MAR", ["046"])
    assert_coded(text, "MAR", "FRA", ["046"])


def test_hosted_for_a_summit_is_only_the_hosting():
    got = dyads("Norway hosted the Danish and Swedish prime ministers for a summit on Arctic fisheries.")
    assert not _negotiates(got, "NOR", "DNK") and not _negotiates(got, "NOR", "SWE")
