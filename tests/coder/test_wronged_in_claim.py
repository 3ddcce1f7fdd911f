"""A rejection of an ownerless claim ("rejected accusations that …") with no accuser elsewhere in
the sentence still answers the state the claim says was wronged: the first actor of another
state in the claim's own clause or phrase, never its doer. With no such actor it stays uncoded.
Every sentence here was written for these tests."""

import pytest
from coding_cases import assert_coded, dyads


@pytest.mark.parametrize("text,source,target", [
    ("Minsk rejected accusations that it had hacked a Lithuanian power grid, calling them lies.", "BLR", "LTU"),
    ("Beijing dismissed claims that its coast guard rammed a Philippine supply boat.", "CHN", "PHL"),
    ("Tehran rejected the allegations of meddling in Iraq's election as baseless.", "IRN", "IRQ"),
])
def test_ownerless_denial_answers_the_wronged(text, source, target):
    assert_coded(text, source, target, ["016"])


def test_claim_naming_only_the_denier_is_not_coded():
    got = dyads("Nairobi rejected allegations that Kenyan police had abused detainees.")
    assert not [d for d in got if d[2].startswith("016")], got
