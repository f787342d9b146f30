"""Fictional parliamentary prints with the role of every line, for the line-role CRF (roles: data/labels/README.md).

Kinds the hand-labelled documents lack: Landtag and Bundestag Drucksachen (Kleine Anfrage, the government's
answer printing each question before its answer, Unterrichtung), council information-system forms of
other cities (Beschlussvorlage, a faction's Antrag or Anfrage, the administration's answer) and letters
(a faction's Anfrage or Antrag to a Landrat or Bürgermeister, the administration's reply), and letters that number
their argument in prose paragraphs (a lawyer's letter, a Vermerk, an administration's letter). Everything is
invented from the word banks below with a seeded `random.Random`; the same seed gives the same documents.
Layouts vary as text layers do: column gaps lost to one space, no blank lines, a form read column by column
(its labels, then their values), a footer read before the page, signers named on one line.

    generate(count, seed) -> [(document id, kind, pages)], a page a list of (text, role | None)
"""
from __future__ import annotations

import random
import re
from datetime import date, timedelta

from models import COLUMN_GAP as GAP
from models import LineRole as R

Item = tuple[str, R | None]
BLANK: Item = ("", None)
BREAK: Item = ("\f", None)  # a forced page break: furniture then stands between a question and its answer


class Side(tuple):
    """An item printed in a column beside the letter's own (a law firm's partners and offices): it compares and
    reads as the (text, role) pair it is; only its place on the page (`placed`) differs."""
CONT = {R.QUESTION: R.QUESTION_CONT, R.SUBQUESTION: R.QUESTION_CONT, R.MOTION: R.MOTION_CONT}
KINDS = ("landtag_anfrage", "landtag_antwort", "bundestag_anfrage", "bundestag_antwort", "unterrichtung",
         "rat_vorlage", "rat_antrag", "rat_anfrage", "rat_antwort", "brief_anfrage", "brief_antrag", "brief_antwort",
         "schreiben")
ROMAN = "I II III IV V VI VII VIII IX X".split()
MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()

# Parliaments and their seats; the government where it is not "die Landesregierung" (nominative, dative, genitive).
LANDTAGE = (("Landtag von Baden-Württemberg", "Stuttgart"), ("Bayerischer Landtag", "München"), ("Landtag Brandenburg", "Potsdam"),
            ("Niedersächsischer Landtag", "Hannover"), ("Landtag Nordrhein-Westfalen", "Düsseldorf"), ("Landtag Rheinland-Pfalz", "Mainz"),
            ("Sächsischer Landtag", "Dresden"), ("Thüringer Landtag", "Erfurt"), ("Hessischer Landtag", "Wiesbaden"),
            ("Schleswig-Holsteinischer Landtag", "Kiel"), ("Landtag Mecklenburg-Vorpommern", "Schwerin"), ("Landtag des Saarlandes", "Saarbrücken"),
            ("Bürgerschaft der Freien und Hansestadt Hamburg", "Hamburg"))
GOVERNMENTS = {"München": ("die Staatsregierung", "der Staatsregierung", "der Staatsregierung"),
               "Dresden": ("die Staatsregierung", "der Staatsregierung", "der Staatsregierung"),
               "Hamburg": ("der Senat", "dem Senat", "des Senats"), "Berlin": ("die Bundesregierung", "der Bundesregierung", "der Bundesregierung")}
PARTIES = ("CDU", "SPD", "GRÜNE", "FDP", "AfD", "DIE LINKE", "FREIE WÄHLER", "BSW", "CSU", "Volt")
FACTIONS = ("der Fraktion der CDU/CSU", "der Fraktion der SPD", "der Fraktion BÜNDNIS 90/DIE GRÜNEN", "der Fraktion der FDP",
            "der Fraktion der AfD", "der Gruppe Die Linke")
FIRST_F = "Anna Carla Elif Gesine Ines Katrin Marlene Oksana Renate Tanja Vera Yasemin Friederike Sabine".split()
FIRST_M = "Bernd Dieter Frank Hakan Jörg Lukas Nils Peter Sven Uwe Wolfgang Zoran Matthias Till".split()
LAST = ("Ambach Bräutigam Czerny Dellwig Eisenhut Fahrenkamp Gräfling Hollerbach Imhof Jankowitz Kessler-Rau Lindqvist Mahlberg "
        "Nöthen Oberle Pfannkuch Quandtner Roskamp Schwertfeger Tiedemann Uhlendorf Vosskuhl Wendling Zielonka Brandhorst Öztürkmen").split()
MINISTRIES = ("für Umwelt, Klima und Energiewirtschaft", "des Innern", "für Kultus, Jugend und Sport", "für Verkehr", "der Finanzen",
              "für Soziales, Gesundheit und Integration", "für Ländlichen Raum und Verbraucherschutz", "für Wissenschaft und Kunst")
BUND_MINISTRIES = ("für Digitales und Verkehr", "des Innern und für Heimat", "für Gesundheit", "für Bildung und Forschung", "der Finanzen",
                   "für Ernährung und Landwirtschaft")
CITIES = ("Lindenbrück", "Hohenwerth", "Altenmarkt an der Sülz", "Bergheide", "Neustadt-Kirchrode", "Wettersheim", "Rabenfels", "Mühlhain",
          "Eschenbach", "Kaltenau")
BODIES = ("Rat der Stadt", "Ausschuss für Umwelt, Klima und Mobilität", "Ausschuss für Schule und Sport", "Haupt- und Finanzausschuss",
          "Bau- und Planungsausschuss", "Ausschuss für Soziales und Gesundheit", "Ortsbeirat Mitte", "Stadtentwicklungsausschuss",
          "Jugendhilfeausschuss", "Kulturausschuss", "Hauptausschuss", "Ortschaftsrat Kirchrode", "Kreisausschuss", "Bezirksbeirat West",
          "Planungsausschuss")
ASSEMBLIES = ("Rat der Stadt", "Gemeinderat", "Stadtrat", "Kreistag")  # the body that decides, last in a Beratungsfolge
DUTIES = ("Vorberatung", "Entscheidung", "Kenntnisnahme", "Beratung", "Anhörung")
OFFICES = ("Amt 61 – Stadtplanung", "Fachbereich Schule und Sport", "Umweltamt", "Amt für Gebäudewirtschaft", "Tiefbauamt", "Sozialamt",
           "Fachbereich 3 – Jugend und Familie", "Ordnungsamt", "Kämmerei")
TOPICS = (  # title, the things counted (after "der"), the field
    ("Sanierungsstau an Schulgebäuden", "sanierungsbedürftigen Schulgebäude", "Schulbau"),
    ("Ausbau der Ladeinfrastruktur für Elektrofahrzeuge", "öffentlichen Ladepunkte", "Elektromobilität"),
    ("Wartezeiten bei Einbürgerungsverfahren", "offenen Einbürgerungsanträge", "Einbürgerung"),
    ("Hochwasserschutz an kleineren Gewässern", "geplanten Rückhaltebecken", "Hochwasserschutz"),
    ("Hausärztliche Versorgung im ländlichen Raum", "unbesetzten Hausarztsitze", "ärztliche Versorgung"),
    ("Lehrkräftemangel an Grundschulen", "unbesetzten Lehrerstellen", "Unterrichtsversorgung"),
    ("Zustand der Brücken im Zuge von Landesstraßen", "sanierungsbedürftigen Brücken", "Brückenerhaltung"),
    ("Personalausstattung der Polizeireviere", "unbesetzten Stellen im Polizeivollzugsdienst", "Polizeipräsenz"),
    ("Förderung von Dorfläden und Nahversorgung", "geförderten Dorfläden", "Nahversorgung"),
    ("Wolfsrisse bei Weidetieren", "nachgewiesenen Wolfsrisse", "Herdenschutz"),
    ("Barrierefreiheit kleiner Bahnhöfe", "nicht barrierefreien Bahnhöfe", "Barrierefreiheit"),
    ("Betreuungsplätze für Kinder unter drei Jahren", "fehlenden Betreuungsplätze", "Kindertagesbetreuung"),
    ("Schließung von Hallenbädern und Schwimmunterricht", "geschlossenen Hallenbäder", "Schwimmfähigkeit"),
    ("Cyberangriffe auf Kommunalverwaltungen", "gemeldeten Sicherheitsvorfälle", "Informationssicherheit"),
    ("Leerstand von Ladenlokalen in Innenstädten", "leerstehenden Ladenlokale", "Innenstadtentwicklung"),
    ("Pflege und Ersatz von Straßenbäumen", "gefällten Straßenbäume", "Stadtgrün"),
)
QUESTIONS = (
    "Wie hoch ist derzeit die Zahl der {things} {region} (bitte nach Jahren aufschlüsseln)?",
    "Wie hat sich die Zahl der {things} in den Jahren {y1} bis {y2} entwickelt?",
    "Welche Maßnahmen hat {actor} seit {y1} ergriffen, um die Lage im Bereich {area} zu verbessern?",
    "Welche Haushaltsmittel stehen im Jahr {y2} für den Bereich {area} zur Verfügung, und in welchem Umfang wurden sie bereits abgerufen?",
    "Wie bewertet {actor} die Entwicklung im Bereich {area}?",
    "Plant {actor}, ein zusätzliches Förderprogramm für den Bereich {area} aufzulegen, und wenn ja, ab wann und mit welchem Volumen?",
    "Welche Erkenntnisse liegen {actor_dat} über die Ursachen der gestiegenen Zahl der {things} vor?",
    "Inwiefern werden die Kommunen bei den Aufgaben im Bereich {area} personell und finanziell unterstützt?",
    "Bis wann ist nach Einschätzung {actor_gen} mit einer spürbaren Verbesserung zu rechnen?",
    "Welche Gespräche wurden hierzu mit den kommunalen Spitzenverbänden geführt, und mit welchem Ergebnis?",
    "Ist {actor} bereit, die Ergebnisse der laufenden Evaluation dem zuständigen Ausschuss vorzulegen?",
    # questions that open with a condition or a phrase, not a question word
    "Wenn die vorgesehenen Mittel im Bereich {area} nicht ausreichen, aus welchen Quellen soll der Rest finanziert werden?",
    "Falls die Zahl der {things} weiter steigt, welche zusätzlichen Schritte sind dann vorgesehen?",
    "Nach welchen Kriterien werden die Mittel im Bereich {area} auf die Landkreise verteilt?",
    "Aus welchen Gründen wurde die im Jahr {y1} begonnene Förderung im Bereich {area} nicht fortgesetzt?",
)
# what a questioner explains before asking, inside the numbered question
QUESTION_CONTEXT = (
    "Im Bereich {area} häufen sich seit {y1} die Beschwerden von Anwohnerinnen und Anwohnern.",
    "Nach Auskunft der Verwaltung aus dem Jahr {y1} sei eine Änderung derzeit nicht möglich.",
    "Die bisherige Regelung hat sich aus Sicht vieler Betroffener nicht bewährt.",
    "Bereits im Jahr {y1} wurde das Thema im {body} beraten, ohne dass sich seither etwas geändert hat.",
    "Vor Ort zeigt sich, dass die bestehende Beschilderung von vielen übersehen wird.",
)
# what a questioner adds after the question mark, in the same item
QUESTION_AFTER = ("Falls nein, warum nicht?", "Wenn ja, in welchem Umfang?", "Bitte nach Stadtteilen und Jahren aufschlüsseln.",
                  "(Bitte die Zahlen der letzten fünf Jahre angeben.)", "Dabei ist auch auf die Gesellschaften der Stadt einzugehen.",
                  "(Nach Auskunft der Verwaltung vom {y1}: „Eine Änderung ist derzeit nicht vorgesehen.“)")
SUB_STEMS = ("Wie viele Fälle wurden im Bereich {area} in den Jahren {y1} bis {y2} erfasst, aufgeschlüsselt nach",
             "Welche Kosten sind im Bereich {area} seit {y1} entstanden, und zwar")
# sub-questions that are questions of their own, under a question that announces them
SUB_QUESTIONS = ("Wie viele davon entfallen auf den Bereich {area}?", "Wenn nein, warum nicht?", "Welche Kosten sind dafür entstanden?",
                 "Wer ist für die Umsetzung zuständig?", "Bis wann ist mit einem Ergebnis zu rechnen?",
                 "Wurden dabei die Vorgaben des Landes berücksichtigt?", "In welcher Höhe wurden Fördermittel beantragt?",
                 "für den städtischen Haushalt?", "für die Gesellschaften der Stadt?")
SUBS = ("Jahren,", "Landkreisen und kreisfreien Städten,", "Trägern der Maßnahme,", "Art der Förderung,", "Anteil des Landes,", "Anteil der Kommunen?")
ANSWERS = (
    "Zum Stichtag 31. Dezember {y2} lag die Zahl der {things} nach Angaben der zuständigen Stellen bei {n}.",
    "Eine Statistik hierzu wird nicht geführt. Eine gesonderte Erhebung wäre nur mit unverhältnismäßigem Verwaltungsaufwand möglich.",
    "{Actor} hat seit {y1} mehrere Maßnahmen auf den Weg gebracht, darunter ein Förderprogramm mit einem Volumen von {m} Millionen Euro.",
    "Im Haushaltsjahr {y2} stehen hierfür {m} Millionen Euro zur Verfügung; davon sind bis zum Stichtag rund {p} Prozent gebunden.",
    "Konkrete Planungen hierzu bestehen derzeit nicht. Die Frage wird bei der Aufstellung des nächsten Haushalts erneut geprüft.",
    "Die Zuständigkeit liegt bei den Kommunen. Die Aufsichtsbehörden werden regelmäßig über den Stand unterrichtet.",
    "Eine Bewertung ist erst nach Abschluss der Evaluation möglich, deren Ergebnisse für das Frühjahr {y3} erwartet werden.",
    "Die Zahl der {things} ist seit {y1} um etwa {p} Prozent gestiegen. Die Entwicklung verläuft regional sehr unterschiedlich.",
    "Die Gespräche mit den Beteiligten dauern an. Über die Ergebnisse wird {actor} zu gegebener Zeit berichten.",
    "Ja. Die Unterlagen werden dem zuständigen Ausschuss nach Abschluss der Abstimmung zugeleitet.",
)
BODY = (
    "Im Bereich {area} haben sich die Rahmenbedingungen in den vergangenen Jahren deutlich verändert.",
    "Berichte aus mehreren Regionen deuten darauf hin, dass die Zahl der {things} seit {y1} zugenommen hat.",
    "Betroffene Bürgerinnen und Bürger schildern lange Wartezeiten und fehlende Ansprechpersonen.",
    "Die bisherigen Förderprogramme erreichen nach Auskunft der Träger vor allem kleinere Gemeinden kaum.",
    "Zugleich steigen die Kosten, die bei den Kommunen für den Bereich {area} anfallen.",
    "Eine belastbare Übersicht über die Lage liegt der Öffentlichkeit bislang nicht vor.",
    "Für die weitere Planung ist eine verlässliche Datengrundlage unverzichtbar.",
    "Im Jahr {y1} wurde eine Bestandsaufnahme begonnen, deren Ergebnisse inzwischen vorliegen.",
    "Mit den vorgeschlagenen Schritten kann die Lage im Bereich {area} nachhaltig verbessert werden.",
    "Die erforderlichen Mittel in Höhe von {m}.000 Euro sind im Entwurf des Haushalts {y2} veranschlagt.",
    "Fachverbände fordern seit Längerem, die Zuständigkeiten im Bereich {area} klarer zu regeln.",
    "Der Vergleich mit anderen Ländern zeigt erhebliche Unterschiede bei Ausstattung und Verfahrensdauer.",
)
RHETORICAL = ("Daher stellt sich die Frage, ob die vorgesehenen Mittel im Bereich {area} ausreichen.",
              "Welche Schritte sind von Seiten der Politik nun erforderlich, um die gesteckten Ziele zu erreichen?",
              "Reichen die eingeplanten Mittel aus, damit die Ziele im Bereich {area} erreicht werden können?",
              "Wie soll das gelingen, wenn die Zahl der {things} weiter steigt?")
ITEMS = ("die Ausweitung der Beratungsangebote,", "zusätzliche Stellen in den zuständigen Behörden,", "eine schnellere Bearbeitung der Anträge,",
         "die Förderung kommunaler Modellprojekte,", "eine engere Abstimmung mit den Trägern,", "ein jährlicher Bericht an den Ausschuss.")
# a list's introduction, and entries long enough to run on (a service and its hours, a reason and its examples)
LIST_INTROS = ("Dazu gehören insbesondere:", "Folgende Maßnahmen wurden bereits ergriffen:", "Im Bereich {area} sind derzeit folgende Dienste eingesetzt:",
               "Die Beratung umfasst unter anderem folgende Themen:", "Gründe hierfür sind unter anderem:", "Im Einzelnen:",
               "Die Stadt unterstützt die Beteiligten mit folgenden Angeboten:", "Die Gründe sind vielfältig, zum Beispiel")
LIST_ENTRIES = ("Präsenz eines Mitarbeiters im Bereich {area} werktags von 8:00 Uhr bis 18:00 Uhr zur Unterstützung der Beschäftigten vor Ort",
                "Informationen zu vorrangigen Leistungen (z. B. Zuschüsse, Wohngeld, Beratung der {things} und ihrer Angehörigen)",
                "Ablauf befristeter Verträge", "Mutterschutz, Elternzeit", "Wechsel zu anderen Dienststellen oder Trägern",
                "regelmäßige Kontrollgänge in den Abend- und Nachtstunden durch einen externen Dienst",
                "Schulungen für alle Beschäftigten, seit {y1} verpflichtend für neue Mitarbeiterinnen und Mitarbeiter",
                "Leitfäden zum Umgang mit schwierigen Situationen")
