"""The line-role labeller: one role per line, a clear error without its model, deterministic training."""
from __future__ import annotations

from pathlib import Path

import pytest

import pipeline.line_roles as line_roles
from models import Line, LineRole, Page, PageMethod
from parlbrief import train_line_roles
from pipeline.errors import MissingDependencyError
from pipeline import structure_labelled
from pipeline.structure import extract_structure
from pipeline.structure_labelled import RoleLine, first_paragraph
from tests.test_structure_helpers import make_doc

FORM = """Anfrage

Vorlage Nr.:  2024/0001

Eingang: 26.12.2024

Stolpersteine erhalten
Anfrage: SPD

Gremien Termin TOP Ö / N Zuständigkeit
Gemeinderat 20.02.2024 22 Ö Kenntnisnahme

Ist sichergestellt, dass die im Zuge der baulichen Veränderungen vereinzelt
abgebauten Stolpersteine im Anschluss an die Bauarbeiten erneut eingelassen werden?

Begründung

Stolpersteine sind kleine Gedenksteine, die im öffentlichen Raum verlegt werden.

Unterzeichnet von:
Yvette Melchien
Dr. Anton Huber"""


def _pages(text: str) -> list[Page]:
    return [Page(number=n, method=PageMethod.TEXT, lines=[Line(text=t) for t in page.split("\n")])
            for n, page in enumerate(text.split("\f"), start=1)]


def test_every_non_blank_line_gets_one_role():
    pages = _pages(FORM)
    roles = line_roles.label_lines(pages)
    assert len(roles) == sum(1 for page in pages for line in page.lines if line.text.strip())
    assert all(isinstance(role, LineRole) and 0.0 < sure <= 1.0 for role, sure in roles)
    assert line_roles.label_lines([]) == [] and line_roles.label_lines(_pages("\n\n")) == []


def _features_of(text: str) -> list[dict]:
    """Each line's own features (the neighbours' left out)."""
    return [{name: value for name, value in row.items() if not isinstance(value, dict)}
            for row in line_roles.features(_pages(text))]


def test_the_head_says_what_a_paper_does_as_classes_not_words():
    reply = _features_of("Stellungnahme zur Anfrage\nVorlage Nr.: 2024/0001\nText.")[2]
    assert {"doc_replies", "doc_asks"} <= reply.keys() and "doc_moves" not in reply
    printed = _features_of("Kleine Anfrage\nder Abg. Anna Ambach\nund\nAntwort\ndes Ministeriums\nText.")[5]
    assert {"doc_replies", "doc_asks"} <= printed.keys()
    assert "doc_says_nothing" in _features_of("Sehr geehrte Damen und Herren,\nText.")[1]
    thanks = _features_of("Anfrage Digitalisierung\n1. Wie viele?\nFür die Beantwortung bedanken wir uns.")[0]
    assert "doc_asks" in thanks and "doc_replies" not in thanks  # a reply's kind is a title
    spaced = _features_of("LANDTAG\nA N T W O R T\nzu der\nAnfrage des Abgeordneten X\nText.")[4]
    assert {"doc_replies", "doc_asks"} <= spaced.keys()  # a title printed letter-spaced
    letter = _features_of("Fraktion X\nBetreff: Ihre Anfrage vom 3. Mai 2024\nText.")[2]
    assert "doc_replies" in letter  # a letter to the asker


def test_sentences_are_followed_across_a_page_break():
    """A question running on to the next page still ends with its question mark; the running
    head and page number between are no part of the sentence."""
    rows = _features_of("1. Welche Mittel stehen\n- 2 -\nDrucksache 17/1234\nzur Verfügung?\nDie Mittel reichen.")
    assert "sentence_asks" in rows[0] and "sentence_starts" in rows[0]
    assert "sentence_starts" not in rows[3] and "sentence_asks" in rows[3]
    assert "sentence_starts" in rows[4] and "sentence_asks" not in rows[4]


def test_prose_after_a_question_in_a_reply_is_marked_and_a_new_question_is_not():
    rows = _features_of("Stellungnahme zur Anfrage\nWie viele Plätze gibt es?\nEs gibt 40 Plätze.\nWelche Kosten entstehen?")
    assert "reply_after_question" in rows[2] and "reply_after_question" not in rows[3]
    asking = _features_of("Anfrage\nWie viele Plätze gibt es?\nEs gibt 40 Plätze.")
    assert "reply_after_question" not in asking[2]
    parts = _features_of("Stellungnahme zur Anfrage\nWie wird gesichert?\na) Aufsicht\nDie Säle werden überwacht.\n"
                         "Mit freundlichen Grüßen\nText.")
    assert "reply_after_question" in parts[3]  # an answer's lettered parts go on answering
    assert "reply_after_question" not in parts[5]  # until it is signed
    thanks = _features_of("Anfrage\n1. Wie viele Plätze gibt es?\nVielen Dank!\nMit freundlichen Grüßen")
    assert "no_reply_after_question" in thanks[2] and "reply_after_question" not in thanks[2]  # a paper that asks
    assert "no_reply_after_question" not in thanks[3]
    memo = _features_of("Vermerk\nStellungnahme\nDas Gericht hat entschieden.\nWie wird verfahren?\nEs bleibt dabei.")
    assert "nothing_asked_above" in memo[2] and "nothing_asked_above" not in memo[4]  # an answer answers a question


