"""What is this line? A linear-chain CRF gives every non-blank line of a document one role.

A CRF (CRFsuite through python-crfsuite) rather than a neural tagger: a few hundred labelled
documents, a model of well under a megabyte that loads in milliseconds, exact and deterministic
training on one core, and it judges each line together with its neighbours' roles (a question's
continuation follows a question) — the decision the rules made again and again in every reader.

Features are what the rules looked at: markers, dates, labels, greetings, signers' names and role
nouns, the shape of the text, its place on the page and in the document, blank lines around it,
indentation and type size from the PDF where there is one, and the same of the neighbouring lines;
and of the document: what its head says it does (asks, moves, replies), the sections begun above
a line, and its sentences followed across page breaks. They name kinds of layout rather than one
source's words, so that the model carries over to councils and parliaments it was not trained on.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from models import COLUMN_GAP, Line, LineRole, Page
from pipeline.errors import MissingDependencyError
from pipeline.structure_answers import ANSWER_HEADING
from pipeline.structure_dates import DATE_PATTERNS
from pipeline.structure_header import REFERENCE_LABEL, SUBJECT_LABEL
from pipeline.structure_markers import BULLET, CAPITAL_MARKER, SUB_MARKER
from pipeline.structure_patterns import ROLE_NOUNS
from pipeline.structure_roles import MEMBER_TITLE, NAME_TOKEN, PARTY_AFTER, looks_like_name
from pipeline.structure_text import PAGE_EDGE, PAGE_NUMBER_AFTER_GAP, unspaced

MODEL = Path(__file__).with_name("line_roles.crfsuite")

Features = dict[str, float]

# Shapes of a line's text that the readers of every field asked about, each a named feature.
SHAPES: dict[str, re.Pattern[str]] = {
    "numbered": re.compile(r"^\(?\d{1,2}\s?[.):](?!\d)"),          # "1.", "2)", "(3)", "4:"
    # "1.2 …", not a time of day at a wrapped line's start ("07.30 – 09.30 Uhr), vor?")
    "dotted_number": re.compile(r"^\d{1,2}\.\d{1,2}\.?\s(?!\s*(?:Uhr\b|[–-]\s*\d))"),
    "lettered": SUB_MARKER,                                        # "a) …", "b. …"
    "capital_lettered": CAPITAL_MARKER,                            # "A. Welche …", "B) Gibt es …"
    "bullet": BULLET,
    "answer_heading": ANSWER_HEADING,
    # "Zu 3", "zu Frage 2", "Antwort", "Ergänzende Antwort zu Frage 3:": not a sentence going on in "zu rechnen?"
    "answer_word": re.compile(r"^(?:[Zz]u\s+(?:den\s+)?(?:Fragen?\b|Nr\.|\d)|(?:Ergänzende\s+)?Antwort\b|Stellungnahme\b|Beantwortung\b)"),
    # a question's first word: a question word, or the verb a German question opens with ("Hat die Landesregierung …")
    "question_word": re.compile(r"^(?:Frage\b|Wie\b|Was\b|Wann\b|Welche|Wer\b|Wo\b|Warum\b|Wieso\b|Weshalb\b|Wo(?:durch|für|zu|ran|mit)\b|Inwie|"
                                r"Ist\b|Sind\b|Gibt\b|Kann\b|Können\b|Plant\b|Wird\b|Werden\b|Hat\b|Haben\b|War\b|Waren\b|Wurde\b|Wurden\b|"
                                r"Liegen\b|Lagen\b|Liegt\b|Besteht\b|Bestehen\b|Beabsichtigt\b|Teilt\b|Sieht\b|Trifft\b)"),
    # GREETING_LINE found anywhere: one word before the greeting word is enough, and without the
    # pattern's run of up to three words the search does not backtrack at every position
    "greeting": re.compile(r"[a-zäöüß]\s+(?:grüßen|gruß|grüße)", re.IGNORECASE),
    "salutation": re.compile(r"^(?:Sehr\s+geehrte|Liebe\b|Hallo\b|Guten\s+Tag)", re.IGNORECASE),
    "subject_label": SUBJECT_LABEL,
    "reference_label": REFERENCE_LABEL,
    "paper_number": re.compile(r"\b(?:19|20)\d{2}/\d{3,4}\b|\bDrucksache\b|\bDrs\.|\bVorlage\s*(?:Nr|-Nr)"),
    "wahlperiode": re.compile(r"\b\d{1,2}/\d{2,5}\b|Wahlperiode", re.IGNORECASE),
    "signed_by": re.compile(r"^(?:unterzeichnet|gez\.|gezeichnet)", re.IGNORECASE),
    # a section's heading ("Ergänzende Erläuterungen"); an "Ergänzende Antwort" answers
    "reasons": re.compile(r"^(?:Begründung|Sachverhalt|Sachstand|Erläuterung|Hintergrund|Kurzfassung|Ergänzende(?!\s+Antwort))", re.IGNORECASE),
    "resolution": re.compile(r"beschließ|beantrag|möge|wird\s+beauftragt|wird\s+gebeten", re.IGNORECASE),
    "form_words": re.compile(r"^(?:Gremi|Termin|TOP\b|Eingang|Verantwortlich|Dienststelle|Zuständigkeit|öffentlich|nicht\s?öffentlich|Ö\s*/\s*N)", re.IGNORECASE),
    "tick_box": re.compile(r"[☐☒☑■□✓✔]"),
    "page_marker": re.compile(r"^(?:--\s*\d+\s+of\s+\d+\s*--|[-–]\s*\d{1,3}\s*[-–]|Seite\s*\d+(?:\s*(?:von|/)\s*\d+)?|\d{1,3}\s*/\s*\d{1,3})$", re.IGNORECASE),
    "page_number_after_gap": PAGE_NUMBER_AFTER_GAP,                # "Ergänzende Erläuterungen      Seite 2"
    "postcode": re.compile(r"\b\d{5}\s+[A-ZÄÖÜ]"),
    "contact": re.compile(r"@|\bwww\.|\bTel\b|\bTelefon|\bFax\b|https?://", re.IGNORECASE),
    "money": re.compile(r"€|\bEUR\b"),                              # a bill's or a budget's amounts, not a footer's bank lines
    # a footer's bank and register lines: "BLZ 100 700 00", "AG Essen PR 1947", "Sitz: Bonn", "USt-IdNr."
    "bank": re.compile(r"\bIBAN\b|\bBIC\b|\bBank\b|Sparkasse|Registergericht|USt|\bBLZ\b|\bKto\b|\bKonto\b|Swift|\b(?:PR|HRA|HRB)\s?\d|"
                       r"Partnerschaftsgesellschaft|\bSitz\b|Steuer-?Nr", re.IGNORECASE),
    "versus": re.compile(r"\s\./\.(?:\s|$)"),                         # the parties of a lawyer's matter: "Stadt X ./. Y GmbH"
    # how a letter is sent, above its addressee: "Per Telefax vorab: 030 …", "Vorab per E-Mail", "Einschreiben"
    "delivery": re.compile(r"^(?:(?:vorab\s+)?per\s+(?:Tele)?(?:fax|e-?mail|boten|bea|kurier|einschreiben)\b|vorab\s+per\b|einschreiben\b)",
                           re.IGNORECASE),
    # the place to sign a form or declaration: "(Ort, Datum)   (Unterschrift)"
    "sign_place": re.compile(r"\bOrt,?\s+(?:und\s+)?Datum\b"),
    "cc_label": re.compile(r"^(?:Verteiler|Kopie\s+an|Nachrichtlich|cc\b)", re.IGNORECASE),
    "enclosure": re.compile(r"^(?:Anlage|Anlagen)\b", re.IGNORECASE),
    "addressee_word": re.compile(r"^(?:Herrn?|Frau|An\s+(?:den|die|das)\b|An\b)"),
    "faction": re.compile(r"[Ff]raktion|FRAKTION|\b(?:SPD|CDU|CSU|FDP|AfD|GRÜNE|Grünen|Linke|FW|Freie\s+Wähler)\b"),
    "authority": re.compile(r"Oberbürgermeister|Bürgermeister|Landrat|Landkreis|Stadt\b|STADT\b|Ministerium|Landesregierung|Landtag|Bundestag", re.IGNORECASE),
    "doc_kind": re.compile(r"^(?:Anfrage|ANFRAGE|Antrag|ANTRAG|Stellungnahme|STELLUNGNAHME|Kleine\s+Anfrage|Antwort|ANTWORT|Ergänzungsantrag|ERGÄNZUNGSANTRAG|Änderungsantrag|Zusatzantrag|Interfraktionell)", re.IGNORECASE),
    "imprint": re.compile(r"Gedruckt|Recyclingpapier|Druck:|Vertrieb:|ISSN|Ausdruck\b", re.IGNORECASE),
    # a letter's date line names its place: "Berlin, den 16. November 2011", "Kleve, 23.11.2023"
    "place_date": re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:[- ][A-ZÄÖÜ][a-zäöüß]+)?,\s+(?:den\s+|am\s+)?\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)"),
}
# Patterns from the letter rules that match at the start (their own anchors differ); the rest search.
SHAPE_TESTS = [(name, pattern.match if name in ("lettered", "answer_heading") else pattern.search)
               for name, pattern in SHAPES.items() if name != "capital_lettered"]
# a capital and its stop or bracket open the line ("A. ", "B) "): the pattern only runs where they do
SHAPE_TESTS.append(("capital_lettered", lambda text: text[1:2] in (".", ")") and CAPITAL_MARKER.match(text)))
# the shapes a line without a digit may have (a number, page mark or postcode needs one)
WORD_SHAPE_TESTS = [(name, test) for name, test in SHAPE_TESTS
                    if name not in ("numbered", "dotted_number", "page_marker", "page_number_after_gap", "postcode", "money")]
DATE_TESTS = [pattern.search for pattern in DATE_PATTERNS.values()]
ROLE_NOUN = re.compile(rf"(?:{ROLE_NOUNS})(?!\w)")  # "Fraktionsvorsitzende", "Oberbürgermeister", "Mitglied"
NAME_LIST = re.compile(r",\s*|\s+und\s+")  # "Margot Isele, Martin Pötzsche und Dr. Jenny Winkler"
NOT_LETTERS = re.compile(r"[\W\d_]+")
NOT_UPPER = re.compile(r"[^A-ZÄÖÜ]+")
NOT_DIGITS = re.compile(r"\D+")
LOCAL = ("w0=", "w1=", "wl=", "doc_tenth", "top=", "bottom=")


def features(pages: Sequence[Page]) -> list[Features]:
    """One feature dict per non-blank line, in reading order across pages."""
    rows: list[Features] = []
    total = sum(1 for page in pages for line in page.lines if line.text.strip())
    for page in pages:
        lines = page.lines
        inked = [i for i, line in enumerate(lines) if line.text.strip()]
        shape = PageShape.of(page)
        for rank, i in enumerate(inked):
            own = _line_features(lines[i], shape)
            own["blank_before"] = float(i == 0 or not lines[i - 1].text.strip())
            if i >= 3 and not (lines[i - 1].text.strip() or lines[i - 2].text.strip() or lines[i - 3].text.strip()):
                own["gap_before"] = 1.0  # three blank lines or more: a section's break (its heading's cell read elsewhere)
            own["blank_after"] = float(i == len(lines) - 1 or not lines[i + 1].text.strip())
            own[f"top={min(rank, 6)}"] = 1.0
            own[f"bottom={min(len(inked) - 1 - rank, 4)}"] = 1.0
            own[f"page={'first' if page.number == 1 else 'later'}"] = 1.0
            own[f"doc_tenth={int(10 * len(rows) / max(total, 1))}"] = 1.0
            if total - len(rows) <= 3:  # the document's last lines: where signers sign
                own[f"doc_last={total - len(rows) - 1}"] = 1.0
            rows.append(own)
    _add_context(rows, [line.text.strip() for page in pages for line in page.lines if line.text.strip()])
    _repeated_edges(pages, rows)
    # Neighbours' features go in as nested dicts: CRFsuite names them "-1:<name>" itself. Two
    # lines away only the line's own shape counts, not its words or place.
    distant = [{name: value for name, value in row.items() if not name.startswith(LOCAL)} for row in rows]
    window: list[Features] = []
    for k, own in enumerate(rows):
        item: dict = dict(own)
        for offset in (-2, -1, 1, 2):
            j = k + offset
            if 0 <= j < len(rows):
                item[str(offset)] = rows[j] if abs(offset) == 1 else distant[j]
            else:
                item[f"{offset}:none"] = 1.0
        window.append(item)
    return window


# What has been seen above a line: the section it stands in ("Begründung" above: prose; an
# answer heading above: answers; "unterzeichnet von" above: names).
SECTIONS = ("reasons", "answer_heading", "answer_word", "signed_by", "greeting", "salutation", "numbered",
            "subject_label", "resolution")
# What the head says the paper does, as classes rather than words: every parliament names its kinds
# differently ("Stellungnahme zur Anfrage", "Kleine Anfrage … und Antwort", "Beantwortung einer
# Anfrage"), and a head may name two (a reply names the question it answers).
DOC_DOES = {
    "asks": re.compile(r"Anfrage|ANFRAGE|\bFragen?\b"),
    "moves": re.compile(r"[Aa]ntrag\b|ANTRAG\b|[Bb]eschlussvorlage|BESCHLUSSVORLAGE|Beschlussvorschlag"),
    # as a title or Betreff, at a line's start ("Für die Beantwortung bedanken wir uns" replies to nothing);
    # a letter's "Ihre Anfrage vom …" is written to the asker
    "replies": re.compile(r"^(?:(?:Betreff|Betr\.):\s*)?(?:Die\s+|Zur\s+|und\s+)?"
                          r"(?:Antwort|ANTWORT|Stellungnahme|STELLUNGNAHME|Beantwortung|Mitteilung|Ihre\s+Anfrage)", re.MULTILINE),
}

HEAD_LINES = 15  # where a paper's kind is printed
ITEM_MARKS = {"numbered", "lettered", "capital_lettered"}
DOC_CLASSES = {f"doc_{does}" for does in DOC_DOES} | {"doc_says_nothing"}
ASKING = {"end=q", "question_word"} | ITEM_MARKS  # a line that may ask or number a question
SECTION_BREAKS = {"reasons", "answer_heading", "signed_by", "greeting", "salutation", "date"}
DATE_LINE = 40  # a date breaks a section on a line of its own ("Karlsruhe, 3. Mai 2024"), not in prose ("Beschluss vom 4. Oktober 2013 …")
ANSWERED = {"answer_heading", "answer_word"}
# a line's list mark, the first that applies: a document's items are marked as its first item is, their parts otherwise
MARK_KINDS = ("numbered", "capital_lettered", "lettered", "dotted_number", "bullet")
ENDS_ANSWERS = {"reasons", "date", "greeting", "signed_by", "salutation", "person_name"}


def _add_context(rows: list[Features], texts: list[str]) -> None:
    """Document-wide features: what the head says the paper does, whether any line heads an answer
    ("Zu 1.:"), and which sections have begun above."""
    head = "\n".join(map(unspaced, texts[:HEAD_LINES]))
    doc = {f"doc_{does}": 1.0 for does, pattern in DOC_DOES.items() if pattern.search(head)} or {"doc_says_nothing": 1.0}
    if any("answer_heading" in row for row in rows):
        doc["doc_answer_headings"] = 1.0
    if sum("capital_lettered" in row for row in rows) >= 2:  # items lettered "A.", "B.": digits below them number their parts
        doc["doc_capital_items"] = 1.0
    items_in = {f"item_{name}": 1.0 for name in doc if name in DOC_CLASSES}
    starts, asks = _sentences(rows, texts)
    _dates_after_the_papers(rows, texts)
    _before_answers(rows, texts)
    # a date in prose breaks nothing; a date on a line of its own begins a section and ends the answers
    prose_date = [{"date"} if "date" in row and len(texts[k]) > DATE_LINE else set() for k, row in enumerate(rows)]
    breaks = [bool(SECTION_BREAKS.intersection(row) - prose_date[k]) for k, row in enumerate(rows)]
    _items_around(rows, breaks)
    _asks_below(rows, breaks)
    # above the reasons' heading ("Begründung"): where the paper moves, its motion stands there, numbered or not
    reasons = next((k for k, row in enumerate(rows) if "reasons" in row and len(texts[k]) < 40), 0)
    before = [f"before_reasons_{name}" for name in doc if name in DOC_CLASSES]
    for row in rows[:reasons]:
        row.update(dict.fromkeys(before, 1.0))
    numbering = sum("numbered" in row for row in rows) >= 2
    after_question = asked = False
    seen: set[str] = set()
    prose_blocks, in_prose = 0, False
    item_line: int | None = None
    item_asked = False  # the item a line stands in has ended a question ("?") above it
    for k, row in enumerate(rows):
        # which paragraph of running prose (lines over 50 characters) a line is in: an Antrag's
        # first one is often its unlabelled motion, the next ones its reasons
        prose = len(texts[k]) > 50
        if prose and (not in_prose or row.get("blank_before")):
            prose_blocks += 1
        in_prose = prose
        if prose:
            row[f"prose_block={min(prose_blocks, 3)}"] = 1.0
        # a word broken at a line end a few lines above (a page break between): this line goes on with it
        if any(above.endswith("-") and len(above) > 30 for above in texts[max(0, k - 3):k]):
            row["after_hyphen_break"] = 1.0
        row.update(doc)
        # how far into a numbered item a line is: its prose goes on until a blank line or a new section
        if ITEM_MARKS.intersection(row):
            item_line, item_asked = 0, False
            # what a numbered item is depends on what the paper does: a question where it asks, a motion point
            # where it moves, a paragraph of prose in a letter whose head says neither (a lawyer's, a Vermerk)
            row.update(items_in)
        elif row.get("blank_before") or breaks[k]:
            item_line = None
        elif item_line is not None:
            item_line += 1
            row[f"in_item={_bucket(item_line, (2, 6))}"] = 1.0
        # the block a line stands in: among short lines (a form, an address, signatures) or in prose
        around = [len(text) for text in texts[max(0, k - 3):k] + texts[k + 1:k + 4]]
        short = sum(n < 35 for n in around) / max(len(around), 1)
        row[f"short_around={'most' if short > 0.6 else 'some' if short > 0.25 else 'few'}"] = 1.0
        row.update({f"after_{name}": 1.0 for name in SECTIONS if name in seen})
        if asks[k]:
            row["sentence_asks"] = 1.0
        # a sentence going on (across a page break too) is no running head, signature or new question
        row["sentence_starts" if starts[k] else "sentence_goes_on"] = 1.0
        # in a reply, prose after a repeated question answers it, until a heading, date or signature;
        # in a paper that asks, it is the question's remark or the letter's prose ("Vielen Dank!")
        # a question may ask about a list: its stem, an item's first lines, ends "…für folgende Bereiche:", its items without "?"
        # (an item that has asked already, "…zu schützen?", asks no more: "Im Klinikum sind folgende … eingesetzt:" replies)
        list_question = ("doc_asks" in doc and "end=colon" in row and item_line is not None and item_line <= 2
                         and not item_asked and ANSWERED.isdisjoint(row))
        if "end=q" in row:
            item_asked = True
        if "end=q" in row or list_question:
            after_question = asked = True
        elif not asked:
            row["nothing_asked_above"] = 1.0  # an answer answers a question: none yet
        elif ASKING.intersection(row):
            pass  # an answer's own numbered or lettered part ("a) Aufsichtskräfte") goes on answering
        elif ENDS_ANSWERS.intersection(row) - prose_date[k]:
            after_question = False
        elif after_question:  # the head says the paper replies, or an answer has been headed above ("Antwort")
            replies = "doc_replies" in doc or not seen.isdisjoint(ANSWERED) or not ANSWERED.isdisjoint(row)
            row["reply_after_question" if replies else "no_reply_after_question"] = 1.0
        if starts[k] and not numbering and "question_word" in row:
            row["unnumbered_question_starts"] = 1.0  # where nothing is numbered, each question is a sentence
        # a kind title in the head ("Antwort", "Stellungnahme zur Anfrage") begins no answers: the
        # doc_ features say what the paper is
        title = k < HEAD_LINES and not texts[k].endswith(":")
        seen.update(name for name in SECTIONS if name in row and not (title and name == "answer_word"))


def _items_around(rows: list[Features], breaks: list[bool]) -> None:
    """Where a line stands among a paper's items: prose between two items (no section begun between) goes on
    with the item above, prose after the last one is the paper's own; and whether a marked line is marked as
    the paper's first item (an item) or otherwise (a part of one: "1.1", "- Wie …" under "1. Kosten")."""
    marks = [next((name for name in MARK_KINDS if name in row), None) for row in rows]
    top = next((mark for mark in marks if mark in ITEM_MARKS), None)
    follows = [False] * len(rows)
    below = False
    for k in range(len(rows) - 1, -1, -1):
        follows[k] = below
        if ITEM_MARKS.intersection(rows[k]):
            below = True
        elif breaks[k]:
            below = False
    above = False
    for k, row in enumerate(rows):
        if marks[k] is not None and top is not None:
            row["mark_top" if marks[k] == top else "mark_sub"] = 1.0
        if ITEM_MARKS.intersection(row):
            above = True
        elif breaks[k]:
            above = False
        elif above:
            row["items_around=between" if follows[k] else "items_around=after_last"] = 1.0


