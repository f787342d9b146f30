"""Question splitting: numbering styles, lost numbers, non-boundaries, spans, sub-questions."""
from __future__ import annotations

import pytest
from tests.test_structure_helpers import make_doc

from models import LetterStructure, LineRole
from pipeline.structure import extract_structure
from pipeline.structure_questions import extract_questions
from pipeline.structure_text import TextLine


def anfrage(body: str, pages_after: str = "") -> LetterStructure:
    """A minimal Anfrage around `body`; `pages_after` continues the body on further pages."""
    text = (
        "Fraktion im Kreistag Musterkreis\n\nHamm, 1. März 2024\nAnfrage Testthema\n\n"
        "Sehr geehrte Frau Landrätin,\n\nwir haben folgende Fragen.\n\n"
        f"{body}{pages_after}\n\nMit freundlichen Grüßen\n\nErika Muster\nVorsitzende\n"
    )
    return extract_structure(make_doc(text))


def numbers(result: LetterStructure) -> list[tuple[int, bool]]:
    return [(q.number, q.number_inferred) for q in result.questions]


@pytest.mark.parametrize(
    ("markers", "labels"),
    [
        (["1.", "2.", "3."], ["1.", "2.", "3."]),
        (["1)", "2)", "3)"], ["1)", "2)", "3)"]),
        (["1.)", "2.)", "3.)"], ["1.)", "2.)", "3.)"]),
        (["Frage 1:", "Frage 2:", "Frage 3:"], ["Frage 1:", "Frage 2:", "Frage 3:"]),
        (["Frage 1 –", "Frage 2 –", "Frage 3 –"], ["Frage 1 –", "Frage 2 –", "Frage 3 –"]),
        (["I.", "II.", "III."], ["I.", "II.", "III."]),
    ],
)
def test_numbering_styles(markers: list[str], labels: list[str]) -> None:
    body = "\n".join(f"{m} Wie hoch ist Wert Nummer {k}?" for k, m in enumerate(markers, 1))
    result = anfrage(body)
    assert [q.label for q in result.questions] == labels
    assert [q.number for q in result.questions] == [1, 2, 3]
    assert result.questions[1].text == "Wie hoch ist Wert Nummer 2?"


def test_lettered_subquestions_stay_under_parent() -> None:
    body = "1. Wie verteilen sich die Mittel:\na) auf den Nordkreis,\nb) auf den Südkreis?\n2. Wer entscheidet?"
    result = anfrage(body)
    assert numbers(result) == [(1, False), (2, False)]
    first = result.questions[0]
    assert first.text == "Wie verteilen sich die Mittel: a) auf den Nordkreis, b) auf den Südkreis?"
    assert [(s.label, s.text) for s in first.subquestions] == [("a)", "auf den Nordkreis,"), ("b)", "auf den Südkreis?")]


def test_numbers_lost_by_ocr_are_inferred_between_printed_ones() -> None:
    """Seed-000 pattern: dot-only markers and a bare paragraph between printed 2 and 6."""
    body = (
        "1. Wie viele Anträge gingen ein?\n\n2. Wie viele wurden bewilligt?\n"
        " . Wie lange dauerte die Bearbeitung?\n\n"
        "Gibt es eine Warteliste?\n\n. Wie lang ist sie?\n\n6.Welche Kosten entstehen?"
    )
    result = anfrage(body)
    assert numbers(result) == [(1, False), (2, False), (3, True), (4, True), (5, True), (6, False)]
    assert [q.label for q in result.questions] == ["1.", "2.", None, None, None, "6."]
    assert result.questions[2].text == "Wie lange dauerte die Bearbeitung?"
    assert result.questions[3].text == "Gibt es eine Warteliste?"
    assert result.questions[5].text == "Welche Kosten entstehen?"
    assert result.warnings == ["question numbers 3–5 inferred"]


def test_surplus_paragraph_in_gap_joins_previous_item() -> None:
    """Two numbers missing, two dot markers and one prose paragraph: the prose is context."""
    body = (
        "1. Wie viele Busse fahren?\n\n. Wie alt sind sie?\n\n"
        "Die Flotte wurde 2010 beschafft.\n\n. Wann werden sie ersetzt?\n\n4. Was kostet das?"
    )
    result = anfrage(body)
    assert numbers(result) == [(1, False), (2, True), (3, True), (4, False)]
    assert result.questions[1].text == "Wie alt sind sie? Die Flotte wurde 2010 beschafft."


def test_lost_first_number_is_inferred() -> None:
    result = anfrage(". Wie viele Schulen gibt es?\n2. Wie viele Schüler?\n3. Wie viele Lehrer?")
    assert numbers(result) == [(1, True), (2, False), (3, False)]


