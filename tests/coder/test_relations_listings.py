"""Reducing relations (16): an actor put on a blacklist or entity list is sanctioned (163), a member
suspended from a body has its relations cut (161), and quitting a named bloc reduces relations."""

from coding_cases import assert_coded, dyads


def test_added_to_an_entity_list_is_a_sanction_on_the_listed_firms():
    assert_coded("Washington added dozens of Russian banks to its entity list on Friday.", "USA", "RUS", ["163"])


def test_put_on_a_trade_blacklist_is_a_sanction():
    assert_coded("Tokyo put twelve Iranian shipping firms on its trade blacklist.", "JPN", "IRN", ["163"])


def test_a_wanted_list_is_no_sanction():
    text = "Moscow put a Georgian judge on its wanted list."
    assert not any(c.startswith("16") for _, _, c in dyads(text)), dyads(text)


def test_suspended_from_a_body_cuts_relations():
    assert_coded("The Commonwealth suspended Fiji from its activities after the coup.", "IGO", "FJI", ["161"])


def test_quitting_ecowas_reduces_relations():
    text = "Togo said it was quitting ECOWAS with immediate effect."
    assert any(s.startswith("TGO") and t.startswith("IGO") and c.startswith("16") for s, t, c in dyads(text)), dyads(text)


def test_a_triggered_mechanism_acts_for_whoever_triggered_it():
    assert_coded("Canada and Australia triggered a procedure to reimpose sanctions on Syria.", "CAN", "SYR", ["163"])
    assert_coded("Japan invoked a clause that will restore tariffs on Korean steel.", "JPN", "KOR", ["163"])
