"""Make the sample inputs in data/raw from the two real seed letters (seeded, deterministic).

Run from the repository root: `.venv/bin/python data/raw/make_samples.py`

- spd_antrag_2017_born_digital.pdf: the SPD Antrag as a born-digital PDF (text layer, wrapped).
- gruene_anfrage_2023_scan.pdf: the Grünen Anfrage, re-typeset from its hand-corrected text,
  scanned at 250 dpi (skew, noise, blur, JPEG); image only.
- gruene_anfrage_2023_scan_copier_ocr.pdf: the same scan with an invisible text layer holding
  the real poor OCR of the seed, line for line (the layer a copier's English OCR would add).
"""
from __future__ import annotations

import logging
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from parlbrief import synth  # noqa: E402  (needs the repo root on sys.path when run as a script)
from parlbrief.synth_layout import LetterStyle, paginate  # noqa: E402

log = logging.getLogger(__name__)

FIXTURES = ROOT / "tests" / "fixtures"
OUT = ROOT / "data" / "raw"
SEED = 20231123
SCAN_DPI = 250  # 300 dpi makes the two-page scan ~1.6 MB; 250 keeps it under 1.5 MB
STYLE = LetterStyle()

# A date line such as "Kleve, 23. November 2023" or "10.10.2017 jf/mv" is set flush right.
DATE_LINE = re.compile(
    r"^\s*(?:[A-ZÄÖÜ][\w.-]*, )?\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+ )\s?\d{4}\b"
)
# Markdown artefacts of the SPD text: "**Begründung:**" (bold) and "<https://…>" (autolink).
BOLD_MARK = re.compile(r"\*\*(.+?)\*\*")
AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")


def _read(name: str) -> str:
    return unicodedata.normalize("NFC", (FIXTURES / name).read_text(encoding="utf-8"))


def strip_markdown(text: str) -> tuple[list[str], set[int]]:
    """Remove ** and <…> markup and trailing blanks; return the lines and the bold line indices."""
    lines: list[str] = []
    bold: set[int] = set()
    for i, raw in enumerate(text.split("\n")):
        line = AUTOLINK.sub(r"\1", raw).rstrip()
        if BOLD_MARK.search(line):
            bold.add(i)
            line = BOLD_MARK.sub(r"\1", line)
        lines.append(line)
    return lines, bold


def date_lines(lines: list[str]) -> set[int]:
    """Indices of the first date line (the one of the letter head)."""
    for i, line in enumerate(lines):
        if DATE_LINE.match(line):
            return {i}
    return set()


def make_spd(path: Path) -> int:
    """Born-digital PDF of the SPD letter, paragraphs word-wrapped to the letter column."""
    lines, bold = strip_markdown(_read("003_9e91ae5cd01a6718.txt"))
    while lines and not lines[-1]:
        lines.pop()
    wrapped, wrapped_bold = synth.wrap_lines(lines, STYLE, bold=bold)
    return synth.render_born_digital_pdf(
        "\n".join(wrapped), path, seed=SEED, style=STYLE, bold=wrapped_bold, right=date_lines(wrapped)
    )


def with_breaks(lines: list[str], sizes: list[int]) -> str:
    """Join lines into pages of the given sizes (\\f between pages)."""
    pages, start = [], 0
    for size in sizes:
        pages.append("\n".join(lines[start : start + size]))
        start += size
    return "\f".join(pages)


def make_gruene(scan_path: Path, layer_path: Path) -> int:
    """Scanned Grünen letter, image only and with the seed's poor OCR as invisible layer."""
    clean = _read("000_f40aa334bcd0e282.clean.txt").split("\n")
    poor = _read("000_f40aa334bcd0e282.txt").split("\n")
    if len(clean) != len(poor):
        raise ValueError(f"clean text has {len(clean)} lines, seed OCR {len(poor)}: layouts differ")
    # Break both texts at the same lines so that every layer line lies over its image line.
    sizes = [len(page) for page in paginate(clean, STYLE.lines_per_page)]
    right = date_lines(clean)
    images = synth.render_scan_images(
        with_breaks(clean, sizes), seed=SEED, dpi=SCAN_DPI, style=STYLE, right=right
    )
    synth.write_image_pdf(images, scan_path, dpi=SCAN_DPI)
    synth.write_image_pdf_with_text_layer(
        images, with_breaks(poor, sizes), layer_path, dpi=SCAN_DPI, style=STYLE, right=right
    )
    return len(images)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    spd = OUT / "spd_antrag_2017_born_digital.pdf"
    scan = OUT / "gruene_anfrage_2023_scan.pdf"
    layer = OUT / "gruene_anfrage_2023_scan_copier_ocr.pdf"
    spd_pages = make_spd(spd)
    scan_pages = make_gruene(scan, layer)
    for path, pages in ((spd, spd_pages), (scan, scan_pages), (layer, scan_pages)):
        log.info("%s: %d pages, %d KB", path.relative_to(ROOT), pages, path.stat().st_size // 1024)


if __name__ == "__main__":
    main()
