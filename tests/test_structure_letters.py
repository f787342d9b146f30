"""Whole synthetic letters of other counties and factions through the structure stage."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.test_structure_helpers import make_doc

from models import DocType, LetterStructure
from pipeline.structure import extract_structure

CDU_WESEL = """CDU-Fraktion im Kreistag Wesel · Reeser Landstraße 31 · 46483 Wesel
Telefon 0281 207-2345 · E-Mail: cdu-fraktion@kreis-wesel.de

Kreis Wesel
Der Landrat
Herrn Dr. Ingo Brohl
Reeser Landstraße 31
46483 Wesel

Eingegangen 12. MRZ 2024
Wesel, den 05.03.2024
Az.: CDU-17/2024

Betreff: Anfrage zur Schülerbeförderung im Kreisgebiet
hier: Situation an den Förderschulen

Sehr geehrter Herr Landrat,

wir bitten um Beantwortung der folgenden Fragen:

1) Wie viele Schülerinnen und Schüler nutzen täglich die Busse?
2) Welche Linien sind betroffen?
a) im Nordkreis
b) im Südkreis
\fCDU-Fraktion im Kreistag Wesel
3) Plant die Verwaltung zusätzliche Fahrten?

Mit freundlichen Grüßen

Hans Beispiel          Maria Muster
Fraktionsvorsitzender  Geschäftsführerin

Kopie an: SPD-Fraktion, Fraktion Bündnis 90/Die Grünen,
FDP-Fraktion, Fraktion DIE LINKE
Seite 2 von 2
"""

FDP_BORKEN = """FDP-Kreistagsfraktion Borken
Burloer Straße 93, 46325 Borken
Tel.: 02861 82-1234
Fax: 02861 82-1235
fraktion@fdp-borken.de

An die
Landrätin des Kreises Borken
Frau Dr. Anna Schmidt

Datum: 2024-01-15

Betreff: Anfrage Breitbandausbau

Sehr geehrte Frau Dr. Schmidt,

Frage 1: Wie viele Haushalte sind angeschlossen?

Frage 2: Wann folgen die übrigen Haushalte?

Wir bitten um schriftliche Beantwortung.

Mit freundlichem Gruß

Peter Lustig
Fraktionsvorsitzender

Erika Mustermann
stellv. Fraktionsvorsitzende

Verteiler:
- Kreistagsbüro
- Presse
"""

LINKE_VIERSEN = """Fraktion DIE LINKE im Kreistag Viersen
Rathausmarkt 3, 41747 Viersen

Viersen, 3. Juni 2024

Anfrage: Wohnungslosigkeit

Sehr geehrter Herr Coenen,

die Zahl wohnungsloser Menschen steigt. Welche Maßnahmen müssen ergriffen werden?

I. Wie viele Menschen sind wohnungslos gemeldet?

II. Wie viele Notschlafplätze gibt es?

Mit freundlichen Grüßen

gez. Sabine Roth
Fraktionsvorsitzende
"""

SPD_ANTRAG = """SPD-Fraktion im Kreistag Kleve
Nassauerallee 15-23, 47533 Kleve

An den
Landrat des Kreises Kleve
Herrn Christoph Gerwers

Kleve, 14. Februar 2024

Antrag zur Sitzung des Kreistages am 21.03.2024
hier: Kostenloses Schülerticket

Sehr geehrter Herr Landrat,

die SPD-Fraktion stellt folgenden Antrag zur Beratung und Beschlussfassung:

Beschlussvorschlag:
1. Der Kreistag beauftragt die Verwaltung, ein Konzept für ein kostenloses
Schülerticket zu erarbeiten.
2. Die Kosten sind im Haushalt 2025 darzustellen.

Begründung:
Viele Familien sind belastet. Gründe sind:
1. gestiegene Preise,
2. lange Wege.
Wie soll das weitergehen?

Mit freundlichen Grüßen

