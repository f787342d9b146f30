"""Structure stage: RepairedDoc → LetterStructure (header fields, parties, questions, motions)."""
from __future__ import annotations

import logging
import re

from models import DocType, LetterStructure, RepairedDoc
from pipeline import structure_header as header
from pipeline import structure_parties as parties
from pipeline.structure_motions import extract_motions
from pipeline.structure_questions import extract_questions
from pipeline.structure_text import TextLine, prepare_lines

log = logging.getLogger(__name__)

# Where a letter names places: "47533 Kleve", "Kreises Wesel", "Kreistag Kleve", "Stadt Emmerich".
PLACE_CUES = re.compile(
    r"(?:\b\d{5}\s+|\b(?:Kreis(?:es)?|Kreistag(?:es|s)?|Stadt|Gemeinde|Landrat des Kreises)\s+)"
    r"(?P<place>[A-ZÄÖÜ][\wÄÖÜäöüß\-]+)"
)


def _known_places(text: str, place: str | None) -> set[str]:
    places = {m["place"] for m in PLACE_CUES.finditer(text)}
    return places | ({place} if place else set())


def _text(lines: list[TextLine], start: int, end: int) -> str:
    return "\n".join(line.text for line in lines[start:end])


def extract_structure(doc: RepairedDoc) -> LetterStructure:
    """Read header fields, parties, numbered questions and motion points from the repaired text.

    Needs: `doc.pages[*].lines` (text; bbox unused). Produces: a `LetterStructure`; what the
    parser was unsure about goes to `warnings`. Pure: no I/O.
    """
    lines = prepare_lines(doc)
    layout = header.find_layout(lines)
    layout.address = parties.address_block(layout)
    date, place = header.letter_date(layout)
    subject = header.subject(layout)
    salutation = lines[layout.salutation].text if layout.salutation >= 0 else None
    body_start = layout.salutation + 1 if layout.salutation >= 0 else 0
    body_text = _text(lines, body_start, layout.body_end)
    questions, warnings = extract_questions(lines, body_start, layout.body_end)
    kind = header.doc_type(subject, body_text, has_questions=any("?" in q.text for q in questions))
    asking = sum("?" in q.text for q in questions)
    if kind is DocType.ANTRAG or (kind is not DocType.ANFRAGE and asking * 2 < len(questions)):
        questions, warnings = [], []  # numbered points of a motion or statement are no questions
    motions = extract_motions(lines[body_start : layout.body_end]) if kind is DocType.ANTRAG else []
    addressee = parties.addressee_from_block([lines[i].text for i in layout.address])
    if addressee.name is None and addressee.role is None:
        addressee = parties.addressee_from_salutation(salutation)
    signed = parties.signatories(layout)
    places = _known_places("\n".join(line.text for line in lines), place)
    if layout.closing < 0:
        warnings.append("no closing formula found; signatories unknown")
    return LetterStructure(
        doc_type=kind,
        date=date,
        place=place,
        subject=subject,
        reference=header.reference(layout),
        sender=parties.sender(layout, signed, places, _text(lines, 0, layout.body_end)),
        signatories=signed,
        addressee=addressee,
        salutation=salutation,
        closing=header.closing_formula(lines[layout.closing].text) if layout.closing >= 0 else None,  # not a sign-off
        cc=parties.cc_list(lines, layout.closing),
        meetings=header.meetings(_text(lines, 0, layout.header_end)),
        questions=questions,
        motion_points=motions,
        warnings=warnings,
    )
