"""An accusing participle that names the accused only by a pronoun or a bare definite noun
("…, accusing the bloc of …", "…, accusing him of …", "…, accusing both sides of …") accuses
whom the governing clause acted on; the accused deed stays a claim. Sentences written for
these tests."""

from coding_cases import dyads


def accusations(text):
    return {(s, t) for s, t, code in dyads(text) if code.startswith("112")}


def test_a_bare_definite_noun_is_the_party_the_clause_acted_on():
    assert ("GHA", "TGO") in accusations(
        "Ghana closed its border with Togo, accusing its neighbour of sheltering armed smugglers.")


def test_a_bloc_left_is_accused():
    found = accusations("Chad announced its withdrawal from the African Union, accusing the bloc of meddling.")
    assert any(s == "TCD" and t.startswith("IGO") for s, t in found)


def test_both_sides_means_every_party_the_clause_named():
    found = accusations("Norway suspended the talks between Ethiopia and Eritrea, accusing both sides of stalling.")
    assert {("NOR", "ETH"), ("NOR", "ERI")} <= found


def test_a_pronoun_means_the_person_acted_on_not_the_accuser():
    found = accusations("Minsk ordered the arrest of a Lithuanian reporter, accusing him of espionage.")
    assert ("BLRGOV", "LTUMED") in found


def test_a_name_inside_the_accused_deed_is_not_the_accused():
    found = accusations("Kenyan police arrested a Kenyan army officer on suspicion of spying for Somalia, "
                        "accusing him of passing maps to militants.")
    assert not any(t == "SOM" for _, t in found)
