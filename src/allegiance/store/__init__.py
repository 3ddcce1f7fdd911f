"""Persistent storage for coded documents and events (DuckDB file by default)."""

from .duckdb_store import SchemaError, Store, event_id

__all__ = ["SchemaError", "Store", "event_id"]
