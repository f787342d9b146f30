"""The recipe: one input file → one LetterRecord."""
from __future__ import annotations

from pathlib import Path

from models import IngestedDoc, Line, LetterRecord, Options, Page, PageMethod, SourceInfo
from pipeline import PIPELINE_VERSION
from pipeline.ingest import check_german, ingest_file
from pipeline.repair import repair_document
from pipeline.structure import extract_structure


def letter_id_for(sha256: str) -> str:
    """Stable letter id: derived from the content hash, so renaming a file keeps its id."""
    return f"pb-{sha256[:16]}"


def build_letter(doc: IngestedDoc, options: Options) -> LetterRecord:
    """Repair and structure an ingested document (pure: no I/O)."""
    repaired = repair_document(doc, options)
    fields = extract_structure(repaired)
    return LetterRecord(
        **fields.model_dump(),
        pipeline_version=PIPELINE_VERSION,
        letter_id=letter_id_for(doc.source.sha256),
        source=doc.source,
        text=repaired.text,
        raw_text=doc.text,
        repairs=repaired.repairs,
        suggestions=repaired.suggestions,
    )


def run_letter(path: Path, options: Options) -> LetterRecord:
    """Ingest, repair and structure one file. Executes in a worker process during batches."""
    return build_letter(ingest_file(path, options), options)


WARM_UP_LETTER = """Kreistagsfraktion

Sehr geehrter Herr Landrat,
wir bitten um Auskunft:
1. Wie viele Schulen gibt es im Kreis?

Mit freundlichen Grüßen
Anna Muster, Fraktionsvorsitzende"""


def warm_up(options: Options) -> None:
    """Load what every letter needs (lexicon, spaCy tokenizer, patterns) once, so forked workers
    share it instead of each loading it for its first letter (~0.5 s CPU and ~70 MB each)."""
    lines = [Line(text=line) for line in WARM_UP_LETTER.splitlines()]
    check_german(WARM_UP_LETTER)
    build_letter(IngestedDoc(source=SourceInfo(file="warm-up.txt", sha256="0" * 64,
                                               pages=[Page(number=1, method=PageMethod.TEXT, lines=lines)])), options)
