"""`parlbrief evaluate --oparl DIR`: score the pipeline on real council documents with OParl labels.

DIR holds `<slug>.txt` documents and `labels.jsonl` (slug, kind, reference, paper_date,
file_date, title, factions, …), as `../shared/realcorpus/karlsruhe/`. The labels are the
council's own metadata, so the scores are shares of documents where a field agrees with them;
each metric is one small function below, so the numbers can be audited.
"""
from __future__ import annotations

import hashlib
import logging
import re
import time
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz

from models.evaluation import EvalStatus, Rendering
from models.letter import LetterStructure
from parlbrief.evaluation.metrics import normalize_whitespace
from parlbrief.evaluation.runner import Task, run_pipeline
from parlbrief.labels import LABELS_DIR

log = logging.getLogger(__name__)

KINDS = ("anfrage", "antrag", "stellungnahme")
TOTAL = "total"
DATE_TOLERANCE = timedelta(days=14)  # the printed date ("Eingang", "vom …") is often days off
SUBJECT_MIN, FACTION_MIN = 90.0, 90.0  # rapidfuzz scores (0–100) that count as a match

# "Vorlage Nr.:", "Drucksache", "Az.:" … before a reference.
_REFERENCE_LABEL = re.compile(r"^(?:(?:vorlagen?|drucksachen?|drs\.?)[\s-]*(?:nrn?\.?|nummer)?|nr\.?|az\.?|"
                              r"aktenzeichen)\s*:?\s*", re.IGNORECASE)
# A title's "Antrag FDP: ", "Ergänzungsantrag Die Linke: ", "Gem. Änderungsantrag: ",
# "- abgesetzt - Anfrage SPD: ".
_TITLE_PREFIX = re.compile(r"^(?:-\s*abgesetzt\s*-\s*)?(?:(?:interfraktionelle[rs]?|gemeinsame[rs]?|gem\.)\s+)?"
                           r"\w*(?:antrag|anfrage|stellungnahme)\b[^:]{0,60}?:\s", re.IGNORECASE)
# Page furniture, the furniture role of data/labels/README.md: "-- 1 of 2 --", "– 2 –", "Seite 2
# (von 3)" but not a page the text cites ("Seite 59: …", "auf Seite 7", "(Seite 63)"), and the
# form's imprint.
_FURNITURE = re.compile(r"--\s*\d+\s+of\s+\d+\s*--|(?<!\S)[–-]\s\d{1,3}\s[–-](?!\S)|"
                        r"(?<![(\[])(?i:(?<!\bauf\s)(?<!\bnach\s)(?<!\bsiehe\s)(?<!\bvgl\.\s))"
                        r"\bSeite\s+\d+(?:\s+von\s+\d+)?\b(?!\s*:)|Gedruckt auf 100 Prozent Recyclingpapier")
_SIGNATURE = re.compile(r"unterzeichnet\s+von|mit\s+freundlichen\s+grüßen|(?<!\w)gez\.\s", re.IGNORECASE)


class Split(StrEnum):
    DEV = "dev"  # tuning folds 1–4
    TEST = "test"  # fold 0: the held-out documents
    ALL = "all"


class OparlLabel(BaseModel):
    """One line of labels.jsonl (further keys are ignored)."""

    model_config = ConfigDict(extra="ignore")
    slug: str
    kind: str
    reference: str
    paper_date: date | None = None
    file_date: date | None = None
    title: str = ""
    factions: list[str] = []


class DocScore(BaseModel):
    """One document's results; None where a metric does not apply to its kind."""

    slug: str
    kind: str
    status: EvalStatus
    error: str | None = None
    seconds: float
    doc_type: bool
    reference: bool
    date_found: bool
    date_plausible: bool
    subject: bool
    subject_similarity: float
    faction: bool | None
    signatories: bool
    questions: bool | None
    motions: bool | None
    clean_texts: int
    texts: int


class OparlRow(BaseModel):
    """Shares of documents (None: nothing to measure) for one kind or the total."""

    kind: str
    documents: int
    failed: int
    seconds_per_doc: float | None
    doc_type: float | None
    reference: float | None
    date_found: float | None
    date_plausible: float | None
    subject: float | None
    subject_similarity: float | None
    faction: float | None
    signatories: float | None
    questions: float | None
    motions: float | None
    clean_texts: float | None


class OparlSummary(BaseModel):
    folder: str
    split: Split
    limit: int | None
    wall_seconds: float
    rows: list[OparlRow]
    documents: list[DocScore]


# --- selection --------------------------------------------------------------------------------


