"""Demands the coder reads off orders, reported demand nouns and demanded deeds that name no actor:
the demand (10x) is aimed at the party asked to act, not at the people or things the deed is about."""

from coding_cases import assert_coded, dyads


def test_an_order_to_another_state_is_a_demand_on_it():
    assert_coded("The International Court of Justice ordered Kenya to stop the evictions in the Mau forest.", "IGO", "KEN", ["10"])


def test_an_order_to_foreign_troops_is_a_demand_on_them():
    assert_coded("Mali's junta ordered Danish troops to leave the country immediately.", "MLI", "DNK", ["10"])


def test_an_order_to_do_violence_stays_the_violence():
    got = dyads("The general ordered his soldiers to shell Mariupol.")
    assert not any(c.startswith("10") for _, _, c in got), got


def test_a_rejected_demand_is_the_demanders_demand_on_the_one_asked():
    assert_coded("Tbilisi rejected Moscow's demand that Georgia withdraw its police from the border villages.",
                 "RUS", "GEO", ["10"])


def test_a_demand_with_no_one_named_in_it_is_on_whoever_answers_it():
    assert_coded("Seoul brushed aside Beijing's demand for the removal of the radar system.", "CHN", "KOR", ["10"])


def test_demands_from_a_state_on_the_one_dismissing_them():
    assert_coded("Baku dismissed demands from Paris that it release the detained French citizens.", "FRA", "AZE", ["10"])


def test_pressure_to_act_is_a_demand():
    assert_coded("Honduras kept its ties with Taiwan despite pressure from Beijing to cut them.", "CHN", "HND", ["10"])


def test_a_summons_to_demand_a_withdrawal_is_a_demand_on_the_one_summoned():
    assert_coded("Tokyo summoned the Chinese ambassador to demand the withdrawal of the coast guard vessels.",
                 "JPN", "CHN", ["10"])


def test_a_demand_prompted_by_a_detention_is_aimed_at_the_detainers():
    assert_coded("Iranian police arrested a British aid worker in Tehran, prompting London to demand her release.",
                 "GBR", "IRN", ["10"])


def test_a_demand_for_an_explanation_from_a_state():
    assert_coded("The European Commission demanded an explanation from Budapest.", "IGOEUR", "HUN", ["10"])


def test_a_demand_that_a_state_act_is_on_that_state_when_its_verb_reads_as_a_noun():
    # the small model parses "that Minsk hunt down" as the noun "hunt" with "Minsk" as its compound
    assert_coded("Kyiv demanded that Minsk hunt down the saboteurs.", "UKR", "BLR", ["10"])


def test_a_demand_that_a_capital_act_reaches_it_past_a_misread_verb():
    assert_coded("Seoul demanded that Tokyo hunt down the hackers behind the attack.", "KOR", "JPN", ["10"])
