"""Hand-built letter records and processed folders for the export, OParl and review tests."""
from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from models import (
    Answer, DocType, FileStatus, Line, LetterRecord, ManifestEntry, Page, PageMethod, Party, Question, Repair,
    Sender, Signatory, SourceInfo, SubQuestion,
)
from pipeline.export import ProcessedLetter
from pipeline.write import append_manifest, write_letter, write_tables

# Raw OCR lines of a small Anfrage; the repairs below turn "Schuler"/"Kl" into "Schüler"/"KI".
ANFRAGE_PAGES = [
    [
        "Fraktion Musterliste im Kreistag Beispielkreis",
        "Musterstadt, den 05.03.2024",
        "Anfrage zur Schulerbeförderung und zum Kl",
        "1. Wie viele Schuler nutzen die Busse, die das Kl plant?",
        '2. Was kostet das "Ticket" <pro> Jahr; a) brutto, b) netto?',
    ],
    ["Mit freundlichen Grüßen", "Erika Müller-Lüdenscheidt"],
]
ANFRAGE_REPAIRS = [
    Repair(page=1, line=2, start=12, end=19, original="Schuler", replacement="Schüler",
           reason="umlaut", confidence=0.9),
    Repair(page=1, line=2, start=39, end=41, original="Kl", replacement="KI",
           reason="acronym l→I", confidence=0.8),
    Repair(page=1, line=3, start=13, end=20, original="Schuler", replacement="Schüler",
           reason="umlaut", confidence=0.9),
    Repair(page=1, line=3, start=47, end=49, original="Kl", replacement="KI",
           reason="acronym l→I", confidence=0.8),
]
ANFRAGE_SUGGESTIONS = [
    Repair(page=2, line=1, start=0, end=5, original="Erika", replacement="Erica",
           reason="lexicon", confidence=0.2),
]


def apply_repairs(pages: list[list[str]], repairs: list[Repair]) -> list[list[str]]:
    """The repaired lines, so that a record's text always agrees with its repairs."""
    out = [list(lines) for lines in pages]
    for repair in sorted(repairs, key=lambda r: (r.page, r.line, -r.start)):
        line = out[repair.page - 1][repair.line]
        assert line[repair.start:repair.end] == repair.original, (line, repair)
        out[repair.page - 1][repair.line] = line[:repair.start] + repair.replacement + line[repair.end:]
    return out


def make_record(pages: list[list[str]], *, repairs: list[Repair] = (), suggestions: list[Repair] = (),
                file: str = "letter.pdf", method: PageMethod = PageMethod.OCR, **fields: object) -> LetterRecord:
    repaired = apply_repairs(pages, list(repairs))
    raw_text = "\f".join("\n".join(lines) for lines in pages)
    sha = hashlib.sha256((file + raw_text).encode()).hexdigest()
    source = SourceInfo(file=file, sha256=sha, pages=[
        Page(number=i + 1, method=method, reason="test", lines=[Line(text=t, confidence=90.0) for t in lines],
             mean_confidence=90.0 + i if method is PageMethod.OCR else None)
        for i, lines in enumerate(pages)])
    return LetterRecord(pipeline_version="test", letter_id=f"pb-{sha[:16]}", source=source,
                        text="\f".join("\n".join(lines) for lines in repaired), raw_text=raw_text,
                        repairs=list(repairs), suggestions=list(suggestions), **fields)


def anfrage(file: str = "anfrage.pdf", **overrides: object) -> LetterRecord:
    fields = dict(
        doc_type=DocType.ANFRAGE, date=date(2024, 3, 5), place="Musterstadt",
        subject="Anfrage zur Schülerbeförderung und zum KI", reference="DS 12/345",
        sender=Sender(name="Erika Müller-Lüdenscheidt", role="Vorsitzende",
                      organization="Fraktion Musterliste im Kreistag Beispielkreis"),
        signatories=[Signatory(name="Erika Müller-Lüdenscheidt", role="Vorsitzende")],
        addressee=Party(name="Dr. Max Beispiel", role="Landrat", organization="Kreis Beispielkreis"),
        questions=[
            Question(number=1, label="1.", text="Wie viele Schüler nutzen die Busse, die das KI plant?"),
            Question(number=2, label=None, number_inferred=True, page=1,
                     text='Was kostet das "Ticket" <pro> Jahr; a) brutto, b) netto?',
                     subquestions=[SubQuestion(label="a)", text="brutto,"), SubQuestion(label="b)", text="netto?")]),
        ],
        warnings=["question numbers 2–2 inferred"],
    )
    fields.update(overrides)
    return make_record(ANFRAGE_PAGES, repairs=ANFRAGE_REPAIRS, suggestions=ANFRAGE_SUGGESTIONS, file=file, **fields)