SECTIONS = ("Ausgangslage", "Rechtliche Grundlagen", "Entwicklung seit {y1}", "Maßnahmen", "Finanzierung", "Bewertung", "Ausblick")
MOTIONS = (
    "Die Verwaltung wird beauftragt, dem {body} bis Ende {y2} ein Konzept für den Bereich {area} vorzulegen.",
    "Für Maßnahmen im Bereich {area} werden im Haushalt {y2} zusätzlich {m}.000 Euro bereitgestellt.",
    "Die Verwaltung berichtet dem {body} halbjährlich über den Stand der Umsetzung.",
    "Die Verwaltung prüft, wie die Zahl der {things} bis {y3} um mindestens {p} Prozent verändert werden kann.",
    "Der Rat der Stadt stimmt der vorgelegten Planung zum Thema {area} in der Fassung der Anlage 1 zu.",
    "Die Verwaltung wird ermächtigt, die notwendigen Aufträge im Rahmen der bereitgestellten Mittel zu vergeben.",
    "Die Verwaltung legt dem {body} bis Ende {y2} einen Bericht zum Stand im Bereich {area} vor.",
    "Die Stadt richtet eine Koordinierungsstelle für den Bereich {area} ein und stattet sie mit zwei Stellen aus.",
    "Die Stadtverwaltung erstellt ein Konzept für den Bereich {area} und stellt es im {body} vor.",
    "Zur Verbesserung der Lage im Bereich {area} fordern wir, die Zahl der {things} jährlich zu veröffentlichen.",
    "Die Stadt setzt sich beim Land dafür ein, die Förderung im Bereich {area} über das Jahr {y2} hinaus fortzuführen.",
    "Wir beantragen, die Mittel für den Bereich {area} im nächsten Haushalt um {m}.000 Euro zu erhöhen.",
)
# What a motion point goes on to say: conditions, deadlines, lettered parts (a real Antrag's points run long).
MOTION_DETAILS = (
    "Dabei sind die betroffenen Ortsbeiräte und Fachverbände frühzeitig zu beteiligen.",
    "Die Ergebnisse sind dem {body} bis zum Ende des Jahres {y2} vorzulegen.",
    "Die erforderlichen Mittel sind im nächsten Doppelhaushalt einzuplanen.",
    "Hierbei sollen auch die Erfahrungen anderer Kommunen mit vergleichbaren Programmen einbezogen werden.",
    "Über den Fortgang ist in einer der nächsten Sitzungen zu berichten.",
    "Die Kosten sollen aus den laufenden Mitteln des zuständigen Fachbereichs getragen werden.",
    "Sofern rechtliche Hindernisse bestehen, legt die Verwaltung dar, wie sie ausgeräumt werden können.",
)
MOTION_PARTS = ("die Finanzierung der einzelnen Maßnahmen darzustellen,", "einen verbindlichen Zeitplan vorzulegen,",
                "die Anwohnerinnen und Anwohner zu beteiligen,", "geeignete Standorte im Stadtgebiet zu benennen,",
                "die Ergebnisse öffentlich zugänglich zu machen.")
PRINT_HEADS = (  # parliament, Wahlperiode, Drucksache number and date: arrangements seen on printed papers
    (("{head}{G}Drucksache {ref}", R.REFERENCE), ("{wp}. Wahlperiode{G}{day}", R.DATE)),
    (("{head}", R.LETTERHEAD), ("{wp}. Wahlperiode", R.LETTERHEAD), None, ("Drucksache {ref}", R.REFERENCE), ("{day}", R.DATE)),
    (("{head}", R.LETTERHEAD), None, ("{wp}. Wahlperiode{G}Drucksache {ref}", R.REFERENCE), ("Ausgegeben: {day}", R.DATE)),
    (("Drucksache", R.REFERENCE), ("{ref}", R.REFERENCE), ("{day}", R.DATE), None, ("{head}", R.LETTERHEAD), ("{wp}. Wahlperiode", R.LETTERHEAD)),
    (("{head}", R.LETTERHEAD), ("Drucksache {ref}{G}{wp}. Wahlperiode", R.REFERENCE), ("Datum des Eingangs: {day}", R.DATE)),
)


def generate(count: int, seed: int = 0) -> list[tuple[str, str, list[list[Item]]]]:
    """`count` fictional documents, the kinds in turn; the same seed gives the same documents."""
    return [(name, kind, doc.pages()) for name, kind, doc in map(lambda i: _compose(i, seed), range(count))]


Box = tuple[float, float, float, float]
HEAD_ROLES = (R.LETTERHEAD, R.FORM, R.REFERENCE, R.DATE, R.ADDRESS, R.SUBJECT, R.FURNITURE, R.OTHER)
PLACED = 0.35  # the share of documents given line boxes, as a PDF's text layer or an OCR reading gives them


def placed(name: str, pages: list[list[Item]]) -> tuple[float, float, list[list[Box | None]]] | None:
    """Where each line of a generated document stands on an A4 page (x0, top, x1, bottom in points), drawn
    from its name; None for the documents read as plain text. The letter's lines begin at the left margin
    (continuation lines of numbered points indented in some documents); a side column's lines far right; some
    documents set the date or the signature right, their head or their page numbers centred."""
    rng = random.Random(f"placed:{name}")
    if rng.random() >= PLACED:
        return None
    width, height = 595.0, 842.0
    left, top, pitch, char = rng.uniform(55, 95), rng.uniform(35, 80), rng.uniform(11.5, 15.0), rng.uniform(4.6, 5.8)
    side = rng.uniform(0.6, 0.8) * width
    date_right, sign_right, head_centred = rng.random() < 0.4, rng.random() < 0.3, rng.random() < 0.3
    marks = rng.choice(("centre", "right", "left"))
    indent = rng.choice((0.0, 0.0, 0.03, 0.05)) * width
    # the text set in from the head in some documents (a memo's prose under its Betreff), in others not at all
    inset = rng.choice((0.0, 0.0, 0.0, rng.uniform(0.02, 0.1))) * width
    headings_out = rng.random() < 0.5  # the headings at the head's margin, not set in with the prose
    big = rng.random() < 0.4  # a head set in larger type
    out = []
    for page in pages:
        boxes, y = [], top
        for item in page:
            text, role = item
            if not text:
                boxes.append(None)
                y += pitch * rng.choice((1, 1, 1, 2))
                continue
            span = min(len(text) * char, width - left - 30)
            size = pitch * 0.8 * (1.4 if big and role is R.LETTERHEAD and len(text) < 40 else 1.0)
            if isinstance(item, Side):
                x = side + rng.uniform(-2, 2)
                span = min(span, width - x - 15)
            elif role is R.DATE and date_right:
                x = max(left, width - left - span)
            elif role is R.FURNITURE and marks != "left":
                x = (width - span) / 2 if marks == "centre" else max(left, width - left - span)
            elif role is R.LETTERHEAD and head_centred:
                x = max(left, (width - span) / 2)
            elif role in (R.CLOSING, R.SIGNATURE_NAME, R.SIGNATURE_ROLE) and sign_right:
                x = 0.55 * width
            elif role in (R.QUESTION_CONT, R.MOTION_CONT, R.SUBQUESTION):
                x = left + inset + indent
            elif role in HEAD_ROLES or (role is R.HEADING and headings_out):
                x = left
            else:
                x = left + inset + (indent if rng.random() < 0.05 else 0.0)  # now and then a paragraph's first line set in
            x += rng.uniform(-1.5, 1.5)
            boxes.append((x, y, min(x + span, width - 10), y + size))
            y += pitch if size <= pitch else size * 1.2
        out.append(boxes)
    return width, height, out


def answered_prints(count: int, seed: int) -> list[tuple[str, list[list[Item]], dict[int, str], dict[int, list[str]]]]:
    """The documents of `generate(count, seed)` that answer questions, each with the questions as
    asked and the lines of each question's own answer (without answer headings), by number."""
    out = []
    for name, _, doc in map(lambda i: _compose(i, seed), range(count)):
        pages = doc.pages()
        if doc.answered:
            out.append((name, pages, doc.asked, doc.answered))
    return out


def _compose(i: int, seed: int) -> tuple[str, str, _Doc]:
    kind = KINDS[i % len(KINDS)]
    rng = random.Random(f"{seed}:{i}")
    doc = _Doc(rng, _context(rng, kind))
    COMPOSERS[kind](doc)
    return f"prints-{seed}-{i:04d}-{kind}", kind, doc


class _Doc:
    """Lines with roles as they are composed, then cut into pages with running heads and page numbers."""

    def __init__(self, rng: random.Random, ctx: dict):
        self.rng, self.ctx, self.items = rng, ctx, []
        self.width, self.hyphen = rng.randint(60, 88), rng.random() < 0.5
        self.gap = GAP if rng.random() < 0.6 else " "  # many text layers keep no column gap, only a space
        self.dense = rng.random() < 0.2  # nor a blank line between paragraphs
        self.head: tuple[str, ...] = ()  # running-head parts on later pages
        self.head_apart = False          # each part on a line of its own (a firm's name over its kind), else side by side
        self.footnote: list[Item] = []   # bottom of page 1
        self.foot_first = False          # read before the page: text layers often hold a footer first
        self.imprint: list[Item] = []    # bottom of the last page
        self.question_width = 0          # questions set in a narrower column than the prose (a Landtag's answer), else 0
        self.later_foot: list[Item] = []  # bottom of every page after the first (a firm's web address)
        self.logo = ""                   # a logo an OCR layer reads as marks ("I   I") above the later pages' running head
        self.enclosure: Item | None = None  # the first line of an enclosed sheet: from its page on no running head or page mark
        self.asked: dict[int, str] = {}  # the questions by number, as asked
        self.answered: dict[int, list[str]] = {}  # the lines of each question's answer, headings left out
        self.headings: set[int] = set()  # the items that are answer headings ("Zu Frage 2:")

    def add(self, text: str, role: R, **extra) -> None:
        """One line or paragraph ({placeholders} filled in), wrapped; its further lines get the _cont role."""
        r = self.rng
        text = text.format(**{**self.ctx, **extra}, n=r.randint(3, 900), m=r.randint(2, 95), p=r.randint(3, 60))
        pieces = [text.replace(GAP, self.gap)] if GAP in text and len(text) <= 90 else [
            piece for part in text.split("\n") for piece in _wrap(part, self.width, self.hyphen)]  # "\n": a new line
        self.items += [(piece, role if k == 0 else CONT.get(role, role)) for k, piece in enumerate(pieces)]

    def put(self, entries, **extra) -> None:
        """Several lines: (text, role) pairs, None for a blank line."""
        for entry in entries:
            self.add(*entry, **extra) if entry else self.blank()

    def blank(self, p: float = 1.0) -> None:
        if self.items and self.items[-1][0] and self.rng.random() < p:
            self.items += [BLANK] * (2 if self.rng.random() < 0.15 else 1)

    def paragraphs(self, role: R, n: int, bank: tuple[str, ...] = BODY) -> None:
        for _ in range(n):
            self.add(" ".join(self.rng.sample(bank, self.rng.randint(1, 3) if bank is ANSWERS else self.rng.randint(2, 4))), role)
            self.blank(0.8)

    def pages(self) -> list[list[Item]]:
        rng, cap, pages, cur, enclosed = self.rng, self.rng.randint(30, 48), [], [], 0
        for item in [item for item in self.items if item[0] or not self.dense] + [BREAK]:
            if item is self.enclosure:
                enclosed = len(pages) + 1  # the page it opens (counted from 1): a page break stands before it
            if item == BREAK or len(cur) >= cap:
                if any(text for text, _ in cur):
                    pages.append(cur)
                    cur = []
                if item == BREAK:
                    continue
            if cur or item[0]:
                cur.append(item)
        mark = rng.choice(("– {n} –", "- {n} -", "{n}", "Seite {n}", "Seite {n} von {t}", "- {n} / {t} -"))
        place = rng.choice(("inline", "after", "above", "below", "footer", "footer_all"))
        out = []
        for n, page in enumerate(pages, start=1):
            while not page[-1][0]:
                page.pop()
            m = mark.format(n=n, t=len(pages))
            parts = [part for part in (self.head if n % 2 else self.head[::-1]) if part]  # mirrored on even pages
            row = (lambda parts: parts) if self.head_apart else _row  # noqa: E731
            bare = enclosed and n >= enclosed
            head = [] if n == 1 or bare else {"inline": row(parts[:1] + [m] + parts[1:]), "after": row(parts + [m]), "above": [m] + row(parts),
                                      "below": row(parts) + [m]}.get(place, row(parts))
            foot = self.footnote if n == 1 else []
            top = [(h, R.FURNITURE) for h in ([self.logo] * bool(self.logo and head) + head)]
            if self.foot_first:
                top, foot = foot + top, []
            tail = [] if bare else foot + (self.later_foot if n > 1 else []) + (self.imprint if n == len(pages) else [])
            if not bare and (place == "footer_all" or (place == "footer" and n > 1)):
                tail.append((m, R.FURNITURE))
            out.append(top + [BLANK] * bool(top) + page + [BLANK] * bool(tail) + tail)
        return out


def _row(parts: list[str]) -> list[str]:
    """Parts side by side on one line, or one a line when that would be too long."""
    joined = GAP.join(parts)
    return ([joined] if len(joined) <= 90 else parts) if parts else []


def _wrap(text: str, width: int, hyphen: bool) -> list[str]:
    """Greedy wrapping; with `hyphen` a long lower-case word is split before a consonant that opens a syllable."""
    lines, cur = [], ""
    for word in text.split():
        if not cur or len(cur) + 1 + len(word) <= width:
            cur = f"{cur} {word}" if cur else word
            continue
        room, vowels = width - len(cur) - 2, "aeiouäöüy"
        cuts = [k for k in range(3, min(len(word) - 3, room + 1))
                if word[k].isalpha() and word[k] not in vowels and word[k + 1] in vowels  # before a consonant + vowel,
                and (word[k - 1] in vowels + "lnrm" or word[k - 1] == word[k]) and word[k - 2:k] not in ("sc", "ch")]  # not in a cluster
        if hyphen and cuts and word[:1].islower():
            lines.append(f"{cur} {word[:cuts[-1]]}-")
            cur = word[cuts[-1]:]
        else:
            lines.append(cur)
            cur = word
    return lines + [cur] if cur else lines


def _context(rng: random.Random, kind: str) -> dict:
    title, things, area = rng.choice(TOPICS)
    bund = kind.startswith("bundestag") or (kind == "unterrichtung" and rng.random() < 0.4)
    council = kind.startswith(("rat_", "brief_"))
    parl = ("Deutscher Bundestag", "Berlin") if bund else rng.choice(LANDTAGE)
    gov = ("die Verwaltung", "der Verwaltung", "der Verwaltung") if council else GOVERNMENTS.get(
        parl[1], ("die Landesregierung", "der Landesregierung", "der Landesregierung"))
    y2 = rng.randint(2015, 2025)
    asked = date(y2, rng.randint(1, 12), rng.randint(1, 28))
    return dict(kind=kind, title=title, things=things, area=area, Area=area[0].upper() + area[1:], head=parl[0].upper() if rng.random() < 0.4 else parl[0], short=parl[0], seat=parl[1], bund=bund, G=GAP,
                city=rng.choice(CITIES), y1=y2 - rng.randint(2, 6), y2=y2, y3=y2 + 1, wp=20 if bund else rng.randint(7, 21),
                region=rng.choice(("im Land", "landesweit", "im Stadtgebiet" if council else "in den Landkreisen", "in den Regionen")),
                actor=gov[0], Actor=gov[0][0].upper() + gov[0][1:], actor_acc=gov[0].replace("der ", "den "), actor_dat=gov[1],
                actor_gen=gov[2], nr=rng.randint(1200, 19999), asked=asked, answered=asked + timedelta(days=rng.randint(14, 50)),
                body=rng.choice(BODIES[1:7]), style=rng.randrange(4))


def _fmt(d: date, style: int) -> str:
    return (f"{d:%d.%m.%Y}", f"{d.day}. {MONTHS[d.month - 1]} {d.year}", f"{d.day}.{d.month}.{d.year}", f"{d:%d. %m. %Y}")[style % 4]


def _person(rng: random.Random, doctor: float = 0.2) -> tuple[str, bool]:
    female = rng.random() < 0.5
    return f"{'Dr. ' * (rng.random() < doctor)}{rng.choice(FIRST_F if female else FIRST_M)} {rng.choice(LAST)}", female


def _authors(rng: random.Random) -> tuple[str, list[str]]:
    """'des Abgeordneten X (SPD)' or 'der Abgeordneten X, Y und Z (GRÜNE)', and the signers."""
    party, people = rng.choice(PARTIES), [_person(rng) for _ in range(rng.choice((1, 1, 1, 2, 3)))]
    names = [name for name, _ in people]
    who = "der Abgeordneten" if len(names) > 1 or people[0][1] else "des Abgeordneten"
    who = who.replace("Abgeordneten", "Abg.") if rng.random() < 0.3 else who
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " und " + names[-1]
    return f"{who} {listed} ({party})", [f"{name} ({party})" if rng.random() < 0.7 else f"{name} {party}" for name in names]


def _questions(doc: _Doc) -> list[tuple[str, list[str]]]:
    """Question texts, some with lettered sub-questions."""
    rng = doc.rng
    def told(text: str) -> str:  # context sentences before the question, or a remark after it
        if rng.random() < 0.15:
            return " ".join(rng.sample(QUESTION_CONTEXT, rng.randint(1, 2)) + [text])
        return text + rng.choice((" ", "\n")) + rng.choice(QUESTION_AFTER) if rng.random() < 0.1 else text  # on its line or below
    def one(text: str) -> tuple[str, list[str]]:
        roll = rng.random()
        if roll < 0.15:  # a stem and the items it asks about
            return rng.choice(SUB_STEMS), rng.sample(SUBS[:-1], rng.randint(1, 3)) + [SUBS[-1]]
        if roll < 0.23:  # a question and sub-questions of its own ("a) Wenn nein, warum nicht?")
            return told(text), rng.sample(SUB_QUESTIONS, rng.randint(2, 4))
        return told(text), []
    return [one(text) for text in rng.sample(QUESTIONS, rng.randint(3, 8))]


# How questions are numbered (a style is an index); the capital-lettered ones ("A. Wie …") number their
# sub-questions with digits ("1. für …"), numbered ones with letters or as decimals ("1.1 …"); a list of
# questions lettered "a)", "b)" with nothing numbered above them are questions, not sub-questions.
QUESTION_MARKS = ("{k}. ", "{k}) ", "Frage {k}: ", "", "{k}.) ", "{r}. ", "- ", "{L}. ", "{L}) ", "{L}.) ", "{a}) ")
LETTERED = (7, 8, 9)


def _sub_mark(rng: random.Random, style: int) -> str:
    if style in LETTERED:
        return rng.choice(("{j}. ", "{j}) ", "{a}) "))
    if style in (0, 1, 4):
        return rng.choice(("{a}) ", "{a}) ", "{a}. ", "{k}.{j}. ", "{k}.{j} "))
    return "– " if style == 10 else "{a}) "


def _ask(doc: _Doc, k: int, text: str, subs: list[str], style: int, sub_mark: str = "{a}) ") -> None:
    width = doc.width
    doc.width = doc.question_width or width
    _ask_lines(doc, k, text, subs, style, sub_mark)
    doc.width = width