def test_number_glued_to_text() -> None:
    result = anfrage("1.Wie viele Stellen gibt es?\n2.Wie viele sind besetzt?")
    assert [q.text for q in result.questions] == ["Wie viele Stellen gibt es?", "Wie viele sind besetzt?"]


@pytest.mark.parametrize(
    "wrapped",
    [
        "im Jahr 2023 laut\n08.11.2023 vorgelegtem Bericht",  # a date at the line start
        "im Jahr 2023 um\n1,4 % gestiegen",  # a percentage
        "seit dem\n5. Oktober 2017 bekannt",  # an ordinal date in prose
        "laut Vorlage\nNr. 5 vom Mai",  # Nr. 5
        "mit\nca. 3,5 Mio. € Kosten",  # an amount
        "z.B. im Nordkreis\nbzw. im Südkreis",  # abbreviations
    ],
)
def test_non_boundaries_inside_question(wrapped: str) -> None:
    body = f"1. Welche Ausgaben entstanden {wrapped}?\n2. Wer trägt sie?"
    result = anfrage(body)
    assert [q.number for q in result.questions] == [1, 2]
    assert result.questions[0].text == " ".join(f"Welche Ausgaben entstanden {wrapped}?".split())


def test_stray_number_in_prose_is_no_boundary() -> None:
    body = "1. Wie bewertet der Kreis den Start des\n53. Kommunalen Integrationszentrums?\n2. Was folgt daraus?"
    result = anfrage(body)
    assert [q.number for q in result.questions] == [1, 2]
    assert "53. Kommunalen" in result.questions[0].text


def test_question_spans_paragraphs_and_page_break_with_running_head() -> None:
    first_page = "1. Welche Schulen sind betroffen? Wie viele Kinder besuchen die\n\nSeite 1 von 2"
    second_page = "\fFraktion im Kreistag Musterkreis\nbetroffenen Schulen?\n\n2. Wer zahlt?"
    result = anfrage(first_page, second_page)
    assert numbers(result) == [(1, False), (2, False)]
    assert result.questions[0].text == "Welche Schulen sind betroffen? Wie viele Kinder besuchen die betroffenen Schulen?"
    assert result.questions[1].page == 2


def test_context_sentence_and_several_sentences_in_one_item() -> None:
    body = "1. Der Bericht nennt 40 Fälle. Das ist viel.\nWie erklärt sich die Zahl? Was folgt daraus?\n2. Wer prüft?"
    result = anfrage(body)
    assert result.questions[0].text == "Der Bericht nennt 40 Fälle. Das ist viel. Wie erklärt sich die Zahl? Was folgt daraus?"


def test_preamble_question_is_not_numbered() -> None:
    body = "Welche Maßnahmen müssen\nergriffen werden?\n\n1. Wer ist zuständig?\n2. Bis wann?"
    result = anfrage(body)
    assert [q.text for q in result.questions] == ["Wer ist zuständig?", "Bis wann?"]


def test_line_end_hyphenation_inside_question() -> None:
    body = "1. Wie wird das Integra-\ntionszentrum die Flucht-\nund Migrationsberatung und die EU-\nZuwanderung begleiten?"
    result = anfrage(body)
    assert result.questions[0].text == (
        "Wie wird das Integrationszentrum die Flucht- und Migrationsberatung und die EU-Zuwanderung begleiten?"
    )


def test_closing_prose_after_last_question_is_not_part_of_it() -> None:
    body = "1. Wer ist zuständig?\n2. Bis wann?\nWir bedanken uns für die Beantwortung."
    result = anfrage(body)
    assert result.questions[-1].text == "Bis wann?"


def test_letter_without_numbered_list_has_no_questions() -> None:
    result = anfrage("Wie geht es weiter? Wir bitten um Auskunft.")
    assert result.questions == []


def test_thanks_after_last_question_is_not_part_of_it() -> None:
    body = "1. Wer ist zuständig?\n2. Bis wann?\nFür eine zeitnahe Antwort wären wir Ihnen dankbar."
    assert anfrage(body).questions[-1].text == "Bis wann?"


def test_number_lost_with_its_dot_splits_at_line_after_question_mark() -> None:
    """Between printed 3 and 6 only one marked item: the next line after a '?' starts number 5."""
    body = (
        "1. Wer?\n2. Wie?\n3. Was kostet es?\n. Wie viele Anträge gibt es, und wie lange dauert die\n"
        "Bearbeitung?\nWie viele Stellen sind\nbesetzt?\n6. Ist mehr geplant?"
    )
    result = anfrage(body)
    assert numbers(result) == [(1, False), (2, False), (3, False), (4, True), (5, True), (6, False)]
    assert result.questions[4].text == "Wie viele Stellen sind besetzt?"
    assert any("split 1 item" in w for w in result.warnings)