def _asks_below(rows: list[Features], breaks: list[bool]) -> None:
    """A line whose item asks further down, before a new item or section begins: a long question states its
    case first and asks at its end, while the reasons after the last question never ask."""
    below = False
    for k in range(len(rows) - 1, -1, -1):
        if below and "has_question_mark" not in rows[k]:
            rows[k]["asks_below"] = 1.0
        below = not ITEM_MARKS.intersection(rows[k]) and not breaks[k] and ("has_question_mark" in rows[k] or below)


RUNNING_HEAD = ("page_marker", "paper_number", "wahlperiode")


def _repeated_edges(pages: Sequence[Page], rows: list[Features]) -> None:
    """A line at the top or bottom of a later page that stands at the edge of another page too (digits
    aside): a running head or footer ("FIRMA RECHTSANWÄLTE", "Drucksache 15/1284 … Seite 3"), not the
    letterhead it repeats."""
    if len(pages) < 2:
        return
    edges: list[list[tuple[int, str]]] = []  # per page: (row, key) of its edge lines
    k = 0
    for page in pages:
        inked = [line.text for line in page.lines if line.text.strip()]
        n = len(inked)
        edges.append([(k + i, _edge_key(inked[i])) for i in range(n) if (i < PAGE_EDGE or i >= n - PAGE_EDGE) and not _prose(inked[i])])
        k += n
    pages_of: dict[str, set[int]] = {}
    for number, page_edges in enumerate(edges):
        for _, key in page_edges:
            pages_of.setdefault(key, set()).add(number)
    for number, page_edges in enumerate(edges[1:], start=1):
        for k, key in page_edges:
            if len(pages_of[key]) > 1:
                rows[k]["repeated_edge"] = 1.0


