"""Six letters written after the rules were tuned, of counties and factions not used before.

Their first run found three faults (lettered top-level questions, "Landrat <Name>" without
"Herrn", a motion after "möge beschließen:"); the expectations below are what a reader extracts.
"""
from __future__ import annotations

from datetime import date

import pytest

from models import DocType, LetterStructure
from pipeline.structure import extract_structure
from tests.test_structure_helpers import make_doc

LETTERS = {
    "n1": """CDU-Kreistagsfraktion Mettmann
Düsseldorfer Straße 26 · 40822 Mettmann
Tel. 02104 99-1234

Kreis Mettmann
Der Landrat
Herrn Thomas Hendele
Düsseldorfer Straße 26
40822 Mettmann

Mettmann, den 3. April 2024

Betreff: Anfrage zur Situation der Kreismusikschule

Sehr geehrter Herr Landrat,

die Kreismusikschule ist ein wichtiger Baustein der kulturellen Bildung. Seit dem
1. Januar 2024 gelten neue Honorarsätze.

Wir bitten um die Beantwortung folgender Fragen:

1. Wie viele Schülerinnen und Schüler besuchen derzeit die Kreismusikschule?
2. Wie viele Lehrkräfte sind fest angestellt, wie viele auf Honorarbasis tätig?
3. Welche Mehrkosten entstehen durch die neuen Honorarsätze (ca. 0,4 Mio. €)?
4. Gibt es Wartelisten, z.B. für Klavier oder Gitarre?

Mit freundlichen Grüßen

Dr. Martin Sträßer
Fraktionsvorsitzender
""",
    "n2": """Fraktion BÜNDNIS 90/DIE GRÜNEN im Kreistag Lippe

An die
Landrätin des Kreises Lippe
Frau Dr. Sabine Becker
Felix-Fechenbach-Straße 5
32756 Detmold

Detmold, 28.02.2024

Antrag zur Sitzung des Kreistages am 18.03.2024
hier: Photovoltaik auf allen Kreisgebäuden

Sehr geehrte Frau Landrätin,

die Fraktion BÜNDNIS 90/DIE GRÜNEN beantragt:

Der Kreistag beschließt:
1. Die Verwaltung prüft bis zum 30.09.2024 alle Dachflächen der Kreisgebäude auf
ihre Eignung für Photovoltaik.
2. Für geeignete Dächer wird ein Umsetzungsplan mit Kosten und Zeitplan vorgelegt.

Begründung:
Der Kreis hat sich das Ziel gesetzt, bis 2035 klimaneutral zu sein.

Mit freundlichen Grüßen

Ute Koch                       Jens Hoffmann
Fraktionssprecherin            Fraktionssprecher
""",
    "n3": """AfD-Fraktion im Kreistag Rhein-Erft-Kreis
Willy-Brandt-Platz 1, 50126 Bergheim

Rhein-Erft-Kreis
Herrn Landrat Frank Rock
Willy-Brandt-Platz 1
50126 Bergheim

Bergheim, 12.06.2024

Anfrage gemäß § 17 der Geschäftsordnung

Sehr geehrter Herr Rock,

Frage 1: Wie viele Asylbewerber wurden 2023 dem Kreis zugewiesen?
Frage 2: Welche Kosten sind dem Kreis dadurch entstanden? Bitte
aufschlüsseln nach Unterbringung und Betreuung.
Frage 3: Wie viele Plätze stehen aktuell zur Verfügung?

Wir bitten um schriftliche Beantwortung bis zum 30.06.2024.

Mit freundlichen Grüßen

i.A. Peter Schmidt
Fraktionsgeschäftsführer
""",
    "n4": """Kreistagsfraktion DIE LINKE. Recklinghausen
Kurt-Schumacher-Allee 1, 45657 Recklinghausen
E-Mail: linke@kreistag-re.de

Recklinghausen, den 5.11.2024

An den Vorsitzenden des Ausschusses für Soziales und Gesundheit
Herrn Michael Bergmann

Anfrage: Wohnungslosigkeit im Kreis Recklinghausen

Sehr geehrter Herr Bergmann,

laut Wohnungslosenbericht NRW 2023 ist die Zahl wohnungsloser Menschen um 12,8 %
gestiegen. Welche Konsequenzen zieht der Kreis daraus?

Vor diesem Hintergrund fragen wir:

a) Wie viele wohnungslose Menschen sind im Kreisgebiet gemeldet?
b) Wie viele Notunterkünfte gibt es?

Herzliche Grüße

Sabine Wolter
Fraktionsvorsitzende

Verteiler: Presse, Kreisverband DIE LINKE
""",
    "n5": """FDP-Fraktion im Kreistag Gütersloh
Herzebrocker Straße 140 · 33334 Gütersloh

Kreis Gütersloh
Landrat Sven-Georg Adenauer
Herzebrocker Straße 140
33334 Gütersloh

Gütersloh, 14. Mai 2024

Anfrage Digitalisierung der Kreisverwaltung

Sehr geehrter Herr Landrat,

1. Welche Leistungen nach dem Onlinezugangsgesetz sind bereits digital verfügbar?

2. Wie hoch ist der Anteil der Anträge, die digital eingehen?
Bitte getrennt nach Fachbereichen.

3. Welche Mittel sind im Haushalt 2024 für die Digitalisierung vorgesehen? Wie
viele davon wurden bereits abgerufen?

Für die Beantwortung bedanken wir uns.

Mit freundlichen Grüßen

Stephan Brinkmann
Vorsitzender der FDP-Fraktion im Kreistag Gütersloh
""",
    "n6": """SPD-Kreistagsfraktion Soest
Hoher Weg 1-3, 59494 Soest

Soest, 22.01.2025

Kreis Soest
Frau Landrätin Eva Irrgang
Hoher Weg 1-3
59494 Soest

Antrag: Ausbau der Schulsozialarbeit

Sehr geehrte Frau Landrätin,

die SPD-Kreistagsfraktion beantragt, der Kreistag möge beschließen:

Die Verwaltung wird beauftragt, gemeinsam mit den Schulträgern ein Konzept zum Ausbau
der Schulsozialarbeit an allen Berufskollegs vorzulegen.

Begründung:

Die Anforderungen an die Schulen steigen.

Mit freundlichen Grüßen

Karl-Heinz Schmidt          Maria Becker
Vorsitzender                stellv. Vorsitzende

Kopie an:
CDU-Fraktion
Fraktion Bündnis 90/Die Grünen
FDP-Fraktion
""",
}