def _ask_lines(doc: _Doc, k: int, text: str, subs: list[str], style: int, sub_mark: str) -> None:
    start = len(doc.items)
    if QUESTION_MARKS[style].strip() and doc.rng.random() < 0.05:
        # a long numbered item: the asker's case in several sentences and paragraphs, then the question (unnumbered,
        # such prose could not be told from the letter's own)
        case = " ".join(doc.rng.sample(QUESTION_CONTEXT + BODY, doc.rng.randint(3, 6)))
        text = case + doc.rng.choice((" ", "\n")) + " ".join(doc.rng.sample(BODY, doc.rng.randint(0, 3)) + [text])
    doc.add(QUESTION_MARKS[style].format(k=k, r=ROMAN[k - 1], L="ABCDEFGHIJ"[k - 1], a="abcdefghij"[k - 1]) + text, R.QUESTION)
    doc.asked[k] = " ".join(line for line, _ in doc.items[start:])
    for j, sub in enumerate(subs):
        doc.add(sub_mark.format(a="abcdef"[j], j=j + 1, k=k) + sub, R.SUBQUESTION)


def _ask_and_answer(doc: _Doc, qs: list, qstyle: int, heading: str | None, sub_mark: str | None = None) -> None:
    """The questions; with a `heading` (None: no answers, "": answers without one) each followed by its answer,
    one pair answered together, now and then a page break between a question and its answer. `sub_mark`: how
    sub-questions are marked, where not the style's own."""
    rng = doc.rng
    first = rng.randrange(len(qs) - 1) + 1 if rng.random() < 0.5 else 0
    group = list(range(first, min(len(qs), first + rng.choice((1, 1, 2))) + 1)) if first else []  # answered together
    listed = ", ".join(map(str, group[:-1])) + " und " + str(group[-1]) if group else ""
    cut = rng.randrange(len(qs)) + 1 if rng.random() < 0.4 else 0
    sub_mark = sub_mark or _sub_mark(rng, qstyle)
    for k, (text, subs) in enumerate(qs, start=1):
        split = subs and heading and k not in group and rng.random() < 0.5  # each sub-question answered
        _ask(doc, k, text, [] if split else subs, qstyle, sub_mark)
        doc.blank(0.7)
        if heading is None or k in group[:-1]:
            continue
        mark = len(doc.items)
        if k == cut:
            doc.items.append(BREAK)
        if group and k == group[-1]:
            if heading:
                spans = ("Zu den Fragen {l}:", "Antwort zu den Fragen {l}:") + (f"Zu den Fragen {first} bis {k}:",) * (len(group) > 2)
                doc.add(rng.choice(spans), R.ANSWER, l=listed)
                doc.headings.add(len(doc.items) - 1)
            doc.add("Die Fragen {l} werden wegen des Sachzusammenhangs gemeinsam beantwortet.", R.ANSWER, l=listed)
        elif heading and not split:
            doc.add(heading, R.ANSWER, k=k)
            doc.headings.add(len(doc.items) - 1)
        for j, sub in enumerate(subs if split else []):
            doc.add(f"{'abcdef'[j]}) {sub}", R.SUBQUESTION)
            doc.blank(0.5)
            answer = rng.choice(ANSWERS)
            doc.add(f"Zu {k} {'abcdef'[j]}):", R.ANSWER)
            doc.headings.add(len(doc.items) - 1)
            doc.put(((answer, R.ANSWER), None))
        if k > max(group or [1]) + 1 and not split and rng.random() < 0.12:
            doc.add(rng.choice(("Siehe Antwort zu Frage {b}.", "Auf die Antwort zu Frage {b} wird verwiesen.")), R.ANSWER, b=rng.randint(1, k - 1))
        elif not split:
            listed_first = rng.random() < 0.1  # the answer opens with its list ("Folgende Dienste sind eingesetzt:")
            if listed_first:
                _items(doc, R.ANSWER, 1.0)
            elif rng.random() < 0.12:  # a short title inside the answer ("Finanzierung", the office or place it is about) is answer too
                doc.add(rng.choice(ANSWER_TITLES), R.ANSWER)
            elif rng.random() < 0.1:  # a long answer in titled parts ("a) Aufsichtskräfte"), each with its prose
                lead = rng.choice(("{a}) ", "", "{a}. "))
                for j, title in enumerate(rng.sample(ANSWER_TITLES, rng.randint(2, 3))):
                    doc.add(lead.format(a="abc"[j]) + title, R.ANSWER)
                    doc.paragraphs(R.ANSWER, 1, ANSWERS)
            doc.paragraphs(R.ANSWER, rng.choice((0, 1, 1, 2) if listed_first else (1, 1, 2, 3)), ANSWERS)
            _items(doc, R.ANSWER, 0.15)
            if rng.random() < 0.15:
                doc.add(f"Jahr{GAP}Anzahl{GAP}Veränderung", R.ANSWER)
                for y in range(doc.ctx["y1"], doc.ctx["y2"] + 1):
                    doc.add(f"{y}{GAP}{rng.randint(10, 999)}{GAP}{rng.randint(-20, 30):+d} %", R.ANSWER)
        doc.blank()
        for number in group if group and k == group[-1] else [k]:
            doc.answered[number] = [text for n, (text, role) in enumerate(doc.items[mark:], mark)
                                    if role is R.ANSWER and n not in doc.headings]


def _items(doc: _Doc, role: R, p: float) -> None:
    """Now and then a list inside prose: an intro line and dashed, bulleted or lettered items, short or running on
    (a bullet glyph the text layer lost leaves the entry unmarked)."""
    rng = doc.rng
    if rng.random() < p:
        long = role is R.ANSWER and rng.random() < 0.5  # a reply's list of services or reasons
        mark = rng.choice(("- ", "• ", "– ", "", "o ") if long else ("- ", "• ", "– ", "{a}) "))
        doc.add(rng.choice(LIST_INTROS) if long else "Dazu gehören insbesondere:", role)
        entries = rng.sample(LIST_ENTRIES, rng.randint(2, 5)) if long else rng.sample(ITEMS[:-1], rng.randint(2, 4)) + [ITEMS[-1]]
        for j, item in enumerate(entries):
            doc.add(mark.format(a="abcdef"[j]) + item, role)
        doc.blank()


# ---- Landtag and Bundestag Drucksachen -------------------------------------------------------

def _print_head(doc: _Doc, when: date, previous: int = 0) -> None:
    c, rng = doc.ctx, doc.rng
    ref = rng.choice(("{wp}/{nr}", "{wp}/{nr}", "{wp} / {nr}", "{wp}/{nr:05d}")).format(**c)
    ref += f" ({c['wp']}/{previous})" if previous and rng.random() < 0.4 else ""
    doc.head = (f"Drucksache {ref}", f"{c['short']} – {c['wp']}. Wahlperiode") if rng.random() < 0.7 else (c["short"], f"Drucksache {ref}")
    doc.put(PRINT_HEADS[0 if c["bund"] and rng.random() < 0.8 else rng.randrange(len(PRINT_HEADS))], ref=ref, day=_fmt(when, c["style"]))
    doc.footnote += [(f"Ausgegeben: {_fmt(when + timedelta(days=2), 0)}", R.DATE)] * (rng.random() < 0.15)  # issue date at the foot
    doc.blank()


def _subject(doc: _Doc) -> None:
    doc.add(doc.rng.choice(("{title}", "{title}", "Betr.: {title}", "betreffend: {title}", "Thema: {title}", "„{title}“")), R.SUBJECT)
    doc.blank()


def _imprint(doc: _Doc) -> None:
    rng, c, last = doc.rng, doc.ctx, doc.rng.choice(LAST)
    lines = ([f"Gesamtherstellung: Druckerei {last} & {rng.choice(LAST)} KG, Am Mühlgraben {rng.randint(1, 40)}, 10{rng.randint(100, 999)} Berlin",
              f"Vertrieb: Versandbuchhandlung {rng.choice(LAST)} GmbH, Postfach {rng.randint(1000, 9999)}, 53{rng.randint(100, 999)} Bonn",
              f"ISSN 07{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"] if c["bund"] else
             [f"Druck: Offizin {last}, {c['seat']}", "Gedruckt auf Recyclingpapier"][: rng.randint(1, 2)])
    doc.imprint = [(line, R.FURNITURE) for line in lines] if rng.random() < 0.8 else []


def _ask_signature(doc: _Doc, names: list[str]) -> None:
    rng, c = doc.rng, doc.ctx
    doc.blank()
    doc.add(rng.choice(("{seat}, den {day}", "{seat}, {day}", "{day}")), R.DATE, day=_fmt(c["asked"], c["style"] + 1))
    doc.blank(0.6)
    doc.put([(name, R.SIGNATURE_NAME) for name in names])
    if not c["bund"] and rng.random() < 0.3:
        doc.add("Abgeordnete" if len(names) > 1 else rng.choice(("Abgeordneter", "Abgeordnete", "MdL")), R.SIGNATURE_ROLE)
    doc.blank()


def _bund_authors(rng: random.Random, most: int) -> str:
    return f"der Abgeordneten {', '.join(_person(rng)[0] for _ in range(rng.randint(2, most)))}"


def kleine_anfrage(doc: _Doc) -> None:
    """The question paper of a Landtag member or a Bundestag faction."""
    rng, c = doc.rng, doc.ctx
    _print_head(doc, c["asked"] + timedelta(days=rng.randint(0, 6)))
    if c["bund"]:
        doc.put((("Kleine Anfrage", R.LETTERHEAD), (f"{_bund_authors(rng, 9)} und {rng.choice(FACTIONS)}", R.LETTERHEAD), None))
        signers = [", ".join(_person(rng, 0.1)[0] for _ in range(rng.randint(1, 2))) + " und Fraktion"]
    else:
        who, signers = _authors(rng)
        title = rng.choice(("Kleine Anfrage", "KLEINE ANFRAGE", "Kleine Anfrage zur schriftlichen Beantwortung", "Schriftliche Anfrage"))
        doc.put(((title, R.LETTERHEAD), (who, R.LETTERHEAD), None))
    _subject(doc)
    before = c["bund"] or rng.random() < 0.7  # the reasons before the questions, or as "Begründung" after the signature
    if before and not c["bund"]:
        doc.add(rng.choice(("Vorbemerkung des Fragestellers:", "Vorbemerkung der Fragesteller", "Vorbemerkung")), R.HEADING)
    doc.paragraphs(R.BODY, rng.randint(1, 3) * before)
    doc.put((("Wir fragen {actor_acc}:" if c["bund"] or rng.random() < 0.5 else "Ich frage {actor_acc}:", R.BODY), None))
    _ask_and_answer(doc, _questions(doc), rng.choice((0, 0, 1, 2)), None)
    _ask_signature(doc, signers)
    if not before:
        doc.add(rng.choice(("Begründung", "Begründung:")), R.HEADING)
        doc.paragraphs(R.BODY, rng.randint(1, 3))
    _imprint(doc)


def antwort(doc: _Doc) -> None:
    """The government's answer: title block, Vorbemerkungen, each question followed by its answer, signature."""
    rng, c = doc.rng, doc.ctx
    previous = c["nr"] - rng.randint(20, 900)
    _print_head(doc, c["answered"], 0 if c["bund"] else previous)
    if c["bund"]:
        who, signers = f"{_bund_authors(rng, 4)}, weiterer Abgeordneter und {rng.choice(FACTIONS)}", []
        ministry, qstyle, heading = f"Bundesministerium {rng.choice(BUND_MINISTRIES)}", 0, rng.choice(("", "", "Antwort:"))
    else:
        who, signers = _authors(rng)
        ministry, qstyle = f"{'Staatsministerium' if 'Staats' in c['actor'] else 'Ministerium'} {rng.choice(MINISTRIES)}", rng.choice((0, 0, 1, 2, 3, 3))
        if rng.random() < 0.35:  # the questions repeated in a column half the answers' width
            doc.question_width = rng.randint(40, 56)
        heading = rng.choice(("Antwort:", "Zu Frage {k}:", "Zu {k}.:", "Zu {k}:", "Antwort zu Frage {k}:", "Zu {k})"))
    qs = _questions(doc)
    if not c["bund"] and rng.random() < 0.3:
        _question_paper_first(doc, who, signers, ministry, qs, qstyle)
    else:
        _answer_title(doc, who, previous, ministry)
    _ask_and_answer(doc, qs, qstyle, heading if qstyle == 3 or rng.random() < 0.8 else "")
    if c["bund"]:
        note = (f"Die Antwort wurde namens der Bundesregierung mit Schreiben {_genitive(ministry)} vom {_fmt(c['answered'], 1)} "
                "übermittelt. Die Drucksache enthält zusätzlich – in kleinerer Schrifttype – den Fragetext.")
        doc.footnote += [(line, R.OTHER) for line in _wrap(note, doc.width, False)]
    else:
        _minister(doc, ministry)
    _imprint(doc)


def _genitive(ministry: str) -> str:
    return "des " + ministry.replace("inisterium", "inisteriums", 1)


def _answer_title(doc: _Doc, who: str, previous: int, ministry: str) -> None:
    """"Antwort / der Landesregierung / auf die Kleine Anfrage … / – Drucksache … –", title, Vorbemerkungen."""
    rng, c = doc.rng, doc.ctx
    lines = ["Antwort" if c["bund"] else rng.choice(("Antwort", "ANTWORT", "A N T W O R T")),
             _genitive(ministry) if not c["bund"] and rng.random() < 0.4 else c["actor_gen"]]
    lines += (rng.choice((["zu der", f"Kleinen Anfrage {who}"], ["zu der", f"Anfrage {who}"], [f"auf die Kleine Anfrage {who}"]))
              if not c["bund"] else [f"auf die Kleine Anfrage {who}"])
    doc.put([(line, R.LETTERHEAD) for line in lines + [f"– Drucksache {c['wp']}/{previous} –"] * (c["bund"] or rng.random() < 0.6)])
    doc.blank()
    _subject(doc)
    for head in (("Vorbemerkung der Fragesteller", "Vorbemerkung des Fragestellers:", "Vorbemerkung der Fragestellerin"),
                 ("Vorbemerkung {actor_gen}", "Vorbemerkung {actor_gen}:", "Vorbemerkung")):
        if rng.random() < 0.6:
            doc.add(rng.choice(head[:1] if c["bund"] else head), R.HEADING)
            doc.paragraphs(R.BODY, rng.randint(1, 2), ANSWERS[2:3] + BODY)
    if not c["bund"] and rng.random() < 0.4:
        doc.put((("Namens {actor_gen} beantworte ich die Kleine Anfrage wie folgt:", R.BODY), None))


def _question_paper_first(doc: _Doc, who: str, signers: list[str], ministry: str, qs: list, qstyle: int) -> None:
    """Question paper and answer in one print: the Kleine Anfrage as asked, then "Antwort" and the letter's intro."""
    rng, c = doc.rng, doc.ctx
    if rng.random() < 0.5:
        doc.put((("Kleine Anfrage", R.LETTERHEAD), (who, R.LETTERHEAD), ("und", R.LETTERHEAD), ("Antwort", R.LETTERHEAD)))
    else:
        doc.add(f"Schriftliche Anfrage {who} vom {_fmt(c['asked'], 0)}", R.DATE)
    doc.put(((_genitive(ministry), R.LETTERHEAD), None))
    _subject(doc)
    doc.put((("Kleine Anfrage", R.HEADING), None, ("Ich frage {actor_acc}:", R.BODY)))
    _ask_and_answer(doc, qs, qstyle, None)
    _ask_signature(doc, signers)
    doc.add("Begründung", R.HEADING)
    doc.paragraphs(R.BODY, 1)
    doc.put((("Antwort", R.HEADING), ("Mit Schreiben vom {day} Nr. {n}-{m}/{p} beantwortet das {ministry} im Einvernehmen mit "
             "den berührten Ressorts die Kleine Anfrage wie folgt:", R.BODY)), day=_fmt(c["answered"], 1), ministry=ministry)


def _minister(doc: _Doc, ministry: str) -> None:
    rng, c = doc.rng, doc.ctx
    name, female = _person(rng, 0.3)
    office = "Senator" if "Senat" in c["actor"] else "Staatsminister" if ministry.startswith("Staats") else "Minister"
    lines = [(name, R.SIGNATURE_NAME), (f"{office}{'in' * female} {ministry.split(' ', 1)[1]}", R.SIGNATURE_ROLE)]
    if rng.random() < 0.2:
        lines = [("In Vertretung", R.SIGNATURE_ROLE), (name, R.SIGNATURE_NAME), (f"Staatssekretär{'in' * female}", R.SIGNATURE_ROLE)]
    doc.blank()
    doc.put([("gez.", R.CLOSING)] * (rng.random() < 0.2) + (lines[::-1] if rng.random() < 0.3 else lines))


def unterrichtung(doc: _Doc) -> None:
    """A report to parliament: kind title, sender, title, numbered sections of prose."""
    rng, c = doc.rng, doc.ctx
    _print_head(doc, c["answered"])
    doc.add(rng.choice(("Unterrichtung", "UNTERRICHTUNG")), R.LETTERHEAD)
    doc.add(rng.choice(("durch {actor_acc}", "durch den Bundesrechnungshof" if c["bund"] else "durch den Präsidenten des Landtags")), R.LETTERHEAD)
    doc.blank()
    doc.add(rng.choice(("{title}", "Bericht zum Thema {area} für die Jahre {y1} bis {y2}", "Bericht über {title} – Berichtszeitraum {y1}–{y2}")), R.SUBJECT)
    doc.blank()
    if rng.random() < 0.5:
        doc.put(((f"Zugeleitet mit Schreiben vom {_fmt(c['answered'], 1)}.", R.OTHER), None))
    numbering = rng.randrange(3)
    for k, head in enumerate(rng.sample(SECTIONS, rng.randint(3, 5)), start=1):
        doc.add((f"{k}. ", "", "I II III IV V".split()[k - 1] + ". ")[numbering] + head, R.HEADING)
        doc.blank(0.6)
        doc.paragraphs(R.BODY, rng.randint(1, 3))
    _imprint(doc)


# ---- council information-system forms ------------------------------------------------------