def test_prose_after_the_questions_replies_where_the_head_or_an_answer_heading_above_says_so():
    asked = "Anfrage\n" + "\n".join(f"{k}. Wie viele Plätze gibt es im Stadtteil {k}?" for k in range(1, 16))
    reasons = _features_of(asked + "\nDie Plätze reichen seit Jahren nicht aus.")
    assert "no_reply_after_question" in reasons[-1]  # a paper that asks: its reasons, printed after the questions
    answered = _features_of(asked + "\nAntwort\n1. Wie viele Plätze gibt es?\nEs gibt 40 Plätze.")
    assert "reply_after_question" in answered[-1]  # the question paper printed before its answer
    assert "reasons" in _features_of("Sachstand/Begründung:")[0]


@pytest.mark.parametrize("text,dated", [("Referat VI5 Berlin, den 16. November 2011", True), ("Kleve, 23.11.2023", True),
                                        ("Bad Homburg, 3. Mai 2024", True), ("am 12.3. beraten", False),
                                        ("Ratsinformationssystem – Ausdruck vom 06.03.2017", False)])
def test_a_letters_date_line_names_its_place(text: str, dated: bool):
    assert ("place_date" in _features_of(text)[0]) is dated


def test_a_reply_is_read_from_answers_the_labeller_is_sure_of():
    """An unsure answer line after an Anfrage's last question ("Vielen Dank!") makes no reply of it."""
    def lines(answer_confidence: float) -> list[RoleLine]:
        return [RoleLine(1, 0, "Anfrage zur Lage der Frauenhäuser", LineRole.SUBJECT, 1.0),
                RoleLine(1, 1, "1. Wie viele Plätze gibt es?", LineRole.QUESTION, 1.0),
                RoleLine(1, 2, "Vielen Dank!", LineRole.ANSWER, answer_confidence)]
    assert structure_labelled.doc_type(lines(0.3)) is None
    assert structure_labelled.doc_type(lines(0.95)).value == "stellungnahme"


def test_a_numbered_items_prose_counts_its_lines_until_a_blank_line_or_section():
    rows = _features_of("Antrag\n1. Die Stadt unterstützt den Ausbau.\nDer Zeitplan bleibt.\nEr wird berichtet.\n"
                        "Dazu gehört der Lärmschutz.\n\nNach dem Absatz\n2. Die Bahn legt dar.\nBegründung:\nText.")
    assert [next((name for name in row if name.startswith("in_item=")), None) for row in rows] == [
        None, None, "in_item=<=2", "in_item=<=2", "in_item=<=6", None, None, None, None]


def test_a_numbered_item_is_named_with_what_the_paper_does():
    """"1. …" is a motion point where the head moves, a question where it asks, a paragraph of prose in a
    letter whose head says neither (a lawyer's letter): the item's marker is joined with the paper's class."""
    moves = _features_of("Antrag\nTitel\n1. Die Stadt richtet eine Stelle ein.\nSie berichtet.")
    assert "item_doc_moves" in moves[2] and not any(name.startswith("item_") for name in moves[3])
    letter = _features_of("Kanzlei Ambach & Kollegen\nSehr geehrte Damen und Herren,\n1. Zunächst ist fraglich, ob dies gilt.")
    assert "item_doc_says_nothing" in letter[2] and "item_doc_moves" not in letter[2]
    asks = _features_of("Anfrage\nTitel\nA. Welche Kosten entstehen?\n1. für den Bau?\nB. Wer zahlt?")
    assert "capital_lettered" in asks[2] and "item_doc_asks" in asks[2]
    assert all("doc_capital_items" in row for row in asks)  # digits under capital letters number the parts
    assert "doc_capital_items" not in _features_of("Anfrage\nA. Welche Kosten entstehen?\n1. für den Bau?")[0]


def test_three_blank_lines_or_more_before_a_line_are_a_sections_break():
    rows = _features_of("Antrag\n1. Die Stadt prüft den Bau.\n\n\n\nIn der Stadt leben 9.000 Hunde.\n\nBegründung:")
    assert [("gap_before" in row) for row in rows] == [False, False, True, False]


@pytest.mark.parametrize("text, name", [
    ("Stadträtin Dr. Ute Leidig (GRÜNE)", True),
    ("Gundula Lüchtrath-Klöckner, Jessica Rabenschlag und Dr. Jenny Winkler", True),
    ("Margot Isele, Martin Pötzsche und die Fraktion B90/Die Grünen im OR Durlach", True),
    ("Sehr geehrte Damen und Herren", False),
    ("Fraktionsvorsitzende", False),
    ("Die Anfrage wird wie folgt beantwortet:", False),
    ("Vorlage Nr. 2024/0012", False),
])
def test_signer_names_are_a_feature_also_several_on_a_line(text: str, name: bool):
    row = _features_of(text)[0]
    assert ("person_name" in row) is name
    assert ("role_noun" in row) is (text == "Fraktionsvorsitzende")


def test_digits_count_the_share_of_digits():
    assert "digits=<=0" in _features_of("Sehr geehrte Damen und Herren,")[0]
    assert "digits=>6" in _features_of("20.02.2024")[0]


def test_a_council_form_is_read_from_its_labelled_lines():
    """A form the letter rules have no place for: number, date, title, kind, faction, signers."""
    record = extract_structure(make_doc(FORM))
    assert record.reference == "2024/0001"
    assert record.date is not None and record.date.isoformat() == "2024-12-26"
    assert record.subject == "Stolpersteine erhalten"
    assert record.doc_type.value == "anfrage"
    assert record.sender.organization == "SPD"
    assert [s.name for s in record.signatories] == ["Yvette Melchien", "Dr. Anton Huber"]


# A form of the older kind: its own date ("vom …") in the head, the meeting's date alone on a line
# of the Gremium/Termin table.
OLD_FORM = """STADT MUSTERSTADT
Der Oberbürgermeister

ANFRAGE

Stadtrat Max Beispiel (FW)

vom 27.04.2015
Gremium:


Termin:
Vorlage Nr.:
TOP:
13. Plenarsitzung Gemeinderat


30.06.2015
2015/0259
38
öffentlich

Wasserversorgung im Krisenfall

1. Gibt es eine Notversorgung mit Trinkwasser?

2. Wer ist dafür zuständig?

unterzeichnet von:
Max Beispiel"""


