"""Text metrics after dinglehopper: CER on NFC grapheme clusters, WER on whitespace tokens."""
from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Hashable, Sequence

import regex
from rapidfuzz.distance import Levenshtein

# \X is one extended grapheme cluster: "u" + U+0308 is one character to a reader, as is "ü".
_GRAPHEME = regex.compile(r"\X")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def normalize_whitespace(text: str) -> str:
    """NFC, every whitespace run (line ends, form feeds included) as one space, trimmed."""
    return " ".join(nfc(text).split())


def graphemes(text: str) -> list[str]:
    """Grapheme clusters of the whitespace-normalised NFC text."""
    return _GRAPHEME.findall(normalize_whitespace(text))


def words(text: str) -> list[str]:
    """Whitespace tokens of the NFC text (punctuation stays attached, as the tokens are printed)."""
    return nfc(text).split()


def edit_distance(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> int:
    """Levenshtein distance between two sequences of clusters or tokens."""
    return Levenshtein.distance(gold, pred)


def _rate(distance: int, n: int) -> float:
    # dinglehopper's edge cases: nothing to fix is 0 even for empty gold; errors on empty gold are inf.
    if distance == 0:
        return 0.0
    if n == 0:
        return math.inf
    return distance / n


def char_errors(gold: str, pred: str) -> tuple[int, int]:
    """(edit distance, gold length) in grapheme clusters, whitespace-normalised."""
    gold_clusters = graphemes(gold)
    return edit_distance(gold_clusters, graphemes(pred)), len(gold_clusters)


def word_errors(gold: str, pred: str) -> tuple[int, int]:
    """(edit distance, gold length) in whitespace tokens."""
    gold_words = words(gold)
    return edit_distance(gold_words, words(pred)), len(gold_words)


def bag_of_words_errors(gold: str, pred: str) -> tuple[int, int]:
    """(order-free word errors, gold words): words missing or extra as multisets, the larger count.

    Unlike WER it does not punish reading order: a date line extracted above instead of below
    the address block costs nothing here, so the pair separates recognition from layout errors.
    """
    gold_bag, pred_bag = Counter(words(gold)), Counter(words(pred))
    missing, extra = gold_bag - pred_bag, pred_bag - gold_bag
    return max(sum(missing.values()), sum(extra.values())), sum(gold_bag.values())


def character_error_rate_n(gold: str, pred: str) -> tuple[float, int]:
    """CER and the number of gold grapheme clusters, so a batch can be micro-averaged.

    Returns:
        (distance / n, n); 0.0 when the texts are equal, inf when gold is empty but pred is not.
    """
    distance, n = char_errors(gold, pred)
    return _rate(distance, n), n


def word_error_rate_n(gold: str, pred: str) -> tuple[float, int]:
    """WER and the number of gold words (same edge cases as `character_error_rate_n`)."""
    distance, n = word_errors(gold, pred)
    return _rate(distance, n), n


def character_error_rate(gold: str, pred: str) -> float:
    return character_error_rate_n(gold, pred)[0]


def word_error_rate(gold: str, pred: str) -> float:
    return word_error_rate_n(gold, pred)[0]


def micro_average(pairs: Sequence[tuple[float, int]]) -> float | None:
    """Mean of (value, n) pairs weighted by n; None when there is nothing to average.

    Pairs with n == 0 carry no weight (their value is 0 or inf by the edge-case rule).
    """
    total = sum(n for _, n in pairs)
    if total == 0:
        return None
    return sum(value * n for value, n in pairs if n) / total


def text_similarity(a: str, b: str) -> float:
    """Normalised similarity (1 - normalised Levenshtein) of two whitespace-normalised texts."""
    return Levenshtein.normalized_similarity(graphemes(a), graphemes(b))
