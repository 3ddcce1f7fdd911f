"""Office holders added from the tuning sets' misses (people.tsv, people/*.tsv): each name
resolves to the office's country and sector on a day inside the tenure, and to no office on a
day outside it, so a minister is not coded as the government before or after serving."""

from datetime import date

import pytest

from allegiance.evaluation.actors import GoldDocument, GoldMention, resolve_gold


def resolved(text: str, span: str, day: str):
    mention = GoldMention(span=span, occurrence=1, country=None)
    doc = GoldDocument(id="t", date=date.fromisoformat(day), text=text, mentions=[mention])
    (result,) = resolve_gold([doc])
    return result.actor.code if result.actor else None


@pytest.mark.parametrize("text,span,day,expected", [
    ("He Lifeng told the visiting delegation that Beijing wanted stable trade.", "He Lifeng",
     "2024-06-03", "CHNGOV"),
    ("Christian Lindner refused to loosen the debt brake for the new budget.", "Christian Lindner",
     "2023-07-05", "DEUGOV"),
    ("Alexander Novak said Moscow would keep its output cuts in place.", "Alexander Novak",
     "2023-04-03", "RUSGOV"),
    ("Abdoulaye Diop told the council that Bamako would not accept foreign troops.",
     "Abdoulaye Diop", "2022-08-16", "MLIGOV"),
    ("Hemedti promised that his fighters would protect the aid convoys.", "Hemedti",
     "2024-03-02", "SDNRSF"),
    ("Richard Nixon wrote to Beijing proposing a visit.", "Richard Nixon", "1971-07-01", "USAGOV"),
    ("Lee told Tokyo that Seoul wanted a steady partnership.", "Lee", "2025-09-01", "KORGOV"),
])
def test_an_added_office_holder_resolves_inside_the_tenure(text, span, day, expected):
    assert resolved(text, span, day) == expected


@pytest.mark.parametrize("text,span,day,office", [
    ("Christian Lindner criticised the spending plans.", "Christian Lindner", "2025-03-10",
     "DEUGOV"),  # out of office since November 2024
    ("Richard Nixon gave a long interview about his foreign policy.", "Richard Nixon",
     "1977-05-04", "USAGOV"),  # resigned in 1974
    ("He Lifeng gave a speech on industrial planning.", "He Lifeng", "2019-05-04",
     "CHNGOV"),  # vice premier only from March 2023
    ("Fatou Bensouda gave a lecture on international justice.", "Fatou Bensouda", "2023-02-01",
     "IGOICC"),  # prosecutor until June 2021
])
def test_an_added_office_holder_has_no_office_outside_the_tenure(text, span, day, office):
    assert resolved(text, span, day) != office
