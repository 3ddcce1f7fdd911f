"""Denials of a claim whose phrase names no owner ("rejected the allegations") answer the accuser
the same sentence names elsewhere: the subject of an accusing clause, or whom the denier's next
act strikes back at. With no accuser in the sentence, a rejection of an ownerless claim is not
coded. Every sentence here was written for these tests."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target", [
    # the accuser in a clause after the denial
    ("Hanoi dismissed the claims, after Beijing accused its fishing fleet of spying.", "VNM", "CHN"),
    # the accuser in a passive's "by" phrase
    ("Tbilisi rejected the accusation after it was accused by Moscow of shelling the border.", "GEO", "RUS"),
    # whom the denier's next act retaliates on
    ("Ankara dismissed the allegations as lies and summoned the Swedish ambassador.", "TUR", "SWE"),
    ("Caracas rejected the allegations as absurd and expelled three Colombian diplomats.", "VEN", "COL"),
])
def test_ownerless_denial_answers_the_accuser(text, source, target):
    assert_coded(text, source, target, ["016"])


def test_owner_put_after_the_verdict_is_still_the_target():
    assert_coded("Cairo rejected as baseless Ethiopia's allegation that it was arming rebels.", "EGY", "ETH", ["016"])


def test_ownerless_rejection_with_no_accuser_is_not_a_denial():
    got = dyads("Nairobi rejected the charges as a misreading of a complex situation.")
    assert not [d for d in got if d[2].startswith("016")], got