def _edge_key(text: str) -> str:
    return NOT_LETTERS.sub("", text.casefold())[:40]


def _prose(text: str) -> bool:
    """A line of running prose (a sentence going on or ending, many lower-case words): no running head, even
    where a paper says the same sentence on two pages. One lower-case word alone ("www.kanzlei.de") is a
    footer's address, not a sentence going on."""
    text = text.strip()
    return (text[:1].islower() and " " in text) or text[-1:] in ".,;" or sum(word[:1].islower() for word in text.split()) >= 5


QUESTION_BEFORE = 20  # lines repeated questions may run above their answer's heading ("Zu den Fragen 6, 7 und 8:")


def _before_answers(rows: list[Features], texts: list[str]) -> None:
    """Lines a few above an answer heading ("Zu Frage 2:") with no statement ended between: the question
    repeated before its answer, also where it ends without a question mark or carries no number. A line
    ending with a full stop ends the answer above it; a page break's running head does not count."""
    below = None  # lines since the answer heading below, while no statement has ended
    first = None  # the topmost line marked so far: the one below a statement's end opens the questions
    for k in range(len(rows) - 1, -1, -1):
        row = rows[k]
        if any(name in row for name in RUNNING_HEAD):
            continue
        if "answer_heading" in row or ("answer_word" in row and texts[k].endswith(":")):
            below, first = 0, None
        elif below is not None:
            if texts[k].endswith("."):
                if first is not None:
                    rows[first]["opens_before_answer_heading"] = 1.0
                below = first = None
            else:
                below += 1
                if below <= QUESTION_BEFORE:
                    row["before_answer_heading"] = 1.0
                    first = k


