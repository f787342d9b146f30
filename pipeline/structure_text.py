"""Text preparation for the structure stage: clean lines, blocks, line joining, sentences."""
from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from models import COLUMN_GAP, Line, LineRole, Page, PageMethod, RepairedDoc

log = logging.getLogger(__name__)

# Markup left behind by text extraction tools; the letter itself never prints it.
MARKUP_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\*\*(.+?)\*\*"), r"\1"),  # "**Begründung:**" → "Begründung:"
    (re.compile(r"(?<!\w)__(.+?)__(?!\w)"), r"\1"),  # "__hier__" → "hier"
    (re.compile(r"<((?:https?://|mailto:)[^>\s]+)>"), r"\1"),  # "<https://x.de>" → "https://x.de"
    (re.compile(r"^#{1,6}\s+"), ""),  # "## Antrag" → "Antrag"
    (re.compile(r"^\\?\*\*$"), ""),  # a lone "**" left by a broken bold span
]

# Page furniture that interrupts running text: page numbers ("- 2 -", "– 2 –") and "Seite 2 von 3"
# (also OCR's "Seite2 von 2" and a "Seite" whose number was lost).
PAGE_FURNITURE = re.compile(
    r"^(?:[-–]\s*\d{1,3}\s*[-–]|Seite(?:\s*\d{1,3}(?:\s*(?:von|/)\s*\d{1,3})?)?|\d{1,3}\s*/\s*\d{1,3})$",
    re.IGNORECASE,
)

PAGE_EDGE = 3  # lines at a page's top or bottom where running heads and footers stand

# A line that ends with its page number after a column gap: "Ergänzende Erläuterungen      Seite 2".
PAGE_NUMBER_AFTER_GAP = re.compile(r"\s{3,}(?:Seite\s*\d{1,3}(?:\s*(?:von|/)\s*\d{1,3})?|[-–]\s*\d{1,3}\s*[-–])$", re.IGNORECASE)

# A running head on page 2 on: the faction and the letter's date ("… – Schreiben vom 11.10.2024").
RUNNING_HEAD_FACTION = re.compile(r"[Ff]raktion|FRAKTION")
RUNNING_HEAD_DATE = re.compile(r"\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.\s+[A-ZÄÖÜ][a-zä]+\s+\d{4}|Seite\s+\d")

# A line further below the previous one than this many usual line pitches starts a paragraph;
# lines less than SAME_ROW pitches apart stand side by side and are joined with a column gap.
PARAGRAPH_GAP = 1.5
SAME_ROW = 0.4
STEP_OVERLAP = 0.25  # of a line's height, the most the next line's box may reach into it (descenders)

# Separators between letterhead parts: "SPD-Fraktion · Markt 1 · 47533 Kleve".
HEAD_SEPARATORS = re.compile(r"\s*[·•|]\s*|\s{3,}")

# At a page's top or bottom: a bare number is a page number ("2", "22." misread "- 2 -"), and
# one or two letters are OCR specks of a logo or a punch hole ("IE", "Ne").
EDGE_NOISE = re.compile(r"^(?:\d{1,3}\.?|\W*[A-Za-z]{1,2}\W*)$")

# Words joined by a line-end hyphen that must keep it, with a space: "Flucht-\nund" → "Flucht- und".
HYPHEN_KEEP_WORDS = frozenset({"und", "oder", "bzw.", "sowie", "als", "bis", "wie", "u.", "noch"})


@dataclass(frozen=True)
class TextLine:
    """One cleaned line with its 1-based page and its role (`pipeline.line_roles`, when labelled);
    blank lines separate blocks."""

    page: int
    text: str
    role: LineRole | None = None

    @property
    def blank(self) -> bool:
        return not self.text


def clean_line(text: str) -> str:
    """NFC-normalise one line, drop extraction markup and surrounding whitespace."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").strip()
    for pattern, repl in MARKUP_RULES:
        text = pattern.sub(repl, text)
    return text.strip()


def _furniture_key(text: str) -> str:
    """A line's identity for header/footer detection: digits masked ("Seite 2" ≈ "Seite 3")."""
    return re.sub(r"\d+", "#", text.casefold())


def _near_edge(texts: list[str], text: str) -> bool:
    content = [t for t in texts if t]
    return text in content[:3] or text in content[-3:]


def _near_top(texts: list[str], text: str) -> bool:
    return text in [t for t in texts if t][:3]


