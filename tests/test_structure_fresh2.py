"""Ten more letters (and four held out) written after the rules were tuned, in new styles.

Right-hand and footer letterheads, "Landratsamt" (Bavaria, Baden-Württemberg), a Gruppe and a
single member instead of a faction, "Kreis Borken, 12.03.2024" / "den 5. Mai 2023" /
"Siegburg, im Juni 2024" / ISO date lines, a date line under the signature, "(1)", "1.)",
"Frage 1:" on its own line, roman and lettered lists, a Prüfauftrag, "z. Hd.", "Büro des
Landrats", "Kreisrat"/"Kreisrätin", P.S. lines. The expectations are what a careful reader
writes down following the gold conventions (tests/gold/README.md, tests/fixtures/README.md).

First sight (before any rule was changed for them): 20 of 140 fields wrong, 1 of 10 letters
fully right — the addressee block beside a letterhead column, "Landratsamt", "Kreisrat", "den
<date>", "im Juni 2024", a date under the signature, "(1)", lettered motion points, "Prüfauftrag",
a footer letterhead, a party line above "Kreistagsfraktion …", a Gruppe / single member, a
letterhead block taken as subject, "Büro des Landrats". h1–h4 were written after those fixes, as
a held-out check: 5 of 56 fields wrong, 1 of 4 letters right ("Für die SPD-Fraktion" as a
sign-off, the Hessian "Kreisausschuss des …", a signature naming only "der Fraktion").
"""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from models import DocType
from pipeline.structure_dates import letter_date_in_line
from pipeline.structure_header import doc_type
from pipeline.structure_markers import find_marker
from pipeline.structure_roles import role_of_office, seated_group
from tests.test_structure_helpers import observed, structure_of

