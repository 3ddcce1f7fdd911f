"""Only English is coded: other languages are skipped with a note, short texts are kept."""

from pathlib import Path

import pytest

from allegiance.ingest import InputError, iter_documents
from allegiance.ingest.language import MIN_CHARS, is_english
from allegiance.ingest.readers import SkippedInput
from allegiance.model import Document

WEB = Path(__file__).parent / "fixtures" / "web"
GERMAN = ("Die Bundesregierung hat am Montag neue Sanktionen gegen mehrere Unternehmen "
          "beschlossen, teilte ein Sprecher des Ministeriums in Berlin mit.")
FRENCH = ("Le gouvernement a annoncé lundi la signature d'un accord commercial avec le Sénégal, "
          "selon un communiqué publié à Paris.")
SPANISH = ("El presidente de Colombia recibió el martes al canciller de Ecuador en Bogotá para "
           "hablar sobre la seguridad en la frontera común.")


@pytest.mark.parametrize("text, lang", [(GERMAN, "de"), (FRENCH, "fr"), (SPANISH, "es")])
def test_other_languages_are_detected(text, lang):
    assert is_english(text) == (False, lang)


@pytest.mark.parametrize("text", [
    "Ghana and Kenya agreed to open a joint trade office.",
    "Prime Minister Mohammed Shia al-Sudani received Sergei Lavrov in Baghdad on Sunday.",
    "Baghdad, Moscow: Al-Sudani and Lavrov sign accord on oil",
    "Iraq Russia Syria Iran",  # too short to judge: assumed English
    "NATO EU UN OSCE",
])
def test_english_news_and_short_texts_are_kept(text):
    assert is_english(text) == (True, "en")


def test_short_foreign_text_is_assumed_english():
    short = "Der Minister reist nach Paris."
    assert len(short) < MIN_CHARS
    assert is_english(short)[0] is True


def test_non_english_text_file_is_skipped_with_a_note(tmp_path):
    de = tmp_path / "bericht.txt"
    de.write_text(GERMAN + "\n", encoding="utf-8")
    en = tmp_path / "report.txt"
    en.write_text("Ghana and Kenya agreed to open a joint trade office in Accra on Monday.\n",
                  encoding="utf-8")
    items = list(iter_documents([str(de), str(en)]))
    skipped, doc = items
    assert isinstance(skipped, SkippedInput) and isinstance(skipped, InputError)
    assert str(skipped) == f"{de}: language 'de' (not English), skipped"
    assert isinstance(doc, Document) and doc.id == "report.txt"


def test_jsonl_line_in_another_language_is_skipped_with_its_line(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "a", "text": "Chile and Norway signed a fisheries accord on Friday."}\n'
                    '{"id": "b", "text": "' + FRENCH.replace("'", "'") + '"}\n', encoding="utf-8")
    doc, skipped = list(iter_documents([str(path)]))
    assert doc.id == "a"
    assert str(skipped) == f"{path}:2: language 'fr' (not English), skipped"


def test_non_english_html_page_is_skipped():
    (item,) = list(iter_documents([str(WEB / "german_page.html")]))
    assert isinstance(item, SkippedInput)
    assert "language 'de' (not English), skipped" in str(item)
