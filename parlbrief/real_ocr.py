"""The committed real-OCR data set (data/real_ocr, written by scripts/real_ocr.py): tesseract's
reading of the project's letters beside their truth, so tests and benches use real OCR damage
without running tesseract.

Splits: `tune` and `heldout` are the gold letters' own splits (tests/gold/index.json); `estimate`
are generated letters made only for estimating the channel. Held-out letters are what repair is
measured on and never feed the channel table.
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from parlbrief.align import TokenMatch, align, map_tokens

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "data" / "real_ocr"

# profile → (tesseract language, rendering dpi, rendering: "born" clean or "scan" degraded)
PROFILES: dict[str, tuple[str, int, str]] = {
    "eng-300": ("eng", 300, "born"),
    "eng-150": ("eng", 150, "born"),
    "eng-scan": ("eng", 200, "scan"),
    "deu-scan": ("deu", 200, "scan"),
}
ESTIMATION_SPLITS = ("tune", "estimate")


@dataclass(frozen=True)
class RealOcrPair:
    letter: str
    profile: str
    split: str  # tune | heldout | estimate
    truth: str  # the printed text, pages separated by \f
    ocr: str  # tesseract's text, pages separated by \f


def load_pairs(profiles: Iterable[str] | None = None, splits: Iterable[str] | None = None,
               root: Path = OUT) -> list[RealOcrPair]:
    """Every (letter, profile) pair of the data set, optionally only some profiles and splits."""
    index = json.loads((root / "index.json").read_text(encoding="utf-8"))
    wanted_profiles = list(profiles) if profiles is not None else list(index["profiles"])
    wanted_splits = set(splits) if splits is not None else None
    pairs = []
    for letter in index["letters"]:
        if wanted_splits is not None and letter["split"] not in wanted_splits:
            continue
        truth = (REPO / letter["truth"]).read_text(encoding="utf-8")
        for profile in wanted_profiles:
            ocr = (root / profile / f"{letter['id']}.txt").read_text(encoding="utf-8")
            pairs.append(RealOcrPair(letter["id"], profile, letter["split"], truth, ocr))
    return pairs


GERMAN = frozenset("äöüÄÖÜß")
_KI = re.compile(r"(?<![A-Za-zÄÖÜäöüß])KI(?![A-Za-zÄÖÜäöüß])")


def is_special(word: str) -> bool:
    """A word an English model damages: it holds ä/ö/ü/Ä/Ö/Ü/ß or stands for KI."""
    return bool(GERMAN & set(word)) or bool(_KI.search(word))


def special_words(pair: RealOcrPair) -> list[TokenMatch]:
    """The truth words with ä/ö/ü/ß/KI and what OCR made of them (`read` differs = damaged)."""
    return [m for m in map_tokens(pair.truth, pair.ocr) if is_special(m.truth)]


def _size(pairs: list[RealOcrPair]) -> str:
    pages = sum(p.truth.count("\f") + 1 for p in pairs)
    return f"{len(pairs)} letters / {pages} pages / {sum(len(p.truth.split()) for p in pairs)} words"


def main() -> int:
    """Print the data set's figures: per profile pages and words read, CER, and the ä/ö/ü/ß/KI words
    of the held-out gold letters that came out damaged (the denominator repair is measured on;
    bench/bench_repair.py measures the repair on them)."""
    pairs = load_pairs()
    for profile in PROFILES:
        mine = [p for p in pairs if p.profile == profile]
        print(f"{profile}: {_size(mine)}, mean CER {sum(align(p.truth, p.ocr).cer for p in mine) / len(mine):.4f}; "
              f"for estimation {_size([p for p in mine if p.split in ESTIMATION_SPLITS])}, "
              f"held out {_size([p for p in mine if p.split == 'heldout'])}")
        held = [m for p in mine if p.split == "heldout" for m in special_words(p)]
        damaged = [m for m in held if m.read != m.truth]
        print(f"  held-out ä/ö/ü/ß/KI words {len(held)}, damaged by OCR {len(damaged)} "
              f"({len(damaged) / len(held):.1%}), of them lost {sum(not m.read for m in held)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
