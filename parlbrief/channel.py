"""Estimate the OCR channel table (pipeline/ocr_channel.tsv) from the real-OCR data set: `make channel`.

    .venv/bin/python -m parlbrief.channel            # writes the table, prints the top confusions

Every printed n-gram of 1-3 characters (no whitespace) is counted with what the aligned OCR text
holds in its place (parlbrief.align), over the letters of the splits `tune` and `estimate` only —
held-out gold letters are what repair is measured on. Kept in the table:

* every German character (ä ö ü Ä Ö Ü ß) seen at least MIN_MEANT times, misread or not;
* any n-gram misread the same way at least MIN_COUNT times and in at least MIN_SHARE of its
  occurrences: the context that changes how a German character is misread (fü → fi, über → tiber,
  KI → Kl) and the data's own other confusions (" → “, · → -, I → |).

Readings seen fewer than MIN_COUNT times are pooled as OTHER: a single odd reading is as likely an
alignment accident in garbled text as a confusion. Probabilities are add-k smoothed with K = 0.5
(Jeffreys' prior for a multinomial): with tens to hundreds of occurrences per n-gram it moves an
observed share by well under a point, yet a reading never seen, and the correct reading of a
character that was always misread, keep a small non-zero probability.
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Iterable

from parlbrief.align import align
from parlbrief.real_ocr import ESTIMATION_SPLITS, RealOcrPair, load_pairs
from pipeline.ocr_channel import ENGLISH_PROFILE, HEADER, OTHER, TABLE

GERMAN = frozenset("äöüÄÖÜß")
MAX_N = 3
MIN_MEANT = 5
MIN_COUNT = 2
MIN_SHARE = 0.02
K = 0.5
# A pooled profile sums its members' counts: "eng" is an English model on whatever page it got.
POOLED = {ENGLISH_PROFILE: ("eng-300", "eng-150", "eng-scan")}
MAX_CER = 0.2  # a letter whose OCR is this far off was mostly misplaced text, not misreadings


def _of_interest(meant: str) -> bool:
    return bool(GERMAN & set(meant)) or "KI" in meant


def count_ngrams(truth: str, ocr: str, counts: Counter, totals: Counter, profile: str = "") -> float:
    """Add one text pair's (meant, read) counts; returns the pair's CER (nothing counted above MAX_CER)."""
    al = align(truth, ocr)
    if al.cer > MAX_CER:
        return al.cer
    text = al.truth
    for i in range(len(text)):
        for n in range(1, MAX_N + 1):
            meant = text[i:i + n]
            if len(meant) < n or " " in meant:
                break
            read = al.read(i, i + n)
            if read is None or len(read) > 2 * n + 2:  # inside a region / garbage around it
                continue
            totals[profile, meant] += 1
            counts[profile, meant, read] += 1
    return al.cer


def table_rows(counts: Counter, totals: Counter) -> list[tuple]:
    """The table's rows, sorted by profile, meant, probability (see module docstring for what is kept)."""
    by_meant: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for (profile, meant, read), count in counts.items():
        by_meant[profile, meant].append((read, count))
    rows = []
    for (profile, meant), readings in by_meant.items():
        total = totals[profile, meant]
        # The correct reading is always listed (count 0 when never seen): P(correct) is what repair weighs.
        listed = [(r, c) for r, c in readings if c >= MIN_COUNT and r != meant] + [(meant, counts[profile, meant, meant])]
        misread = [(r, c) for r, c in listed if r != meant and c / total >= MIN_SHARE]
        if not misread and not (_of_interest(meant) and total >= MIN_MEANT and len(meant) == 1):
            continue  # a context n-gram earns its rows only by a misreading of its own
        other = total - sum(c for _, c in listed)
        cells = listed + [(OTHER, other)]
        denominator = total + K * len(cells)
        for read, count in sorted(cells, key=lambda rc: (-rc[1], rc[0])):
            rows.append((profile, meant, read, count, total, round((count + K) / denominator, 6)))
    rows.sort(key=lambda r: (r[0], len(r[1]), r[1], -r[3], r[2]))
    return rows


def estimate(pairs: Iterable[RealOcrPair]) -> tuple[list[tuple], dict[str, list[tuple[str, float]]]]:
    """Table rows from pairs (the caller chooses which); also each pair's CER per profile."""
    counts: Counter = Counter()
    totals: Counter = Counter()
    cers: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for pair in pairs:
        if pair.split not in ESTIMATION_SPLITS:
            raise ValueError(f"{pair.letter} is {pair.split}: held-out letters never feed the channel")
        cers[pair.profile].append((pair.letter, count_ngrams(pair.truth, pair.ocr, counts, totals, pair.profile)))
    for pooled, members in POOLED.items():
        for counter in (counts, totals):
            for key, value in list(counter.items()):
                if key[0] in members:
                    counter[(pooled, *key[1:])] += value
    return table_rows(counts, totals), cers


def write_table(rows: list[tuple], path=TABLE) -> None:
    """Plain tab-separated lines, no quoting: fields hold no tab or newline (whitespace is normalized)."""
    lines = ["\t".join(map(str, row)) for row in [HEADER, *rows]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def top_confusions(rows: list[tuple], profile: str, n: int = 25) -> list[tuple]:
    """The most frequent misreadings of single characters and of "KI" in one profile."""
    wrong = [r for r in rows if r[0] == profile and r[2] not in (r[1], OTHER)
             and (len(r[1]) == 1 or r[1] == "KI")]
    return sorted(wrong, key=lambda r: (-r[3], r[1], r[2]))[:n]


def main() -> int:
    pairs = load_pairs(splits=ESTIMATION_SPLITS)
    rows, cers = estimate(pairs)
    write_table(rows)
    print(f"{TABLE.relative_to(TABLE.parents[1])}: {len(rows)} rows from {len(pairs)} letter readings")
    for profile in [*cers, *POOLED]:
        members = POOLED.get(profile, (profile,))
        letter_cers = [lc for member in members for lc in cers[member]]
        skipped = [letter for letter, cer in letter_cers if cer > MAX_CER]
        mean = sum(cer for _, cer in letter_cers) / len(letter_cers)
        print(f"\n{profile}: {len(letter_cers)} letter readings, mean CER {mean:.4f}, skipped (CER > {MAX_CER}): {skipped or 'none'}")
        for _, meant, read, count, total, p in top_confusions(rows, profile):
            print(f"  {meant!r:>6} → {read!r:<8} {count:5d} / {total:<6d} p={p:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
