"""A bare surname is the one office holder of that name in office on the day ("Maduro said…"),
never a date ("in May") and never someone else's longer name. Sentences written for these tests."""

from datetime import date

from allegiance import code_text


def actors_of(text, day):
    return [(e.source.code if e.source else None, e.target.code if e.target else None) for e in code_text(text, day)]


def test_a_bare_surname_is_the_office_holder_of_the_day():
    got = actors_of("Maduro accused Colombia of plotting against him.", date(2024, 5, 2))
    assert ("VENGOV", "COL") in got, got


def test_a_surname_two_office_holders_share_on_the_day_stays_unknown():
    from allegiance.actors.kb import load_kb
    kb = load_kb()
    shared = next(((s, ts) for s, ts in kb.surnames.items() if len({t.name for t in ts}) > 1), None)
    assert shared is not None
    surname, tenures = shared
    for day in {t.start for t in tenures if t.start}:
        names = {t.name for t in tenures if t.valid_on(day)}
        assert (len(kb.surname_tenures(surname, day)) > 0) == (len(names) == 1)


def test_a_month_is_no_surname():
    assert actors_of("The talks were held in May in Geneva.", date(2017, 6, 1)) == []


def test_a_longer_unknown_name_is_not_the_office_holder():
    got = actors_of("Carlos Maduro, a farmer, said soldiers burned his house.", date(2024, 5, 2))
    assert not any(s == "VENGOV" for s, _ in got), got

