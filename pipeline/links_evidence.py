"""What links a reply to its Anfrage, read from the records: paper numbers, a cited Anfrage date,
the faction, and question texts normalised and compared (rapidfuzz)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date as Date
from enum import StrEnum
from typing import Protocol

import numpy as np
from rapidfuzz import fuzz, process

from pipeline.structure_dates import find_dates


class RefKind(StrEnum):
    VORLAGE = "Vorlage"  # a council information system's paper number: year and running number
    DRUCKSACHE = "Drucksache"  # a parliament's print: electoral period and running number


@dataclass(frozen=True, order=True)
class PaperRef:
    """A paper number, normalised: "Vorlage Nr.: 2022/0025/1" → (Vorlage, 2022, 25, suffix 1)."""

    kind: RefKind
    first: int  # the year of a Vorlage, the electoral period of a Drucksache
    number: int
    suffix: int | None = None  # "/1": an amendment's or follow-up's number under the same paper

    @property
    def base(self) -> PaperRef:
        return PaperRef(self.kind, self.first, self.number)

    def __str__(self) -> str:
        if self.kind is RefKind.DRUCKSACHE:
            return f"Drucksache {self.first}/{self.number}"
        return f"Vorlage {self.first}/{self.number:04d}" + (f"/{self.suffix}" if self.suffix is not None else "")


# The notations of paper numbers, each with an example. A Vorlage number is distinctive anywhere;
# a bare "15/1284" is a Drucksache only in the reference field, elsewhere it needs its label.
REF_PATTERNS: dict[str, re.Pattern[str]] = {
    # "Drucksache 19/11045", "Drs. 15/1284", "DS 12/345", "BT-Drs. 19/11045", "Drucksache Nr. 17/12"
    "drucksache": re.compile(
        r"(?<![\w])(?:\w+-)?(?:Drucksache|Drucks\.|Drs\.?|DS)\s*(?:Nr\.?\s*)?[:.]?\s*"
        r"(?P<first>\d{1,2})\s*/\s*(?P<number>\d{1,6})(?![\d/])", re.IGNORECASE),
    # "2022/0025", "Vorlage Nr.: 2022/0025/1"
    "vorlage": re.compile(
        r"(?<![\d/])(?P<first>(?:19|20)\d{2})\s*/\s*(?P<number>\d{3,5})(?:\s*/\s*(?P<suffix>\d{1,2}))?(?![\d/])"),
    # SessionNet's year-last form: "0025/2022", "0025/2022/1"
    "vorlage_year_last": re.compile(
        r"(?<![\d/])(?P<number>\d{3,5})\s*/\s*(?P<first>(?:19|20)\d{2})(?:\s*/\s*(?P<suffix>\d{1,2}))?(?![\d/])"),
}
# The whole reference field is a bare Drucksache number: "15/1284".
BARE_DRUCKSACHE = re.compile(r"^\s*(?P<first>[1-9]\d?)\s*/\s*(?P<number>\d{1,6})\s*$")

# "Ihre Anfrage vom 12.02.2025", "Anfrage der SPD-Fraktion vom 12. Februar 2025", "Kleine Anfrage … vom …":
# `who` is the text between (it may name the faction), the date follows "vom".
CITED_ANFRAGE = re.compile(r"\bAnfrage\b(?P<who>[^\n]{0,120}?)\bvom\b\s*(?P<rest>[^\n]{0,40})", re.IGNORECASE)
ANFRAGE_WORD = re.compile(r"\bAnfrage\b", re.IGNORECASE)
HEAD_LINES = 30  # a reply names the Anfrage it answers in its head, not in its answers

# Party words of German faction names, folded (see `fold`), e.g. "Bündnis 90/Die Grünen" → grune.
PARTIES = {
    "spd": "spd", "cdu": "cdu", "csu": "csu", "fdp": "fdp", "afd": "afd", "linke": "linke", "linken": "linke",
    "grune": "grune", "grunen": "grune", "bundnis": "grune", "wahler": "fw", "fw": "fw", "bsw": "bsw",
    "piraten": "piraten", "odp": "odp", "volt": "volt", "uwg": "uwg", "kal": "kal",
}  # fmt: skip
# A question's printed number or label at its start: "3.", "3)", "Frage 3:", "Zu Frage 3:", "a)".
LEADING_LABEL = re.compile(r"^\s*(?:(?:zu\s+)?frage\s+)?(?:\(?\d{1,2}[.):]|[a-z]\))\s*", re.IGNORECASE)
WORD = re.compile(r"[a-z0-9]+")
COMBINING = re.compile(r"[\u0300-\u036f]+")  # the accents NFKD splits off: "ü" → "u" + U+0308
# Words of faction names that do not tell factions apart.
GENERIC = {
    "fraktion", "kreistagsfraktion", "ratsfraktion", "gemeinderatsfraktion", "stadtratsfraktion", "gruppe",
    "landtagsfraktion", "bundestagsfraktion", "im", "in", "der", "die", "des", "dem", "und", "kreistag",
    "kreistages", "rat", "stadtrat", "gemeinderat", "landtag", "bundestag", "stadt", "kreis", "landkreis",
    "gemeinde", "bezirksvertretung", "bezirksbeirat", "ortschaftsrat",
}  # fmt: skip
TITLES = {"herr", "herrn", "frau", "dr", "prof", "med", "rer", "nat", "jur", "phil"}
SCORE_FLOOR = 50  # similarities below this are stored as 0: nothing decides on them
PREFIX_MIN_LENGTH = 30  # the shorter text has this many characters before "begins like the other" counts
BLOCKING_WORD_LENGTH = 6  # shorter words ("werden", "welche") are too common to find candidates by


def fold(text: str) -> str:
    """Casefolded, umlauts and accents stripped, ß → ss, punctuation → spaces: OCR's "Schuler" and
    "Schüler", "Strasse" and "Straße" compare equal."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFC", text).casefold().replace("ß", "ss"))
    return " ".join(WORD.findall(COMBINING.sub("", text)))


