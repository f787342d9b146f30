"""Eight more letters, written blind (without reading the rules), as a generalisation probe.

States not covered before (Schleswig-Holstein, Saxony, Thuringia, Rhineland-Palatinate,
Brandenburg, Lower Saxony, Saarland, Hesse); SSW, BSW, "DIE LINKE/Die PARTEI", "Freie Wähler
Gemeinschaft (FWG)", a CDU/FDP-Gruppe, "Tierschutzpartei/ÖDP", a non-attached member; the
Kreispräsident, "– Der Landrat –" without a name, "Frau Kreistagsvorsitzende", "Vorsitzender des
Kreistages", "Kreistagsvorsitzende des Landkreises …", "Landrat des Landkreises …"; a DIN "Ihr
Zeichen / Unser Zeichen / Datum" row, "Az.:"/"Unser Zeichen:" on the date row, right-hand and
centred letterheads, sender lines above the window, two-line subjects with and without "Betreff:"
naming meetings (or only the Kreistag), "1." / "1)" / "Frage 1:" / roman items, inline lettered
sub-questions, context sentences, a question over a "- 2 -" page break, line starts "1. Januar",
"3. Quartal", "5. Oktober", "Nr. 5" inside items and prose, "Der Kreistag möge beschließen:" and
"Beschlussvorschlag:" points, a Stellungnahme with numbered statement sections (no questions, no
motions) over "Seite 2 von 2", a plain letter with a question in its prose, "gez.", "i. A.",
"Für die Fraktion", side-by-side and stacked signatures, "nachrichtlich:" bullets, "Kopie:" /
"Kopie an:" inline and one per line, P.S. lines.

First sight (before any rule was changed for them): 5 of 112 fields wrong, 4 of 8 letters fully
right: the reference under a four-column DIN row, inline "a) … b) …" sub-questions, a party name
and a two-word seat before the seat ("Freie Wähler Gemeinschaft (FWG) im Kreistag Bad
Kreuznach"), and a signature name that also opens page 1's sender line (taken for a running
head, so no signatory; and "fraktionsloses" was not part of the role). All fixed by general rules
(tests of each in tests/test_structure_fresh3.py).
"""
from __future__ import annotations

from datetime import date

import pytest

from models import DocType
from tests.test_structure_helpers import observed, structure_of

