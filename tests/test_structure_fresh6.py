"""Eight more letters, written blind (without reading the rules), as a generalisation probe (round 3).

States and places not used before (Bavaria/Bad Tölz-Wolfratshausen, NRW/Minden-Lübbecke,
Saxony-Anhalt/Burgenlandkreis with "Naumburg (Saale)", Lower Saxony/Hameln-Pyrmont with a date
place "Bad Pyrmont", Schleswig-Holstein/Herzogtum Lauenburg, Baden-Württemberg/Rems-Murr-Kreis,
Saxony/Erzgebirgskreis, Hesse/Wetteraukreis with "Friedberg (Hessen)"); names with umlauts and
their ue-spelling (Köhler, Mueller, Fröhlich, Wöltje, Hägele, Pönitz, Schäfer-Nold).

Styles: a two-line letterhead flush right beside the address block with a sender line above the
window; a DIN row "Ihr Zeichen / Unser Zeichen / Ansprechpartner / Datum" with a contact name
in it; "Unser Zeichen: …" on the date row; a date line flush left; "Anfrage gemäß § … – …"
subjects with en dashes; "Frage 1:" / "1)" / "1." / "1.)" items, sub-questions one per line, an
indented continuation line starting "2. Halbjahr" inside item 2, "2. Klasse" inside an item,
items over a page break with "- 2 -" / "Antrag der … vom …   Seite 2" / "Anfrage … vom …   Seite
2 von 2" heads; "Der Kreistag möge beschließen:" with numbered points, "Beschlussvorschlag:" with
one unnumbered paragraph; "i. A.", "gez." twice, "Glück auf!" as closing, side-by-side and
stacked signatories, "Kopie:", "Kopie an:" inline, "nachrichtlich:", "Verteiler:" one per line,
"Nachrichtlich:" with en-dash bullets.

First sight (before any rule was changed for them): 7 of 112 fields wrong, 4 of 8 letters fully
right (st6, ni6, sh6, he6): an address block run into the letterhead without a blank line, a
faction name printed over two letterhead lines (seat line dropped, twice), a DIN row with an
"Ansprechpartner" column, and "Glück auf!" as the closing (so no signatories either). All fixed
by general rules; rendered and OCR'd by bench/bench_fresh_ocr.py.
"""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from models import DocType
from tests.test_structure_helpers import observed, structure_of

