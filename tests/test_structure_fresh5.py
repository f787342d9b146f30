"""Eight more letters, written blind (without reading the rules), as a generalisation probe.

States and places not used before (Bavaria/Rosenheim, Baden-Württemberg/Biberach, NRW/Viersen,
Mecklenburg-Vorpommern/Ludwigslust-Parchim, Saxony-Anhalt/Mansfeld-Südharz, Hesse/Gießen, Lower
Saxony/Cuxhaven, Rhineland-Palatinate/Mayen-Koblenz); CSU, "Fraktion Freie Wähler/ÖDP", "Fraktion
AfD im Kreistag …", "Die Linke. Kreistagsfraktion …", an FDP-Kreistagsfraktion, an SPD/Grüne-
Zählgemeinschaft, SPD and GRÜNE factions; "Landratsamt … / Frau Landrätin Dr. …", the chair of a
committee ("Vorsitzende des Ausschusses für Umwelt und Technik"), "Präsident des Kreistages", "An
den Vorsitzenden des Kreistages" without a name, "Der Kreisausschuss des Landkreises …", "Herrn
Kreistagsvorsitzenden <name>", "Kreisverwaltung … / – Büro Landrat –"; letterheads with Postfach,
Fax and website lines, a right-hand "Bearbeiter: / Telefon: / Az.:" column beside the address, a
four-column DIN row with all values filled (an earlier date under "Ihre Nachricht vom"); "Rosenheim,
den 3. März 2025", "Biberach an der Riß, 14.10.25", "3. März 2025" alone, a date place that differs
from the address; "Anfrage Nr. 12/2025" + "hier:", a committee meeting in a two-line subject,
"Kleine Anfrage", a subject that does not say Anfrage; "1." / "1)" / "Frage 1 -" / roman / top-level
"a)" items, sub-questions one per line, items over a page break with "Seite 2" + "Anfrage der … vom
…" running heads; "rd. 1,2 Mio. €", "gem. § 2 Abs. 1 Nr. 3", line starts "3. Bauabschnitt", "1.
Januar 2026", "1. Juli 2025"; an Änderungsantrag with "1)" points and a numbered Begründung, a
Dringlichkeitsantrag with "Begründung der Dringlichkeit:", a Resolution; "Freundliche Grüße",
"Hochachtungsvoll", "gez.", "i. V.", stacked signatories (Fraktionsvorsitzender / Geschäftsführerin,
roles naming their factions), "Verteiler:" one per line, inline "nachrichtlich an:", "Anlage:", a
P.S. question (not a numbered question, so not listed).

First sight (before any rule was changed for them): 7 of 112 fields wrong, 5 of 8 letters fully
right (by1, nw1, mv1, st1, ni1). All fixed by general rules (tests of each at the end of this
module): a named committee's meeting in the genitive ("Sitzung des Ausschusses für … am …"), an
amendment's points after a motion sentence wrapped onto the line with its colon ("… beantragt,
den Beschlussvorschlag … wie folgt zu ändern:"), an addressed body after its article ("Der
Kreisausschuss des Landkreises …"), a resolution as an Antrag (subject "Resolution: …", body "…
die folgende Resolution … zu beschließen:"), an office without article ("– Büro Landrat –"), and
the end of the last question: a statement paragraph set off by a blank line after an item that
has asked its question is no part of it.
"""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from models import DocType
from pipeline.structure import extract_structure
from pipeline.structure_header import doc_type, meetings
from pipeline.structure_motions import extract_motions
from pipeline.structure_parties import addressee_from_block
from pipeline.structure_questions import extract_questions
from pipeline.structure_roles import role_of_office
from pipeline.structure_text import TextLine
from tests.test_structure_helpers import make_doc, observed, structure_of

