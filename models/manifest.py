"""One line of `manifest.jsonl`: what happened to one input of a batch."""
from __future__ import annotations

import hashlib
from enum import StrEnum

from pydantic import BaseModel, Field


class FileStatus(StrEnum):
    OK = "ok"
    PARTIAL = "partial"  # a record was written, but reading the file lost or guessed something (see error)
    FAILED = "failed"
    SKIPPED = "skipped"


class ManifestEntry(BaseModel):
    input: str
    output: str | None = None
    sha256: str | None = None
    pipeline_version: str
    run_key: str | None = Field(default=None, description="RunKey.id of the run that made the record")
    build: str | None = Field(default=None, description="RunKey.build of the parlbrief that made the record")
    resolved: str | None = Field(default=None, description="the input's resolved path: its identity between runs")
    status: FileStatus
    error: str | None = None
    pages: int = 0
    seconds: float = 0.0


class RunKey(BaseModel):
    """What a record depends on besides its input's bytes. A rerun redoes an input when a part
    that applies to it changed (see `pipeline.fingerprint.still_current`)."""

    version: str = Field(description="parlbrief's package version")
    code: str = Field(description="hash of the pipeline's code and model files")
    data: str = Field(description="hash of the word lists and frequencies behind repair")
    repair: str = Field(description="repair options")
    reading: str = Field(description="how PDF and image pages are read (--ocr)")
    ocr: str = Field(description="tesseract's version and language data, --lang and --dpi; 'none' without OCR")

    @property
    def id(self) -> str:
        """A short name for the whole key."""
        return hashlib.sha1(self.model_dump_json().encode()).hexdigest()[:12]

    @property
    def build(self) -> str:
        """Which parlbrief made the record, options aside: '0.2.0+<hash of code and data>'."""
        return f"{self.version}+{hashlib.sha1(f'{self.code} {self.data}'.encode()).hexdigest()[:8]}"
