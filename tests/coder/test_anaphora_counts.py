"""Words that point back to actors named earlier in the sentence: 'the three governments' after
a list of three states, 'the bloc' after a body the sentence joined or left ('its participation
in the …'), 'his opponents' / 'her allies' after a named politician. Sentences written for these
tests."""

from coding_cases import dyads


def coded(text, root):
    return {(s[:3], t[:3]) for s, t, code in dyads(text) if code.startswith(root) and s and t}


def test_the_three_states_are_each_of_the_three_listed():
    found = coded("Ghana expelled diplomats from Togo, Benin and Niger after the three states accused "
                  "it of harbouring rebels.", "11")
    assert {("TGO", "GHA"), ("BEN", "GHA"), ("NER", "GHA")} <= found


def test_the_three_governments_act_each_on_their_own():
    found = coded("Peru, Chile and Bolivia signed a water accord on Monday, and the three governments "
                  "urged Argentina to join it.", "02")
    assert {("PER", "ARG"), ("CHL", "ARG"), ("BOL", "ARG")} <= found


def test_a_bare_count_of_states_is_not_pointing_back():
    found = coded("Kenya urged Brazil, Chile and Peru, three governments that once backed the plan, "
                  "to cut ties with Caracas.", "05")
    assert not found


def test_the_bloc_is_the_body_whose_participation_was_frozen():
    found = coded("Armenia froze its participation in the Collective Security Treaty Organization, "
                  "accusing the bloc of abandoning it.", "112")
    assert ("ARM", "IGO") in found


def test_his_opponents_are_of_the_politicians_state():
    found = coded("Tunisian President Kais Saied dissolved the judicial council, a decision his opponents "
                  "condemned as an attack on judges.", "11")
    assert any(s == "TUN" for s, _ in found)