# Titles of council papers: many run over two lines, name a place, a plan or a budget line, or say what of a topic
# ("…: Sachstand und weiteres Vorgehen"). With {area}, {Area}, {city}, {y1}, {y2} of the paper's context.
COUNCIL_TITLES = (
    "{Area}: Sachstand und weiteres Vorgehen",
    "Umsetzung der Beschlüsse zum Bereich {area} aus dem Jahr {y1} und Bericht über die bisherigen Erfahrungen",
    "Bebauungsplan „Am Mühlbach – Teilbereich Nord“, {city}-Oststadt",
    "Sanierung und Erweiterung der Sporthalle an der Schillerschule",
    "Neuordnung der Parkraumbewirtschaftung in der Innenstadt und in den angrenzenden Wohngebieten",
    "Haushalt {y2}: Zuschüsse im Bereich {area} nach geänderten Kriterien vergeben",
    "Sicherer Schulweg an der Kreuzung Bahnhofstraße/Lindenallee",
    "Zukunft des Hallenbads Nord",
    "Digitale Terminvergabe im Bürgerbüro",
    "Förderprogramm {Area} – Verlängerung bis {y3}",
    "Barrierefreier Umbau der Haltestellen an der Hauptstraße zwischen Marktplatz und Friedhof",
    "Mehr Grün auf Schulhöfen",
    "Nutzung leerstehender städtischer Gebäude für soziale und kulturelle Zwecke sowie für Vereine",
    "Verkehrsberuhigung in der Ortsmitte",
    "Erfahrungen mit dem Modellprojekt {area} in den Stadtteilen",
    "Konzept für die Unterbringung von Geflüchteten in {city} und Beteiligung der Ortschaftsräte",
    "Wirtschaftlichkeit der Sanierung des Rathauses gegenüber einem Neubau",
    "Beleuchtung des Radwegs entlang der Bundesstraße",
    # and many are a few words, as short as a form's values
    "Lastenräder für Kitas", "Carsharing in den Stadtteilen", "Wohnmobilstellplätze", "Hundewiesen in {city}", "Kleingartenbeirat",
    "Sauberkeit in Grünanlagen", "{Area} in {city}", "Ladesäulen im Quartier", "Öffnungszeiten der Bürgerbüros", "Tempo 30 vor Schulen",
)
# What a motion point may state rather than commission: a decision in itself, or what shall be shown; and the
# reasons a long point gives inside itself, sentence after sentence.
MOTION_STATEMENTS = (
    "Die Mittel für den Bereich {area} bleiben im Haushalt {y2} ungekürzt.",
    "Es wird dargestellt, wie sich die Zahl der {things} seit {y1} entwickelt hat.",
    "Die Stadtverwaltung zeigt auf, welcher Bedarf im Bereich {area} bis {y3} besteht und wie er gedeckt werden kann.",
    "Auch die freien Träger im Bereich {area} werden von den Einsparungen ausgenommen.",
    "Vor der nächsten Ausschreibung legt die Stadtverwaltung ein überarbeitetes Konzept für den Bereich {area} vor.",
    "Das zuständige Amt wird personell und finanziell so ausgestattet, dass es seine Aufgaben im Bereich {area} erfüllen kann.",
    "Für die {things} wird ein verbindlicher Zeitplan erstellt und veröffentlicht.",
    "Einsparungen im Bereich {area} werden nach folgender Staffelung erbracht:",
    "Der Gemeinderat unterstützt die Pläne zum Ausbau im Bereich {area} ausdrücklich.",
    "Bestehende Angebote im Bereich {area} werden erhalten und bis {y3} schrittweise ausgebaut.",
)
MOTION_REASONS = (
    "Trotz mehrfacher Nachfragen ist hierzu bislang zu wenig geschehen.",
    "Nur so lässt sich die Lage im Bereich {area} dauerhaft verbessern.",
    "Die bisherigen Planungen berücksichtigen die Belange der Anwohnerschaft nur unzureichend.",
    "Andere Kommunen haben damit bereits gute Erfahrungen gemacht.",
    "Eine Verzögerung der weiteren Planung soll dadurch ausdrücklich nicht entstehen.",
    "Neben den Kosten sind die Folgen für Umwelt, Verkehr und Gewerbe gleichermaßen abzuwägen.",
    "Der Vorhabenträger wird aufgefordert, seine Planungen hierzu offenzulegen.",
)
MOTION_SCALE = ("bei Beträgen bis {m}.000 Euro werden höchstens {p} Prozent einbehalten,", "bei Beträgen über {m}.000 Euro werden bis zu {p} Prozent einbehalten,",
                "Einrichtungen mit weniger als {p} Beschäftigten werden ausgenommen,", "der Gesamtbetrag wird auf {m}0.000 Euro begrenzt.")
# The administration's statement on a point: what it holds of it, what it does, where it points to another answer.
STATEMENTS = (
    "Die Verwaltung hält den Vorschlag für nicht sachgerecht, da er die übrigen Bereiche benachteiligen würde.",
    "Eine Umsetzung ist im laufenden Haushaltsjahr aus finanziellen Gründen nicht möglich.",
    "Das Anliegen wird bereits heute weitgehend erfüllt; weitere Schritte sind in Vorbereitung.",
    "Die Verwaltung teilt das Ziel des Antrags und wird dem {body} bis Ende {y2} einen Vorschlag unterbreiten.",
    "Aus Gründen der Gleichbehandlung wird empfohlen, keine Ausnahmen zuzulassen.",
    "Auf die Stellungnahme zu Punkt {b} wird verwiesen.",
    "Die Zahlen für das laufende Jahr liegen noch nicht vollständig vor.",
)
# how a statement on a repeated motion point may open: with the point's number, as answers open with the question's
STATEMENT_LEADS = ("Zu {k}.: ", "Zu {k}. ", "zu {k}. ", "Zu Ziffer {k}: ", "Zu Punkt {k}: ", "Zu Ziff. {k}: ")
# A council's numbered questions grouped under topics ("1. Kosten und Finanzierung"), the questions under each
# marked with dashes, decimals or letters; and questions asking about a list of things without question marks.
QUESTION_TOPICS = ("{Area}", "Kosten und Finanzierung", "Zeitplan und weiteres Vorgehen", "Beteiligung der Öffentlichkeit",
                   "Bisherige Erfahrungen", "Personal und Zuständigkeiten", "Fördermöglichkeiten", "Schutz der Bevölkerung",
                   "Auswahl des Standorts im Jahr {y1}", "Rückbau der bisherigen Anlage")
LISTED = ("Kindertagesstätten", "Grundschulen", "weiterführende Schulen", "Sportstätten", "Verwaltungsgebäude", "Beratung vor Ort",
          "Informationsveranstaltungen", "Öffentlichkeitsarbeit in sozialen Medien", "Stadtteile im Norden", "Ortsteile",
          "Schulen in freier Trägerschaft", "sonstige Einrichtungen")
ANSWER_TITLES = SECTIONS + OFFICES + tuple(t[0].upper() + t[1:] for t in LISTED)
LIST_STEMS = ("Welche Angebote gibt es im Bereich {area}, jeweils mit Zielgruppe, Nutzen und jährlichen Kosten, für folgende Bereiche:",
              "Wie haben sich die Zahlen seit {y1} entwickelt, getrennt nach Jahren und für",
              "Wie viele Fälle gab es in den letzten beiden Jahren pro Monat in den folgenden Bereichen:")
# what an asker or mover adds in a paragraph of its own before the next item: a remark, an earlier answer quoted
ITEM_REMARKS = ("(Frühere Antwort der Verwaltung: „Eine Änderung ist aus rechtlichen Gründen derzeit nicht möglich.“)",
                "Aus eigener Erfahrung kann ich berichten, dass die Lage vor Ort weiterhin unbefriedigend ist. Vor allem zu den Stoßzeiten "
                "kommt es immer wieder zu gefährlichen Situationen.",
                "Vorschlag: Die bestehende Regelung wird auf das gesamte Gebiet ausgeweitet und regelmäßig überprüft.",
                "Hintergrund ist, dass sich die Zahl der {things} seit {y1} deutlich erhöht hat.")
OFFICE_NOTES = ("Büro für Ratsangelegenheiten", "Hauptamt – Sitzungsdienst –", "Ratsbüro", "Amt für Ratsangelegenheiten",
                "Sitzungsdienst - Gremienbetreuung -")


def _council_questions(doc: _Doc, styles: tuple[int, ...]) -> tuple[list[tuple[str, list[str]]], int, str | None]:
    """A council paper's questions, their style (one of `styles`) and how their sub-questions are marked where not
    the style's own: now and then numbered topics with the questions under them, or a question listing things to
    report on, one a line."""
    rng = doc.rng
    qs, qstyle, roll = _questions(doc), rng.choice(styles), rng.random()
    if roll < 0.2:
        asked = [text for text, _ in qs]
        topics = [(topic + rng.choice((":", "", "")), [asked.pop() if asked and rng.random() < 0.6 else rng.choice(SUB_QUESTIONS)
                                                       for _ in range(rng.randint(1, 4))])
                  for topic in rng.sample(QUESTION_TOPICS, rng.randint(2, 4))]
        return topics, rng.choice((0, 0, 1, 4)), rng.choice(("- ", "– ", "{k}.{j}. ", "{k}.{j} ", "{a}) ", "{a}. "))
    if roll < 0.32:
        k = rng.randrange(len(qs))
        listed = [item + rng.choice(("", "", " (Kosten, Nutzungszahlen)")) for item in rng.sample(LISTED, rng.randint(3, 6))]
        if rng.random() < 0.4:  # things listed with dashes are the question's own lines (lettered ones, sub-questions)
            qs[k] = (rng.choice(LIST_STEMS) + "".join(f"\n- {item}" for item in listed), [])
            return qs, qstyle, None
        qs[k] = (rng.choice(LIST_STEMS), listed)
        return qs, qstyle, "{a}) " if rng.random() < 0.5 and qstyle not in LETTERED + (10,) else None
    return qs, qstyle, None


def _marks_apart(doc: _Doc, start: int) -> None:
    """A form's text layer may set each question's number on a line of its own ("1.", then the question)."""
    out = doc.items[:start]
    for text, role in doc.items[start:]:
        mark = re.match(r"(\d{1,2}[.)])\s+(\S.*)", text) if role is R.QUESTION else None
        out += [(mark[1], R.QUESTION), (mark[2], R.QUESTION_CONT)] if mark else [(text, role)]
    doc.items = out


def _answers_close(doc: _Doc, start: int) -> None:
    """Many replies set each answer right under its question, no blank line between."""
    items, asking = doc.items, (R.QUESTION, R.QUESTION_CONT, R.SUBQUESTION)
    keep = [n < start or item != BLANK or not (items[n - 1][1] in asking and next((i[1] for i in items[n:] if i != BLANK), None) is R.ANSWER)
            for n, item in enumerate(items)]
    doc.items = [item for item, kept in zip(items, keep) if kept]


def _cells_apart(doc: _Doc, start: int) -> None:
    """A table in the reply read cell by cell, a line each: the cells keep the role of their row."""
    out = doc.items[:start]
    for text, role in doc.items[start:]:
        cells = text.split(doc.gap) if doc.gap == GAP else []
        out += [(cell, role) for cell in cells] if len(cells) > 2 and role in (R.ANSWER, R.BODY) else [(text, role)]
    doc.items = out


def _item_paragraphs(doc: _Doc, start: int, first: R, cont: R, bank: tuple[str, ...], p: float) -> None:
    """Now and then an item (a question, a motion point) goes on in a paragraph of its own, after a blank line,
    before the next item: the paragraph is the item's (`cont`). After the last item prose is the paper's own."""
    rng, items, out = doc.rng, doc.items[start:], doc.items[:start]
    firsts = [n for n, (_, role) in enumerate(items) if role is first]
    for n, item in enumerate(items):
        out.append(item)
        ends = item[1] in (first, cont, R.SUBQUESTION) and (n + 1 == len(items) or items[n + 1][1] not in (cont, R.SUBQUESTION))
        if ends and any(f > n for f in firsts) and rng.random() < p:
            text = " ".join(rng.sample(bank, rng.randint(1, 2))).format(**doc.ctx)
            out += [BLANK] + [(line, cont) for line in _wrap(text, doc.width, doc.hyphen)]
    doc.items = out


def _council_head(doc: _Doc, kind_title: str, faction: str = "") -> None:
    """City or faction head, kind title, number/date/office fields in varying order and words, Beratungsfolge."""
    rng, c = doc.rng, doc.ctx
    year, nr = c["y2"], c["nr"] % 1000 + 1
    ref = rng.choice((f"Vorlagen-Nr.: {nr:04d}/{year}", f"Drucksache Nr. {year % 100}/{nr:04d}", f"Vorlage {year}/{nr}", f"Vorlage Nr.: {year}/{nr:04d}",
                      f"DS-Nr.: {nr}/{year % 100}", f"Drucksachen-Nr.{GAP}{year}/{nr:04d}"))
    doc.head = (ref.replace(GAP, " "), rng.choice(("", f"Stadt {c['city']}"))) + ("_" * rng.randint(70, 90),) * (rng.random() < 0.2)  # a rule under it
    under = bool(faction) and rng.random() < 0.35  # many forms name the submitter under the title
    if faction and not under:
        doc.put([(faction, R.LETTERHEAD)] + [("Rathaus, Zimmer {n}{G}{zip} {city}", R.LETTERHEAD)] * (rng.random() < 0.5), zip=rng.randint(10000, 99999))
    else:
        doc.add(rng.choice(("Stadt {city}", "STADT {CITY}", "Der Oberbürgermeister der Stadt {city}", "Hansestadt {city}")), R.LETTERHEAD, CITY=c["city"].upper())
        if rng.random() < 0.5:
            doc.add(rng.choice(("Der Oberbürgermeister", "Die Oberbürgermeisterin", "Der Bürgermeister", "Dezernat III – Bauen und Umwelt")), R.LETTERHEAD)
    doc.blank()
    if rng.random() < 0.4:  # the form's paper note, at its foot or read first
        doc.footnote = [(rng.choice(PAPER_NOTES).format(day=_fmt(c["asked"], 0)), R.FURNITURE)]
        rng.random()  # (a draw once spent on breaking the note over two lines: that taught a letter's fee table to be furniture)
        doc.foot_first = rng.random() < 0.5
    label, value = ref.replace(GAP, " ").rsplit(" ", 1)
    fields = [[(line, R.LETTERHEAD) for line in kind_title.split("\n")],
              [(label, R.REFERENCE), (value, R.REFERENCE)] if rng.random() < 0.4 else [(ref, R.REFERENCE)],  # label above its value
              [(rng.choice(("Datum: {day}", "Datum:{G}{day}", "{day}", "Erstellt am: {day}", "Eingang: {day}", "eingegangen: {day}",
                            "eingegangen am: {day}")), R.DATE)],  # a faction's paper dated by its receipt
              [(rng.choice(("Zuständiges Amt: {o}", "Federführung: {o}", "Verfasser/in: {o}", "Fachbereich:{G}{o}", "Dienststelle: {o}",
                            "Verantwortlich: Dez. {d}", "Dezernat:{G}{d}")), R.FORM)]]
    if rng.random() < 0.6:
        fields.append([(rng.choice(("öffentlich", "nichtöffentlich", "Status: öffentlich", "☒ öffentlich   ☐ nichtöffentlich")), R.FORM)])
    day, office = _fmt(c["asked"], c["style"]), rng.choice(OFFICES)
    # many subjects are a few words ("Kleingartenbeirat"), as short as a form's values; some stand right under the paper's number
    subject = (rng.choice(("Betreff: {title}", "Betreff:{G}{title}", "{title}", "Titel: {title}", "{Area}", "{Area} – Sachstand",
                           "{Area}:\n{title}")), R.SUBJECT)  # (a title's topic, then on its own line what of it)
    if rng.random() < 0.4:  # a council's own title, many running over two lines
        subject = (rng.choice(("{t}", "{t}", "Betreff: {t}")).replace("{t}", rng.choice(COUNCIL_TITLES)), R.SUBJECT)
    title = [subject] + [(faction, R.LETTERHEAD)] * under
    meeting = False  # the meeting's fields in the head: no Beratungsfolge table below (older forms)
    if rng.random() < 0.3:  # a form read column by column: the labels, then their values
        doc.put(fields[0])
        labels = [(label.rstrip() + ("" if label.rstrip().endswith(":") else ":"), R.REFERENCE),
                  (rng.choice(("Datum:", "Eingang:", "Erstellt am:")), R.FORM),
                  (rng.choice(("Zuständig:", "Federführung:", "Dienststelle:")), R.FORM)]
        values = [(value, R.REFERENCE), (day, R.DATE), (rng.choice((office, f"Dez. {rng.randint(1, 6)}")), R.FORM)]
        meeting = rng.random() < 0.5
        if meeting:  # the meeting's fields too: body, date and agenda item, labels and values apart
            labels += [("Gremium:", R.FORM), ("Termin:", R.FORM), ("TOP:", R.FORM)]
            values += [(rng.choice(("{n}. Plenarsitzung {a}", "{a}")).format(n=rng.randint(2, 40), a=rng.choice(ASSEMBLIES)), R.FORM),
                       (_fmt(c["asked"] + timedelta(days=rng.randint(10, 40)), 0), R.FORM), (str(rng.randint(2, 40)), R.FORM)]
        if meeting and rng.random() < 0.4:  # the paper's date on labelled lines above the columns: the bare date below is the meeting's
            doc.put([(line, R.DATE) for line in rng.choice((("vom: {day}", "eingegangen: {day}"), ("Eingang: {day}",), ("Datum: {day}",)))], day=day)
            del labels[1], values[1]
        order = rng.sample(range(len(labels)), len(labels))
        doc.put([labels[k] for k in order] + [values[k] for k in order])
    else:
        if rng.random() < 0.25:
            fields[1], title = fields[1] + title, []
        for block in fields[:1] + rng.sample(fields[1:], len(fields) - 1) if rng.random() < 0.7 else rng.sample(fields, len(fields)):
            doc.put(block, day=day, o=office, d=rng.choice(("1", "2", "III", "V")))
    doc.blank(0.6)
    table = [] if meeting and rng.random() < 0.7 else _beratungsfolge(doc)
    for part in rng.sample((title + [None] * (rng.random() < 0.5) if title else [], table), 2):
        doc.put(part)


