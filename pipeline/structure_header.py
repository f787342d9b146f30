"""Letter header: layout landmarks, date, place, reference, subject, meetings, salutation."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date as Date

from rapidfuzz import fuzz

from models import DocType, Meeting
from pipeline.structure_dates import LetterDate, find_dates, letter_date_in_line
from pipeline.structure_roles import looks_like_name, nominative_body
from pipeline.structure_text import TextLine, index_blocks, join_lines

log = logging.getLogger(__name__)

# Openings of a salutation line: "Sehr geehrter Herr Gerwers,", "Liebe Kolleginnen und Kollegen,".
SALUTATION_OPENINGS = ("Sehr geehrte", "Sehr verehrte", "Liebe", "Lieber", "Hallo", "Guten Tag")

# Closing formulas, matched fuzzily so OCR damage ("Mit freundlichen Grifien") still counts.
CLOSING_FORMULAS = (
    "Mit freundlichen Grüßen",
    "Mit freundlichem Gruß",
    "Freundliche Grüße",
    "Mit besten Grüßen",
    "Mit kollegialen Grüßen",
    "Mit solidarischen Grüßen",
    "Mit herzlichen Grüßen",
    "Viele Grüße",
    "Beste Grüße",
    "Herzliche Grüße",
    "Hochachtungsvoll",
    "Glück auf!",  # the miners' greeting, usual in the Erzgebirge, the Ruhr and the Saar
    "Mit freundlichen Grüßen und Glück auf!",
)
CLOSING_MIN_SCORE = 80
CLOSING_SURE_SCORE = 95  # this close to a listed formula, a greeting line is that formula misread
# A closing outside the list: "Mit freundlichen kollegialen Grüßen", "Mit vorzüglichen Grüßen".
GREETING_LINE = re.compile(r"(?:mit\s+)?(?:[a-zäöüß]+\s+){1,3}(?:grüßen|gruß|grüße)", re.IGNORECASE)
# Sign-offs that stand where a closing formula would: the signature block follows them.
# "Für die SPD-Fraktion", "Im Namen der Kreistagsfraktion …", "Für die Gruppe …", "gez. …"
SIGN_OFF = re.compile(
    r"^(?:(?:Für\s+die|Im\s+Namen\s+der)\s+(?:\S+\s+){0,3}\S*(?:Fraktion|Gruppe)\b|gez\.)", re.IGNORECASE
)

# "Betreff: …", "Betr.: …", "Betrifft …": the label is not part of the subject.
# the label is a whole word: "Gegenstandswert € 10.000" is a bill's line, no subject
SUBJECT_LABEL = re.compile(r"^(?:(?:Betreff|Betrifft|Thema|Gegenstand|Subject)(?![\wäöü])|Betr\.)\s*[:.]?\s*", re.IGNORECASE)

# "Az.: 12-34", "Aktenzeichen: …", "Unser Zeichen: jf/mv": the reference without its label.
REFERENCE_LABEL = re.compile(
    r"^(?:Az\.?|Aktenzeichen|Unser\s+Zeichen|Ihr\s+Zeichen|Zeichen|Gesch\.?-?Z\.?|Ref\.)(?![\wäöü])"
    r"\s*[:.]?\s*(?P<ref>\S.*)$",  # the label is a whole word: "Referat VI5" is no "Ref."
    re.IGNORECASE,
)
# Dictation initials beside a date: "10.10.2017 jf/mv".
INITIALS_REFERENCE = re.compile(r"^[A-Za-zÄÖÜäöü]{1,4}\s*/\s*[A-Za-zÄÖÜäöü]{1,4}$")

# "Kreisausschuss am 23.11.2017", "Ausschuss für Umwelt am 5. März 2024", "Sitzung des Kreistages am …";
# a named committee also in the genitive and as a compound: "Sitzung des Ausschusses für Umwelt und
# Technik am …", "des Fachausschusses für Soziales am …" (nominative_body makes it "Ausschuss für …").
MEETING_BODY = re.compile(
    r"(?P<body>(?:[A-ZÄÖÜ][a-zäöüß]*a|A)usschu(?:ss|ß)(?:es)?\s+für\s+[\wÄÖÜäöüß\-]+(?:(?:\s*,\s*|\s+und\s+)[\wÄÖÜäöüß\-]+)*"
    r"|[A-ZÄÖÜ][\wÄÖÜäöüß\-]*(?:ausschuss|ausschusses|ausschuß|tag|tages|tags|rat|rates|konferenz|versammlung|kommission))"
    r"\s+(?:am|vom)\s+$"
)

# Words that mark the kind of letter, in the subject first, then in the body.
DOC_TYPE_SUBJECT: list[tuple[re.Pattern[str], DocType]] = [
    # the administration's reply: "Ihre Anfrage vom 12.02.2024 – …", "Antwort auf die Anfrage …",
    # "Anfrage der SPD-Fraktion; hier: Beantwortung"
    (re.compile(r"^(?:Ihre?|Eure?)\s+(?:Anfrage|Antrag|Anträge)\b|\bAntwort\s+(?:der|des|auf|zu|zur)\b"
                r"|\bhier\s*:\s*(?:Antwort|Beantwortung)\b|^(?:Antwort|Beantwortung)\b", re.IGNORECASE),
     DocType.STELLUNGNAHME),
    # "Kleine Anfrage gem. § 11", "Sachstandsanfrage: …"
    (re.compile(r"\b[\wäöüß]*anfrage\b", re.IGNORECASE), DocType.ANFRAGE),
    # "Antrag zur Sitzung …", "Dringlichkeitsantrag", "Prüfauftrag: …" (a motion that the
    # administration examine something)
    (re.compile(r"\b(?:Antrag|Anträge|(?:Dringlichkeits|Änderungs|Ergänzungs|Haushalts|Prüf|Resolutions)antrag|Prüfauftrag)\b",
                re.IGNORECASE), DocType.ANTRAG),
    # a subject that is the resolution the Kreistag is to pass: "Resolution: Keine Ausdünnung …",
    # "Resolution zum Erhalt der Geburtsstation" — not one that mentions it ("Umsetzung der Resolution …")
    (re.compile(r"^(?:Entwurf\s+einer\s+|Dringlichkeits)?Resolution\b", re.IGNORECASE), DocType.ANTRAG),
    (re.compile(r"\bStellungnahme\b", re.IGNORECASE), DocType.STELLUNGNAHME),
]
# In the body only the formulas count; a bare "Antrag" or "Stellungnahme" is often just mentioned.
DOC_TYPE_BODY: list[tuple[re.Pattern[str], DocType]] = [
    # "die Fraktion beantragt:", "Der Kreistag beschließt, …", "stellen folgenden Antrag" — not the
    # participle of "Mittel wurden beantragt"
    (re.compile(r"\bbeantrag(?:t|en)\s*:|\bwir\s+beantragen\b|(?:[Ff]raktion|FRAKTION)\S*\s+(?:\S+\s+){0,4}beantragt\b"
                r"|\bbeschließt\b|\bBeschlussvorschlag\b|\b(?:möge|wolle|möchte)\s+(?:folgendes\s+)?beschließen\b"
                # "Beschlussentwurf:", "Antragstext:", "bitten, den folgenden Antrag auf die Tagesordnung …"
                r"|\b(?:Beschlussentwurf|Beschlussempfehlung|Antragstext)\s*:|\bfolgenden\s+Antrag\b"
                r"|\bstell(?:t|en)\s+(?:folgenden|den|diesen)\s+Antrag\b"
                # "bitten, die folgende Resolution … zu beraten und zu beschließen:" — the text below is the motion
                r"|\bzu\s+beschließen\s*:|\bfolgenden?\s+Resolution\b"), DocType.ANTRAG),
    # "bitten um Beantwortung der folgenden Fragen", "stellen folgende Anfrage"
    (re.compile(r"\bBeantwortung\b|\bfolgende(?:n)?\s+Fragen\b|\bstell(?:t|en)\s+(?:folgende|diese)\s+Anfrage\b"),
     DocType.ANFRAGE),
    # "nimmt die Fraktion wie folgt Stellung", "nehmen wir Stellung"
    (re.compile(r"\b(?:nehmen|nimmt)\b[^.]*\bStellung\b"), DocType.STELLUNGNAHME),
]
# The administration answering, which no faction writes: "Ihre Anfrage beantworte ich wie folgt",
# "wir beantworten Ihre Fragen", answer headings "Zu Frage 2:". It outweighs the questions it repeats.
REPLY_BODY = re.compile(
    r"\bbeantworten?\s+(?:ich|wir)\b|\b(?:ich|wir)\s+beantworten?\b|^Zu\s+(?:den\s+)?Fragen?\s+\d", re.MULTILINE
)

# Contact data in a letterhead column, never a subject: "Tel. +49 30 443 765 0", "www.x.de".
CONTACT_LINE = re.compile(
    r"\b(?:Tel|Telefon|Fax|Telefax|E-?Mail|www)\b|@|\b\d{5}\s+[A-ZÄÖÜ]\w+\s*$"
    r"|(?:straße|str\.|weg|platz|allee|ring|damm|gasse|ufer)\s*\d+(?:[-/]\d+)?\s*[a-z]?$",  # "Mozartstraße 10"
    re.IGNORECASE,
)

CONTACT_TAIL = re.compile(r"\s+(?:Tel|Telefon|Fax|Telefax|E-?Mail|www)\b.*$", re.IGNORECASE)

# Without a salutation the header is guessed: this many lines, or further down to the end of a
# "Betreff:" block found within SUBJECT_SEARCH lines (a memo or an Antrag under a tall letterhead).
HEADER_GUESS = 20
SUBJECT_SEARCH = 40

# Lines in the header that belong to no field: "im Hause", "per E-Mail".
HEADER_NOISE = re.compile(r"^(?:im\s+Hause|per\s+(?:E-?Mail|Fax|Post)|vorab\s+per\s+.*)$", re.IGNORECASE)


@dataclass
class Layout:
    """Landmark line indexes of a letter; -1 when absent."""

    lines: list[TextLine]
    salutation: int = -1
    closing: int = -1
    signed_from: int = -1  # first line of the signature block (after the closing or sign-off)
    date_line: int = -1
    letter_date: LetterDate | None = None
    address: list[int] = field(default_factory=list)
    unsaluted_end: int = -1  # without a salutation: the end of a labelled subject block, if any

    @property
    def header_end(self) -> int:
        """First line after the header (the salutation, or a guess when there is none)."""
        if self.salutation >= 0:
            return self.salutation
        return min(len(self.lines), max(HEADER_GUESS, self.unsaluted_end))

    @property
    def body_end(self) -> int:
        return self.closing if self.closing >= 0 else len(self.lines)


def columns(text: str) -> list[str]:
    """Parts of a line printed side by side (three or more spaces apart)."""
    return [part.strip() for part in re.split(r"\s{3,}", text) if part.strip()]


def is_salutation(text: str) -> bool:
    return any(text.startswith(opening) for opening in SALUTATION_OPENINGS) or (
        fuzz.ratio(text[:12], "Sehr geehrte") >= 85
    )


def salutation_text(text: str) -> str:
    """The salutation without a letterhead column OCR glued to it ("…Wildfeuer, Fax +49 …")."""
    return CONTACT_TAIL.sub("", columns(text)[0] if columns(text) else text).strip()


def closing_formula(text: str) -> str | None:
    """The canonical closing formula a line is (OCR-tolerant, best match), or None."""
    head = " ".join(text.split()).rstrip(",.").casefold()
    scored = [
        (fuzz.ratio(head, formula.casefold()), formula)
        for formula in CLOSING_FORMULAS
        if len(head) <= len(formula) + 4
    ]
    score, formula = max(scored, default=(0.0, ""))
    printed = " ".join(text.split()).rstrip(",.")
    if score < CLOSING_SURE_SCORE and GREETING_LINE.fullmatch(printed):
        return printed  # "Mit freundlichen kollegialen Grüßen": a formula outside the list, as printed
    return formula if score >= CLOSING_MIN_SCORE else None


def find_layout(lines: list[TextLine]) -> Layout:
    """Locate salutation, closing and the letter's date line."""
    layout = Layout(lines)
    for i, line in enumerate(lines):
        if line.text and is_salutation(line.text):
            layout.salutation = i
            break
    if layout.salutation < 0:
        layout.unsaluted_end = _labelled_subject_end(lines)
    for i in range(layout.salutation + 1, len(lines)):
        if lines[i].text and closing_formula(lines[i].text):
            layout.closing, layout.signed_from = i, i + 1
            break
    if layout.closing < 0:  # no formula: "Für die Fraktion" or a "gez." name opens the signatures
        sign_off = [i for i in range(layout.salutation + 1, len(lines)) if SIGN_OFF.match(lines[i].text)]
        if sign_off:
            layout.closing = sign_off[0]
            layout.signed_from = sign_off[0] + (0 if lines[sign_off[0]].text.startswith("gez.") else 1)
    for i in range(layout.header_end):
        for part in reversed(columns(lines[i].text)):
            found = letter_date_in_line(part)
            if found and (layout.letter_date is None or found.rank > layout.letter_date.rank):
                layout.date_line, layout.letter_date = i, found
        if layout.letter_date and layout.letter_date.rank == (True, True):
            break
    if layout.letter_date is None:
        _date_under_label_row(layout)
    if layout.letter_date is None and layout.closing >= 0:
        _date_below_signature(layout)
    return layout