def run(name: str) -> LetterStructure:
    return extract_structure(make_doc(LETTERS[name]))


# name → (doc_type, date, place, sender organization, first signatory, addressee)
HEADERS = {
    "n1": (DocType.ANFRAGE, date(2024, 4, 3), "Mettmann", "CDU-Kreistagsfraktion Mettmann",
           ("Dr. Martin Sträßer", "Fraktionsvorsitzender"), ("Thomas Hendele", "Landrat", "Kreis Mettmann")),
    "n2": (DocType.ANTRAG, date(2024, 2, 28), "Detmold", "Fraktion BÜNDNIS 90/DIE GRÜNEN im Kreistag Lippe",
           ("Ute Koch", "Fraktionssprecherin"), ("Dr. Sabine Becker", "Landrätin", "Kreis Lippe")),
    "n3": (DocType.ANFRAGE, date(2024, 6, 12), "Bergheim", "AfD-Fraktion im Kreistag Rhein-Erft-Kreis",
           ("Peter Schmidt", "Fraktionsgeschäftsführer"), ("Frank Rock", "Landrat", "Rhein-Erft-Kreis")),
    "n4": (DocType.ANFRAGE, date(2024, 11, 5), "Recklinghausen", "Kreistagsfraktion DIE LINKE. Recklinghausen",
           ("Sabine Wolter", "Fraktionsvorsitzende"),
           ("Michael Bergmann", "Vorsitzenden des Ausschusses für Soziales und Gesundheit", None)),
    "n5": (DocType.ANFRAGE, date(2024, 5, 14), "Gütersloh", "FDP-Fraktion im Kreistag Gütersloh",
           ("Stephan Brinkmann", "Vorsitzender der FDP-Fraktion im Kreistag Gütersloh"),
           ("Sven-Georg Adenauer", "Landrat", "Kreis Gütersloh")),
    "n6": (DocType.ANTRAG, date(2025, 1, 22), "Soest", "SPD-Kreistagsfraktion Soest",
           ("Karl-Heinz Schmidt", "Vorsitzender"), ("Eva Irrgang", "Landrätin", "Kreis Soest")),
}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_and_parties(name: str) -> None:
    kind, when, place, faction, first, addressee = HEADERS[name]
    result = run(name)
    assert (result.doc_type, result.date, result.place) == (kind, when, place)
    assert result.sender.organization == faction
    assert (result.signatories[0].name, result.signatories[0].role) == first
    assert (result.addressee.name, result.addressee.role, result.addressee.organization) == addressee


def test_questions_of_the_anfragen() -> None:
    assert [q.label for q in run("n1").questions] == ["1.", "2.", "3.", "4."]
    assert run("n1").questions[2].text == "Welche Mehrkosten entstehen durch die neuen Honorarsätze (ca. 0,4 Mio. €)?"
    assert run("n3").questions[1].text == (
        "Welche Kosten sind dem Kreis dadurch entstanden? Bitte aufschlüsseln nach Unterbringung und Betreuung."
    )
    lettered = run("n4").questions
    assert [(q.number, q.label, q.number_inferred) for q in lettered] == [(1, "a)", False), (2, "b)", False)]
    assert [q.text for q in run("n5").questions][1] == (
        "Wie hoch ist der Anteil der Anträge, die digital eingehen? Bitte getrennt nach Fachbereichen."
    )


def test_motions_signatures_and_cc_of_the_antraege() -> None:
    assert run("n2").motion_points == [
        "Die Verwaltung prüft bis zum 30.09.2024 alle Dachflächen der Kreisgebäude auf ihre Eignung für Photovoltaik.",
        "Für geeignete Dächer wird ein Umsetzungsplan mit Kosten und Zeitplan vorgelegt.",
    ]
    assert [(s.name, s.role) for s in run("n2").signatories][1] == ("Jens Hoffmann", "Fraktionssprecher")
    six = run("n6")
    assert six.motion_points == [
        "Die Verwaltung wird beauftragt, gemeinsam mit den Schulträgern ein Konzept zum Ausbau der "
        "Schulsozialarbeit an allen Berufskollegs vorzulegen."
    ]
    assert six.cc == ["CDU-Fraktion", "Fraktion Bündnis 90/Die Grünen", "FDP-Fraktion"]
    assert [s.role for s in six.signatories] == ["Vorsitzender", "stellv. Vorsitzende"]