def _beratungsfolge(doc: _Doc) -> list:
    """The bodies that discuss the paper, their dates, agenda items and öffentlich/nichtöffentlich, in one of
    five layouts: a table with or without its title and column heads, or each meeting over two lines; a text
    layer may read the table cell by cell, a line each."""
    rng, c = doc.rng, doc.ctx
    rows = rng.sample(BODIES[1:], rng.randint(0, 2)) + [rng.choice(ASSEMBLIES)] * (rng.random() < 0.8)
    rows = rows or [rng.choice(BODIES[1:])]
    layout, out = rng.randrange(5), []
    if layout < 3 and (layout or rng.random() < 0.5):  # the table's column heads often stand without a title
        out.append(rng.choice(("Beratungsfolge", "Beratungsfolge:", "Beratungsfolge (Zuständigkeit)")))
    agenda = layout == 0 and rng.random() < 0.5  # the item's number on each meeting's agenda
    ticked = agenda and rng.random() < 0.4  # columns "ö" and "nö", one ticked with an x
    if layout == 0:
        out.append(GAP.join(("Gremium", "Termin", "TOP", "ö", "nö") if ticked else ("Gremium", "Termin", "TOP", "Ö / N", "Zuständigkeit")
                            if agenda else ("Gremium", "Sitzung am", "Zuständigkeit", "Status")))
    for k, body in enumerate(rows):
        when = _fmt(c["asked"] + timedelta(days=14 * (k + 1)), 0)
        duty, status = "Entscheidung" if body in ASSEMBLIES else rng.choice(DUTIES), rng.choice(("öffentlich", "öffentlich", "nichtöffentlich"))
        short = "Ö" if status == "öffentlich" else "N"
        if agenda:
            top = f"{rng.randint(2, 40)}{rng.choice(('', '.1', '.2'))}"
            out.append(GAP.join((body, when, top, "x") if ticked else (body, when, top, short, duty)))
        elif layout in (0, 3):
            out.append(GAP.join((body, when, duty, status)))
        elif layout == 1:
            out.append(GAP.join((when, body, duty, short)))
        elif layout == 2:
            out += [f"{body} ({duty})", f"Sitzung am {when}{GAP}{status}"]
        else:
            out += [f"{rng.randint(2, 70)}. Sitzung {body}", when]
    if layout == 0 and rng.random() < 0.3:
        out = [cell for line in out for cell in line.split(GAP)]
    return [(line, R.FORM) for line in out] + [None]


def _council_signature(doc: _Doc, faction: bool) -> None:
    rng = doc.rng
    if faction and rng.random() < 0.2:  # an information system's list of signers under its label, often right under the text
        doc.blank(0.5)
        doc.add(rng.choice(("Unterzeichnet von:", "unterzeichnet von:", "Unterzeichner:", "Antragsteller/innen:", "gez.:")), R.SIGNATURE_ROLE)
        for _ in range(rng.randint(1, 6)):
            doc.add(_person(rng)[0], R.SIGNATURE_NAME)
        doc.blank()
        return
    doc.blank()
    if rng.random() < 0.6:
        doc.put(((rng.choice(("Mit freundlichen Grüßen", "Mit freundlichem Gruß")), R.CLOSING), None))
    if faction and rng.random() < 0.3:  # the signers on one line, the faction below
        names = [_person(rng)[0] for _ in range(rng.randint(2, 3))]
        doc.add(rng.choice(("{names}", "gez. {names}")), R.SIGNATURE_NAME, names=", ".join(names[:-1]) + " und " + names[-1])
        doc.put([(rng.choice(("Fraktion {party}", "{party}-Fraktion", "für die Fraktion {party}")), R.SIGNATURE_ROLE)] if rng.random() < 0.6 else [],
                party=rng.choice(PARTIES))
        doc.blank()
        return
    for _ in range(rng.randint(1, 3) if faction else 1):
        name, female = _person(rng)
        doc.add(rng.choice(("{name}", "{name}", "gez. {name}")), R.SIGNATURE_NAME, name=name)
        roles = ((("Fraktionsvorsitzende", "Fraktionsvorsitzender"), ("Stadträtin", "Stadtrat"), ("Ratsmitglied",) * 2) if faction else
                 (("Oberbürgermeisterin", "Oberbürgermeister"), ("Beigeordnete", "Beigeordneter"), ("Bürgermeisterin", "Bürgermeister")))
        if not faction or rng.random() < 0.6:
            doc.add(rng.choice(roles)[not female], R.SIGNATURE_ROLE)
    doc.blank()


def _motions(doc: _Doc, replies: bool = False, single: bool = False) -> None:
    """Motion points; with `replies` each followed by the administration's statement on it (body). A point may
    state a decision rather than commission one, and a long one gives its reasons inside itself."""
    rng = doc.rng
    count = 1 if single else rng.choice((1, 1, 2, 3, 4, 5)) if replies else rng.choice((1, 1, 2, 3, 4))
    stated = rng.random() < 0.35
    points = [rng.choice(MOTION_STATEMENTS) if stated and rng.random() < 0.7 else text for text in rng.sample(MOTIONS, count)]
    numbered = not single and (len(points) > 1 or rng.random() < 0.3)
    long, argued = rng.random() < 0.5, rng.random() < 0.3
    for k, text in enumerate(points, start=1):
        bank = MOTION_DETAILS + MOTION_REASONS * 2 if argued else MOTION_DETAILS
        details = " ".join(rng.sample(bank, rng.randint(1, 6 if argued else 5))) if long and not text.endswith(":") else ""
        doc.add(f"{k}. " * numbered + text + " " * bool(details) + details, R.MOTION)
        if text.endswith(":") or rng.random() < 0.3:  # lettered or bulleted parts of the point are the point's own lines, some running on
            mark = rng.choice(("{a}) ", "{a}) ", "{a}. ", "• ", "- "))
            parts = MOTION_SCALE if text.endswith(":") else rng.sample(MOTION_PARTS, rng.randint(2, 4))
            for j, part in enumerate(parts):
                more = " " + rng.choice(MOTION_DETAILS) if rng.random() < 0.4 else ""
                doc.add(mark.format(a="abcd"[j]) + part + more, R.MOTION_CONT)
        if replies:  # the statement on the point: the administration's prose, often right below it, some led by the point's number
            doc.blank(0.4)
            bank = [t for t in rng.choice((ANSWERS, BODY, STATEMENTS, STATEMENTS)) if k > 1 or "{b}" not in t]
            lead = rng.choice(STATEMENT_LEADS).format(k=k) if rng.random() < 0.25 else ""
            for n in range(rng.randint(1, 3)):
                doc.add(lead * (n == 0) + " ".join(rng.sample(bank, rng.randint(1, 3))), R.BODY, b=rng.randint(1, max(1, k - 1)))
                doc.blank(0.6)
        doc.blank(0.4)
    doc.blank()


def vorlage(doc: _Doc) -> None:
    """The administration's Beschlussvorlage: form head, motion points, Sachdarstellung, signature, enclosures."""
    rng = doc.rng
    _council_head(doc, rng.choice(("Beschlussvorlage", "BESCHLUSSVORLAGE", "Vorlage zur Beschlussfassung", "Verwaltungsvorlage")))
    doc.add(rng.choice(("Beschlussvorschlag:", "Beschlussvorschlag", "Beschlussentwurf:", "Vorschlag der Verwaltung:")), R.HEADING)
    doc.blank(0.5)
    if rng.random() < 0.4:
        doc.add("Der {body} empfiehlt dem Rat, folgenden Beschluss zu fassen:", R.BODY)
    _motions(doc)
    doc.add(rng.choice(("Sachdarstellung:", "Begründung:", "Sachverhalt:", "Erläuterungen:", "Sachdarstellung und Begründung")), R.HEADING)
    doc.blank(0.5)
    for head in rng.sample(("Ausgangslage", "Weiteres Vorgehen", "Beteiligung", ""), rng.randint(1, 3)):
        doc.put([(head, R.HEADING)] if head else [])
        doc.paragraphs(R.BODY, rng.randint(1, 3))
        _items(doc, R.BODY, 0.25)
    if rng.random() < 0.6:
        _impacts(doc)
    _council_signature(doc, False)
    _enclosures(doc)


PAPER_NOTES = ("Gedruckt auf Recyclingpapier", "Gedruckt auf 100 % Recyclingpapier", "Dieses Dokument wurde elektronisch erstellt",
               "Ratsinformationssystem – Ausdruck vom {day}")
IMPACTS = ("Finanzielle Auswirkungen", "Haushaltsmittel stehen zur Verfügung", "Auswirkungen auf den Klimaschutz", "Klimarelevanz",
           "Gleichstellungsrelevanz", "Beteiligung des Ortsbeirats erforderlich", "Auswirkungen auf den Stellenplan",
           "Abstimmung mit den städtischen Gesellschaften", "Über- oder außerplanmäßige Ausgabe")
FUNDING = ("Die Mittel stehen im laufenden Haushalt des Fachbereichs zur Verfügung.",
           "Die Finanzierung erfolgt durch Umschichtungen innerhalb des Dezernats.",
           "Die Mittel werden im nächsten Doppelhaushalt veranschlagt.",
           "Durch Wegfall bestehender Aufgaben (Aufgabenkritik)",
           "Der Rat beschließt die Maßnahme im gesamtstädtischen Interesse und stimmt einer Veranschlagung in den Folgejahren zu.")
COSTS = ("Gesamtkosten der Maßnahme", "Jährliche Folgekosten", "Einmalige Kosten", "Einzahlungen/Erträge", "Eigenanteil der Stadt",
         "Zuschüsse Dritter")


def _impacts(doc: _Doc) -> None:
    """The form's box of consequences: questions ticked yes or no (on the label's line or below it), costs."""
    rng = doc.rng
    if rng.random() < 0.5:
        doc.add(rng.choice(("Finanzielle und sonstige Auswirkungen", "Finanzielle Auswirkungen", "Auswirkungen", "Prüfung der Auswirkungen:")), R.FORM)
    for label in rng.sample(IMPACTS, rng.randint(2, 5)):
        yes, no = rng.sample(("☒", "☐", "☐"), 2) if rng.random() < 0.8 else ("x", " ")
        boxes = rng.choice((f"ja {yes}   nein {no}", f"{yes} ja   {no} nein", f"Ja {yes} Nein {no}", f"{yes} positiv  {no} negativ  ☐ keine"))
        if rng.random() < 0.3:  # a text layer that lost the boxes: the options bare, the box's follow-up label after them
            boxes = rng.choice(("nein  ja", "Nein   Ja", "ja  nein")) + rng.choice(("", "", "  durchgeführt am", "  abgestimmt mit", "  Handlungsfeld:"))
        layout = rng.random()
        if layout < 0.5:
            doc.put([(f"{label}:{GAP}{boxes}", R.FORM)])
        elif layout < 0.8:
            doc.put([(label, R.FORM), (boxes, R.FORM)])
        else:  # a text layer reads each box on a line of its own
            doc.put([(label, R.FORM)] + [(part, R.FORM) for part in rng.choice((("ja", "nein", "x"), ("Ja", "x", "Nein"), ("x", "nein")))])
    if rng.random() < 0.3:  # how it is paid for: options in whole sentences, one ticked
        doc.add(rng.choice(("Finanzierung:", "Die Finanzierung ist wie folgt sichergestellt:", "Deckung der Kosten")), R.FORM)
        for option in rng.sample(FUNDING, rng.randint(2, 4)):
            doc.add(rng.choice(("☐ ", "☒ ", "", "x ")) + option, R.FORM)
    blank = rng.random() < 0.3  # a form printed with its cost labels unfilled, each label's cell broken over lines
    for label in rng.sample(COSTS, rng.randint(0, 3) + 2 * blank):
        amount = f"{rng.randint(2, 900)}.{rng.randint(0, 999):03d} €"
        doc.put([(part, R.FORM) for part in label.rsplit(" ", 1)] if blank else
                [(f"{label}:{GAP}{amount}", R.FORM)] if rng.random() < 0.6 else [(label, R.FORM), (amount, R.FORM)])
    doc.blank()


def fraktion(doc: _Doc) -> None:
    """A faction's Antrag (motion points, Begründung) or Anfrage (questions) on a council form or letterhead."""
    rng, c = doc.rng, doc.ctx
    party, motion = rng.choice(PARTIES), c["kind"] == "rat_antrag"
    faction = rng.choice(("{p}-Fraktion im Rat der Stadt {city}", "Fraktion {p} im Stadtrat", "{p}-Stadtratsfraktion {city}", "Fraktion {p}"))
    kinds = ("Antrag", "ANTRAG", "Antrag der Fraktion {p}", "Änderungsantrag") if motion else (
        "Anfrage", "ANFRAGE", "Anfrage der Fraktion {p}", "Anfrage gemäß § 17 der Geschäftsordnung")
    _council_head(doc, rng.choice(kinds).format(p=party), faction.format(p=party, city=c["city"]) if rng.random() < 0.6 else "")
    if rng.random() < 0.4:
        doc.put(((rng.choice(("Sehr geehrte Frau Oberbürgermeisterin,", "Sehr geehrter Herr Oberbürgermeister,")), R.SALUTATION), None,
                 ("die Fraktion {party} stellt zur nächsten Sitzung des {gen} {what}:", R.BODY), None),
                party=party, gen=re.sub(r"(ss|rat)\b", r"\1es", c["body"], count=1), what="folgenden Antrag" if motion else "folgende Anfrage")
    bare = motion and rng.random() < 0.3  # the one motion text right under the form's head, its reasons below
    argued_first = motion and not bare and rng.random() < 0.2  # the case argued first, the motion below under its label
    if argued_first:
        _reasons(doc, rng.choice((True, False, "gap")))
        doc.add(rng.choice(("Antrag", "Antrag:", "Beschlussvorschlag:", "Beschlussantrag:", "Unser Antrag:")), R.HEADING)
        _motions(doc, single=rng.random() < 0.5)
    elif bare:
        _motions(doc, single=True)
    elif motion:
        intro = rng.choice(("Der Rat möge beschließen:", "Beschlussvorschlag:", "Antrag:", "Der Ausschuss möge beschließen:",
                            "Die Fraktion {party} beantragt, dass sich die Stadt {city} zum Thema {area} wie folgt positioniert:", "", "", ""))
        if intro:  # an intro to the points is body, a label a heading; many forms print the points right away
            doc.put(((intro, R.HEADING if intro.endswith(("vorschlag:", "Antrag:")) else R.BODY),), party=party)
        start = len(doc.items)
        _motions(doc)
        _item_paragraphs(doc, start, R.MOTION, R.MOTION_CONT, MOTION_REASONS, 0.15)
    reasons = "" if argued_first else "before" if motion else rng.choice(("before", "after", ""))
    late = None
    if reasons == "before" and motion and rng.random() < 0.1:  # no reasons written: one line of prose says so
        doc.blank(0.5)
        doc.put(((rng.choice(("Die Antragsbegründung erfolgt mündlich.", "Begründung erfolgt mündlich.",
                              "Die Begründung erfolgt in der Sitzung.")), R.BODY),))
    elif reasons == "before":
        late = _reasons(doc, rng.choice((True, True, "after", "gap", "late")) if motion else True)
    if not motion:
        doc.put(((rng.choice(("Wir bitten die Verwaltung um Beantwortung folgender Fragen:", "Wir fragen die Verwaltung:",
                              "Die Verwaltung wird gebeten, folgende Fragen zu beantworten:")), R.BODY), None))
        start, (qs, qstyle, sub_mark) = len(doc.items), _council_questions(doc, (0, 0, 1, 7, 8, 10))
        _ask_and_answer(doc, qs, qstyle, None, sub_mark)
        _item_paragraphs(doc, start, R.QUESTION, R.QUESTION_CONT, ITEM_REMARKS, 0.05)
        if rng.random() < 0.1:
            _marks_apart(doc, start)
        if reasons == "after":  # the questions first, their reasons below: on many forms without a heading
            late = _reasons(doc, rng.choice((True, False, "gap", "late")))
    _council_signature(doc, True)
    doc.put([(late, R.HEADING)] if late else [])
    if rng.random() < 0.15:  # the council office's note of receipt under the signers, and its date
        doc.put(((rng.choice(OFFICE_NOTES), R.OTHER), (_fmt(c["asked"] + timedelta(days=rng.randint(1, 9)), 1), R.DATE)))


def _reasons(doc: _Doc, heading: bool | str) -> str | None:
    """The reasons: under their heading; with "after" a form's text layer reads the heading's cell after the
    prose, a wide gap where it stood; with "late" it reads it last, under the signers: the heading is returned
    for the caller to put there; with "gap" only the gap is left."""
    title = doc.rng.choice(("Begründung:", "Begründung", "Sachverhalt/Begründung:", "Sachverhalt / Begründung:", "Begründung/Sachverhalt",
                            "Sachverhalt:", "Hintergrund"))
    if heading in ("after", "gap", "late"):
        trailing = next((n for n, item in enumerate(reversed(doc.items)) if item[0]), len(doc.items))
        doc.items += [BLANK] * max(0, doc.rng.randint(3, 6) - trailing)
    elif heading:
        doc.add(title, R.HEADING)
    doc.paragraphs(R.BODY, doc.rng.randint(1, 3))
    if heading == "after":
        doc.add(title, R.HEADING)
    return title if heading == "late" else None


def verwaltung_antwort(doc: _Doc) -> None:
    """The administration's answer to an Anfrage (questions repeated, answers) or its statement on an Antrag."""
    rng, c = doc.rng, doc.ctx
    party = rng.choice(PARTIES)
    asked = rng.choice((f"zur Anfrage der Fraktion {party}", f"Anfrage der {party}-Fraktion", f"zur Anfrage der Fraktion {party} vom {_fmt(c['asked'], 0)}"))
    c["asked"] = c["answered"]
    on_antrag = rng.random() < 0.5  # on an Antrag: its points repeated stay motions, the reply is body
    kind = rng.choice(("Stellungnahme der Verwaltung", "Beantwortung einer Anfrage", "Antwort der Verwaltung", "Mitteilungsvorlage"))
    motion = rng.choice(("Antrag", "Änderungsantrag", "Ergänzungsantrag"))
    on_what = rng.choice((f"Stellungnahme der Verwaltung zum {motion} der Fraktion {party}", f"Stellungnahme zum {motion}\n{motion}: {party}",
                          f"Stellungnahme zum {motion}\n{motion} der {party}-Fraktion"))
    _council_head(doc, on_what if on_antrag else f"{kind}\n{asked}")
    if rng.random() < 0.3:  # later pages headed by the form's text box title ("Ergänzende Erläuterungen   Seite 2"), no section
        doc.head = (rng.choice(("Ergänzende Erläuterungen", "Erläuterungen", "Sachverhalt", "Sachdarstellung")),)
    summary = rng.random() < 0.3  # a summary and the form's box of consequences before the text
    if summary:
        title = rng.choice(("Kurzfassung", "Zusammenfassung", "Das Wichtigste in Kürze"))
        doc.add(rng.choice(("{t}", "{t}", "- {t} -", "– {t} –")).replace("{t}", title), R.HEADING)  # some set between dashes
        doc.paragraphs(R.BODY, 1, ANSWERS)
        _impacts(doc)
    if on_antrag:
        if rng.random() < 0.35:  # the points, then the statement (more print each point with its statement below)
            doc.put([("Antrag:", R.HEADING)] * (rng.random() < 0.5))
            _motions(doc)
            doc.put([(rng.choice(("Stellungnahme:", "Stellungnahme der Verwaltung:")), R.HEADING)] * (rng.random() < 0.5))
            doc.paragraphs(R.BODY, rng.randint(2, 4), rng.choice((BODY, ANSWERS)))
        else:  # each point repeated, the statement on it right below
            if rng.random() < 0.3:  # a sentence in the form's text box says where the statement is
                doc.put(((rng.choice(("Die Verwaltung nimmt zum {motion} wie in den Erläuterungen dargestellt Stellung.", "Siehe Erläuterungen.",
                                      "Die Stellungnahme der Verwaltung ergibt sich aus den folgenden Erläuterungen.")), R.BODY), None), motion=motion)
                if rng.random() < 0.5:
                    _impacts(doc)
            doc.add(rng.choice(("Erläuterungen", "Ergänzende Erläuterungen", "Stellungnahme der Verwaltung:", "Zu den Antragspunkten:")), R.HEADING)
            _motions(doc, replies=True)
    else:
        if rng.random() < 0.5:  # many replies begin with the first question
            doc.put(((rng.choice(("Die Anfrage wird wie folgt beantwortet:", "Die Verwaltung beantwortet die Anfrage wie folgt:")), R.BODY), None))
        heading = rng.choice(("Antwort:", "Zu Frage {k}:", "Antwort der Verwaltung:", "Zu {k}.:"))
        start, (qs, qstyle, sub_mark) = len(doc.items), _council_questions(doc, (0, 1, 2, 3, 7))
        # many replies print each answer right under its question, without a heading
        _ask_and_answer(doc, qs, qstyle, heading if qstyle == 3 or rng.random() < 0.55 else "", sub_mark)
        if rng.random() < 0.4:
            _cells_apart(doc, start)
        if rng.random() < 0.4:
            _answers_close(doc, start)
    if not summary and rng.random() < 0.3:
        _impacts(doc)
    _council_signature(doc, False)
    _enclosures(doc)


