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


@pytest.mark.parametrize("text,span,day,expected", [
    ("Rachel Reeves told MPs the budget would raise taxes on employers.", "Rachel Reeves",
     "2024-11-01", "GBRGOV"),
    ("Mazloum Abdi said his fighters would join the new national army.", "Mazloum Abdi",
     "2025-03-11", "SYRSDF"),
    ("Volker Turk urged both sides to spare the civilians trapped in the city.", "Volker Turk",
     "2024-02-01", "IGOUNOHCHR"),
    ("Zabihullah Mujahid said the girls' schools would stay closed.", "Zabihullah Mujahid",
     "2023-01-05", "AFGGOV"),
    ("Zabihullah Mujahid said the movement's fighters had taken the district.",
     "Zabihullah Mujahid", "2019-05-01", "AFGTLB"),  # before the Taliban took Kabul
    ("Keith Kellogg met the Ukrainian delegation in Riyadh.", "Keith Kellogg", "2025-03-11",
     "USAGOV"),
    ("Magyar told his supporters that the government had lost touch with voters.", "Magyar",
     "2025-06-01", "HUNOPP"),
    ("Moussa Faki called on the generals to stop the fighting in Khartoum.", "Moussa Faki",
     "2023-04-16", "IGOAFRAFU"),
    ("Gholamhossein Mohseni Ejei said the rioters would face swift trials.",
     "Gholamhossein Mohseni Ejei", "2022-11-13", "IRNJUD"),
    ("Hun Sen said Phnom Penh would not bow to pressure from Bangkok.", "Hun Sen", "2025-06-20",
     "KHMLEG"),  # Senate president after handing the premiership to his son
])
def test_a_second_batch_office_holder_resolves_inside_the_tenure(text, span, day, expected):
    assert resolved(text, span, day) == expected


@pytest.mark.parametrize("text,span,day,office", [
    ("Rachel Reeves wrote a book about women in economics.", "Rachel Reeves", "2023-05-01",
     "GBRGOV"),  # chancellor only from July 2024
    ("Selahattin Demirtas published a novel from his prison cell.", "Selahattin Demirtas",
     "2021-01-10", "TUROPP"),  # co-chair of the HDP until February 2018
    ("Moussa Faki gave a lecture in N'Djamena.", "Moussa Faki", "2025-06-01",
     "IGOAFRAFU"),  # commission chairman until March 2025
    ("Zed Seselja spoke at a business lunch in Canberra.", "Zed Seselja", "2023-03-01",
     "AUSGOV"),  # minister until the change of government in May 2022
])
def test_a_second_batch_office_holder_has_no_office_outside_the_tenure(text, span, day, office):
    assert resolved(text, span, day) != office