LETTERS = {
    # Letterhead in a right-hand column beside the address block; the place of the date line
    # is "Kreis Borken"; a Sachstandsanfrage; "gez." signatures side by side.
    "f1": """Kreis Borken                                   GRÜNE Kreistagsfraktion Borken
Der Landrat                                    Burloer Straße 93
Herrn Dr. Kai Zwicker                          46325 Borken
Burloer Straße 93                              Tel. 02861 82-2310
46325 Borken                                   gruene.fraktion@kreis-borken.de

                                               Kreis Borken, 12.03.2024

Sachstandsanfrage: Umsetzung des Radverkehrskonzepts 2021

Sehr geehrter Herr Landrat,

der Kreistag hat am 24.06.2021 das Radverkehrskonzept beschlossen. Knapp drei
Jahre später bitten wir um einen Sachstand:

1) Wie viele der 48 Maßnahmen des Konzepts sind umgesetzt, wie viele befinden
   sich in Planung und wie viele wurden bislang nicht begonnen?
2) Welche Fördermittel von Bund und Land wurden beantragt, und in welcher Höhe
   wurden sie bewilligt?
3) Woran scheitert bisher der Lückenschluss zwischen Gescher und Stadtlohn?

Für eine Antwort bis zur Sitzung des Ausschusses für Mobilität am 18.04.2024
wären wir dankbar.

Mit freundlichen Grüßen

gez. Hannah Terbeck                gez. Ludger Winkelhaus
Fraktionssprecherin                Fraktionssprecher
""",
    # The faction only in a footer line; a month without a day ("im Juni 2024") is no date;
    # a Prüfauftrag is a motion; "i. A." on its own line.
    "f2": """An den
Kreistagsvorsitzenden
Herrn Sebastian Schuster
Rhein-Sieg-Kreis
Kaiser-Wilhelm-Platz 1
53721 Siegburg

Siegburg, im Juni 2024

Prüfauftrag: Mobilstation am Bahnhof Hennef

Sehr geehrter Herr Schuster,

die SPD-Kreistagsfraktion stellt für die nächste Sitzung des Ausschusses für
Planung und Verkehr folgenden Prüfauftrag:

Die Verwaltung wird beauftragt zu prüfen, ob und zu welchen Kosten am Bahnhof
Hennef eine Mobilstation mit Fahrradboxen, Carsharing und Ladesäulen
eingerichtet werden kann. Das Ergebnis ist dem Ausschuss bis Ende 2024
vorzulegen.

Begründung:
Der Bahnhof Hennef ist nach Siegburg der am stärksten frequentierte Haltepunkt
im Kreis. Pendlerinnen und Pendler finden dort kaum sichere Abstellplätze.

Mit freundlichen Grüßen
i. A.

Markus Welter
Fraktionsgeschäftsführer

SPD-Kreistagsfraktion im Rhein-Sieg-Kreis · Kaiser-Wilhelm-Platz 1 · 53721 Siegburg · Tel. 02241 13-2244
""",
    # Bavaria: "Landratsamt", "den 5. Mai 2023" without a place, "Betr.:", "Frage 1:" alone on
    # its line with the question below, a "Kreisrat" signing under the chair.
    "f3": """ÖDP-Kreistagsfraktion Passau
Ludwigstraße 4 · 94032 Passau

Landratsamt Passau
Herrn Landrat Raimund Kneidinger
Domplatz 11
94032 Passau

den 5. Mai 2023

Betr.: Anfrage gem. § 11 GeschO – Flächenverbrauch im Landkreis

Sehr geehrter Herr Landrat,

der Flächenverbrauch in Bayern liegt weiterhin deutlich über dem Ziel der
Staatsregierung. Wir bitten Sie daher um Auskunft zu folgenden Fragen:

Frage 1:
Wie viele Hektar wurden im Landkreis in den Jahren 2020 bis 2022 für Siedlungs-
und Verkehrsflächen neu in Anspruch genommen?

Frage 2:
Welche Gewerbegebiete sind derzeit in Planung
a) mit einer Fläche unter 5 ha,
b) mit einer Fläche ab 5 ha?

Frage 3:
Wie viele Leerstände in Ortskernen sind der Kreisverwaltung bekannt?

Vielen Dank für die Beantwortung.

Mit freundlichen Grüßen

Dr. Maria Hirschberger
Fraktionsvorsitzende

Josef Wimmer
Kreisrat
""",
    # "Kreisverwaltung …" with "– Büro des Landrats –" and "z. Hd."; Beschlussvorschlag with
    # numbered points, one holding lettered items; "Verteiler:" one per line; a P.S.
    "f4": """CDU-Fraktion im Kreistag des Hochsauerlandkreises

Kreisverwaltung Hochsauerlandkreis
– Büro des Landrats –
z. Hd. Herrn Dr. Karl Schneider
Steinstraße 27
59872 Meschede

Meschede, 08.10.2024

Antrag zur Sitzung des Kreistages am 15.11.2024
Sicherung der hausärztlichen Versorgung

Sehr geehrter Herr Landrat,

die CDU-Fraktion bittet, den folgenden Antrag auf die Tagesordnung der
nächsten Kreistagssitzung zu setzen.

Beschlussvorschlag:

1. Der Kreistag beauftragt die Verwaltung, ein Förderprogramm für die
   Niederlassung von Hausärztinnen und Hausärzten im ländlichen Raum zu
   erarbeiten.
2. Das Programm soll insbesondere
   a) Zuschüsse zu Praxisgründungen und
   b) Stipendien für Medizinstudierende
   vorsehen.
3. Die Verwaltung berichtet dem Ausschuss für Gesundheit und Soziales
   halbjährlich über den Stand.

Begründung:

Im Hochsauerlandkreis sind derzeit 23 Hausarztsitze unbesetzt. Ein Drittel der
Hausärztinnen und Hausärzte ist älter als 60 Jahre.

Mit freundlichen Grüßen

Matthias Kerkhoff
Fraktionsvorsitzender

Verteiler:
Fraktionen im Kreistag
Kreisärzteschaft

P.S. Die Zahlen zur Altersstruktur stellen wir gerne zur Verfügung.
""",
    # Lower Saxony: a Gruppe (no faction), the Kreistag's own chair, roman numerals with
    # lettered sub-questions, two signatories one under the other.
    "f5": """Gruppe Volt/Die PARTEI im Kreistag Göttingen
c/o Kreishaus, Reinhäuser Landstraße 4, 37083 Göttingen

An den Vorsitzenden des Kreistages
Herrn Christian Grascha
Landkreis Göttingen
Reinhäuser Landstraße 4
37083 Göttingen

Göttingen, 14.2.2025

Anfrage nach § 56 NKomVG: Schwimmunterricht an Grundschulen

Sehr geehrter Herr Vorsitzender,

immer weniger Kinder können am Ende der Grundschulzeit sicher schwimmen. Wir
bitten die Verwaltung, folgende Fragen in der nächsten Sitzung des Kreistages
zu beantworten:

I.   Wie viele Schwimmbäder im Kreisgebiet stehen für den Schulschwimmunterricht
     zur Verfügung, und wie viele davon sind derzeit sanierungsbedürftig?
II.  Wie viele Grundschulen können keinen Schwimmunterricht anbieten,
     a) weil keine Wasserzeiten zur Verfügung stehen,
     b) weil Lehrkräfte mit Rettungsschwimmer-Qualifikation fehlen?
III. Welche Kosten entstehen dem Landkreis für den Transport zu den Bädern?
IV.  Plant der Landkreis ein eigenes Förderprogramm?

Mit freundlichen Grüßen

Jana Lindemann
Gruppenvorsitzende

Tobias Kranz
stellv. Gruppenvorsitzender
""",
    # Date, contact person and reference in a right-hand column; an all-capitals subject;
    # "1.)" items separated by blank lines.
    "f6": """UWG-Kreistagsfraktion Olpe

Kreis Olpe                                        Ihr Ansprechpartner: Bernd Stahl
Landrat Theo Melcher                              Telefon: 02761 81-560
Westfälische Straße 75                            Datum: 15.01.2024
57462 Olpe                                        Unser Zeichen: st/wb

ANFRAGE: ZUKUNFT DER GEBURTSHILFE IN LENNESTADT

Sehr geehrter Herr Melcher,

aus der Presse haben wir erfahren, dass der Träger die Geburtshilfe am Standort
Lennestadt zum 30.06.2024 schließen will. Dazu bitten wir um Auskunft:

1.) Seit wann ist der Kreisverwaltung die geplante Schließung bekannt?

2.) Welche Geburtskliniken sind für Schwangere aus dem südlichen Kreisgebiet
innerhalb von 40 Minuten erreichbar?

3.) Wie bewertet die Verwaltung die Auswirkungen auf den Rettungsdienst,
insbesondere auf die Zahl der Notfalltransporte?

Wir danken für die Beantwortung.

Freundliche Grüße

gez. Bernd Stahl
Fraktionsvorsitzender
""",
    # Baden-Württemberg: "Herrn Landrat" on one line, the name below; a two-line subject
    # without label; the list runs over a page break with "- 2 -".
    "f7": """AfD-Kreistagsfraktion Heilbronn
Postfach 1120 · 74001 Heilbronn

Herrn Landrat
Norbert Heuser
Landkreis Heilbronn
Lerchenstraße 40
74072 Heilbronn

Heilbronn, 03.07.2024

Anfrage gem. § 9 GeschO
Kosten der Unterbringung von Geflüchteten

Sehr geehrter Herr Landrat Heuser,

wir bitten um Beantwortung der folgenden Fragen:

1. Wie viele Personen sind derzeit in Gemeinschaftsunterkünften des Landkreises
untergebracht?
2. Wie hoch waren die Kosten der Unterbringung im Jahr 2023 insgesamt?
3. Wie hoch ist der Anteil, den das Land erstattet?
\f- 2 -
4. Wie viele Unterkünfte sind angemietet, wie viele im Eigentum des Landkreises?
5. Welche Laufzeiten haben die Mietverträge? Gibt es Verträge, die vor 2030 auslaufen?

Mit freundlichen Grüßen

Dr. Rainer Podeswa                Jürgen Zeller
Fraktionsvorsitzender             stellv. Fraktionsvorsitzender
""",
    # Saxony-Anhalt: motion points lettered "a)", "b)", "c)" after "möge beschließen:".
    "f8": """DIE LINKE. Fraktion im Kreistag Saalekreis
Domplatz 9, 06217 Merseburg

An den
Landrat des Saalekreises
Herrn Hartmut Handschak
Domplatz 9
06217 Merseburg

Merseburg, den 20.09.2023

Antrag: Sozialticket für den Saalekreis

Sehr geehrter Herr Landrat,

die Fraktion DIE LINKE stellt folgenden Antrag zur Beratung im Kreistag am 25.10.2023:

Der Kreistag möge beschließen:

a) Der Landrat wird beauftragt, mit der Nahverkehrsgesellschaft Verhandlungen über
ein Sozialticket zum Preis von höchstens 29 Euro im Monat aufzunehmen.
b) Berechtigt sind alle Bezieherinnen und Bezieher von Bürgergeld, Grundsicherung
und Wohngeld.
c) Die Kosten sind im Haushalt 2024 einzuplanen.

Begründung:
Mobilität ist Voraussetzung für gesellschaftliche Teilhabe.

Mit solidarischen Grüßen

Andrea Schmidt
Fraktionsvorsitzende
""",
    # A single member, e-mail style: no address block, no subject, "(1)" items, the place and
    # date under the signature.
    "f9": """Volt im Kreistag Konstanz
Einzelmandatsträger Dr. Felix Brandt
felix.brandt@volt-konstanz.de

Sehr geehrte Frau Landrätin Dr. Schulze,
sehr geehrte Damen und Herren,

im Namen von Volt bitte ich um Beantwortung der folgenden Fragen zum Ausbau der
Ladeinfrastruktur an Liegenschaften des Landkreises:

(1) Wie viele öffentlich zugängliche Ladepunkte betreibt der Landkreis derzeit?
(2) Welche weiteren Standorte sind bis 2026 geplant?
(3) Werden die Ladepunkte mit Strom aus eigenen Photovoltaikanlagen versorgt?

Vielen Dank im Voraus.

Mit freundlichen Grüßen

Dr. Felix Brandt
Mitglied des Kreistages

Konstanz, 04.11.2024
""",
    # The party name on its own line above "Kreistagsfraktion Landshut"; an ISO date with a
    # place; an unnumbered Beschlussvorschlag; "gez." side by side; an inline "Kopie an:"; P.S.:
    "f10": """FREIE WÄHLER
Kreistagsfraktion Landshut
Veldener Straße 15 · 84036 Landshut

Herrn
Landrat Peter Dreier
Landratsamt Landshut
Veldener Straße 15
84036 Landshut

Landshut, 2024-03-05

Antrag gem. § 24 GeschO: Kostenfreie Nutzung der Kreissporthallen durch Vereine

Sehr geehrter Herr Landrat,

die Fraktion der FREIEN WÄHLER stellt folgenden Antrag:

Beschlussvorschlag:
Der Kreistag beschließt, dass gemeinnützige Sportvereine die Sporthallen an den
Schulen des Landkreises ab dem Schuljahr 2024/25 außerhalb der Unterrichtszeiten
kostenfrei nutzen können.

Begründung:
Die Vereine leisten einen unverzichtbaren Beitrag zur Gesundheitsförderung und zur
Integration. Die Hallengebühren belasten vor allem kleinere Vereine erheblich.

Mit freundlichen Grüßen

gez. Hans Kirchberger          gez. Monika Huber
Fraktionsvorsitzender          Kreisrätin

Kopie an: CSU-Fraktion, SPD-Fraktion, Fraktion Bündnis 90/Die Grünen

P.S.: Eine Übersicht der Hallengebühren liegt diesem Schreiben bei.
""",
    # Held out (h1–h4 written after the f-letters were fixed): "**Betreff: …**" in bold
    # markup, "Frau Landrätin" above the name, "Für die SPD-Fraktion" instead of a closing.
    "h1": """SPD-Fraktion im Kreistag Wesel
Reeser Landstraße 31 · 46483 Wesel

Frau Landrätin
Dr. Anna Meyer
Kreishaus Wesel
Reeser Landstraße 31
46483 Wesel

Wesel, 3. Juli 2024

**Betreff: Anfrage zur Kindertagespflege im Kreisjugendamtsbezirk**

Sehr geehrte Frau Landrätin,

die Zahl der Tagespflegepersonen ist nach unserer Kenntnis rückläufig. Wir bitten daher um
die Beantwortung folgender Fragen:

1. Wie viele Tagespflegepersonen waren zum 01.03.2024 tätig
a. in den Städten,
b. in den Gemeinden des Jugendamtsbezirks?
2. Wie hoch ist die durchschnittliche Vergütung je Betreuungsstunde?
3. Plant die Verwaltung, die Vergütung anzuheben?

Für die SPD-Fraktion

Jan Becker
Fraktionsvorsitzender

Anlage: Übersicht der Betreuungsplätze
""",
    # Bavaria: "Der Kreistag wolle beschließen:" and an unnumbered resolution.
    "h2": """Kreistagsfraktion BÜNDNIS 90/DIE GRÜNEN Ebersberg
Eichthalstraße 5 · 85560 Ebersberg

Landratsamt Ebersberg
Herrn Landrat Robert Niedergesäß
Eichthalstraße 5
85560 Ebersberg

Ebersberg, 12. Februar 2024

Antrag nach § 25 GeschO: Trinkwasserbrunnen an Kreisschulen

Sehr geehrter Herr Landrat,

wir stellen folgenden Antrag:

Der Kreistag wolle beschließen:

Der Landkreis stattet bis Ende 2025 alle weiterführenden Schulen in seiner Trägerschaft mit
mindestens einem Trinkwasserbrunnen aus.

Begründung:
Leitungswasser ist das am besten kontrollierte Lebensmittel.

Mit freundlichen Grüßen

Waltraud Gruber
Fraktionssprecherin
""",
    # Hesse: the administration is the "Kreisausschuss des Main-Kinzig-Kreises".
    "h3": """FREIE WÄHLER Kreistagsfraktion Main-Kinzig
Barbarossastraße 16–24 · 63571 Gelnhausen

An den
Kreisausschuss des Main-Kinzig-Kreises
Herrn Landrat Thorsten Stolz
Barbarossastraße 16–24
63571 Gelnhausen

Gelnhausen, 04.03.2024

Anfrage: Sanierungsstau an Kreisstraßen

Sehr geehrter Herr Landrat,

1. Wie viele Kilometer Kreisstraßen befinden sich nach der letzten Zustandserfassung in
einem schlechten oder sehr schlechten Zustand?

2. Welche Mittel wären erforderlich, um diesen Rückstand bis 2030 aufzuholen?
Bitte nennen Sie die Annahmen, auf denen die Schätzung beruht.

3. Welche Maßnahmen sind für 2024 und 2025 geplant?

Wir bedanken uns für die Beantwortung.

Mit freundlichen Grüßen

Michael Wagner                    Sandra Roth
Fraktionsvorsitzender             Kreistagsabgeordnete
""",
    # A faction printed without "Fraktion" ("DIE LINKE im Kreistag Unna"); the signature says
    # only "Sprecherin der Fraktion"; no name in the address block; "Kopie:".
    "h4": """DIE LINKE im Kreistag Unna · Friedrich-Ebert-Straße 17 · 59425 Unna

Kreis Unna
Der Landrat
Friedrich-Ebert-Straße 17
59425 Unna

Unna, 15.5.2024

Anfrage zur Lage der Frauenhäuser

Sehr geehrte Damen und Herren,

Frage 1. Wie viele Plätze in Frauenhäusern stehen im Kreis Unna zur Verfügung?
Frage 2. Wie oft mussten Frauen im Jahr 2023 abgewiesen werden, weil kein Platz frei war?
Frage 3. Welche Förderung erhalten die Frauenhäuser vom Kreis?

Vielen Dank!

Mit freundlichen Grüßen

Petra Kaiser
Sprecherin der Fraktion

Kopie: Gleichstellungsbeauftragte, Presse
""",
}

