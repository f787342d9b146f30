"""Helpers for the structure tests: build a RepairedDoc from plain text, compare with gold."""
from __future__ import annotations

import hashlib

from models import Line, Page, PageMethod, RepairedDoc, SourceInfo


def make_doc(text: str) -> RepairedDoc:
    """A RepairedDoc from text: pages split on form feeds, lines on newlines (method=text)."""
    pages = [
        Page(number=i + 1, method=PageMethod.TEXT, lines=[Line(text=t) for t in chunk.split("\n")])
        for i, chunk in enumerate(text.split("\f"))
    ]
    sha = hashlib.sha256(text.encode()).hexdigest()
    return RepairedDoc(source=SourceInfo(file="test.txt", sha256=sha, pages=pages), pages=pages)


def squash(text: str | None) -> str | None:
    """Whitespace-normalised text for gold comparison."""
    return " ".join(text.split()) if text is not None else None


def test_make_doc_splits_pages_and_lines() -> None:
    doc = make_doc("a\nb\fc")
    assert [len(p.lines) for p in doc.pages] == [2, 1]
    assert doc.text == "a\nb\fc"