LETTERS = {
    # Bavaria: a letterhead with Postfach, Telefax and website lines, "Landratsamt … / Frau
    # Landrätin Dr. …" on one line, "Rosenheim, den 3. März 2025" flush right, a "Betreff:"
    # block "Anfrage Nr. 12/2025" + indented "hier:" line, "1." items with blank lines, "rd.
    # 1,2 Mio. €", a wrapped line starting "3. Bauabschnitt", "gem. § 2 Abs. 1 Nr. 3" inside an
    # item, question 5 running over a page break with a right-hand "Seite 2" and a running head
    # "Anfrage der CSU-Fraktion vom 03.03.2025", two signatories stacked (the second a
    # Geschäftsführerin), "Verteiler:" one per line.
    "by1": """CSU-Fraktion im Kreistag Rosenheim
Postfach 10 02 61 · 83002 Rosenheim
Telefon 08031 392-1180 · Telefax 08031 392-1189
www.csu-kreistag-rosenheim.de · fraktion@csu-kreistag-rosenheim.de

Landratsamt Rosenheim
Frau Landrätin Dr. Theresa Obermaier-Kling
Wittelsbacherstraße 53
83022 Rosenheim

                                                     Rosenheim, den 3. März 2025

Betreff: Anfrage Nr. 12/2025
         hier: Hochwasserschutz am Inn und an der Mangfall

Sehr geehrte Frau Landrätin,

nach den Hochwasserereignissen im Juni 2024 bitten wir gem. § 27 Abs. 2 der
Geschäftsordnung für den Kreistag um die Beantwortung der folgenden Fragen:

1. Welche Schäden sind an kreiseigenen Gebäuden und Kreisstraßen entstanden, und
   wie hoch werden die Kosten insgesamt geschätzt?

2. Der Freistaat hat rd. 1,2 Mio. € für Sofortmaßnahmen zugesagt. Wie viel davon
   ist bereits beim Landkreis eingegangen?

3. Wann beginnt der Bau des Rückhaltebeckens bei Feldolling, und ist der
   3. Bauabschnitt des Mangfalldeichs weiterhin für 2026 vorgesehen?

4. Welche Gemeinden haben Förderanträge gem. § 2 Abs. 1 Nr. 3 RZWas gestellt,
   und wie viele davon sind bereits bewilligt?

5. Wie viele Einsatzkräfte der Feuerwehren und des Technischen Hilfswerks waren
   im Landkreis eingesetzt, und welche Ausrüstung hat sich dabei als unzureichend
\f                                                                         Seite 2
Anfrage der CSU-Fraktion vom 03.03.2025

   erwiesen?

6. Plant der Landkreis, die Warnung der Bevölkerung über Sirenen und Warn-Apps
   zu verbessern?

Für die Beantwortung bedanken wir uns.

Mit freundlichen Grüßen

Sebastian Huber-Stöckl
Fraktionsvorsitzender

Martina Aschenbrenner
Geschäftsführerin

Verteiler:
Fraktionen im Kreistag
Wasserwirtschaftsamt Rosenheim
""",
    # Baden-Württemberg: "Fraktion Freie Wähler/ÖDP", a letterhead with "Geschäftsstelle:",
    # Fax and e-mail, a letter to the chair of a committee ("An die / Vorsitzende des
    # Ausschusses für Umwelt und Technik / Frau Dr. …" above "Landratsamt …"), a three-word
    # place and a two-digit year ("Biberach an der Riß, 14.10.25"), a two-line subject
    # without label whose first line names the committee meeting, an Änderungsantrag with "1)"
    # points (a wrapped line starting "1. Januar 2026"), a Begründung with its own "1." list
    # (not motion points), "Freundliche Grüße", "i. V.".
    "bw1": """Fraktion Freie Wähler/ÖDP im Kreistag Biberach
Geschäftsstelle: Marktplatz 12 · 88400 Biberach an der Riß
Tel. 07351 52-4471 · Fax 07351 52-4479 · info@fw-oedp-kreistag-bc.de

An die
Vorsitzende des Ausschusses für Umwelt und Technik
Frau Dr. Ulrike Brenner-Maier
Landratsamt Biberach
Rollinstraße 9
88400 Biberach an der Riß

                                                   Biberach an der Riß, 14.10.25

Sitzung des Ausschusses für Umwelt und Technik am 23.10.2025
Änderungsantrag zu TOP 4 – Fortschreibung des Abfallwirtschaftskonzepts

Sehr geehrte Frau Dr. Brenner-Maier,

die Fraktion Freie Wähler/ÖDP beantragt, den Beschlussvorschlag der Verwaltung
(Vorlage Nr. 2025/114) wie folgt zu ändern:

1) Die Einführung der Biotonne im gesamten Kreisgebiet erfolgt nicht zum
   1. Januar 2026, sondern erst nach Abschluss der Ausschreibung der Sammlung.
2) Für Haushalte mit nachgewiesener Eigenkompostierung wird auf Antrag eine
   Befreiung von der Biotonne ermöglicht.
3) Die Verwaltung legt dem Ausschuss bis zum 31.03.2026 eine Kostenschätzung für
   den Betrieb der Vergärungsanlage in Warthausen vor.

Begründung:

Die Vorlage lässt aus unserer Sicht drei Punkte offen:

1. Die Gebühren für die Biotonne sind noch nicht kalkuliert.
2. Viele Haushalte im ländlichen Raum kompostieren seit Jahrzehnten selbst.
3. Die Kapazität der Vergärungsanlage reicht nach Angaben des Betreibers nur
   für rd. 60 % der erwarteten Mengen.

Freundliche Grüße

i. V. Dr. Claudia Rapp
stellv. Fraktionsvorsitzende
""",
    # North Rhine-Westphalia: "Fraktion AfD im Kreistag …", a right-hand column beside the
    # address block with "Bearbeiter:", "Telefon:", "Az.:" and the date line, a two-line
    # subject without label ("Dringlichkeitsantrag gemäß … i. V. m. …" / topic), "Der Kreistag
    # beschließt:" with "1." points (a wrapped line starting "1. Juli 2025"), a "Begründung der
    # Dringlichkeit:" and a "Begründung:", "Hochachtungsvoll", "gez.", an inline
    # "nachrichtlich an:".
    "nw1": """Fraktion AfD im Kreistag Viersen
Rathausmarkt 3 · 41747 Viersen

Kreis Viersen                                   Bearbeiter: Dirk Kämpfer
Der Landrat                                     Telefon: 02162 39-1876
Herrn Dr. Wolfgang Heuvens                      Az.: AfD-KT 2025/09
Rathausmarkt 3
41747 Viersen                                   Viersen, 11.06.2025

Dringlichkeitsantrag gemäß § 51 Abs. 2 KrO NRW i. V. m. § 48 Abs. 1 GO NRW
Schließung der Rettungswache Brüggen

Sehr geehrter Herr Landrat,

die Fraktion AfD beantragt, den folgenden Antrag als Dringlichkeitsantrag auf die
Tagesordnung der Sitzung des Kreistages am 26.06.2025 zu setzen.

Der Kreistag beschließt:

1. Der Landrat wird beauftragt, mit dem Träger des Rettungsdienstes über einen
   Weiterbetrieb der Rettungswache Brüggen über den geplanten Schließungstermin am
   1. Juli 2025 hinaus zu verhandeln.
2. Bis zu einer Entscheidung ist sicherzustellen, dass die Hilfsfrist in den
   Gemeinden Brüggen und Niederkrüchten eingehalten wird.
3. Die Verwaltung berichtet dem Ausschuss für Sicherheit und Ordnung in seiner
   nächsten Sitzung über das Ergebnis.

Begründung der Dringlichkeit:

Die Schließung ist angekündigt. Die nächste reguläre Sitzung des Kreistages findet
erst am 18.09.2025 statt; eine Entscheidung käme dann zu spät.

Begründung:

Bei einer Bürgerversammlung in Brüggen haben rd. 300 Einwohnerinnen und Einwohner
ihre Sorge um die Notfallversorgung im Westen des Kreises vorgetragen.

Hochachtungsvoll

gez. Gerd Lammertz
Fraktionsvorsitzender

nachrichtlich an: Gemeinde Brüggen, Gemeinde Niederkrüchten, Kreisbrandmeister
""",
    # Mecklenburg-Western Pomerania: "Die Linke. Kreistagsfraktion …", a Fax and a website
    # line, "Landkreis … / Präsident des Kreistages / Herrn …", a date "3. März 2025" alone
    # flush right (no place), a one-line "Kleine Anfrage Nr. 7/2025: …" subject, "Frage 1 -"
    # items with a hyphen and continuation lines flush left, "ca." inside an item, "gez.", a
    # "P.S." that asks one more (unnumbered) question.
    "mv1": """Die Linke. Kreistagsfraktion Ludwigslust-Parchim
Putlitzer Straße 25 · 19370 Parchim · Fax 03871 722-119
www.linke-kreistag-lup.de

Landkreis Ludwigslust-Parchim
Präsident des Kreistages
Herrn Ralf Schwenke-Dahl
Garnisonsstraße 1
19288 Ludwigslust

                                                                   3. März 2025

Kleine Anfrage Nr. 7/2025: Wolfsrisse und Herdenschutz

Sehr geehrter Herr Kreistagspräsident,

aus mehreren Ämtern erreichen uns Berichte über Wolfsrisse bei Schafen und
Kälbern. Wir bitten um die Beantwortung der folgenden Fragen:

Frage 1 - Wie viele Nutztierrisse durch Wölfe wurden im Landkreis in den Jahren
2023 und 2024 amtlich bestätigt?

Frage 2 - Wie viele Anträge auf Förderung von Herdenschutzmaßnahmen sind beim
Landkreis eingegangen, und wie viele davon wurden bewilligt?

Frage 3 - Wie lange dauert im Durchschnitt die Bearbeitung eines Antrags auf
Entschädigung? Nach unserer Kenntnis warten Betroffene teils ca. sechs Monate.

Frage 4 - Wie viele Wolfsrudel leben nach dem aktuellen Monitoring im
Kreisgebiet?

Mit freundlichen Grüßen

gez. Torsten Wendlandt-Ross
Fraktionsvorsitzender

P.S. Können Sie uns außerdem mitteilen, ob der Landkreis an dem Pilotprojekt des
Landes zur Entnahme auffälliger Wölfe teilnimmt?
""",
    # Saxony-Anhalt: "An den Vorsitzenden des Kreistages" on one line with no name, the
    # Kreis below, a "Betreff:" line, no preamble (the first item follows the salutation),
    # roman items with a hanging indent, lettered sub-questions one per line, a wrapped line
    # starting "1. Juli 2025" inside an item, "Schuljahr 2024/25".
    "st1": """FDP-Kreistagsfraktion Mansfeld-Südharz
Rudolf-Breitscheid-Straße 20/22 · 06526 Sangerhausen
fdp-fraktion@kt-msh.de

An den Vorsitzenden des Kreistages
Landkreis Mansfeld-Südharz
Rudolf-Breitscheid-Straße 20/22
06526 Sangerhausen

                                                      Sangerhausen, 17.02.2025

Betreff: Anfrage zur Berufsschulentwicklungsplanung

Sehr geehrter Herr Vorsitzender,

I.    Wie viele Schülerinnen und Schüler besuchen derzeit die Berufsbildenden
      Schulen des Landkreises an den Standorten Sangerhausen und Eisleben?

II.   Für wie viele Ausbildungsberufe wird seit dem Schuljahr 2024/25 kein
      Unterricht mehr im Landkreis angeboten,
      a) wegen zu geringer Schülerzahlen,
      b) wegen fehlender Lehrkräfte?

III.  Der Kreistag hat beschlossen, Fahrtkosten zu auswärtigen Berufsschulen ab dem
      1. Juli 2025 nur noch anteilig zu erstatten. Wie viele Auszubildende sind
      davon betroffen?

IV.   Welche Standorte sind nach dem Entwurf des Landes für die
      Schulentwicklungsplanung gefährdet?

Wir danken Ihnen für die Beantwortung.

Mit freundlichen Grüßen

Dr. Katrin Hollenbach
Fraktionsvorsitzende
""",
    # Hesse: a "Zählgemeinschaft" of two factions, "Der Kreisausschuss des Landkreises … /
    # Frau Landrätin Dr. …", a "Resolution: …" subject, "die folgende Resolution … zu
    # beschließen:" with one unnumbered paragraph (the resolution is the one motion point),
    # a meeting only in the body, "rd. 4.800", two signatories stacked whose roles name their
    # factions ("Fraktionsvorsitzender der SPD" / "Fraktionsvorsitzende der GRÜNEN").
    "he1": """SPD/Grüne-Zählgemeinschaft im Kreistag Gießen
Riversplatz 1–9 · 35394 Gießen

Der Kreisausschuss des Landkreises Gießen
Frau Landrätin Dr. Karin Weidmann-Ott
Riversplatz 1–9
35394 Gießen

Gießen, 28.02.2025

Resolution: Keine Ausdünnung des Fahrplans auf der Vogelsbergbahn

Sehr geehrte Frau Landrätin,

die Fraktionen von SPD und BÜNDNIS 90/DIE GRÜNEN bitten, die folgende Resolution
in der Sitzung des Kreistages am 24.03.2025 zu beraten und zu beschließen:

Der Kreistag des Landkreises Gießen fordert das Land Hessen und die Deutsche Bahn
auf, die Vogelsbergbahn zwischen Gießen und Fulda dauerhaft im Stundentakt zu
bedienen, die angekündigte Ausdünnung des Fahrplans ab Dezember 2025
zurückzunehmen und die Strecke in das Programm zur Modernisierung der
Schieneninfrastruktur aufzunehmen.

Begründung:

Täglich nutzen rd. 4.800 Fahrgäste die Strecke, darunter viele Schülerinnen und
Schüler aus Grünberg und Mücke. Eine Ausdünnung träfe den ländlichen Osten des
Landkreises besonders hart.

Mit freundlichen Grüßen

Frank Scherer-Lutz
Fraktionsvorsitzender der SPD

Jana Quandt
Fraktionsvorsitzende der GRÜNEN
""",
    # Lower Saxony: a letterhead with Postfach, Fax and "Internet:", "Herrn
    # Kreistagsvorsitzenden <name>" on one line, the date place differing from the address
    # ("Otterndorf, den 05.05.2025"), a long one-line subject without label ("Anfrage gem.
    # § 56 NKomVG: …"), top-level lettered items "a)" … "d)", item c) over a page break
    # with a running head "Anfrage der … vom … – Seite 2", "z. B." and "70 km/h" inside an
    # item, a role "Vorsitzender der SPD-Kreistagsfraktion".
    "ni1": """SPD-Kreistagsfraktion Cuxhaven
Postfach 11 48 · 21758 Otterndorf
Tel. 04751 9191-20 · Fax 04751 9191-29
Internet: www.spd-kreistag-cuxhaven.de

Landkreis Cuxhaven
Herrn Kreistagsvorsitzenden Jens-Uwe Ahlers
Vincent-Lübeck-Straße 2
27474 Cuxhaven

                                                   Otterndorf, den 05.05.2025

Anfrage gem. § 56 NKomVG: Zustand der Kreisstraße K 13 zwischen Wanna und Ihlienworth

Sehr geehrter Herr Ahlers,

seit Monaten erreichen uns Beschwerden über den Zustand der K 13. Wir bitten
daher um die Beantwortung der folgenden Fragen in der nächsten Sitzung des
Kreistages:

a) Wie viele Unfälle hat die Polizei auf der K 13 in den Jahren 2023 und 2024
   registriert, und in wie vielen Fällen war der Straßenzustand eine Ursache?

b) Wann wurde die Fahrbahn zuletzt grundhaft saniert?

c) Ist die K 13 im Kreisstraßenbauprogramm 2025–2029 enthalten, und wenn ja, für
   welches Jahr ist der Beginn der Arbeiten vorgesehen und mit welchen Kosten
\fAnfrage der SPD-Kreistagsfraktion vom 05.05.2025 – Seite 2

   rechnet die Verwaltung?

d) Welche Übergangsmaßnahmen, z. B. eine Geschwindigkeitsbegrenzung auf 70 km/h,
   hält die Verwaltung für sinnvoll?

Wir bedanken uns für die Beantwortung.

Mit freundlichen Grüßen

Hinrich Tiedemann
Vorsitzender der SPD-Kreistagsfraktion
""",
    # Rhineland-Palatinate: "Kreisverwaltung … / – Büro Landrat – / Herrn <name>", a DIN row
    # "Ihr Zeichen / Ihre Nachricht vom / Unser Zeichen / Datum" with all four values (an
    # earlier date under "Ihre Nachricht vom"), a "Betreff:" block over two lines
    # ("Ihr Schreiben vom … " / "hier: Nachfragen der Fraktion") that does not say Anfrage,
    # "1)" items, a number "1.340" inside an item, a closing request naming a committee,
    # "Anlage:" after the signature (not a cc).
    "rp1": """BÜNDNIS 90/DIE GRÜNEN Kreistagsfraktion Mayen-Koblenz
Bahnhofstraße 9 · 56068 Koblenz · gruene-fraktion@kv-myk.de

Kreisverwaltung Mayen-Koblenz
– Büro Landrat –
Herrn Marco Hennig
Bahnhofstraße 9
56068 Koblenz

Ihr Zeichen         Ihre Nachricht vom         Unser Zeichen         Datum
11/2-Bb             12.02.2025                 gr-ky/0325            03.03.2025

Betreff: Ihr Schreiben vom 12.02.2025 zum Breitbandausbau
         hier: Nachfragen der Fraktion

Sehr geehrter Herr Landrat,

vielen Dank für Ihre Antwort auf unsere Anfrage vom 20.01.2025. Einige Punkte
sind für uns noch offen:

1) In Ihrem Schreiben nennen Sie 1.340 Haushalte, die im Rahmen des
   Graue-Flecken-Programms angeschlossen werden sollen. In welchen Ortsgemeinden
   liegen diese Haushalte?
2) Warum verzögert sich der Ausbau in der Verbandsgemeinde Maifeld um mehr als
   ein Jahr?
3) Welche Vertragsstrafen sind mit dem ausbauenden Unternehmen vereinbart, und
   wurden sie bereits geltend gemacht?

Wir würden uns freuen, wenn die Antworten auch im Ausschuss für Kreisentwicklung
vorgestellt würden.

Mit freundlichen Grüßen

Dr. Miriam Kettermann-Loos
Fraktionssprecherin

Anlage: Schreiben der Kreisverwaltung vom 12.02.2025
""",
}

