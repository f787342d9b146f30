"""List markers at the start of a line: "1.", "1)", "1.)", "Frage 1:", "III.", "a)", and lost ones."""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from pipeline.structure_dates import is_ordinal_date_start

log = logging.getLogger(__name__)


# A bullet opening a list item: "• Die Verwaltung …", "- …", "– …".
BULLET = re.compile(r"^[-–•*·▪]\s")


class MarkerStyle(StrEnum):
    ARABIC = "arabic"
    ROMAN = "roman"
    FRAGE = "frage"
    LOST = "lost"
    LETTER = "letter"  # "a)", "b)" or "A.", "B." as the top-level list


# Item markers at a line start, each with an example. The text after a marker starts with a
# capital, a quote or a parenthesis ("1.)"-style markers may be followed by lower case).
MARKER_RULES: list[tuple[MarkerStyle, re.Pattern[str]]] = [
    # "Frage 3:", "Frage 3.", "Frage 3" alone on its line (the text follows below)
    # "Frage 3:", "Frage 3 –" (a dash after the number, as in "Frage 1 – Wie …")
    # "Frage Nr. 3:", "Nr. 3:" (with its colon: "Nr. 5 der Vorlage" is prose)
    (MarkerStyle.FRAGE, re.compile(r"^(?P<label>Frage\s+(?:Nr\.\s*)?(?P<n>\d{1,2})(?:\s*[:.)]|\s+[–-])?)(?:\s+|$)", re.IGNORECASE)),
    (MarkerStyle.FRAGE, re.compile(r"^(?P<label>Nr\.\s*(?P<n>\d{1,2})\s*:)(?:\s+|$)")),
    # "3." alone on its line, the question below it
    (MarkerStyle.ARABIC, re.compile(r"^(?P<label>(?P<n>\d{1,2})\s?(?:\.\)|\.|\)))$")),
    # "(1)", "(12)": the number in parentheses, the text beside or below it
    (MarkerStyle.ARABIC, re.compile(r"^(?P<label>\((?P<n>\d{1,2})\))(?:\s+|$)")),
    # "1.)", "1)", "1 )"
    (MarkerStyle.ARABIC, re.compile(r"^(?P<label>(?P<n>\d{1,2})\s?\.?\))\s*(?=\S)")),
    # "3: Wie …" (not "10:30 Uhr")
    (MarkerStyle.ARABIC, re.compile(r"^(?P<label>(?P<n>\d{1,2}):)\s+(?=[A-ZÄÖÜ„\"“»(])")),
    # "3,Wie" (OCR read the dot as a comma)
    (MarkerStyle.ARABIC, re.compile(r"^(?P<label>(?P<n>\d{1,2}),)\s?(?=[A-ZÄÖÜ])")),
    # "1.", "14.Menschen" (number glued to the text), "l." (OCR for "1.")
    (MarkerStyle.ARABIC, re.compile(r"^(?P<label>(?P<n>\d{1,2}|l)\.)\s*(?=[A-ZÄÖÜ„\"“»(])")),
    # "III.", "IV)", and OCR's "|." / "Il." / "lV." for "I." / "II." / "IV."
    (MarkerStyle.ROMAN, re.compile(r"^(?P<label>(?P<n>[IVXl|]{1,5})\s?[.)])\s+(?=[A-ZÄÖÜ„\"“»(])")),
    # ". Wie sieht …", "‚ Wer …": OCR kept the dot of "3." (or a speck for it) but lost the digit
    (MarkerStyle.LOST, re.compile(r"^(?P<label>[.,·‚'`´_])\s*(?=[A-ZÄÖÜ„\"“»])")),
]

# Ordinals that prose wraps to a line start: "1. Quartal 2024", "2. Halbjahr", "3. Bauabschnitt".
ORDINAL_PROSE = re.compile(
    r"^\d{1,2}\.\s*(?:Quartal|Halbjahr|Jahrhundert|Lesung|Klasse|Stock|Obergeschoss|Etage|Bauabschnitt"
    r"|Nachtrag|Änderung|Sitzung|Tranche|Förderaufruf|Platz|Rang|Advent)\b"
)

