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


def test_a_paragraph_opening_with_antwort_in_prose_stays_question_text() -> None:
    # only a labelled answer ("Antwort:") ends the question; "Antworten" in a sentence does not
    text = REPLY.replace("Antwort: Im Nordkreis", "Antworten der Schulen zeigen: Im Nordkreis")
    result = extract_structure(make_doc(text))
    assert "Antworten der Schulen" in result.questions[0].text


def test_the_faction_s_own_letter_keeps_its_faction_as_sender() -> None:
    # the same layout written by the faction: its letterhead block comes first
    text = REPLY.replace("Der Landrat des Kreises Kleve\nNassauerallee 15-23", "SPD-Kreistagsfraktion Kleve\nLindenallee 5")
    text = text.replace("SPD-Kreistagsfraktion Kleve\nHerrn Jürgen Franken", "Kreis Kleve\nHerrn Landrat Christoph Gerwers")
    result = extract_structure(make_doc(text))
    assert result.sender.organization == "SPD-Kreistagsfraktion Kleve"
    assert (result.addressee.name, result.addressee.role) == ("Christoph Gerwers", "Landrat")