LETTERS = {
    # Bavaria: the faction's letterhead flush right beside the address block (first two lines
    # right-only), a sender line above the window, "Herrn Landrat <name>" on one line, the
    # date in the right column, a subject without label "Anfrage gemäß § 29 Abs. 1 GeschO – …",
    # "Frage 1:" items, sub-questions one per line, a meeting only in the closing prose,
    # "Kopie:" one line.
    "by6": """                                                  SPD-Kreistagsfraktion
                                                  Bad Tölz-Wolfratshausen
SPD-Kreistagsfraktion · Marktstraße 9 · 83646 Bad Tölz
                                                  Marktstraße 9
Landratsamt Bad Tölz-Wolfratshausen               83646 Bad Tölz
Herrn Landrat Anton Gruber                        Telefon 08041 7931-15
Prof.-Max-Lange-Platz 1                           spd@kreistag-toelz.de
83646 Bad Tölz
                                                  Bad Tölz, 12. Mai 2025

Anfrage gemäß § 29 Abs. 1 GeschO – Hausärztliche Versorgung im südlichen Landkreis

Sehr geehrter Herr Landrat,

in Lenggries, Jachenau und Kochel am See haben in den letzten zwei Jahren drei
Hausarztpraxen ohne Nachfolge geschlossen. Wir bitten Sie daher um Auskunft:

Frage 1: Wie viele Hausarztsitze sind im Planungsbereich Bad Tölz derzeit nicht
besetzt, und wie hat sich diese Zahl seit 2020 entwickelt?

Frage 2: Welche Unterstützung bietet der Landkreis Ärztinnen und Ärzten an, die
sich im südlichen Landkreis niederlassen wollen,
a) bei der Suche nach Praxisräumen,
b) bei der Kinderbetreuung?

Frage 3: Ist dem Landratsamt bekannt, ob die Kassenärztliche Vereinigung Bayerns
eine Bereitschaftspraxis in Lenggries plant?

Frage 4: Wäre der Landkreis bereit, sich an einem kommunalen medizinischen
Versorgungszentrum zu beteiligen, wie es der Markt Murnau im Nachbarlandkreis
betreibt?

Für eine schriftliche Antwort bis zur Sitzung des Kreistages am 23.06.2025 wären
wir dankbar.

Mit freundlichen Grüßen

Monika Köhler
Fraktionsvorsitzende

Kopie: Ärztlicher Kreisverband Bad Tölz-Wolfratshausen
""",
    # North Rhine-Westphalia: letterhead with one long contact line, a sender line above the
    # window, "Die Landrätin / Frau Dr. …", a DIN row with empty "Ihr Zeichen", an
    # "Ansprechpartner" column holding a name and the date under "Datum" (no place), a
    # two-line subject without label naming the Kreistag meeting, "Der Kreistag möge
    # beschließen:" with "1." points, two signatures side by side, a ue-spelled name.
    "nw6": """CDU-Fraktion im Kreistag Minden-Lübbecke
Portastraße 13 · 32423 Minden · Telefon 0571 807-23410 · cdu-fraktion@kt-mi.de

CDU-Fraktion im Kreistag Minden-Lübbecke · Portastraße 13 · 32423 Minden

Kreis Minden-Lübbecke
Die Landrätin
Frau Dr. Christiane Lüking
Portastraße 13
32423 Minden

Ihr Zeichen       Unser Zeichen       Ansprechpartner       Datum
                  JM/bb               Jürgen Mueller        23.09.2025

Antrag zur Sitzung des Kreistages am 13.10.2025
Erhalt der Geburtshilfe am Krankenhaus Lübbecke

Sehr geehrte Frau Landrätin,

die CDU-Fraktion beantragt, folgenden Punkt auf die Tagesordnung der nächsten
Sitzung des Kreistages zu setzen:

Der Kreistag möge beschließen:

1. Der Kreistag bekennt sich zum Erhalt der Geburtshilfe am Standort Lübbecke der
   Mühlenkreiskliniken.
2. Die Landrätin wird gebeten, sich gegenüber dem Ministerium für Arbeit,
   Gesundheit und Soziales NRW für eine Ausnahme in der Krankenhausplanung
   einzusetzen.
3. Die Verwaltung legt bis zum 31.12.2025 dar, welche Kosten dem Kreis als Träger
   durch einen Weiterbetrieb entstehen.

Begründung:

Im Jahr 2024 wurden in Lübbecke 612 Kinder geboren. Bei einer Schließung müssten
Schwangere aus Espelkamp, Rahden und Stemwede Fahrzeiten von mehr als 40 Minuten
in Kauf nehmen.

Mit freundlichen Grüßen


Jürgen Mueller                          Sabine Brinkmann-Thies
Fraktionsvorsitzender                   stellv. Fraktionsvorsitzende
""",
    # Saxony-Anhalt: "… im Kreistag des Burgenlandkreises", a place with a parenthesis
    # ("Naumburg (Saale)"), a "Tel.: … | E-Mail: …" line, "Betreff: Anfrage gemäß § 45 Abs. 5
    # KVG LSA – …", "1)" items with blank lines, a wrapped line starting "2. Klasse" inside
    # item 2, item 4 over a page break with a centred "- 2 -", "i. A.", an inline "Kopie an:".
    "st6": """SPD-Fraktion im Kreistag des Burgenlandkreises
Schönburger Straße 41 · 06618 Naumburg (Saale)
Tel.: 03445 73-1290 | E-Mail: spd-fraktion@kreistag-blk.de

Burgenlandkreis
Der Landrat
Herrn Thomas Krüger
Schönburger Straße 41
06618 Naumburg (Saale)

                                               Naumburg (Saale), 04.11.2025

Betreff: Anfrage gemäß § 45 Abs. 5 KVG LSA – Schülerbeförderung im ländlichen Raum

Sehr geehrter Herr Landrat,

seit Beginn des Schuljahres 2025/26 erreichen uns Beschwerden von Eltern aus
Osterfeld, Teuchern und dem Wethautal über ausgefallene und überfüllte Schulbusse.
Wir bitten um die Beantwortung folgender Fragen:

1) Wie viele Fahrten im Schülerverkehr sind seit dem 1. August 2025 ausgefallen,
   und welche Linien waren besonders betroffen?

2) Wie viele Schülerinnen und Schüler der Grundschulen haben einen Schulweg von
   mehr als 60 Minuten je Richtung, und ab welcher Klassenstufe (z. B. ab der
   2. Klasse) hält die Verwaltung dies für zumutbar?

3) Wie viele Busfahrerinnen und Busfahrer fehlen dem Verkehrsunternehmen PVG
   Burgenlandkreis derzeit?

4) Welche Maßnahmen hat die Verwaltung ergriffen, um die Ausfälle zu verringern,
   und welche Kosten sind dafür im
\f                                    - 2 -

   Haushalt 2026 vorgesehen?

5) Wird geprüft, auf einzelnen Linien Rufbusse oder Schülertaxis einzusetzen?

6) Wie werden Eltern über kurzfristige Ausfälle informiert?

Wir bitten um schriftliche Beantwortung bis zur nächsten Sitzung des Ausschusses
für Bildung, Kultur und Sport.

Mit freundlichen Grüßen

i. A. Stefan Fröhlich
Fraktionsgeschäftsführer

Kopie an: Kreiselternrat Burgenlandkreis, Stadtelternrat Zeitz
""",
    # Lower Saxony: the chair of a committee ("An den / Vorsitzenden des Ausschusses für
    # Schule und Kultur / Herrn …" above "Landkreis …"), a date place that is not the
    # address's ("Bad Pyrmont, den 7. Juli 2025"), "Betreff: Antrag – …", "Beschlussvorschlag:"
    # with one unnumbered paragraph, "rund 140.000 €", two "gez." signatories stacked (the
    # second a spokesman).
    "ni6": """Fraktion Bündnis 90/Die Grünen im Kreistag Hameln-Pyrmont
Osterstraße 46 · 31785 Hameln · Telefon 05151 903-4417

An den
Vorsitzenden des Ausschusses für Schule und Kultur
Herrn Dirk Wöhler
Landkreis Hameln-Pyrmont
Süntelstraße 9
31785 Hameln

                                               Bad Pyrmont, den 7. Juli 2025

Betreff: Antrag – Schulsozialarbeit an den Berufsbildenden Schulen

Sehr geehrter Herr Wöhler,

wir bitten, den folgenden Antrag in der nächsten Sitzung des Ausschusses zu
beraten.

Beschlussvorschlag:

Der Landkreis Hameln-Pyrmont richtet zum Schuljahr 2026/27 an den Berufsbildenden
Schulen Hameln und der Eugen-Reintjes-Schule je eine zusätzliche volle Stelle für
Schulsozialarbeit ein und stellt die dafür erforderlichen Mittel in Höhe von rund
140.000 € jährlich in den Haushalt ein.

Begründung:

Die Zahl der Schülerinnen und Schüler in den Berufseinstiegsklassen ist seit 2022
um fast ein Drittel gestiegen. Die Landesförderung deckt nur eine halbe Stelle je
Schule ab; die Lehrkräfte berichten von einem deutlich gestiegenen Beratungsbedarf.

Mit freundlichen Grüßen

gez. Katharina Wöltje
Fraktionsvorsitzende

gez. Ole Brandes
Sprecher für Schulpolitik
""",
    # Schleswig-Holstein: "Unser Zeichen: …" on the date row, a two-line "Betreff:" block
    # (rule + topic, no "hier:"), a salutation with the title ("Herr Dr. Schröder"), "1."
    # items with blank lines, an indented continuation line starting "2. Halbjahr 2024"
    # inside item 2, a context sentence before the question in item 3, "z. B." in item 4,
    # "nachrichtlich:" one line.
    "sh6": """CDU-Kreistagsfraktion Herzogtum Lauenburg
Barlachstraße 2 · 23909 Ratzeburg
Telefon 04541 888-312 · E-Mail fraktion@cdu-kreistag-rz.de

Kreis Herzogtum Lauenburg
Der Landrat
Herrn Dr. Henning Schröder
Barlachstraße 2
23909 Ratzeburg

Unser Zeichen: jh-17/25                                   Ratzeburg, 02.06.2025

Betreff: Anfrage nach § 15 der Geschäftsordnung des Kreistages
         Fachkräftemangel in den Kindertagesstätten

Sehr geehrter Herr Dr. Schröder,

nach Auskunft mehrerer Ämter mussten Kitas im Kreisgebiet in den vergangenen
Monaten ihre Öffnungszeiten kürzen. Wir bitten daher um Beantwortung der
folgenden Fragen:

1. Wie viele Stellen für pädagogische Fachkräfte sind in den Kitas im Kreis
   derzeit unbesetzt?

2. In wie vielen Einrichtungen mussten die Öffnungszeiten gekürzt oder Gruppen
   vorübergehend geschlossen werden, und wie hat sich die Lage seit dem
   2. Halbjahr 2024 entwickelt?

3. Das Land fördert seit 2024 die praxisintegrierte Ausbildung (PiA). Wie viele
   Ausbildungsplätze nach diesem Modell gibt es im Kreis, und wie viele davon
   sind besetzt?

4. Plant die Kreisverwaltung, die Träger bei der Anwerbung von Fachkräften aus dem
   Ausland zu unterstützen, z. B. durch eine Anerkennungsberatung in Geesthacht
   und Mölln?

Mit freundlichen Grüßen

Jan Hinrichsen
Fraktionsvorsitzender

nachrichtlich: Jugendhilfeausschuss
""",
    # Baden-Württemberg: a four-line letterhead flush right (no address beside it),
    # "Landratsamt Rems-Murr-Kreis / Herrn Landrat Dr. …", "Antrag: …" with en dashes, a
    # committee meeting only in the prose, "Der Kreistag möge beschließen:" with blank-line
    # separated "1." points, a Begründung running onto page 2 under "Antrag der … vom …
    # Seite 2", two signatories stacked (the second a spokesman, lower-case role), "Verteiler:"
    # one per line.
    "bw6": """                                   Fraktion Bündnis 90/Die Grünen
                                   im Kreistag des Rems-Murr-Kreises
                                   Alter Postplatz 10 · 71332 Waiblingen
                                   gruene@kreistag-rmk.de

Landratsamt Rems-Murr-Kreis
Herrn Landrat Dr. Markus Kübler
Alter Postplatz 10
71332 Waiblingen

                                                   Waiblingen, 18. März 2025

Antrag: Ausbau der Radschnellverbindung Schorndorf – Waiblingen – Fellbach

Sehr geehrter Herr Landrat Dr. Kübler,

die Fraktion Bündnis 90/Die Grünen stellt zur Sitzung des Ausschusses für Umwelt
und Verkehr am 07.04.2025 folgenden Antrag:

Der Kreistag möge beschließen:

1. Die Verwaltung wird beauftragt, die Planung für den Abschnitt zwischen
   Schorndorf und Remshalden-Grunbach in diesem Jahr abzuschließen und die
   Förderung beim Land zu beantragen.

2. Für die Planung werden im Haushalt 2025 zusätzlich 250.000 € bereitgestellt;
   die Deckung erfolgt aus den Mitteln für den Kreisstraßenbau.

3. Die Verwaltung berichtet dem Ausschuss halbjährlich über den Stand des
   Projekts, erstmals im Herbst 2025.

Begründung:

Die Radschnellverbindung ist im Radverkehrskonzept des Kreises von 2019 als
vordringlich eingestuft. Seitdem ist nur der Abschnitt in Fellbach fertiggestellt.
\fAntrag der Grünen-Fraktion vom 18.03.2025                                   Seite 2

Auf der Strecke zwischen Schorndorf und Waiblingen fahren an Werktagen bis zu
2.400 Radfahrerinnen und Radfahrer. Das Land fördert Radschnellwege in
kommunaler Baulast mit bis zu 87,5 %; diese Förderung sollte der Kreis nutzen,
solange das Programm läuft.

Mit freundlichen Grüßen

Andrea Hägele
Fraktionsvorsitzende

Tobias Würth
verkehrspolitischer Sprecher

Verteiler:
Stadt Schorndorf
Gemeinde Remshalden
ADFC Rems-Murr
""",
    # Saxony: "An das / Landratsamt … / Herrn Landrat …", the date line flush left with a
    # hyphenated place, a subject without label that says "Anfrage zum …", "1." items without
    # blank lines, sub-questions one per line under a short item line, "(in Mio. €)",
    # "Glück auf!" as the closing, two signatories stacked.
    "sn6": """Fraktion FREIE WÄHLER im Kreistag des Erzgebirgskreises
Paulus-Jenisius-Straße 24 · 09456 Annaberg-Buchholz · Tel. 03733 831-2290

An das
Landratsamt Erzgebirgskreis
Herrn Landrat Steffen Gläser
Paulus-Jenisius-Straße 24
09456 Annaberg-Buchholz

Annaberg-Buchholz, 15.01.2026

Anfrage zum Zustand der Brücken an Kreisstraßen

Sehr geehrter Herr Landrat,

nach der Sperrung der Brücke über die Zschopau bei Wolkenstein im Dezember
bitten wir um Auskunft zu folgenden Fragen:

1. Wie viele Brücken befinden sich in der Baulast des Erzgebirgskreises, und wie
   viele davon haben bei der letzten Hauptprüfung eine Zustandsnote von 3,0 oder
   schlechter erhalten?
2. Für welche Brücken sind
   a) Lastbeschränkungen angeordnet,
   b) Sperrungen in den nächsten fünf Jahren absehbar?
3. Wann soll die Brücke bei Wolkenstein wieder freigegeben werden?
4. Welche Fördermittel des Freistaates Sachsen stehen für den Ersatzneubau zur
   Verfügung?
5. Wie hoch ist der Sanierungsstau bei den Brücken insgesamt (in Mio. €)?

Wir bitten um schriftliche Antwort.

Glück auf!

Uwe Pönitz
Fraktionsvorsitzender

Dr. Gabriele Haustein
stellv. Fraktionsvorsitzende
""",
    # Hesse: "Wetteraukreis / Vorsitzender des Kreistages / Herrn …", "Friedberg (Hessen),
    # 9. Februar 2026" flush right, a "Betreff:" block with an indented "hier:" line, "1.)"
    # items with a hanging indent, item 4 over a page break under "Anfrage der … vom …
    # Seite 2 von 2", two signatures side by side (the second "Kreistagsabgeordneter"),
    # "Nachrichtlich:" with en-dash bullets.
    "he6": """SPD-Kreistagsfraktion im Wetteraukreis
Europaplatz · Gebäude B · 61169 Friedberg (Hessen)
Telefon 06031 83-1177 · Telefax 06031 83-1179

Wetteraukreis
Vorsitzender des Kreistages
Herrn Hans-Peter Becker
Europaplatz
61169 Friedberg (Hessen)

                                             Friedberg (Hessen), 9. Februar 2026

Betreff: Anfrage der SPD-Kreistagsfraktion
         hier: Wartezeiten bei der Zulassungsstelle in Büdingen

Sehr geehrter Herr Kreistagsvorsitzender,

gemäß § 14 der Geschäftsordnung des Kreistages bitten wir, die folgende Anfrage an
den Kreisausschuss weiterzuleiten:

1.) Wie lange mussten Bürgerinnen und Bürger im Jahr 2025 im Durchschnitt auf
    einen Termin bei der Zulassungsstelle in Büdingen warten, und wie lange in
    Friedberg?

2.) An wie vielen Tagen war die Außenstelle Büdingen im Jahr 2025 wegen
    Personalmangels geschlossen?

3.) Wie viele Vorgänge wurden 2025 online über i-Kfz abgewickelt, und wie hoch
    ist deren Anteil an allen Zulassungen?

4.) Welche Maßnahmen plant der Kreisausschuss, um die Wartezeiten zu verkürzen,
    insbesondere für Autohäuser und Zulassungsdienste aus dem östlichen
\fAnfrage der SPD-Kreistagsfraktion vom 09.02.2026                    Seite 2 von 2

    Kreisgebiet?

5.) Ist eine Rückkehr zu offenen Sprechzeiten ohne Termin an einzelnen Tagen
    vorgesehen?

Mit freundlichen Grüßen

Elke Schäfer-Nold                          Bernd Jäger
Fraktionsvorsitzende                       Kreistagsabgeordneter

Nachrichtlich:
– Kreisausschuss des Wetteraukreises
– Stadt Büdingen
""",
}

