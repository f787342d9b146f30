"""Score one prediction against its gold letter, and micro-average scores into table rows."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from models.evaluation import (
    EvalStatus,
    LetterEval,
    MetricRow,
    MotionCounts,
    QuestionCounts,
    RepairCounts,
    TextScore,
)
from models.letter import LetterStructure
from parlbrief.evaluation.compare import (
    FIELD_GETTERS,
    align_motions,
    align_questions,
    compare_fields,
    motion_counts,
    question_counts,
    repair_tokens,
    text_score,
)
from parlbrief.evaluation.runner import GoldLetter, Prediction, RENDERING_ORDER

TOTAL = "total"
Counts = TypeVar("Counts", TextScore, RepairCounts, QuestionCounts, MotionCounts)


def score_letter(gold: GoldLetter, prediction: Prediction) -> LetterEval:
    """All per-letter scores; a failed or missing prediction is scored as an empty letter."""
    record = prediction.record
    pred: LetterStructure = record if record is not None else LetterStructure()
    raw_text = record.raw_text if record is not None else ""
    text = record.text if record is not None else ""
    repair, tokens = repair_tokens(gold.clean_text, raw_text, text)
    pairs = align_questions(gold.structure.questions, pred.questions)
    motion_pairs = align_motions(gold.structure.motion_points, pred.motion_points)
    pages = record.source.page_count if record is not None else gold.clean_text.count("\f") + 1
    return LetterEval(
        letter=gold.entry.id,
        rendering=prediction.task.rendering,
        split=gold.entry.split,
        status=prediction.status,
        error=prediction.error,
        pages=pages,
        seconds=prediction.seconds,
        text_before=text_score(gold.clean_text, raw_text),
        text_after=text_score(gold.clean_text, text),
        repair=repair,
        questions=question_counts(pairs),
        question_pairs=pairs,
        motions=motion_counts(motion_pairs),
        motion_pairs=motion_pairs,
        fields=compare_fields(gold.structure, pred),
        tokens=tokens,
    )


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def _precision_recall(matched: int, predicted: int, gold: int) -> tuple[float | None, float | None]:
    precision, recall = _ratio(matched, predicted), _ratio(matched, gold)
    if gold and not predicted:
        precision = 0.0  # predicting nothing where gold has items is no precision to be proud of
    return precision, recall


def _f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _sum(items: Iterable[Counts], cls: type[Counts]) -> Counts:
    """Field-wise sum of count models (micro-averaging sums counts before dividing)."""
    total = cls()
    for item in items:
        for key in cls.model_fields:
            setattr(total, key, getattr(total, key) + getattr(item, key))
    return total


def summarize_row(name: str, letters: list[LetterEval]) -> MetricRow:
    """Micro-averaged metrics over some letter renderings (sums of counts, then ratios)."""
    before = _sum((e.text_before for e in letters), TextScore)
    after = _sum((e.text_after for e in letters), TextScore)
    repair = _sum((e.repair for e in letters), RepairCounts)
    questions = _sum((e.questions for e in letters), QuestionCounts)
    motions = _sum((e.motions for e in letters), MotionCounts)
    precision, recall = _precision_recall(questions.matched, questions.predicted, questions.gold)
    field_exact = {
        name_: _ratio(sum(f.match for e in letters for f in e.fields if f.name == name_), len(letters))
        for name_ in FIELD_GETTERS
    }
    rates = [rate for rate in field_exact.values() if rate is not None]
    seconds = sum(e.seconds for e in letters)
    pages = sum(e.pages for e in letters)
    return MetricRow(
        rendering=name,
        letters=len(letters),
        failed=sum(e.status != EvalStatus.OK for e in letters),
        pages=pages,
        seconds=round(seconds, 3),
        cer_before=_ratio(before.char_errors, before.chars),
        cer_after=_ratio(after.char_errors, after.chars),
        wer_before=_ratio(before.word_errors, before.words),
        wer_after=_ratio(after.word_errors, after.words),
        bow_after=_ratio(after.bag_errors, after.words),
        repair_broken=repair.broken,
        repair_fixed=repair.fixed,
        repair_missed=repair.missed,
        repair_broken_correct=repair.broken_by_repair,
        repair_fix_rate=_ratio(repair.fixed, repair.broken),
        repair_break_rate=_ratio(repair.broken_by_repair, repair.correct),
        question_precision=precision,
        question_recall=recall,
        question_f1=_f1(precision, recall),
        number_acc_printed=_ratio(questions.printed_correct, questions.printed),
        number_acc_inferred=_ratio(questions.inferred_correct, questions.inferred),
        question_similarity=_ratio(questions.similarity_sum, questions.matched),
        motion_f1=_f1(*_precision_recall(motions.matched, motions.predicted, motions.gold)),
        motion_similarity=_ratio(motions.similarity_sum, motions.matched),
        field_exact=field_exact,
        field_exact_mean=_ratio(sum(rates), len(rates)),
        pages_per_second=_ratio(pages, seconds),
    )


def summarize(letters: list[LetterEval]) -> list[MetricRow]:
    """One row per rendering present, in rendering order, then the total."""
    rows = [
        summarize_row(rendering.value, [e for e in letters if e.rendering == rendering])
        for rendering in RENDERING_ORDER
        if any(e.rendering == rendering for e in letters)
    ]
    rows.append(summarize_row(TOTAL, letters))
    return rows