MGG = "Mit freundlichen Grüßen"

# name → field → what a careful reader writes down. sender/addressee: (name, role, organization);
# signatories: [(name, role)]; meetings: [(body, date)]; questions: [(number, label,
# number_inferred, text, [sub-question labels])].
EXPECTED: dict[str, dict[str, Any]] = {
    "by1": {
        "doc_type": DocType.ANFRAGE, "date": date(2025, 3, 3), "place": "Rosenheim",
        "subject": "Anfrage Nr. 12/2025 hier: Hochwasserschutz am Inn und an der Mangfall", "reference": None,
        "sender": ("Sebastian Huber-Stöckl", "Fraktionsvorsitzender", "CSU-Fraktion im Kreistag Rosenheim"),
        "signatories": [("Sebastian Huber-Stöckl", "Fraktionsvorsitzender"),
                        ("Martina Aschenbrenner", "Geschäftsführerin")],
        "addressee": ("Dr. Theresa Obermaier-Kling", "Landrätin", "Landratsamt Rosenheim"),
        "salutation": "Sehr geehrte Frau Landrätin,", "closing": MGG,
        "cc": ["Fraktionen im Kreistag", "Wasserwirtschaftsamt Rosenheim"], "meetings": [],
        "questions": [
            (1, "1.", False, "Welche Schäden sind an kreiseigenen Gebäuden und Kreisstraßen entstanden, und wie "
             "hoch werden die Kosten insgesamt geschätzt?", []),
            (2, "2.", False, "Der Freistaat hat rd. 1,2 Mio. € für Sofortmaßnahmen zugesagt. Wie viel davon ist "
             "bereits beim Landkreis eingegangen?", []),
            (3, "3.", False, "Wann beginnt der Bau des Rückhaltebeckens bei Feldolling, und ist der "
             "3. Bauabschnitt des Mangfalldeichs weiterhin für 2026 vorgesehen?", []),
            (4, "4.", False, "Welche Gemeinden haben Förderanträge gem. § 2 Abs. 1 Nr. 3 RZWas gestellt, und wie "
             "viele davon sind bereits bewilligt?", []),
            (5, "5.", False, "Wie viele Einsatzkräfte der Feuerwehren und des Technischen Hilfswerks waren im "
             "Landkreis eingesetzt, und welche Ausrüstung hat sich dabei als unzureichend erwiesen?", []),
            (6, "6.", False, "Plant der Landkreis, die Warnung der Bevölkerung über Sirenen und Warn-Apps zu "
             "verbessern?", []),
        ],
        "motion_points": [],
    },
    "bw1": {
        "doc_type": DocType.ANTRAG, "date": date(2025, 10, 14), "place": "Biberach an der Riß",
        "subject": "Sitzung des Ausschusses für Umwelt und Technik am 23.10.2025 Änderungsantrag zu TOP 4 – "
                   "Fortschreibung des Abfallwirtschaftskonzepts",
        "reference": None,
        "sender": ("Dr. Claudia Rapp", "stellv. Fraktionsvorsitzende",
                   "Fraktion Freie Wähler/ÖDP im Kreistag Biberach"),
        "signatories": [("Dr. Claudia Rapp", "stellv. Fraktionsvorsitzende")],
        "addressee": ("Dr. Ulrike Brenner-Maier", "Vorsitzende des Ausschusses für Umwelt und Technik",
                      "Landratsamt Biberach"),
        "salutation": "Sehr geehrte Frau Dr. Brenner-Maier,", "closing": "Freundliche Grüße", "cc": [],
        "meetings": [("Ausschuss für Umwelt und Technik", date(2025, 10, 23))],
        "questions": [],
        "motion_points": [
            "Die Einführung der Biotonne im gesamten Kreisgebiet erfolgt nicht zum 1. Januar 2026, sondern erst "
            "nach Abschluss der Ausschreibung der Sammlung.",
            "Für Haushalte mit nachgewiesener Eigenkompostierung wird auf Antrag eine Befreiung von der Biotonne "
            "ermöglicht.",
            "Die Verwaltung legt dem Ausschuss bis zum 31.03.2026 eine Kostenschätzung für den Betrieb der "
            "Vergärungsanlage in Warthausen vor.",
        ],
    },
    "nw1": {
        "doc_type": DocType.ANTRAG, "date": date(2025, 6, 11), "place": "Viersen",
        "subject": "Dringlichkeitsantrag gemäß § 51 Abs. 2 KrO NRW i. V. m. § 48 Abs. 1 GO NRW Schließung der "
                   "Rettungswache Brüggen",
        "reference": "AfD-KT 2025/09",
        "sender": ("Gerd Lammertz", "Fraktionsvorsitzender", "Fraktion AfD im Kreistag Viersen"),
        "signatories": [("Gerd Lammertz", "Fraktionsvorsitzender")],
        "addressee": ("Dr. Wolfgang Heuvens", "Landrat", "Kreis Viersen"),
        "salutation": "Sehr geehrter Herr Landrat,", "closing": "Hochachtungsvoll",
        "cc": ["Gemeinde Brüggen", "Gemeinde Niederkrüchten", "Kreisbrandmeister"], "meetings": [],
        "questions": [],
        "motion_points": [
            "Der Landrat wird beauftragt, mit dem Träger des Rettungsdienstes über einen Weiterbetrieb der "
            "Rettungswache Brüggen über den geplanten Schließungstermin am 1. Juli 2025 hinaus zu verhandeln.",
            "Bis zu einer Entscheidung ist sicherzustellen, dass die Hilfsfrist in den Gemeinden Brüggen und "
            "Niederkrüchten eingehalten wird.",
            "Die Verwaltung berichtet dem Ausschuss für Sicherheit und Ordnung in seiner nächsten Sitzung über das "
            "Ergebnis.",
        ],
    },
    "mv1": {
        "doc_type": DocType.ANFRAGE, "date": date(2025, 3, 3), "place": None,
        "subject": "Kleine Anfrage Nr. 7/2025: Wolfsrisse und Herdenschutz", "reference": None,
        "sender": ("Torsten Wendlandt-Ross", "Fraktionsvorsitzender",
                   "Die Linke. Kreistagsfraktion Ludwigslust-Parchim"),
        "signatories": [("Torsten Wendlandt-Ross", "Fraktionsvorsitzender")],
        "addressee": ("Ralf Schwenke-Dahl", "Präsident des Kreistages", "Landkreis Ludwigslust-Parchim"),
        "salutation": "Sehr geehrter Herr Kreistagspräsident,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [
            (1, "Frage 1 -", False, "Wie viele Nutztierrisse durch Wölfe wurden im Landkreis in den Jahren 2023 "
             "und 2024 amtlich bestätigt?", []),
            (2, "Frage 2 -", False, "Wie viele Anträge auf Förderung von Herdenschutzmaßnahmen sind beim Landkreis "
             "eingegangen, und wie viele davon wurden bewilligt?", []),
            (3, "Frage 3 -", False, "Wie lange dauert im Durchschnitt die Bearbeitung eines Antrags auf "
             "Entschädigung? Nach unserer Kenntnis warten Betroffene teils ca. sechs Monate.", []),
            (4, "Frage 4 -", False, "Wie viele Wolfsrudel leben nach dem aktuellen Monitoring im Kreisgebiet?", []),
        ],
        "motion_points": [],
    },
    "st1": {
        "doc_type": DocType.ANFRAGE, "date": date(2025, 2, 17), "place": "Sangerhausen",
        "subject": "Anfrage zur Berufsschulentwicklungsplanung", "reference": None,
        "sender": ("Dr. Katrin Hollenbach", "Fraktionsvorsitzende", "FDP-Kreistagsfraktion Mansfeld-Südharz"),
        "signatories": [("Dr. Katrin Hollenbach", "Fraktionsvorsitzende")],
        "addressee": (None, "Vorsitzenden des Kreistages", "Landkreis Mansfeld-Südharz"),
        "salutation": "Sehr geehrter Herr Vorsitzender,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [
            (1, "I.", False, "Wie viele Schülerinnen und Schüler besuchen derzeit die Berufsbildenden Schulen des "
             "Landkreises an den Standorten Sangerhausen und Eisleben?", []),
            (2, "II.", False, "Für wie viele Ausbildungsberufe wird seit dem Schuljahr 2024/25 kein Unterricht "
             "mehr im Landkreis angeboten, a) wegen zu geringer Schülerzahlen, b) wegen fehlender Lehrkräfte?",
             ["a)", "b)"]),
            (3, "III.", False, "Der Kreistag hat beschlossen, Fahrtkosten zu auswärtigen Berufsschulen ab dem "
             "1. Juli 2025 nur noch anteilig zu erstatten. Wie viele Auszubildende sind davon betroffen?", []),
            (4, "IV.", False, "Welche Standorte sind nach dem Entwurf des Landes für die Schulentwicklungsplanung "
             "gefährdet?", []),
        ],
        "motion_points": [],
    },
    "he1": {
        "doc_type": DocType.ANTRAG, "date": date(2025, 2, 28), "place": "Gießen",
        "subject": "Resolution: Keine Ausdünnung des Fahrplans auf der Vogelsbergbahn", "reference": None,
        "sender": ("Frank Scherer-Lutz", "Fraktionsvorsitzender", "SPD/Grüne-Zählgemeinschaft im Kreistag Gießen"),
        "signatories": [("Frank Scherer-Lutz", "Fraktionsvorsitzender der SPD"),
                        ("Jana Quandt", "Fraktionsvorsitzende der GRÜNEN")],
        "addressee": ("Dr. Karin Weidmann-Ott", "Landrätin", "Kreisausschuss des Landkreises Gießen"),
        "salutation": "Sehr geehrte Frau Landrätin,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [],
        "motion_points": [
            "Der Kreistag des Landkreises Gießen fordert das Land Hessen und die Deutsche Bahn auf, die "
            "Vogelsbergbahn zwischen Gießen und Fulda dauerhaft im Stundentakt zu bedienen, die angekündigte "
            "Ausdünnung des Fahrplans ab Dezember 2025 zurückzunehmen und die Strecke in das Programm zur "
            "Modernisierung der Schieneninfrastruktur aufzunehmen."
        ],
    },
    "ni1": {
        "doc_type": DocType.ANFRAGE, "date": date(2025, 5, 5), "place": "Otterndorf",
        "subject": "Anfrage gem. § 56 NKomVG: Zustand der Kreisstraße K 13 zwischen Wanna und Ihlienworth",
        "reference": None,
        "sender": ("Hinrich Tiedemann", "Vorsitzender", "SPD-Kreistagsfraktion Cuxhaven"),
        "signatories": [("Hinrich Tiedemann", "Vorsitzender der SPD-Kreistagsfraktion")],
        "addressee": ("Jens-Uwe Ahlers", "Kreistagsvorsitzenden", "Landkreis Cuxhaven"),
        "salutation": "Sehr geehrter Herr Ahlers,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [
            (1, "a)", False, "Wie viele Unfälle hat die Polizei auf der K 13 in den Jahren 2023 und 2024 "
             "registriert, und in wie vielen Fällen war der Straßenzustand eine Ursache?", []),
            (2, "b)", False, "Wann wurde die Fahrbahn zuletzt grundhaft saniert?", []),
            (3, "c)", False, "Ist die K 13 im Kreisstraßenbauprogramm 2025–2029 enthalten, und wenn ja, für "
             "welches Jahr ist der Beginn der Arbeiten vorgesehen und mit welchen Kosten rechnet die "
             "Verwaltung?", []),
            (4, "d)", False, "Welche Übergangsmaßnahmen, z. B. eine Geschwindigkeitsbegrenzung auf 70 km/h, hält "
             "die Verwaltung für sinnvoll?", []),
        ],
        "motion_points": [],
    },
    "rp1": {
        "doc_type": DocType.ANFRAGE, "date": date(2025, 3, 3), "place": None,
        "subject": "Ihr Schreiben vom 12.02.2025 zum Breitbandausbau hier: Nachfragen der Fraktion",
        "reference": "gr-ky/0325",
        "sender": ("Dr. Miriam Kettermann-Loos", "Fraktionssprecherin",
                   "BÜNDNIS 90/DIE GRÜNEN Kreistagsfraktion Mayen-Koblenz"),
        "signatories": [("Dr. Miriam Kettermann-Loos", "Fraktionssprecherin")],
        "addressee": ("Marco Hennig", "Landrat", "Kreisverwaltung Mayen-Koblenz"),
        "salutation": "Sehr geehrter Herr Landrat,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [
            (1, "1)", False, "In Ihrem Schreiben nennen Sie 1.340 Haushalte, die im Rahmen des "
             "Graue-Flecken-Programms angeschlossen werden sollen. In welchen Ortsgemeinden liegen diese "
             "Haushalte?", []),
            (2, "2)", False, "Warum verzögert sich der Ausbau in der Verbandsgemeinde Maifeld um mehr als ein "
             "Jahr?", []),
            (3, "3)", False, "Welche Vertragsstrafen sind mit dem ausbauenden Unternehmen vereinbart, und wurden "
             "sie bereits geltend gemacht?", []),
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



# The rules the probe's faults led to (each with what it must not match).


def test_meeting_of_a_named_committee_in_the_genitive() -> None:
    found = meetings("Sitzung des Ausschusses für Umwelt und Technik am 23.10.2025")
    assert [(m.body, m.date) for m in found] == [("Ausschuss für Umwelt und Technik", date(2025, 10, 23))]
    found = meetings("Sitzung des Fachausschusses für Schule, Kultur und Sport vom 5. März 2024")
    assert [m.body for m in found] == ["Fachausschuss für Schule, Kultur und Sport"]


def test_named_committee_without_its_date_is_no_meeting() -> None:
    assert meetings("Vorsitzende des Ausschusses für Umwelt und Technik\nLandratsamt Biberach\n\n14.10.25") == []
    assert meetings("Vorlage des Ausschusses für Umwelt, Stand 23.10.2025") == []
    assert meetings("die Ausschussesvorlage für Bau am 23.10.2025") == []


def _lines(text: str) -> list[TextLine]:
    return [TextLine(1, line.strip()) for line in text.split("\n")]


def test_amendment_points_after_a_wrapped_motion_sentence() -> None:
    text = (
        "die Fraktion beantragt, den Beschlussvorschlag der Verwaltung\n(Vorlage Nr. 2025/114) wie folgt zu ändern:\n\n"
        "1) Die Frist wird verlängert.\n2) Die Kosten trägt der Kreis.\n\nBegründung:\n\n1. Die Frist ist zu kurz.\n"
        "2. Die Gemeinden sind überfordert.\n"
    )
    assert extract_motions(_lines(text)) == ["Die Frist wird verlängert.", "Die Kosten trägt der Kreis."]
    amended = "wir bitten darum, den Beschlussvorschlag zu TOP 3\nwie folgt zu ergänzen:\n\n1. Die Frist wird verlängert.\n"
    assert extract_motions(_lines(amended)) == ["Die Frist wird verlängert."]


def test_no_motion_sentence_before_the_colon() -> None:
    # the verb is in an earlier sentence, or is a participle: the list is no motion
    text = "Die Mittel wurden im Mai beantragt. Offen sind\nnoch drei Punkte:\n\n1. Die Frist.\n2. Die Kosten.\n"
    assert extract_motions(_lines(text)) == []
    text = "Die beantragten Mittel reichen\nfür folgende Zwecke:\n\n1. Die Frist.\n2. Die Kosten.\n"
    assert extract_motions(_lines(text)) == []
    text = "Die Vorlage wird wie folgt begründet:\n\n1. Die Frist.\n2. Die Kosten.\n"
    assert extract_motions(_lines(text)) == []


def test_addressed_body_after_its_article() -> None:
    block = ["Der Kreisausschuss des Landkreises Gießen", "Frau Landrätin Dr. Karin Weidmann-Ott", "Riversplatz 1–9"]
    assert addressee_from_block(block).organization == "Kreisausschuss des Landkreises Gießen"
    assert addressee_from_block(["Das Landratsamt Rosenheim", "Wittelsbacherstraße 53"]).organization == (
        "Landratsamt Rosenheim"
    )
    # an article-led body with only its street and town below is an address block, too
    letter = (
        "SPD-Fraktion im Kreistag Gießen\nRiversplatz 1 · 35394 Gießen\n\nDer Kreisausschuss des Landkreises Gießen\n"
        "Riversplatz 1–9\n35394 Gießen\n\nGießen, 28.02.2025\n\nRadwege im Osten\n\nSehr geehrte Damen und Herren,\n\n"
        "wir bitten um Beantwortung der folgenden Fragen:\n\n1. Wie viele Radwege gibt es?\n2. Wann kommt der Ausbau?\n\n"
        f"{MGG}\n\nEva Berg\nFraktionsvorsitzende\n"
    )
    assert extract_structure(make_doc(letter)).addressee.organization == "Kreisausschuss des Landkreises Gießen"


def test_article_led_prose_is_no_addressed_body() -> None:
    assert addressee_from_block(["Die Stadtwerke Wesel GmbH", "Herrn Ulf Berg"]).organization is None
    assert addressee_from_block(["Die Kreisstraße K 13", "Herrn Ulf Berg"]).organization is None
    # a subject that opens with "Der Kreis …" (no street or town with it) is not taken for the address
    letter = (
        "SPD-Fraktion im Kreistag Gießen\nRiversplatz 1 · 35394 Gießen\n\nGießen, 28.02.2025\n\n"
        "Der Kreis Gießen und der Radverkehr\n\nSehr geehrte Damen und Herren,\n\nwir bitten um Auskunft.\n\n"
        f"{MGG}\n\nEva Berg\nFraktionsvorsitzende\n"
    )
    result = extract_structure(make_doc(letter))
    assert result.addressee.organization is None
    assert result.subject == "Der Kreis Gießen und der Radverkehr"


RESOLUTION_BODY = (
    "die Fraktionen bitten, die folgende Resolution\nin der Sitzung des Kreistages am 24.03.2025 zu beraten und "
    "zu beschließen:\n\nDer Kreistag fordert das Land auf, die Strecke\nzu erhalten.\n\nBegründung:\n\nViele fahren dort.\n"
)


def test_resolution_is_a_motion() -> None:
    assert doc_type("Resolution: Keine Ausdünnung des Fahrplans", "Wir bitten um Zustimmung.", False) is DocType.ANTRAG
    assert doc_type("Resolutionsantrag zur Geburtsstation", "", False) is DocType.ANTRAG
    assert doc_type("Vogelsbergbahn", RESOLUTION_BODY, False) is DocType.ANTRAG  # the body's formula
    letter = f"Fahrplan der Vogelsbergbahn\n\nSehr geehrte Frau Landrätin,\n\n{RESOLUTION_BODY}\n{MGG}\n\nEva Berg\nSprecherin\n"
    result = extract_structure(make_doc(letter))
    assert result.doc_type is DocType.ANTRAG
    assert result.motion_points == ["Der Kreistag fordert das Land auf, die Strecke zu erhalten."]


def test_resolution_only_mentioned_is_no_motion() -> None:
    asked = "wir bitten um Beantwortung der folgenden Fragen:"
    assert doc_type("Umsetzung der Resolution des Kreistages vom 03.04.2024", asked, True) is DocType.ANFRAGE
    told = "Der Kreistag hat im März beschlossen, die Resolution zu unterstützen. Wir bitten um einen Bericht."
    assert doc_type("Umsetzung der Resolution des Kreistages", told, False) is DocType.BRIEF
    assert doc_type("Fahrplan", "Wir bitten, darüber in der nächsten Sitzung zu beschließen.", False) is DocType.BRIEF


def test_office_of_a_role_without_article() -> None:
    assert role_of_office("– Büro Landrat –") == "Landrat"
    assert role_of_office("Büro Landrätin") == "Landrätin"
    assert role_of_office("– Büro des Landrats –") == "Landrat"
    block = ["Kreisverwaltung Mayen-Koblenz", "– Büro Landrat –", "Herrn Marco Hennig", "Bahnhofstraße 9"]
    assert (addressee_from_block(block).name, addressee_from_block(block).role) == ("Marco Hennig", "Landrat")


def test_office_of_no_role_gives_no_role() -> None:
    assert role_of_office("Büro Müller") is None
    assert role_of_office("– Büro für Kreisentwicklung –") is None
    assert role_of_office("Büro Kreistag") is None


def _question_texts(body: str) -> list[str]:
    lines = _lines(body)
    return [q.text for q in extract_questions(lines, 0, len(lines))[0]]


CLOSING_STATEMENT = "Wir würden uns freuen, wenn die Antworten auch im Ausschuss\nvorgestellt würden."


def test_statement_after_the_last_question_ends_it() -> None:
    compact = "1) Wie viele?\n2) Warum so\nspät?\n3) Welche Strafen sind vereinbart, und\nwurden sie geltend gemacht?\n\n"
    assert _question_texts(compact + CLOSING_STATEMENT)[-1] == "Welche Strafen sind vereinbart, und wurden sie geltend gemacht?"
    spaced = "1. Wie viele?\n\n2. Warum so spät?\n\nEine Kopie dieser Anfrage geht an den Ausschuss für Kreisentwicklung.\n"
    assert _question_texts(spaced) == ["Wie viele?", "Warum so spät?"]
    # the conditional "Wir würden uns freuen, …" closes a list like "Wir freuen uns …", also without a gap
    assert _question_texts("1. Wie viele?\n2. Warum so spät?\n" + CLOSING_STATEMENT)[-1] == "Warum so spät?"


def test_last_question_goes_on_over_a_blank_line() -> None:
    # its text runs on (lower case, or no '?' yet), the next paragraph asks, or it has no full stop
    assert _question_texts("1. Wie viele?\n2. Welche Kosten\n\nentstehen dem Kreis?\n")[-1] == (
        "Welche Kosten entstehen dem Kreis?"
    )
    assert _question_texts("1. Wie viele?\n2. Welche Kosten entstehen,\n\nWenn der Kreis zahlt?\n")[-1] == (
        "Welche Kosten entstehen, Wenn der Kreis zahlt?"
    )
    assert _question_texts("1. Wie viele?\n2. Welche Kosten entstehen?\n\nUnd wer trägt sie?\n")[-1] == (
        "Welche Kosten entstehen? Und wer trägt sie?"
    )
    assert _question_texts("1. Wie viele?\n2. Welche Kosten entstehen?\n\nBitte nach Jahren aufschlüsseln\n")[-1] == (
        "Welche Kosten entstehen? Bitte nach Jahren aufschlüsseln"
    )
    # before the last item a statement paragraph stays with the question above it, as before
    assert _question_texts("1. Wie viele?\n\nDas wurde 2023 beschlossen.\n\n2. Warum?\n")[0] == (
        "Wie viele? Das wurde 2023 beschlossen."
    )


def test_an_address_line_with_scrawl_beside_it_gives_no_name():
    """Handwriting or a stamp read beside "Herrn Minist…" cuts the line: nothing in it is a name.
    A date beside a name is no scrawl."""
    assert addressee_from_block(["Herrn Minist   a % ‘8-Z/L.."]).name is None
    assert addressee_from_block(["Herrn Peter Müller      12.03.2024"]).name == "Peter Müller"