def test_a_forms_date_is_the_one_it_prints_else_its_meetings():
    record = extract_structure(make_doc(OLD_FORM))
    assert (record.date.isoformat(), record.date_source.value) == ("2015-04-27", "printed")
    record = extract_structure(make_doc(FORM))
    assert (record.date.isoformat(), record.date_source.value) == ("2024-12-26", "printed")
    record = extract_structure(make_doc(FORM.replace("Eingang: 26.12.2024\n\n", "")))
    assert (record.date.isoformat(), record.date_source.value) == ("2024-02-20", "meeting")
    assert any("no date printed" in warning for warning in record.warnings)


MOTION_FORM = """Antrag

Vorlage Nr.:  2024/0002

Eingang: 08.01.2025

Tauschschränke in den Stadtteilen
Antrag: GRÜNE

Gremien Termin TOP Ö / N Zuständigkeit
Gemeinderat 28.01.2025 12 Ö Entscheidung

Die Stadt richtet in jedem Stadtteil einen Tauschschrank ein und berichtet dem
Gemeinderat nach einem Jahr über die Nutzung.

Tauschschränke werden immer beliebter. Bürgerinnen und Bürger können dort gebrauchte
Gegenstände hinterlegen und kostenfrei mitnehmen.

Unterzeichnet von:
Yvette Melchien
Dr. Anton Huber

Begründung/Sachverhalt"""


def test_an_unnumbered_motion_is_the_first_paragraph_of_a_form(monkeypatch: pytest.MonkeyPatch):
    record = extract_structure(make_doc(MOTION_FORM))
    assert record.doc_type.value == "antrag"
    motion = ("Die Stadt richtet in jedem Stadtteil einen Tauschschrank ein und berichtet dem Gemeinderat nach "
              "einem Jahr über die Nutzung.")
    assert record.motion_points == [motion]
    # Where the labeller marks no motion line, the first paragraph is taken, and the record says so.
    monkeypatch.setattr(structure_labelled, "motion_points", lambda lines, **_: [])
    record = extract_structure(make_doc(MOTION_FORM))
    assert record.motion_points == [motion]
    assert any("first paragraph is taken as the motion" in warning for warning in record.warnings)


def test_a_forms_numbered_motion_points_are_read_from_its_motion_lines():
    text = MOTION_FORM.replace("""Die Stadt richtet in jedem Stadtteil einen Tauschschrank ein und berichtet dem
Gemeinderat nach einem Jahr über die Nutzung.""", """Die GRÜNE-Gemeinderatsfraktion beantragt:
1) Die Stadt richtet in jedem Stadtteil einen Tauschschrank
ein.
2) Die Stadtverwaltung berichtet dem Gemeinderat nach einem Jahr über die
Nutzung.""")
    assert extract_structure(make_doc(text)).motion_points == [
        "Die Stadt richtet in jedem Stadtteil einen Tauschschrank ein.",
        "Die Stadtverwaltung berichtet dem Gemeinderat nach einem Jahr über die Nutzung."]


def test_a_motion_point_numbered_next_is_taken_though_the_labeller_is_unsure():
    def line(k: int, text: str, role: LineRole, sure: float) -> RoleLine:
        return RoleLine(page=1, index=k, text=text, role=role, confidence=sure)
    lines = [line(0, "1. Der Gemeinderat beschließt das Ziel.", LineRole.MOTION, 0.99),
             line(1, "2. Die Gebührenfreiheit gilt für alle", LineRole.MOTION, 0.80),
             line(2, "Träger.", LineRole.MOTION_CONT, 0.99),
             line(3, "4. Eine Zahl, die nicht folgt", LineRole.MOTION, 0.80),
             line(4, "Begründung", LineRole.HEADING, 0.99)]
    assert structure_labelled.motion_points(lines, sure=True) == [
        "Der Gemeinderat beschließt das Ziel.", "Die Gebührenfreiheit gilt für alle Träger."]
    assert len(structure_labelled.motion_points(lines)) == 3



def test_a_motion_points_number_alone_on_its_line_takes_the_text_below():
    """"1." and "2." on lines of their own, each point's text below, which the labeller reads as motion
    or continuation; a number alone is as sure as its text, and "1." before a sure "2." is taken."""
    lines = [RoleLine(page=1, index=k, text=text, role=role, confidence=sure) for k, (text, role, sure) in enumerate([
        ("1.", LineRole.MOTION, 0.60), ("Die Stadt erstellt ein Konzept.", LineRole.MOTION_CONT, 0.40),
        ("2.", LineRole.MOTION, 0.90), ("Die Verwaltung prüft, ob das Amt die", LineRole.MOTION, 0.90),
        ("Bühne übernimmt.", LineRole.MOTION_CONT, 0.95)])]
    assert structure_labelled.motion_points(lines, sure=True) == [
        "Die Stadt erstellt ein Konzept.", "Die Verwaltung prüft, ob das Amt die Bühne übernimmt."]


