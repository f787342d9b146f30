"""The OCR channel: P(read | meant) for character n-grams, per OCR profile, learned from real
tesseract output of the project's letters (written by `make channel`, parlbrief/channel.py).

Table `ocr_channel.tsv` (beside this file, so it ships and is part of the run key's code hash),
tab-separated with a header, one row per (profile, meant, read):

    profile      eng-300 | eng-150 | eng-scan | deu-scan (parlbrief/real_ocr.py says what each is)
    meant        the printed n-gram, 1-3 characters, no whitespace ("ü", "fü", "KI")
    read         what tesseract made of it; "" = lost; OTHER = every reading seen too rarely to list
    count        times `meant` was read as `read` in the estimation letters
    meant_total  times `meant` was seen where the alignment gives it a reading
    probability  add-k smoothed (count + K) / (meant_total + K * readings), readings counting OTHER;
                 the rows of one (profile, meant) sum to 1
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "ocr_channel.tsv"
HEADER = ("profile", "meant", "read", "count", "meant_total", "probability")
OTHER = "<other>"
# An English model on whatever page it got (pooled 300/150 dpi and degraded scans): the damage the
# repair undoes and the simulator makes by default.
ENGLISH_PROFILE = "eng"


@dataclass(frozen=True)
class Reading:
    read: str
    count: int
    probability: float


@functools.lru_cache(maxsize=8)
def load_channel(profile: str, path: Path = TABLE) -> dict[str, tuple[Reading, ...]]:
    """meant → its readings (most probable first) for one profile; OTHER rows included.

    Raises:
        KeyError: the table has no rows for `profile`.
    """
    table: dict[str, list[Reading]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["profile"] == profile:
                table.setdefault(row["meant"], []).append(
                    Reading(row["read"], int(row["count"]), float(row["probability"])))
    if not table:
        raise KeyError(f"no channel rows for profile {profile!r} in {path}")
    return {meant: tuple(sorted(rs, key=lambda r: (-r.probability, r.read))) for meant, rs in table.items()}