# Lettered sub-question markers: "a)", "(b)", "aa)", "b." followed by a space.
SUB_MARKER = re.compile(r"^(?P<label>\(?[a-z]{1,2}\)|[a-z]\.)\s+(?=\S)")
# A number with a letter: "1a.", "1 b)", "2a." — the lettered parts of items 1 and 2. The "a" opens
# the item; the later letters are its sub-items.
NUMBERED_SUB = re.compile(r"^(?P<n>\d{1,2})\s?(?P<label>[a-z][.)])\s+(?=[A-ZÄÖÜ„\"“»(])")
# Capital-lettered items: "A. Welche …", "B) Gibt es …", "C.) Wie …" (an initial before a surname
# looks the same, so only a run from "A" on counts).
CAPITAL_MARKER = re.compile(r"^(?P<label>[A-Z]\.?\)|[A-Z]\.)\s+(?=[A-ZÄÖÜ„\"“»])")

ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(text: str) -> int | None:
    """Value of a well-formed roman numeral up to 39, else None ("IIV" → None)."""
    total, prev = 0, 0
    for ch in reversed(text):
        value = ROMAN_VALUES[ch]
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    canonical = "X" * (total // 10) + ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][total % 10]
    return total if canonical == text else None


@dataclass(frozen=True)
class Marker:
    """An item marker found at the start of a line."""

    style: MarkerStyle
    number: int | None
    label: str
    end: int
    ambiguous: bool = False  # "l.", "I.", "|.": arabic 1 or roman I, the list's style decides


def find_marker(text: str) -> Marker | None:
    """The list marker a line starts with, or None for prose (dates, "5. Oktober", "z.B.")."""
    if is_ordinal_date_start(text) or ORDINAL_PROSE.match(text):
        return None
    if parted := NUMBERED_SUB.match(text):  # the item's number; its letter stays with the text
        if parted["label"][0] != "a" or int(parted["n"]) == 0:
            return None
        return Marker(MarkerStyle.ARABIC, int(parted["n"]), parted["n"], parted.start("label"))
    for style, pattern in MARKER_RULES:
        m = pattern.match(text)
        if not m:
            continue
        if style is MarkerStyle.LOST:
            return Marker(style, None, m["label"], m.end())
        raw = m["n"]
        if style is MarkerStyle.ROMAN:
            number = roman_value(re.sub(r"[l|]", "I", raw))
            if number is None:
                continue
        else:
            number = 1 if raw == "l" else int(raw)
        if number == 0:
            continue
        ambiguous = raw in ("l", "I", "|")
        return Marker(style, number, m["label"].strip(), m.end(), ambiguous)
    return None


def sub_marker(text: str) -> tuple[str, int] | None:
    """('a)', end) when a line starts with a lettered sub-item marker ("a)", "b.", "1b.")."""
    m = SUB_MARKER.match(text) or NUMBERED_SUB.match(text)
    return (m["label"], m.end()) if m else None


def without_item_number(text: str, number: int) -> str:
    """ "1b. Wurden …" → "b. Wurden …" in item 1: its sub-item, lettered as the others."""
    m = NUMBERED_SUB.match(text)
    return text[m.start("label"):] if m and int(m["n"]) == number else text


def chain_weight(chain: list[tuple[int, Marker]], asks: Callable[[int], bool]) -> tuple[int, int]:
    """How strongly a list reads as the questions: its items that ask, then its length."""
    return sum(asks(row) for row, _ in chain), len(chain)


def best_chain(
    markers: list[tuple[int, Marker]], asks: Callable[[int], bool] = lambda row: True
) -> list[tuple[int, Marker]]:
    """The ascending run of numbered markers of one style, starting low, that asks most.

    A run starts at a marker numbered 1 or 2 (the 1 may be lost) and accepts each later marker
    of its style whose number is higher, up to 20 above the last; stray numbers in prose
    ("53. Kommunale …" wrapped to a line start) do not fit a run and are ignored. Of several
    runs (a numbered background list, then the questions) the one with most items for which
    `asks(row)` holds wins, then the longest.
    """
    best: list[tuple[int, Marker]] = []
    best_key = (-1, -1)
    for start, (_, first) in enumerate(markers):
        if first.style is MarkerStyle.LOST or first.number is None or first.number > 2:
            continue
        chain = [markers[start]]
        style = None if first.ambiguous else first.style  # "l." / "I." may open either list
        for item in markers[start + 1 :]:
            marker = item[1]
            last = chain[-1][1].number or 0
            if marker.style is not MarkerStyle.LOST and style is None and marker.number == 2:
                style = marker.style
            if marker.style is style and marker.number is not None:
                if marker.number == 1:
                    break  # a second list begins
                if last < marker.number <= last + 20:
                    chain.append(item)
        key = chain_weight(chain, asks)
        if key > best_key:
            best, best_key = chain, key
    return best


def letter_chain(rows: list[tuple[int, str]]) -> list[tuple[int, Marker]]:
    """A list lettered "a)", "b)", … or "A.", "B.", … (at least two, in order from "a" or "A").

    Args:
        rows: (row, text) of the body lines.
    """
    best: list[tuple[int, Marker]] = []
    for first, pattern in (("a", SUB_MARKER), ("A", CAPITAL_MARKER)):
        chain: list[tuple[int, Marker]] = []
        for row, text in rows:
            found = pattern.match(text)
            if found and found["label"].strip("()").rstrip(".)") == chr(ord(first) + len(chain)):
                chain.append((row, Marker(MarkerStyle.LETTER, len(chain) + 1, found["label"], found.end())))
        best = max(best, chain, key=len)
    return best if len(best) >= 2 else []
