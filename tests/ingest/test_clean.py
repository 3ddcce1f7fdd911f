"""Chrome cleaning: what a user sees in the coded text and the document metadata."""

from pathlib import Path

import pytest

from allegiance.ingest.clean import clean_document

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def opinion_page():
    return clean_document((FIXTURES / "opinion_page.txt").read_text(encoding="utf-8"))


def test_breadcrumb_gives_title_and_opinion_section(opinion_page):
    assert opinion_page.title == "Chile and Norway Draw Closer Over the Sea"
    assert opinion_page.section == "opinion"
    assert "Home /" not in opinion_page.text
    # the repeated title line under the breadcrumb is not coded either
    assert "Draw Closer" not in opinion_page.text


def test_byline_and_source_fill_author_and_outlet(opinion_page):
    assert opinion_page.author == "Ana Ruiz"
    assert opinion_page.outlet == "The Example Times"
    assert "Ana Ruiz" not in opinion_page.text


def test_widgets_captions_and_link_lists_are_removed(opinion_page):
    for chrome in ("Print Friendly", "Share this article", "Advertisement", "Photo:",
                   "Related articles", "Peru Weighs Its Options", "Fishing Quotas"):
        assert chrome not in opinion_page.text
        assert any(chrome in line for line in opinion_page.removed)


def test_body_sentences_kept_and_paragraphs_separated(opinion_page):
    assert opinion_page.text == (
        "Chile and Norway signed a fisheries accord in Oslo on Tuesday, ending two years of talks.\n"
        "The deal lets both fleets share catch data.\n"
        "\n"
        "By contrast, Peru rejected a similar offer last spring.\n"
        "Source: officials said the Peruvian cabinet was divided.\n"
        "\n"
        "Norway's trade minister praised the agreement as a model for the region."
    )


def test_plain_news_is_unchanged_and_filed_as_news():
    raw = (FIXTURES / "plain_news.txt").read_text(encoding="utf-8")
    cleaned = clean_document(raw)
    assert cleaned.text == raw.strip()
    assert cleaned.section == "news"
    assert cleaned.title is None and cleaned.author is None and cleaned.outlet is None
    assert cleaned.removed == []


def test_body_lines_that_resemble_chrome_survive_near_the_edges():
    # In a short document every line is in the head/foot region where bylines are sought.
    raw = (
        "By contrast, Peru rejected the offer.\n"
        "\n"
        "Source: officials said the talks failed.\n"
        "\n"
        "By Friday the delegations had left Lima.\n"
        "\n"
        "By the end of the week, Chile said it would try again.\n"
        "Sources: Two Diplomats Said the Deal Was Dead."
    )
    cleaned = clean_document(raw)
    assert cleaned.text == raw
    assert cleaned.author is None and cleaned.outlet is None


def test_byline_with_outlet_and_written_by():
    raw = "By Tomas Berg, Reuters\n\nSweden recalled its ambassador from Hungary."
    cleaned = clean_document(raw)
    assert (cleaned.author, cleaned.outlet) == ("Tomas Berg", "Reuters")
    assert cleaned.text == "Sweden recalled its ambassador from Hungary."

    raw = "Poland hosted talks with Lithuania.\n\nWritten by Marta Nowak and Jan Kowal"
    cleaned = clean_document(raw)
    assert cleaned.author == "Marta Nowak, Jan Kowal"
    assert cleaned.text == "Poland hosted talks with Lithuania."


def test_byline_role_is_not_an_outlet():
    cleaned = clean_document("By Omar Haddad, Staff Writer\n\nJordan opened its border crossing.")
    assert cleaned.author == "Omar Haddad"
    assert cleaned.outlet is None


def test_label_line_marks_opinion():
    cleaned = clean_document("OPINION\n\nCanada should rethink its Arctic policy.")
    assert cleaned.section == "opinion"
    assert cleaned.text == "Canada should rethink its Arctic policy."


def test_news_breadcrumb_stays_news():
    raw = "Home > World > Africa > Senegal and Gambia Reopen Border\n\nThe two states reopened the border."
    cleaned = clean_document(raw)
    assert cleaned.section == "news"
    assert cleaned.title == "Senegal and Gambia Reopen Border"
    assert cleaned.text == "The two states reopened the border."


def test_headline_first_line_becomes_title():
    raw = "Iceland Protests Whaling Ruling\n\nIceland lodged a protest with the court on Monday."
    cleaned = clean_document(raw)
    assert cleaned.title == "Iceland Protests Whaling Ruling"
    assert cleaned.text == "Iceland lodged a protest with the court on Monday."