def _date_under_label_row(layout: Layout) -> None:
    """The date ending the value row under a label row whose last label is "Datum", also when the
    row's column gaps were lost ("Ihr Zeichen Unser Zeichen Datum" / "JM/bb 23.09.2025")."""
    for i in range(min(layout.header_end, len(layout.lines)) - 1):
        labels = layout.lines[i].text.strip()
        if not (ROW_LABELS_ONLY.fullmatch(labels) and re.search(r"\bDatum$", labels)):
            continue
        values = layout.lines[i + 1].text.rstrip()
        hits = find_dates(values)
        if hits and hits[-1].end == len(values):
            layout.date_line, layout.letter_date = i + 1, LetterDate(hits[-1].value, None, "", labelled=True)
            return


def _is_subject_label(text: str) -> bool:
    return SUBJECT_LABEL.match(text) is not None and REFERENCE_LABEL.match(text) is None


# A subject line that ends so is not the end of the subject: "… der 5-Prozent-", "… im Saarland nach".
OPEN_END = re.compile(
    r"(?:\w-|\b(?:der|die|das|dem|den|des|ein|eine|einer|eines|einem|und|oder|sowie|nach|vor|von|vom|zu|zum"
    r"|zur|im|in|am|an|auf|aus|bei|für|mit|über|unter|gegen|ohne|durch|bis|seit|gemäß|hier))\s*$"
)


