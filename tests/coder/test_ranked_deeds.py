"""A ranked predicate noun with an infinitive ("became the first country to recognise X", "was
the only leader to visit Y") names the copula's subject as the one who acted. Sentences written
for these tests."""

from coding_cases import dyads


def coded(text, root):
    return {(s[:3], t[:3]) for s, t, code in dyads(text) if code.startswith(root)}


def test_the_first_country_to_recognise_is_the_recogniser():
    assert ("BLR", "XKX") in coded("Belarus became the first country to formally recognise Kosovo.", "054")


def test_the_only_minister_to_visit_is_the_visitor():
    assert ("NOR", "PRK") in coded(
        "Norway's foreign minister was the only European minister to visit North Korea last year.", "042")


def test_an_unranked_noun_lends_no_subject():
    assert not coded("Chile is a country to watch in the lithium market.", "0")