def question_key(text: str) -> str:
    """A question text as compared: without its printed number, folded."""
    return fold(LEADING_LABEL.sub("", text, count=1))


def similarity(a: str, b: str) -> float:
    """0–100: rapidfuzz's normalised Indel similarity of two folded texts (robust to OCR slips,
    strict about length: a short question is not "contained" in a long one)."""
    return fuzz.ratio(a, b)


def blocking_words(texts: list[str]) -> set[str]:
    """The long words of folded texts, by which candidate Anfragen are looked up."""
    return {word for text in texts for word in text.split() if len(word) >= BLOCKING_WORD_LENGTH}


def paper_refs(text: str | None, *, field: bool = False) -> set[PaperRef]:
    """Paper numbers in a text; `field`: the text is a reference field, where "15/1284" alone is a Drucksache."""
    if not text:
        return set()
    found: set[PaperRef] = set()
    taken: list[tuple[int, int]] = []
    for name, pattern in REF_PATTERNS.items():
        kind = RefKind.DRUCKSACHE if name == "drucksache" else RefKind.VORLAGE
        for m in pattern.finditer(text):
            if any(start < m.end() and m.start() < end for start, end in taken):
                continue  # "Drs. 19/2022" is no Vorlage of 2022
            taken.append(m.span())
            suffix = m.groupdict().get("suffix")
            found.add(PaperRef(kind, int(m["first"]), int(m["number"]), int(suffix) if suffix else None))
    if field and not found and (m := BARE_DRUCKSACHE.match(text)):
        found.add(PaperRef(RefKind.DRUCKSACHE, int(m["first"]), int(m["number"])))
    return found


def head_lines(text: str) -> list[str]:
    """The first non-blank lines of a letter's first page."""
    first_page = text.split("\f", 1)[0]
    return [line.strip() for line in first_page.splitlines() if line.strip()][:HEAD_LINES]


def cited_refs(subject: str | None, text: str) -> set[PaperRef]:
    """Paper numbers a reply cites for the Anfrage: in its subject, and in head lines naming an Anfrage."""
    refs = paper_refs(subject)
    for line in head_lines(text):
        if ANFRAGE_WORD.search(line):
            refs |= paper_refs(line)
    return refs


@dataclass(frozen=True)
class CitedAnfrage:
    """ "Ihre Anfrage vom 12.02.2025": the date, and the words between that may name the faction."""

    date: Date
    who: str


def cited_anfragen(subject: str | None, text: str) -> list[CitedAnfrage]:
    """The Anfragen a reply's subject and head lines cite by date, in order, without repeats."""
    found: list[CitedAnfrage] = []
    for line in ([subject] if subject else []) + head_lines(text):
        for m in CITED_ANFRAGE.finditer(line):
            hits = find_dates(m["rest"])
            if hits and hits[0].start <= 3:  # the date right after "vom", not one later in the line
                cited = CitedAnfrage(hits[0].value, m["who"].strip())
                if cited not in found:
                    found.append(cited)
    return found


def parties(text: str | None) -> set[str]:
    """The party words of a faction's name: "SPD-Kreistagsfraktion Kleve" → {"spd"}."""
    return {PARTIES[word] for word in fold(text or "").split() if word in PARTIES}


class Agreement(StrEnum):
    SAME = "same"
    DIFFERENT = "different"
    UNKNOWN = "unknown"