def _sentences(rows: list[Features], texts: list[str]) -> tuple[list[bool], list[bool]]:
    """Per line: whether it begins a sentence (the line above ended one), and whether the sentence
    going on in it ends with a question mark. A page break's running head and page number between
    are left out: a question runs on to the next page."""
    body = [k for k, row in enumerate(rows) if not any(name in row for name in RUNNING_HEAD)]
    starts, asks = [True] * len(rows), [False] * len(rows)
    for above, k in zip(body, body[1:]):
        starts[k] = texts[above][-1:] in ".?!:"
    ending = False
    for k in reversed(body):
        if texts[k][-1:] in ".?!:;":
            ending = texts[k].endswith("?")
        asks[k] = ending
    return starts, asks


FORM_HEAD = 30  # lines where a form's fields stand


def _dates_after_the_papers(rows: list[Features], texts: list[str]) -> None:
    """A date without a label in a form's head, below the paper's date on a labelled line ("vom: 12.09.2019",
    "Eingang: …"): the form's values read column by column, the meeting's date, not the paper's again."""
    labelled = False
    for k, row in enumerate(rows[:FORM_HEAD]):
        if "date" not in row:
            continue
        if ":" in texts[k] and len(texts[k]) < DATE_LINE:
            labelled = True
        elif labelled:
            row["date_after_labelled_date"] = 1.0


