"""A comma-set participle after an order, appeal or demand ("ordered X to leave, accusing Y of …")
is done by whoever gave the order, not by the party told what to do; elsewhere the participle
keeps the subject of the clause it hangs on ("admitted its soldiers had shelled …, killing …")."""

import pytest

from coding_cases import assert_coded, dyads

DIRECTED = [
    # (sentence, who accuses, who is accused, who must not come out as the accuser)
    ("Lithuania ordered Belarus to shut its consulate in Klaipeda, accusing Minsk of spying on exiles.",
     "LTU", "BLR", "BLR"),
    ("Estonia told Russia to withdraw two diplomats from Tallinn, accusing Moscow of running agents.",
     "EST", "RUS", "RUS"),
    ("Poland demanded that Russian diplomats leave Warsaw, accusing Moscow of sabotage.",
     "POL", "RUS", "RUS"),
]


@pytest.mark.parametrize("text,source,target,wrong", DIRECTED)
def test_the_one_who_orders_accuses(text, source, target, wrong):
    assert_coded(text, source, target, ["112"])
    assert not any(s.startswith(wrong) and c.startswith("112") for s, _, c in dyads(text))


def test_a_participle_after_a_reported_deed_stays_with_its_doer():
    text = "Ethiopia admitted that its soldiers had shelled a village in Tigray, killing 12 civilians."
    assert any(s.startswith("ETH") and c[:2] in ("18", "19", "20") for s, _, c in dyads(text))