def test_continuation_lines_after_other_text_are_no_part_of_a_motion_point():
    """The reasons going on at the next page's top, read as continuation: the reasons' own lines stand
    between, so they continue no point; a page's furniture between does not break a point."""
    lines = [RoleLine(page=1, index=k, text=text, role=role, confidence=0.99) for k, (text, role) in enumerate([
        ("1. Die Stadt prüft, wie eine", LineRole.MOTION), ("Seite 2", LineRole.FURNITURE),
        ("Baulandbörse realisiert werden kann.", LineRole.MOTION_CONT),
        ("2010 hat die Stadt ein Kataster eingerichtet und", LineRole.BODY),
        ("Sachverhalt / Begründung:", LineRole.HEADING), ("auf die Innenentwicklung hingewiesen.", LineRole.MOTION_CONT)])]
    assert structure_labelled.motion_points(lines) == ["Die Stadt prüft, wie eine Baulandbörse realisiert werden kann."]


def test_a_bulleted_motion_point_is_read_without_its_bullet():
    lines = [RoleLine(page=1, index=k, text=text, role=role, confidence=0.99) for k, (text, role) in enumerate([
        ("• Die Stadtverwaltung prüft Möglichkeiten und entwickelt", LineRole.MOTION),
        ("ein Konzept.", LineRole.MOTION_CONT),
        ("– Sie berichtet dem Gemeinderat.", LineRole.MOTION)])]
    assert structure_labelled.motion_points(lines) == [
        "Die Stadtverwaltung prüft Möglichkeiten und entwickelt ein Konzept.", "Sie berichtet dem Gemeinderat."]


def test_a_line_ending_with_its_page_number_after_a_gap_is_furniture_whatever_the_labeller_says(monkeypatch):
    """A running head read into the middle of a page ("Ergänzende Erläuterungen      Seite 2"): the
    printed page number decides, though the labeller reads the line as a question; without its
    page number the labeller's role stands."""
    texts = ["1. Wie hat sich die Nachfrage entwickelt?", "Ergänzende Erläuterungen                      Seite 2",
             "Ergänzende Erläuterungen", "2. Was plant die Stadt?"]
    monkeypatch.setattr(structure_labelled, "label_lines", lambda pages: [(LineRole.QUESTION, 0.53)] * len(texts))
    roles = [(line.role, line.confidence) for line in structure_labelled.role_lines(_pages("\n".join(texts)))]
    assert roles == [(LineRole.QUESTION, 0.53), (LineRole.FURNITURE, 1.0), (LineRole.QUESTION, 0.53), (LineRole.QUESTION, 0.53)]


def test_a_page_number_between_dashes_is_dropped_from_running_text():
    from pipeline.structure_text import PAGE_FURNITURE

    assert all(PAGE_FURNITURE.match(text) for text in ("- 2 -", "– 2 –", "–2–", "Seite 3 von 4"))
    assert not PAGE_FURNITURE.match("– Die Verwaltung prüft –")


def test_prose_the_labeller_leans_to_after_the_last_question_ends_it():
    """Reasons right after the last question, without a blank line or heading: an unsure body line
    (more likely than not) ends the question where the question has asked with "?"."""
    from pipeline.structure import _acted_on
    from pipeline.structure_questions import extract_questions
    from pipeline.structure_text import TextLine

    rows = [("1. Wie viele Stolpersteine wurden abgebaut?", LineRole.QUESTION, 0.99),
            ("2. Wann werden sie wieder", LineRole.QUESTION, 0.99),
            ("eingelassen?", LineRole.QUESTION_CONT, 0.99),
            ("Beim Umbau der Kaiserstraße wurden mehrere Steine entfernt", LineRole.BODY, 0.51),
            ("und bisher nicht ersetzt.", LineRole.BODY, 0.51)]
    labelled = [RoleLine(1, k, text, role, sure) for k, (text, role, sure) in enumerate(rows)]

    def question_texts(leaning: float) -> list[str]:
        acted = _acted_on([line if line.role is not LineRole.BODY else
                           RoleLine(1, line.index, line.text, line.role, leaning) for line in labelled])
        lines = [TextLine(1, line.text, acted.get((1, line.index))) for line in labelled]
        return [q.text for q in extract_questions(lines, 0, len(lines))[0]]

    assert question_texts(0.51) == ["Wie viele Stolpersteine wurden abgebaut?", "Wann werden sie wieder eingelassen?"]
    assert question_texts(0.45)[-1].endswith("nicht ersetzt.")  # the labeller leans elsewhere: the rules alone


def test_a_forms_faction_is_the_one_its_head_names():
    """Not a faction its body names, and not the word "Interfraktioneller" of its title."""
    opposed = MOTION_FORM.replace("Tauschschränke werden immer beliebter.",
                                  "Die Fraktion Bündnis 90/Die Linke lehnt Tauschschränke ab.")
    assert extract_structure(make_doc(opposed)).sender.organization == "GRÜNE"
    joint = MOTION_FORM.replace("Antrag\n", "Interfraktioneller Antrag\n", 1).replace(
        "Antrag: GRÜNE", "SPD-, CDU- und FDP-Gemeinderatsfraktion")
    assert extract_structure(make_doc(joint)).sender.organization == "SPD-, CDU- und FDP-Gemeinderatsfraktion"
    both = MOTION_FORM.replace("Antrag\n", "Antrag\nGRÜNE-Gemeinderatsfraktion\n", 1)
    assert extract_structure(make_doc(both)).sender.organization == "GRÜNE-Gemeinderatsfraktion"  # over "Antrag: GRÜNE"


