"""A list of states before one noun ("Albania's and Macedonia's bids", "the French, Belgian and
Dutch embassies") names each state, also when the parser hangs the items side by side on the
noun instead of chaining them as conjuncts. A lone modifier stays one actor. Sentences written
for these tests."""

from coding_cases import assert_coded, dyads


def test_coordinated_possessives_each_name_a_target():
    text = "Greece threatened to veto Albania's and Macedonia's bids."
    assert_coded(text, "GRC", "ALB", ["13"])
    assert_coded(text, "GRC", "MKD", ["13"])
    text = "Austria criticised Poland's and Hungary's reforms."
    assert_coded(text, "AUT", "POL", ["11"])
    assert_coded(text, "AUT", "HUN", ["11"])


def test_a_comma_list_of_adjectives_names_every_state():
    text = "Hundreds of rioters set fire to the French, Belgian and Dutch embassies in Bamako."
    for state in ("FRA", "BEL", "NLD"):
        assert_coded(text, "MLI", state, ["14"])
    text = "Crowds of students ransacked parts of the Spanish, Italian and Dutch embassies in Tripoli."
    for state in ("ESP", "ITA", "NLD"):
        assert_coded(text, "LBY", state, ["14"])


def test_a_lone_adjective_is_one_actor():
    text = "Greece criticised the Turkish coast guard."
    targets = {t[:3] for _, t, c in dyads(text) if c.startswith("11")}
    assert targets == {"TUR"}, dyads(text)
