"""A dual national ("a Swedish-Iranian doctor") is coded as the nationality the story is about:
the one that is not the acting state's own, else the one written first; and the description
and the name of one person make one event, not a state and a private person."""
from datetime import date

from allegiance.api import code_text


def _targets(text):
    return [(e.source.country, e.cameo[:2], e.target.code if e.target else None)
            for e in code_text(text, date(2025, 3, 1))]


def test_a_dual_national_arrested_by_one_of_its_states_is_of_the_other():
    coded = _targets("Egyptian police detained the Dutch-Egyptian engineer Samir Haddad in Cairo.")
    assert ("EGY", "17", "NLDCVL") in coded
    assert not any(t and t.startswith("EGY") for _, _, t in coded)


def test_a_dual_national_of_two_other_states_is_of_the_first_named():
    coded = _targets("Iranian authorities arrested the Canadian-Lebanese engineer Omar Nasser in Tehran.")
    assert ("IRN", "17", "CANCVL") in coded


def test_the_description_and_the_name_of_one_person_make_one_event():
    coded = _targets("Chinese police arrested the Australian writer Tom Keller in Shanghai.")
    assert [t for s, r, t in coded if r == "17"] == ["AUSCVL"]