Maria Schulte
Fraktionsvorsitzende
"""


REALDOCS = Path(__file__).resolve().parents[2] / "shared" / "realdocs"


def run(text: str) -> LetterStructure:
    return extract_structure(make_doc(text))


def test_cdu_wesel_header() -> None:
    result = run(CDU_WESEL)
    assert result.doc_type is DocType.ANFRAGE
    assert (result.date, result.place) == (date(2024, 3, 5), "Wesel")  # not the receipt stamp
    assert result.reference == "CDU-17/2024"
    assert result.subject == "Anfrage zur Schülerbeförderung im Kreisgebiet hier: Situation an den Förderschulen"
    assert result.salutation == "Sehr geehrter Herr Landrat,"


def test_cdu_wesel_parties() -> None:
    result = run(CDU_WESEL)
    assert result.addressee.model_dump() == {"name": "Dr. Ingo Brohl", "role": "Landrat", "organization": "Kreis Wesel"}
    assert [(s.name, s.role) for s in result.signatories] == [
        ("Hans Beispiel", "Fraktionsvorsitzender"),
        ("Maria Muster", "Geschäftsführerin"),
    ]
    assert result.sender.organization == "CDU-Fraktion im Kreistag Wesel"
    assert (result.sender.name, result.sender.role) == ("Hans Beispiel", "Fraktionsvorsitzender")
    assert result.sender.address == "Reeser Landstraße 31, 46483 Wesel"
    assert result.sender.phone == "0281 207-2345"
    assert result.sender.email == "cdu-fraktion@kreis-wesel.de"
    assert result.cc == ["SPD-Fraktion", "Fraktion Bündnis 90/Die Grünen", "FDP-Fraktion", "Fraktion DIE LINKE"]


def test_cdu_wesel_questions_across_page_break() -> None:
    result = run(CDU_WESEL)
    assert [q.label for q in result.questions] == ["1)", "2)", "3)"]
    assert result.questions[1].text == "Welche Linien sind betroffen? a) im Nordkreis b) im Südkreis"
    assert [s.label for s in result.questions[1].subquestions] == ["a)", "b)"]
    assert result.questions[2].page == 2


def test_fdp_borken_labelled_date_and_two_signatories() -> None:
    result = run(FDP_BORKEN)
    assert (result.date, result.place) == (date(2024, 1, 15), None)
    assert result.subject == "Anfrage Breitbandausbau"
    assert result.addressee.model_dump() == {
        "name": "Dr. Anna Schmidt",
        "role": "Landrätin",
        "organization": "Kreis Borken",
    }
    assert [(s.name, s.role) for s in result.signatories] == [
        ("Peter Lustig", "Fraktionsvorsitzender"),
        ("Erika Mustermann", "stellv. Fraktionsvorsitzende"),
    ]
    assert result.sender.organization == "FDP-Kreistagsfraktion Borken"
    assert (result.sender.phone, result.sender.fax) == ("02861 82-1234", "02861 82-1235")
    assert result.sender.email == "fraktion@fdp-borken.de"
    assert result.closing == "Mit freundlichem Gruß"
    assert result.cc == ["Kreistagsbüro", "Presse"]
    assert [q.label for q in result.questions] == ["Frage 1:", "Frage 2:"]


def test_linke_viersen_addressee_from_salutation_and_roman_questions() -> None:
    result = run(LINKE_VIERSEN)
    assert result.addressee.model_dump() == {"name": "Coenen", "role": None, "organization": None}
    assert result.sender.organization == "Fraktion DIE LINKE im Kreistag Viersen"
    assert [(s.name, s.role) for s in result.signatories] == [("Sabine Roth", "Fraktionsvorsitzende")]
    assert [(q.number, q.label) for q in result.questions] == [(1, "I."), (2, "II.")]
    assert result.subject == "Anfrage: Wohnungslosigkeit"


def test_antrag_numbered_motion_points_and_no_questions() -> None:
    result = run(SPD_ANTRAG)
    assert result.doc_type is DocType.ANTRAG
    assert result.motion_points == [
        "Der Kreistag beauftragt die Verwaltung, ein Konzept für ein kostenloses Schülerticket zu erarbeiten.",
        "Die Kosten sind im Haushalt 2025 darzustellen.",
    ]
    assert result.questions == []  # the Begründung's list and question are not questions
    assert [(m.body, m.date) for m in result.meetings] == [("Kreistag", date(2024, 3, 21))]
    assert result.addressee.model_dump() == {
        "name": "Christoph Gerwers",
        "role": "Landrat",
        "organization": "Kreis Kleve",
    }


def test_unnumbered_resolution_is_one_item() -> None:
    text = SPD_ANTRAG.replace(
        "Beschlussvorschlag:\n1. Der Kreistag beauftragt die Verwaltung, ein Konzept für ein kostenloses\n"
        "Schülerticket zu erarbeiten.\n2. Die Kosten sind im Haushalt 2025 darzustellen.",
        "Der Kreistag des Kreises Kleve beschließt, ein kostenloses\nSchülerticket einzuführen.",
    )
    assert run(text).motion_points == ["Der Kreistag des Kreises Kleve beschließt, ein kostenloses Schülerticket einzuführen."]


def test_resolution_with_colon_then_points() -> None:
    text = SPD_ANTRAG.replace("Beschlussvorschlag:\n", "Der Kreistag beschließt:\n")
    assert len(run(text).motion_points) == 2


def test_ocr_damaged_closing_is_still_found() -> None:
    text = LINKE_VIERSEN.replace("Mit freundlichen Grüßen", "Mit freundlichen Grifien")
    result = run(text)
    assert result.closing == "Mit freundlichen Grüßen"
    assert result.signatories[0].name == "Sabine Roth"


def test_letter_without_salutation_or_closing_degrades_gracefully() -> None:
    result = run("Irgendein Text ohne Struktur.\nNoch eine Zeile.")
    assert result.doc_type is DocType.BRIEF
    assert result.signatories == [] and result.questions == []
    assert result.warnings == [
        "no closing formula found; signatories unknown",
        "no letter date found",
        "no sending faction found",
    ]


def test_address_block_sharing_lines_with_right_column() -> None:
    text = (
        "An den                                        Fraktion DIE LINKE im Kreistag Unna\n"
        "Landrat des Kreises Unna                      Friedrich-Ebert-Str. 17, 59425 Unna\n"
        "Herrn Mario Löhr                              Unna, 12.02.2024\n\n"
        "Betreff: Anfrage Schulsozialarbeit\n\nSehr geehrter Herr Landrat,\n\n1. Wie viele Stellen gibt es?\n\n"
        "Mit freundlichen Grüßen\n\nKai Beispiel\nFraktionsvorsitzender\n"
    )
    result = run(text)
    assert result.addressee.model_dump() == {"name": "Mario Löhr", "role": "Landrat", "organization": "Kreis Unna"}
    assert (result.date, result.place) == (date(2024, 2, 12), "Unna")
    assert result.subject == "Anfrage Schulsozialarbeit"
    assert result.sender.organization == "Fraktion DIE LINKE im Kreistag Unna"
    assert result.sender.address == "Friedrich-Ebert-Str. 17, 59425 Unna"


GRUENE_NEUSS = """Kreistagsfraktion Bündnis 90/Die Grünen im Rhein-Kreis Neuss
Oberstraße 91 | 41460 Neuss | Tel. 02131 928-7410 | gruene@rhein-kreis-neuss.de

