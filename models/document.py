"""What ingestion produces: pages of positioned text lines with their provenance."""
from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field


class PageMethod(StrEnum):
    TEXT_LAYER = "text-layer"
    OCR = "ocr"
    TEXT = "text"


# Parts of one line printed side by side (a letterhead beside the address, a date beside a name)
# are joined by COLUMN_GAP in `Line.text`; a horizontal gap wider than COLUMN_GAP_EM line heights
# between two words separates such parts (word spaces, even justified, stay under one).
COLUMN_GAP = "   "
COLUMN_GAP_EM = 2.0


class Line(BaseModel):
    """One text line as it stands on the page."""

    text: str
    bbox: tuple[float, float, float, float] | None = Field(
        default=None, description="x0, top, x1, bottom in page points (1/72 inch)"
    )
    confidence: float | None = Field(default=None, description="mean OCR word confidence, 0-100")


class Page(BaseModel):
    """One page with the method that produced its text and why that method was chosen."""

    number: int = Field(description="1-based page number")
    method: PageMethod
    reason: str = Field(default="", description="why this method was used for this page")
    width: float | None = Field(default=None, description="page width in points")
    height: float | None = Field(default=None, description="page height in points")
    lines: list[Line] = Field(default_factory=list)
    mean_confidence: float | None = Field(default=None, description="mean OCR confidence, 0-100")
    ocr_engine: str | None = Field(
        default=None, description="the OCR engine, version and language data that read the page (also when its text layer was kept)"
    )
    text_layer_score: float | None = Field(
        default=None, description="quality score of the PDF text layer, 0-1, when one existed"
    )
    seconds: float = 0.0
    preparation: list[str] = Field(
        default_factory=list, description="page-image preparation steps that ran before OCR, in order"
    )
    skew_degrees: float | None = Field(
        default=None, description="skew angle measured before OCR (counter-clockwise correction, degrees)"
    )
    confidence_before: float | None = Field(
        default=None, description="mean OCR confidence of the first pass, before retries and noise removal"
    )
    noise: list[Line] = Field(
        default_factory=list, description="stamps, scribbles and margin specks kept out of the text"
    )
    warnings: list[str] = Field(default_factory=list, description="e.g. text bands OCR could not read")

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


class SourceInfo(BaseModel):
    """Where a letter came from and how its text was obtained."""

    file: str = Field(description="input file name")
    sha256: str
    pages: list[Page] = Field(default_factory=list, exclude=False)
    warnings: list[str] = Field(
        default_factory=list,
        description="what reading the file lost or had to guess (no text found, recovered from damage): check it",
    )

    @property
    def page_count(self) -> int:
        return len(self.pages)


class IngestedDoc(BaseModel):
    """Output of `pipeline.ingest`: the raw text of every page."""

    source: SourceInfo

    @property
    def pages(self) -> list[Page]:
        return self.source.pages

    @property
    def text(self) -> str:
        """Full text, pages separated by form feeds."""
        return "\f".join(page.text for page in self.pages)
