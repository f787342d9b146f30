"""Compare one predicted letter with its gold record: text, repair tokens, questions, fields."""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from rapidfuzz.distance import Levenshtein

from models.evaluation import (
    FieldResult,
    MotionCounts,
    QuestionCounts,
    QuestionPair,
    RepairCounts,
    TextPair,
    TextScore,
    TokenKind,
    TokenMark,
)
from models.letter import LetterStructure, Question
from parlbrief.evaluation.metrics import (
    bag_of_words_errors,
    char_errors,
    nfc,
    normalize_whitespace,
    text_similarity,
    word_errors,
)

log = logging.getLogger(__name__)

# A predicted question (or motion point) counts as the gold one when their texts are at least
# this similar...
MIN_QUESTION_SIMILARITY = 0.5
# ...and among candidates, an equal number outweighs a somewhat better text match.
SAME_NUMBER_BONUS = 0.25


def gold_structure(data: dict[str, Any]) -> LetterStructure:
    """Gold JSON → LetterStructure; gold says `number_in_source`, records say `number_inferred`."""
    questions = [
        {**q, "number_inferred": not q.get("number_in_source", True)} for q in data.get("questions", [])
    ]
    return LetterStructure.model_validate({**data, "questions": questions})


# --- text -------------------------------------------------------------------------------------


def text_score(gold_text: str, text: str) -> TextScore:
    char_distance, chars = char_errors(gold_text, text)
    word_distance, n_words = word_errors(gold_text, text)
    bag, _ = bag_of_words_errors(gold_text, text)
    return TextScore(char_errors=char_distance, chars=chars, word_errors=word_distance, words=n_words,
                     bag_errors=bag)


def _separator(space: str) -> str:
    """Layout kept for the report: " ", one line end, or a blank line (paragraph, page end)."""
    breaks = space.count("\n") + 2 * space.count("\f")
    return "\n" * min(breaks, 2) if breaks else " "


def _tokens(text: str) -> list[tuple[str, str]]:
    """(token, separator after it) pairs of the NFC text, split at whitespace."""
    return [(match.group(1), _separator(match.group(2))) for match in re.finditer(r"(\S+)(\s*)", nfc(text))]


def align_tokens(source: list[str], target: list[str]) -> list[int | None]:
    """For each source token the index of its 1:1 target token, or None.

    Equal runs and substitution runs of equal length pair up position by position; tokens in
    insertions, deletions and uneven substitutions (splits, merges) stay unaligned.
    """
    if source == target:
        return list(range(len(source)))
    mapping: list[int | None] = [None] * len(source)
    for op in Levenshtein.opcodes(source, target):
        if op.tag in ("equal", "replace") and op.src_end - op.src_start == op.dest_end - op.dest_start:
            for offset in range(op.src_end - op.src_start):
                mapping[op.src_start + offset] = op.dest_start + offset
    return mapping


def _raw_to_repaired(raw: list[str], repaired: list[str]) -> list[int | None]:
    # Repair keeps whitespace tokenisation, so equal counts mean token i became token i.
    if len(raw) == len(repaired):
        return list(range(len(raw)))
    log.debug("repair changed the token count (%d → %d); aligning", len(raw), len(repaired))
    return align_tokens(raw, repaired)


def _token_kind(raw: str | None, text: str, gold: str | None) -> TokenKind:
    if gold is None:
        return TokenKind.UNALIGNED
    changed = raw is not None and raw != text
    if changed:
        if text == gold:
            return TokenKind.FIXED
        return TokenKind.BROKE if raw == gold else TokenKind.MISREPAIRED
    return TokenKind.OK if text == gold else TokenKind.ERROR


def repair_tokens(gold_text: str, raw_text: str, text: str) -> tuple[RepairCounts, list[TokenMark]]:
    """Count broken tokens fixed / missed and correct tokens broken; mark every repaired token."""
    gold = [token for token, _ in _tokens(gold_text)]
    raw = [token for token, _ in _tokens(raw_text)]
    repaired_seps = _tokens(text)
    repaired = [token for token, _ in repaired_seps]
    raw2gold = align_tokens(raw, gold)
    raw2rep = _raw_to_repaired(raw, repaired)
    counts = RepairCounts()
    for i, token in enumerate(raw):
        g, r = raw2gold[i], raw2rep[i]
        if g is None or r is None:
            counts.unaligned += 1
        elif token == gold[g]:
            counts.correct += 1
            counts.broken_by_repair += repaired[r] != gold[g]
        else:
            counts.broken += 1
            counts.fixed += repaired[r] == gold[g]
    rep2gold = align_tokens(repaired, gold)
    rep2raw: dict[int, int] = {r: i for i, r in enumerate(raw2rep) if r is not None}
    marks = []
    for j, (token, sep) in enumerate(repaired_seps):
        raw_token = raw[rep2raw[j]] if j in rep2raw else None
        gold_token = gold[rep2gold[j]] if rep2gold[j] is not None else None
        kind = _token_kind(raw_token, token, gold_token)
        marks.append(TokenMark(text=token, kind=kind, raw=raw_token, gold=gold_token, sep=sep))
    return counts, marks


# --- questions --------------------------------------------------------------------------------


Match = tuple[int | None, int | None, float]