MGG = "Mit freundlichen Grüßen"

# name → field → what a careful reader writes down. sender/addressee: (name, role, organization);
# signatories: [(name, role)]; meetings: [(body, date)]; questions: [(number, label,
# number_inferred, text, [sub-question labels])].
EXPECTED: dict[str, dict[str, Any]] = {
    "f1": {
        "doc_type": DocType.ANFRAGE, "date": date(2024, 3, 12), "place": "Kreis Borken",
        "subject": "Sachstandsanfrage: Umsetzung des Radverkehrskonzepts 2021", "reference": None,
        "sender": ("Hannah Terbeck", "Fraktionssprecherin", "GRÜNE Kreistagsfraktion Borken"),
        "signatories": [("Hannah Terbeck", "Fraktionssprecherin"), ("Ludger Winkelhaus", "Fraktionssprecher")],
        "addressee": ("Dr. Kai Zwicker", "Landrat", "Kreis Borken"),
        "salutation": "Sehr geehrter Herr Landrat,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [
            (1, "1)", False, "Wie viele der 48 Maßnahmen des Konzepts sind umgesetzt, wie viele befinden sich in "
             "Planung und wie viele wurden bislang nicht begonnen?", []),
            (2, "2)", False, "Welche Fördermittel von Bund und Land wurden beantragt, und in welcher Höhe wurden "
             "sie bewilligt?", []),
            (3, "3)", False, "Woran scheitert bisher der Lückenschluss zwischen Gescher und Stadtlohn?", []),
        ],
        "motion_points": [],
    },
    "f2": {
        "doc_type": DocType.ANTRAG, "date": None, "place": "Siegburg",
        "subject": "Prüfauftrag: Mobilstation am Bahnhof Hennef", "reference": None,
        "sender": ("Markus Welter", "Fraktionsgeschäftsführer", "SPD-Kreistagsfraktion im Rhein-Sieg-Kreis"),
        "signatories": [("Markus Welter", "Fraktionsgeschäftsführer")],
        "addressee": ("Sebastian Schuster", "Kreistagsvorsitzenden", "Rhein-Sieg-Kreis"),
        "salutation": "Sehr geehrter Herr Schuster,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [],
        "motion_points": [
            "Die Verwaltung wird beauftragt zu prüfen, ob und zu welchen Kosten am Bahnhof Hennef eine "
            "Mobilstation mit Fahrradboxen, Carsharing und Ladesäulen eingerichtet werden kann. Das Ergebnis "
            "ist dem Ausschuss bis Ende 2024 vorzulegen."
        ],
    },
    "f3": {
        "doc_type": DocType.ANFRAGE, "date": date(2023, 5, 5), "place": None,
        "subject": "Anfrage gem. § 11 GeschO – Flächenverbrauch im Landkreis", "reference": None,
        "sender": ("Dr. Maria Hirschberger", "Fraktionsvorsitzende", "ÖDP-Kreistagsfraktion Passau"),
        "signatories": [("Dr. Maria Hirschberger", "Fraktionsvorsitzende"), ("Josef Wimmer", "Kreisrat")],
        "addressee": ("Raimund Kneidinger", "Landrat", "Landratsamt Passau"),
        "salutation": "Sehr geehrter Herr Landrat,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [
            (1, "Frage 1:", False, "Wie viele Hektar wurden im Landkreis in den Jahren 2020 bis 2022 für "
             "Siedlungs- und Verkehrsflächen neu in Anspruch genommen?", []),
            (2, "Frage 2:", False, "Welche Gewerbegebiete sind derzeit in Planung a) mit einer Fläche unter 5 ha, "
             "b) mit einer Fläche ab 5 ha?", ["a)", "b)"]),
            (3, "Frage 3:", False, "Wie viele Leerstände in Ortskernen sind der Kreisverwaltung bekannt?", []),
        ],
        "motion_points": [],
    },
    "f4": {
        "doc_type": DocType.ANTRAG, "date": date(2024, 10, 8), "place": "Meschede",
        "subject": "Antrag zur Sitzung des Kreistages am 15.11.2024 Sicherung der hausärztlichen Versorgung",
        "reference": None,
        "sender": ("Matthias Kerkhoff", "Fraktionsvorsitzender", "CDU-Fraktion im Kreistag des Hochsauerlandkreises"),
        "signatories": [("Matthias Kerkhoff", "Fraktionsvorsitzender")],
        "addressee": ("Dr. Karl Schneider", "Landrat", "Kreisverwaltung Hochsauerlandkreis"),
        "salutation": "Sehr geehrter Herr Landrat,", "closing": MGG,
        "cc": ["Fraktionen im Kreistag", "Kreisärzteschaft"], "meetings": [("Kreistag", date(2024, 11, 15))],
        "questions": [],
        "motion_points": [
            "Der Kreistag beauftragt die Verwaltung, ein Förderprogramm für die Niederlassung von Hausärztinnen "
            "und Hausärzten im ländlichen Raum zu erarbeiten.",
            "Das Programm soll insbesondere a) Zuschüsse zu Praxisgründungen und b) Stipendien für "
            "Medizinstudierende vorsehen.",
            "Die Verwaltung berichtet dem Ausschuss für Gesundheit und Soziales halbjährlich über den Stand.",
        ],
    },
    "f5": {
        "doc_type": DocType.ANFRAGE, "date": date(2025, 2, 14), "place": "Göttingen",
        "subject": "Anfrage nach § 56 NKomVG: Schwimmunterricht an Grundschulen", "reference": None,
        "sender": ("Jana Lindemann", "Gruppenvorsitzende", "Gruppe Volt/Die PARTEI im Kreistag Göttingen"),
        "signatories": [("Jana Lindemann", "Gruppenvorsitzende"), ("Tobias Kranz", "stellv. Gruppenvorsitzender")],
        "addressee": ("Christian Grascha", "Vorsitzenden des Kreistages", "Landkreis Göttingen"),
        "salutation": "Sehr geehrter Herr Vorsitzender,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [
            (1, "I.", False, "Wie viele Schwimmbäder im Kreisgebiet stehen für den Schulschwimmunterricht zur "
             "Verfügung, und wie viele davon sind derzeit sanierungsbedürftig?", []),
            (2, "II.", False, "Wie viele Grundschulen können keinen Schwimmunterricht anbieten, a) weil keine "
             "Wasserzeiten zur Verfügung stehen, b) weil Lehrkräfte mit Rettungsschwimmer-Qualifikation fehlen?",
             ["a)", "b)"]),
            (3, "III.", False, "Welche Kosten entstehen dem Landkreis für den Transport zu den Bädern?", []),
            (4, "IV.", False, "Plant der Landkreis ein eigenes Förderprogramm?", []),
        ],
        "motion_points": [],
    },
    "f6": {
        "doc_type": DocType.ANFRAGE, "date": date(2024, 1, 15), "place": None,
        "subject": "ANFRAGE: ZUKUNFT DER GEBURTSHILFE IN LENNESTADT", "reference": "st/wb",
        "sender": ("Bernd Stahl", "Fraktionsvorsitzender", "UWG-Kreistagsfraktion Olpe"),
        "signatories": [("Bernd Stahl", "Fraktionsvorsitzender")],
        "addressee": ("Theo Melcher", "Landrat", "Kreis Olpe"),
        "salutation": "Sehr geehrter Herr Melcher,", "closing": "Freundliche Grüße", "cc": [], "meetings": [],
        "questions": [
            (1, "1.)", False, "Seit wann ist der Kreisverwaltung die geplante Schließung bekannt?", []),
            (2, "2.)", False, "Welche Geburtskliniken sind für Schwangere aus dem südlichen Kreisgebiet innerhalb "
             "von 40 Minuten erreichbar?", []),
            (3, "3.)", False, "Wie bewertet die Verwaltung die Auswirkungen auf den Rettungsdienst, insbesondere "
             "auf die Zahl der Notfalltransporte?", []),
        ],
        "motion_points": [],
    },
    "f7": {
        "doc_type": DocType.ANFRAGE, "date": date(2024, 7, 3), "place": "Heilbronn",
        "subject": "Anfrage gem. § 9 GeschO Kosten der Unterbringung von Geflüchteten", "reference": None,
        "sender": ("Dr. Rainer Podeswa", "Fraktionsvorsitzender", "AfD-Kreistagsfraktion Heilbronn"),
        "signatories": [("Dr. Rainer Podeswa", "Fraktionsvorsitzender"),
                        ("Jürgen Zeller", "stellv. Fraktionsvorsitzender")],
        "addressee": ("Norbert Heuser", "Landrat", "Landkreis Heilbronn"),
        "salutation": "Sehr geehrter Herr Landrat Heuser,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [
            (1, "1.", False, "Wie viele Personen sind derzeit in Gemeinschaftsunterkünften des Landkreises "
             "untergebracht?", []),
            (2, "2.", False, "Wie hoch waren die Kosten der Unterbringung im Jahr 2023 insgesamt?", []),
            (3, "3.", False, "Wie hoch ist der Anteil, den das Land erstattet?", []),
            (4, "4.", False, "Wie viele Unterkünfte sind angemietet, wie viele im Eigentum des Landkreises?", []),
            (5, "5.", False, "Welche Laufzeiten haben die Mietverträge? Gibt es Verträge, die vor 2030 auslaufen?",
             []),
        ],
        "motion_points": [],
    },
    "f8": {
        "doc_type": DocType.ANTRAG, "date": date(2023, 9, 20), "place": "Merseburg",
        "subject": "Antrag: Sozialticket für den Saalekreis", "reference": None,
        "sender": ("Andrea Schmidt", "Fraktionsvorsitzende", "DIE LINKE. Fraktion im Kreistag Saalekreis"),
        "signatories": [("Andrea Schmidt", "Fraktionsvorsitzende")],
        "addressee": ("Hartmut Handschak", "Landrat", "Saalekreis"),
        "salutation": "Sehr geehrter Herr Landrat,", "closing": "Mit solidarischen Grüßen", "cc": [],
        "meetings": [],
        "questions": [],
        "motion_points": [
            "Der Landrat wird beauftragt, mit der Nahverkehrsgesellschaft Verhandlungen über ein Sozialticket zum "
            "Preis von höchstens 29 Euro im Monat aufzunehmen.",
            "Berechtigt sind alle Bezieherinnen und Bezieher von Bürgergeld, Grundsicherung und Wohngeld.",
            "Die Kosten sind im Haushalt 2024 einzuplanen.",
        ],
    },
    "f9": {
        "doc_type": DocType.ANFRAGE, "date": date(2024, 11, 4), "place": "Konstanz",
        "subject": None, "reference": None,
        "sender": ("Dr. Felix Brandt", "Mitglied", "Volt im Kreistag Konstanz"),
        "signatories": [("Dr. Felix Brandt", "Mitglied des Kreistages")],
        "addressee": ("Dr. Schulze", "Landrätin", None),
        "salutation": "Sehr geehrte Frau Landrätin Dr. Schulze,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [
            (1, "(1)", False, "Wie viele öffentlich zugängliche Ladepunkte betreibt der Landkreis derzeit?", []),
            (2, "(2)", False, "Welche weiteren Standorte sind bis 2026 geplant?", []),
            (3, "(3)", False, "Werden die Ladepunkte mit Strom aus eigenen Photovoltaikanlagen versorgt?", []),
        ],
        "motion_points": [],
    },
    "f10": {
        "doc_type": DocType.ANTRAG, "date": date(2024, 3, 5), "place": "Landshut",
        "subject": "Antrag gem. § 24 GeschO: Kostenfreie Nutzung der Kreissporthallen durch Vereine",
        "reference": None,
        "sender": ("Hans Kirchberger", "Fraktionsvorsitzender", "FREIE WÄHLER Kreistagsfraktion Landshut"),
        "signatories": [("Hans Kirchberger", "Fraktionsvorsitzender"), ("Monika Huber", "Kreisrätin")],
        "addressee": ("Peter Dreier", "Landrat", "Landratsamt Landshut"),
        "salutation": "Sehr geehrter Herr Landrat,", "closing": MGG,
        "cc": ["CSU-Fraktion", "SPD-Fraktion", "Fraktion Bündnis 90/Die Grünen"], "meetings": [],
        "questions": [],
        "motion_points": [
            "Der Kreistag beschließt, dass gemeinnützige Sportvereine die Sporthallen an den Schulen des "
            "Landkreises ab dem Schuljahr 2024/25 außerhalb der Unterrichtszeiten kostenfrei nutzen können."
        ],
    },
    "h1": {
        "doc_type": DocType.ANFRAGE, "date": date(2024, 7, 3), "place": "Wesel",
        "subject": "Anfrage zur Kindertagespflege im Kreisjugendamtsbezirk", "reference": None,
        "sender": ("Jan Becker", "Fraktionsvorsitzender", "SPD-Fraktion im Kreistag Wesel"),
        "signatories": [("Jan Becker", "Fraktionsvorsitzender")],
        "addressee": ("Dr. Anna Meyer", "Landrätin", None),
        "salutation": "Sehr geehrte Frau Landrätin,", "closing": None, "cc": [], "meetings": [],
        "questions": [
            (1, "1.", False, "Wie viele Tagespflegepersonen waren zum 01.03.2024 tätig a. in den Städten, "
             "b. in den Gemeinden des Jugendamtsbezirks?", ["a.", "b."]),
            (2, "2.", False, "Wie hoch ist die durchschnittliche Vergütung je Betreuungsstunde?", []),
            (3, "3.", False, "Plant die Verwaltung, die Vergütung anzuheben?", []),
        ],
        "motion_points": [],
    },
    "h2": {
        "doc_type": DocType.ANTRAG, "date": date(2024, 2, 12), "place": "Ebersberg",
        "subject": "Antrag nach § 25 GeschO: Trinkwasserbrunnen an Kreisschulen", "reference": None,
        "sender": ("Waltraud Gruber", "Fraktionssprecherin", "Kreistagsfraktion BÜNDNIS 90/DIE GRÜNEN Ebersberg"),
        "signatories": [("Waltraud Gruber", "Fraktionssprecherin")],
        "addressee": ("Robert Niedergesäß", "Landrat", "Landratsamt Ebersberg"),
        "salutation": "Sehr geehrter Herr Landrat,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [],
        "motion_points": [
            "Der Landkreis stattet bis Ende 2025 alle weiterführenden Schulen in seiner Trägerschaft mit "
            "mindestens einem Trinkwasserbrunnen aus."
        ],
    },
    "h3": {
        "doc_type": DocType.ANFRAGE, "date": date(2024, 3, 4), "place": "Gelnhausen",
        "subject": "Anfrage: Sanierungsstau an Kreisstraßen", "reference": None,
        "sender": ("Michael Wagner", "Fraktionsvorsitzender", "FREIE WÄHLER Kreistagsfraktion Main-Kinzig"),
        "signatories": [("Michael Wagner", "Fraktionsvorsitzender"), ("Sandra Roth", "Kreistagsabgeordnete")],
        "addressee": ("Thorsten Stolz", "Landrat", "Kreisausschuss des Main-Kinzig-Kreises"),
        "salutation": "Sehr geehrter Herr Landrat,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [
            (1, "1.", False, "Wie viele Kilometer Kreisstraßen befinden sich nach der letzten Zustandserfassung "
             "in einem schlechten oder sehr schlechten Zustand?", []),
            (2, "2.", False, "Welche Mittel wären erforderlich, um diesen Rückstand bis 2030 aufzuholen? Bitte "
             "nennen Sie die Annahmen, auf denen die Schätzung beruht.", []),
            (3, "3.", False, "Welche Maßnahmen sind für 2024 und 2025 geplant?", []),
        ],
        "motion_points": [],
    },
    "h4": {
        "doc_type": DocType.ANFRAGE, "date": date(2024, 5, 15), "place": "Unna",
        "subject": "Anfrage zur Lage der Frauenhäuser", "reference": None,
        "sender": ("Petra Kaiser", "Sprecherin", "DIE LINKE im Kreistag Unna"),
        "signatories": [("Petra Kaiser", "Sprecherin der Fraktion")],
        "addressee": (None, "Landrat", "Kreis Unna"),
        "salutation": "Sehr geehrte Damen und Herren,", "closing": MGG, "cc": ["Gleichstellungsbeauftragte", "Presse"],
        "meetings": [],
        "questions": [
            (1, "Frage 1.", False, "Wie viele Plätze in Frauenhäusern stehen im Kreis Unna zur Verfügung?", []),
            (2, "Frage 2.", False, "Wie oft mussten Frauen im Jahr 2023 abgewiesen werden, weil kein Platz frei "
             "war?", []),
            (3, "Frage 3.", False, "Welche Förderung erhalten die Frauenhäuser vom Kreis?", []),
        ],
        "motion_points": [],
    },
}

