"""The two real seed letters (tests/fixtures) as corpus letters: gold, page text, poor text layer."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from corpus_body import wrap
from parlbrief.ocrsim import simulate_english_ocr

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEEDS = ("seed000", "seed003")
SEED003_PAGE_LINES = 48
# The poor text layers sample the OCR channel learned from real tesseract output (English model,
# pipeline/ocr_channel.tsv).
POOR_PROFILE = "eng"
SEED003_WIDTH = 85

# Markdown left in the seed 003 text by the tool that produced it.
# Example: "**Begründung:**" → "Begründung:"; "<https://x>" → "https://x"; "Zeile  " → "Zeile".
MARKDOWN_ARTEFACTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\*\*"), ""),  # bold markers
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"[ \t]+$", re.MULTILINE), ""),  # trailing blanks (markdown hard line breaks)
)


@dataclass(frozen=True)
class SeedLetter:
    id: str
    gold: dict
    clean: str  # page text, pages separated by \f
    poor: str  # poor text layer, same lines and tokens per line as `clean`
    text: str  # the plain-text rendering
    text_file: str
    covers: list[str]


def strip_markdown(text: str) -> str:
    for pattern, replacement in MARKDOWN_ARTEFACTS:
        text = pattern.sub(replacement, text)
    return text


def _paginate(lines: list[str], per_page: int) -> str:
    """Join lines into pages of at most `per_page` lines, breaking after a blank line when possible."""
    pages: list[list[str]] = []
    while len(lines) > per_page:
        blanks = [i for i in range(per_page - 12, per_page) if lines[i] == ""]
        cut = blanks[-1] + 1 if blanks else per_page
        pages.append(lines[:cut])
        lines = lines[cut:]
    pages.append(lines)
    return "\f".join("\n".join(page) for page in pages)


def _break_page(text: str, line: int) -> str:
    """Replace the line end before 0-based `line` with a form feed (a page break)."""
    lines = text.split("\n")
    return "\n".join(lines[:line]) + "\f" + "\n".join(lines[line:])


def load_seed(name: str) -> SeedLetter:
    if name == "seed000":
        return _seed000()
    return _seed003()


def _seed000() -> SeedLetter:
    """Real poor OCR of a Grünen Anfrage; the hand-corrected clean text is token-aligned with it."""
    gold = json.loads((FIXTURES / "000_f40aa334bcd0e282.json").read_text(encoding="utf-8"))
    gold.setdefault("meetings", [])  # the fixture predates the field; this letter names no meeting
    clean = (FIXTURES / "000_f40aa334bcd0e282.clean.txt").read_text(encoding="utf-8")
    raw = (FIXTURES / "000_f40aa334bcd0e282.txt").read_text(encoding="utf-8")
    # The original's page 2 starts at "Bezirksregierungen …" (line 53, after the blank line OCR left).
    page2 = next(i for i, line in enumerate(clean.split("\n")) if line.startswith("Bezirksregierungen"))
    return SeedLetter(
        id="seed000", gold=gold, clean=_break_page(clean, page2), poor=_break_page(raw, page2),
        text=raw, text_file="text.txt",
        covers=["doc:anfrage", "numbering:dot", "lost", "glued", "preq", "traps", "pbq", "real-ocr-text"],
    )


def _seed003() -> SeedLetter:
    """SPD Antrag; markdown stripped for the text rendering, hard-wrapped and paginated for the page text."""
    gold = json.loads((FIXTURES / "003_9e91ae5cd01a6718.json").read_text(encoding="utf-8"))
    text = strip_markdown((FIXTURES / "003_9e91ae5cd01a6718.txt").read_text(encoding="utf-8"))
    lines: list[str] = []
    for line in text.strip("\n").split("\n"):
        lines.extend(wrap(line, SEED003_WIDTH) if line.strip() else [""])
    clean = _paginate(lines, SEED003_PAGE_LINES) + "\n"
    return SeedLetter(
        id="seed003", gold=gold, clean=clean, poor=simulate_english_ocr(clean, seed=3003, profile=POOR_PROFILE),
        text=text, text_file="text.txt",
        covers=["doc:antrag", "resolution", "subj:hier", "ref:initials", "date:num", "signers:2",
                "cc:2-line", "addr:landrat", "head:line"],
    )
