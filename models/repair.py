"""What the repair stage produces: corrected pages plus a trace of every edit."""
from __future__ import annotations

from pydantic import BaseModel, Field

from models.document import Page, SourceInfo


class Repair(BaseModel):
    """One automatic text change, locatable on the page it was made on."""

    page: int = Field(description="1-based page number")
    line: int = Field(description="0-based line index within the page")
    start: int = Field(description="character offset of the original within the original line")
    end: int = Field(description="end offset (exclusive) of the original within the original line")
    original: str
    replacement: str
    reason: str = Field(description="the rule or evidence that produced the edit")
    confidence: float = Field(ge=0.0, le=1.0)


class RepairedDoc(BaseModel):
    """Output of `pipeline.repair`: pages with the same line layout, corrected text."""

    source: SourceInfo = Field(description="provenance; its pages hold the unrepaired text")
    pages: list[Page] = Field(description="the repaired pages, line for line like the source")
    repairs: list[Repair] = Field(default_factory=list, description="edits that were applied")
    suggestions: list[Repair] = Field(
        default_factory=list, description="edits below the confidence threshold, not applied"
    )

    @property
    def text(self) -> str:
        return "\f".join(page.text for page in self.pages)

    @property
    def raw_text(self) -> str:
        return "\f".join(page.text for page in self.source.pages)
