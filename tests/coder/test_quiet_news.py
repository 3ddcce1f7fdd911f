"""News-style sentences that hold no political event, or one real event among distractors.

Written for this test (business, sport, markets, corrections, questions, metaphor): a careful
human coder codes nothing here that is not listed. Each quiet sentence once produced a false
event: a currency, team or company read as its state, a firm's deal coded as diplomacy, a
correction or a question read as a report, a denied partner or a verbal attack coded as force.
"""

from datetime import date

import pytest

from allegiance import code_text

PUBLISHED = date(2025, 5, 10)


def coded(text):
    return [(e.source.country if e.source else None, e.target.country if e.target else None, e.cameo, e.modality)
            for e in code_text(text, PUBLISHED)]


@pytest.mark.parametrize("text", [
    # currencies, markets and sports sides are not their states
    "Mexico's peso rallied after strong jobs data.",
    "The French retailer withdrew from the Russian market last month.",
    "The Indian cricket team toured Australia last winter.",
    "The Australian swimming team arrived in Tokyo on Sunday.",
    "The Argentine squad landed in Qatar ahead of the tournament.",
    "Italian fans attacked Dutch supporters outside the stadium.",
    # firms dealing with firms
    "The German carmaker signed a supply deal with a Chilean lithium miner.",
    "Brazil's meatpacker signed an export deal with Saudi importers.",
    "Indonesian coffee growers sold their harvest to Swiss traders.",
    "The Korean chipmaker sued its Taiwanese rival over trade secrets.",
    "The Japanese conglomerate invested 2 billion dollars in a Vietnamese steel mill.",
    "The Chinese retailer threatened to sue the American short-seller.",
    # a deal that was not made
    "The talks ended without a deal between Israel and Hamas.",
])
def test_quiet_sentence_codes_nothing(text):
    assert coded(text) == []


@pytest.mark.parametrize("text", [
    # a correction takes back what the story said
    "An earlier version of this article incorrectly said that Russia had expelled diplomats.",
    # yes/no questions ask, they do not report
    "Did China really threaten Taiwan?",
    "Will Iran attack Israel?",
])
def test_no_event_is_reported_as_happening(text):
    assert [e for e in coded(text) if e[3] in ("asserted", "future")] == []


def test_a_denied_partner_is_no_party():
    events = coded("The story was corrected to show that Egypt, not Jordan, hosted the meeting.")
    assert not [e for e in events if {e[0], e[1]} == {"EGY", "JOR"}]


def test_co_hosts_do_not_mediate_between_themselves():
    assert not [e for e in coded("Egypt and Jordan hosted the meeting.") if e[2].startswith("045")]


def test_attacking_a_policy_is_criticism_not_force():
    events = coded("Senator Graham attacked Biden's Iran policy.")
    assert not [e for e in events if e[2][:2] in ("18", "19", "20")]


# -- one real event among distractors: the event stays, the distractor codes nothing --------

def test_tariffs_lifted_while_the_peso_rallied():
    events = coded("Mexico's peso rallied after the United States lifted tariffs on Mexican steel.")
    assert ("USA", "MEX", "085", "asserted") in events
    assert not [e for e in events if e[2].startswith("14")]  # the peso did not protest


def test_a_question_then_a_report():
    events = coded("Did China threaten Taiwan? Beijing held military drills near the island on Monday.")
    assert [e for e in events if e[0] == "CHN" and e[2].startswith("15") and e[3] == "asserted"]
    assert not [e for e in events if e[2].startswith("13") and e[3] == "asserted"]


def test_firms_deal_and_leaders_meet():
    events = coded("Brazil's meatpacker signed an export deal with Saudi importers, "
                   "and Brazil's president met the Saudi crown prince.")
    assert ("BRA", "SAU", "040", "asserted") in events
    assert not [e for e in events if e[2].startswith("057")]  # the firms' deal is commerce


def test_criticism_and_a_real_strike():
    events = coded("Senator Graham attacked the president's Iran policy after Israeli jets struck Iran.")
    assert ("ISR", "IRN", "190", "asserted") in events
    assert [e for e in events if e[0] == "USA" and e[2].startswith("11")]
    assert not [e for e in events if e[0] == "USA" and e[2][:2] in ("18", "19")]


def test_a_team_tour_and_a_leaders_meeting():
    events = coded("The Indian cricket team toured Australia, where the Indian prime minister "
                   "met his Australian counterpart.")
    assert ("IND", "AUS", "040", "asserted") in events
    # the leaders' meeting in Australia is India's visit; the team's tour is not
    rules = [e.rule for e in code_text("The Indian cricket team toured Australia, where the Indian prime minister "
                                       "met his Australian counterpart.", PUBLISHED)]
    assert not [r for r in rules if "tour" in r]