def test_a_subject_goes_on_in_an_unsure_line_below_that_plainly_continues_it():
    def subject(*rows: tuple[LineRole, float, str]) -> str | None:
        lines = [RoleLine(1, index, text, role, sure) for index, (role, sure, text) in enumerate(rows)]
        return structure_labelled.subject(lines)

    head = (LineRole.SUBJECT, 0.99, "Exotenhaus - Zusammenarbeit Zoo und Staatliches Museum")
    assert subject(head, (LineRole.BODY, 0.48, "für Naturkunde Karlsruhe")) == (
        "Exotenhaus - Zusammenarbeit Zoo und Staatliches Museum für Naturkunde Karlsruhe")
    plan = "Bebauungsplan „An der Ochsenstraße“ Stupferich:"
    assert subject((LineRole.SUBJECT, 0.7, plan), (LineRole.HEADING, 0.49, "Vogelschlag")) == f"{plan} Vogelschlag"
    assert subject(head, (LineRole.BODY, 0.99, "für Naturkunde Karlsruhe")) == head[2]  # the labeller is sure
    assert subject(head, (LineRole.BODY, 0.48, "Die Stadt wird gebeten …")) == head[2]  # a new sentence
    above = (LineRole.FORM, 0.59, "Therapieplätze für Jugendliche mit psychischen Störungen und")
    assert subject(above, (LineRole.SUBJECT, 0.83, "Erkrankungen")) == f"{above[2]} Erkrankungen"
    assert subject((LineRole.FORM, 0.59, "Dienststelle: Klinikum"), (LineRole.SUBJECT, 0.83, "Therapieplätze")) == "Therapieplätze"


def test_a_heading_after_the_last_question_ends_it():
    text = FORM.replace("""Ist sichergestellt, dass die im Zuge der baulichen Veränderungen vereinzelt
abgebauten Stolpersteine im Anschluss an die Bauarbeiten erneut eingelassen werden?

Begründung
""", """1. Wie viele Stolpersteine wurden abgebaut?
2. Wann werden sie wieder eingelassen?
Sachverhalt/Begründung:
""")
    record = extract_structure(make_doc(text))
    assert [q.text for q in record.questions] == ["Wie viele Stolpersteine wurden abgebaut?",
                                                  "Wann werden sie wieder eingelassen?"]


def test_signature_lines_give_names_without_titles_or_parties_and_split_at_commas_and_und():
    lines = [RoleLine(1, index, text, role, 0.9) for index, (role, text) in enumerate([
        (LineRole.SIGNATURE_ROLE, "Unterzeichnet von:"),
        (LineRole.SIGNATURE_NAME, "Stadträtin Dr. Rahsan Dogan"),
        (LineRole.SIGNATURE_NAME, "Mirko Hoffmann, Joachim Supper"),
        (LineRole.SIGNATURE_NAME, "Stadtrat Max Braun, Stadträtin Eva Lang"),
        (LineRole.SIGNATURE_NAME, "Stefan Schmitt (parteilos)"),
        (LineRole.SIGNATURE_NAME, "Anna Berg, Eva Lang und Dr. Jan Ott"),
        (LineRole.SIGNATURE_NAME, "Stadtrat Tilman Pfannkuch"),
        (LineRole.SIGNATURE_ROLE, "Fraktionsvorsitzender"),
    ])]
    found = [(s.name, s.role) for s in structure_labelled.signatories(lines)]
    assert found == [("Dr. Rahsan Dogan", "Stadträtin"), ("Mirko Hoffmann", None), ("Joachim Supper", None),
                     ("Max Braun", "Stadtrat"), ("Eva Lang", "Stadträtin"),
                     ("Stefan Schmitt", None), ("Anna Berg", None), ("Eva Lang", None), ("Dr. Jan Ott", None),
                     ("Tilman Pfannkuch", "Fraktionsvorsitzender")]


def test_the_first_paragraph_skips_an_introduction_and_stops_at_headings_and_signatures():
    def first(*rows: tuple[int, LineRole, str]) -> str:
        lines = [RoleLine(1, index, text, role, 0.9) for index, role, text in rows]
        return " ".join(line.text for line in first_paragraph(lines))

    subject = (0, LineRole.SUBJECT, "Tauschschränke in den Stadtteilen")
    motion = [(4, LineRole.BODY, "Die Stadt richtet in jedem Stadtteil einen"),
              (5, LineRole.BODY, "Tauschschrank ein.")]
    reason = (7, LineRole.BODY, "Tauschschränke werden immer beliebter.")
    found = "Die Stadt richtet in jedem Stadtteil einen Tauschschrank ein."
    assert first(subject, *motion, reason) == found
    assert first(subject, (2, LineRole.BODY, "Wir beantragen:"), *motion, reason) == found
    assert first(subject, (2, LineRole.HEADING, "Antragstext"), *motion) == found
    assert first(subject, (2, LineRole.BODY, "Wir beantragen:"), (3, LineRole.SIGNATURE_ROLE, "Unterzeichnet von:"),
                 *motion) == ""
    assert first(subject) == ""


def test_the_first_paragraph_begins_with_an_unsure_line_it_plainly_goes_on_from():
    def first(upper: str, lower: str, unsure: float = 0.6) -> str:
        lines = [RoleLine(1, 0, "Tauschschränke", LineRole.SUBJECT, 0.99),
                 RoleLine(1, 2, upper, LineRole.SUBJECT, unsure), RoleLine(1, 3, lower, LineRole.BODY, 0.99)]
        return " ".join(line.text for line in first_paragraph(lines))

    assert first("Bitte beziffern Sie die Ausgaben für die", "Tauschschränke.") == (
        "Bitte beziffern Sie die Ausgaben für die Tauschschränke.")
    assert first("Bitte beziffern Sie die Ausgaben", "der Stadtteile.") == "Bitte beziffern Sie die Ausgaben der Stadtteile."
    assert first("Tauschschränke in den Stadtteilen", "Bitte beziffern Sie die Ausgaben.") == "Bitte beziffern Sie die Ausgaben."
    assert first("Bitte beziffern Sie die Ausgaben", "der Stadtteile.", unsure=0.95) == "der Stadtteile."  # sure above