LETTERS = {
    # Schleswig-Holstein: the SSW, the Kreispräsident as addressee, a DIN "Ihr Zeichen /
    # Unser Zeichen / Datum" row (labels above, values below, no place), a two-line subject
    # without label naming a meeting, "1." items with a hanging indent, a wrapped line that
    # starts "1. Januar 2025" inside an item, two "gez." signatures one under the other,
    # "nachrichtlich:" with dash bullets.
    "sh1": """SSW-Kreistagsfraktion Nordfriesland
Schloßstraße 7 · 25813 Husum · Tel. 04841 6712-30 · ssw-fraktion@nf-kreistag.de

Kreis Nordfriesland
Der Kreispräsident
Herrn Hauke Petersen-Lorenzen
Marktstraße 6
25813 Husum

Ihr Zeichen          Ihre Nachricht vom          Unser Zeichen          Datum
                                                 SSW/Ha-17              14.05.2025

Sitzung des Kreistages am 20.06.2025
Anfrage zur notärztlichen Versorgung auf den Inseln und Halligen

Sehr geehrter Herr Kreispräsident,

seit der Umstellung des Notarztdienstes auf Föhr und Amrum erreichen uns viele
Fragen aus der Bevölkerung. Wir bitten daher, die folgenden Fragen in der Sitzung
des Kreistages am 20.06.2025 zu beantworten:

1.   Wie viele Notarzteinsätze gab es in den Jahren 2023 und 2024 auf Föhr, Amrum,
     Pellworm und den Halligen?

2.   Wie lange dauerte es im Durchschnitt, bis ein Notarzt den Einsatzort erreicht
     hat? Bitte getrennt nach Inseln und Halligen angeben.

3.   Wie oft musste in den Monaten seit dem Wechsel des Leistungserbringers zum
     1. Januar 2025 ein Rettungshubschrauber angefordert werden, weil kein Notarzt
     vor Ort war?

4.   Welche Kosten sind dem Kreis dafür entstanden, und in welcher Höhe werden
     sie von den Krankenkassen erstattet?

Wir danken für die Beantwortung.

Mit freundlichen Grüßen

gez. Dr. Inken Thomsen-Brodersen
Fraktionsvorsitzende

gez. Malte Jessen
stellv. Fraktionsvorsitzender

nachrichtlich:
- Amt Föhr-Amrum
- Amt Pellworm
- Rettungsdienst Nordfriesland gGmbH
""",
    # Saxony: the BSW, a letterhead flush right, "Landkreis … / – Der Landrat –" without a
    # name, "Az.:" and the date line on one row, "Der Kreistag möge beschließen:" with "1."
    # points (one with "ca. 3,5 Mio. €"), a meeting only in the body, a Begründung with lines
    # starting "5. Oktober 2024" and "Nr. 5", "Für die Fraktion" + "gez.".
    "sn1": """                                              BSW-Kreistagsfraktion Mittelsachsen
                                              Frauensteiner Straße 43
                                              09599 Freiberg
                                              Telefon: 03731 799-4410
                                              bsw-fraktion@kt-mittelsachsen.de

Landkreis Mittelsachsen
– Der Landrat –
Frauensteiner Straße 43
09599 Freiberg

Az.: BSW-KT/07/2025                                     Freiberg, 3. März 2025

Betreff: Antrag – Erhalt der Geburtshilfe am Kreiskrankenhaus Mittweida

Sehr geehrter Herr Landrat,

die BSW-Kreistagsfraktion beantragt, den folgenden Beschlussantrag in die
Tagesordnung der Sitzung des Kreistages am 26.03.2025 aufzunehmen.

Der Kreistag möge beschließen:

1. Der Landrat wird beauftragt, mit der Geschäftsführung der Kreiskrankenhaus
   Mittweida gGmbH ein Konzept zum dauerhaften Erhalt der Geburtsstation zu
   erarbeiten.
2. Für die Gewinnung von Hebammen und Fachärztinnen wird im Haushalt 2025/26 ein
   Budget von ca. 3,5 Mio. € bereitgestellt.
3. Der Kreistag ist bis zur Sitzung im Juni 2025 über den Stand zu unterrichten.

Begründung:

Im Jahr 2024 kamen in Mittweida 412 Kinder zur Welt. Die Geschäftsführung hat am
5. Oktober 2024 angekündigt, die Station wegen fehlenden Personals zu schließen.
Die nächsten Kreißsäle in Chemnitz und Freiberg sind für viele Familien mehr als
40 Minuten entfernt. Im Krankenhausplan des Freistaates ist der Standort unter
Nr. 5 als bedarfsnotwendig ausgewiesen.

Mit freundlichen Grüßen

Für die Fraktion

gez. Ronny Seifert
Fraktionsvorsitzender
""",
    # Thuringia: a joint faction "DIE LINKE/Die PARTEI", a centred letterhead, "Landratsamt …
    # / Frau Kreistagsvorsitzende / <name>", a date line indented right with "den", a question
    # in the preamble, "1)" items separated by blank lines, lettered sub-questions inline on a
    # continuation line, a context sentence with "Nr. 5/2024" and "ca. 3,5 Mio. €", a
    # "Prof. Dr." double name, "Mit freundlichem Gruß", a P.S.
    "th1": """                 Fraktion DIE LINKE/Die PARTEI im Kreistag Saale-Holzland
                         Im Schloss · 07607 Eisenberg
                        fraktion@linke-partei-shk.de

Landratsamt Saale-Holzland-Kreis
Frau Kreistagsvorsitzende
Dr. Annett Reimann-Scholz
Im Schloss
07607 Eisenberg

                                                        Eisenberg, den 12.06.2025

Anfrage: Kinderbetreuung und Kita-Plätze im Saale-Holzland-Kreis

Sehr geehrte Frau Dr. Reimann-Scholz,

in mehreren Gemeinden fehlen nach unserer Kenntnis Betreuungsplätze, während in
anderen Einrichtungen Gruppen geschlossen werden. Wie passt das zusammen? Wir
bitten um die Beantwortung der folgenden Fragen:

1) Wie viele Kinder warteten zum Stichtag 01.03.2025 auf einen Betreuungsplatz,
   a) im Alter unter drei Jahren, b) im Alter ab drei Jahren?

2) In der Kita-Bedarfsplanung (Drucksache Nr. 5/2024) sind bis 2027 Investitionen
   von ca. 3,5 Mio. € vorgesehen. Wie viel davon wurde bisher ausgezahlt?

3) Welche Einrichtungen haben seit 2023 Gruppen geschlossen, und aus welchen
   Gründen?

4) Plant der Landkreis, die Elternbeiträge für Geschwisterkinder zu senken?

Mit freundlichem Gruß

Prof. Dr. Jörg Hummel-Walther
Fraktionsvorsitzender

P.S. Gern können die Antworten auch im Jugendhilfeausschuss vorgestellt werden.
""",
    # Rhineland-Palatinate: "Freie Wähler Gemeinschaft (FWG)", "Kreisverwaltung …" with
    # "Frau Landrätin <name>" on one line, a "Betreff:" block over two lines whose first line
    # names two meetings in the accusative, "Beschlussvorschlag:" with "1)" points, a point
    # wrapped so that a line starts "3. Quartal 2026", signatures side by side with a "Dr.",
    # "Kopie an:" one per line.
    "rp1": """Freie Wähler Gemeinschaft (FWG) im Kreistag Bad Kreuznach
Fraktionsbüro: Salinenstraße 47 · 55543 Bad Kreuznach · Tel. 0671 803-1290

Kreisverwaltung Bad Kreuznach
Frau Landrätin Claudia Wendel
Salinenstraße 47
55543 Bad Kreuznach

Bad Kreuznach, 01.09.2025

Betreff: Antrag für den Kreisausschuss am 22.09.2025 und den Kreistag am 13.10.2025
         Einführung eines Rufbusses im Soonwald-Nahe-Gebiet

Sehr geehrte Frau Landrätin,

die FWG-Fraktion stellt folgenden Antrag und bittet um Beratung in den genannten
Gremien.

Beschlussvorschlag:

1) Die Kreisverwaltung wird beauftragt, gemeinsam mit dem Verkehrsverbund
   Rhein-Nahe ein Konzept für einen Rufbus in den Verbandsgemeinden Rüdesheim und
   Langenlonsheim-Stromberg zu erarbeiten.
2) Der Probebetrieb soll nach Abschluss der Ausschreibung spätestens im
   3. Quartal 2026 beginnen und zunächst auf zwei Jahre befristet werden.
3) Die Kosten des Probebetriebs sind im Doppelhaushalt 2026/2027 zu veranschlagen.

Begründung:

In vielen Ortsgemeinden fährt der Bus nur noch zwei- bis dreimal am Tag, am
Wochenende oft gar nicht. Ein Rufbus kann diese Lücken schließen, wie die
Erfahrungen im Rhein-Hunsrück-Kreis zeigen.

Mit freundlichen Grüßen

Dr. Stefan Ochs                         Ingrid Berg-Schäfer
Fraktionsvorsitzender                   Kreistagsmitglied

Kopie an:
CDU-Kreistagsfraktion
SPD-Kreistagsfraktion
Fraktion BÜNDNIS 90/DIE GRÜNEN
""",
    # Brandenburg: a non-attached member (no faction printed anywhere), a sender line above
    # the address window, "Landkreis … / Vorsitzender des Kreistages / Herrn Dr. …", a place
    # with a parenthesis in the address only, "Frage 1:" inline, a context sentence inside an
    # item, a question running over the page break with a centred "- 2 -" header.
    "bb1": """Kerstin Ahlgrimm-Noack · Mitglied des Kreistages · Lindenstraße 8 · 15907 Lübben

Landkreis Dahme-Spreewald
Vorsitzender des Kreistages
Herrn Dr. Lutz Pietschmann
Reutergasse 12
15907 Lübben (Spreewald)

Lübben, 27.10.2025

Anfrage gemäß § 29 BbgKVerf – Zustand der Schulturnhallen

Sehr geehrter Herr Vorsitzender,

als fraktionsloses Kreistagsmitglied bitte ich um schriftliche Beantwortung der
folgenden Fragen durch die Kreisverwaltung:

Frage 1: Wie viele Turnhallen an Schulen in Trägerschaft des Landkreises sind
derzeit ganz oder teilweise gesperrt?

Frage 2: Welche Schulen sind betroffen, und wo findet der Sportunterricht
stattdessen statt?

Frage 3: Der Kreistag hat im Haushalt 2025 Mittel für die Sanierung der Turnhalle
am Oberstufenzentrum in Königs Wusterhausen bereitgestellt. Wann beginnen die
Arbeiten, und bis wann sollen sie abgeschlossen sein?

Frage 4: Welche Turnhallen sollen nach der Prioritätenliste der Verwaltung in den
Jahren 2026 bis 2028 saniert werden, und welche Förderprogramme von Bund und Land
\f                                     - 2 -

werden dafür genutzt?

Frage 5: Gibt es Vereinbarungen mit Sportvereinen über die Nutzung der Hallen
außerhalb der Unterrichtszeit, und wie hoch sind die Einnahmen daraus?

Ich bedanke mich im Voraus für die Beantwortung.

Mit freundlichen Grüßen

Kerstin Ahlgrimm-Noack
fraktionsloses Kreistagsmitglied
""",
    # Lower Saxony: a Stellungnahme of a Gruppe, numbered headed sections that are statements
    # (one holds a rhetorical question) — neither questions nor motions —, a place with a
    # parenthesis ("Winsen (Luhe)"), a "hier:" subject, "Seite 2 von 2" inside a section,
    # "Für die CDU/FDP-Gruppe" and "i. A.", "Kopie:" inline.
    "ni1": """CDU/FDP-Gruppe im Kreistag Harburg
Schloßplatz 6, 21423 Winsen (Luhe)

Landkreis Harburg
Der Landrat
Schloßplatz 6
21423 Winsen (Luhe)

Winsen (Luhe), 28. April 2025

Stellungnahme zum Entwurf des Regionalen Raumordnungsprogramms 2025
hier: Beteiligung der Kreistagsgruppen

Sehr geehrte Damen und Herren,

zum Entwurf des Regionalen Raumordnungsprogramms (RROP) nimmt die CDU/FDP-Gruppe
wie folgt Stellung:

1. Vorranggebiete Windenergie
Wir unterstützen das Ziel, 2,2 % der Kreisfläche für die Windenergie auszuweisen.
Den Mindestabstand von 800 m zu Wohnsiedlungen halten wir für angemessen.

2. Siedlungsentwicklung
Die Begrenzung der Wohnbauentwicklung auf die Grundzentren benachteiligt kleinere
Ortsteile. Wie sollen junge Familien dort künftig bauen? Wir regen an, eine
Eigenentwicklung von bis zu 5 % je Jahrzehnt zuzulassen.

3. Rohstoffsicherung
Die geplanten Vorranggebiete für den Sandabbau bei Hanstedt lehnen wir in der
vorliegenden Form ab.
\fSeite 2 von 2

Die Belange des Naturparks Lüneburger Heide sind dort nicht ausreichend
berücksichtigt.

4. Verkehr
Wir begrüßen, dass die Reaktivierung der Bahnstrecke Winsen–Hützel als Ziel
aufgenommen wurde, und bitten, sie mit Vorrang zu verfolgen.

Mit freundlichen Grüßen
Für die CDU/FDP-Gruppe

i. A. Lea Brammer
Gruppengeschäftsführerin

Kopie: Samtgemeinde Hanstedt
""",
    # Saarland: a plain letter (Vorstandswahl), "An den / Landrat des Landkreises …",
    # "Unser Zeichen:" on the date row, a question in the prose only, names in the prose,
    # the new chair and a "Prof. Dr." side by side, "Kopie an:" inline.
    "sl1": """Tierschutzpartei/ÖDP-Fraktion im Kreistag Saarlouis
Kaiser-Wilhelm-Straße 4–6 · 66740 Saarlouis

An den
Landrat des Landkreises Saarlouis
Herrn Thomas Schmitt-Backes
Kaiser-Wilhelm-Straße 4–6
66740 Saarlouis

Unser Zeichen: TÖ-12/25                                     Saarlouis, 2. Juni 2025

Betreff: Neuwahl des Fraktionsvorstandes

Sehr geehrter Herr Landrat,

wir teilen Ihnen mit, dass die Fraktion in ihrer Sitzung am 26. Mai 2025 einen
neuen Vorstand gewählt hat. Fraktionsvorsitzende ist ab sofort Frau Sabine
Wagner-Quint, stellvertretender Vorsitzender Herr Prof. Dr. Helmut Klein, der den
Vorsitz seit 2019 innehatte.

Wir bitten Sie, die Verteiler der Kreisverwaltung entsprechend anzupassen. Können
Sie uns außerdem mitteilen, bis wann die Änderung im Ratsinformationssystem
sichtbar ist?

Mit freundlichen Grüßen

Sabine Wagner-Quint                      Prof. Dr. Helmut Klein
Fraktionsvorsitzende                     stellv. Fraktionsvorsitzender

Kopie an: Kreistagsbüro, Fraktionen im Kreistag
""",
    # Hesse: a sender line above the window, "An die / Kreistagsvorsitzende des Landkreises …
    # / Frau Dr. …", "Az.:" and the date on one row, a two-line subject without label whose
    # first line names the Kreistag but no meeting, roman items with context sentences,
    # "ca. 40 %", "gez." with a double name, a "P.S.:" naming a meeting.
    "he1": """FDP-Kreistagsfraktion Marburg-Biedenkopf · Im Lichtenholz 60 · 35043 Marburg

An die
Kreistagsvorsitzende des Landkreises Marburg-Biedenkopf
Frau Dr. Elke Siebert-Hain
Im Lichtenholz 60
35043 Marburg

Az.: FDP-A 14/2025                                          Marburg, 18.11.2025

Anfrage nach § 17 der Geschäftsordnung des Kreistages
Wasserstoffbusse im Regionalverkehr

Sehr geehrte Frau Kreistagsvorsitzende,

im Namen der FDP-Fraktion bitte ich, die folgende Anfrage an den Kreisausschuss
weiterzuleiten.

I.    Seit Dezember 2023 sind im Linienbündel Hinterland zwölf Wasserstoffbusse im
      Einsatz. Wie hoch war ihre Verfügbarkeit im Jahr 2024 im Vergleich zu den
      Dieselbussen?

II.   Wie oft fielen Fahrten aus, weil an der Tankstelle in Cölbe kein Wasserstoff
      verfügbar war?

III.  Welche Mehrkosten je Fahrzeugkilometer sind dem Landkreis entstanden? Welcher
      Anteil davon wird aus Fördermitteln des Bundes gedeckt?

IV.   Hält der Kreisausschuss an dem Ziel fest, bis 2030 ca. 40 % der Busflotte auf
      emissionsfreie Antriebe umzustellen?

Ich bedanke mich für die Beantwortung.

Mit freundlichen Grüßen

gez. Dr. Tobias Reinhardt-Lenz
Fraktionsvorsitzender

P.S.: Eine schriftliche Antwort vor der Sitzung des Kreistages am 12.12.2025 wäre
hilfreich.
""",
}