def _running_head(text: str, texts: list[str]) -> bool:
    """A later page's top line naming the sender and a date: "SPD-Fraktion Kleve – Schreiben vom 1.2.2024"."""
    top = [t for t in texts if t][:2]
    return (
        text in top
        and RUNNING_HEAD_FACTION.search(text) is not None
        and RUNNING_HEAD_DATE.search(text) is not None
        and not text.endswith(("?", ":"))
    )


def _repeated_furniture(pages: list[list[str]]) -> set[str]:
    """Lines at the top or bottom of two or more pages: running headers and footers."""
    counts: Counter[str] = Counter()
    for lines in pages:
        content = [t for t in lines if t]
        edge = {_furniture_key(t) for t in content[:2] + content[-2:]}
        counts.update(edge)
    return {key for key, n in counts.items() if n >= 2 and len(pages) >= 2}


def _letterhead_keys(lines: list[str]) -> set[str]:
    """Parts of page 1's top lines; a later page repeating one of them at its top is a running head."""
    top = [t for t in lines if t][:6]
    return {_furniture_key(part) for t in top for part in HEAD_SEPARATORS.split(t) if len(part) > 3}


def _top(row: list[Line]) -> float:
    return row[0].bbox[1] if row[0].bbox else 0.0


def _left(line: Line) -> float:
    return line.bbox[0] if line.bbox else 0.0


def _overlap(upper: Line, lower: Line) -> bool:
    """Whether the lower line's box begins above the upper one's lower quarter (more than a descender)."""
    top, bottom = upper.bbox[1], upper.bbox[3]
    return lower.bbox[1] < bottom - STEP_OVERLAP * (bottom - top)