def test_an_anfrage_that_numbers_nothing_asks_in_its_first_paragraph():
    text = MOTION_FORM.replace("Antrag", "Anfrage").replace(
        "Die Stadt richtet in jedem Stadtteil einen Tauschschrank ein und berichtet dem\nGemeinderat nach einem Jahr "
        "über die Nutzung.", "Bitte beziffern Sie die jährlichen Ausgaben für die Tauschschränke\nder Stadtteile.")
    record = extract_structure(make_doc(text))
    assert record.doc_type.value == "anfrage"
    assert [(q.number, q.text) for q in record.questions] == [
        (1, "Bitte beziffern Sie die jährlichen Ausgaben für die Tauschschränke der Stadtteile.")]


@pytest.mark.parametrize("content", [None, b"not a crfsuite model"])
def test_a_missing_or_damaged_model_is_a_clear_error_naming_make_train(tmp_path: Path, content: bytes | None):
    model = tmp_path / "line_roles.crfsuite"
    if content is not None:
        model.write_bytes(content)
    with pytest.raises(MissingDependencyError, match="make train"):
        line_roles._tagger(model)


def test_training_is_deterministic(tmp_path: Path):
    examples = train_line_roles.synthetic_examples()[:12]
    for name in ("a", "b"):
        train_line_roles.train(examples, tmp_path / f"{name}.crfsuite")
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()


def test_scores_count_hits_per_role():
    scores = train_line_roles.score([("body", "body"), ("question", "body"), ("question", "question")])
    assert scores["accuracy"] == pytest.approx(2 / 3)
    assert scores["roles"]["question"]["recall"] == 0.5 and scores["roles"]["body"]["precision"] == 0.5


def _roled(rows: list[tuple[str, str]]) -> list:
    from pipeline.structure_labelled import RoleLine

    return [RoleLine(1, i, text, LineRole(role), 1.0) for i, (role, text) in enumerate(rows)]


def test_answers_follow_their_questions_headings_and_groups():
    from models import Question
    from pipeline.structure_labelled import answers

    lines = _roled([
        ("question", "1. Wie viele Ampeln gibt es?"),
        ("answer", "Es gibt 120 Ampeln."),
        ("furniture", "Seite 2"),
        ("answer", "Davon sind 30 älter als 20 Jahre."),
        ("question", "2. Wann werden sie erneuert?"),
        ("question", "3. Was kostet das?"),
        ("answer", "Die Erneuerung ist für 2026 geplant und kostet 2 Mio. Euro."),
        ("answer", "Zu den Fragen 4 und 5:"),
        ("answer", "Dazu liegen keine Zahlen vor."),
        ("signature_name", "Dr. Frank Mentrup"),
    ])
    questions = [Question(number=n, text=t) for n, t in
                 [(1, "Wie viele Ampeln gibt es?"), (2, "Wann werden sie erneuert?"), (3, "Was kostet das?")]]
    found = {a.number: a.text for a in answers(lines, questions)}
    assert found[1] == "Es gibt 120 Ampeln. Davon sind 30 älter als 20 Jahre."  # furniture between: one answer
    assert found[2] == found[3] == "Die Erneuerung ist für 2026 geplant und kostet 2 Mio. Euro."  # asked together
    assert found[4] == found[5] == "Dazu liegen keine Zahlen vor."  # a heading naming two questions
    assert "Mentrup" not in " ".join(found.values())


def test_a_prints_running_head_and_closing_date_stay_out_of_its_questions():
    """A Bundestag-style print: the running head at page 2's top is dropped as furniture where it
    is likely (a page edge), and the dated place line above the names ends the list."""
    questions = [
        "1. Wie viele Kilometer Radweg an Bundesstraßen wurden in den Jahren 2019 bis 2021\n   neu gebaut?",
        "2. Wie hoch waren die dafür eingesetzten Bundesmittel?",
        "3. Welche Bundesländer haben Mittel nicht abgerufen, und aus welchen Gründen?",
        "4. Wie lange dauert die Planung eines Radwegs an einer Bundesstraße im Durchschnitt?",
        "5. Welche Maßnahmen plant die Bundesregierung, um die Planung zu beschleunigen?",
        "6. Wie viele Radwege an Bundesstraßen befinden sich derzeit in Planung, und wann",
    ]
    text = (
        "Deutscher Bundestag" + " " * 40 + "Drucksache 20/9999\n20. Wahlperiode" + " " * 44 + "14.07.2022\n\n"
        "Kleine Anfrage\nder Abgeordneten Jana Beispiel, Tom Muster und der Fraktion DIE LINKE\n\n"
        "Förderung von Radwegen an Bundesstraßen\n\nDer Ausbau von Radwegen an Bundesstraßen kommt nur langsam "
        "voran. Viele Kommunen\nberichten von langen Planungszeiten.\n\nWir fragen die Bundesregierung:\n"
        + "\n".join(questions)
        + "\n\fDrucksache 20/9999 – 2 – Deutscher Bundestag – 20. Wahlperiode\n   sollen sie fertiggestellt werden?\n"
        "7. Plant die Bundesregierung, die Förderrichtlinie zu ändern?\n\nBerlin, den 12. Juli 2022\n\n"
        "Dr. Anna Vorsitz und Fraktion\n"
    )
    record = extract_structure(make_doc(text))
    texts = {q.number: q.text for q in record.questions}
    assert texts[6].endswith("in Planung, und wann sollen sie fertiggestellt werden?")
    assert texts[7] == "Plant die Bundesregierung, die Förderrichtlinie zu ändern?"
    assert (record.doc_type.value, record.reference) == ("anfrage", "20/9999")