def same_organization(a: str | None, b: str | None) -> Agreement:
    """Whether two faction names name the same faction: by their party words when both have them
    ("SPD-Fraktion" and "CDU-Fraktion" differ however alike the rest; "CDU/CSU" includes "CDU"),
    else by their distinctive words, one name's within the other's ("Musterliste-Fraktion" is the
    "Fraktion Musterliste im Kreistag Beispielkreis", the "SPD-Kreistagsfraktion Beispielkreis" is not)."""
    if not a or not b:
        return Agreement.UNKNOWN
    pa, pb = parties(a), parties(b)
    if pa and pb:
        return Agreement.SAME if pa <= pb or pb <= pa else Agreement.DIFFERENT
    wa, wb = _distinctive(a), _distinctive(b)
    if not wa or not wb:
        return Agreement.UNKNOWN
    return Agreement.SAME if wa <= wb or wb <= wa else Agreement.DIFFERENT


def _distinctive(name: str) -> set[str]:
    return {word for word in fold(name).split() if word not in GENERIC and not word.isdigit()}


def same_person(a: str | None, b: str | None) -> bool:
    """Two printed names of one person: same family name (last word), and same first word when both
    print more than an initial ("W. Spreen" = "Wolfgang Spreen")."""
    ta, tb = ([w for w in fold(name or "").split() if w not in TITLES] for name in (a, b))
    if not ta or not tb or ta[-1] != tb[-1] or len(ta[-1]) < 3:
        return False
    if len(ta) > 1 and len(tb) > 1 and len(ta[0]) > 1 and len(tb[0]) > 1:
        return ta[0] == tb[0]
    return True


class Questions(Protocol):
    """A letter as `Scores` compares it."""

    @property
    def id(self) -> str: ...

    questions: list[tuple[int, str]]  # (number, folded text)


class Scores:
    """Question-text similarity matrices of two letters (anything with `id` and `questions`: a list
    of (number, folded text)), computed once per pair.

    Strict scores (Indel ratio) decide whether two letters are linked by their questions; lenient
    scores also count a text that begins like the other (a reply that cuts a question short, or runs
    the answer on), for checking a number's link and for pairing questions within a linked pair.
    """

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str, bool], np.ndarray] = {}

    def matrix(self, a: Questions, b: Questions, lenient: bool = False) -> np.ndarray:
        key = (a.id, b.id, lenient)
        if key not in self._cache:
            self._cache[key] = _similarities([t for _, t in a.questions], [t for _, t in b.questions], lenient)
        return self._cache[key]

    def pairs(self, a: Questions, b: Questions, threshold: float,
              lenient: bool = False) -> list[tuple[int, int, float]]:
        """One-to-one (question of a, question of b, score) at or above `threshold`, best first;
        `lenient` pairs what strict scores leave unpaired. A question alike to two others at the
        same score (a reply's "Nach den Angaben in der Vorlage …" that every question begins with)
        is paired with neither."""
        pairs: list[tuple[int, int, float]] = []
        for matrix in [self.matrix(a, b)] + ([self.matrix(a, b, lenient=True)] if lenient else []):
            used_a, used_b = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
            for score, i, j in sorted((-matrix[i, j], i, j) for i, j in zip(*np.nonzero(matrix >= threshold))):
                if i in used_a or j in used_b:
                    continue
                row_tie = any(matrix[i, k] == -score for k in range(matrix.shape[1]) if k != j and k not in used_b)
                column_tie = any(matrix[k, j] == -score for k in range(matrix.shape[0]) if k != i and k not in used_a)
                if row_tie:
                    used_a.add(i)
                if column_tie:
                    used_b.add(j)
                if not (row_tie or column_tie):
                    used_a.add(i)
                    used_b.add(j)
                    pairs.append((int(i), int(j), float(-score)))
        return pairs


def _similarities(texts_a: list[str], texts_b: list[str], lenient: bool) -> np.ndarray:
    if not texts_a or not texts_b:
        return np.zeros((len(texts_a), len(texts_b)))
    strict = process.cdist(texts_a, texts_b, scorer=fuzz.ratio, score_cutoff=SCORE_FLOOR, workers=1)
    if not lenient:
        return strict
    return np.maximum(strict, np.array([[_prefix_similarity(a, b) for b in texts_b] for a in texts_a]))


def _prefix_similarity(a: str, b: str) -> float:
    """How alike the shorter text is to the start of the longer (0 when it is too short to tell)."""
    short, long = sorted((a, b), key=len)
    return fuzz.ratio(short, long[:len(short)]) if len(short) >= PREFIX_MIN_LENGTH else 0.0
