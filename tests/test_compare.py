"""Record vs gold comparison on hand-made letters: questions, header fields, repair tokens."""
from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from models.evaluation import TokenKind
from models.letter import LetterStructure, Party, Question, Sender, Signatory
from parlbrief.evaluation.compare import (
    align_motions,
    align_questions,
    align_tokens,
    compare_fields,
    gold_structure,
    motion_counts,
    question_counts,
    repair_tokens,
)


def q(number: int, text: str, inferred: bool = False) -> Question:
    return Question(number=number, text=text, number_inferred=inferred)


GOLD_QUESTIONS = [
    q(1, "Welche Ziele soll das Integrationszentrum im Haushaltsjahr erreichen?"),
    q(2, "Wie viele Stellen sind dafür im Stellenplan vorgesehen?", inferred=True),
    q(3, "Welche Kosten entstehen dem Kreis durch die Schulbegleitung?", inferred=True),
]


def test_gold_json_number_in_source_becomes_number_inferred() -> None:
    data = {"doc_type": "anfrage", "questions": [
        {"number": 1, "number_in_source": True, "text": "A?", "subquestions": []},
        {"number": 2, "number_in_source": False, "text": "B?", "subquestions": []},
    ]}
    gold = gold_structure(data)
    assert [question.number_inferred for question in gold.questions] == [False, True]


def test_perfect_questions() -> None:
    counts = question_counts(align_questions(GOLD_QUESTIONS, GOLD_QUESTIONS))
    assert (counts.gold, counts.predicted, counts.matched) == (3, 3, 3)
    assert counts.printed_correct == counts.printed == 1
    assert counts.inferred_correct == counts.inferred == 2
    assert counts.similarity_sum == pytest.approx(3.0)


def test_missing_extra_and_misnumbered_questions() -> None:
    pred = [
        q(1, "Welche Ziele soll das Integrationszentrum im Haushaltsjahr erreichen?"),
        # gold question 2 lost; gold 3 found under number 2 with an OCR error
        q(2, "Welche Kosten entstehen dem Kreis durch die Schulbeg1eitung?"),
        q(3, "Mit freundlichen Grüßen"),  # a closing mistaken for a question
    ]
    pairs = align_questions(GOLD_QUESTIONS, pred)
    counts = question_counts(pairs)
    assert (counts.gold, counts.predicted, counts.matched) == (3, 3, 2)
    assert counts.printed_correct == 1  # question 1
    assert (counts.inferred, counts.inferred_correct) == (1, 0)  # gold 3 was numbered 2
    matched = {p.gold.number: p.pred.number for p in pairs if p.gold and p.pred}
    assert matched == {1: 1, 3: 2}
    assert any(p.gold is None and p.pred.text.startswith("Mit") for p in pairs)


def test_same_number_breaks_ties_between_similar_questions() -> None:
    gold = [q(1, "Wie viele Anträge wurden 2022 gestellt?"), q(2, "Wie viele Anträge wurden 2023 gestellt?")]
    pred = [q(2, "Wie viele Anträge wurden 2023 gestellt?"), q(1, "Wie viele Antrage wurden 2022 gestellt?")]
    pairs = align_questions(gold, pred)
    assert [(p.gold.number, p.pred.number) for p in pairs] == [(1, 1), (2, 2)]


def test_motion_points_pair_by_text() -> None:
    gold = ["Der Kreistag beschließt, ein Radwegekonzept zu erstellen.", "Die Verwaltung berichtet jährlich."]
    pred = ["Die Verwaltung berichtet jahrlich.", "Mit freundlichen Grüßen"]
    counts = motion_counts(align_motions(gold, pred))
    assert (counts.gold, counts.predicted, counts.matched) == (2, 2, 1)
    assert counts.similarity_sum == pytest.approx(1 - 1 / 34)


def _letter(**changes: object) -> LetterStructure:
    base = LetterStructure(
        doc_type="antrag",
        date=date(2021, 3, 4),
        place="Musterstadt",
        subject="Radwegekonzept für den Kreis",
        reference="Drucksache 12/345",
        sender=Sender(name="Erika Beispiel", role="Vorsitzende", organization="Fraktion XY"),
        signatories=[Signatory(name="Erika Beispiel", role="Vorsitzende"), Signatory(name="Max Muster")],
        addressee=Party(name="Dr. Hans Meier", role="Landrat", organization="Kreis Musterland"),
        cc=["Fraktion A", "Fraktion B"],
    )
    return base.model_copy(update=changes)


def test_identical_fields_all_match_even_with_nfd_and_extra_spaces() -> None:
    pred = _letter(subject=unicodedata.normalize("NFD", "Radwegekonzept  für den\nKreis"))
    assert all(field.match for field in compare_fields(_letter(), pred))


def test_each_changed_field_is_reported() -> None:
    pred = _letter(
        date=None,
        addressee=Party(name="Hans Meier", role="Landrat", organization="Kreis Musterland"),
        signatories=[Signatory(name="Erika Beispiel", role="Vorsitzende")],
        cc=["Fraktion B", "Fraktion A"],
    )
    wrong = {field.name for field in compare_fields(_letter(), pred) if not field.match}
    assert wrong == {"date", "addressee_name", "signatories", "cc"}


def test_absent_fields_match_absent_gold() -> None:
    fields = {f.name: f for f in compare_fields(LetterStructure(), LetterStructure(reference=""))}
    assert fields["reference"].match and fields["reference"].gold is None
    assert not compare_fields(_letter(), LetterStructure())[0].match  # antrag vs brief


def test_repair_token_counts_and_marks() -> None:
    gold = "für die Maßnahmen der Bürger"
    raw = "fur die MaRnahmen der Burger"
    repaired = "für dle MaRnahmen der Bürger"  # fixed 2, missed 1, broke "die"
    counts, marks = repair_tokens(gold, raw, repaired)
    assert (counts.broken, counts.fixed, counts.missed) == (3, 2, 1)
    assert (counts.correct, counts.broken_by_repair, counts.unaligned) == (2, 1, 0)
    assert [m.kind for m in marks] == [
        TokenKind.FIXED, TokenKind.BROKE, TokenKind.ERROR, TokenKind.OK, TokenKind.FIXED,
    ]
    assert marks[1].raw == "die" and marks[1].gold == "die"


def test_misrepair_and_unaligned_tokens() -> None:
    gold = "Die Fraktion\nbittet um Antwort"
    raw = "Die Fraktlon\nbittet bittet um Antwort"  # OCR doubled a word
    repaired = "Die Fraktian\nbittet bittet um Antwort"
    counts, marks = repair_tokens(gold, raw, repaired)
    assert counts.unaligned == 1 and counts.broken == 1 and counts.fixed == 0
    assert marks[1].kind == TokenKind.MISREPAIRED and marks[1].sep == "\n"
    assert [m.kind for m in marks].count(TokenKind.UNALIGNED) == 1


def test_align_tokens_pairs_equal_length_substitutions_only() -> None:
    assert align_tokens(["a", "b", "c"], ["a", "x", "c"]) == [0, 1, 2]
    # A merge is an insertion plus a substitution: "bc" pairs with "c", "b" has no partner.
    assert align_tokens(["a", "bc", "d"], ["a", "b", "c", "d"]) == [0, 2, 3]
    # A doubled token: one copy pairs, the other is a deletion.
    mapping = align_tokens(["a", "b", "b", "c"], ["a", "b", "c"])
    assert mapping[0] == 0 and mapping[3] == 2 and sorted(mapping[1:3], key=str) == [1, None]