MGG = "Mit freundlichen Grüßen"

# name → field → what a careful reader writes down. sender/addressee: (name, role, organization);
# signatories: [(name, role)]; meetings: [(body, date)]; questions: [(number, label,
# number_inferred, text, [sub-question labels])].
EXPECTED: dict[str, dict[str, Any]] = {
    "by6": {
        "doc_type": DocType.ANFRAGE, "date": date(2025, 5, 12), "place": "Bad Tölz",
        "subject": "Anfrage gemäß § 29 Abs. 1 GeschO – Hausärztliche Versorgung im südlichen Landkreis",
        "reference": None,
        "sender": ("Monika Köhler", "Fraktionsvorsitzende", "SPD-Kreistagsfraktion Bad Tölz-Wolfratshausen"),
        "signatories": [("Monika Köhler", "Fraktionsvorsitzende")],
        "addressee": ("Anton Gruber", "Landrat", "Landratsamt Bad Tölz-Wolfratshausen"),
        "salutation": "Sehr geehrter Herr Landrat,", "closing": MGG,
        "cc": ["Ärztlicher Kreisverband Bad Tölz-Wolfratshausen"], "meetings": [],
        "questions": [
            (1, "Frage 1:", False, "Wie viele Hausarztsitze sind im Planungsbereich Bad Tölz derzeit nicht "
             "besetzt, und wie hat sich diese Zahl seit 2020 entwickelt?", []),
            (2, "Frage 2:", False, "Welche Unterstützung bietet der Landkreis Ärztinnen und Ärzten an, die sich "
             "im südlichen Landkreis niederlassen wollen, a) bei der Suche nach Praxisräumen, b) bei der "
             "Kinderbetreuung?", ["a)", "b)"]),
            (3, "Frage 3:", False, "Ist dem Landratsamt bekannt, ob die Kassenärztliche Vereinigung Bayerns eine "
             "Bereitschaftspraxis in Lenggries plant?", []),
            (4, "Frage 4:", False, "Wäre der Landkreis bereit, sich an einem kommunalen medizinischen "
             "Versorgungszentrum zu beteiligen, wie es der Markt Murnau im Nachbarlandkreis betreibt?", []),
        ],
        "motion_points": [],
    },
    "nw6": {
        "doc_type": DocType.ANTRAG, "date": date(2025, 9, 23), "place": None,
        "subject": "Antrag zur Sitzung des Kreistages am 13.10.2025 Erhalt der Geburtshilfe am Krankenhaus "
                   "Lübbecke",
        "reference": "JM/bb",
        "sender": ("Jürgen Mueller", "Fraktionsvorsitzender", "CDU-Fraktion im Kreistag Minden-Lübbecke"),
        "signatories": [("Jürgen Mueller", "Fraktionsvorsitzender"),
                        ("Sabine Brinkmann-Thies", "stellv. Fraktionsvorsitzende")],
        "addressee": ("Dr. Christiane Lüking", "Landrätin", "Kreis Minden-Lübbecke"),
        "salutation": "Sehr geehrte Frau Landrätin,", "closing": MGG, "cc": [],
        "meetings": [("Kreistag", date(2025, 10, 13))],
        "questions": [],
        "motion_points": [
            "Der Kreistag bekennt sich zum Erhalt der Geburtshilfe am Standort Lübbecke der Mühlenkreiskliniken.",
            "Die Landrätin wird gebeten, sich gegenüber dem Ministerium für Arbeit, Gesundheit und Soziales NRW "
            "für eine Ausnahme in der Krankenhausplanung einzusetzen.",
            "Die Verwaltung legt bis zum 31.12.2025 dar, welche Kosten dem Kreis als Träger durch einen "
            "Weiterbetrieb entstehen.",
        ],
    },
    "st6": {
        "doc_type": DocType.ANFRAGE, "date": date(2025, 11, 4), "place": "Naumburg (Saale)",
        "subject": "Anfrage gemäß § 45 Abs. 5 KVG LSA – Schülerbeförderung im ländlichen Raum",
        "reference": None,
        "sender": ("Stefan Fröhlich", "Fraktionsgeschäftsführer", "SPD-Fraktion im Kreistag des Burgenlandkreises"),
        "signatories": [("Stefan Fröhlich", "Fraktionsgeschäftsführer")],
        "addressee": ("Thomas Krüger", "Landrat", "Burgenlandkreis"),
        "salutation": "Sehr geehrter Herr Landrat,", "closing": MGG,
        "cc": ["Kreiselternrat Burgenlandkreis", "Stadtelternrat Zeitz"], "meetings": [],
        "questions": [
            (1, "1)", False, "Wie viele Fahrten im Schülerverkehr sind seit dem 1. August 2025 ausgefallen, und "
             "welche Linien waren besonders betroffen?", []),
            (2, "2)", False, "Wie viele Schülerinnen und Schüler der Grundschulen haben einen Schulweg von mehr "
             "als 60 Minuten je Richtung, und ab welcher Klassenstufe (z. B. ab der 2. Klasse) hält die "
             "Verwaltung dies für zumutbar?", []),
            (3, "3)", False, "Wie viele Busfahrerinnen und Busfahrer fehlen dem Verkehrsunternehmen PVG "
             "Burgenlandkreis derzeit?", []),
            (4, "4)", False, "Welche Maßnahmen hat die Verwaltung ergriffen, um die Ausfälle zu verringern, und "
             "welche Kosten sind dafür im Haushalt 2026 vorgesehen?", []),
            (5, "5)", False, "Wird geprüft, auf einzelnen Linien Rufbusse oder Schülertaxis einzusetzen?", []),
            (6, "6)", False, "Wie werden Eltern über kurzfristige Ausfälle informiert?", []),
        ],
        "motion_points": [],
    },
    "ni6": {
        "doc_type": DocType.ANTRAG, "date": date(2025, 7, 7), "place": "Bad Pyrmont",
        "subject": "Antrag – Schulsozialarbeit an den Berufsbildenden Schulen", "reference": None,
        "sender": ("Katharina Wöltje", "Fraktionsvorsitzende",
                   "Fraktion Bündnis 90/Die Grünen im Kreistag Hameln-Pyrmont"),
        "signatories": [("Katharina Wöltje", "Fraktionsvorsitzende"), ("Ole Brandes", "Sprecher für Schulpolitik")],
        "addressee": ("Dirk Wöhler", "Vorsitzenden des Ausschusses für Schule und Kultur", "Landkreis Hameln-Pyrmont"),
        "salutation": "Sehr geehrter Herr Wöhler,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [],
        "motion_points": [
            "Der Landkreis Hameln-Pyrmont richtet zum Schuljahr 2026/27 an den Berufsbildenden Schulen Hameln und "
            "der Eugen-Reintjes-Schule je eine zusätzliche volle Stelle für Schulsozialarbeit ein und stellt die "
            "dafür erforderlichen Mittel in Höhe von rund 140.000 € jährlich in den Haushalt ein."
        ],
    },
    "sh6": {
        "doc_type": DocType.ANFRAGE, "date": date(2025, 6, 2), "place": "Ratzeburg",
        "subject": "Anfrage nach § 15 der Geschäftsordnung des Kreistages Fachkräftemangel in den "
                   "Kindertagesstätten",
        "reference": "jh-17/25",
        "sender": ("Jan Hinrichsen", "Fraktionsvorsitzender", "CDU-Kreistagsfraktion Herzogtum Lauenburg"),
        "signatories": [("Jan Hinrichsen", "Fraktionsvorsitzender")],
        "addressee": ("Dr. Henning Schröder", "Landrat", "Kreis Herzogtum Lauenburg"),
        "salutation": "Sehr geehrter Herr Dr. Schröder,", "closing": MGG, "cc": ["Jugendhilfeausschuss"],
        "meetings": [],
        "questions": [
            (1, "1.", False, "Wie viele Stellen für pädagogische Fachkräfte sind in den Kitas im Kreis derzeit "
             "unbesetzt?", []),
            (2, "2.", False, "In wie vielen Einrichtungen mussten die Öffnungszeiten gekürzt oder Gruppen "
             "vorübergehend geschlossen werden, und wie hat sich die Lage seit dem 2. Halbjahr 2024 "
             "entwickelt?", []),
            (3, "3.", False, "Das Land fördert seit 2024 die praxisintegrierte Ausbildung (PiA). Wie viele "
             "Ausbildungsplätze nach diesem Modell gibt es im Kreis, und wie viele davon sind besetzt?", []),
            (4, "4.", False, "Plant die Kreisverwaltung, die Träger bei der Anwerbung von Fachkräften aus dem "
             "Ausland zu unterstützen, z. B. durch eine Anerkennungsberatung in Geesthacht und Mölln?", []),
        ],
        "motion_points": [],
    },
    "bw6": {
        "doc_type": DocType.ANTRAG, "date": date(2025, 3, 18), "place": "Waiblingen",
        "subject": "Antrag: Ausbau der Radschnellverbindung Schorndorf – Waiblingen – Fellbach",
        "reference": None,
        "sender": ("Andrea Hägele", "Fraktionsvorsitzende",
                   "Fraktion Bündnis 90/Die Grünen im Kreistag des Rems-Murr-Kreises"),
        "signatories": [("Andrea Hägele", "Fraktionsvorsitzende"), ("Tobias Würth", "verkehrspolitischer Sprecher")],
        "addressee": ("Dr. Markus Kübler", "Landrat", "Landratsamt Rems-Murr-Kreis"),
        "salutation": "Sehr geehrter Herr Landrat Dr. Kübler,", "closing": MGG,
        "cc": ["Stadt Schorndorf", "Gemeinde Remshalden", "ADFC Rems-Murr"], "meetings": [],
        "questions": [],
        "motion_points": [
            "Die Verwaltung wird beauftragt, die Planung für den Abschnitt zwischen Schorndorf und "
            "Remshalden-Grunbach in diesem Jahr abzuschließen und die Förderung beim Land zu beantragen.",
            "Für die Planung werden im Haushalt 2025 zusätzlich 250.000 € bereitgestellt; die Deckung erfolgt aus "
            "den Mitteln für den Kreisstraßenbau.",
            "Die Verwaltung berichtet dem Ausschuss halbjährlich über den Stand des Projekts, erstmals im Herbst "
            "2025.",
        ],
    },
    "sn6": {
        "doc_type": DocType.ANFRAGE, "date": date(2026, 1, 15), "place": "Annaberg-Buchholz",
        "subject": "Anfrage zum Zustand der Brücken an Kreisstraßen", "reference": None,
        "sender": ("Uwe Pönitz", "Fraktionsvorsitzender", "Fraktion FREIE WÄHLER im Kreistag des Erzgebirgskreises"),
        "signatories": [("Uwe Pönitz", "Fraktionsvorsitzender"),
                        ("Dr. Gabriele Haustein", "stellv. Fraktionsvorsitzende")],
        "addressee": ("Steffen Gläser", "Landrat", "Landratsamt Erzgebirgskreis"),
        "salutation": "Sehr geehrter Herr Landrat,", "closing": "Glück auf!", "cc": [], "meetings": [],
        "questions": [
            (1, "1.", False, "Wie viele Brücken befinden sich in der Baulast des Erzgebirgskreises, und wie viele "
             "davon haben bei der letzten Hauptprüfung eine Zustandsnote von 3,0 oder schlechter erhalten?", []),
            (2, "2.", False, "Für welche Brücken sind a) Lastbeschränkungen angeordnet, b) Sperrungen in den "
             "nächsten fünf Jahren absehbar?", ["a)", "b)"]),
            (3, "3.", False, "Wann soll die Brücke bei Wolkenstein wieder freigegeben werden?", []),
            (4, "4.", False, "Welche Fördermittel des Freistaates Sachsen stehen für den Ersatzneubau zur "
             "Verfügung?", []),
            (5, "5.", False, "Wie hoch ist der Sanierungsstau bei den Brücken insgesamt (in Mio. €)?", []),
        ],
        "motion_points": [],
    },
    "he6": {
        "doc_type": DocType.ANFRAGE, "date": date(2026, 2, 9), "place": "Friedberg (Hessen)",
        "subject": "Anfrage der SPD-Kreistagsfraktion hier: Wartezeiten bei der Zulassungsstelle in Büdingen",
        "reference": None,
        "sender": ("Elke Schäfer-Nold", "Fraktionsvorsitzende", "SPD-Kreistagsfraktion im Wetteraukreis"),
        "signatories": [("Elke Schäfer-Nold", "Fraktionsvorsitzende"), ("Bernd Jäger", "Kreistagsabgeordneter")],
        "addressee": ("Hans-Peter Becker", "Vorsitzender des Kreistages", "Wetteraukreis"),
        "salutation": "Sehr geehrter Herr Kreistagsvorsitzender,", "closing": MGG,
        "cc": ["Kreisausschuss des Wetteraukreises", "Stadt Büdingen"], "meetings": [],
        "questions": [
            (1, "1.)", False, "Wie lange mussten Bürgerinnen und Bürger im Jahr 2025 im Durchschnitt auf einen "
             "Termin bei der Zulassungsstelle in Büdingen warten, und wie lange in Friedberg?", []),
            (2, "2.)", False, "An wie vielen Tagen war die Außenstelle Büdingen im Jahr 2025 wegen "
             "Personalmangels geschlossen?", []),
            (3, "3.)", False, "Wie viele Vorgänge wurden 2025 online über i-Kfz abgewickelt, und wie hoch ist "
             "deren Anteil an allen Zulassungen?", []),
            (4, "4.)", False, "Welche Maßnahmen plant der Kreisausschuss, um die Wartezeiten zu verkürzen, "
             "insbesondere für Autohäuser und Zulassungsdienste aus dem östlichen Kreisgebiet?", []),
            (5, "5.)", False, "Ist eine Rückkehr zu offenen Sprechzeiten ohne Termin an einzelnen Tagen "
             "vorgesehen?", []),
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



def test_letterhead_lines_before_the_address_need_contact_data() -> None:
    # a block of two address lines with nothing of a letterhead above stays whole
    from pipeline.structure_parties import _letterhead_lead

    assert _letterhead_lead(["SPD-Kreistagsfraktion", "Bad Tölz", "Landratsamt Bad Tölz", "Herrn Landrat X"]) == 2
    assert _letterhead_lead(["An den", "Landrat", "Herrn Müller"]) == 0
    assert _letterhead_lead(["Bürgerbüro", "Landratsamt Bad Tölz"]) == 0


def test_a_faction_line_goes_on_with_its_seat_or_place_only() -> None:
    from pipeline.structure_parties import _continues_faction

    places = {"Bad Tölz-Wolfratshausen", "Kleve"}
    assert _continues_faction("SPD-Kreistagsfraktion", "Bad Tölz-Wolfratshausen", places)
    assert _continues_faction("Fraktion Bündnis 90/Die Grünen", "im Kreistag des Rems-Murr-Kreises", places)
    assert not _continues_faction("SPD-Kreistagsfraktion Kleve", "Bad Tölz-Wolfratshausen", places)
    assert not _continues_faction("SPD-Kreistagsfraktion", "Geschäftsstelle", places)


def test_cc_bullets_read_as_em_dashes_are_stripped() -> None:
    from pipeline.structure_parties import cc_list
    from pipeline.structure_text import prepare_lines
    from tests.test_structure_helpers import make_doc

    lines = prepare_lines(make_doc("Mit freundlichen Grüßen\n\nA. B.\n\nNachrichtlich:\n— Stadt Büdingen\n— Presse"))
    assert cc_list(lines, 0) == ["Stadt Büdingen", "Presse"]