FIELDS = sorted({f for fields in EXPECTED.values() for f in fields})


run = structure_of(LETTERS)


@pytest.mark.parametrize("letter,field", [(n, f) for n in EXPECTED for f in FIELDS])
def test_field(letter: str, field: str) -> None:
    assert observed(run(letter), field) == EXPECTED[letter][field]


def test_question_pages_follow_the_page_break() -> None:
    assert [q.page for q in run("f7").questions] == [1, 1, 1, 2, 2]


def test_sub_question_texts() -> None:
    subs = run("f5").questions[1].subquestions
    assert [s.text for s in subs] == [
        "weil keine Wasserzeiten zur Verfügung stehen,",
        "weil Lehrkräfte mit Rettungsschwimmer-Qualifikation fehlen?",
    ]


@pytest.mark.parametrize(
    ("line", "value", "place"),
    [
        ("den 5. Mai 2023", date(2023, 5, 5), None),
        ("Siegburg, im Juni 2024", None, "Siegburg"),
        ("Kleve, Ende März 2024", None, "Kleve"),
        ("Landshut, 2024-03-05", date(2024, 3, 5), "Landshut"),
    ],
)
def test_date_line_variants(line: str, value: date | None, place: str | None) -> None:
    found = letter_date_in_line(line)
    assert found is not None and (found.value, found.place) == (value, place)


