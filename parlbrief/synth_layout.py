"""Letter page layout shared by the synthetic renderers: fonts, line positions, wrapping, pages."""
from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

PAGE_WIDTH, PAGE_HEIGHT = A4  # points (1/72 inch)

FONT_DIRS = (Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu"),
             Path("/usr/share/fonts/truetype/crosextra"))

# Font families with full German glyphs (ä ö ü ß „ “ € *): name -> (regular TTF, bold TTF).
FONTS: dict[str, tuple[str, str]] = {
    "sans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),  # Arial metrics
    "serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),  # Times metrics
    "dejavu-sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "dejavu-serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    # Office defaults since 2007, what most council letters are printed in: Calibri and Cambria metrics
    "carlito": ("Carlito-Regular.ttf", "Carlito-Bold.ttf"),
    "caladea": ("Caladea-Regular.ttf", "Caladea-Bold.ttf"),
    "sans-narrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),  # Arial Narrow
    "mono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),  # Courier: typewriter-era files
}


@dataclass(frozen=True)
class LetterStyle:
    """Typography and margins of a rendered letter; all lengths in points."""

    font: str = "sans"
    size: float = 10.5
    leading: float = 13.5
    left: float = 70.0  # ~25 mm, a DIN 5008 left margin
    right: float = 50.0  # ~18 mm
    top: float = 64.0
    bottom: float = 56.0
    min_size: float = 6.0  # over-long lines shrink to fit, but not below this

    @property
    def text_width(self) -> float:
        return PAGE_WIDTH - self.left - self.right

    @property
    def lines_per_page(self) -> int:
        return int((PAGE_HEIGHT - self.top - self.bottom) // self.leading)


@dataclass(frozen=True)
class PlacedLine:
    """One text line with its position on the page."""

    index: int  # 0-based index among all lines of the letter (page breaks not counted)
    text: str
    x: float  # left edge of the text, points from the page's left edge
    baseline: float  # points from the page's top edge down to the baseline
    size: float  # font size in points
    bold: bool


def font_path(family: str, bold: bool = False) -> Path:
    """Locate the TTF file of a font family.

    Raises:
        FileNotFoundError: the font package is missing (names the Debian package to install).
    """
    name = FONTS[family][1 if bold else 0]
    for folder in FONT_DIRS:
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(
        f"font {name} not found; install it with: apt-get install fonts-liberation fonts-dejavu-core "
        "fonts-crosextra-carlito fonts-crosextra-caladea"
    )


@cache
def pdf_font(family: str, bold: bool = False) -> str:
    """Register the TTF with reportlab once (it is embedded as a subset) and return its name."""
    name = f"pb-{family}{'-bold' if bold else ''}"
    pdfmetrics.registerFont(TTFont(name, str(font_path(family, bold))))
    return name


def text_width(text: str, family: str, size: float, bold: bool = False) -> float:
    """Advance width of `text` in points."""
    return pdfmetrics.stringWidth(text, pdf_font(family, bold), size)


def split_pages(text: str) -> list[list[str]]:
    """Split letter text into pages (on \\f) of lines, with trailing blanks of each line removed."""
    return [[line.rstrip() for line in page.split("\n")] for page in text.split("\f")]


def paginate(lines: Sequence[str], per_page: int, lookback: int = 10) -> list[list[str]]:
    """Break a too-long list of lines into pages, preferring a blank line near the page end.

    A blank line at the break is kept at the bottom of the earlier page, so the line count
    (and the 1:1 line mapping to the text) stays the same.
    """
    pages: list[list[str]] = []
    rest = list(lines)
    while len(rest) > per_page:
        cut = per_page
        for i in range(per_page, per_page - lookback, -1):
            if not rest[i - 1].strip():
                cut = i
                break
        pages.append(rest[:cut])
        rest = rest[cut:]
    pages.append(rest)
    return pages


def wrap_lines(
    lines: Sequence[str], style: LetterStyle, bold: Collection[int] = ()
) -> tuple[list[str], set[int]]:
    """Word-wrap lines wider than the text column; returns the new lines and bold indices.

    A single word wider than the column (e.g. a URL) stays on its own line; layout shrinks it.
    """
    out: list[str] = []
    out_bold: set[int] = set()
    for i, line in enumerate(lines):
        is_bold = i in bold
        for piece in _wrap_one(line, style, is_bold):
            if is_bold:
                out_bold.add(len(out))
            out.append(piece)
    return out, out_bold


def _wrap_one(line: str, style: LetterStyle, bold: bool) -> list[str]:
    """Greedy word wrap of one line by the font's real advance widths."""
    if text_width(line, style.font, style.size, bold) <= style.text_width:
        return [line]
    pieces: list[str] = []
    current = ""
    for word in line.split():
        trial = f"{current} {word}" if current else word
        if current and text_width(trial, style.font, style.size, bold) > style.text_width:
            pieces.append(current)
            current = word
        else:
            current = trial
    pieces.append(current)
    return pieces


def layout_pages(
    text: str,
    style: LetterStyle = LetterStyle(),
    *,
    bold: Collection[int] = (),
    right: Collection[int] = (),
) -> list[list[PlacedLine]]:
    """Place every line of a letter on A4 pages, one text line per page line.

    Args:
        text: the letter; pages separated by \\f, lines by \\n (kept exactly, never wrapped).
        style: fonts and margins.
        bold: 0-based line indices (over the whole letter) to set in bold.
        right: line indices to right-align (e.g. the date line).

    Returns:
        Pages of placed lines. A page with more lines than fit flows onto extra pages.
    """
    pages: list[list[PlacedLine]] = []
    index = 0
    for given_page in split_pages(text):
        for page_lines in paginate(given_page, style.lines_per_page):
            placed = []
            for row, line in enumerate(page_lines):
                placed.append(_place(line, index, row, style, index in bold, index in right))
                index += 1
            pages.append(placed)
    return pages


def _place(line: str, index: int, row: int, style: LetterStyle, bold: bool, right: bool) -> PlacedLine:
    """Position one line; leading blanks are dropped (layout, not text) and over-long lines shrink."""
    shown = line.strip()
    size = style.size
    width = text_width(shown, style.font, size, bold)
    if width > style.text_width:
        size = max(style.min_size, size * style.text_width / width)
        width = text_width(shown, style.font, size, bold)
    x = style.left + style.text_width - width if right else style.left
    baseline = style.top + style.leading * (row + 1)
    return PlacedLine(index=index, text=shown, x=x, baseline=baseline, size=size, bold=bold)