def test_lines_above_an_answer_heading_with_no_statement_ended_between_are_marked():
    """A question repeated before "Zu Frage 2:" is marked though it has no number and no question mark; the
    answer above it, ending with a full stop, is not, and the question's first line is the one below it."""
    rows = _features_of("Zu Frage 1:\nDie Mittel reichen aus.\nWar der Landesregierung bekannt, dass der Betreiber\n"
                        "keine Erfahrung hat\n(Aussage des Betreibers)\nZu Frage 2:\nDas war nicht bekannt.")
    assert [("before_answer_heading" in row, "opens_before_answer_heading" in row) for row in rows] == [
        (False, False), (False, False), (True, True), (True, False), (True, False), (False, False), (False, False)]


def test_a_line_at_the_edge_of_a_later_page_that_stands_at_another_pages_edge_is_marked():
    """A firm's name heading every later page is a running head there; on the first page it is no running head,
    and the body's lines in between never are."""
    text = ("KANZLEI MUSTER\nRechtsanwälte\nSehr geehrte Damen und Herren,\nwir zeigen an.\nMehr Text.\nNoch mehr.\n"
            "\fKANZLEI MUSTER\nSeite 2\nDer Text geht weiter.\nUnd weiter.\nUnd noch weiter.\nEnde.\n"
            "\fKANZLEI MUSTER\nSeite 3\nMit freundlichen Grüßen\nA. Muster\nB. Muster\nRechtsanwalt")
    rows = _features_of(text)
    texts = [t for t in text.replace("\f", "\n").split("\n") if t]
    marked = {texts[k] for k, row in enumerate(rows) if "repeated_edge" in row}
    assert marked == {"KANZLEI MUSTER", "Seite 2", "Seite 3"}
    assert "repeated_edge" not in rows[0]


@pytest.mark.parametrize("text, shape", [("Stadt Lindenbrück ./. Müller GmbH", "versus"), ("Bundesrepublik Deutschland ./.", "versus"),
                                         ("Insgesamt   €   887,03", "money"), ("Gesamtbetrag 1.200,00 EUR", "money"),
                                         ("AG Essen PR 1947", "bank"), ("BLZ 100 700 00", "bank"), ("Sitz Bonn", "bank"),
                                         ("Partnerschaftsgesellschaft mbB", "bank")])
def test_a_lawyers_letter_has_its_parties_bill_and_register_lines_as_shapes(text: str, shape: str):
    assert shape in line_roles._line_features(Line(text=text), None)


def test_sitzung_and_plain_words_are_no_register_line():
    assert "bank" not in line_roles._line_features(Line(text="In der Sitzung am 3. Mai"), None)


def test_prose_between_two_items_is_told_from_prose_after_the_last_and_sub_items_by_their_mark():
    rows = _features_of("Anfrage\nTitel\n1. Kosten\n- Wie hoch sind sie?\n\nEin Absatz dazu.\n2. Zeitplan\n2.1. Wann beginnt es?\n"
                        "Anmerkung: Text.\nBegründung:\nProsa.")
    around = [next((name for name in row if name.startswith("items_around=")), None) for row in rows]
    assert around == [None, None, None, "items_around=between", "items_around=between", None, "items_around=after_last",
                      "items_around=after_last", None, None]
    marks = [next((name for name in row if name.startswith("mark_")), None) for row in rows]
    assert marks == [None, None, "mark_top", "mark_sub", None, "mark_top", "mark_sub", None, None, None]
    # lettered questions with nothing numbered above them are the paper's items
    assert "mark_top" in _features_of("Anfrage\nText:\na) Wer zahlt?\nb) Wann?")[2]


def test_a_line_whose_item_asks_further_down_is_told_from_prose_that_never_asks():
    """A long question states its case and asks at its end; the reasons after the last question never ask: a
    question mark below counts up to the first line of the next item or section, which is that one's own."""
    rows = _features_of("Anfrage\nTitel\n1. Seit Jahren klagen Anwohner.\nDie Lage ist ernst.\nWas plant die Stadt?\n"
                        "2. Wann beginnt der Bau?\n\n\n\nDie Bürger warten seit Jahren.\nEin Ende ist nicht abzusehen.\n"
                        "Begründung:\nWarum so spät?")
    assert ["asks_below" in row for row in rows] == [False, False, True, True, False, False, False, False, True, False]


def test_lines_above_the_reasons_heading_are_named_with_what_the_paper_does():
    """An Antrag's unnumbered motion stands above "Begründung"; the feature is joined with the paper's class."""
    rows = _features_of("Antrag\nTitel\nDie Stadt schafft einen Stellenpool für alle, die ein Praktikum gemacht haben.\n"
                        "Begründung\nProsa dazu.")
    assert ["before_reasons_doc_moves" in row for row in rows] == [True, True, True, False, False]
    assert not any(name.startswith("before_reasons") for row in _features_of("Anfrage\nText ohne Abschnitte.") for name in row)


def test_a_date_in_an_answers_prose_does_not_end_it_a_date_line_does():
    text = ("Stellungnahme zur Anfrage\nTitel\n1. Gibt es eine Planung?\n"
            "Entsprechend dem Auftrag vom 4. Oktober 2013 sollen bis 2015 weitere Angebote entstehen, sagt die Verwaltung.\n"
            "Eine Befristung gibt es nicht.\nKarlsruhe, 3. Mai 2024\nDie Verwaltung")
    rows = _features_of(text)
    assert "reply_after_question" in rows[3] and "reply_after_question" in rows[4]
    assert "reply_after_question" not in rows[6]



def test_a_heading_set_between_dashes_is_read_as_the_heading_inside():
    rows = _features_of("Titel der Vorlage\n- Kurzfassung -\nDie Verwaltung empfiehlt, dem Antrag nicht zu folgen.\n– 2 –")
    assert "dash_framed" in rows[1] and "reasons" in rows[1]
    assert "reasons" not in rows[3]