def _labelled_block(lines: list[TextLine], start: int) -> list[int]:
    """The lines of the "Betreff:" block at start: down to a blank or the salutation; a line
    that ends open ("5-Prozent-", "nach") goes on over one blank OCR or extraction put in."""
    block = [start]
    for i in range(start + 1, len(lines)):
        if is_salutation(lines[i].text):
            break
        if lines[i].blank:
            if OPEN_END.search(lines[block[-1]].text) and i + 1 < len(lines) and not lines[i + 1].blank:
                continue
            break
        block.append(i)
    return block


def _labelled_subject_end(lines: list[TextLine]) -> int:
    """The line after the first "Betreff:" block near the top, or -1."""
    for i, line in enumerate(lines[:SUBJECT_SEARCH]):
        if _is_subject_label(line.text):
            return _labelled_block(lines, i)[-1] + 1
    return -1


def _date_below_signature(layout: Layout) -> None:
    """Some letters put "Konstanz, 04.11.2024" under the signature; only a line that is
    place and date and nothing else counts there."""
    for i in range(layout.closing + 1, len(layout.lines)):
        found = letter_date_in_line(layout.lines[i].text)
        if found and found.place and not found.rest:
            layout.date_line, layout.letter_date = i, found
            return


# A DIN 5008 reference row prints labels above their values: "Ihr Zeichen   Unser Zeichen   Datum".
REFERENCE_ROW_LABEL = re.compile(
    r"^(?:Ihr(?:e)?\s+(?:Zeichen|Nachricht(?:\s+vom)?)|Unser(?:e)?\s+(?:Zeichen|Nachricht(?:\s+vom)?)|Az\.?"
    r"|Aktenzeichen|Datum|Telefon|Durchwahl|Name|Bearbeiter(?:in)?|Sachbearbeiter(?:in)?|Ansprechpartner(?:in)?"
    r"|Auskunft(?:\s+erteilt)?|Zimmer|E-Mail)"
    r"(?:\s*,\s*[\w ]+)?$",  # "Unser Zeichen, unsere Nachricht vom"
    re.IGNORECASE,
)
# A label row whose column gaps were lost ("Unser Zeichen Ansprechpartner Datum") has no value.
ROW_LABELS_ONLY = re.compile(
    r"(?:(?:Ihre?|Unsere?|Zeichen|Nachricht|vom|Datum|Telefon|Durchwahl|Name|Ansprechpartner(?:in)?|Bearbeiter(?:in)?"
    r"|Sachbearbeiter(?:in)?|Auskunft|erteilt|Zimmer|E-Mail|Az\.?|Aktenzeichen)(?:\s+|$))+",
    re.IGNORECASE,
)
OWN_REFERENCE_LABEL = re.compile(r"^(?:Unser\s+Zeichen|Az\b|Aktenzeichen)", re.IGNORECASE)


