"""The parser often hangs a speaker's second act on what he said ("X said the cut was painful and
appealed to Y"); the act is still the speaker's. Sentences written for these tests."""

from coding_cases import assert_coded, dyads


def test_second_act_after_a_statement_is_the_speakers():
    assert_coded("Erdogan said the burning of the book was unacceptable and called on Sweden to act.",
                 "TUR", "SWE", ["02"])


def test_a_named_actor_in_the_statement_keeps_its_act():
    got = dyads("Kyiv said Russia shelled Kharkiv and killed four civilians.")
    assert any(s.startswith("RUS") and c.startswith(("18", "19")) for s, _, c in got), got
    assert not any(s.startswith("UKR") and c.startswith(("18", "19")) for s, _, c in got), got
