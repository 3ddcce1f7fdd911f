"""A state's named military command ("U.S. Africa Command", "the Africa Command", China's
"Eastern Theater Command") is that state's military: what it says it did is the military's
act. Sentences written for these tests."""

from coding_cases import dyads


def doers(text):
    return {s for s, t, code in dyads(text) if code.startswith("19") and s}


def test_a_us_regional_command_strikes_as_the_us_military():
    assert "USAMIL" in doers(
        "U.S. Africa Command said it had conducted two airstrikes against al-Shabaab militants near Kismayo.")


def test_the_bare_command_name_is_the_us_military():
    assert "USAMIL" in doers(
        "The Africa Command said it had carried out a drone strike against Islamic State militants in Somalia.")


def test_a_chinese_theater_command_is_chinas_military():
    found = {(s, t[:3]) for s, t, code in dyads(
        "The Eastern Theater Command said it had sent warships and bombers around Taiwan.") if s and t}
    assert ("CHNMIL", "TWN") in found



def test_militants_a_state_army_speaks_of_are_not_its_own():
    found = {(s[:3], t[:3]) for s, t, code in dyads(
        "The U.S. military said it had carried out an airstrike against al-Shabaab near Kismayo, killing four fighters.") if s and t}
    assert ("USA", "USA") not in found
