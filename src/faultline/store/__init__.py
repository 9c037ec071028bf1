"""The embedded SQLite store."""

from faultline.store.db import DEFAULT_DB, Store

__all__ = ["DEFAULT_DB", "Store"]