def test_a_bare_date_below_the_papers_labelled_date_is_marked_as_a_forms_value():
    """"vom: 12.09.2019" heads the form; "16.10.2019" among the values read column by column is the meeting's."""
    rows = line_roles.features(_pages("ANTRAG\nvom: 12.09.2019\nGremium:\nTermin:\nOrtschaftsrat\n16.10.2019\n8\n"
                                      "Schild am Stadtkern\nWir beantragen ein Schild."))
    assert [k for k, row in enumerate(rows) if "date_after_labelled_date" in row] == [5]


def test_a_web_address_at_the_foot_of_later_pages_is_marked_as_repeated():
    """A firm's web address under every later page: one lower-case word is a footer, not a sentence going on."""
    text = ("KANZLEI MUSTER\nSehr geehrte Damen und Herren,\nwir zeigen an.\nMehr Text.\n"
            "\fDer Text geht weiter.\nUnd weiter.\nEnde.\nwww.kanzlei-muster.de\n"
            "\fMit freundlichen Grüßen\nA. Muster\nRechtsanwalt\nwww.kanzlei-muster.de")
    rows = _features_of(text)
    texts = [t for t in text.replace("\f", "\n").split("\n") if t]
    assert {texts[k] for k, row in enumerate(rows) if "repeated_edge" in row} == {"www.kanzlei-muster.de"}


@pytest.mark.parametrize("text, label", [("Gegenstandswert € 10.000,00", False), ("Thematik der Sitzung", False),
                                         ("Gegenstand: Umbau der Halle", True), ("Betr.: Urteil", True), ("Betreff Haushalt", True)])
def test_a_subject_label_is_a_whole_word(text: str, label: bool):
    assert ("subject_label" in line_roles._line_features(Line(text=text), None)) is label


@pytest.mark.parametrize("text, dotted", [("1.2 Wie viele Plätze gibt es?", True), ("2.10. Welche Kosten?", True),
                                          ("07.30 – 09.30 Uhr), vor?", False), ("8.00 Uhr geöffnet?", False)])
def test_a_time_of_day_at_a_lines_start_is_no_decimal_item(text: str, dotted: bool):
    assert ("dotted_number" in line_roles._line_features(Line(text=text), None)) is dotted


def test_a_supplementary_answer_heading_heads_an_answer_not_a_section():
    rows = _features_of("Stellungnahme zur Anfrage\nErgänzende Antwort zu Frage 3:\nErgänzende Erläuterungen")
    assert "answer_word" in rows[1] and "reasons" not in rows[1]
    assert "reasons" in rows[2] and "answer_word" not in rows[2]


def test_a_question_about_a_list_is_asked_though_no_line_ends_with_a_question_mark():
    text = ("Stellungnahme zur Anfrage\n1. Wie haben sich die Fälle entwickelt, und zwar für\ndie folgenden Bereiche:\n"
            "a) Notaufnahme\nb) Gesamte Klinik\nDie Fälle werden seit diesem Jahr erfasst.")
    rows = _features_of(text)
    assert "reply_after_question" in rows[5] and "nothing_asked_above" not in rows[5]
    motion = _features_of("Antrag\n1. Die Mittel werden wie folgt verteilt:\na) Schulen\nDie Verwaltung wird beauftragt.")
    assert "nothing_asked_above" in motion[3]  # a motion's list asks nothing
    asked = _features_of("Stellungnahme zur Anfrage\n1. Welche Maßnahmen werden ergriffen, um die\nMitarbeiter zu schützen?\n"
                         "Im Klinikum sind folgende Dienste eingesetzt:\n- Wachdienst")
    assert "reply_after_question" in asked[3]  # a question that has asked lists nothing: the colon line replies


@pytest.mark.parametrize("text, delivery", [("Per Telefax vorab: 030 12345678", True), ("Vorab per E-Mail: info@example.org", True),
                                            ("Einschreiben/Rückschein", True),
                                            ("Telefax +49 30 1234-99", False), ("Wir haben Ihnen per Post geantwortet.", False)])
def test_how_a_letter_is_sent_is_marked(text: str, delivery: bool):
    assert ("delivery" in line_roles._line_features(Line(text=text), None)) is delivery


@pytest.mark.parametrize("text, place", [("(Ort, Datum)   (Muster e.V.)", True), ("Ort und Datum   Unterschrift", True),
                                         ("Der Ort der Sitzung, das Datum folgt.", False)])
def test_the_place_to_sign_a_declaration_is_marked(text: str, place: bool):
    assert ("sign_place" in line_roles._line_features(Line(text=text), None)) is place


@pytest.mark.parametrize("text, lead", [("Berlin, 3. Mai 2024   Tel. +49 30 1234-0", "Berlin, 3. Mai 2024"),
                                        ("Stadt Musterhausen ./.   2 Fachanwältin für Arbeitsrecht", "Stadt Musterhausen ./."),
                                        ("Unser Zeichen: 12/24   Hauptstraße 12", "Unser Zeichen: 12/24"),
                                        ("Zwischensumme   €   745,40", ""), ("Datum   12.03.2024", ""),
                                        ("1.5.    War geplant, die Stelle mit Frau Dr. Anna Beispiel und Herrn Ralf Muster zu besetzen?", "")])
def test_a_side_columns_entry_glued_onto_a_letters_line_is_set_apart(text: str, lead: str):
    """The letter's part gives the line's shapes: a date stays a place and date, not a phone line."""
    assert line_roles._lead_of_glued_line(text) == lead
    found = line_roles._line_features(Line(text=text), None)
    assert ("side_glued" in found) is bool(lead)
    if lead:
        assert "contact" not in found
