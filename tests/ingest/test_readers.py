"""Reading inputs: documents come through, every problem is one clear line naming its input."""

import gzip
import io
import os
import sys
from datetime import date
from pathlib import Path

import pytest

from allegiance.ingest import InputError, iter_documents
from allegiance.model import Document

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = "Ghana and Kenya agreed to open a joint trade office.\n"


def split(items):
    docs = [x for x in items if isinstance(x, Document)]
    errors = [x for x in items if isinstance(x, InputError)]
    assert len(docs) + len(errors) == len(items)
    return docs, errors


def read(paths, **kw):
    return split(list(iter_documents([str(p) for p in paths], **kw)))


def one_line(err: InputError) -> str:
    msg = str(err)
    assert "\n" not in msg
    return msg


# ---------------------------------------------------------------- plain text


def test_text_file_becomes_a_cleaned_document():
    path = FIXTURES / "opinion_page.txt"
    docs, errors = read([path], default_date=date(2020, 5, 1))
    assert errors == []
    (doc,) = docs
    assert doc.id == "opinion_page.txt"
    assert doc.origin == str(path)
    assert doc.date == date(2020, 5, 1)
    assert doc.title == "Chile and Norway Draw Closer Over the Sea"
    assert (doc.author, doc.outlet, doc.section) == ("Ana Ruiz", "The Example Times", "opinion")
    assert doc.text.startswith("Chile and Norway signed a fisheries accord")
    assert "Share this article" not in doc.text


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    (doc,), _ = read([path])
    assert doc.text == GOOD.strip()


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("empty.txt", b"", "empty.txt: empty file"),
        ("blank.txt", b"  \n\n \n", "blank.txt: empty file"),
        ("notes.txt", b"Valid start. " + b"\xff" + b" rest", "notes.txt: not valid UTF-8 (byte 0xff at offset 13)"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200), "photo.jpg: JPEG image"),
        ("scan.txt", b"%PDF-1.7\n%binary", "scan.txt: PDF document"),
        ("logo.png", b"\x89PNG\r\n\x1a\n" + bytes(50), "logo.png: PNG image"),
        ("bundle.txt", b"PK\x03\x04" + bytes(50), "bundle.txt: ZIP archive"),
        ("blob.dat", b"abc\x00def" * 10, "blob.dat: binary file, not text"),
        ("noise.txt", bytes(range(1, 9)) * 40 + b"some text", "noise.txt: binary file"),
        ("chrome.txt", b"Share this article\nAdvertisement\nTweet\n", "chrome.txt: no text to code"),
        ("page.html", b"<html><body><p>Hi</p></body></html>", "page.html: HTML"),
    ],
)
def test_bad_inputs_are_reported_and_others_still_read(tmp_path, name, content, expected):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    docs, errors = read([bad, good])
    assert [d.id for d in docs] == ["good.txt"]
    (err,) = errors
    assert one_line(err).startswith(str(tmp_path / expected))


def test_gzip_file_is_named(tmp_path):
    path = tmp_path / "corpus.txt.gz"
    path.write_bytes(gzip.compress(GOOD.encode()))
    _, (err,) = read([path])
    assert "gzip" in one_line(err) and "corpus.txt.gz" in str(err)


def test_invalid_utf8_offset_is_absolute(tmp_path):
    data = ("é" * 600).encode() + b"\xc3\x28"  # bad continuation byte after 1200 bytes
    path = tmp_path / "latin.txt"
    path.write_bytes(data)
    _, (err,) = read([path])
    assert str(err) == f"{path}: not valid UTF-8 (byte 0xc3 at offset 1200)"


def test_missing_file(tmp_path):
    missing = tmp_path / "missing.txt"
    _, (err,) = read([missing])
    assert one_line(err) == f"{missing}: no such file"


def test_large_text_file_reads(tmp_path):
    paragraph = ("Ghana and Kenya agreed on Monday to expand trade, officials said. " * 5).strip()
    path = tmp_path / "big.txt"
    with open(path, "w", encoding="utf-8") as fh:
        while fh.tell() < 20 * 1024 * 1024:
            fh.write(paragraph + "\n\n")
    (doc,), errors = read([path])
    assert errors == []
    assert len(doc.text) > 20_000_000
    assert doc.text.count("\n\n") > 50_000


# ---------------------------------------------------------------- JSONL


def test_jsonl_fields_and_line_errors():
    path = FIXTURES / "docs.jsonl"
    docs, errors = read([path], default_date=date(1999, 1, 1))
    by_id = {d.id: d for d in docs}
    assert list(by_id) == ["a1", "docs.jsonl:2", "a6"]

    a1 = by_id["a1"]
    assert a1.date == date(2021, 3, 4)
    assert a1.title == "Neighbours Talk Trade"
    assert a1.outlet == "Example Wire"
    assert a1.url == "https://example.org/a1"
    assert a1.author == "Lea Costa"
    assert a1.origin == str(path)
    assert a1.text == "Brazil and Argentina held talks on trade in Buenos Aires."

    assert by_id["docs.jsonl:2"].date == date(2021, 3, 5)  # datetime string → date
    # chrome inside a JSONL text is cleaned too and fills the missing title
    assert by_id["a6"].title == "Mali Recalls Its Envoy"
    assert by_id["a6"].text == "Mali recalled its ambassador from Niger on Friday."
    assert by_id["a6"].date == date(1999, 1, 1)  # no date: the default

    messages = [one_line(e) for e in errors]
    assert messages[0].startswith(f"{path}:4: invalid JSON (")
    assert messages[1] == f'{path}:5: no "text" field'
    assert messages[2].startswith(f"{path}:6: invalid date")
    assert len(messages) == 3