MGG = "Mit freundlichen Grüßen"

# name → field → what a careful reader writes down. sender/addressee: (name, role, organization);
# signatories: [(name, role)]; meetings: [(body, date)]; questions: [(number, label,
# number_inferred, text, [sub-question labels])].
EXPECTED: dict[str, dict[str, object]] = {
    "sh1": {
        "doc_type": DocType.ANFRAGE, "date": date(2025, 5, 14), "place": None,
        "subject": "Sitzung des Kreistages am 20.06.2025 Anfrage zur notärztlichen Versorgung auf den Inseln "
                   "und Halligen",
        "reference": "SSW/Ha-17",
        "sender": ("Dr. Inken Thomsen-Brodersen", "Fraktionsvorsitzende", "SSW-Kreistagsfraktion Nordfriesland"),
        "signatories": [("Dr. Inken Thomsen-Brodersen", "Fraktionsvorsitzende"),
                        ("Malte Jessen", "stellv. Fraktionsvorsitzender")],
        "addressee": ("Hauke Petersen-Lorenzen", "Kreispräsident", "Kreis Nordfriesland"),
        "salutation": "Sehr geehrter Herr Kreispräsident,", "closing": MGG,
        "cc": ["Amt Föhr-Amrum", "Amt Pellworm", "Rettungsdienst Nordfriesland gGmbH"],
        "meetings": [("Kreistag", date(2025, 6, 20))],
        "questions": [
            (1, "1.", False, "Wie viele Notarzteinsätze gab es in den Jahren 2023 und 2024 auf Föhr, Amrum, "
             "Pellworm und den Halligen?", []),
            (2, "2.", False, "Wie lange dauerte es im Durchschnitt, bis ein Notarzt den Einsatzort erreicht hat? "
             "Bitte getrennt nach Inseln und Halligen angeben.", []),
            (3, "3.", False, "Wie oft musste in den Monaten seit dem Wechsel des Leistungserbringers zum "
             "1. Januar 2025 ein Rettungshubschrauber angefordert werden, weil kein Notarzt vor Ort war?", []),
            (4, "4.", False, "Welche Kosten sind dem Kreis dafür entstanden, und in welcher Höhe werden sie von "
             "den Krankenkassen erstattet?", []),
        ],
        "motion_points": [],
    },
    "sn1": {
        "doc_type": DocType.ANTRAG, "date": date(2025, 3, 3), "place": "Freiberg",
        "subject": "Antrag – Erhalt der Geburtshilfe am Kreiskrankenhaus Mittweida",
        "reference": "BSW-KT/07/2025",
        "sender": ("Ronny Seifert", "Fraktionsvorsitzender", "BSW-Kreistagsfraktion Mittelsachsen"),
        "signatories": [("Ronny Seifert", "Fraktionsvorsitzender")],
        "addressee": (None, "Landrat", "Landkreis Mittelsachsen"),
        "salutation": "Sehr geehrter Herr Landrat,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [],
        "motion_points": [
            "Der Landrat wird beauftragt, mit der Geschäftsführung der Kreiskrankenhaus Mittweida gGmbH ein "
            "Konzept zum dauerhaften Erhalt der Geburtsstation zu erarbeiten.",
            "Für die Gewinnung von Hebammen und Fachärztinnen wird im Haushalt 2025/26 ein Budget von ca. "
            "3,5 Mio. € bereitgestellt.",
            "Der Kreistag ist bis zur Sitzung im Juni 2025 über den Stand zu unterrichten.",
        ],
    },
    "th1": {
        "doc_type": DocType.ANFRAGE, "date": date(2025, 6, 12), "place": "Eisenberg",
        "subject": "Anfrage: Kinderbetreuung und Kita-Plätze im Saale-Holzland-Kreis", "reference": None,
        "sender": ("Prof. Dr. Jörg Hummel-Walther", "Fraktionsvorsitzender",
                   "Fraktion DIE LINKE/Die PARTEI im Kreistag Saale-Holzland"),
        "signatories": [("Prof. Dr. Jörg Hummel-Walther", "Fraktionsvorsitzender")],
        "addressee": ("Dr. Annett Reimann-Scholz", "Kreistagsvorsitzende", "Landratsamt Saale-Holzland-Kreis"),
        "salutation": "Sehr geehrte Frau Dr. Reimann-Scholz,", "closing": "Mit freundlichem Gruß", "cc": [],
        "meetings": [],
        "questions": [
            (1, "1)", False, "Wie viele Kinder warteten zum Stichtag 01.03.2025 auf einen Betreuungsplatz, "
             "a) im Alter unter drei Jahren, b) im Alter ab drei Jahren?", ["a)", "b)"]),
            (2, "2)", False, "In der Kita-Bedarfsplanung (Drucksache Nr. 5/2024) sind bis 2027 Investitionen von "
             "ca. 3,5 Mio. € vorgesehen. Wie viel davon wurde bisher ausgezahlt?", []),
            (3, "3)", False, "Welche Einrichtungen haben seit 2023 Gruppen geschlossen, und aus welchen Gründen?",
             []),
            (4, "4)", False, "Plant der Landkreis, die Elternbeiträge für Geschwisterkinder zu senken?", []),
        ],
        "motion_points": [],
    },
    "rp1": {
        "doc_type": DocType.ANTRAG, "date": date(2025, 9, 1), "place": "Bad Kreuznach",
        "subject": "Antrag für den Kreisausschuss am 22.09.2025 und den Kreistag am 13.10.2025 Einführung eines "
                   "Rufbusses im Soonwald-Nahe-Gebiet",
        "reference": None,
        "sender": ("Dr. Stefan Ochs", "Fraktionsvorsitzender",
                   "Freie Wähler Gemeinschaft (FWG) im Kreistag Bad Kreuznach"),
        "signatories": [("Dr. Stefan Ochs", "Fraktionsvorsitzender"), ("Ingrid Berg-Schäfer", "Kreistagsmitglied")],
        "addressee": ("Claudia Wendel", "Landrätin", "Kreisverwaltung Bad Kreuznach"),
        "salutation": "Sehr geehrte Frau Landrätin,", "closing": MGG,
        "cc": ["CDU-Kreistagsfraktion", "SPD-Kreistagsfraktion", "Fraktion BÜNDNIS 90/DIE GRÜNEN"],
        "meetings": [("Kreisausschuss", date(2025, 9, 22)), ("Kreistag", date(2025, 10, 13))],
        "questions": [],
        "motion_points": [
            "Die Kreisverwaltung wird beauftragt, gemeinsam mit dem Verkehrsverbund Rhein-Nahe ein Konzept für "
            "einen Rufbus in den Verbandsgemeinden Rüdesheim und Langenlonsheim-Stromberg zu erarbeiten.",
            "Der Probebetrieb soll nach Abschluss der Ausschreibung spätestens im 3. Quartal 2026 beginnen und "
            "zunächst auf zwei Jahre befristet werden.",
            "Die Kosten des Probebetriebs sind im Doppelhaushalt 2026/2027 zu veranschlagen.",
        ],
    },
    "bb1": {
        "doc_type": DocType.ANFRAGE, "date": date(2025, 10, 27), "place": "Lübben",
        "subject": "Anfrage gemäß § 29 BbgKVerf – Zustand der Schulturnhallen", "reference": None,
        "sender": ("Kerstin Ahlgrimm-Noack", "fraktionsloses Kreistagsmitglied", None),
        "signatories": [("Kerstin Ahlgrimm-Noack", "fraktionsloses Kreistagsmitglied")],
        "addressee": ("Dr. Lutz Pietschmann", "Vorsitzender des Kreistages", "Landkreis Dahme-Spreewald"),
        "salutation": "Sehr geehrter Herr Vorsitzender,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [
            (1, "Frage 1:", False, "Wie viele Turnhallen an Schulen in Trägerschaft des Landkreises sind derzeit "
             "ganz oder teilweise gesperrt?", []),
            (2, "Frage 2:", False, "Welche Schulen sind betroffen, und wo findet der Sportunterricht stattdessen "
             "statt?", []),
            (3, "Frage 3:", False, "Der Kreistag hat im Haushalt 2025 Mittel für die Sanierung der Turnhalle am "
             "Oberstufenzentrum in Königs Wusterhausen bereitgestellt. Wann beginnen die Arbeiten, und bis wann "
             "sollen sie abgeschlossen sein?", []),
            (4, "Frage 4:", False, "Welche Turnhallen sollen nach der Prioritätenliste der Verwaltung in den "
             "Jahren 2026 bis 2028 saniert werden, und welche Förderprogramme von Bund und Land werden dafür "
             "genutzt?", []),
            (5, "Frage 5:", False, "Gibt es Vereinbarungen mit Sportvereinen über die Nutzung der Hallen außerhalb "
             "der Unterrichtszeit, und wie hoch sind die Einnahmen daraus?", []),
        ],
        "motion_points": [],
    },
    "ni1": {
        "doc_type": DocType.STELLUNGNAHME, "date": date(2025, 4, 28), "place": "Winsen (Luhe)",
        "subject": "Stellungnahme zum Entwurf des Regionalen Raumordnungsprogramms 2025 hier: Beteiligung der "
                   "Kreistagsgruppen",
        "reference": None,
        "sender": ("Lea Brammer", "Gruppengeschäftsführerin", "CDU/FDP-Gruppe im Kreistag Harburg"),
        "signatories": [("Lea Brammer", "Gruppengeschäftsführerin")],
        "addressee": (None, "Landrat", "Landkreis Harburg"),
        "salutation": "Sehr geehrte Damen und Herren,", "closing": MGG, "cc": ["Samtgemeinde Hanstedt"],
        "meetings": [],
        "questions": [],
        "motion_points": [],
    },
    "sl1": {
        "doc_type": DocType.BRIEF, "date": date(2025, 6, 2), "place": "Saarlouis",
        "subject": "Neuwahl des Fraktionsvorstandes", "reference": "TÖ-12/25",
        "sender": ("Sabine Wagner-Quint", "Fraktionsvorsitzende",
                   "Tierschutzpartei/ÖDP-Fraktion im Kreistag Saarlouis"),
        "signatories": [("Sabine Wagner-Quint", "Fraktionsvorsitzende"),
                        ("Prof. Dr. Helmut Klein", "stellv. Fraktionsvorsitzender")],
        "addressee": ("Thomas Schmitt-Backes", "Landrat", "Landkreis Saarlouis"),
        "salutation": "Sehr geehrter Herr Landrat,", "closing": MGG,
        "cc": ["Kreistagsbüro", "Fraktionen im Kreistag"], "meetings": [],
        "questions": [],
        "motion_points": [],
    },
    "he1": {
        "doc_type": DocType.ANFRAGE, "date": date(2025, 11, 18), "place": "Marburg",
        "subject": "Anfrage nach § 17 der Geschäftsordnung des Kreistages Wasserstoffbusse im Regionalverkehr",
        "reference": "FDP-A 14/2025",
        "sender": ("Dr. Tobias Reinhardt-Lenz", "Fraktionsvorsitzender", "FDP-Kreistagsfraktion Marburg-Biedenkopf"),
        "signatories": [("Dr. Tobias Reinhardt-Lenz", "Fraktionsvorsitzender")],
        "addressee": ("Dr. Elke Siebert-Hain", "Kreistagsvorsitzende", "Landkreis Marburg-Biedenkopf"),
        "salutation": "Sehr geehrte Frau Kreistagsvorsitzende,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [
            (1, "I.", False, "Seit Dezember 2023 sind im Linienbündel Hinterland zwölf Wasserstoffbusse im Einsatz. "
             "Wie hoch war ihre Verfügbarkeit im Jahr 2024 im Vergleich zu den Dieselbussen?", []),
            (2, "II.", False, "Wie oft fielen Fahrten aus, weil an der Tankstelle in Cölbe kein Wasserstoff "
             "verfügbar war?", []),
            (3, "III.", False, "Welche Mehrkosten je Fahrzeugkilometer sind dem Landkreis entstanden? Welcher "
             "Anteil davon wird aus Fördermitteln des Bundes gedeckt?", []),
            (4, "IV.", False, "Hält der Kreisausschuss an dem Ziel fest, bis 2030 ca. 40 % der Busflotte auf "
             "emissionsfreie Antriebe umzustellen?", []),
        ],
        "motion_points": [],
    },
}

FIELDS = sorted({f for fields in EXPECTED.values() for f in fields})

run = structure_of(LETTERS)


@pytest.mark.parametrize("letter,field", [(n, f) for n in EXPECTED for f in FIELDS])
def test_field(letter: str, field: str) -> None:
    assert observed(run(letter), field) == EXPECTED[letter][field]


def test_letters_are_text_layer_shaped() -> None:
    for name, text in LETTERS.items():
        assert all(len(line) <= 85 for line in text.split("\n")), name