def test_running_head_with_date_on_later_page_is_dropped() -> None:
    page_one = "1. Wurden die Zuschüsse an die gestiegenen Kosten\n\nSeite 1 von 2"
    page_two = "\fGrüne Kreistagsfraktion Musterkreis – Schreiben vom 11.10.2024\n\nangepasst?\n2. Wann?"
    result = anfrage(page_one, page_two)
    assert result.questions[0].text == "Wurden die Zuschüsse an die gestiegenen Kosten angepasst?"


def test_label_alone_on_its_line() -> None:
    body = "Frage 1\nWie viele Anträge gibt es?\n\nFrage 2\nWer prüft sie?\n\n3.\nWann wird entschieden?"
    result = anfrage(body.replace("\n\n3.\n", "\n\nFrage 3\n"))
    assert [(q.number, q.text) for q in result.questions] == [
        (1, "Wie viele Anträge gibt es?"), (2, "Wer prüft sie?"), (3, "Wann wird entschieden?")
    ]
    arabic = anfrage("1.\nWie viele Anträge gibt es?\n2.\nWer prüft sie?")
    assert [q.text for q in arabic.questions] == ["Wie viele Anträge gibt es?", "Wer prüft sie?"]


def test_stray_leading_punctuation_is_no_question_list() -> None:
    """Bad text extraction moves a sentence's full stop to the next line start: no list there."""
    body = "Immer öfter fahren Kurzzüge\n. Das ist ein Nachteil, sondern berührt\n, wenn Pendler stehen\n. Die Fahrzeiten sind getaktet."
    assert anfrage(body).questions == []


def test_stray_leading_punctuation_after_list_is_not_an_item() -> None:
    body = "1. Wer?\n2. Wann wird gebaut?\nDie Arbeiten dauern\n\n. Das ist lang.\n"
    result = anfrage(body)
    assert [q.number for q in result.questions] == [1, 2]


def test_ocr_speck_at_page_top_is_no_item() -> None:
    """A two-letter speck at a page top must not fill a gap of lost numbers."""
    page_one = "1. Wie?\n2. Wer entsorgt?\n\nGibt es einen Plan?\n\nAuch die Pest. Wie wird gesucht?"
    result = anfrage(page_one, "\fIE\n\n5. Wie oft wurde kontrolliert?")
    assert numbers(result) == [(1, False), (2, False), (3, True), (4, True), (5, False)]
    assert result.questions[3].text == "Auch die Pest. Wie wird gesucht?"


def test_first_number_lost_entirely_question_before_two() -> None:
    body = "Wie viele Schulen gibt es?\n\n2. Wie viele Schüler?\n3. Wie viele Lehrer?"
    result = anfrage(body)
    assert numbers(result) == [(1, True), (2, False), (3, False)]
    assert result.questions[0].text == "Wie viele Schulen gibt es?"


def test_numbered_background_list_before_the_questions() -> None:
    body = (
        "Zum Hintergrund:\n1. Der Kreis hat 12 Schulen.\n2. Davon sind 3 saniert.\n\nWir fragen:\n"
        "1. Wann folgen die übrigen?\n2. Was kostet das?"
    )
    result = anfrage(body)
    assert [q.text for q in result.questions] == ["Wann folgen die übrigen?", "Was kostet das?"]


def test_ordinal_noun_at_line_start_does_not_restart_the_list() -> None:
    body = "1. Welche Mittel flossen im\n1. Quartal 2024 ab?\n2. Welche im\n2. Halbjahr?\n3. Wer entscheidet?"
    result = anfrage(body)
    assert [q.number for q in result.questions] == [1, 2, 3]
    assert result.questions[0].text == "Welche Mittel flossen im 1. Quartal 2024 ab?"


def test_wrapped_ordinal_in_last_question_is_no_new_item() -> None:
    body = "1. Wer zahlt?\n2. Wie bewertet der Kreis den Start des\n53. Kommunalen Integrationszentrums?"
    result = anfrage(body)
    assert [q.number for q in result.questions] == [1, 2]
    assert result.questions[1].text == "Wie bewertet der Kreis den Start des 53. Kommunalen Integrationszentrums?"