Kreisverwaltung Rhein-Kreis Neuss
Herrn Landrat Hans-Jürgen Petrauschke
Oberstraße 91
41460 Neuss

Neuss, den 2. Februar 2025

Kleine Anfrage gemäß § 17 GeschO: Hitzeschutz in Kreisgebäuden

Sehr geehrter Herr Landrat Petrauschke,

im Sommer 2024 wurden in mehreren Schulen Temperaturen über 30 °C gemessen.

Wir fragen die Verwaltung:

1. Welche Gebäude sind betroffen?
a. Schulen
b. Verwaltungsgebäude
2. Welche Maßnahmen sind geplant (z. B. Verschattung, Begrünung)?
3. Welche Kosten entstehen hierfür ca.?

Für die Fraktion

Dr. Susanne Stephan-Gellrich (Fraktionsvorsitzende)
Erhard Demmer (Sprecher für Bildung)

Anlage: Messprotokolle
"""

FW_HEINSBERG = """FREIE WÄHLER Kreistagsfraktion Heinsberg

Frau Landrätin
Dr. Angela Weber
Kreis Heinsberg
Valkenburger Straße 45
52525 Heinsberg

Heinsberg, 7.5.2024

Antrag: Kostenfreie Parkplätze am Kreishaus

Sehr geehrte Frau Dr. Weber,

wir stellen folgenden Antrag zur Sitzung des Kreisausschusses am 4. Juni 2024:

Antrag:
Der Kreisausschuss beauftragt die Verwaltung, die Parkgebühren am Kreishaus für Besucher*innen abzuschaffen.

Begründung:
Bürger*innen sollen ihre Anliegen ohne Zusatzkosten erledigen können.

