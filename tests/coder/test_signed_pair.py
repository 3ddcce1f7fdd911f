"""An accord whose signers the parser misreads: in "a pact the two countries signed" it takes the
counted pair for an apposition to the accord and the verb for a participle on it; the pair signed.
Sentences written for these tests."""

from coding_cases import assert_coded

def test_pact_the_two_countries_signed():
    text = "Canada delivered the first two patrol aircraft to Chile, part of a $500 million deal the two countries signed in 2021."
    assert_coded(text, "CAN", "CHL", ["057"])
    assert_coded(text, "CHL", "CAN", ["057"])
