"""Office holders added for the news of 2015-2026: a bare name resolves to the country and
sector of the office held on the event's date (people.tsv and people/*.tsv)."""

from datetime import date

import pytest

from allegiance.evaluation.actors import GoldDocument, GoldMention, resolve_gold


def resolved(text: str, span: str, day: str):
    mention = GoldMention(span=span, occurrence=1, country=None)
    doc = GoldDocument(id="t", date=date.fromisoformat(day), text=text, mentions=[mention])
    (result,) = resolve_gold([doc])
    return result.actor


@pytest.mark.parametrize("text,span,day,expected", [
    # Poland's foreign minister is not Russian because he talks about Moscow
    ("Radoslaw Sikorski demanded that Moscow stop its sabotage campaign.", "Radoslaw Sikorski",
     "2024-05-20", "POLGOV"),
    ("Sikorski said on Monday that Moscow would pay for the drone incursion.", "Sikorski",
     "2025-09-15", "POLGOV"),
    ("Wladyslaw Kosiniak-Kamysz said more troops would go to the eastern border.",
     "Wladyslaw Kosiniak-Kamysz", "2024-04-18", "POLMIL"),
    ("Peter Szijjarto told reporters in Budapest that Kyiv must respect minority rights.",
     "Peter Szijjarto", "2024-05-09", "HUNGOV"),
    ("Khawaja Asif warned that New Delhi would get a fitting reply.", "Khawaja Asif",
     "2025-05-08", "PAKMIL"),
    ("Ishaq Dar said Islamabad wanted talks with Kabul.", "Ishaq Dar", "2025-05-20", "PAKGOV"),
    ("Maria Corina Machado urged the armed forces to respect the vote.", "Maria Corina Machado",
     "2024-07-30", "VENOPP"),
    ("Mao Ning said Beijing firmly opposed the deployment.", "Mao Ning", "2024-08-05", "CHNGOV"),
    ("Kim Yo Jong threatened the South with military action.", "Kim Yo Jong", "2020-06-13",
     "PRKGOV"),
    ("Joseph Wu thanked Washington for its support.", "Joseph Wu", "2023-04-10", "TWNGOV"),
    ("Gilberto Teodoro accused Beijing of aggression at sea.", "Gilberto Teodoro", "2024-06-18",
     "PHLMIL"),
    ("Elvira Nabiullina said inflation had slowed.", "Elvira Nabiullina", "2019-11-20", "RUSGOV"),
    ("Herzi Halevi said the army would press on in Gaza.", "Herzi Halevi", "2024-01-05", "ISRMIL"),
])
def test_new_office_holder_resolves_on_the_day(text, span, day, expected):
    actor = resolved(text, span, day)
    assert actor is not None and actor.code == expected


def test_a_tenure_that_ended_leaves_a_former_office_holder():
    # Grenell's ambassadorship ended in 2020; in 2022 he held no office
    actor = resolved("Richard Grenell criticised Berlin's energy policy.", "Richard Grenell",
                     "2022-03-01")
    assert actor is not None and actor.code == "USAELI"