def _line_features(line: Line, shape: PageShape | None) -> Features:
    text = line.text.strip()
    found: Features = {"bias": 1.0}
    lead = _lead_of_glued_line(text)
    if lead:  # the letter's line counts: its shapes, not the side column's phone or partner read onto it
        found["side_glued"] = 1.0
        text = lead
    words = text.split()
    digits = len(NOT_DIGITS.sub("", text))
    for name, test in SHAPE_TESTS if digits else WORD_SHAPE_TESTS:
        if test(text):
            found[name] = 1.0
    if text[:1] in "-–" and text[-1:] in "-–" and len(text) < 40:  # a title set between dashes ("- Kurzfassung -")
        found["dash_framed"] = 1.0
        if SHAPES["reasons"].match(text.strip("-– ")):
            found["reasons"] = 1.0
    if digits and any(test(text) for test in DATE_TESTS):  # every date has a digit
        found["date"] = 1.0
    found[f"len={_bucket(len(text), (3, 12, 30, 60, 85))}"] = 1.0
    found[f"words={_bucket(len(words), (1, 2, 4, 8, 14))}"] = 1.0
    found[f"end={_end_class(text)}"] = 1.0
    letters = NOT_LETTERS.sub("", text)
    if len(letters) > 2 and len(NOT_UPPER.sub("", letters)) > 0.8 * len(letters):
        found["caps"] = 1.0
    if words and all(w[:1].isupper() for w in words if w[:1].isalpha()) and len(words) <= 5:
        found["title_case"] = 1.0
    found[f"digits={_bucket(int(10 * digits / max(len(text), 1)), (0, 1, 3, 6))}"] = 1.0
    if COLUMN_GAP in line.text.strip():
        found["column_gap"] = 1.0
    if "?" in text:
        found["has_question_mark"] = 1.0
    if len(text) <= 90 and digits <= 2:  # ("B90" in a faction after the names)
        # a signer's name or role, as the letter rules know them ("Stadträtin Dr. Ute Leidig (GRÜNE)")
        if ROLE_NOUN.search(text.casefold()):
            found["role_noun"] = 1.0
        elif _names(text):
            found["person_name"] = 1.0
    if text[:1].islower():
        found["starts_lower"] = 1.0
    if words:
        found[f"w0={_word(words[0])}"] = 1.0
        found[f"wl={_word(words[-1])}"] = 1.0
        if len(words) > 1:
            found[f"w1={_word(words[0])}_{_word(words[1])}"] = 1.0
    found.update(_layout(line, shape))
    return found


