"""Armed groups and gangs named by the abbreviation or short name the news uses for them."""

from datetime import date

from allegiance.api import code_text


def _events(text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo_root)
            for e in code_text(text, date(2025, 6, 1))]


def test_abbreviation_names_the_congolese_insurgents():
    assert ("CODADF", "CODCVL", "18") in _events("The ADF attacked villagers near Beni on Tuesday.")


def test_rwandan_rebels_in_congo_are_rwandan():
    events = _events("Congolese troops attacked the FDLR in North Kivu.")
    assert any(target == "RWAFDL" for _, target, _ in events)


def test_a_cartel_abbreviation_is_a_mexican_criminal_group():
    events = _events("Mexican soldiers arrested a commander of the CJNG in Guadalajara.")
    assert any(target == "MEXJNG" for _, target, _ in events)


def test_a_street_gang_is_an_actor():
    events = _events("Police in Los Angeles arrested twelve members of MS-13.")
    assert any(target == "SLVMSX" for _, target, _ in events)


def test_a_haitian_gang_kidnaps():
    events = _events("The 400 Mawozo gang kidnapped five Canadian nurses.")
    assert any(source == "HTIMWZ" for source, _, _ in events)


def test_a_kachin_abbreviation_is_the_kachin_army():
    events = _events("The KIO's armed wing attacked a Myanmar army outpost in Kachin State.")
    assert any(source == "MMRKIA" for source, _, _ in events)


def test_killed_in_action_is_no_armed_group():
    events = _events("Two soldiers were listed as KIA after the ambush, the army said.")
    assert not any(source == "MMRKIA" for source, _, _ in events)
