"""Structure stage: RepairedDoc → LetterStructure (header fields, parties, questions, motions)."""
from __future__ import annotations

import logging
import re

from models import DateSource, DocType, LetterStructure, LineRole, Party, Question, RepairedDoc
from pipeline import structure_header as header
from pipeline import structure_labelled as labelled_fields
from pipeline import structure_parties as parties
from pipeline.structure_signatures import signatories
from pipeline.structure_motions import extract_motions
from pipeline.structure_answers import answered_questions
from pipeline.structure_questions import extract_questions, number_ranges
from pipeline.structure_text import PAGE_EDGE, TextLine, join_lines, prepare_lines

log = logging.getLogger(__name__)

# A place name: "Kleve", "Bad Kreuznach", "St. Wendel", "Frankfurt (Oder)", "Neustadt an der
# Weinstraße", "Mülheim an der Ruhr", "Rhein-Sieg-Kreis".
PLACE_NAME = (
    r"(?:(?:Bad|St\.|Sankt|Hansestadt|Lutherstadt|Ostseebad)\s+)?[A-ZÄÖÜ][\wÄÖÜäöüß\-]+"
    r"(?:\s+\([A-ZÄÖÜ][\wäöüß]+\)|\s+(?:am|an\s+der|in\s+der|ob\s+der)\s+[A-ZÄÖÜ][\wÄÖÜäöüß\-]+)?"
)
# Where a letter names places: "47533 Kleve", "Kreises Wesel", "Kreistag Kleve", "Stadt Emmerich",
# "Landratsamt Bad Tölz-Wolfratshausen".
PLACE_CUES = re.compile(
    r"(?:\b\d{5}\s+|\b(?:(?:Land)?[Kk]reis(?:es)?|Kreistag(?:es|s)?|Kreisverwaltung|Landratsamt(?:es)?|Stadt|Gemeinde"
    r"|Landrat des Kreises)\s+)"
    rf"(?P<place>{PLACE_NAME})"
)


SURE = 0.85
LIKELY = 0.7
# Body is acted on where the labeller finds it more likely than all other roles together: the letter
# rules read body only after a question has ended with "?" and a capital opens the line, so two weak
# signs together end the question.
MORE_LIKELY_THAN_NOT = 0.5


def _known_places(text: str, place: str | None) -> set[str]:
    places = {m["place"] for m in PLACE_CUES.finditer(text)}
    return places | ({place} if place else set())


def _text(lines: list[TextLine], start: int, end: int) -> str:
    return "\n".join(line.text for line in lines[start:end])


def extract_structure(doc: RepairedDoc) -> LetterStructure:
    """Read header fields, parties, numbered questions and motion points from the repaired text.

    Needs: `doc.pages[*].lines` (text; boxes, where there are any, for the line labeller's layout
    features and the reading order of OCR pages). Produces: a `LetterStructure`; what the parser
    was unsure about goes to `warnings`. Pure: no I/O (the line-role model is loaded once).
    """
    labelled = labelled_fields.role_lines(doc.pages)
    lines = prepare_lines(doc, _acted_on(labelled))
    layout = header.find_layout(lines)
    layout.address = parties.address_block(layout)
    # Without a salutation there is no letter layout to read: a form or a print is read by its
    # lines' roles wherever the letter rules find nothing.
    paper = layout.salutation < 0
    subject = header.subject(layout) or (labelled_fields.subject(labelled) if paper else None)
    salutation = header.salutation_text(lines[layout.salutation].text) if layout.salutation >= 0 else None
    body_start = layout.salutation + 1
    body_text = _text(lines, body_start, layout.body_end)
    kind, questions, motions, warnings = _body(lines, body_start, layout.body_end, subject,
                                               labelled_fields.doc_type(labelled))
    signed = signatories(layout) or (labelled_fields.signatories(labelled) if paper else [])
    places = _known_places("\n".join(line.text for line in lines), layout.letter_date and layout.letter_date.place)
    if not questions and kind is DocType.ANFRAGE:
        questions = labelled_fields.questions(labelled)
    if kind is DocType.ANTRAG:  # a paper's motion lines the labeller is sure of, else the letter rules' points
        sure = labelled_fields.motion_points(labelled, sure=True) if paper else []
        motions = sure or motions or labelled_fields.motion_points(labelled)
    # a paper that numbers nothing asks or moves in its first paragraph
    if (paper and kind in (DocType.ANFRAGE, DocType.ANTRAG) and not (questions or motions)
            and (request := labelled_fields.first_paragraph(labelled))):
        text = join_lines([line.text for line in request])
        if kind is DocType.ANFRAGE:
            questions = [Question(number=1, label=None, number_inferred=True, text=text, page=request[0].page)]
        else:
            motions = [text]
        warnings.append(f"nothing numbered: the first paragraph is taken as the {'question' if questions else 'motion'}")
    sender = parties.sender(layout, signed, places)
    if paper:  # a form names its faction in its head; the body may name others (whom the paper answers)
        sender.organization = labelled_fields.faction(labelled) or sender.organization
    result = LetterStructure(
        doc_type=kind,
        subject=subject,
        reference=header.reference(layout) or (labelled_fields.reference(labelled) if paper else None),
        sender=sender,
        signatories=signed,
        addressee=_addressee(layout, salutation),
        salutation=salutation,
        closing=header.closing_formula(lines[layout.closing].text) if layout.closing >= 0 else None,
        cc=parties.cc_list(lines, layout.closing),
        meetings=header.meetings(_text(lines, 0, layout.header_end)) or labelled_fields.meetings(labelled),
        questions=questions,
        motion_points=motions,
        answers=labelled_fields.answers(labelled, questions) if kind is DocType.STELLUNGNAHME else [],
        warnings=warnings,
    )
    # a paper's date is on the line the labeller reads as its date ("vom 27.04.2015"); its other
    # dates stand in its meeting table
    dated = [labelled_fields.letter_date(labelled)]
    if not paper:
        dated.insert(0, header.letter_date(layout))
    result.date = next((found for found, _ in dated if found), None)
    result.place = next((place for _, place in dated if place), None)
    result.date_source = DateSource.PRINTED if result.date else None
    if result.date is None and result.meetings:
        result.date, result.date_source = result.meetings[0].date, DateSource.MEETING
        result.warnings.append("no date printed on the paper: the date is that of the meeting it is for")
    result.warnings += _doubts(result, layout.closing >= 0, body_text)
    return result


