"""The administration's reply to an Anfrage: its own letterhead, a faction in the address block,
each question repeated with its answer below ("Antwort:"), which is no part of the question."""
from __future__ import annotations

from models import DocType
from tests.test_structure_helpers import make_doc
from pipeline.structure import extract_structure

REPLY = """Der Landrat des Kreises Kleve
Nassauerallee 15-23
47533 Kleve

SPD-Kreistagsfraktion Kleve
Herrn Jürgen Franken
Lindenallee 5
47533 Kleve
                                                  Kleve, 4. März 2024

Ihre Anfrage vom 12.02.2024 – Schulbusverkehr im Nordkreis

Sehr geehrter Herr Franken,

Ihre Anfrage beantworte ich wie folgt:

Frage 1: Wie viele Schulbusse fahren im Nordkreis?

Antwort: Im Nordkreis fahren derzeit 42 Schulbusse. Davon sind 12 Gelenkbusse.

Die Busse sind im Mittel neun Jahre alt.

Frage 2: Wie viele Beschwerden gab es 2023?

Antwort der Verwaltung: Es gingen 17 Beschwerden ein.

Mit freundlichen Grüßen

In Vertretung

Dr. Anna Berg
Kreisdirektorin
"""


def test_a_reply_is_a_stellungnahme_of_the_administration_to_the_faction() -> None:
    result = extract_structure(make_doc(REPLY))
    assert result.doc_type is DocType.STELLUNGNAHME
    assert (result.sender.name, result.sender.organization) == ("Dr. Anna Berg", "Kreis Kleve")
    assert (result.addressee.name, result.addressee.organization) == ("Jürgen Franken", "SPD-Kreistagsfraktion Kleve")


def test_answers_are_not_question_text() -> None:
    result = extract_structure(make_doc(REPLY))
    assert [(q.number, q.text) for q in result.questions] == [
        (1, "Wie viele Schulbusse fahren im Nordkreis?"),
        (2, "Wie viele Beschwerden gab es 2023?"),
    ]


def test_only_a_labelled_answer_opens_an_answer() -> None:
    from pipeline.structure_questions import ANSWER

    assert ANSWER.match("Antwort: Es sind 42.") and ANSWER.match("Antwort der Verwaltung: Es sind 42.")
    assert ANSWER.match("Stellungnahme der Kreisverwaltung: …")
    assert not ANSWER.match("Antworten der Schulen zeigen: Im Nordkreis …")
    assert not ANSWER.match("Antwort auf die Frage, ob …")


def test_the_faction_s_own_letter_keeps_its_faction_as_sender() -> None:
    # the same layout written by the faction: its letterhead block comes first
    text = REPLY.replace("Der Landrat des Kreises Kleve\nNassauerallee 15-23", "SPD-Kreistagsfraktion Kleve\nLindenallee 5")
    text = text.replace("SPD-Kreistagsfraktion Kleve\nHerrn Jürgen Franken", "Kreis Kleve\nHerrn Landrat Christoph Gerwers")
    result = extract_structure(make_doc(text))
    assert result.sender.organization == "SPD-Kreistagsfraktion Kleve"
    assert (result.addressee.name, result.addressee.role) == ("Christoph Gerwers", "Landrat")


LANDTAG_STYLE = """A N T W O R T

zu der Anfrage des Abgeordneten Max Beispiel (SPD)

betr.: Radwege an Kreisstraßen

Wie viele Kilometer Radweg hat der Landkreis seit 2020 gebaut?

Zu Frage 1:

Es wurden 14 Kilometer gebaut.

Welche Strecken sind geplant?

Wann beginnt der Bau
an der K 12

Zu den Fragen 2 und 3:

Geplant sind die K 12 und die K 17. Der Bau beginnt 2026.

Drucksache 17/12   Seite 2

Wer trägt die Kosten?

Welche Fördermittel fließen?

Zu den Fragen 4 bis 5:

Das Land trägt 80 Prozent.

Drucksache 17/12   Seite 3
"""


def test_unnumbered_questions_take_the_numbers_of_the_answer_headings_after_them() -> None:
    result = extract_structure(make_doc(LANDTAG_STYLE))
    assert result.doc_type is DocType.STELLUNGNAHME
    assert [(q.number, q.text) for q in result.questions] == [
        (1, "Wie viele Kilometer Radweg hat der Landkreis seit 2020 gebaut?"),
        (2, "Welche Strecken sind geplant?"),
        (3, "Wann beginnt der Bau an der K 12"),  # its "?" lost: unterminated, so still a question
        (4, "Wer trägt die Kosten?"),
        (5, "Welche Fördermittel fließen?"),
    ]
    assert all(q.number_inferred for q in result.questions)
    assert "question numbers 1–5 taken from the answer headings" in result.warnings


def test_an_answer_heading_after_answer_prose_invents_no_question() -> None:
    # "Zu Frage 2:" right after the answer to 1, with no question repeated: prose ends in "."
    text = LANDTAG_STYLE.replace("Welche Strecken sind geplant?\n\nWann beginnt der Bau\nan der K 12\n\n", "")
    numbers = [q.number for q in extract_structure(make_doc(text)).questions]
    assert numbers == [1, 4, 5]


def test_an_answer_heading_ends_a_printed_question() -> None:
    text = REPLY.replace("Antwort: Im Nordkreis", "Zu Frage 1: Im Nordkreis")
    assert extract_structure(make_doc(text)).questions[0].text == "Wie viele Schulbusse fahren im Nordkreis?"


def test_answer_heading_numbers() -> None:
    from pipeline.structure_answers import heading_numbers

    assert heading_numbers("Zu den Fragen 6, 7, 8 und 10:") == [6, 7, 8, 10]
    assert heading_numbers("Zu den Fragen 3 bis 5:") == [3, 4, 5]
    assert heading_numbers("Zu Frage 5 (Kosten):") == [5]
    assert heading_numbers("Zu 4.:") == [4]
    assert heading_numbers("Zu Beginn des Jahres 2024:") == []
    assert heading_numbers("Zu den Fragen der Presse:") == []


def test_in_a_reply_an_unlabelled_answer_below_a_printed_question_is_cut_off() -> None:
    text = REPLY.replace("Frage 1: ", "1. ").replace("Frage 2: ", "2. ").replace("Antwort: ", "").replace(
        "Antwort der Verwaltung: ", "")
    result = extract_structure(make_doc(text))
    assert result.doc_type is DocType.STELLUNGNAHME
    assert [q.text for q in result.questions] == ["Wie viele Schulbusse fahren im Nordkreis?",
                                                  "Wie viele Beschwerden gab es 2023?"]


def test_in_an_anfrage_a_statement_after_the_question_stays() -> None:
    text = ("Sehr geehrter Herr Landrat,\n\nwir bitten um Beantwortung folgender Fragen:\n\n"
            "1. Wie viele Schulbusse fahren im Nordkreis? Bitte nach Jahren aufschlüsseln.\n\n"
            "2. Wie viele Beschwerden gab es 2023?\n\nMit freundlichen Grüßen\n\nAnna Roth\n")
    result = extract_structure(make_doc(text))
    assert result.doc_type is DocType.ANFRAGE
    assert result.questions[0].text == "Wie viele Schulbusse fahren im Nordkreis? Bitte nach Jahren aufschlüsseln."
