"""RSS/Atom feeds: each item's page is fetched from a local server and coded as one document."""

from datetime import date
from pathlib import Path

import pytest

from allegiance.ingest import InputError, iter_documents
from allegiance.ingest.feeds import looks_like_feed
from allegiance.model import Document

WEB = Path(__file__).parent / "fixtures" / "web"


def serve_site(site):
    """Serve the three pages and the feed (whose links point back at this server)."""
    for page in ("news_page.html", "bare_page.html", "opinion_page.html", "german_page.html"):
        site.add(f"/{page}", (WEB / page).read_bytes())
    feed = (WEB / "feed.rss").read_text(encoding="utf-8").replace("{BASE}", site.base)
    return site.add("/feed.rss", feed, "application/rss+xml"), feed


def check_three_items(items, site):
    assert all(isinstance(i, Document) for i in items), items
    news, bare, opinion = items
    assert [d.id for d in items] == [site.url("/news_page.html"), site.url("/bare_page.html"),
                                     site.url("/opinion_page.html")]
    # The page's own metadata wins ...
    assert news.date == date(2024, 3, 4) and news.author == "Amara Okafor"
    assert news.outlet == "The Meridian Post"
    assert news.text.startswith("Ghana and Kenya agreed on Monday")
    # ... and the item fills what the page lacks; the feed's title stands in for the outlet.
    assert bare.title == "Peru and Bolivia Sign Water Pact"
    assert bare.date == date(2024, 3, 5)
    assert bare.author == "Rafael Quispe"
    assert bare.outlet == "The Meridian Post - World"
    assert opinion.section == "opinion" and news.section == "news"
    assert "\n\n" in bare.text


def test_feed_url_yields_one_document_per_item(local_site):
    feed_url, _ = serve_site(local_site)
    items = list(iter_documents([feed_url], default_date=date(2000, 1, 1)))
    check_three_items(items, local_site)
    assert items[0].origin == feed_url
    assert [p for p, _ in local_site.requests] == [
        "/feed.rss", "/news_page.html", "/bare_page.html", "/opinion_page.html"]


def test_feed_file_fetches_its_item_links(local_site, tmp_path):
    _, feed = serve_site(local_site)
    path = tmp_path / "world.xml"  # .xml is read as a feed because its root is <rss>
    path.write_text(feed, encoding="utf-8")
    check_three_items(list(iter_documents([str(path)])), local_site)


def test_dead_item_link_is_named_and_other_items_still_read(local_site, tmp_path):
    _, feed = serve_site(local_site)
    del local_site.routes["/bare_page.html"]
    path = tmp_path / "world.rss"
    path.write_text(feed, encoding="utf-8")
    news, dead, opinion = list(iter_documents([str(path)]))
    assert isinstance(news, Document) and isinstance(opinion, Document)
    assert str(dead) == f"{local_site.url('/bare_page.html')}: feed item: HTTP 404 Not Found"


def test_non_english_item_is_skipped(local_site, tmp_path):
    _, feed = serve_site(local_site)
    path = tmp_path / "world.rss"
    path.write_text(feed.replace("/bare_page.html", "/german_page.html"), encoding="utf-8")
    items = list(iter_documents([str(path)]))
    assert str(items[1]) == (f"{local_site.url('/german_page.html')}: "
                             "language 'de' (not English), skipped")


def test_atom_item_without_link_is_coded_from_its_content(tmp_path):
    path = tmp_path / "notes.atom"
    path.write_text("""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Desk Notes</title>
  <id>urn:uuid:desk-notes</id>
  <updated>2024-06-01T00:00:00Z</updated>
  <entry>
    <title>Japan and Vietnam hold talks</title>
    <id>urn:uuid:note-1</id>
    <updated>2024-06-01T08:00:00Z</updated>
    <author><name>Desk Editor</name></author>
    <content type="html">&lt;p&gt;Japan and Vietnam held talks in Hanoi on Saturday about coast guard cooperation, officials said.&lt;/p&gt;</content>
  </entry>
</feed>""", encoding="utf-8")
    (doc,) = list(iter_documents([str(path)]))
    assert (doc.id, doc.title, doc.author, doc.date, doc.outlet) == (
        "urn:uuid:note-1", "Japan and Vietnam hold talks", "Desk Editor", date(2024, 6, 1), "Desk Notes")
    assert doc.text.startswith("Japan and Vietnam held talks in Hanoi")


@pytest.mark.parametrize("content, expected", [
    ("<rss version='2.0'><channel><title>Empty</title></channel></rss>", "feed has no items"),
    ("<rss>&&& <<< \x01 not xml at all", "not a valid RSS/Atom feed"),
])
def test_empty_or_broken_feed_is_one_line(tmp_path, content, expected):
    path = tmp_path / "bad.rss"
    path.write_text(content, encoding="utf-8")
    (err,) = list(iter_documents([str(path)]))
    assert isinstance(err, InputError)
    assert str(err).startswith(f"{path}: {expected}") and "\n" not in str(err)


@pytest.mark.parametrize("head, expected", [
    (b'<?xml version="1.0"?>\n<!-- hi -->\n<rss version="2.0">', True),
    (b'\xef\xbb\xbf<feed xmlns="http://www.w3.org/2005/Atom">', True),
    (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', True),
    (b'<?xml version="1.0"?><urlset>', False),
    (b"<!DOCTYPE html><html>", False),
])
def test_feed_roots_are_recognised(head, expected):
    assert looks_like_feed(head) is expected
