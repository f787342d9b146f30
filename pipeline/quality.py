"""Judges whether a page's text looks like sound German: used to trust or distrust a PDF text layer."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.repair_rules import LOSSES, variants

WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
# A word with what OCR makes of ä/ö/ü/ß inside it: "Bu&mann", "k6nnen", "Gruf8"
MISREAD_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_][a-zäöüß]*(?:[\d&][a-zäöüß]*)+(?![^\W\d_])")
# Characters a German letter normally consists of; anything else counts as junk.
SANE_CHARS = re.compile(r"[\w\s.,;:!?()\[\]{}/\\\-–—+*%&§€$@#'\"„“”‚‘’«»<>=°|·•…]", re.UNICODE)
# The dropped diacritic, the commonest misreading (the others come from the OCR channel).
LOST_DIACRITIC = {"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"}

MIN_WORDS = 8  # fewer words than this cannot be judged; treat the layer as empty
GOOD_SCORE = 0.80
TRUSTED_SCORE = 0.90  # above this a text layer is used without OCRing the page to compare


@dataclass(frozen=True)
class TextVerdict:
    """How trustworthy a text looks, with the figures behind the judgement."""

    score: float  # 0 (junk) … 1 (every word known, every character sane)
    words: int
    known_ratio: float
    lost_diacritics_ratio: float
    junk_ratio: float

    @property
    def good(self) -> bool:
        return self.words >= MIN_WORDS and self.score >= GOOD_SCORE

    @property
    def trusted(self) -> bool:
        return self.words >= MIN_WORDS and self.score >= TRUSTED_SCORE

    def describe(self) -> str:
        return (
            f"score {self.score:.2f}: {self.words} words, {self.known_ratio:.0%} known, "
            f"{self.lost_diacritics_ratio:.0%} with lost umlauts/ß, {self.junk_ratio:.1%} junk characters"
        )


def judge_text(text: str, is_word: Callable[[str], bool]) -> TextVerdict:
    """Score `text` by the share of known words, words that are only known with an umlaut or ß
    restored (the mark of an English-model OCR), and characters no German letter contains."""
    text = unicodedata.normalize("NFC", text)
    words = WORD.findall(text) + [w for w in MISREAD_WORD.findall(text) if any(map(str.islower, w))]
    visible = [ch for ch in text if not ch.isspace()]
    junk = sum(1 for ch in visible if not SANE_CHARS.match(ch))
    junk_ratio = junk / len(visible) if visible else 0.0
    if not words:
        return TextVerdict(0.0, 0, 0.0, 0.0, junk_ratio)
    known = sum(1 for w in words if is_word(w))
    lost = sum(1 for w in words if not is_word(w) and _known_with_restored_diacritic(w, is_word))
    known_ratio = known / len(words)
    lost_ratio = lost / len(words)
    score = max(0.0, known_ratio - 3 * lost_ratio - 5 * junk_ratio)
    return TextVerdict(round(score, 3), len(words), known_ratio, lost_ratio, junk_ratio)


def _known_with_restored_diacritic(word: str, is_word: Callable[[str], bool]) -> bool:
    """Whether undoing one or two OCR channel misreadings (ii → ü, & → ß, é → ö; a dropped
    diacritic or letter) makes `word` a known word."""
    readings = [reading for reading, *_ in variants(word)]
    readings += [word[:at] + loss.meant + word[at:] for loss in LOSSES for at in range(1, len(word) + 1)]
    for reading in readings:
        if reading != word and is_word(reading):
            return True
        for i, ch in enumerate(reading):
            umlaut = LOST_DIACRITIC.get(ch)
            if umlaut and is_word(reading[:i] + umlaut + reading[i + 1 :]):
                return True
    return False