def _body(
    lines: list[TextLine], start: int, end: int, subject: str | None, printed_kind: DocType | None
) -> tuple[DocType, list[Question], list[str], list[str]]:
    """Kind of letter (as printed in its head, else from its wording), its numbered questions
    (Anfrage) or motion points (Antrag), warnings."""
    body_text = _text(lines, start, end)
    questions, warnings = extract_questions(lines, start, end)
    if not questions and (answered := answered_questions(lines, start, end)):
        questions = answered
        warnings = [f"question numbers {number_ranges([q.number for q in answered])} taken from the answer headings"]
    asking = sum("?" in q.text for q in questions)
    kind = printed_kind or header.doc_type(subject, body_text, has_questions=asking > 0)
    if kind is DocType.ANTRAG or (kind is not DocType.ANFRAGE and asking * 2 < len(questions)):
        questions, warnings = [], []  # numbered points of a motion or statement are no questions
    if kind is DocType.STELLUNGNAHME:
        questions = [_without_answer(q) for q in questions]
    motions = extract_motions(lines[start:end]) if kind is DocType.ANTRAG else []
    return kind, questions, motions, warnings


def _without_answer(question: Question) -> Question:
    """In a reply the question ends with its last "?": the statements after it answer it."""
    end = question.text.rfind("?") + 1
    if end == 0 or end == len(question.text):
        return question
    text = question.text[:end]
    subs = [sub for sub in question.subquestions if sub.label in text]
    return question.model_copy(update={"text": text, "subquestions": subs})


def _acted_on(labelled: list[labelled_fields.RoleLine]) -> dict[tuple[int, int], LineRole]:
    """The roles the letter rules act on (drop furniture, end a question at an answer, a date or
    a signature): where the labeller is sure of them; furniture that is likely where running heads
    and footers stand (a page's first or last lines); body more likely than not."""
    edges: set[tuple[int, int]] = set()
    for page in {line.page for line in labelled}:
        on_page = [line for line in labelled if line.page == page]
        edges |= {(line.page, line.index) for line in on_page[:PAGE_EDGE] + on_page[-PAGE_EDGE:]}
    # a page's first line that ends the sentence the page before left open is that sentence's end
    # ("… zwischen Kreisverwaltung und den zuständigen" / "Bezirksregierungen bzw. den Betreuungsverbänden?")
    edges -= {(line.page, line.index) for before, line in zip(labelled, labelled[1:])
              if line.page != before.page and before.role in labelled_fields.PROSE
              and not labelled_fields.ends_sentence(before.text) and line.text.rstrip().endswith((".", "?", "!"))}
    return {(line.page, line.index): line.role for line in labelled
            if line.confidence >= SURE
            or (line.role is LineRole.BODY and line.confidence > MORE_LIKELY_THAN_NOT)
            or (line.role is LineRole.FURNITURE and line.confidence >= LIKELY and (line.page, line.index) in edges)}


def _addressee(layout: header.Layout, salutation: str | None) -> Party:
    """From the address block; name and role from the salutation when the block names nobody."""
    addressee = parties.addressee_from_block([layout.lines[i].text for i in layout.address])
    if addressee.name is None and addressee.role is None:
        greeted = parties.addressee_from_salutation(salutation)
        addressee.name, addressee.role = greeted.name, greeted.role
    return addressee


def _doubts(result: LetterStructure, closed: bool, body_text: str) -> list[str]:
    """What a reader should check: missing landmarks and fields."""
    doubts: list[str] = []
    if not closed:
        doubts.append("no closing formula found; signatories unknown")
    if result.date is None:
        doubts.append("no letter date found")
    if result.sender.organization is None:
        doubts.append("no sending faction found")
    if result.doc_type is DocType.ANTRAG and not result.motion_points:
        doubts.append("Antrag without a recognisable resolution")
    if result.doc_type is DocType.ANFRAGE and not result.questions and "?" in body_text:
        doubts.append("Anfrage without numbered questions")
    return doubts