def _enclosures(doc: _Doc) -> None:
    rng = doc.rng
    if rng.random() < 0.6:
        names = rng.sample(("Lageplan", "Kostenschätzung", "Stellungnahme des Beirats", "Zeitplan", "Übersicht der Standorte"), rng.randint(1, 3))
        style = rng.choice(("{k}. {n}", "Anlage {k}: {n}", "{n}", "- {n}"))
        doc.put([(rng.choice(("Anlagen:", "Anlage(n):", "Anlagen")), R.OTHER)] +
                [(style.format(k=k, n=name), R.OTHER) for k, name in enumerate(names, start=1)])


# ---- letters: a faction's Anfrage or Antrag to the head of the administration, and the reply ----------

# The council a letter goes to: its assembly, its head (female, male), the head's seat, and the genitive for "des …".
COUNCILS = (("Kreistag", ("Landrätin", "Landrat"), "Kreishaus", "Kreis {place}", "des Kreises {place}"),
            ("Rat der Stadt", ("Oberbürgermeisterin", "Oberbürgermeister"), "Rathaus", "Stadt {place}", "der Stadt {place}"),
            ("Gemeinderat", ("Bürgermeisterin", "Bürgermeister"), "Rathaus", "Gemeinde {place}", "der Gemeinde {place}"),
            ("Stadtrat", ("Oberbürgermeisterin", "Oberbürgermeister"), "Rathaus", "Stadt {place}", "der Stadt {place}"))
STREETS = ("Marktplatz", "Am Rathaus", "Kreishausstraße", "Bahnhofstraße", "Schlossallee", "Hauptstraße", "Europaplatz",
           "Lindenstraße", "Kirchplatz", "Friedrich-Ebert-Straße")
LETTER_INTROS = (  # an Anfrage's first sentence, then an Antrag's
    ("die Fraktion {party} bittet um die Beantwortung der folgenden Fragen in der nächsten Sitzung des {assembly_gen}.",
     "im Namen der {party}-Fraktion bitte ich um schriftliche Beantwortung der nachstehenden Anfrage.",
     "wir wenden uns mit einem Anliegen an Sie, das uns aus der Bürgerschaft mehrfach erreicht hat.",
     "gemäß § {p} der Geschäftsordnung stellen wir folgende Anfrage zur Sitzung am {meeting}."),
    ("zur Sitzung des {assembly_gen} am {meeting} stellt die Fraktion {party} folgenden Antrag.",
     "die Fraktion {party} beantragt, den folgenden Punkt auf die Tagesordnung der nächsten Sitzung zu setzen.",
     "wir bitten Sie, den folgenden Antrag in der nächsten Sitzung zu beraten:"),
)
ASKS = ("Wir bitten daher um die Beantwortung folgender Fragen:", "Vor diesem Hintergrund fragen wir die Verwaltung:",
        "Hierzu haben wir folgende Fragen:", "Wir bitten um Beantwortung der nachstehenden Fragen:", "Daher fragen wir:")
THANKS = ("Für die Beantwortung bedanken wir uns im Voraus.", "Wir bitten um eine schriftliche Antwort bis zur nächsten Sitzung.",
          "Für Ihre Bemühungen danken wir Ihnen.", "")
CLOSINGS = ("Mit freundlichen Grüßen", "Mit freundlichem Gruß", "Freundliche Grüße", "Mit solidarischen Grüßen",
            "Mit besten Grüßen", "Mit kollegialen Grüßen")
COPIES = ("Fraktion {other}", "{other}-Fraktion", "Presse", "Bürgermeisterinnen und Bürgermeister der kreisangehörigen Gemeinden",
          "Personalrat der Verwaltung", "Vorsitzende des {body_gen}", "Gleichstellungsbeauftragte", "Kreisverband {party}")


def _letter_context(doc: _Doc) -> dict:
    rng, c = doc.rng, doc.ctx
    assembly, heads, seat, authority, genitive = rng.choice(COUNCILS)
    place, female = c["city"], rng.random() < 0.4
    head = heads[not female]
    name = f"{'Dr. ' * (rng.random() < 0.2)}{rng.choice(FIRST_F if female else FIRST_M)} {rng.choice(LAST)}"
    return dict(assembly=assembly, assembly_gen=re.sub(r"(tag|rat)\b", r"\1es", assembly, count=1), head=head, head_name=name,
                female=female, seat=seat, authority=authority.format(place=place), of=genitive.format(place=place),
                street=f"{rng.choice(STREETS)} {rng.randint(1, 60)}", zip=f"{rng.randint(10000, 99999)}", place=place,
                party=rng.choice(PARTIES), meeting=_fmt(c["asked"] + timedelta(days=rng.randint(7, 30)), 0))


def _sender(doc: _Doc, letter: dict) -> None:
    """The faction's letterhead: its name, postal and contact lines in one of several arrangements."""
    rng = doc.rng
    faction = rng.choice(("{party}-Fraktion im {assembly} {place}", "Fraktion {party} im {assembly} {place}",
                          "{party}-Fraktion", "{party} im {assembly}", "Gruppe {party}/{other} im {assembly}"))
    letter["faction"] = faction = faction.format(**letter, other=rng.choice(PARTIES))
    postal = rng.choice(("{street} · {zip} {place}", "{street}, {zip} {place}", "{seat} · {street} · {zip} {place}"))
    contact = rng.choice(("Telefon 0{a} {b} · E-Mail: fraktion@{mail}.de", "Tel.: 0{a}/{b}{G}Fax: 0{a}/{c}",
                          "fraktion@{mail}.de{G}www.{mail}.de", "Telefon: 0{a} {b}"))
    layout = rng.randrange(4)
    if layout == 0:  # a return-address line above the addressee only
        doc.add(f"{faction} · {postal}", R.LETTERHEAD, **letter)
    else:
        doc.add(faction, R.LETTERHEAD)
        if layout == 3:
            doc.add(rng.choice(("Fraktionsgeschäftsstelle", "Der Fraktionsvorsitzende", "Die Fraktionsvorsitzende")), R.LETTERHEAD)
        doc.add(postal, R.LETTERHEAD, **letter)
        if rng.random() < 0.7:
            doc.add(contact, R.LETTERHEAD, a=rng.randint(200, 9999), b=rng.randint(1000, 99999), c=rng.randint(1000, 99999),
                    mail=re.sub(r"[^a-z]+", "-", letter["party"].lower()).strip("-") + "-" + letter["place"].lower().split()[0])
    doc.blank()
    if rng.random() < 0.2:  # the sender's name, postal and contact lines again at the page's foot: letterhead still
        doc.imprint = _foot_lines(f"{faction} · {postal.format(**letter)} · Tel. 0{rng.randint(200, 9999)} {rng.randint(1000, 99999)}")


def _foot_lines(text: str) -> list[Item]:
    """A sender's line at the foot of the page, cut where it would not fit."""
    parts, lines = text.split(" · "), [""]
    for part in parts:
        lines[-1:] = [f"{lines[-1]} · {part}"] if lines[-1] and len(lines[-1]) + len(part) + 3 <= 90 else [lines[-1], part] if lines[-1] else [part]
    return [(line, R.LETTERHEAD) for line in lines]


def _addressee(doc: _Doc, letter: dict, to_faction: bool = False) -> None:
    rng = doc.rng
    lines = ["An die" if to_faction or letter["female"] else "An den"] if rng.random() < 0.4 else []
    if to_faction:
        lines += [letter["faction"], rng.choice(("Herrn Fraktionsvorsitzenden", "Frau Fraktionsvorsitzende", "z. Hd. Herrn {n}", "Frau {n}"))
                  .format(n=_person(rng)[0])]
    elif rng.random() < 0.4:
        lines += [letter["authority"], ("Die " if letter["female"] else "Der ") + letter["head"]]
        lines += [("Frau " if letter["female"] else "Herrn ") + letter["head_name"]] * (rng.random() < 0.6)
    else:
        title = "Frau " if letter["female"] else "Herrn "
        lines += [f"{letter['head']} {letter['of']}", title + letter["head_name"]] if lines else [title + letter["head"], letter["head_name"]]
    if rng.random() < 0.2:
        lines.append(rng.choice(("- im Hause -", "per E-Mail", "Im Hause")))
    else:
        lines += [rng.choice((letter["seat"], letter["street"])), f"{letter['zip']} {letter['place']}"]
    doc.put([(line, R.ADDRESS) for line in lines])
    doc.blank()


def _letter_date(doc: _Doc, letter: dict) -> None:
    rng, c = doc.rng, doc.ctx
    if rng.random() < 0.4:
        doc.add(rng.choice(("Az.: {n}-{m}/{y2}", "Unser Zeichen: {i}/{yy}", "Aktenzeichen: {n}.{m}", "Ihr Schreiben vom {prev}")),
                R.REFERENCE, i="".join(rng.sample("ABDGHKLMRSTW", 2)), yy=c["y2"] % 100, prev=_fmt(c["asked"] - timedelta(days=30), 0))
    day = _fmt(c["asked"], c["style"])
    doc.add(rng.choice(("{place}, den {day}", "{place}, {day}", "{day}", "Datum: {day}", "{day} {i}/{j}")), R.DATE,
            day=day, place=letter["place"], i="".join(rng.sample("abdghklmrstw", 2)), j="".join(rng.sample("abdghklmrstw", 2)))
    doc.blank()


def _letter_subject(doc: _Doc, letter: dict, what: str) -> None:
    rng = doc.rng
    if rng.random() < 0.3:  # the meeting, then "hier:" and the subject
        doc.add(rng.choice(("{assembly} am {meeting}", "Sitzung des {body} am {meeting}", "{body} am {meeting} und {assembly} am {later}")),
                R.SUBJECT, **letter, later=_fmt(doc.ctx["asked"] + timedelta(days=40), 0))
        doc.add(rng.choice(("hier: {what}: {title}", "hier: {title}")), R.SUBJECT, what=what)
    else:
        doc.add(rng.choice(("Betreff: {title}", "Betr.: {title}", "{what}: {title}", "{what} gemäß § {p} GO: {title}", "{title}",
                            "{what} zum Thema „{title}“", "{Area}")), R.SUBJECT, what=what)
    doc.blank()


def _salutation(doc: _Doc, letter: dict) -> None:
    rng = doc.rng
    last = letter["head_name"].split()[-1]
    doc.add(rng.choice((f"Sehr geehrte{'' if letter['female'] else 'r'} {'Frau' if letter['female'] else 'Herr'} {letter['head']},",
                        "Sehr geehrte Damen und Herren,", f"Sehr geehrte{'' if letter['female'] else 'r'} {'Frau' if letter['female'] else 'Herr'} {last},",
                        "Liebe Kolleginnen und Kollegen,")), R.SALUTATION)
    doc.blank()


def _letter_signature(doc: _Doc, letter: dict, faction: bool) -> None:
    rng = doc.rng
    doc.blank()
    doc.add(rng.choice(CLOSINGS) if faction else rng.choice(CLOSINGS[:3] + ("Im Auftrag", "In Vertretung")), R.CLOSING)
    doc.blank(0.7)
    people = [_person(rng) for _ in range(rng.choice((1, 1, 2, 2, 3)) if faction else 1)]
    roles = [rng.choice((("Fraktionsvorsitzende", "Fraktionsvorsitzender"), ("stellv. Fraktionsvorsitzende", "stellv. Fraktionsvorsitzender"),
                         ("Kreistagsmitglied",) * 2, ("Ratsmitglied",) * 2, ("Stadträtin", "Stadtrat"), ("sachkundige Bürgerin", "sachkundiger Bürger")))
             [not female] if faction else (letter["head"] if rng.random() < 0.5 else rng.choice(("Fachbereichsleiterin", "Amtsleiter", "Dezernentin")))
             for _, female in people]
    if len(people) > 1 and rng.random() < 0.5:  # signers side by side
        doc.put([(GAP.join(name for name, _ in people), R.SIGNATURE_NAME)] + [(GAP.join(roles), R.SIGNATURE_ROLE)] * (rng.random() < 0.8))
    else:
        for (name, _), role in zip(people, roles):
            doc.put([(name, R.SIGNATURE_NAME)] + [(role, R.SIGNATURE_ROLE)] * (rng.random() < 0.8))
            doc.blank(0.5)
    if faction and rng.random() < 0.4:
        doc.blank()
        body = re.sub(r"(ss|rat)\b", r"\1es", rng.choice(BODIES[1:]), count=1)
        copies = ", ".join(c.format(other=o, body_gen=body, party=letter["party"]) for c, o in
                           zip(rng.sample(COPIES, rng.randint(1, 4)), rng.sample(PARTIES, 4)))
        label = rng.choice(("Kopie an:", "Verteiler:", "nachrichtlich:", "cc:", "Nachrichtlich an:"))
        if rng.random() < 0.5:
            doc.add(f"{label} {copies}", R.CC)
        else:
            doc.put([(label, R.CC)] + [(part.strip(), R.CC) for part in copies.split(",")])


def brief(doc: _Doc) -> None:
    """A faction's letter to the head of the administration: an Anfrage (questions) or an Antrag (motion points)."""
    rng, c = doc.rng, doc.ctx
    letter = _letter_context(doc)
    motion = c["kind"] == "brief_antrag"
    first = rng.random() < 0.2  # a text layer may read the right column (file number, date) first
    if first:
        _letter_date(doc, letter)
    _sender(doc, letter)
    _addressee(doc, letter)
    if not first:
        _letter_date(doc, letter)
    _letter_subject(doc, letter, "Antrag" if motion else "Anfrage")
    _salutation(doc, letter)
    doc.add(rng.choice(LETTER_INTROS[motion]), R.BODY, **letter)
    doc.blank()
    if motion:
        intro = rng.choice(("Der {assembly} möge beschließen:", "Beschlussvorschlag:", "Der {assembly} beschließt:", "",
                            "die Fraktion {party} beantragt:", "Wir beantragen:"))
        if intro:
            doc.add(intro, R.HEADING if intro.endswith("vorschlag:") else R.BODY, **letter)
        _motions(doc)
        doc.add(rng.choice(("Begründung:", "Begründung", "Zur Begründung:")), R.HEADING)
        doc.paragraphs(R.BODY, rng.randint(1, 3))
    else:
        qstyle = rng.choice((0, 0, 1, 2, 3, 4, 5, 6, 7, 9, 10))
        # the letter's own case may ask in passing ("Daher stellt sich die Frage, ob …"): prose, where the questions are numbered
        doc.paragraphs(R.BODY, rng.randint(0, 3), BODY + RHETORICAL if QUESTION_MARKS[qstyle].strip() else BODY)
        doc.put(((rng.choice(ASKS), R.BODY), None))
        _ask_and_answer(doc, _questions(doc), qstyle, None)
    thanks = rng.choice(THANKS)
    doc.put([(thanks, R.BODY)] if thanks else [])
    _letter_signature(doc, letter, True)


def brief_antwort(doc: _Doc) -> None:
    """The administration's reply letter to a faction: each question repeated and answered."""
    rng, c = doc.rng, doc.ctx
    letter = _letter_context(doc)
    letter["faction"] = rng.choice(("{party}-Fraktion im {assembly}", "Fraktion {party}")).format(**letter)
    asked = c["asked"]
    c["asked"] = c["answered"]
    layout = rng.randrange(4)  # a text layer may read the right column (file number, date) first, or beside the office
    if layout == 0:
        _letter_date(doc, letter)
    doc.put([(letter["authority"], R.LETTERHEAD), (("Die " if letter["female"] else "Der ") + letter["head"], R.LETTERHEAD)][: rng.randint(1, 2)])
    if layout == 1:
        doc.add("{o}{G}{place}, den {day}", R.DATE, o=rng.choice(OFFICES), place=letter["place"], day=_fmt(c["asked"], c["style"]))
    else:
        doc.add(rng.choice(OFFICES), R.LETTERHEAD)
    doc.blank()
    _addressee(doc, letter, to_faction=True)
    if layout > 1:
        _letter_date(doc, letter)
    doc.add(rng.choice(("Ihre Anfrage vom {day}", "Beantwortung Ihrer Anfrage vom {day}", "Betreff: Ihre Anfrage zum Thema {title}",
                        "Antwort auf die Anfrage der Fraktion {party} vom {day}")),
            R.SUBJECT, day=_fmt(asked, 0), party=letter["party"])
    doc.put([("hier: {title}", R.SUBJECT)] * (rng.random() < 0.5))
    doc.blank()
    doc.put(((rng.choice(("Sehr geehrte Damen und Herren,", "Sehr geehrter Herr Fraktionsvorsitzender,", "Sehr geehrte Frau Fraktionsvorsitzende,")),
              R.SALUTATION), None, (rng.choice(("Ihre Anfrage beantworte ich wie folgt:", "zu Ihrer Anfrage nehme ich wie folgt Stellung:",
                                               "für Ihre Anfrage danke ich Ihnen. Die Fragen beantworte ich wie folgt:")), R.BODY), None))
    qstyle = rng.choice((0, 1, 2, 3, 4))
    _ask_and_answer(doc, _questions(doc), qstyle, rng.choice(("Antwort:", "Zu {k}.:", "Zu Frage {k}:", "")) if qstyle != 3 else "Antwort:")
    _letter_signature(doc, letter, False)