def reference_from_row(labels: str, values: str) -> str | None:
    """Our reference from a label row and the value row under it.

    Line text does not keep where an empty column was (OCR joins columns with one gap), so with
    as many values as labels they pair in order; with fewer, the one value that is neither a
    date, a number nor a person's name belongs to "Unser Zeichen" / "Az." (an empty "Ihr Zeichen" is the common
    gap: a faction's letter answers no one).
    """
    heads, cells = columns(labels), columns(values)
    if len(heads) < 2 or not all(REFERENCE_ROW_LABEL.match(label) for label in heads):
        return None
    if len(cells) == len(heads):
        return next((cell for label, cell in zip(heads, cells) if OWN_REFERENCE_LABEL.match(label)), None)
    codes = [cell for cell in cells
             if not find_dates(cell) and not re.fullmatch(r"[\d\s/()+-]+", cell) and not looks_like_name(cell)]
    has_own = any(OWN_REFERENCE_LABEL.match(label) for label in heads)
    return codes[0] if has_own and len(codes) == 1 else None


def _labelled_references(text: str) -> list[tuple[str, str]]:
    """(label, value) of "Az.: 12-3" in a line; a label alone in its column ("Unser Zeichen:")
    takes the next column as its value."""
    parts = columns(text)
    found = []
    for k, part in enumerate(parts):
        m = REFERENCE_LABEL.match(part)
        if not m or REFERENCE_ROW_LABEL.match(part):
            continue
        value = m["ref"].strip()
        if value == ":" and k + 1 < len(parts):
            value = parts[k + 1]
        if value != ":" and not ROW_LABELS_ONLY.fullmatch(value) and not REFERENCE_LABEL.match(value):
            found.append((part, value))
    return found


