"""Token-level scoring of a repair against gold text, and generated noisy letters to score it on."""
from __future__ import annotations

import logging
import random
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from parlbrief.ocrsim import simulate_english_ocr

log = logging.getLogger(__name__)


@dataclass
class TokenScore:
    """Counts over whitespace tokens; noisy, gold and repaired text must tokenise alike."""

    tokens: int = 0
    broken: int = 0  # noisy token differs from gold
    fixed: int = 0  # ... and the repair made it equal to gold
    correct: int = 0  # noisy token equals gold
    changed: int = 0  # ... and the repair changed it (damage done by the repair)

    @property
    def missed(self) -> int:
        return self.broken - self.fixed

    @property
    def fixed_rate(self) -> float:
        return self.fixed / self.broken if self.broken else 1.0

    @property
    def changed_rate(self) -> float:
        return self.changed / self.correct if self.correct else 0.0

    def __iadd__(self, other: TokenScore) -> TokenScore:
        for name in ("tokens", "broken", "fixed", "correct", "changed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self


def score_tokens(noisy: str, gold: str, repaired: str) -> tuple[TokenScore, list[tuple[str, str, str]]]:
    """Compare token by token; returns the counts and the (noisy, gold, repaired) errors.

    Raises:
        ValueError: when the three texts do not have the same number of tokens.
    """
    n, g, r = noisy.split(), gold.split(), repaired.split()
    if not len(n) == len(g) == len(r):
        raise ValueError(f"token counts differ: noisy {len(n)}, gold {len(g)}, repaired {len(r)}")
    score = TokenScore(tokens=len(n))
    errors = []
    for a, b, c in zip(n, g, r):
        if a != b:
            score.broken += 1
            score.fixed += c == b
        else:
            score.correct += 1
            score.changed += c != b
        if c != b:
            errors.append((a, b, c))
    return score, errors


@dataclass(frozen=True)
class NoisyLetter:
    """A letter's gold text and an OCR reading of it: simulated, with the same tokens, or real."""

    name: str
    gold: str
    noisy: str
    real: bool = False  # real OCR: tokens may split, glue or vanish (scored by score_real_ocr)

    def score(self, repaired: str) -> tuple[TokenScore, list[tuple[str, str, str]]]:
        """The repair's counts on this letter and its (noisy, gold, repaired) errors."""
        if self.real:
            return score_real_ocr(self.gold, self.noisy, repaired)
        return score_tokens(self.noisy, self.gold, repaired)


def make_letters(
    paragraphs: Sequence[Sequence[str]], seed: int, clean_share: float = 0.15
) -> list[NoisyLetter]:
    """Turn groups of sentences into letters (one per group) and corrupt them with ocrsim, sampling
    the OCR channel learned from real English-model OCR (profile "eng").

    Each letter gets its own OCR damage rate between 0.55 and 1.0; about `clean_share` of them
    stay clean, so a repair that damages good text is caught.
    """
    rng = random.Random(seed)
    letters = []
    for i, sentences in enumerate(paragraphs):
        gold = _layout(list(sentences), rng)
        rate = 0.0 if rng.random() < clean_share else rng.uniform(0.55, 1.0)
        noisy = simulate_english_ocr(gold, seed=seed * 1000 + i, rate=rate, profile="eng")
        letters.append(NoisyLetter(f"gen{seed}-{i:03d}-r{rate:.2f}", gold, noisy))
    return letters


def _layout(sentences: list[str], rng: random.Random) -> str:
    """Paragraphs of wrapped lines, numbered like questions, roughly as letters are printed."""
    rng.shuffle(sentences)
    width = rng.randint(70, 95)
    blocks = ["Sehr geehrte Damen und Herren,"]
    for n, sentence in enumerate(sentences, 1):
        text = sentence.replace("\n", " ")
        prefix = f"{n}. " if rng.random() < 0.5 else ""
        blocks.append(textwrap.fill(prefix + text, width=width, break_on_hyphens=False))
    blocks.append("Mit freundlichen Grüßen")
    return "\n\n".join(blocks) + "\n"


def score_real_ocr(truth: str, ocr: str, repaired: str) -> tuple[TokenScore, list[tuple[str, str, str]]]:
    """Score a repair of real OCR text, whose tokens need not match the truth's one for one.

    Each printed word is aligned with what OCR made of it (`parlbrief.align.map_tokens`); words
    OCR read as exactly one token count. `broken` are the ä/ö/ü/ß/KI words OCR read wrong (the
    damage repair is for), `correct` every word OCR read right; `fixed` and `changed` as in
    `score_tokens`. Repair keeps the OCR text's whitespace tokens, so repaired token i is OCR token i.

    Raises:
        ValueError: when the repaired text does not have the OCR text's tokens.
    """
    from parlbrief.align import map_tokens  # evaluation only: the pipeline never aligns
    from parlbrief.real_ocr import is_special

    read, fixed_tokens = ocr.split(), repaired.split()
    if len(read) != len(fixed_tokens):
        raise ValueError(f"token counts differ: OCR {len(read)}, repaired {len(fixed_tokens)}")
    score = TokenScore()
    errors = []
    for match in map_tokens(truth, ocr):
        if len(match.ocr_indices) != 1:
            continue
        i = match.ocr_indices[0]
        if read[i] == match.truth:
            score.correct += 1
            score.changed += fixed_tokens[i] != match.truth
        elif is_special(match.truth):
            score.broken += 1
            score.fixed += fixed_tokens[i] == match.truth
        else:
            continue
        score.tokens += 1
        if fixed_tokens[i] != match.truth:
            errors.append((read[i], match.truth, fixed_tokens[i]))
    return score, errors
