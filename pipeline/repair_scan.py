"""Repair stage, first step: find the word pieces of a text with their position in the sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

from models.repair import Repair

# A word piece: letters (with combining marks), possibly with what OCR makes of a letter inside:
# digits ("k6nnen", "heif3t", "Ma13nahmen", "6ffentliche", also "gro13.", "Strau8" at the end) or
# one or two signs after a lower-case letter ("Ma&nahmen", "Gru&", "gr6&ten", "Straf§en",
# "Stra@en", "Gema®", "Gru8&"). Other punctuation, ® before a gender ending (Bürger®innen), *, /
# and - separate pieces.
_SIGN = r"(?:[&§@$]|®(?!in))"
_PIECE = re.compile(
    r"(?:(?<![\w&])\d(?=[a-zäöüß]{3}))?"  # 6ffentliche: a digit for ö before lower-case letters
    r"[^\W\d_][^\W\d_\u0300-\u036f]*(?:[\u0300-\u036f]+[^\W\d_]*)*"
    rf"(?:(?:\d{{1,2}}|(?<=[a-zäöü])(?:\d|{_SIGN}){_SIGN}?(?=[a-zäöü]))[^\W\d_]+"
    rf"|(?:(?<=f)3|13|(?<=[a-zäöü])f?(?:\d|{_SIGN}){_SIGN}?)(?![\w&§@$®]))*"
)
# Tokens that are addresses, not words: info@kreis.de, fraktion@cdu-kreis-kleve. (the rest on the
# next line), fraktion@ (all of it there), @kreis_kleve, https://..., www.kreis-kleve.de; but not
# a word whose ß OCR read as @ (Stra@en, Stra@e.)
_SKIP_TOKEN = re.compile(r"@(?:\S*(?:-|\.\w)|\W*$)|^\W*@|://|^\(?www\.", re.IGNORECASE)
# The gender star read as a registered sign: Bürger®innen → Bürger*innen, Mitarbeiter®in.
_STAR = re.compile(r"(?<=[a-zäöüß])[®©](?=in(?:nen)?\b)")
# Tokens after which a new sentence starts: "gemacht." "?" "1." "a)" "•" "-" opening quotes.
_SENTENCE_END = re.compile(r"(?:[.!?:;]|^\d+[.)]|^[a-z]\)|^[•\-–])[\"”“'»«)]*$")
# Words after a line-end hyphen that make it a coordination, not a split word: "Flucht-\nund".
COORDINATORS = frozenset({"und", "oder", "bzw", "sowie", "als", "wie", "noch", "bis", "statt"})
_OPENERS = "\"'„“”‚‘»«(["
_END_CHARS = frozenset(".!?:;\"”“'»«)•-–")
# Marks that end a word piece when they end its token, as _PIECE ends it (no letter, digit, & or
# combining mark; a gender sign needs its ending after it): "Kreis," "gemacht." "Flucht-", the
# commonest tokens after plain words, skip the piece search.
_CLOSERS = frozenset(".,;:!?)-\"'”“»«")
# Gender marks between a stem and its ending: Bürger*innen, Ärzt:innen, Lehrer_innen, Burger®innen.
_GENDER_AFTER = re.compile(r"[*:_®©](in(?:nen)?)\b")
_GENDER_BEFORE = re.compile(r"[a-zäöüß][*:_®©]$")
_SKIP_HINT = re.compile(r"[@/]|www", re.IGNORECASE)
# A dash between words, as tesseract reads the printed en dash ("Antrag – Erhalt …"): "—". (It
# also reads it as "-", but so it reads a printed hyphen: "Frage 1 - Wie …" stays as it is.)
_SPACED_DASH = re.compile(r"(?<=\S )—(?= \S)")
# The paragraph sign read as "8" or "$" (doubled for §§) before section numbers and a law
# reference: "gem. 8 11 GeschO", "nach $ 56 NKomVG", "88 5, 6 Abs. 2", "nach 8 17 der GO".
_PARAGRAPH_SIGN = re.compile(r"(?<!\S)(?P<sign>88|\$\$|8|\$)\s+\d{1,4}[a-z]?(?:\s*,\s*\d{1,4}[a-z]?)*\s+(?P<next>\S+)")
_LAW_WORD = re.compile(r"^(?:Abs\.|Satz$|Nr\.|[A-ZÄÖÜ][a-zäöü]*[A-ZÄÖÜ][\w-]*)")
_CITING = re.compile(r"(?:\bgem\.|\bgemäß|\bnach|\blaut|\blt\.|\bdes|\bvgl\.)\s*$")


class Position(IntEnum):
    INITIAL = 0  # sentence or list-item start: any capitalisation is fine
    MID = 1  # inside a sentence: capitalised means noun or name
    INNER = 2  # after - or / inside a token: "EU-Zuwanderung", "KI/Kreisverwaltung"


# The positions as plain names: reading an enum member through its class goes through the enum
# metaclass's __getattr__ hook (Python 3.11), several times per word.
INITIAL, MID, INNER = Position.INITIAL, Position.MID, Position.INNER


@dataclass(slots=True)
class Slot:
    """One word piece found in the text, with where it stands."""

    page: int
    line: int
    start: int
    end: int
    text: str
    position: Position
    suffix: str = ""  # gender ending after a star: "Ärzt" in Ärzt*innen is read as Ärztinnen
    tok: int = -1  # index of its whitespace token in the document, for context cues


def scan(
    pages: list[list[str]], numbers: list[int], ocr_pages: set[int] = frozenset()
) -> tuple[list[Slot], list[Repair], list[str]]:
    """Collect word pieces with their sentence position, rule-only edits (gender star, §, and on
    the pages in `ocr_pages` the dash), tokens."""
    slots: list[Slot] = []
    edits: list[Repair] = []
    tokens: list[str] = []
    initial = True
    for number, lines in zip(numbers, pages):
        for index, line in enumerate(lines):
            if not line.strip():
                initial = True  # a blank line ends a paragraph
                continue
            if "8 " in line or "$ " in line:
                edits.extend(_paragraph_sign_edits(number, index, line))
            if number in ocr_pages and " — " in line:
                edits.extend(_dash_edits(number, index, line))
            end = 0
            for token in line.split():  # (as \S+ finds them, in C; where each starts is found after the last)
                start = line.find(token, end)
                end = start + len(token)
                tokens.append(token)
                if token.isalpha():  # the common case, kept fast: one plain word, no sentence end
                    pos = INITIAL if initial else MID
                    slots.append(Slot(number, index, start, end, token, pos, "", len(tokens) - 1))
                    initial = False
                    continue
                if not _SKIP_HINT.search(token) or not _SKIP_TOKEN.search(token):
                    if "®" in token or "©" in token:
                        edits.extend(_star_edits(number, index, start, token))
                    word = token[:-1]
                    if token[-1] in _CLOSERS and word.isalpha():  # "Kreis,": the one piece _pieces finds
                        pos = INITIAL if initial else MID
                        slots.append(Slot(number, index, start, start + len(word), word, pos, "", len(tokens) - 1))
                    else:
                        slots.extend(_pieces(number, index, start, token, initial, len(tokens) - 1))
                initial = token[-1] in _END_CHARS and bool(_SENTENCE_END.search(token))
    return slots, edits, tokens


def hyphen_pairs(slots: list[Slot], tokens: list[str]) -> dict[int, int]:
    """Slot pairs split by a line-end hyphen: "Beschaf-" / "tigung" but not "Flucht-" / "und"."""
    pairs: dict[int, int] = {}
    for i in range(len(slots) - 1):
        a, b = slots[i], slots[i + 1]
        token = tokens[a.tok]
        if (b.tok == a.tok + 1 and (b.line == a.line + 1 or b.page != a.page)
                and token.endswith("-") and len(token) >= 2 and token[-2].isalnum()
                and b.text[:1].islower() and b.text not in COORDINATORS
                and tokens[b.tok].startswith(b.text)):
            pairs[i] = i + 1
    return pairs


def _pieces(page: int, line: int, offset: int, token: str, initial: bool, tok: int) -> list[Slot]:
    out: list[Slot] = []
    for m in _PIECE.finditer(token):
        before = token[: m.start()]
        if not before or all(ch in _OPENERS for ch in before):
            pos = INITIAL if initial else MID
        else:
            pos = INNER
            if _GENDER_BEFORE.search(before) and m.group() in ("in", "innen"):
                continue  # the ending of Bürger*innen: judged together with its stem
        gender = _GENDER_AFTER.match(token, m.end())
        suffix = gender.group(1) if gender else ""
        out.append(Slot(page, line, offset + m.start(), offset + m.end(), m.group(), pos, suffix, tok))
    return out


def _paragraph_sign_edits(page: int, line: int, text: str) -> list[Repair]:
    edits = []
    for m in _PARAGRAPH_SIGN.finditer(text):
        cited = m["next"] in ("der", "des") and _CITING.search(text[: m.start()])
        if _LAW_WORD.match(m["next"]) or cited:
            edits.append(Repair(page=page, line=line, start=m.start("sign"), end=m.end("sign"), original=m["sign"],
                                replacement="§" * len(m["sign"]),
                                reason="§ read as 8 or $ before a section number", confidence=0.9))
    return edits


def _dash_edits(page: int, line: int, text: str) -> list[Repair]:
    return [Repair(page=page, line=line, start=m.start(), end=m.end(), original=m.group(), replacement="–",
                   reason="OCR read the en dash between words as —", confidence=0.8)
            for m in _SPACED_DASH.finditer(text)]


def _star_edits(page: int, line: int, offset: int, token: str) -> list[Repair]:
    return [
        Repair(page=page, line=line, start=offset + m.start(), end=offset + m.end(),
               original=m.group(), replacement="*", reason="gender star read as ®", confidence=0.95)
        for m in _STAR.finditer(token)
    ]