def _match(gold: list[str], pred: list[str], keys: tuple[list[object], list[object]]) -> list[Match]:
    """One-to-one (gold index, pred index, similarity) pairs, best candidates first.

    A pair is a candidate when its texts are at least MIN_QUESTION_SIMILARITY similar; equal
    keys (question numbers) add SAME_NUMBER_BONUS. Unpaired items come with None opposite.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            similarity = text_similarity(g, p)
            if similarity >= MIN_QUESTION_SIMILARITY:
                score = similarity + (SAME_NUMBER_BONUS if keys[0][gi] == keys[1][pi] else 0.0)
                candidates.append((score, similarity, gi, pi))
    used_gold: dict[int, tuple[int, float]] = {}
    used_pred: set[int] = set()
    for _, similarity, gi, pi in sorted(candidates, key=lambda c: (-c[0], c[2], c[3])):
        if gi not in used_gold and pi not in used_pred:
            used_gold[gi] = (pi, similarity)
            used_pred.add(pi)
    pairs: list[Match] = [
        (gi, *used_gold[gi]) if gi in used_gold else (gi, None, 0.0) for gi in range(len(gold))
    ]
    return pairs + [(None, pi, 0.0) for pi in range(len(pred)) if pi not in used_pred]


def align_questions(gold: list[Question], pred: list[Question]) -> list[QuestionPair]:
    """Pair gold and predicted questions by text similarity, preferring equal numbers.

    So a question whose number OCR lost still pairs with its gold question, and of two similar
    questions ("… 2022 …", "… 2023 …") each pairs with the one of its number. Gold order first.
    """
    keys = ([q.number for q in gold], [q.number for q in pred])
    return [
        QuestionPair(gold=None if gi is None else gold[gi], pred=None if pi is None else pred[pi], similarity=sim)
        for gi, pi, sim in _match([q.text for q in gold], [q.text for q in pred], keys)
    ]


def align_motions(gold: list[str], pred: list[str]) -> list[TextPair]:
    """Pair motion points by text similarity, preferring the same position."""
    keys = (list(range(len(gold))), list(range(len(pred))))
    return [
        TextPair(gold=None if gi is None else gold[gi], pred=None if pi is None else pred[pi], similarity=sim)
        for gi, pi, sim in _match(gold, pred, keys)
    ]


def motion_counts(pairs: list[TextPair]) -> MotionCounts:
    matched = [pair for pair in pairs if pair.gold is not None and pair.pred is not None]
    return MotionCounts(
        gold=sum(pair.gold is not None for pair in pairs),
        predicted=sum(pair.pred is not None for pair in pairs),
        matched=len(matched),
        similarity_sum=sum(pair.similarity for pair in matched),
    )


def question_counts(pairs: list[QuestionPair]) -> QuestionCounts:
    counts = QuestionCounts()
    for pair in pairs:
        counts.gold += pair.gold is not None
        counts.predicted += pair.pred is not None
        if pair.gold is None or pair.pred is None:
            continue
        counts.matched += 1
        counts.similarity_sum += pair.similarity
        correct = pair.pred.number == pair.gold.number
        if pair.gold.number_inferred:
            counts.inferred += 1
            counts.inferred_correct += correct
        else:
            counts.printed += 1
            counts.printed_correct += correct
    return counts


# --- header fields ----------------------------------------------------------------------------


def _text(value: object) -> str | None:
    """Display and comparison form: NFC, whitespace collapsed; empty strings count as absent."""
    if value is None:
        return None
    text = normalize_whitespace(str(value))
    return text or None


def _signatories(letter: LetterStructure) -> str | None:
    people = [f"{_text(s.name)} ({_text(s.role) or '–'})" for s in letter.signatories]
    return "; ".join(people) or None


# Header field name → how to read it from a letter. Compared after `_text` normalisation.
FIELD_GETTERS: dict[str, Callable[[LetterStructure], object]] = {
    "doc_type": lambda r: r.doc_type.value,  # "anfrage"
    "date": lambda r: r.date.isoformat() if r.date else None,  # "2023-11-23"
    "place": lambda r: r.place,  # "Kleve"
    "subject": lambda r: r.subject,
    "reference": lambda r: r.reference,  # "jf/mv", a Drucksache number
    "sender_name": lambda r: r.sender.name,
    "sender_role": lambda r: r.sender.role,
    "sender_organization": lambda r: r.sender.organization,
    "addressee_name": lambda r: r.addressee.name,
    "addressee_role": lambda r: r.addressee.role,
    "addressee_organization": lambda r: r.addressee.organization,
    "signatories": _signatories,  # "Jürgen Franken (Vorsitzender); Thorsten Rupp (Geschäftsführer)"
    "cc": lambda r: "; ".join(normalize_whitespace(c) for c in r.cc) or None,
}


def compare_fields(gold: LetterStructure, pred: LetterStructure) -> list[FieldResult]:
    """Exact match (after NFC and whitespace normalisation) of every header field."""
    results = []
    for name, getter in FIELD_GETTERS.items():
        gold_value, pred_value = _text(getter(gold)), _text(getter(pred))
        results.append(FieldResult(name=name, gold=gold_value, pred=pred_value, match=gold_value == pred_value))
    return results
