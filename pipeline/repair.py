"""Repair stage: IngestedDoc → RepairedDoc (placeholder until the repair issue lands)."""
from __future__ import annotations

from models import IngestedDoc, Options, RepairedDoc


def repair_document(doc: IngestedDoc, options: Options | None = None) -> RepairedDoc:
    """Return the document's pages repaired line for line, with every edit recorded."""
    pages = [page.model_copy(deep=True) for page in doc.pages]
    return RepairedDoc(source=doc.source, pages=pages)
