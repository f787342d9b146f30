"""Validated run options, built once by the CLI and passed down (env prefix PARLBRIEF_)."""
from __future__ import annotations

from enum import StrEnum

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class OcrMode(StrEnum):
    AUTO = "auto"  # use a PDF text layer when it is good, OCR otherwise
    ALWAYS = "always"
    NEVER = "never"


class Options(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PARLBRIEF_", frozen=True)

    ocr: OcrMode = OcrMode.AUTO
    lang: str = "deu"
    dpi: int = Field(default=300, ge=50, le=1200)
    page_timeout: float = Field(default=120.0, gt=0, description="seconds tesseract may spend on one page")
    max_pixels: int = Field(default=200_000_000, description="refuse images larger than this (decompression bombs)")
    max_pages: int = Field(default=2000, description="refuse documents with more pages")
    page_workers: int = Field(default=1, ge=1, description="pages of one file OCRed in parallel")
    repair: bool = True
    repair_threshold: float = Field(default=0.5, ge=0, le=1, description="edits below are suggestions only")
