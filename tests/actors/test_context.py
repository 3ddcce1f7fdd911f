"""Actors read from the rest of the document: titles alone, pronouns, bodies named again,
sector words placed by a preposition, and the dated roles of US officials."""

from datetime import date

import pytest

from allegiance.evaluation.actors import GoldDocument, GoldMention, resolve_gold


def resolved(text: str, span: str, day: str, occurrence: int = 1):
    """The actor code the resolver gives `span` in `text` published on `day`."""
    mention = GoldMention(span=span, occurrence=occurrence, country=None)
    doc = GoldDocument(id="t", date=date.fromisoformat(day), text=text, mentions=[mention])
    (result,) = resolve_gold([doc])
    return result.actor.code if result.actor else None


@pytest.mark.parametrize("text,span,day,expected", [
    # a tie between two states is broken by the subject of the lead
    ("Chad asked France for help after rebels crossed from Libya. French jets struck the "
     "column, and President Idriss Deby ordered the army to pursue the survivors.",
     "the army", "2019-02-06", "TCDMIL"),
    # a title with a name nobody lists takes the story's state and the title's sector
    ("President Denis Sassou Nguesso won another term in the Republic of Congo, a day after "
     "opposition candidate Aime Mbemba died. Brazzaville dismissed complaints of fraud.",
     "opposition candidate Aime Mbemba", "2021-03-23", "COGOPP"),
    # "King Abdullah": the king of that name on the day, among the states in the story
    ("Jordan sent aid to Syria after the earthquake. King Abdullah also called Bashar al-Assad.",
     "King Abdullah", "2023-02-07", "JORGOV"),
    # a sector word placed in a state by its preposition
    ("Soldiers in Niger detained the president, and Nigeria's leader condemned the coup.",
     "Soldiers in Niger", "2023-07-27", "NERMIL"),
    # a people's armed men are rebels, not the state's army
    ("Ethiopia declared a state of emergency as Tigrayan forces advanced on the capital.",
     "Tigrayan forces", "2021-11-04", "ETHREB"),
])
def test_context_gives_the_state(text, span, day, expected):
    assert resolved(text, span, day) == expected


def test_a_body_named_again_by_its_head_noun():
    text = ("Niamey barred a French mining company from exporting ore. "
            "The company said it had lost control of the site.")
    assert resolved(text, "The company", "2024-12-05") == "FRABUS"
    assert resolved(text, "it", "2024-12-05") == "FRABUS"
    text = "Edward Snowden leaked files of the National Security Agency. The agency said the damage was grave."
    assert resolved(text, "The agency", "2013-06-10") == "USASPY"


def test_his_office_is_the_persons_body():
    text = "Governor Jay Inslee of Washington state criticised the vaccine rollout. His office said doses were late."
    assert resolved(text, "His office", "2021-02-10") == "USAGOV"


def test_an_object_pronoun_skips_every_coordinated_subject():
    text = ("Recep Tayyip Erdogan won the run-off on Sunday. "
            "Vladimir Putin and Viktor Orban were among the first to congratulate him.")
    assert resolved(text, "him", "2023-05-29") == "TURGOV"


def test_an_armed_groups_leader_belongs_to_its_home_state():
    text = "Wagner fighters marched towards Moscow. Yevgeny Prigozhin later called off the advance."
    mention = GoldMention(span="Yevgeny Prigozhin", occurrence=1, country=None)
    doc = GoldDocument(id="t", date=date(2023, 6, 24), text=text, mentions=[mention])
    (result,) = resolve_gold([doc])
    assert (result.actor.code, result.actor.country) == ("RUSWAG", "RUS")


@pytest.mark.parametrize("text,day,expected", [
    ("Nancy Pelosi met Tsai Ing-wen in Taipei.", "2022-08-03", "USALEG"),
    ("Chad Wolf defended sending federal officers to Portland.", "2020-08-25", "USAGOV"),
    ("Merrick Garland announced the charges.", "2022-06-01", "USAGOV"),
    ("Mike Pompeo warned North Korea.", "2017-10-19", "USASPY"),  # CIA director then
    ("Mike Pompeo warned North Korea.", "2019-10-19", "USAGOV"),  # secretary of state then
])
def test_us_officials_by_date(text, day, expected):
    assert resolved(text, text.split(" met")[0].split(" defended")[0].split(" announced")[0]
                    .split(" warned")[0], day) == expected


def test_a_newspaper_does_not_make_the_story_american():
    text = "The Washington Post reported that ministers met. The ministers agreed on a plan."
    assert resolved(text, "The ministers", "2022-10-04") != "USAGOV"
