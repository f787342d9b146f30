"""Structure stage: RepairedDoc → LetterStructure (placeholder until the structure issue lands)."""
from __future__ import annotations

from models import LetterStructure, RepairedDoc


def extract_structure(doc: RepairedDoc) -> LetterStructure:
    """Read header fields, signatories and numbered questions from the repaired text."""
    return LetterStructure()
