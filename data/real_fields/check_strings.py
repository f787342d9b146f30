"""Check a folder of field gold against the document texts (not the pipeline).

Every subject, question, motion point, signer, organization and reference must occur in the
document's text once whitespace and line-end hyphens are ignored (a hyphen at a line end may be
undone, `Gewerbesteuereinnah-`/`men`, or kept, `Baden-`/`Württemberg`); every date must be printed,
as dd.mm.yyyy or d. Monat yyyy.

    PYTHONPATH=. .venv/bin/python data/real_fields/check_strings.py data/real_fields/karlsruhe-blind3

prints one line per string not found and exits 1 if there is any.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT.parent / "shared" / "realcorpus" / "karlsruhe"
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")
BREAK = "\x00"  # a hyphen at a line end, in the normalised text


def normalise(text: str) -> str:
    """The text without whitespace, a hyphen at a line end marked as BREAK."""
    text = re.sub(r"(?<=\S)-[ \t]*\r?\n\s*", BREAK, text)
    return re.sub(r"\s+", "", text)


def pattern(value: str) -> re.Pattern:
    """`value` without whitespace, every character allowed to be followed by an undone line-end
    hyphen, every hyphen allowed to be one kept at a line end."""
    parts = []
    for c in re.sub(r"\s+", "", value):
        parts.append(f"(?:-{BREAK}?|{BREAK})" if c == "-" else re.escape(c) + f"{BREAK}?")
    return re.compile("".join(parts))


def printed_dates(day: date) -> list[str]:
    return [f"{day.day:02d}.{day.month:02d}.{day.year}", f"{day.day}.{MONTHS[day.month - 1]}{day.year}",
            f"{day.day:02d}.{MONTHS[day.month - 1]}{day.year}"]


def strings(gold: dict) -> list[tuple[str, str]]:
    """(field, value) for every string of a gold record the text must hold."""
    out = [("subject", gold["subject"])]
    out += [(key, gold[key]) for key in ("reference", "organization") if gold[key]]
    out += [("signatory", name) for name in gold["signatories"]]
    out += [(f"question {q['number']}", q["text"]) for q in gold["questions"]]
    out += [(f"motion point {i}", text) for i, text in enumerate(gold["motion_points"], 1)]
    return out


def check(folder: Path, docs: Path = DOCS) -> list[str]:
    """One line per string of the folder's gold not found in its document's text."""
    problems = []
    for path in sorted(folder.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = normalise((docs / f"{path.stem}.txt").read_text(encoding="utf-8"))
        for field, value in strings(gold):
            if not pattern(value).search(text):
                problems.append(f"{path.stem}: {field} not in the text: {value[:80]!r}")
        if gold["date"] and not any(d in text.replace(BREAK, "-") for d in printed_dates(date.fromisoformat(gold["date"]))):
            problems.append(f"{path.stem}: date {gold['date']} not printed")
    return problems


if __name__ == "__main__":
    found = [line for folder in sys.argv[1:] for line in check(Path(folder))]
    print("\n".join(found) or "every string occurs in its text")
    sys.exit(1 if found else 0)
