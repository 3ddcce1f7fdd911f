"""A threat whose condition hangs beside it: on a verb joined to the threatened act, or after a
threatened noun ("threatened a general strike unless …"). The threat is aimed at whoever must
meet the condition."""

from coding_cases import assert_coded, dyads


def test_condition_on_a_second_threatened_act():
    assert_coded("Ankara threatened to open the border and send migrants to Greece if the EU suspended the talks.",
                 "TUR", "IGOEUREEC", ["13"])


def test_threatened_noun_with_an_unless_clause():
    assert_coded("The Kenyan opposition threatened mass action unless the electoral commission is reconstituted.",
                 "KENOPP", "KENGOV", ["13"])


def test_a_warning_about_a_plight_is_no_threat():
    assert not any(c.startswith("13") and t.startswith("IGOUNO") for _, t, c in dyads(
        "The mission will struggle to pay its troops unless the United Nations covers its budget, diplomats warned."))


def test_a_threat_with_no_condition_names_no_one():
    assert not any(c.startswith("13") and t for _, t, c in dyads("The unions threatened mass action next week."))
