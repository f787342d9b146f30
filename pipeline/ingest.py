"""Ingestion stage: file on disk → IngestedDoc (text layer, OCR, or plain text)."""
from __future__ import annotations

from pathlib import Path

from models import IngestedDoc, Options


def ingest_file(path: Path, options: Options) -> IngestedDoc:
    raise NotImplementedError
