"""Fixtures shared by the ingest tests: a local web site for URL and feed reading."""

from web_server import local_site  # noqa: F401 - registers the fixture for this folder
