"""Evaluation records: per-letter scores against the gold corpus and the summary table."""
from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field, computed_field

from models.letter import Question


class Rendering(StrEnum):
    BORN = "born"  # born-digital PDF with a good text layer
    SCAN = "scan"  # image-only PDF, needs OCR
    POOR = "poor"  # scan with a poor invisible text layer
    TEXT = "text"  # plain .txt ingested as it is


class Subset(StrEnum):
    CI = "ci"  # letters flagged `ci` in index.json (run by `make test`)
    FULL = "full"  # every letter
    TUNE = "tune"  # the tuning split only
    HELDOUT = "heldout"  # the held-out split only


class EvalStatus(StrEnum):
    OK = "ok"
    FAILED = "failed"  # the pipeline raised
    MISSING = "missing"  # --pred given but no prediction file for this rendering


class TokenKind(StrEnum):
    OK = "ok"  # unchanged and equal to gold
    FIXED = "fixed"  # changed by repair, now equal to gold
    BROKE = "broke"  # was equal to gold, repair changed it
    MISREPAIRED = "misrepaired"  # changed by repair, still differs from gold
    ERROR = "error"  # unchanged and differs from gold (a missed error)
    UNALIGNED = "unaligned"  # no gold token corresponds (insertion or split/merge)


class GoldEntry(BaseModel):
    """One line of `tests/gold/index.json`."""

    id: str
    split: str = "tune"
    ci: bool = False
    renderings: dict[Rendering, str | None] = Field(
        description="rendering → file path relative to the gold directory, null when absent"
    )
    ci_renderings: list[Rendering] | None = Field(
        default=None, description="renderings the CI subset runs (all present ones when null)"
    )


class TextScore(BaseModel):
    """Edit counts of one text against the gold text (micro-averaged by summing)."""

    char_errors: int = 0
    chars: int = Field(default=0, description="grapheme clusters in the gold text")
    word_errors: int = 0
    words: int = Field(default=0, description="whitespace tokens in the gold text")
    bag_errors: int = Field(default=0, description="word errors ignoring order (missing/extra words)")


class RepairCounts(BaseModel):
    """Token-level effect of repair; raw tokens aligned 1:1 to gold and to repaired tokens."""

    broken: int = Field(default=0, description="raw tokens differing from their gold token")
    fixed: int = Field(default=0, description="broken tokens that repair made equal to gold")
    correct: int = Field(default=0, description="raw tokens equal to their gold token")
    broken_by_repair: int = Field(default=0, description="correct tokens repair changed")
    unaligned: int = Field(default=0, description="raw tokens without a 1:1 gold counterpart")

    @computed_field
    @property
    def missed(self) -> int:
        return self.broken - self.fixed


class QuestionPair(BaseModel):
    """A gold question and the predicted question aligned with it (either may be absent)."""

    gold: Question | None = None
    pred: Question | None = None
    similarity: float = Field(default=0.0, description="normalised text similarity, 0-1")


class TextPair(BaseModel):
    """A gold motion point and the predicted one aligned with it (either may be absent)."""

    gold: str | None = None
    pred: str | None = None
    similarity: float = 0.0


class MotionCounts(BaseModel):
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    similarity_sum: float = 0.0


class QuestionCounts(BaseModel):
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    printed: int = Field(default=0, description="matched gold questions whose number is printed")
    printed_correct: int = 0
    inferred: int = Field(default=0, description="matched gold questions whose number is inferred")
    inferred_correct: int = 0
    similarity_sum: float = Field(default=0.0, description="sum of similarities of matched pairs")


class FieldResult(BaseModel):
    """One header field, gold vs predicted, as compared (normalised display strings)."""

    name: str
    gold: str | None
    pred: str | None
    match: bool


class TokenMark(BaseModel):
    """One repaired-text token with what happened to it, for the HTML report."""

    text: str
    kind: TokenKind
    raw: str | None = None
    gold: str | None = None
    sep: str = Field(default=" ", description='layout after the token: " ", "\\n" or "\\n\\n"')


class LetterEval(BaseModel):
    """Scores of one rendering of one gold letter."""

    letter: str
    rendering: Rendering
    split: str
    status: EvalStatus = EvalStatus.OK
    error: str | None = None
    pages: int = 0
    seconds: float = 0.0
    text_before: TextScore = Field(default_factory=TextScore)
    text_after: TextScore = Field(default_factory=TextScore)
    repair: RepairCounts = Field(default_factory=RepairCounts)
    questions: QuestionCounts = Field(default_factory=QuestionCounts)
    question_pairs: list[QuestionPair] = Field(default_factory=list)
    motions: MotionCounts = Field(default_factory=MotionCounts)
    motion_pairs: list[TextPair] = Field(default_factory=list)
    fields: list[FieldResult] = Field(default_factory=list)
    tokens: list[TokenMark] = Field(
        default_factory=list, exclude=True, description="for the HTML report only; not in JSON"
    )


class MetricRow(BaseModel):
    """One column of the summary table: a rendering, or "total"."""

    rendering: str
    letters: int = 0
    failed: int = 0
    pages: int = 0
    seconds: float = 0.0
    cer_before: float | None = None
    cer_after: float | None = None
    wer_before: float | None = None
    wer_after: float | None = None
    bow_after: float | None = None
    repair_broken: int = 0
    repair_fixed: int = 0
    repair_missed: int = 0
    repair_broken_correct: int = 0
    repair_fix_rate: float | None = None
    repair_break_rate: float | None = None
    question_precision: float | None = None
    question_recall: float | None = None
    question_f1: float | None = None
    number_acc_printed: float | None = None
    number_acc_inferred: float | None = None
    question_similarity: float | None = None
    motion_f1: float | None = None
    motion_similarity: float | None = None
    field_exact: dict[str, float | None] = Field(default_factory=dict)
    field_exact_mean: float | None = None
    pages_per_second: float | None = None

    def metrics(self) -> dict[str, float | None]:
        """Flat metric name → value (field rates as `field_<name>`), for tables and thresholds."""
        flat: dict[str, float | None] = {
            key: value
            for key, value in self.model_dump(exclude={"rendering", "field_exact"}).items()
        }
        for name, rate in self.field_exact.items():
            flat[f"field_{name}"] = rate
        return flat


class EvalSummary(BaseModel):
    """Everything `parlbrief evaluate` computed; the table and the HTML are rendered from it."""

    subset: Subset
    gold_dir: str
    pred_dir: str | None = None
    wall_seconds: float = 0.0
    rows: list[MetricRow] = Field(default_factory=list)
    letters: list[LetterEval] = Field(default_factory=list)

    def row(self, rendering: str) -> MetricRow | None:
        return next((row for row in self.rows if row.rendering == rendering), None)
