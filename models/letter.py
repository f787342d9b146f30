"""The letter record: what an analyst gets for every processed input."""
from __future__ import annotations

from datetime import date as Date
from enum import StrEnum

from pydantic import BaseModel, Field

from models.document import SourceInfo
from models.manifest import RunKey
from models.repair import Repair

SCHEMA_VERSION = "1.2"


class DocType(StrEnum):
    ANFRAGE = "anfrage"
    ANTRAG = "antrag"
    STELLUNGNAHME = "stellungnahme"
    BRIEF = "brief"


class DateSource(StrEnum):
    PRINTED = "printed"  # printed on the paper: the letter's date line, a form's "vom …"
    MEETING = "meeting"  # none printed: the date of the meeting the paper is for


class Party(BaseModel):
    """A person or organisation as named in the letter."""

    name: str | None = None
    role: str | None = None
    organization: str | None = None


class Sender(Party):
    """The sending faction and its first signatory, with contact data when printed."""

    address: str | None = None
    phone: str | None = None
    fax: str | None = None
    email: str | None = None


class Signatory(BaseModel):
    name: str
    role: str | None = None


class Meeting(BaseModel):
    """A body and meeting date named in the header, e.g. "Kreisausschuss am 23.11.2017"."""

    body: str
    date: Date | None = None


class SubQuestion(BaseModel):
    label: str = Field(description='as printed, e.g. "a)"')
    text: str


class Question(BaseModel):
    number: int
    label: str | None = Field(default=None, description='as printed: "3.", "III.", "Frage 3:"')
    number_inferred: bool = Field(
        default=False, description="true when the number was not legible and follows from the sequence"
    )
    text: str = Field(description="single-spaced, without its number; sub-questions included")
    subquestions: list[SubQuestion] = Field(default_factory=list)
    page: int = Field(default=1, description="1-based page where the question starts")


TOGETHER = 0  # the number of a reply's one answer to all questions: it repeats and names none of them


class Answer(BaseModel):
    """A reply's answer to one numbered question (grouped answers repeat for each number); number 0
    (`TOGETHER`): the reply repeats and names no question, its prose answers them all together."""

    number: int
    text: str = Field(description="single-spaced, without its heading ('Zu Frage 2:') or the repeated question")
    page: int = Field(default=1, description="1-based page where the answer starts")
    refers_to: int | None = Field(
        default=None, description="the question whose answer this one only refers to ('Siehe Antwort zu Frage 2.')")


class LetterStructure(BaseModel):
    """Output of `pipeline.structure`: the fields read from a letter's text."""

    doc_type: DocType = DocType.BRIEF
    date: Date | None = None
    date_source: DateSource | None = Field(
        default=None, description="'printed' on the paper, or 'meeting': none is printed, the date is the meeting's")
    place: str | None = None
    subject: str | None = None
    reference: str | None = None
    sender: Sender = Field(default_factory=Sender)
    signatories: list[Signatory] = Field(default_factory=list)
    addressee: Party = Field(default_factory=Party)
    salutation: str | None = None
    closing: str | None = None
    cc: list[str] = Field(default_factory=list)
    meetings: list[Meeting] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    motion_points: list[str] = Field(default_factory=list)
    answers: list[Answer] = Field(default_factory=list, description="a reply's answers, by question number")
    warnings: list[str] = Field(default_factory=list)


class LetterRecord(LetterStructure):
    """One letter as written to `data/processed/<stem>.json`."""

    schema_version: str = SCHEMA_VERSION
    pipeline_version: str
    letter_id: str = Field(description="unique per record: from the input's content hash and its path")
    run_key: RunKey | None = Field(default=None, description="what else the record depends on; a rerun redoes it when this changes")
    source: SourceInfo
    text: str = Field(description="repaired full text, pages separated by form feeds")
    raw_text: str = Field(description="extracted text before repair")
    repairs: list[Repair] = Field(default_factory=list)
    suggestions: list[Repair] = Field(default_factory=list)