def reading_order(page: Page) -> list[tuple[Line, int | None]]:
    """The page's lines in reading order, each with the index of its (first) line in `page.lines`
    (None for a blank rebuilt from a gap).

    Tesseract emits blocks, not reading order: a right-aligned date line can come after the
    body, and a block break can put a blank inside an address. On an OCR page whose text lines
    all have a box, lines are sorted by position, lines side by side joined with a column gap,
    and blanks rebuilt from the vertical gaps. Other pages are read as they are.
    """
    lines = [line for line in page.lines if line.text.strip()]
    boxes = [line.bbox for line in lines]
    if page.method is not PageMethod.OCR or not lines or any(box is None for box in boxes):
        return [(line, i) for i, line in enumerate(page.lines)]
    index = {id(line): i for i, line in enumerate(page.lines)}
    ordered = sorted(lines, key=lambda line: line.bbox[1] if line.bbox else 0.0)
    tops = [line.bbox[1] if line.bbox else 0.0 for line in ordered]
    # The line-to-line distance inside a paragraph: a low percentile, as short paragraphs make
    # paragraph gaps nearly as frequent as line steps. A step goes down to a line below the one
    # before: boxes that overlap by more than a descender (stamps, handwriting and marks read as
    # lines over a scan's head) are no step, and would put the percentile below the text's pitch.
    pitches = sorted(b.bbox[1] - a.bbox[1] for a, b in zip(ordered, ordered[1:])
                     if b.bbox[1] - a.bbox[1] > 2 and not _overlap(a, b))
    pitch = pitches[len(pitches) // 5] if pitches else 0.0
    rows: list[list[Line]] = []
    for top, line in zip(tops, ordered):
        row_top = rows[-1][0].bbox[1] if rows and rows[-1][0].bbox else None
        if row_top is not None and pitch and top - row_top < SAME_ROW * pitch:
            rows[-1].append(line)  # side by side: "Herrn X" and "Kleve, 1.2.2024"
        else:
            rows.append([line])
    out: list[tuple[Line, int | None]] = []
    for prev, row in zip([None, *rows], rows):
        if prev and pitch and _top(row) - _top(prev) > PARAGRAPH_GAP * pitch:
            out.append((Line(text=""), None))
        row = sorted(row, key=_left)
        out.append((row[0].model_copy(update={"text": COLUMN_GAP.join(line.text for line in row)}), index[id(row[0])]))
    return out


def reading_pages(pages: list[Page]) -> list[tuple[Page, list[int | None]]]:
    """Each page with its lines in reading order, and where each line came from (see `reading_order`)."""
    result = []
    for page in pages:
        rows = reading_order(page)
        result.append((page.model_copy(update={"lines": [line for line, _ in rows]}), [source for _, source in rows]))
    return result


def prepare_lines(doc: RepairedDoc, roles: dict[tuple[int, int], LineRole] | None = None) -> list[TextLine]:
    """All lines of the letter, cleaned, without page furniture; a page break counts as a blank.

    `roles` maps (page number, line index) to the line's role; lines labelled furniture are
    dropped. Running headers/footers are removed from page 2 on, so a letterhead on page 1 survives.
    """
    roles = roles or {}
    ordered = [reading_order(page) for page in doc.pages]
    pages = [[clean_line(line.text) for line, _ in rows] for rows in ordered]
    repeated = _repeated_furniture(pages)
    letterhead = _letterhead_keys(pages[0]) if pages else set()
    out: list[TextLine] = []
    for index, (page, texts, rows) in enumerate(zip(doc.pages, pages, ordered)):
        number = page.number or index + 1
        if out:
            out.append(TextLine(number, ""))
        for text, (_, source) in zip(texts, rows):
            role = roles.get((page.number, source)) if source is not None else None
            if role is LineRole.FURNITURE and not text[:1].islower():  # lower case: a sentence going on
                continue
            if PAGE_FURNITURE.match(text) or (EDGE_NOISE.match(text) and _near_edge(texts, text)):
                continue
            if index > 0 and text and _near_edge(texts, text):
                key = _furniture_key(text)
                # a letterhead part repeats as a running head at the top; at the bottom of the
                # last page the same name is the signature
                if key in repeated or (key in letterhead and _near_top(texts, text)) or _running_head(text, texts):
                    continue
            out.append(TextLine(number, text, role))
    return out


def split_blocks(lines: list[TextLine]) -> list[list[TextLine]]:
    """Blank-line separated blocks of non-blank lines."""
    blocks: list[list[TextLine]] = []
    current: list[TextLine] = []
    for line in lines:
        if line.blank:
            if current:
                blocks.append(current)
            current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def index_blocks(lines: list[TextLine]) -> list[list[int]]:
    """Blank-line separated blocks as lists of line indexes."""
    blocks: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line.blank:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(i)
    return [block for block in blocks if block]


def join_lines(texts: list[str]) -> str:
    """Join wrapped lines into one single-spaced string, undoing line-end hyphenation.

    "Integra-" + "tionszentrum" → "Integrationszentrum"; "Flucht-" + "und" → "Flucht- und";
    "EU-" + "Zuwanderung" → "EU-Zuwanderung" (a capital after the break means a real hyphen).
    """
    result = ""
    for raw in texts:
        text = " ".join(raw.split())
        if not text:
            continue
        if not result:
            result = text
            continue
        if re.search(r"[A-Za-zÄÖÜäöüß]-$", result) and not result.endswith(" -"):
            first = text.split(" ", 1)[0]
            if first in HYPHEN_KEEP_WORDS or first.rstrip(",") in HYPHEN_KEEP_WORDS:
                result = result + " " + text
            elif first[:1].islower():
                result = result[:-1] + text
            else:
                result = result + text
        else:
            result = result + " " + text
    return result


# Administrative abbreviations spaCy's German tokenizer does not know; none ends a sentence.
ADMIN_ABBREVIATIONS = (
    "gem.", "Gem.",  # "Gem. § 26 KrO beschließt der Kreistag"
    "lt.", "Lt.",  # "lt. Vorlage"
    "vgl.", "Vgl.",
    "ggf.", "Ggf.",
    "inkl.", "zzgl.", "Ziff.", "Drs.", "Anl.", "TOP.", "Tel.", "Az.", "i.V.m.", "d.h.", "u.a.", "o.g.",
)  # fmt: skip


@Language.component("parlbrief_year_sentence_end")
def year_sentence_end(doc: Doc) -> Doc:
    """A year with a full stop ends a sentence: "… im Jahr 2024. Der Kreistag …".

    spaCy's German tokenizer keeps "2024." as one ordinal-like token; four-digit ordinals do not
    occur in letters, so the next token starts a sentence. Runs after the sentencizer.
    """
    for token in doc[:-1]:
        if re.fullmatch(r"(?:\d+/)?\d{4}\.", token.text):
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def nlp() -> Language:
    """A blank German pipeline with a sentencizer (abbreviation-aware tokens: "z.B.", "Nr.", "gem.")."""
    pipeline = spacy.blank("de")
    for abbreviation in ADMIN_ABBREVIATIONS:
        pipeline.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("parlbrief_year_sentence_end")
    return pipeline


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a text; "z.B.", "Nr. 5", "5. Oktober" end none."""
    return [(sent.start_char, sent.end_char) for sent in nlp()(text).sents]


def unspaced(text: str) -> str:
    """"A N T W O R T" → "ANTWORT": titles printed letter-spaced."""
    return re.sub(r"(?<=\b\w) (?=\w\b)", "", text) if re.fullmatch(r"(?:\w ){3,}\w", text) else text