@dataclass(frozen=True)
class PageShape:
    """A page's usual line: its left edge (lower quartile) and height (median), for indentation and type size."""

    width: float
    height: float
    left: float
    line_height: float

    @classmethod
    def of(cls, page: Page) -> PageShape | None:
        boxes = [line.bbox for line in page.lines if line.bbox is not None and line.text.strip()]
        if not boxes or not page.width:
            return None
        lefts = sorted(box[0] for box in boxes)
        heights = sorted(box[3] - box[1] for box in boxes)
        return cls(page.width, page.height or 842.0, lefts[len(lefts) // 4], max(heights[len(heights) // 2], 1e-6))


def _layout(line: Line, shape: PageShape | None) -> Features:
    """Indentation and type size against the page's usual lines (PDF and OCR pages only)."""
    if line.bbox is None or shape is None:
        return {}
    x0, top, x1, bottom = line.bbox
    indent = (x0 - shape.left) / shape.width
    size = (bottom - top) / shape.line_height
    centre = ((x0 + x1) / 2) / shape.width
    return {
        f"indent={_bucket(int(indent * 100), (-1, 2, 8, 25, 45))}": 1.0,
        f"size={_bucket(int(size * 10), (8, 11, 13, 17))}": 1.0,
        f"right_half={int(x0 / shape.width > 0.5)}": 1.0,
        f"centred={int(abs(centre - 0.5) < 0.05 and indent > 0.05)}": 1.0,
        f"vpos={_bucket(int(10 * top / shape.height), (1, 2, 3, 5, 8))}": 1.0,
    }


# what a law firm's side column holds: its partners' titles and footnotes, its offices' streets
SIDE_ENTRY = re.compile(r"^(?:[\d*¹²³]\s*)?(?:Fachanw|Rechtsanw|Notar|Attorney|Solicitor|Partner|Mediator)|"
                        r"^[A-ZÄÖÜ][\w.-]*(?:stra(?:ße|sse)|str\.|allee|platz|weg|damm|ring|ufer)\s+\d", re.IGNORECASE)
SIDE_WIDTH = 55  # a side column is narrow: a longer part after the gap is the line's own text ("1.5.    War geplant, …")


def _lead_of_glued_line(text: str) -> str:
    """The letter's part of a line a column gap before a side column's entry ("land e.V.   Tel. +49 228 …",
    "Berlin, 21. Januar 2014   Dr. Maria Muster"), or "" when nothing side-like is glued onto it."""
    lead, _, side = text.rpartition(COLUMN_GAP)
    lead, side = lead.strip(), side.strip()
    if not lead or not side or len(side) > SIDE_WIDTH:
        return ""
    glued = (SHAPES["contact"].search(side) or SHAPES["bank"].search(side) or SIDE_ENTRY.search(side)
             or (not any(ch.isdigit() for ch in side) and _is_name(side)))
    return lead if glued else ""


def _names(text: str) -> bool:
    """One or more signers' names ("A, B und C"); the last may be their faction ("… und die Fraktion X")."""
    parts = [PARTY_AFTER.sub("", MEMBER_TITLE.sub("", part)) for part in NAME_LIST.split(text.rstrip(","))]
    return _is_name(parts[0]) and all(map(_is_name, parts[1:-1])) and (len(parts) == 1 or _is_name(parts[-1])
                                                                      or SHAPES["faction"].search(parts[-1]) is not None)


def _is_name(text: str) -> bool:
    """A personal name; spaCy is asked only about words that may be names or titles."""
    words = text.split()
    return (2 <= len(words) <= 7 and all(NAME_TOKEN.match(w) or w.endswith(".") for w in words)
            and looks_like_name(text))


def _bucket(value: int, bounds: tuple[int, ...]) -> str:
    for bound in bounds:
        if value <= bound:
            return f"<={bound}"
    return f">{bounds[-1]}"


def _end_class(text: str) -> str:
    last = text[-1:]
    return {"?": "q", ":": "colon", ",": "comma", ".": "stop", "-": "hyphen", ")": "paren"}.get(
        last, "digit" if last.isdigit() else "alpha" if last.isalpha() else "other")


@functools.lru_cache(maxsize=65536)
def _word(word: str) -> str:
    """A word as a feature: lower-cased, digits masked, trailing punctuation off."""
    return re.sub(r"\d", "9", word.casefold().strip(".,:;!?()\"'„“”»«"))[:20]


@functools.lru_cache(maxsize=1)
def _tagger(path: Path = MODEL):
    """The trained model, loaded once per process.

    Raises:
        MissingDependencyError: the model file is missing or cannot be read.
    """
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except (OSError, ValueError) as err:
        raise MissingDependencyError(
            f"The line-role model {path} is missing or damaged ({err}); rebuild it with `make train`."
        ) from err
    return tagger


def label_lines(pages: Sequence[Page]) -> list[tuple[LineRole, float]]:
    """The role of every non-blank line, in reading order (see `features`), with the model's
    probability for it (the marginal of that role at that line, 0–1)."""
    rows = features(pages)
    if not rows:
        return []
    tagger = _tagger()
    tags = tagger.tag(rows)
    return [(LineRole(tag), tagger.marginal(tag, i)) for i, tag in enumerate(tags)]
