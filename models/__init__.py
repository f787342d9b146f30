"""Record types passed between parlbrief's stages and written as JSON."""
from __future__ import annotations

from models.document import COLUMN_GAP, COLUMN_GAP_EM, IngestedDoc, Line, Page, PageMethod, SourceInfo
from models.letter import (
    SCHEMA_VERSION,
    Answer,
    DateSource,
    DocType,
    LetterRecord,
    LetterStructure,
    Meeting,
    Party,
    Question,
    Sender,
    Signatory,
    SubQuestion,
    TOGETHER,
)
from models.lines import LineRole
from models.manifest import FileStatus, ManifestEntry, RunKey
from models.options import OcrMode, Options
from models.repair import Repair, RepairedDoc

__all__ = [
    "Answer",
    "COLUMN_GAP",
    "COLUMN_GAP_EM",
    "DateSource",
    "SCHEMA_VERSION",
    "DocType",
    "FileStatus",
    "IngestedDoc",
    "LetterRecord",
    "LetterStructure",
    "Line",
    "LineRole",
    "ManifestEntry",
    "Meeting",
    "OcrMode",
    "Options",
    "Page",
    "PageMethod",
    "Party",
    "Question",
    "Repair",
    "RunKey",
    "RepairedDoc",
    "Sender",
    "Signatory",
    "SourceInfo",
    "SubQuestion",
    "TOGETHER",
]