def antrag(file: str = "antrag.pdf") -> LetterRecord:
    """A born-digital Antrag without date, questions or repairs."""
    pages = [["SPD-Kreistagsfraktion Beispielkreis", "Antrag: Radwege", "Der Kreistag beschließt …"]]
    return make_record(pages, file=file, method=PageMethod.TEXT_LAYER, doc_type=DocType.ANTRAG,
                       subject="Radwege",
                       sender=Sender(name="Jürgen Beispiel", organization="SPD-Kreistagsfraktion Beispielkreis"),
                       signatories=[Signatory(name="Jürgen Beispiel"),
                                    Signatory(name="Anna Zweite", role="Geschäftsführerin")],
                       motion_points=["Der Kreistag beschließt …"])


REPLY_QUESTIONS = [
    Question(number=1, label="Frage 1:", text="Wie viele Schüler nutzen die Busse, die das KI plant?"),
    Question(number=2, label="Frage 2:", text='Was kostet das "Ticket" <pro> Jahr; a) brutto, b) netto?'),
]
REPLY_ANSWERS = [
    Answer(number=1, text="Derzeit nutzen 1.250 Schülerinnen und Schüler die Busse."),
    Answer(number=2, text="Das Ticket kostet 365 Euro brutto und 341 Euro netto im Jahr.", page=2),
]


def reply(file: str = "antwort.pdf", *, head: str = "Ihre Anfrage vom 05.03.2024 – Schülerbeförderung",
          **overrides: object) -> LetterRecord:
    """The administration's reply to `anfrage()`: same Drucksache number, dated 14 days later, its
    questions repeated with an answer each. `head` is the line that names the Anfrage."""
    fields: dict = dict(
        doc_type=DocType.STELLUNGNAHME, date=date(2024, 3, 19), place="Musterstadt",
        subject="Anfrage zur Schülerbeförderung und zum KI", reference="DS 12/345",
        sender=Sender(name="Dr. Max Beispiel", role="Landrat", organization="Kreis Beispielkreis"),
        signatories=[Signatory(name="Dr. Max Beispiel", role="Landrat")],
        addressee=Party(name="Erika Müller-Lüdenscheidt", organization="Fraktion Musterliste im Kreistag Beispielkreis"),
        questions=REPLY_QUESTIONS, answers=REPLY_ANSWERS,
    )
    fields.update(overrides)
    lines = ["Kreis Beispielkreis – Der Landrat", "Musterstadt, den 19.03.2024", head]
    for question in fields["questions"]:
        lines.append(f"Frage {question.number}: {question.text}")
        lines.extend(f"Antwort: {a.text}" for a in fields["answers"] if a.number == question.number)
    return make_record([lines, ["Mit freundlichen Grüßen", "Dr. Max Beispiel"]], file=file,
                       method=PageMethod.TEXT_LAYER, **fields)


def as_processed(records: list[LetterRecord]) -> list[ProcessedLetter]:
    """Records as `read_processed` returns them, without a folder (input = the record's file name)."""
    return [ProcessedLetter(ManifestEntry(input=r.source.file, pipeline_version="test", status=FileStatus.OK), r)
            for r in records]


def processed_folder(out_dir: Path, records: dict[str, LetterRecord], failed: dict[str, str] = {}) -> Path:
    """A folder as `parlbrief process` leaves it: letter files, manifest and .jsonl tables."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for source, record in records.items():
        output = out_dir / f"{Path(source).stem}.json"
        write_letter(record, output)
        append_manifest(out_dir, ManifestEntry(input=source, output=str(output), sha256=record.source.sha256,
                                               pipeline_version="test", status=FileStatus.OK,
                                               pages=len(record.source.pages)))
    for source, error in failed.items():
        append_manifest(out_dir, ManifestEntry(input=source, pipeline_version="test", status=FileStatus.FAILED,
                                               error=error))
    write_tables(out_dir, records)
    return out_dir


def sample_folder(tmp_path: Path) -> Path:
    """Two Anfragen of one faction, one Antrag of another, and one failed input."""
    return processed_folder(tmp_path / "processed", {
        "in/a_anfrage.pdf": anfrage("a_anfrage.pdf"),
        "in/b_anfrage_2023.pdf": anfrage("b_anfrage_2023.pdf", date=date(2023, 12, 1), warnings=[]),
        "in/c_antrag.pdf": antrag("c_antrag.pdf"),
    }, failed={"in/d_broken.pdf": "The PDF is damaged; re-scan it."})
