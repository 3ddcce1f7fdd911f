

def test_a_spokesman_for_a_group_and_the_groups_fighters_are_the_group():
    from allegiance.api import code_text
    from datetime import date
    events = code_text("A spokesman for the Houthis said the group's forces had fired a ballistic missile "
                       "at a British tanker.", date(2024, 1, 27))
    assert [(e.source.code, e.target.country) for e in events] == [("YEMHTH", "GBR")]


def test_a_known_surname_inside_someone_elses_name_is_not_that_person():
    from allegiance.api import code_text
    from datetime import date
    events = code_text("A senior Taliban official, Sher Mohammad Abbas Stanekzai, criticised the ban.", date(2022, 9, 1))
    assert not any(e.source.country == "PSE" for e in events)


def test_a_state_named_with_a_metonym_owns_the_body():
    from allegiance.api import code_text
    from datetime import date
    events = code_text("Peru's Congress voted to impeach President Dina Boluarte.", date(2025, 10, 10))
    assert events and events[0].source.code == "PERLEG"
