"""German date expressions: find them in a line and turn them into `datetime.date`."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date as Date

from rapidfuzz import fuzz, process

log = logging.getLogger(__name__)

# Month names and their printed abbreviations (also OCR-typical "Marz", "MRZ").
MONTHS: dict[str, int] = {
    "januar": 1, "jan": 1, "jänner": 1,
    "februar": 2, "feb": 2, "febr": 2,
    "märz": 3, "mär": 3, "marz": 3, "maerz": 3, "mrz": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}  # fmt: skip

FULL_MONTHS = [name for name in MONTHS if len(name) > 4]
MONTH_MIN_SCORE = 80
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

# The date notations a German letter uses, each with an example.
DATE_PATTERNS: dict[str, re.Pattern[str]] = {
    # "2024-01-15"
    "iso": re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    # "23.11.2017", "05.03.24", "1. 2. 2020"
    "numeric": re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4}|\d{2})(?![\d])"),
    # "23. November 2023", "5. Okt. 2017", "1.März 2020", OCR-damaged "17. Dezernber 2024", "4 . März 2024"
    "long": re.compile(r"(?<!\d)(?P<d>\d{1,2})\s?\.\s*(?P<mname>[A-Za-zÄÖÜäöü]{3,10})\.?\s+(?P<y>\d{4})(?!\d)"),
}

# A word that makes a date not the letter's own date: "am 23.11.2017" is a meeting.
NON_LETTER_DATE_PREFIX = re.compile(r"\b(?:am|vom|bis|zum|seit|ab|des|dem|der)\s*$", re.IGNORECASE)

# Receipt stamps carry dates that are not the letter's date: "Eingegangen 12. MRZ 2024".
STAMP_WORDS = re.compile(r"\b(?:eingegangen|eingang|eing\.|posteingang|erhalten|empfangen)\b", re.IGNORECASE)

WEEKDAY = r"(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s+)"
# "Kleve, 23. November 2023", "Wesel, den 05.03.2024": the place precedes a comma.
PLACE_BEFORE_DATE = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][\wÄÖÜäöüß.()/\- ]{1,40}?)\s*,\s*"  # "Frankfurt (Oder), …"
    rf"{WEEKDAY}?"  # "Kleve, Dienstag, 5.3.2024"
    r"(?:den\s+)?$"
)

# "Kleve, am 4. März 2024": "am" after a place is the date formula, not a meeting, when the place
# is a town's name ("Frankfurt am Main", "Mülheim an der Ruhr") and no body ("Kreistag, am …").
PLACE_AM_DATE = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][\wÄÖÜäöüß.()/-]*(?:\s+(?:(?:am|an|der|im|in|ob|bei|vor)\s+)*[A-ZÄÖÜ(][\wÄÖÜäöüß.()/-]*){0,3})"
    r"\s*,\s*am\s*$"
)
BODY_WORD = re.compile(r"(?i)ausschu|sitzung|tag(?:e?s)?\b|rat(?:e?s)?\b|konferenz|versammlung|kommission")

# "Datum: 2024-01-15"; "den 5. Mai 2023" (the date formula without its place); an e-mail's
# "Gesendet: Freitag, 14. März 2025 10:12".
DATE_LABEL = re.compile(rf"^\s*(?:Datum|Date|den|Gesendet(?:\s+am)?|Sent)\s*[:.]?\s*{WEEKDAY}?$", re.IGNORECASE)

# "Siegburg, im Juni 2024", "Kleve, Ende März 2024": a date line with month and year only — its
# place is the letter's place, its day is unknown.
MONTH_ONLY_LINE = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][\wÄÖÜäöüß.()/\- ]{1,40}?)\s*,\s*(?:(?:im|Anfang|Mitte|Ende)\s+)?"
    r"(?P<mname>[A-Za-zÄÖÜäöü]{3,10})\.?\s+(?P<y>\d{4})$"
)


@dataclass(frozen=True)
class DateHit:
    """One date found in a line, with its character span."""

    value: Date
    start: int
    end: int


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def month_number(word: str) -> int | None:
    """Month of a printed month name or abbreviation; OCR slips ("Dezernber") match fuzzily."""
    key = word.casefold()
    if key in MONTHS:
        return MONTHS[key]
    if len(key) < 5:
        return None
    best = process.extractOne(key, FULL_MONTHS, scorer=fuzz.ratio, score_cutoff=MONTH_MIN_SCORE)
    return MONTHS[best[0]] if best else None


def find_dates(text: str) -> list[DateHit]:
    """All valid dates in `text`, left to right, without overlaps."""
    hits: list[DateHit] = []
    for kind, pattern in DATE_PATTERNS.items():
        for m in pattern.finditer(text):
            month = month_number(m["mname"]) if kind == "long" else int(m["m"])
            if month is None:
                continue
            try:
                value = Date(_year(m["y"]), month, int(m["d"]))
            except ValueError:
                continue
            if any(h.start < m.end() and m.start() < h.end for h in hits):
                continue
            hits.append(DateHit(value, m.start(), m.end()))
    return sorted(hits, key=lambda h: h.start)


def parse_date(text: str) -> Date | None:
    """The first date in `text`, or None."""
    hits = find_dates(text)
    return hits[0].value if hits else None


def is_ordinal_date_start(text: str) -> bool:
    """True when text starts like "5. Oktober" — an ordinal in prose, not a list number."""
    return re.match(rf"^\d{{1,2}}\.\s*(?:{_MONTH_ALT})\b", text, re.IGNORECASE) is not None


@dataclass(frozen=True)
class LetterDate:
    """The letter's own date with the place and trailing text of its line."""

    value: Date | None  # None: the line names only month and year
    place: str | None
    rest: str
    labelled: bool

    @property
    def rank(self) -> tuple[bool, bool]:
        """How sure it is the letter's date: an exact day first, then a place or label."""
        return (self.value is not None, self.labelled)


def letter_date_in_line(text: str) -> LetterDate | None:
    """Read a line as a date line ("Kleve, 23. November 2023", "10.10.2017 jf/mv"), or None.

    Stamps ("Eingegangen …") and dates after "am"/"vom" (meetings, cited reports) are skipped.
    "Siegburg, im Juni 2024" is a date line without a day (value None).
    """
    if STAMP_WORDS.search(text):
        return None
    month_only = MONTH_ONLY_LINE.match(text.strip())
    if month_only and month_number(month_only["mname"]) is not None:
        return LetterDate(None, month_only["place"].strip(), "", labelled=True)
    for hit in find_dates(text):
        before, rest = text[: hit.start], text[hit.end :].strip(" ,;·|")
        place_am = PLACE_AM_DATE.match(before)
        if place_am and not BODY_WORD.search(place_am["place"]):
            return LetterDate(hit.value, place_am["place"], rest, labelled=True)
        if NON_LETTER_DATE_PREFIX.search(before):
            continue
        place_m = PLACE_BEFORE_DATE.match(before)
        if place_m:  # "Referat VI5 Berlin, den …": the place follows the last token with a digit
            place = re.sub(r"^.*\S*\d\S*\s+", "", place_m["place"].strip())
            return LetterDate(hit.value, place, rest, labelled=True)
        if DATE_LABEL.match(before):
            return LetterDate(hit.value, None, rest, labelled=True)
        if not before.strip():
            return LetterDate(hit.value, None, rest, labelled=False)
    return None