Mit freundlichen Grüßen
Klaus Meier
Fraktionsvorsitzender
E-Mail: klaus.meier@fw-heinsberg.de
"""


def test_sign_off_without_closing_formula_ends_questions() -> None:
    result = run(GRUENE_NEUSS)
    assert result.closing is None
    assert [q.text for q in result.questions][-1] == "Welche Kosten entstehen hierfür ca.?"
    assert [(s.name, s.role) for s in result.signatories] == [
        ("Dr. Susanne Stephan-Gellrich", "Fraktionsvorsitzende"),
        ("Erhard Demmer", "Sprecher für Bildung"),
    ]
    assert result.sender.organization == "Kreistagsfraktion Bündnis 90/Die Grünen im Rhein-Kreis Neuss"
    assert (result.sender.phone, result.sender.email) == ("02131 928-7410", "gruene@rhein-kreis-neuss.de")
    assert result.addressee.model_dump() == {
        "name": "Hans-Jürgen Petrauschke",
        "role": "Landrat",
        "organization": "Kreisverwaltung Rhein-Kreis Neuss",
    }
    assert [s.label for s in result.questions[0].subquestions] == ["a.", "b."]
    assert result.subject == "Kleine Anfrage gemäß § 17 GeschO: Hitzeschutz in Kreisgebäuden"


def test_antrag_label_and_address_without_opening() -> None:
    result = run(FW_HEINSBERG)
    assert result.doc_type is DocType.ANTRAG
    assert result.motion_points == [
        "Der Kreisausschuss beauftragt die Verwaltung, die Parkgebühren am Kreishaus für Besucher*innen abzuschaffen."
    ]
    assert result.addressee.model_dump() == {"name": "Dr. Angela Weber", "role": "Landrätin", "organization": "Kreis Heinsberg"}
    assert result.sender.organization == "FREIE WÄHLER Kreistagsfraktion Heinsberg"
    assert result.sender.email == "klaus.meier@fw-heinsberg.de"
    assert (result.date, result.place) == (date(2024, 5, 7), "Heinsberg")


SPD_BORKEN = """SPD-Fraktion im Kreistag Borken
Burloer Straße 93
46325 Borken

Herrn
Landrat Dr. Kai Zwicker
Kreishaus Borken
Burloer Straße 93
46325 Borken

Borken, 15. Jan. 2024

Anfrage: Ärztliche Versorgung im ländlichen Raum

Sehr geehrter Herr Landrat, sehr geehrte Damen und Herren,

die hausärztliche Versorgung verschlechtert sich.

1. Wie viele Hausarztsitze sind unbesetzt
- im Nordkreis,
- im Südkreis?

2. Welche Förderprogramme gibt es?

Mit freundlichen Grüßen

gez. Andreas Schmitz
(Fraktionsvorsitzender)
"""


def test_bare_herrn_line_and_role_in_parentheses() -> None:
    result = run(SPD_BORKEN)
    assert result.addressee.model_dump() == {"name": "Dr. Kai Zwicker", "role": "Landrat", "organization": None}
    assert [(s.name, s.role) for s in result.signatories] == [("Andreas Schmitz", "Fraktionsvorsitzender")]
    assert result.date == date(2024, 1, 15)
    assert result.questions[0].text == "Wie viele Hausarztsitze sind unbesetzt - im Nordkreis, - im Südkreis?"
    assert result.sender.address == "Burloer Straße 93, 46325 Borken"


@pytest.mark.parametrize("separator", [", ", " · "])
def test_sender_party_from_its_return_address_above_the_window(separator: str) -> None:
    """A party's letter with no faction head: its one-line return address names the sender."""
    parts = ["Freie Wähler Musterstadt", "Hauptstraße 13", "76133 Musterstadt"]
    text = (
        f"{separator.join(parts)}\n\nStadt Musterstadt\nHerrn Oberbürgermeister\nDr. Max Beispiel\n"
        "76124 Musterstadt\n\n26.09.2016\n\nAnfrage\n\n1. Wie viele Flächen sind frei?\n\n"
        "Mit freundlichen Grüßen\n\nStefan Schmitt\n"
    )
    assert run(text).sender.organization == "Freie Wähler Musterstadt"


@pytest.mark.realdocs
def test_real_landtag_answer_text_is_read_robustly() -> None:
    """A real extracted Landtag answer: date found, no question list invented from stray dots;
    its ten questions carry no printed numbers, the answer headings after them do."""
    path = REALDOCS / "saarland_ltg_15-1284_antwort.txt"
    if not path.exists():
        pytest.skip("realdocs not available")
    result = run(path.read_text(encoding="utf-8"))
    assert result.date == date(2015, 3, 12)
    assert result.doc_type is DocType.STELLUNGNAHME
    assert result.subject == "Situation des Schienenpersonennahverkehrs (SPNV) im Saarland nach dem Fahrplanwechsel 2014"
    assert [q.number for q in result.questions] == list(range(1, 11))
    assert all(q.number_inferred and q.label is None for q in result.questions)
    # "Zu den Fragen 1 und 3:" follows two question paragraphs; "Zu Frage 2:" one without its "?"
    assert result.questions[2].text.startswith("Welche Gründe gaben den Ausschlag")
    assert result.questions[1].text.endswith("(Eigenaussage des Betreibers)")
    assert result.questions[9].text.startswith("Gibt es hinsichtlich des Einsatzes")