def test_the_last_question_ends_where_the_labeller_is_sure_the_reasons_begin() -> None:
    """Reasons printed right after the last question, with no heading or blank line between: a line
    the labeller is sure is body ends the list; without its role the paragraph runs on."""
    texts = [("1. Wie viele Plätze gibt es?", LineRole.QUESTION), ("2. Welche Kosten entstehen", LineRole.QUESTION),
             ("im Jahr 2025?", LineRole.QUESTION_CONT), ("Der Mangel an Plätzen ist ein großes Problem.", LineRole.BODY)]
    labelled = [TextLine(1, text, role) for text, role in texts]
    questions, _ = extract_questions(labelled, 0, len(labelled))
    assert [q.text for q in questions] == ["Wie viele Plätze gibt es?", "Welche Kosten entstehen im Jahr 2025?"]
    unlabelled = [TextLine(1, text) for text, _ in texts]
    assert "Problem" in extract_questions(unlabelled, 0, len(unlabelled))[0][-1].text


def test_an_unnumbered_question_after_the_last_numbered_one_is_the_next_question() -> None:
    """ "4. Sind …?" / "Was tut die Stadt …?": where the labeller is sure a question starts, the
    unnumbered paragraph asking after the last number is the next question (number inferred); a
    paragraph that does not end asking, or a line with a marker outside the list, stays in it."""
    def questions(*rows: tuple[str, LineRole]) -> list[tuple[int, bool, str]]:
        lines = [TextLine(1, text, role) for text, role in rows]
        return [(q.number, q.number_inferred, q.text) for q in extract_questions(lines, 0, len(lines))[0]]

    numbered = [("1. Wie viele Plätze gibt es?", LineRole.QUESTION), ("2. Welche Kosten entstehen", LineRole.QUESTION),
                ("im Jahr 2025?", LineRole.QUESTION_CONT)]
    assert questions(*numbered, ("Was tut die Stadt, um die Lage", LineRole.QUESTION),
                     ("zu verbessern?", LineRole.QUESTION_CONT))[-1] == (3, True, "Was tut die Stadt, um die Lage zu verbessern?")
    assert len(questions(*numbered, ("Die Lage ist ernst.", LineRole.QUESTION))) == 2
    assert len(questions(*numbered, ("Was tut die Stadt?", None))) == 2  # the labeller is not sure


@pytest.mark.parametrize("style", ["{}{}.", "{} {}.", "{}{})", "{} {})"])
def test_numbers_with_letters_are_questions_with_lettered_parts(style: str) -> None:
    """ "1a. … 1b. … 2a. … 2b. … 3. …": three questions; the letters are the parts of 1 and 2."""
    def mark(number: int, letter: str = "") -> str:
        return style.format(number, letter) if letter else f"{number}."
    body = (f"{mark(1, 'a')} Wie viele Plätze gibt es?\n{mark(1, 'b')} Wie viele davon sind belegt?\n"
            f"{mark(2, 'a')} Welche Kosten entstehen?\n{mark(2, 'b')} Wer trägt sie?\n{mark(3)} Wann wird gebaut?")
    questions = anfrage(body).questions
    assert [q.number for q in questions] == [1, 2, 3]
    b = style.format("", "b").strip()
    assert questions[0].text == f"{style.format('', 'a').strip()} Wie viele Plätze gibt es? {b} Wie viele davon sind belegt?"
    assert [(sub.label, sub.text) for sub in questions[1].subquestions][1] == (b, "Wer trägt sie?")
    assert questions[2].text == "Wann wird gebaut?"


@pytest.mark.parametrize("marker", ["{}.", "{})", "{}.)"])
def test_capital_lettered_list_holds_its_numbered_sub_items(marker: str) -> None:
    """Questions lettered "A."–"D." with a numbered list inside one of them: the letters are the
    questions (numbered by position), the numbers stay in their question's text."""
    a, b, c, d = (marker.format(letter) for letter in "ABCD")
    body = (
        f"{a} Welche Rolle spielt die Steuer?\n\n{b} Gibt es ein Konzept?\n\n"
        f"{c} Trifft die Kritik zu?\n\n1. Wie hoch sind die Einnahmen?\n\n2. Waren sie ausschlaggebend?\n\n"
        f"{d} Welche Kriterien gelten?"
    )
    result = anfrage(body)
    assert numbers(result) == [(1, False), (2, False), (3, False), (4, False)]
    assert [q.label for q in result.questions] == [a, b, c, d]
    assert result.questions[2].text == "Trifft die Kritik zu? 1. Wie hoch sind die Einnahmen? 2. Waren sie ausschlaggebend?"


def test_numbered_questions_after_a_lettered_background_list() -> None:
    """A lettered list that asks less than the numbered one after it is background, not the questions."""
    body = (
        "Vorbemerkung:\nA. Der Kreis hat 12 Schulen.\nB. Davon sind 3 saniert.\n\nWir fragen:\n"
        "1. Wann folgen die übrigen?\n2. Was kostet das?"
    )
    result = anfrage(body)
    assert [q.text for q in result.questions] == ["Wann folgen die übrigen?", "Was kostet das?"]
