"""Helpers for the structure tests: build a RepairedDoc from plain text, compare with gold."""
from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from typing import Any

from models import LetterStructure, Line, Page, PageMethod, RepairedDoc, SourceInfo
from pipeline.structure import extract_structure


def make_doc(text: str) -> RepairedDoc:
    """A RepairedDoc from text: pages split on form feeds, lines on newlines (method=text)."""
    pages = [
        Page(number=i + 1, method=PageMethod.TEXT, lines=[Line(text=t) for t in chunk.split("\n")])
        for i, chunk in enumerate(text.split("\f"))
    ]
    sha = hashlib.sha256(text.encode()).hexdigest()
    return RepairedDoc(source=SourceInfo(file="test.txt", sha256=sha, pages=pages), pages=pages)


def observed(result: LetterStructure, name: str) -> Any:
    """The value of one field in the shape EXPECTED uses."""
    if name in ("sender", "addressee"):
        party = getattr(result, name)
        return (party.name, party.role, party.organization)
    if name == "signatories":
        return [(s.name, s.role) for s in result.signatories]
    if name == "meetings":
        return [(m.body, m.date) for m in result.meetings]
    if name == "questions":
        return [(q.number, q.label, q.number_inferred, q.text, [s.label for s in q.subquestions])
                for q in result.questions]
    return getattr(result, name)


def structure_of(letters: dict[str, str]) -> Callable[[str], LetterStructure]:
    """The structure of a named letter (text), computed once per letter."""
    return functools.cache(lambda name: extract_structure(make_doc(letters[name])))


def squash(text: str | None) -> str | None:
    """Whitespace-normalised text for gold comparison."""
    return " ".join(text.split()) if text is not None else None


def test_make_doc_splits_pages_and_lines() -> None:
    doc = make_doc("a\nb\fc")
    assert [len(p.lines) for p in doc.pages] == [2, 1]
    assert doc.text == "a\nb\fc"