@pytest.mark.parametrize("line", ["Kleve, 1. Kreistag 2024", "Kleve, im Kreistag 2024", "im Juni 2024 wurde"])
def test_no_date_line(line: str) -> None:
    assert letter_date_in_line(line) is None


def test_parenthesised_number_is_a_marker() -> None:
    found = find_marker("(3) Werden die Ladepunkte versorgt?")
    assert found is not None and (found.number, found.label) == (3, "(3)")
    assert find_marker("(a) Schulen") is None  # a lettered item, not a number


@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        ("Sachstandsanfrage: Breitband", DocType.ANFRAGE),
        ("Prüfauftrag: Mobilstation", DocType.ANTRAG),
        ("Dringlichkeitsantrag zur Sitzung am 3.5.2024", DocType.ANTRAG),
        ("Sachstand Förderprogramm", DocType.BRIEF),
    ],
)
def test_kind_of_letter_from_compound_subject_words(subject: str, kind: DocType) -> None:
    assert doc_type(subject, "", has_questions=False) is kind


def test_footer_letterhead_gives_the_contact_data() -> None:
    sender = run("f2").sender
    assert (sender.phone, sender.address) == ("02241 13-2244", "Kaiser-Wilhelm-Platz 1, 53721 Siegburg")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Volt im Kreistag Konstanz", "Volt im Kreistag Konstanz"),
        ("Gruppe FDP/FW im Kreistag Göttingen", "Gruppe FDP/FW im Kreistag Göttingen"),
        ("Mitglied im Kreistag Konstanz", None),  # a role, not a group
        ("Wir sitzen seit 2021 im Kreistag", None),
        ("Wir sitzen im Kreistag Kleve", None),
    ],
)
def test_group_named_by_its_seat(text: str, group: str | None) -> None:
    assert seated_group(text) == group


@pytest.mark.parametrize(
    ("line", "role"),
    [("– Büro des Landrats –", "Landrat"), ("— Büro des Landrats —", "Landrat"), ("Büro der Landrätin", "Landrätin"),
     ("Büro des Kreistages", None)],
)
def test_office_names_the_role(line: str, role: str | None) -> None:
    assert role_of_office(line) == role
