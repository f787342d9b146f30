"""Seeded simulator of an English-model OCR engine reading German text (umlauts, ß, KI, gender star).

What a character becomes is sampled from the OCR channel learned from real tesseract output
(pipeline/ocr_channel.tsv, `make channel`): the same table repair is built on, so the simulated
damage is the damage real engines do (ü → ii/u/i/ti, ö → é/o/6/d, ß → B/&/R/f/fg …), with the
context that changes it (the longest n-gram around the character that the table has seen misread).

The gold corpus's poor layers and the repair benches' letters are damaged this way, so the
repair is measured against the damage it learned from real OCR, not against assumptions.
"""
from __future__ import annotations

import functools
import logging
import random
import re
import unicodedata

from pipeline.ocr_channel import ENGLISH_PROFILE, OTHER, load_channel

log = logging.getLogger(__name__)

DEFAULT_RATE = 0.9
GERMAN = frozenset("äöüÄÖÜß")
MAX_N = 3
# Misreadings an n-gram must have been seen with before its own readings replace its shorter
# part's: fewer is too thin a sample of how that context is misread.
CONTEXT_MIN = 3
# Marks other than German letters that English models misread, where the damage is a property of
# the mark in its place: "KI" standing alone (not KIM), a gender star inside a word, straight quotes.
MARKS = re.compile(r"(?<![A-Za-zÄÖÜäöüß])KI(?![A-Za-zÄÖÜäöüß])|(?<=[a-zäöüß])\*(?=[a-z])|\"")
_SPLIT = re.compile(r"(\s+)")


def simulate_english_ocr(text: str, seed: int, rate: float = DEFAULT_RATE, profile: str = ENGLISH_PROFILE) -> str:
    """Corrupt German text the way an English OCR model does, reproducibly.

    Whitespace is copied untouched and no token is emptied, so token N of the input (split on
    whitespace) corresponds to token N of the output and the line layout stays identical.

    Args:
        text: clean German text (normalised to NFC first).
        seed: random seed; the same (text, seed, rate, profile) always gives the same output.
        rate: probability that a German special character is misread (0 = no change); the other
            marks (KI, *, ") are misread at `rate` times the share the profile misreads them.
        profile: the channel table's profile to sample from (pipeline/ocr_channel.py: "eng",
            "eng" by default, "eng-300", "eng-150", "eng-scan", "deu-scan").

    Returns:
        The corrupted text.
    """
    rng = random.Random(seed)
    parts = _SPLIT.split(unicodedata.normalize("NFC", text))
    readings = _misreadings(profile)
    out = [part if i % 2 else _corrupt_token(part, rng, rate, readings) for i, part in enumerate(parts)]
    return "".join(out)


@functools.lru_cache(maxsize=8)
def _misreadings(profile: str) -> dict[str, tuple[tuple[str, ...], tuple[int, ...], float]]:
    """meant → (misreadings, their counts, the share of readings that are one of them).

    Only misreadings that fit in a token are kept: no whitespace (it would split the token), no
    German letter (an English model has none), not the pooled OTHER.
    """
    out = {}
    for meant, readings in load_channel(profile).items():
        usable = [r for r in readings
                  if r.read not in (meant, OTHER) and r.count > 0
                  and not any(ch.isspace() for ch in r.read) and not GERMAN & set(r.read)]
        if usable:
            out[meant] = (tuple(r.read for r in usable), tuple(r.count for r in usable),
                          sum(r.probability for r in usable))
    return out


def _corrupt_token(token: str, rng: random.Random, rate: float, readings: dict) -> str:
    """Misread one whitespace-free token; never returns an empty string for a non-empty token."""
    if not token or rate <= 0:
        return token
    marks = {m.start(): m.group() for m in MARKS.finditer(token)}
    out: list[str] = []  # one entry per character of token[:i], or one per replaced span
    fixed = 0  # token[:fixed] is final in `out` (a replaced span ends there)
    i = 0
    while i < len(token):
        mark = marks.get(i)
        if mark and mark in readings and rng.random() < rate * readings[mark][2]:
            out.append(_sample(readings[mark], rng))
            i = fixed = i + len(mark)
        elif token[i] in GERMAN and rng.random() < rate:
            start, end = _context(token, i, fixed, readings)
            del out[len(out) - (i - start):]  # the unchanged left context is re-read with the span
            meant = token[start:end]
            out.append(_sample(readings[meant], rng) if meant in readings else _base_letters(meant))
            i = fixed = end
        else:
            out.append(token[i])
            i += 1
    corrupted = "".join(out)
    return corrupted or token


def _context(token: str, i: int, fixed: int, readings: dict) -> tuple[int, int]:
    """The span around token[i] to misread: the longest n-gram (earliest first) the table has seen
    misread at least CONTEXT_MIN times, not reaching into text already replaced; else token[i]."""
    best = (i, i + 1)
    for n in range(MAX_N, 1, -1):
        for start in range(max(fixed, i - n + 1), i + 1):
            end = start + n
            if end > len(token) or any(token[k] in GERMAN for k in range(start, end) if k != i):
                continue  # another German letter keeps its own chance of being misread
            entry = readings.get(token[start:end])
            if entry and sum(entry[1]) >= CONTEXT_MIN:
                return start, end
    return best


def _sample(entry: tuple[tuple[str, ...], tuple[int, ...], float], rng: random.Random) -> str:
    """One misreading, drawn by how often it was seen."""
    reads, counts, _ = entry
    x = rng.random() * sum(counts)
    for read, count in zip(reads, counts):
        x -= count
        if x < 0:
            return read
    return reads[-1]


def _base_letters(meant: str) -> str:
    """A character the table never saw misread: its base letter (ä → a, ß → ss), as English models do."""
    stripped = "".join(ch for ch in unicodedata.normalize("NFD", meant) if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.replace("ß", "ss"))