def load_labels(folder: Path) -> list[OparlLabel]:
    """The labels of `folder`, sorted by slug. Raises FileNotFoundError without labels.jsonl."""
    lines = (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return sorted((OparlLabel.model_validate_json(line) for line in lines if line.strip()), key=lambda x: x.slug)


def fold(slug: str) -> int:
    """0 is the held-out test fold, 1–4 are for tuning (as in parlbrief.train_line_roles)."""
    return int(hashlib.sha1(slug.encode("utf-8")).hexdigest()[:8], 16) % 5


def select(labels: list[OparlLabel], split: Split, limit: int | None = None) -> list[OparlLabel]:
    """The documents of `split` that the line labeller was not trained on (no hand-label file);
    with `limit`, every k-th of them ordered by kind and slug (k may be fractional), so the sample
    is deterministic and each kind keeps its share."""
    trained = {path.stem for path in LABELS_DIR.rglob("*.tsv")}
    chosen = [x for x in labels if x.slug not in trained
              and (split == Split.ALL or (fold(x.slug) == 0) == (split == Split.TEST))]
    chosen.sort(key=lambda x: (x.kind, x.slug))
    if limit is not None and limit < len(chosen):
        chosen = [chosen[i * len(chosen) // limit] for i in range(limit)]
    return chosen


# --- metrics: one per column of the table -------------------------------------------------------


def normalize_reference(text: str | None) -> str:
    """'Vorlage Nr.:  2023/0433 ' → '2023/0433': label words and all whitespace dropped."""
    return re.sub(r"\s+", "", _REFERENCE_LABEL.sub("", (text or "").strip()))


def reference_matches(record: LetterStructure, label: OparlLabel) -> bool:
    found = normalize_reference(record.reference)
    return bool(found) and found == normalize_reference(label.reference)


def date_plausible(found: date | None, label: OparlLabel) -> bool:
    """The record's date is at most 14 days from the paper's or the file's OParl date."""
    return found is not None and any(abs(found - known) <= DATE_TOLERANCE
                                     for known in (label.paper_date, label.file_date) if known)


def strip_title_prefix(title: str) -> str:
    """'Antrag FDP: Städtepartnerschaftspass' → 'Städtepartnerschaftspass' (only kind-word prefixes)."""
    return _TITLE_PREFIX.sub("", title.strip(), count=1)


def subject_similarity(subject: str | None, title: str) -> float:
    """fuzz.ratio (0–100) of the casefolded, whitespace-normalised subject and prefix-free title."""
    if not subject:
        return 0.0
    title = strip_title_prefix(title)
    return fuzz.ratio(normalize_whitespace(subject).casefold(), normalize_whitespace(title).casefold())


def faction_matches(organization: str | None, factions: list[str]) -> bool:
    """A label faction ('SPD', 'Die Linke') occurs in the sender's organisation with
    partial_ratio ≥ 90, word-bounded ('FW' is not in 'BFW-Fraktion'; 'GRÜNE' is in 'DIE GRÜNEN',
    a trailing inflection -n/-en is allowed). A leading 'Die' of the label is optional, as in
    'LINKE-Gemeinderatsfraktion' and 'PARTEI-Gemeinderatsfraktion'."""
    org = normalize_whitespace(organization or "").casefold()
    for faction in (re.sub(r"^die\s+", "", normalize_whitespace(f).casefold()) for f in factions if f.strip()):
        start = 0
        while len(org) - start >= len(faction):
            hit = fuzz.partial_ratio_alignment(faction, org[start:])
            if hit is None or hit.score < FACTION_MIN:
                break
            begin, end = start + hit.dest_start, start + hit.dest_end
            if (begin == 0 or not org[begin - 1].isalnum()) and re.match(r"(?:e?n)?(?!\w)", org[end:]):
                return True
            start = begin + 1
    return False


def has_signatory(record: LetterStructure) -> bool:
    return any(signatory.name.strip() for signatory in record.signatories)


def is_clean(text: str) -> bool:
    """No page furniture, no 'Unterzeichnet von', no closing or 'gez.' of a signature block."""
    return not _FURNITURE.search(text) and not _SIGNATURE.search(text)


def score_document(label: OparlLabel, record: LetterStructure | None, status: EvalStatus = EvalStatus.OK,
                   error: str | None = None, seconds: float = 0.0) -> DocScore:
    """Every metric of one document; a failed document is scored as an empty record."""
    rec = record if record is not None else LetterStructure()
    similarity = subject_similarity(rec.subject, label.title)
    texts = [q.text for q in rec.questions] + list(rec.motion_points)
    return DocScore(
        slug=label.slug, kind=label.kind, status=status, error=error, seconds=round(seconds, 4),
        doc_type=rec.doc_type.value == label.kind,
        reference=reference_matches(rec, label),
        date_found=rec.date is not None,
        date_plausible=date_plausible(rec.date, label),
        subject=similarity >= SUBJECT_MIN,
        subject_similarity=round(similarity, 2),
        faction=(faction_matches(rec.sender.organization, label.factions)
                 if label.kind in ("anfrage", "antrag") and label.factions else None),
        signatories=has_signatory(rec),
        questions=bool(rec.questions) if label.kind == "anfrage" else None,
        motions=bool(rec.motion_points) if label.kind == "antrag" else None,
        clean_texts=sum(map(is_clean, texts)),
        texts=len(texts),
    )


# --- aggregation, run, table ----------------------------------------------------------------


def _share(values: list[bool | float | None]) -> float | None:
    """Mean of the values that apply (not None); None when none does."""
    present = [float(v) for v in values if v is not None]
    return sum(present) / len(present) if present else None


def summarize_row(kind: str, docs: list[DocScore]) -> OparlRow:
    """Each share over the documents it applies to; clean texts over all question and motion
    texts of the documents; the mean subject similarity over all documents (no subject: 0)."""

    def column(name: str) -> float | None:
        return _share([getattr(doc, name) for doc in docs])

    texts = sum(d.texts for d in docs)
    return OparlRow(
        kind=kind, documents=len(docs), failed=sum(d.status != EvalStatus.OK for d in docs),
        seconds_per_doc=column("seconds"), doc_type=column("doc_type"), reference=column("reference"),
        date_found=column("date_found"), date_plausible=column("date_plausible"), subject=column("subject"),
        subject_similarity=column("subject_similarity"), faction=column("faction"),
        signatories=column("signatories"), questions=column("questions"), motions=column("motions"),
        clean_texts=sum(d.clean_texts for d in docs) / texts if texts else None,
    )


def evaluate_oparl(folder: Path, split: Split | str = Split.DEV, limit: int | None = None,
                   workers: int | None = None, json_out: Path | None = None) -> OparlSummary:
    """Run the pipeline on the chosen documents of `folder` and score each against its label.

    Args:
        folder: `<slug>.txt` documents and `labels.jsonl`.
        split: dev (folds 1–4), test (the held-out fold 0) or all.
        limit: score only this many documents (a deterministic sample of every kind).
        workers: worker processes (None: all cores; 1: in this process).
        json_out: write the summary, per-document scores included, as JSON here.

    Returns:
        One row per kind present and the total, plus every document's scores.

    Raises:
        FileNotFoundError: `folder` has no labels.jsonl.
        ValueError: an unknown split or a malformed label line.
    """
    from models.options import Options
    from pipeline.run import warm_up

    chosen = Split(split)
    labels = select(load_labels(folder), chosen, limit)
    tasks = [Task(label.slug, Rendering.TEXT, folder / f"{label.slug}.txt") for label in labels]
    log.info("evaluating %d documents of %s (%s split)", len(tasks), folder, chosen.value)
    start = time.perf_counter()
    warm_up(Options())  # loaded once here, shared by the forked workers
    docs = [score_document(label, p.record, p.status, p.error, p.seconds)
            for label, p in zip(labels, run_pipeline(tasks, workers))]
    by_kind = {kind: [d for d in docs if d.kind == kind] for kind in KINDS}
    rows = [summarize_row(kind, kind_docs) for kind, kind_docs in by_kind.items() if kind_docs]
    summary = OparlSummary(folder=str(folder), split=chosen, limit=limit, documents=docs,
                           wall_seconds=round(time.perf_counter() - start, 3), rows=rows + [summarize_row(TOTAL, docs)])
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(summary.model_dump_json(indent=1), encoding="utf-8")
    return summary


# Row field → label; shares print with 3 digits.
TABLE = {"documents": "documents", "failed": "failures", "doc_type": "doc_type = kind",
         "reference": "reference", "date_found": "date found", "date_plausible": "date plausible (±14 d)",
         "subject": "subject (ratio ≥ 90)", "subject_similarity": "  mean subject similarity",
         "faction": "faction", "signatories": "signatories found", "questions": "questions found",
         "motions": "motion points found", "clean_texts": "clean question/motion texts",
         "seconds_per_doc": "seconds / document (per worker)"}


def _cell(key: str, value: float | int | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, int):
        return str(value)
    return f"{value:.1f}" if key == "subject_similarity" else f"{value:.3f}"


def format_oparl_table(summary: OparlSummary) -> str:
    """Metrics down, kinds and total across, and a footer with split, sample and wall time."""
    rows = [["metric"] + [row.kind for row in summary.rows]]
    rows += [[label] + [_cell(key, getattr(row, key)) for row in summary.rows] for key, label in TABLE.items()]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    out = ["  ".join([row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]) for row in rows]
    out.insert(1, "  ".join("-" * width for width in widths))
    sample = f", sample of {summary.limit}" if summary.limit else ""
    return "\n".join(out + [f"{summary.folder}: {summary.split.value} split{sample}, "
                            f"{len(summary.documents)} documents, wall time {summary.wall_seconds:.1f} s"])
