"""Long documents are parsed in chunks but read as one document."""

from datetime import date

from allegiance import api
from allegiance.coder import coder as coder_module
from allegiance.model import Document


def test_chunks_keep_offsets_sentence_numbers_and_people(monkeypatch):
    monkeypatch.setattr(coder_module, "CHUNK_CHARS", 2_000)
    filler = "The weather stayed mild and the markets were calm on the day. " * 6
    paragraphs = ["Norway's Foreign Minister Ingrid Solberg arrived in Stockholm on Monday."]
    paragraphs += [filler.strip() for _ in range(12)]
    paragraphs.append("Solberg praised Sweden for its help with the refugees.")
    text = "\n\n".join(paragraphs)
    assert len(text) > 2 * 2_000

    document = Document(id="long", text=text, date=date(2024, 5, 6))
    whole = [s for s in api.coder().nlp(text).sents]
    events = next(api.code_documents([document]))[1]
    praise = [e for e in events if e.cameo == "051"]
    assert praise, [(e.cameo, e.sentence) for e in events]
    event = praise[0]
    assert event.source.code == "NORGOV"  # the role read in the first chunk still holds
    assert text[event.char_start:event.char_end].startswith("Solberg")
    assert whole[event.sentence_index].text.strip() == event.sentence  # numbering runs across chunks
    assert event.sentence in text


def test_split_text_cuts_at_paragraphs_and_covers_everything():
    text = "\n\n".join(f"Paragraph {i} " + "word " * 50 for i in range(40))
    pieces = list(coder_module.split_text(text, limit=1_000))
    assert "".join(p for p, _, _ in pieces) == text
    assert all(len(p) <= 1_000 for p, _, _ in pieces)
    assert [last for _, _, last in pieces].count(True) == 1 and pieces[-1][2]
    assert all(text[offset:offset + len(p)] == p for p, offset, _ in pieces)
