"""Character alignment of an OCR text with its truth, and which OCR tokens each truth word became.

Both texts are compared with whitespace runs (line breaks, page breaks, blank lines) collapsed to
one space: tesseract's blank lines and page ends are layout, not misreadings. The alignment is
Levenshtein's (rapidfuzz, C): runs of matching characters are anchors; what lies between two
anchors is one *diff region* (truth[a:b] read as ocr[c:d]), e.g. "ü" → "ii" or "ß" → "f3".

Truth boundaries at anchors map to OCR offsets (`Alignment.ocr_at`); a boundary inside a diff
region of several truth characters has no place of its own (None). Matching runs of one or two
characters beside a long diff region are chance matches inside reordered or garbled text (a
date line tesseract read elsewhere), not anchors, and are folded into the region.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

_WS = re.compile(r"\s+")
SHORT_ANCHOR = 2  # a matching run this short beside a LONG_REGION region is a chance match
LONG_REGION = 4


def normalize(text: str) -> str:
    """NFC, whitespace runs to one space, no leading/trailing space."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


@dataclass(frozen=True)
class Alignment:
    truth: str  # normalized
    ocr: str  # normalized
    ocr_at: tuple[int | None, ...]  # OCR offset of each truth boundary 0..len(truth); None inside a region
    regions: tuple[tuple[int, int, int, int], ...]  # (a, b, c, d): truth[a:b] read as ocr[c:d]

    def read(self, start: int, end: int) -> str | None:
        """What OCR made of truth[start:end], or None when a boundary falls inside a diff region."""
        c, d = self.ocr_at[start], self.ocr_at[end]
        return None if c is None or d is None else self.ocr[c:d]

    @property
    def distance(self) -> int:
        return sum(max(b - a, d - c) for a, b, c, d in self.regions)

    @property
    def cer(self) -> float:
        return self.distance / max(1, len(self.truth))


def align(truth: str, ocr: str) -> Alignment:
    """Align an OCR text with its truth (both are normalized first)."""
    truth, ocr = normalize(truth), normalize(ocr)
    # Segments: ("=", a, b, c, d) matching runs and ("x", a, b, c, d) merged non-matching runs.
    segments: list[list] = []
    for tag, a, b, c, d in Levenshtein.opcodes(truth, ocr):
        kind = "=" if tag == "equal" else "x"
        if segments and segments[-1][0] == kind == "x":
            segments[-1][2], segments[-1][4] = b, d
        else:
            segments.append([kind, a, b, c, d])
    segments = _fold_chance_matches(segments)
    ocr_at: list[int | None] = [None] * (len(truth) + 1)
    regions = []
    for kind, a, b, c, d in segments:
        if kind == "=":
            for k in range(b - a + 1):
                ocr_at[a + k] = c + k
        else:
            ocr_at[a], ocr_at[b] = c, d
            regions.append((a, b, c, d))
    ocr_at[0], ocr_at[len(truth)] = 0, len(ocr)
    return Alignment(truth, ocr, tuple(ocr_at), tuple(regions))


def _fold_chance_matches(segments: list[list]) -> list[list]:
    """Fold short matching runs next to long diff regions into one region (see module docstring)."""
    def long(seg: list) -> bool:
        return seg[0] == "x" and max(seg[2] - seg[1], seg[4] - seg[3]) >= LONG_REGION

    out: list[list] = []
    for i, seg in enumerate(segments):
        short = seg[0] == "=" and seg[2] - seg[1] <= SHORT_ANCHOR
        beside_long = (i > 0 and long(segments[i - 1])) or (i + 1 < len(segments) and long(segments[i + 1]))
        if short and beside_long and 0 < i < len(segments) - 1:
            seg = ["x", *seg[1:]]
        if out and out[-1][0] == seg[0] == "x":
            out[-1][2], out[-1][4] = seg[2], seg[4]
        else:
            out.append(list(seg))
    return out


@dataclass(frozen=True)
class TokenMatch:
    """One truth word and what OCR made of it."""

    truth: str  # the word as printed
    index: int  # its position in truth.split()
    read: str  # the aligned OCR text ("" when OCR lost the word), may hold spaces or glue
    ocr_indices: tuple[int, ...]  # positions in ocr.split() of the OCR tokens that overlap `read`

    @property
    def ocr_tokens(self) -> tuple[str, ...]:
        return tuple(self.read.split())


def map_tokens(truth: str, ocr: str) -> list[TokenMatch]:
    """For every whitespace token of `truth`, the OCR tokens it became (indices into `ocr.split()`).

    A word's boundaries that fall inside a diff region widen outward to the nearest mapped
    boundary, so a misread that ran across a word boundary is seen by both words.
    """
    al = align(truth, ocr)
    ocr_starts = [m.start() for m in re.finditer(r"\S+", al.ocr)]
    ocr_ends = [m.end() for m in re.finditer(r"\S+", al.ocr)]
    out = []
    for index, m in enumerate(re.finditer(r"\S+", al.truth)):
        start, end = m.start(), m.end()
        while al.ocr_at[start] is None:
            start -= 1
        while al.ocr_at[end] is None:
            end += 1
        c, d = al.ocr_at[start], al.ocr_at[end]
        read = al.ocr[c:d].strip()
        c = c + (len(al.ocr[c:d]) - len(al.ocr[c:d].lstrip()))
        d = c + len(read)
        indices = tuple(range(bisect.bisect_right(ocr_ends, c), bisect.bisect_left(ocr_starts, d))) if read else ()
        out.append(TokenMatch(m.group(), index, read, indices))
    return out
