"""Deeds the text names only inside another phrase: a reduced passive with its doer in a "by"
phrase ("tourists arrested by Iranian police"), and an act named as someone's decision or plan
("Hungary's plan to expel", "has no plans to expel"), done by the noun's owner."""

from datetime import date

from allegiance import code_text
from coding_cases import assert_coded

PUBLISHED = date(2024, 3, 4)


def _modalities(text, cameo_prefix):
    return [e.modality for e in code_text(text, PUBLISHED) if e.cameo.startswith(cameo_prefix)]


def test_a_reduced_passive_is_done_by_its_by_phrase():
    assert_coded("Two British tourists arrested by Iranian police appeared in court on Monday.",
                 "IRNCOP", "GBR", ["173"])


def test_a_reduced_passive_of_force_is_the_by_phrases_attack():
    assert_coded("Dozens of Sudanese civilians killed by RSF fighters were buried on Sunday.",
                 "SDN", "SDNCVL", ["19", "18"])


def test_no_plans_to_act_is_the_act_negated():
    assert _modalities("Tokyo has no plans to expel Chinese diplomats, the foreign minister said.", "174") == ["negated"]


def test_a_plan_to_act_is_the_owners_future_act():
    assert _modalities("Germany criticised Hungary's plan to expel Ukrainian diplomats.", "174") == ["future"]


def test_a_decision_is_the_owners_act():
    assert_coded("Senegal regretted Mali's decision to withdraw from ECOWAS.", "MLI", "IGOAFRECOWAS", ["16"])  # leaving a bloc reduces ties (16)


def test_a_decision_taken_is_the_takers_act():
    assert_coded("Lithuania took the decision to recall its ambassador from Minsk.", "LTU", "BLR", ["16"])
