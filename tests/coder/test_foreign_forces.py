"""'Foreign troops' belong to no state the text names. Sentences written for these tests."""

from coding_cases import dyads


def test_foreign_troops_are_not_the_hosts():
    got = dyads("Haiti's prime minister said he would welcome foreign troops to restore order.")
    assert not any(t == "HTIMIL" for _, t, _ in got), got
