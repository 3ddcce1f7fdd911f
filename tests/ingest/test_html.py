"""HTML pages: the article's text and metadata come through; hostile pages give one clear line."""

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from allegiance.ingest import InputError, iter_documents
from allegiance.ingest.html import MAX_HTML_BYTES, is_opinion
from allegiance.model import Document

WEB = Path(__file__).parent / "fixtures" / "web"
ARTICLE = ("<p>Ghana and Kenya agreed on Monday to open a joint trade office in Accra, "
           "officials from both governments said.</p>"
           "<p>The two governments also pledged to simplify customs checks at their ports.</p>")


def read(*paths, **kw):
    return list(iter_documents([str(p) for p in paths], **kw))


def one_error(path, **kw):
    (item,) = read(path, **kw)
    assert isinstance(item, InputError), item
    message = str(item)
    assert "\n" not in message and message.startswith(f"{path}: ")
    return message


# ---------------------------------------------------------------- pages


def test_news_page_keeps_the_article_and_drops_chrome():
    (doc,) = read(WEB / "news_page.html", default_date=date(2020, 1, 1))
    assert isinstance(doc, Document)
    assert doc.id == "news_page.html"
    assert doc.text.startswith("Ghana and Kenya agreed on Monday to open a joint trade office")
    for chrome in ("Advertisement", "Most read", "Home", "Nigeria should invade",
                   "Great article", "Copyright", "trackingQueue", "By Amara Okafor"):
        assert chrome not in doc.text
    # Paragraphs stay apart: the sentence splitter treats blank lines as hard breaks.
    assert doc.text.count("\n\n") == 2
    assert (doc.title, doc.author, doc.outlet) == (
        "Ghana and Kenya Open Joint Trade Office", "Amara Okafor", "The Meridian Post")
    assert doc.date == date(2024, 3, 4)  # the page's own date beats --date
    assert doc.section == "news"


def test_opinion_section_is_flagged():
    (doc,) = read(WEB / "opinion_page.html")
    assert doc.section == "opinion"
    assert (doc.author, doc.outlet, doc.date) == ("Lucia Ferrante", "The Harbour Review",
                                                   date(2023, 11, 20))
    assert "Share on social media" not in doc.text


def test_page_without_metadata_takes_the_default_date():
    (doc,) = read(WEB / "bare_page.html", default_date=date(2024, 3, 5))
    assert doc.date == date(2024, 3, 5)
    assert (doc.title, doc.author, doc.section) == (None, None, "news")
    assert doc.text.startswith("Peru and Bolivia signed an agreement")


@pytest.mark.parametrize("labels, url, expected", [
    (["Opinion"], None, True), (["World", "News Analysis"], None, True),
    (["Op-Ed"], None, True), (["Columns"], None, True), (["Editorials"], None, True),
    (["Comment is free"], None, True), ([], "https://news.example/opinion/2024/why-it-matters", True),
    (["World", "Politics"], "https://news.example/world/opinion-polls-close", False),
    (["Columbia"], None, False),
])
def test_opinion_labels(labels, url, expected):
    assert is_opinion(labels, url) is expected


def test_latin1_page_with_declared_charset_is_read(tmp_path):
    html = ('<html><head><meta charset="iso-8859-1"></head><body><article>'
            "<p>The president of Perú met the Chilean foreign minister in Lima on Monday, "
            "officials said.</p></article></body></html>")
    path = tmp_path / "peru.html"
    path.write_bytes(html.encode("latin-1"))
    (doc,) = read(path)
    assert "Perú" in doc.text


def test_html_files_in_a_directory_are_read(tmp_path):
    (tmp_path / "a.html").write_text(f"<html><body><article>{ARTICLE}</article></body></html>")
    (tmp_path / "b.txt").write_text("Chile and Norway signed a fisheries accord on Friday.\n")
    assert sorted(d.id for d in read(tmp_path)) == ["a.html", "b.txt"]


# ---------------------------------------------------------------- hostile pages


def test_script_bomb_is_ignored_and_the_article_survives(tmp_path):
    # A multi-megabyte script must neither leak into the text nor hide the article.
    bomb = "<script>" + "var x = 'Russia invades everything';" * 250_000 + "</script>"
    path = tmp_path / "bomb.html"
    path.write_text(f"<html><head><script>a();</script></head><body>{bomb}"
                    f"<article>{ARTICLE}</article><script src='x.js'></script></body></html>")
    assert 8_000_000 < path.stat().st_size < MAX_HTML_BYTES
    (doc,) = read(path)
    assert "Russia invades" not in doc.text
    assert doc.text.startswith("Ghana and Kenya agreed")


def test_page_that_is_only_scripts_is_a_clear_error(tmp_path):
    path = tmp_path / "scripts.html"
    path.write_text("<html><body><script>" + "a();" * 10_000 + "</script></body></html>")
    assert "no article text" in one_error(path)


