"""A bare past participle joined to a passive verb is passive too: "was dragged from court and
arrested by police" arrests the passive subject, by the "by" phrase, also when that phrase hangs on
the first verb. Sentences written for these tests."""

from coding_cases import dyads


def coded(text, root):
    return {(s, t) for s, t, code in dyads(text) if code.startswith(root)}


def test_second_participle_with_its_own_agent():
    found = coded("The opposition leader Imran Khan was pulled from his car and arrested by paramilitary Rangers "
                  "in Lahore on Monday.", "17")
    assert any(s == "PAKMIL" and t.startswith("PAK") for s, t in found)


def test_second_participle_borrows_the_first_ones_agent():
    found = coded("Two Finnish sailors were stopped by Russian border guards and detained in Vyborg.", "17")
    assert any(s.startswith("RUS") and t.startswith("FIN") for s, t in found)