def test_jsonl_numeric_id_and_ndjson(tmp_path):
    path = tmp_path / "feed.ndjson"
    path.write_text('{"id": 42, "text": "Chile thanked Peru."}\n', encoding="utf-8")
    (doc,), _ = read([path])
    assert doc.id == "42"


def test_jsonl_bad_utf8_line_keeps_others(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "Chile thanked Peru."}\n{"text": "bad \xff"}\n{"text": "Peru thanked Chile."}\n')
    docs, (err,) = read([path])
    assert [d.text for d in docs] == ["Chile thanked Peru.", "Peru thanked Chile."]
    assert str(err).startswith(f"{path}:2: not valid UTF-8 (byte 0xff at offset ")


def test_json_array_file(tmp_path):
    path = tmp_path / "batch.json"
    path.write_text('[{"text": "Chile thanked Peru."}, {"id": "x", "text": "Peru thanked Chile."}]')
    docs, errors = read([path])
    assert errors == []
    assert [d.id for d in docs] == ["batch.json:1", "x"]


# ---------------------------------------------------------------- directories, globs, stdin


def make_tree(root: Path) -> None:
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "b.txt").write_text("Chile thanked Peru.\n")
    (root / "a.md").write_text("Peru thanked Chile.\n")
    (root / "sub" / "c.jsonl").write_text('{"id": "c1", "text": "Brazil praised Uruguay."}\n')
    (root / "sub" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / ".secret.txt").write_text("Hidden file.\n")
    (root / ".hidden" / "d.txt").write_text("Hidden folder.\n")


def test_directory_is_walked_sorted_skipping_hidden_and_other_types(tmp_path):
    make_tree(tmp_path / "corpus")
    docs, errors = read([tmp_path / "corpus"])
    assert errors == []
    assert [d.id for d in docs] == ["a.md", "b.txt", "c1"]


def test_empty_directory_is_reported(tmp_path):
    (tmp_path / "nothing").mkdir()
    _, (err,) = read([tmp_path / "nothing"])
    assert str(tmp_path / "nothing") in one_line(err)


def test_glob_pattern(tmp_path):
    make_tree(tmp_path / "corpus")
    docs, errors = read([tmp_path / "corpus" / "*.txt", tmp_path / "corpus" / "*.pdf"])
    assert [d.id for d in docs] == ["b.txt"]
    (err,) = errors
    assert one_line(err) == f"{tmp_path / 'corpus' / '*.pdf'}: no files match this pattern"


def test_same_file_twice_is_read_once(tmp_path):
    make_tree(tmp_path / "corpus")
    docs, _ = read([tmp_path / "corpus" / "b.txt", tmp_path / "corpus" / "*.txt"])
    assert [d.id for d in docs] == ["b.txt"]


def test_stdin_plain_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("By Jane Moss\n\nChile thanked Peru for its help.\n"))
    (doc,), errors = read(["-"], default_date=date(2022, 2, 2))
    assert errors == []
    assert (doc.id, doc.origin, doc.date) == ("-", "-", date(2022, 2, 2))
    assert doc.author == "Jane Moss"
    assert doc.text == "Chile thanked Peru for its help."


def test_stdin_jsonl(monkeypatch):
    data = '{"id": "s1", "text": "Chile thanked Peru."}\n\n{"text": "Peru thanked Chile."}\n{oops\n'
    monkeypatch.setattr(sys, "stdin", io.StringIO(data))
    docs, (err,) = read(["-"])
    assert [d.id for d in docs] == ["s1", "-:3"]
    assert one_line(err).startswith("<stdin>:4: invalid JSON")


def test_stdin_binary_bytes(monkeypatch):
    class FakeStdin:
        buffer = io.BytesIO(b"%PDF-1.4 stuff")

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    _, (err,) = read(["-"])
    assert one_line(err).startswith("<stdin>: PDF document")


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_unreadable_file_is_reported(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can read anything")
    path = tmp_path / "locked.txt"
    path.write_text(GOOD)
    path.chmod(0)
    _, (err,) = read([path])
    assert one_line(err).startswith(f"{path}: cannot read")


def test_text_file_named_jsonl_gives_one_error(tmp_path):
    path = tmp_path / "notes.jsonl"
    path.write_text("Chile thanked Peru.\nPeru thanked Chile.\nBrazil praised Uruguay.\n")
    _, errors = read([path])
    assert [str(e) for e in errors] == [f"{path}:1: not JSONL (expected one JSON object per line)"]
