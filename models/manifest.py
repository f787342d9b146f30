"""One line of `manifest.jsonl`: what happened to one input of a batch."""
from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel


class FileStatus(StrEnum):
    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"


class ManifestEntry(BaseModel):
    input: str
    output: str | None = None
    sha256: str | None = None
    pipeline_version: str
    status: FileStatus
    error: str | None = None
    pages: int = 0
    seconds: float = 0.0
