"""Getting documents in: read files, JSONL and stdin safely, and strip page chrome.

``iter_documents`` yields :class:`allegiance.model.Document` objects (or
:class:`InputError` for inputs it cannot use, so one bad file never stops a batch);
``clean_document`` is the chrome cleaner it runs every text through.
"""

from allegiance.ingest.clean import Cleaned, clean_document
from allegiance.ingest.readers import InputError, iter_documents

__all__ = ["Cleaned", "InputError", "clean_document", "iter_documents"]