def test_sentence_first_line_is_not_a_headline():
    raw = "Iceland protested the whaling ruling.\n\nThe court did not respond."
    cleaned = clean_document(raw)
    assert cleaned.title is None
    assert cleaned.text == raw


def test_normalisation():
    raw = "\ufeffCuba and Mexico\u200b signed a deal.   \r\n\r\n\r\n\r\nCafe\u0301 owners cheered.\r\n"
    cleaned = clean_document(raw)
    assert cleaned.text == "Cuba and Mexico signed a deal.\n\nCafé owners cheered."
    assert "\u0301" not in cleaned.text  # NFC composed the accent


def test_widget_inside_a_sentence_does_not_split_it():
    raw = "Chad and Sudan agreed to\nAdvertisement\nreopen the road to Abeche.\n\nTrade resumed."
    cleaned = clean_document(raw)
    assert cleaned.text == "Chad and Sudan agreed to\nreopen the road to Abeche.\n\nTrade resumed."


def test_widget_between_paragraphs_keeps_a_boundary():
    raw = "Chad reopened the road.\nShare on Facebook\nTweet\nSudan welcomed the move."
    cleaned = clean_document(raw)
    assert cleaned.text == "Chad reopened the road.\n\nSudan welcomed the move."


def test_known_title_repeat_is_dropped():
    raw = "Peru and Bolivia sign water pact\n\nPeru and Bolivia signed a water pact."
    cleaned = clean_document(raw, known_title="Peru and Bolivia Sign Water Pact")
    assert cleaned.text == "Peru and Bolivia signed a water pact."


def test_all_caps_byline_with_two_authors():
    cleaned = clean_document("Fiji and Samoa signed a maritime treaty.\n\nBY LUISA TAU AND MARK REID")
    assert cleaned.author == "LUISA TAU, MARK REID"
    assert cleaned.text == "Fiji and Samoa signed a maritime treaty."


def test_caption_and_credit_lines_removed_anywhere():
    raw = (
        "Estonia expelled two diplomats on Monday.\n\n"
        "File photo\n"
        "Image credit: Example Agency\n"
        "Soldiers at the border post. (Photo by Ivo Tamm)\n\n"
        "Latvia backed the decision.\n\n"
        "Finland urged calm.\n\n"
        "Sweden said nothing.\n\n"
        "Norway called for talks.\n\n"
        "Denmark sent an envoy.\n\n"
        "Iceland stayed silent."
    )
    cleaned = clean_document(raw)
    assert "photo" not in cleaned.text.lower() and "credit" not in cleaned.text.lower()
    assert cleaned.text.startswith("Estonia expelled two diplomats on Monday.\n\nLatvia backed")


def test_dateline_becomes_metadata_with_its_agency():
    cleaned = clean_document("OSLO, May 2 (Nordic Wire) - Norway pledged aid to Sudan on Tuesday.\n\nMore text follows.")
    assert cleaned.text.startswith("Norway pledged aid")
    assert cleaned.dateline == "Oslo"
    assert cleaned.outlet == "Nordic Wire"


def test_headline_above_a_dateline_is_the_title_whatever_its_case():
    cleaned = clean_document("“We will not wait”: a minister on the border talks\n\n"
                             "QUITO, June 3 — Ecuador's foreign minister met his Peruvian counterpart.")
    assert cleaned.title == "“We will not wait”: a minister on the border talks"
    assert cleaned.text.startswith("Ecuador's foreign minister")


def test_capitalised_header_block_of_a_communique():
    cleaned = clean_document("UNION OF LAKE STATES\nJOINT STATEMENT OF THE FOREIGN MINISTERS\nKampala, 12 March 2025\n\n"
                             "1. The ministers met in Kampala to review the ceasefire.")
    assert cleaned.title == "Joint Statement of the Foreign Ministers"
    assert cleaned.outlet == "Union of Lake States"
    assert cleaned.dateline == "Kampala"
    assert cleaned.text.startswith("1. The ministers met")


def test_a_dash_between_names_is_no_dateline():
    text = "US - China talks resumed in Geneva on Monday."
    assert clean_document(text).text == text


def test_a_sentence_about_photographs_is_not_a_caption():
    text = "Photographs from the ceremony showed both delegations smiling.\n\nPhoto by Lena Park/Nordic Wire"
    cleaned = clean_document(text)
    assert cleaned.text.startswith("Photographs from the ceremony")
    assert "Lena Park" not in cleaned.text
