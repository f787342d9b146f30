"""Property tests: structure extraction never raises and keeps its own invariants on any text."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import Line, Page, PageMethod, RepairedDoc, SourceInfo
from pipeline.structure import extract_structure

# Text built from the pieces letters are made of, so the parser's branches are actually reached.
PIECES = st.sampled_from([
    "1.", "2)", "3.)", "Frage 4:", "IV.", "a)", "b)", ". ", "14.Menschen", "z.B.", "bzw.", "Nr. 5",
    "ca. 3,5 Mio. €", "08.11.2023", "1,4 %", "am 5. Oktober 2017", "Welche Maßnahmen?", "Wie viele?",
    "Sehr geehrter Herr Landrat,", "Mit freundlichen Grüßen", "Betreff:", "hier:", "Kopie an:",
    "An den", "Landrat des Kreises Wesel", "Herrn Dr. Müller", "Kleve, 23. November 2023",
    "Datum: 2024-01-15", "Az.: 12-34/2024", "Fraktion DIE LINKE", "Vorsitzender", "Begründung:",
    "Der Kreistag beschließt:", "Beschlussvorschlag:", "Anfrage", "Antrag", "\n", "\n\n", "\f", " ",
])
LETTERISH = st.lists(PIECES, max_size=60).map(" ".join)


def _doc(text: str) -> RepairedDoc:
    pages = [
        Page(number=n, method=PageMethod.TEXT, lines=[Line(text=line) for line in page.split("\n")])
        for n, page in enumerate(text.split("\f"), start=1)
    ]
    return RepairedDoc(source=SourceInfo(file="x.txt", sha256="0" * 64, pages=pages), pages=pages)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LETTERISH)
def test_structure_never_raises_and_numbers_questions_in_order(text: str):
    record = extract_structure(_doc(text))
    numbers = [q.number for q in record.questions]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    assert all(q.text == " ".join(q.text.split()) for q in record.questions)
    assert all(1 <= q.page <= text.count("\f") + 1 for q in record.questions)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_structure_never_raises_on_arbitrary_unicode(text: str):
    extract_structure(_doc(text))
