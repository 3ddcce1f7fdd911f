"""allegiance: code political events from text and measure which way states are tilting."""

from allegiance.api import code_documents, code_text, ingest, report
from allegiance.model import Actor, Document, Event, Location, Quote

__all__ = ["Actor", "Document", "Event", "Location", "Quote", "code_documents", "code_text", "ingest", "report"]
__version__ = "0.1.0"