def reference(layout: Layout) -> str | None:
    """The file reference: a labelled "Az.: …" line, the value under "Unser Zeichen" in a
    reference row, or the initials after the date."""
    labelled = [found for i in range(layout.header_end) for found in _labelled_references(layout.lines[i].text)]
    if labelled:  # ours before the addressee's "Ihr Zeichen"
        return min(labelled, key=lambda found: not OWN_REFERENCE_LABEL.match(found[0]))[1]
    for i in range(layout.header_end - 1):
        if found := reference_from_row(layout.lines[i].text, layout.lines[i + 1].text):
            return found
    if layout.letter_date and INITIALS_REFERENCE.match(layout.letter_date.rest):
        return layout.letter_date.rest.replace(" ", "")
    # initials in their own column before the date ("jf/mv      Wesel, 3.2.2026"), unless they sit
    # under a label row whose columns were lost (they may be "Ihr Zeichen")
    above = layout.lines[layout.date_line - 1].text if layout.date_line > 0 else ""
    if layout.letter_date and not ROW_LABELS_ONLY.fullmatch(above.strip()):
        parts = columns(layout.lines[layout.date_line].text)
        if len(parts) >= 2 and INITIALS_REFERENCE.match(parts[0]):
            return parts[0].replace(" ", "")
    return None