# ---- letters that number their argument: a lawyer's letter, an internal Vermerk, an administration's letter ----------
# Their numbered paragraphs ("1. Zunächst …", "(2) Im Übrigen …") are prose, not questions or motion points: nothing
# in the head says the paper asks or moves.

FIRMS = ("{a} & {b} Rechtsanwälte", "{a} {b} Rechtsanwälte Partnerschaft mbB", "Kanzlei {a} & Kollegen", "{a} Rechtsanwälte und Notare",
         "{A} {B}", "{A} {B} {C}", "{a} {b} {c}", "{a}{G}{a} & {b} Rechtsanwälte", "{s}{G}{s} Rechtsanwälte")
COURTS = ("AG Charlottenburg", "AG Düsseldorf", "AG München", "AG Hamburg", "AG Stuttgart", "AG Essen", "AG Frankfurt am Main", "AG Köln", "AG Hannover")
BANKS = ("Berliner Volksbank", "Deutsche Bank", "Commerzbank", "Sparkasse {city}", "Volksbank Mittelhessen", "Deutsche Bank {city}", "Postbank {city}",
         "Stadtsparkasse {city}", "HypoVereinsbank", "Volksbank {city} eG")
# what a firm calls itself under or beside its name
FIRM_KINDS = ("Rechtsanwälte", "RECHTSANWÄLTE", "Rechtsanwälte · Steuerberater", "Rechtsanwälte und Notare", "Partnerschaft von Rechtsanwälten mbB",
              "Rechtsanwaltsgesellschaft mbH", "{a} {b} {c} Partnerschaft", "Anwaltskanzlei", "Rechtsanwälte · Fachanwälte", "Partnerschaftsgesellschaft mbB")
LAW_FIELDS = ("Verwaltungsrecht", "Urheber- und Medienrecht", "Arbeitsrecht", "Bau- und Architektenrecht", "Steuerrecht", "gewerblichen Rechtsschutz",
              "Informationstechnologierecht", "Vergaberecht", "Miet- und Wohnungseigentumsrecht", "Familienrecht", "Strafrecht", "Handels- und Gesellschaftsrecht",
              "Medizinrecht", "Insolvenzrecht", "Agrarrecht")
DEGREES = ("", "", "", "", ", LL.M.", " LL.M.", ", LL.B.", ", M.A.", " *", " *", " ¹", " 1", " 2", " ²", ", Notar", " (Partner)", ", Mediator")
FOOTNOTES = ("{k} Fachanwalt für {f}", "{k} Fachanwältin für {f}", "{k} Notar", "{k} Notarin", "{k} Attorney at Law ({us})", "{k} Solicitor (England & Wales)",
             "{k} Steuerberater", "{k} Partner", "{k} Of Counsel", "{k} Lehrbeauftragter der Universität {city}", "{k} Dipl.-Kfm.")
OFFICE_CITIES = ("Berlin", "Bonn", "Düsseldorf", "Frankfurt am Main", "Hamburg", "Köln", "Leipzig", "München", "Stuttgart", "Dresden", "Hannover",
                 "Mannheim", "Freiburg", "Münster", "Erfurt", "Potsdam")
ABROAD = (("Brüssel", "B-1000 Brüssel", "{n}, Rue {w}"), ("Wien", "A-1010 Wien", "{w}gasse {n}"), ("London", "{pc}", "{n} {w} Street"),
          ("Zürich", "CH-8001 Zürich", "{w}strasse {n}"), ("Luxemburg", "L-2449 Luxembourg", "{n}, Boulevard {w}"), ("Paris", "F-75008 Paris", "{n}, Avenue {w}"),
          ("Warschau", "00-950 Warszawa", "ul. {w} {n}"))
PHONES = ("Tel. +49 {a} {b}-0", "Telefon +49 / {a} / {b}", "T +49 {a} {b}", "Tel.: 0{a} / {b}", "Fon 0{a} {b}", "Telefon ({a}) {b}", "Tel {a} {b}")
FAXES = ("Fax +49 {a} {b}-99", "Telefax +49 / {a} / {b}", "F +49 {a} {b}", "Fax: 0{a} / {b}", "Telefax ({a}) {b}", "Fax {a} {b}")
DELIVERY = ("Vorab per Telefax: 0{a}-{b}", "Per Telefax vorab: 0{a} {b}", "Vorab per E-Mail: {mail}", "Per beA", "Einschreiben/Rückschein",
            "Per Boten", "Vorab per Fax ({k} Seiten)", "Per Einschreiben", "Nur per E-Mail")
LITIGANTS = ("Bundesrepublik Deutschland", "Land {land}", "Stadt {city}", "{person}", "{last} GmbH", "{last} e.V.", "Verein {last} e.V.", "Gemeinde {city}",
           "{last} & {last2} GmbH & Co. KG", "Landkreis {city}", "{person} u.a.")
MATTERS = ("wegen Unterlassung", "wegen Auskunft nach dem IFG", "wegen Schadensersatz", "wegen Herausgabe", "Ihre Abmahnung vom {d}",
           "Ihr Schreiben vom {d}", "Widerspruch gegen den Bescheid vom {d}", "Verletzung von Urheberrechten", "Kostenerstattung")
# what a letter argues, sentence by sentence: claims, their grounds, the law, what is demanded
ARGUMENTS = (
    "Den geltend gemachten Anspruch weisen wir namens unserer Mandantschaft zurück.",
    "Zunächst ist bereits fraglich, ob die Voraussetzungen des § {p} der Satzung überhaupt vorliegen.",
    "Das Verwaltungsgericht hat dies in einem vergleichbaren Fall bereits ausdrücklich verneint.",
    "Selbst wenn man dies anders sähe, wäre die Maßnahme jedenfalls unverhältnismäßig.",
    "Im Übrigen ist nicht erkennbar, worin ein berechtigtes Interesse Ihrer Mandantschaft liegen soll.",
    "Die Frist des § {p} Abs. 2 ist seit dem Jahr {y1} abgelaufen; eine Verlängerung wurde nicht beantragt.",
    "Der Bescheid aus dem Jahr {y1} ist bestandskräftig geworden, nachdem kein Widerspruch eingelegt wurde.",
    "An der Bekanntgabe der Unterlagen im Bereich {area} hat die Allgemeinheit ein gewichtiges Interesse.",
    "Die Kosten des Verfahrens in Höhe von {m}.000 Euro sind von der Gegenseite zu tragen.",
    "Zur Abgabe der geforderten Erklärung sieht sich unser Mandant nicht veranlasst.",
    "Die Stadt wird gebeten, die Unterlagen bis zum Ende des Monats vollständig vorzulegen.",
    "Nach Auffassung der Verwaltung ist die Regelung mit dem geltenden Recht vereinbar.",
    "Die Rechtsprechung hat hierzu wiederholt entschieden, dass ein Anspruch nur unter engen Voraussetzungen besteht.",
    "Wir beantragen daher, das Verfahren bis zur Entscheidung in der Hauptsache ruhen zu lassen.",
    "Ergänzend weisen wir darauf hin, dass die Angaben im Bericht aus dem Jahr {y1} unvollständig sind.",
    "Die Zahl der {things} ist in diesem Zusammenhang ohne Bedeutung.",
    "Ein Verstoß gegen § {p} UrhG liegt schon deshalb nicht vor, weil es an der erforderlichen Schöpfungshöhe fehlt.",
    "Wir fordern Sie auf, die beanstandete Handlung künftig zu unterlassen.",
    "Sollte die Frist fruchtlos verstreichen, werden wir unserer Mandantin empfehlen, gerichtliche Hilfe in Anspruch zu nehmen.",
    "Hilfsweise berufen wir uns auf die Einrede der Verjährung.",
    "Der Sachverhalt stellt sich aus Sicht unserer Mandantschaft wie folgt dar.",
    "Die Voraussetzungen eines Anspruchs aus § {p} BGB sind nicht dargelegt.",
)
INTROS = ("hiermit zeigen wir an, dass uns {who} mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht liegt bei.",
          "in der oben genannten Angelegenheit vertreten wir {who}. Die ordnungsgemäße Bevollmächtigung wird anwaltlich versichert.",
          "wie Ihnen bereits mitgeteilt wurde, vertreten wir die rechtlichen Interessen von {who}.",
          "in der oben genannten Angelegenheit nehmen wir Bezug auf Ihr Schreiben vom {d} und teilen Ihnen Folgendes mit:",
          "unter Bezugnahme auf Ihr Schreiben vom {d} zeigen wir an, dass wir {who} vertreten.")
FEES = ("{f} Geschäftsgebühr gem. Nr. 2300 VV RVG", "Geschäftsgebühr Nr. 2300 VV RVG ({f})", "{f} Verfahrensgebühr Nr. 3100 VV RVG",
        "Auslagenpauschale Nr. 7002 VV RVG", "Post- und Telekommunikationspauschale", "{t} % Umsatzsteuer Nr. 7008 VV RVG", "Umsatzsteuer {t} %")
DECLARATIONS = ("Unterlassungs- und Verpflichtungserklärung", "Strafbewehrte Unterlassungserklärung", "Vollmacht", "Verpflichtungserklärung",
                "Erklärung", "UNTERLASSUNGSERKLÄRUNG")
MEMO_TITLES = ("Votum", "Sachverhalt", "Rechtliche Bewertung", "Ergebnis", "Vorschlag", "Stellungnahme")


def _numbered_prose(doc: _Doc, mark: str, count: int, start: int = 1) -> None:
    """Paragraphs numbered in prose, every line body; now and then an unnumbered paragraph goes on after one."""
    rng = doc.rng
    for k in range(start, start + count):
        doc.add(mark.format(k=k, r=ROMAN[k - 1]) + " ".join(rng.sample(ARGUMENTS, rng.randint(2, 5))), R.BODY)
        doc.blank(0.6)
        if rng.random() < 0.3:
            doc.paragraphs(R.BODY, 1, ARGUMENTS)


def _beside(doc: _Doc, start: int, side: list[Item | None], y0: float, pitch: float) -> None:
    """A column printed beside the letter (a law firm's partners, offices, contact and bank lines) as an OCR reading
    order puts it: rows sorted by height, so each of its lines stands alone where the letter has a gap or no line at
    that height, and after the letter's line and a column gap where both share a row (the letter's role counts then).
    The letter's lines from `start` on stand one pitch apart, a blank line is a gap of one to four; the column's lines
    begin at `y0` and stand `pitch` apart, None is a gap between its blocks."""
    rng, placed, y = doc.rng, [], y0
    for item in side:
        if item is not None:
            placed.append((y, Side(item)))
        y += pitch
    out, j, y = [], 0, 0.0
    for item in doc.items[start:]:
        while j < len(placed) and placed[j][0] < y - 0.45:  # above this row: on a row of its own
            out.append(placed[j][1])
            j += 1
        if item == BREAK:
            out.append(item)
            continue
        if not item[0]:  # a gap in the letter: the column's lines in it stand alone, and no blank is read
            y += rng.choice((1, 1, 2, 3, 4))
            filled = False
            while j < len(placed) and placed[j][0] < y - 0.45:
                out.append(placed[j][1])
                j, filled = j + 1, True
            out += [] if filled else [item]
            continue
        if j < len(placed) and abs(placed[j][0] - y) <= 0.45:
            glued = f"{item[0]}{GAP}{placed[j][1][0]}"  # placed where the letter's line begins
            out += [(glued, item[1])] if len(glued) <= 90 else [item, placed[j][1]]
            j += 1
        else:
            out.append(item)
        y += 1
    doc.items = doc.items[:start] + out + [item for _, item in placed[j:]]


