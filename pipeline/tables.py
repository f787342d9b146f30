"""Flat records for analysts: one row per letter, per party and per numbered question."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from models import LetterRecord
from pipeline.links import Links, QuestionAnswer, link_letters

TABLE_NAMES = ("letters", "parties", "questions")


def table_rows(letters: Iterable[tuple[str, LetterRecord]]) -> tuple[dict[str, list[dict]], Links]:
    """The rows of the three tables for a folder's letters ((input path, record), in output order),
    with each Anfrage's questions linked to the answers of its reply in the same folder."""
    letters = list(letters)
    links = link_letters(record for _, record in letters)
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    for source, record in letters:
        rows["letters"].append(letter_row(record, source))
        rows["parties"].extend(party_rows(record))
        rows["questions"].extend(question_rows(record, links.answers(record.letter_id)))
    return rows, links


def letter_row(record: LetterRecord, source_path: str | None = None) -> dict:
    pages = record.source.pages
    methods = Counter(page.method.value for page in pages)
    confidences = [page.mean_confidence for page in pages if page.mean_confidence is not None]
    return {
        "letter_id": record.letter_id,
        "doc_type": record.doc_type.value,
        "date": record.date.isoformat() if record.date else None,
        "date_source": record.date_source.value if record.date_source else None,
        "place": record.place,
        "subject": record.subject,
        "reference": record.reference,
        "sender_organization": record.sender.organization,
        "sender_name": record.sender.name,
        "addressee_name": record.addressee.name,
        "addressee_role": record.addressee.role,
        "addressee_organization": record.addressee.organization,
        "pages": len(pages),
        "extraction_method": methods.most_common(1)[0][0] if methods else None,
        "mean_ocr_confidence": round(sum(confidences) / len(confidences), 1) if confidences else None,
        "questions": len(record.questions),
        "repairs": len(record.repairs),
        "warnings": len(record.warnings),
        "source_file": source_path or record.source.file,
        "sha256": record.source.sha256,
    }


def party_rows(record: LetterRecord) -> list[dict]:
    """Sender, each signatory and the addressee, each with the role it plays in the letter."""
    rows = []
    sender = record.sender
    if sender.name or sender.organization:
        rows.append({"letter_id": record.letter_id, "part": "sender", "name": sender.name,
                     "role": sender.role, "organization": sender.organization})
    for signatory in record.signatories:
        rows.append({"letter_id": record.letter_id, "part": "signatory", "name": signatory.name,
                     "role": signatory.role, "organization": sender.organization})
    addressee = record.addressee
    if addressee.name or addressee.role or addressee.organization:
        rows.append({"letter_id": record.letter_id, "part": "addressee", "name": addressee.name,
                     "role": addressee.role, "organization": addressee.organization})
    return rows


def question_rows(record: LetterRecord, answers: Mapping[int, QuestionAnswer] | None = None) -> list[dict]:
    """One row per question; `answers` (by question number, from `pipeline.links`) fills the answer columns."""
    answers = answers or {}
    rows = []
    for q in record.questions:
        answer = answers.get(q.number)
        rows.append({
            "letter_id": record.letter_id, "number": q.number, "number_inferred": q.number_inferred,
            "label": q.label, "text": q.text, "subquestions": len(q.subquestions), "page": q.page,
            "answer_text": answer.text if answer else None,
            "answer_letter_id": answer.reply_id if answer else None,
            "answer_date": answer.date.isoformat() if answer and answer.date else None,
            "days_to_answer": answer.days if answer else None,
        })
    return rows