def test_article_buried_under_deep_nesting_is_a_clear_error(tmp_path):
    path = tmp_path / "nested.html"
    path.write_text("<html><body>" + "<div>" * 100_000 + ARTICLE + "</div>" * 100_000
                    + "</body></html>")
    assert "nested too deeply" in one_error(path)


def test_nesting_bomb_after_the_article_does_not_hide_it(tmp_path):
    path = tmp_path / "bomb-after.html"
    path.write_text(f"<html><body><article>{ARTICLE}</article>" + "<div><span><b>" * 50_000)
    (doc,) = read(path)
    assert doc.text.startswith("Ghana and Kenya agreed")


def test_binary_junk_is_refused(tmp_path):
    path = tmp_path / "junk.html"
    path.write_bytes(b"<html><body>" + bytes(range(256)) * 200 + b"</body></html>")
    message = one_error(path)
    assert "binary" in message or "not valid" in message


def test_binary_junk_after_the_sniffed_head_is_refused(tmp_path):
    path = tmp_path / "late-junk.html"
    path.write_bytes(b"<html><body>" + b" " * 9000 + b"\x01\x02\x03\x04" * 5000 + b"</body></html>")
    assert "binary data" in one_error(path)


def test_invalid_utf8_names_the_byte(tmp_path):
    path = tmp_path / "broken.html"
    path.write_bytes(b"<html><body><p>Valid start " + b"\xff\xfe\xfa" + b" rest</p></body></html>")
    assert one_error(path) == f"{path}: HTML page is not valid utf-8 (byte 0xff at offset 27)"


def test_unknown_charset_is_named(tmp_path):
    path = tmp_path / "odd.html"
    path.write_text('<html><head><meta charset="x-martian"></head><body>' + ARTICLE + "</body></html>")
    assert "unknown character set 'x-martian'" in one_error(path)


def test_oversized_page_is_not_read(tmp_path):
    path = tmp_path / "huge.html"
    with open(path, "wb") as fh:
        fh.write(b"<html><body>" + b" " * MAX_HTML_BYTES)
    assert "larger than" in one_error(path)


def test_tiny_page_is_an_error_and_good_files_still_read(tmp_path):
    bad = tmp_path / "tiny.html"
    bad.write_text("<html><body><p>Hi</p></body></html>")
    good = tmp_path / "good.html"
    good.write_text(f"<html><body><article>{ARTICLE}</article></body></html>")
    bad_item, good_item = read(bad, good)
    assert isinstance(bad_item, InputError) and "no article text" in str(bad_item)
    assert isinstance(good_item, Document)


def test_xml_that_is_not_a_feed_is_named(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>')
    assert one_error(path) == f"{path}: XML file, not an RSS/Atom feed"


# ---------------------------------------------------------------- URLs


def test_url_is_fetched_and_its_id_is_the_url(local_site):
    url = local_site.add("/world/ghana-kenya", (WEB / "news_page.html").read_bytes())
    (doc,) = read(url)
    assert (doc.id, doc.url, doc.origin) == (url, url, url)
    assert doc.title == "Ghana and Kenya Open Joint Trade Office"


def test_url_in_an_opinion_folder_is_opinion(local_site):
    url = local_site.add("/opinion/ghana-kenya", (WEB / "bare_page.html").read_bytes())
    (doc,) = read(url)
    assert doc.section == "opinion"


def test_plain_text_url_is_read(local_site):
    url = local_site.add("/wire.txt", "Ghana and Kenya agreed to open a joint trade office.\n",
                         "text/plain; charset=utf-8")
    (doc,) = read(url, default_date=date(2024, 1, 2))
    assert (doc.id, doc.url, doc.date) == (url, url, date(2024, 1, 2))


def test_dead_url_and_unsupported_type_are_one_line_errors(local_site):
    missing = local_site.url("/gone")
    pdf = local_site.add("/file.pdf", b"%PDF-1.7 ...", "application/pdf")
    items = read(missing, pdf)
    assert [str(i) for i in items] == [
        f"{missing}: HTTP 404 Not Found",
        f"{pdf}: unsupported content type 'application/pdf' (expected HTML, a feed or text)",
    ]


# ---------------------------------------------------------------- CLI


def test_cli_codes_an_html_page_end_to_end():
    from allegiance.cli import app

    result = CliRunner().invoke(app, ["code", "-f", "jsonl", str(WEB / "news_page.html")])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert events and {e["doc_id"] for e in events} == {"news_page.html"}
    dyads = {(e["source"]["country"], e["target"]["country"]) for e in events
             if e["source"] and e["target"]}
    assert dyads & {("GHA", "KEN"), ("KEN", "GHA")}
    assert not any("Nigeria" in e["sentence"] for e in events)  # reader comments are not coded


def test_cli_skipped_language_is_a_note_not_a_failure():
    from allegiance.cli import app

    result = CliRunner().invoke(app, ["code", "-f", "jsonl", str(WEB / "german_page.html"),
                                      str(WEB / "news_page.html")])
    assert "language 'de' (not English), skipped" in result.output
    assert result.exit_code == 0