def _number(rng: random.Random) -> dict:
    return dict(a=rng.randint(30, 999), b=rng.choice((f"{rng.randint(100, 999)} {rng.randint(100, 999)}", f"{rng.randint(10000, 9999999)}",
                                                      f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 999)}")))


def _firm_columns(doc: _Doc, firm: dict) -> tuple[list[Item | None], list[Item]]:
    """What a law firm prints in its side column, in one of many orders: the firm, its partners with their titles and
    footnotes, its offices, the writer's own contact, the firm's address, and at the foot its register and bank."""
    rng, LH, F = doc.rng, R.LETTERHEAD, R.FURNITURE
    groups: list[list[Item]] = []
    if rng.random() < 0.4:
        groups.append([(firm["kind"], LH)] if rng.random() < 0.5 else [(firm["name"].split(GAP)[-1], LH), (firm["kind"], LH)])
    if rng.random() < 0.7:  # the partners, some marked for a footnote
        marks = list(dict.fromkeys(rng.sample(DEGREES, 6)))
        names = [(_person(rng, 0.4)[0] + rng.choice(marks), LH) for _ in range(rng.randint(3, 16))]
        if rng.random() < 0.3:
            names.insert(0, (rng.choice(("Partner", "PARTNER", "Rechtsanwälte", "Partnerinnen und Partner")), LH))
        if rng.random() < 0.25:  # titles under some names
            names = [entry for name in names for entry in [name] + [(f"Fachanwalt für {rng.choice(LAW_FIELDS)}", LH)] * (rng.random() < 0.4)]
        groups.append(names)
        if rng.random() < 0.6:
            groups.append([(note.format(k=k, f=rng.choice(LAW_FIELDS), us=rng.choice(("New York", "California")), city=rng.choice(OFFICE_CITIES)), LH)
                           for k, note in zip(rng.choice(("1234", "*¹²³", "*123")), rng.sample(FOOTNOTES, rng.randint(1, 4)))])
    if rng.random() < 0.4:  # its offices, each a block
        for city in rng.sample(OFFICE_CITIES, rng.randint(1, 4)):
            block = [(city, LH), (f"{rng.choice(STREETS)} {rng.randint(1, 90)}", LH), (f"{'D-' * (rng.random() < 0.5)}{rng.randint(10000, 99999)} {city}", LH),
                     (rng.choice(PHONES).format(**_number(rng)), LH), (rng.choice(FAXES).format(**_number(rng)), LH)]
            groups.append(block[: rng.randint(3, 5)])
        if rng.random() < 0.5:
            city, postal, street = rng.choice(ABROAD)
            groups.append([(city, LH), (street.format(n=rng.randint(1, 300), w=rng.choice(LAST)), LH), (postal.format(pc=f"WC2R {rng.randint(1, 9)}ND"), LH),
                           (rng.choice(PHONES).format(**_number(rng)), LH)])
    if rng.random() < 0.5:  # the writer's own lines
        name, female = _person(rng)
        groups.insert(0, [(f"{'Rechtsanwältin' if female else 'Rechtsanwalt'} {name}", LH)]
                      + [(f"{'Fachanwältin' if female else 'Fachanwalt'} für {rng.choice(LAW_FIELDS)}", LH)] * (rng.random() < 0.5)
                      + [(f"Sekretariat {_person(rng, 0)[0]}", LH)] * (rng.random() < 0.4)
                      + [(rng.choice(PHONES).format(**_number(rng)), LH), (rng.choice(FAXES).format(**_number(rng)), LH)][: rng.randint(0, 2)]
                      + [(f"{name.split()[-1].lower()}@{firm['domain']}.de", LH)] * (rng.random() < 0.5))
    contact = [(firm["street"], LH), (f"{firm['zip']} {firm['city']}", LH), (rng.choice(PHONES).format(**_number(rng)), LH),
               (rng.choice(FAXES).format(**_number(rng)), LH), (rng.choice(("Mail {m}@{d}.de", "E-Mail: {m}@{d}.de", "{m}@{d}.de")).format(m=rng.choice(("info", "kanzlei", "mail", "ra")), d=firm["domain"]), LH),
               (rng.choice(("Web www.{d}.de", "www.{d}.de", "Internet: www.{d}.de")).format(d=firm["domain"]), LH)]
    groups.append(contact[rng.randint(0, 2): rng.randint(3, 6)])
    foot: list[list[Item]] = []
    if rng.random() < 0.6:  # the register lines: at the foot, or in the column between the letter's lines
        (foot if rng.random() < 0.5 else groups).append([(line, F) for line in (rng.choice(("Sitz der Partnerschaftsgesellschaft: {c}", "Sitz {c}", "Sitz: {c}")).format(c=firm["city"]),
                                             rng.choice(("Partnerschaftsgesellschaft mbB", "Rechtsanwälte", "Partnerschaftsgesellschaft")),
                                             rng.choice(("Registergericht: {ct}, PR {n} B", "{ct} PR {n}", "Amtsgericht {c} PR {n}", "Registergericht {ct} PR {n}")).format(
                                                 ct=rng.choice(COURTS), c=rng.choice(OFFICE_CITIES), n=rng.randint(100, 2999)),
                                             rng.choice(("USt-IdNr. DE{v}", "UST-ID: DE {v}", "Steuer-Nr. {w}/{n}/{x}")).format(
                                                 v=rng.randint(100000000, 999999999), w=rng.randint(10, 99), n=rng.randint(100, 999), x=rng.randint(10000, 99999)))
                     if rng.random() < 0.75])
    if rng.random() < 0.7:  # the bank lines: at the foot, or in the column under the contact lines
        bank = [rng.choice(BANKS).format(city=rng.choice(OFFICE_CITIES)), f"BLZ {rng.randint(100, 860)} {rng.randint(100, 999)} {rng.randint(10, 99)}",
                f"Kto {rng.randint(1000000, 9999999999)}", f"IBAN{rng.choice((' ', ': ', ' '))}DE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}",
                f"{rng.choice(('BIC', 'BIC:', 'Swift-Code', 'SWIFT/BIC'))} {rng.choice(('GENODEF1', 'DEUTDEBB', 'COBADEFF', 'BYLADEM1'))}{rng.choice(('XXX', '', 'B01'))}"]
        (foot if rng.random() < 0.5 else groups).append([(line, F) for k, line in enumerate(bank) if k == 0 or rng.random() < 0.7])
    middle = groups[1:] if len(groups) > 1 else groups
    rng.shuffle(middle)
    out: list[Item | None] = []
    for group in (groups[:1] if len(groups) > 1 else []) + middle:
        out += [*group, None] + [None] * (rng.random() < 0.3)
    return out, [item for group in foot for item in group]


def _fee_table(doc: _Doc) -> None:
    """A lawyer's bill in a letter: the value in dispute, the fees and their sum, an amount a column gap away."""
    rng = doc.rng
    money = lambda x: f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")  # noqa: E731
    value, fee = rng.choice((3000, 5000, 8000, 10000, 15000, 20000, 30000, 50000)), rng.randint(200, 1500) + 0.4
    euro = rng.choice(("€{G}{x}", "{x} €", "EUR{G}{x}", "{x} EUR"))
    doc.add(rng.choice(("Gegenstandswert: € {v}", "Gegenstandswert € {v}", "Gegenstandswert: {v} EUR", "Streitwert: {v} €")), R.BODY, v=money(value))
    doc.blank(0.6)
    f = rng.choice(("1,3", "1,5", "0,65", "1,0"))
    rows = [(rng.choice(FEES[:3]).format(f=f), fee), (rng.choice(FEES[3:5]), 20.0)]
    if rng.random() < 0.6:
        rows.append((rng.choice(("Zwischensumme", "Summe netto", "Nettobetrag")), fee + 20))
    rows.append((rng.choice(FEES[5:]).format(t=19), round((fee + 20) * 0.19, 2)))
    rows.append((rng.choice(("Insgesamt", "Gesamtbetrag", "Summe", "Zu zahlender Betrag")), round((fee + 20) * 1.19, 2)))
    for label, amount in rows:
        doc.items.append((f"{label}{GAP}{euro.format(G=GAP, x=money(amount))}", R.BODY))
    doc.blank()


def _law_letter(doc: _Doc, letter: dict, mark: str, day: str) -> None:
    """A law firm's letter: firm, a side column read into the page, addressee(s), file numbers and date, the parties
    as its subject, the argument in numbered prose, perhaps a bill and an enclosed declaration to sign."""
    rng, c = doc.rng, doc.ctx
    a, b, cc = rng.sample(LAST, 3)
    fill = dict(a=a, b=b, c=cc, A=a.upper(), B=b.upper(), C=cc.upper(), s="".join(x[0] for x in (a, b, cc)), G=GAP)
    firm = dict(name=rng.choice(FIRMS).format(**fill), kind=rng.choice(FIRM_KINDS).format(**fill),
                domain=re.sub(r"[^a-z]", "", (a if rng.random() < 0.6 else fill["s"]).lower().translate(str.maketrans("äöü", "aou"))),
                city=rng.choice(OFFICE_CITIES), street=f"{rng.choice(STREETS)} {rng.randint(1, 120)}{rng.choice(('', '', 'a', '/19', ' A'))}",
                zip=f"{'D-' * (rng.random() < 0.3)}{rng.randint(10000, 99999)}")
    plain = firm["name"].split(GAP)[-1]
    doc.add(firm["name"], R.LETTERHEAD)
    if rng.random() < 0.4:
        doc.add(firm["kind"], R.LETTERHEAD)
    doc.blank()
    start = len(doc.items) if rng.random() < 0.7 else 0
    if rng.random() < 0.7:  # the return address over the window
        sep = rng.choice((" · ", " | ", ", ", " - "))
        doc.add(sep.join((plain if rng.random() < 0.6 else plain.upper(), firm["street"], f"{firm['zip']} {firm['city']}")), R.LETTERHEAD)
        doc.blank(0.7)
    delivery = rng.choice(DELIVERY).format(k=rng.randint(2, 9), mail=f"{rng.choice(LAST).lower()}@example.org", **_number(rng))
    if rng.random() < 0.25:
        doc.add(delivery, R.OTHER)
        doc.blank(0.5)
    who = lambda: rng.choice((["Herrn {p}"], ["Frau {p}"], ["Rechtsanwälte", "{f}"], ["{f}", "{t} {p}"], ["Stadt {city}", "Rechtsamt"],  # noqa: E731
                              ["{f}", "z. Hd. {t} {p}"], ["{authority}"]))
    for k in range(1 + (rng.random() < 0.25)):  # sometimes two addressees, one block below the other
        lines = [line.format(p=_person(rng)[0], f=f"{rng.choice(LAST)} {rng.choice(LAST)}" + rng.choice(("", " Rechtsanwälte", " & Partner")),
                             t=rng.choice(("Frau Rechtsanwältin", "Herrn Rechtsanwalt", "Frau", "Herrn")), city=c["city"], authority=letter["authority"])
                 for line in who()]
        doc.put([(line, R.ADDRESS) for line in lines + [f"{rng.choice(STREETS)} {rng.randint(1, 90)}", f"{rng.randint(10000, 99999)} {rng.choice(CITIES)}"]])
        doc.blank()
    if rng.random() < 0.15 and not any(text == delivery for text, _ in doc.items):
        doc.add(delivery, R.OTHER)
        doc.blank()
    ours = rng.choice(("Unser Zeichen: {n}-{m}/{yy}", "Unser Zeichen:{G}{yy}-{n}", "Reg.-Nr.: {n}/{m}-{yy}", "Unser Az.: {n}/{yy} {i}", "Az.: {n}/{yy}",
                       "Aktenzeichen: {n}/{yy}"))
    theirs = rng.choice(("Ihr Zeichen: {m}/{n}-{yy}", "Ihr Zeichen:{G}{m}/{n}", "Ihr Az.: {n}-{m}", "Ihre Nachricht vom {d}"))
    dated = rng.choice(("{seat}, {day}", "{seat}, den {day}", "{day}"))
    when = dict(yy=c["y2"] % 100, i="".join(rng.sample("ABDGHKLMRSTW", 2)), d=_fmt(c["asked"] - timedelta(days=rng.randint(3, 30)), rng.randrange(4)),
                seat=firm["city"], day=day)
    arrangement = rng.randrange(4)
    if arrangement == 0:  # the date a column gap before the file number: the number counts
        doc.add(f"{dated}{GAP}{ours}", R.REFERENCE, **when)
        doc.add(theirs, R.REFERENCE, **when) if rng.random() < 0.4 else None
    elif arrangement == 1:
        doc.add(dated, R.DATE, **when)
        doc.blank(0.5)
    else:
        doc.add(ours, R.REFERENCE, **when)
        if rng.random() < 0.6:
            doc.add(theirs, R.REFERENCE, **when)
        doc.blank(0.4)
        doc.add(dated, R.DATE, **when)
    doc.blank()
    names = dict(land=rng.choice(("Berlin", "Hessen", "Sachsen", "Bayern", "Bremen")), city=c["city"], person=_person(rng, 0.1)[0],
                 last=rng.choice(LAST), last2=rng.choice(LAST))
    left, right = (party.format(**names) for party in rng.sample(LITIGANTS, 2))
    parties = rng.randrange(4)
    if parties == 0:
        doc.put([(f"{left} ./.", R.SUBJECT), (right, R.SUBJECT)])
    elif parties == 1:
        doc.add(f"{left} ./. {right}", R.SUBJECT)
    elif parties == 2:
        doc.add(rng.choice(("Betr.: {title}", "Betreff: {title}", "In Sachen {l} ./. {r}")), R.SUBJECT, l=left, r=right)
    else:
        doc.add(f"{left} ./. {right}", R.SUBJECT)
        doc.add(rng.choice(MATTERS), R.SUBJECT, d=_fmt(c["asked"] - timedelta(days=rng.randint(3, 30)), 1))
    if arrangement == 1 and rng.random() < 0.6:  # the file numbers under the subject
        doc.add(ours, R.REFERENCE, **when)
        if rng.random() < 0.5:
            doc.add(theirs, R.REFERENCE, **when)
    doc.blank()
    greet = rng.choice(("Sehr geehrte Damen und Herren,", "Sehr geehrte Frau Kollegin {x},", "Sehr geehrter Herr Kollege {x},", "Sehr geehrter Herr {x},",
                        "Sehr geehrte Frau {x},", "Sehr geehrte Frau Dr. {x},", "Sehr geehrte Kolleginnen und Kollegen,"))
    doc.add(greet, R.SALUTATION, x=rng.choice(LAST))
    if rng.random() < 0.15:
        doc.add(rng.choice(("sehr geehrter Herr {x},", "sehr geehrte Frau {x},")), R.SALUTATION, x=rng.choice(LAST))
    doc.blank()
    client = rng.choice(("Herrn " + _person(rng)[0], "den Verein " + rng.choice(LAST) + " e.V.", "die Stadt " + c["city"], "die " + rng.choice(LAST) + " GmbH",
                         "das Land " + names["land"]))
    doc.add(rng.choice(INTROS), R.BODY, who=client, d=_fmt(c["asked"] - timedelta(days=12), 1))
    doc.put([(rng.choice(("Im Einzelnen:", "Dazu im Einzelnen:", "Zur Sache:", "Hierzu nehmen wir wie folgt Stellung:")), R.BODY)] * (rng.random() < 0.6))
    doc.blank()
    _numbered_prose(doc, mark, rng.randint(1, 6))
    doc.paragraphs(R.BODY, rng.randint(0, 2), ARGUMENTS)
    bill = rng.random() < 0.45
    if bill:
        doc.add("Unsere Kosten berechnen wir wie folgt:" if rng.random() < 0.5 else "Die Kosten unserer Inanspruchnahme belaufen sich auf:", R.BODY)
        doc.blank(0.5)
        _fee_table(doc)
        doc.add(f"Wir erwarten den Ausgleich dieses Betrages bis zum {_fmt(c['asked'] + timedelta(days=14), 1)}.", R.BODY)
        doc.blank()
    doc.add(rng.choice(("Mit freundlichen Grüßen", "Mit freundlichen Grüßen", "Mit kollegialen Grüßen", "Mit besten Grüßen", "Hochachtungsvoll",
                        "Mit freundlichen und kollegialen Grüßen")), R.CLOSING)
    doc.blank(0.6)
    name, female = _person(rng)
    shown = rng.choice((name, f"({name.split()[-1]})", f"({name})", f"gez. {name}", name.upper()))
    doc.add(shown, R.SIGNATURE_NAME)
    if rng.random() < 0.85:
        doc.add(rng.choice((("Rechtsanwältin", "Rechtsanwalt"), ("Rechtsanwältin | Partnerin", "Rechtsanwalt | Partner"),
                            ("Fachanwältin für {f}", "Fachanwalt für {f}"), ("Rechtsanwältin und Notarin", "Rechtsanwalt und Notar")))[not female],
                R.SIGNATURE_ROLE, f=rng.choice(LAW_FIELDS))
    if rng.random() < 0.3:
        doc.blank()
        doc.add(rng.choice(("Anlage", "Anlagen", "Anlage: Vollmacht", "Anlage: Unterlassungserklärung", "Anlagen: {k}")), R.OTHER, k=rng.randint(2, 5))
    side, foot = _firm_columns(doc, firm)
    if rng.random() < 0.7:  # the side column read into the first page, its register and bank lines at the page's foot
        _beside(doc, start, side, rng.uniform(-1.5, 4.0), rng.uniform(0.7, 1.15))
        doc.footnote = [Side(item) for item in foot] if rng.random() < 0.7 else foot
    else:  # only the foot
        doc.footnote = foot
        doc.foot_first = rng.random() < 0.3
    if rng.random() < 0.6:  # later pages: the firm's name as a running head
        doc.head = tuple(rng.choice(((plain.upper(),), (plain,), (plain.upper(), firm["kind"].upper()), (plain, firm["kind"]))))
        doc.head_apart = rng.random() < 0.6
        if rng.random() < 0.5:  # the firm's logo above it, read by the OCR as a few marks
            doc.logo = rng.choice(("I   I", "I I", "| |", "II", "l   l", "■", "I  -  I", "[ ]"))
    if rng.random() < 0.3:  # the web address at the foot of every page after the first, or of the last
        web = [(f"www.{firm['domain']}.de", R.FURNITURE)]
        if rng.random() < 0.6:
            doc.later_foot = web
        else:
            doc.imprint = web
    elif rng.random() < 0.3:  # the firm's postal and contact line at the foot of the last page: letterhead
        doc.imprint = _foot_lines(f"{plain} · {firm['street']} · {firm['zip']} {firm['city']} · {rng.choice(PHONES).format(**_number(rng))}")
    if rng.random() < 0.2:  # a declaration enclosed for the other side to sign
        doc.items.append(BREAK)
        doc.add(rng.choice(DECLARATIONS), R.HEADING)
        if rng.random() < 0.6:  # a sheet of its own: without the letter's running head, page mark and web address
            doc.enclosure = doc.items[-1]
        doc.blank()
        doc.add(f"Hiermit verpflichtet sich {right}, gegenüber {left},", R.BODY)
        doc.blank(0.5)
        for k in range(1, rng.randint(2, 4)):
            doc.add(f"{k}. " + rng.choice(("es bei Meidung einer für jeden Fall der Zuwiderhandlung fälligen Vertragsstrafe zu unterlassen, die Unterlagen zu verbreiten;",
                                           "die Kosten der Inanspruchnahme der Rechtsanwälte zu erstatten, und zwar wie folgt:",
                                           "Auskunft über den Umfang der bisherigen Nutzung zu erteilen.")), R.BODY)
            doc.blank(0.5)
        if bill and rng.random() < 0.6:
            _fee_table(doc)
        # a place for each who signs: the party, and sometimes a person beside it, each on its own line
        signers = [right] + [_person(rng)[0]] * (rng.random() < 0.4)
        form = rng.choice(("(Ort, Datum){G}({s})", "Ort, Datum{G}{s}", "(Ort, Datum){G}(Unterschrift {s})"))
        for signer in signers:
            doc.blank()
            doc.add(form, R.SIGNATURE_NAME, s=signer)


def schreiben(doc: _Doc) -> None:
    """A letter or memo that numbers its argument: a lawyer's letter, an internal Vermerk, or an administration's letter."""
    rng, c = doc.rng, doc.ctx
    letter = _letter_context(doc)
    layout = rng.choice((0, 0, 0, 1, 1, 2))
    day = _fmt(c["asked"], c["style"])
    mark = rng.choice(("{k}. ", "{k}. ", "{k}) ", "({k}) ", "{r}. "))
    if layout == 0:  # a law firm's letter
        _law_letter(doc, letter, mark, day)
    elif layout == 1:  # an internal memo: office, date, "Vermerk", Betreff, numbered sections and paragraphs
        doc.put([(rng.choice(("Bundesministerium {m}", "Ministerium {m}", "Stadt {city}", "Landratsamt {city}")).format(m=rng.choice(BUND_MINISTRIES), city=c["city"]), R.LETTERHEAD),
                 (rng.choice(("Referat {r} {n}", "Abteilung {r}", "Amt {n} – Rechtsamt", "Fachbereich {n}")).format(r=rng.choice(ROMAN[:6]), n=rng.randint(1, 40)), R.LETTERHEAD)])
        doc.add(rng.choice(("{seat}, den {day}", "{day}")), R.DATE, seat=rng.choice(CITIES), day=day)
        if rng.random() < 0.5:
            doc.add("Az.: {n}-{m}/{yy}", R.REFERENCE, yy=c["y2"] % 100)
        doc.blank()
        doc.add(rng.choice(("Vermerk", "VERMERK", "Aktenvermerk", "Vermerk für die Leitung")), R.LETTERHEAD)
        doc.blank()
        # the Betreff may name a decision or letter by its date: a subject still, not the memo's date
        doc.add(rng.choice(("Betr.: {title}", "Betreff: {title}", "{title}", "Betr.: {what} vom {when} zu {title}", "Betreff: {what} vom {when}",
                            "Gegenstand: {title}")), R.SUBJECT, what=rng.choice(("Urteil des Bundesverwaltungsgerichts", "Beschluss des Oberverwaltungsgerichts",
                                                                                 "Schreiben des Landkreises", "Erlass des Ministeriums", "Urteil des Landgerichts")),
                when=_fmt(c["asked"] - timedelta(days=rng.randint(5, 90)), rng.choice((0, 1, 2))))
        if rng.random() < 0.5:
            doc.add(rng.choice(("hier: Bewertung der Lage im Bereich {area}", "hier: Zulässigkeit einer Neuregelung", "hier: Folgen für {title}",
                                "hier: rechtliche Bewertung", "hier: Stellungnahme zur Anfrage vom {y1}")), R.SUBJECT)
        if rng.random() < 0.4:
            doc.add(rng.choice(("Anlg.: -{k}-", "Anlage: {k}", "Anlagen: {k}", "Anl.: {k}", "Bezug: Schreiben vom {y1}", "Bezug: Erlass vom {y1}")), R.OTHER, k=rng.randint(1, 4))
        doc.blank()
        if rng.random() < 0.5:  # numbered titles ("1. Votum") above prose: headings
            for k, title in enumerate(rng.sample(MEMO_TITLES, rng.randint(2, 4)), start=1):
                doc.add(mark.format(k=k, r=ROMAN[k - 1]) + title, R.HEADING)
                doc.blank(0.5)
                doc.paragraphs(R.BODY, rng.randint(1, 2), ARGUMENTS)
        else:
            _numbered_prose(doc, mark, rng.randint(2, 6))
        if rng.random() < 0.7:
            doc.add(rng.choice((_person(rng)[0], "gez. " + _person(rng)[0])), R.SIGNATURE_NAME)
    else:  # the administration's letter to a citizen or a faction, its statement in numbered paragraphs
        doc.put([(letter["authority"], R.LETTERHEAD), (rng.choice(OFFICES), R.LETTERHEAD)])
        doc.blank()
        letter["faction"] = rng.choice(("{party}-Fraktion im {assembly}", "Fraktion {party}")).format(**letter)
        _addressee(doc, letter, to_faction=rng.random() < 0.5)
        _letter_date(doc, letter)
        doc.add(rng.choice(("Ihr Schreiben vom {d}", "Betreff: {title}", "Ihre Eingabe vom {d} zum Thema {title}", "{title}")), R.SUBJECT,
                d=_fmt(c["asked"] - timedelta(days=20), 0))
        doc.blank()
        _salutation(doc, letter)
        doc.add(rng.choice(("zu Ihrem Schreiben nehme ich wie folgt Stellung:", "vielen Dank für Ihr Schreiben. Zu den von Ihnen angesprochenen Punkten:",
                            "die Verwaltung hat Ihr Anliegen geprüft und teilt Ihnen Folgendes mit:")), R.BODY)
        doc.blank()
        _numbered_prose(doc, mark, rng.randint(2, 5))
        _letter_signature(doc, letter, False)


COMPOSERS = dict(zip(KINDS, (kleine_anfrage, antwort, kleine_anfrage, antwort, unterrichtung, vorlage, fraktion, fraktion, verwaltung_antwort,
                             brief, brief, brief_antwort, schreiben)))