def _is_non_subject(layout: Layout, index: int) -> bool:
    text = layout.lines[index].text
    return (
        index == layout.date_line
        or index in layout.address
        or HEADER_NOISE.match(text) is not None
        or REFERENCE_LABEL.match(text) is not None
        or letter_date_in_line(text) is not None
        or CONTACT_LINE.search(text) is not None
    )


def subject(layout: Layout) -> str | None:
    """The Betreff block: a labelled one, else the last header block before the salutation."""
    header = layout.lines[: layout.header_end]
    for i, line in enumerate(header):
        if _is_subject_label(line.text):
            block = _labelled_block(header, i)
            texts = [SUBJECT_LABEL.sub("", line.text)] + [header[j].text for j in block[1:]]
            return join_lines(texts) or None
    if layout.salutation < 0:
        return None
    for block in reversed(index_blocks(header)):
        if layout.date_line in block:  # a letterhead line may share the date's block
            block = block[block.index(layout.date_line) + 1 :]
        if any(CONTACT_LINE.search(header[i].text) for i in block if i not in layout.address):
            return None  # the letterhead (name, e-mail, phone, street); a subject comes below it
        kept = [header[i].text for i in block if not _is_non_subject(layout, i)]
        if kept:
            return join_lines(kept)
        if any(i in layout.address for i in block):
            return None
    return None


def meetings(header_text: str) -> list[Meeting]:
    """Bodies and dates named in the header: "Kreisausschuss am 23.11.2017 und Kreistag am …"."""
    found: list[Meeting] = []
    for hit in find_dates(header_text):
        m = MEETING_BODY.search(header_text[: hit.start])
        if m:
            found.append(Meeting(body=nominative_body(m["body"]), date=hit.value))
    return found


def doc_type(subject_text: str | None, body_text: str, has_questions: bool) -> DocType:
    """Anfrage, Antrag or Stellungnahme from the subject, then from the body wording."""
    for pattern, kind in DOC_TYPE_SUBJECT:
        if subject_text and pattern.search(subject_text):
            return kind
    if REPLY_BODY.search(body_text):
        return DocType.STELLUNGNAHME
    scores = {kind: len(pattern.findall(body_text)) for pattern, kind in DOC_TYPE_BODY}
    if has_questions:
        scores[DocType.ANFRAGE] += 2
    best = max(scores, key=lambda kind: scores[kind])
    return best if scores[best] > 0 else DocType.BRIEF


def letter_date(layout: Layout) -> tuple[Date | None, str | None]:
    if layout.letter_date is None:
        return None, None
    return layout.letter_date.value, layout.letter_date.place
