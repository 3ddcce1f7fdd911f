"""Leaving an international body is cutting ties with it (161), not a military retreat."""

from coding_cases import assert_coded, dyads


def test_withdrawal_from_a_bloc_cuts_ties():
    text = "Guinea and Gabon announced their withdrawal from the African Union on Friday."
    assert_coded(text, "GIN", "IGO", ["161"])
    assert not any(c.startswith("087") for _, _, c in dyads(text)), dyads(text)

