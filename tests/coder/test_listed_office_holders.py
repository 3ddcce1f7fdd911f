"""Office holders "of" a list of three or more states: the small parser hangs the second item on
an apposition ("the presidents of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan"), and each
state's office holder is still one side of the event. Sentences written for these tests."""

from coding_cases import dyads


def _coded(text, code):
    return {(s, t) for s, t, c in dyads(text) if c == code}


def test_each_listed_president_is_hosted():
    got = _coded("Xi Jinping hosted the presidents of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan in Xi'an "
                 "on Thursday.", "043")
    assert {("CHNGOV", "KAZGOV"), ("CHNGOV", "KGZGOV"), ("CHNGOV", "TJKGOV"), ("CHNGOV", "UZBGOV")} <= got, got


def test_each_listed_leader_visits_the_host():
    got = _coded("Putin received the leaders of Kazakhstan, Kyrgyzstan, Tajikistan and Armenia in the Kremlin.", "042")
    assert {("KAZGOV", "RUSGOV"), ("KGZGOV", "RUSGOV"), ("TJKGOV", "RUSGOV"), ("ARMGOV", "RUSGOV")} <= got, got


def test_each_listed_government_is_praised():
    got = _coded("Beijing praised the governments of Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan.", "051")
    assert {t for _, t in got} >= {"KAZGOV", "KGZGOV", "TJKGOV", "TKMGOV"}, got


def test_a_two_item_list_is_unchanged():
    got = _coded("Macron received the prime ministers of Spain and Portugal in Paris.", "043")
    assert got == {("FRAGOV", "ESPGOV"), ("FRAGOV", "PRTGOV")}, got
