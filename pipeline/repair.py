"""Repair stage: IngestedDoc → RepairedDoc, undoing umlaut and OCR confusions within each line."""
from __future__ import annotations

import logging
import math
import re
import unicodedata
from dataclasses import dataclass
from enum import IntEnum

from models import IngestedDoc, Options, Page, RepairedDoc
from models.repair import Repair
from pipeline.lexicon import CAPITAL, LOWER, Lexicon, fold, load_lexicon
from pipeline.repair_rules import Candidate, analyse_piece

log = logging.getLogger(__name__)

# A word piece: letters (with combining marks), possibly with the digits OCR makes of ß inside:
# "heif3t", "Ma13nahmen". Punctuation, ®, *, / and - separate pieces.
_PIECE = re.compile(r"[^\W\d_][^\W\d_\u0300-\u036f]*(?:[\u0300-\u036f]+[^\W\d_]*)*(?:(?:13|3)[^\W\d_]+)*")
# Tokens that are addresses, not words: info@kreis.de, https://..., www.kreis-kleve.de
_SKIP_TOKEN = re.compile(r"@|://|^\(?www\.", re.IGNORECASE)
# The gender star read as a registered sign: Bürger®innen → Bürger*innen, Mitarbeiter®in.
_STAR = re.compile(r"(?<=[a-zäöüß])[®©](?=in(?:nen)?\b)")
# An acronym with a serif-less I read as l: Kl → KI (only when the document uses the acronym).
_ACRONYM_L = re.compile(r"^[A-ZÄÖÜ]+l[A-ZÄÖÜ]*$")
# Tokens after which a new sentence starts: "gemacht." "?" "1." "a)" "•" "-" opening quotes.
_SENTENCE_END = re.compile(r"(?:[.!?:;]|^\d+[.)]|^[a-z]\)|^[•\-–])[\"”“'»«)]*$")
_OPENERS = "\"'„“”‚‘»«(["

MARGIN_KNOWN = 0.5  # zipf units a listed word must be beaten by, beyond the damage prior
CASE_PENALTY = 3.0  # "in Hohe von": an adjective cannot be capitalised mid-sentence
DOC_BONUS = 1.5  # the candidate is spelled correctly elsewhere in the document
UNKNOWN_SCORE = -3.0  # what an unlisted original is worth


class Position(IntEnum):
    INITIAL = 0  # sentence or list-item start: any capitalisation is fine
    MID = 1  # inside a sentence: capitalised means noun or name
    INNER = 2  # after - or / inside a token: "EU-Zuwanderung", "KI/Kreisverwaltung"


@dataclass
class _Slot:
    """One word piece found in the text, with where it stands."""

    page: int
    line: int
    start: int
    end: int
    text: str
    position: Position


@dataclass
class _DocContext:
    """Evidence gathered from the whole document before any decision."""

    forms: set[str]  # folded spellings seen with their diacritics: "für", "grünen"
    acronyms: set[str]  # all-caps pieces: "KI", "ZUE"
    damage: float  # 0 = no sign of OCR damage, 1 = every special character lost


def repair_text(text: str, options: Options | None = None) -> tuple[str, list[Repair], list[Repair]]:
    """Repair plain text (pages separated by form feeds) keeping its line layout.

    Returns:
        (repaired text, applied repairs, suggestions below the threshold)
    """
    pages = [page.split("\n") for page in text.split("\f")]
    repaired, applied, suggested = _repair_pages(pages, options)
    return "\f".join("\n".join(lines) for lines in repaired), applied, suggested


def repair_document(doc: IngestedDoc, options: Options | None = None) -> RepairedDoc:
    """Return the document's pages repaired line for line, with every edit recorded.

    Needs: `IngestedDoc` pages with lines. Produces: `RepairedDoc` with the same line layout.
    """
    src_pages = doc.pages
    lines = [[line.text for line in page.lines] for page in src_pages]
    repaired, applied, suggested = _repair_pages(lines, options, [p.number for p in src_pages])
    pages: list[Page] = []
    for page, new_lines in zip(src_pages, repaired):
        copy = page.model_copy(deep=True)
        for line, text in zip(copy.lines, new_lines):
            line.text = text
        pages.append(copy)
    return RepairedDoc(source=doc.source, pages=pages, repairs=applied, suggestions=suggested)


def format_diff(repairs: list[Repair], suggestions: list[Repair] | None = None) -> str:
    """A readable list of edits: `p1 l7 c12-15  fir → für  (i→ü; 0.97)`."""
    rows = [(r, "") for r in repairs] + [(r, "  [suggestion, not applied]") for r in suggestions or []]
    rows.sort(key=lambda rs: (rs[0].page, rs[0].line, rs[0].start))
    out = [
        f"p{r.page} l{r.line + 1} c{r.start}-{r.end}  {r.original} → {r.replacement}"
        f"  ({r.reason}; {r.confidence:.2f}){note}"
        for r, note in rows
    ]
    return "\n".join(out)


def _repair_pages(
    pages: list[list[str]], options: Options | None, numbers: list[int] | None = None
) -> tuple[list[list[str]], list[Repair], list[Repair]]:
    """Find the pieces, gather document evidence, decide each piece, then apply per line."""
    options = options or Options()
    numbers = numbers or list(range(1, len(pages) + 1))
    if not options.repair:
        return [list(lines) for lines in pages], [], []
    lex = load_lexicon()
    slots, edits = _scan(pages, numbers)
    ctx = _context(lex, slots)
    for slot in slots:
        edit = _decide(lex, slot, ctx)
        if edit is not None:
            edits.append(edit)
    applied = [e for e in edits if e.confidence >= options.repair_threshold]
    suggested = [e for e in edits if e.confidence < options.repair_threshold]
    return _apply(pages, numbers, applied), applied, suggested


def _scan(pages: list[list[str]], numbers: list[int]) -> tuple[list[_Slot], list[Repair]]:
    """Collect word pieces with their sentence position, and the rule-only edits (gender star)."""
    slots: list[_Slot] = []
    edits: list[Repair] = []
    initial = True
    for number, lines in zip(numbers, pages):
        for index, line in enumerate(lines):
            if not line.strip():
                initial = True  # a blank line ends a paragraph
                continue
            for tok in re.finditer(r"\S+", line):
                token = tok.group()
                if not _SKIP_TOKEN.search(token):
                    edits.extend(_star_edits(number, index, tok.start(), token))
                    slots.extend(_pieces(number, index, tok.start(), token, initial))
                initial = bool(_SENTENCE_END.search(token))
    return slots, edits


def _pieces(page: int, line: int, offset: int, token: str, initial: bool) -> list[_Slot]:
    out = []
    for m in _PIECE.finditer(token):
        before = token[: m.start()]
        if not before or all(ch in _OPENERS for ch in before):
            pos = Position.INITIAL if initial else Position.MID
        else:
            pos = Position.INNER
        out.append(_Slot(page, line, offset + m.start(), offset + m.end(), m.group(), pos))
    return out


def _star_edits(page: int, line: int, offset: int, token: str) -> list[Repair]:
    return [
        Repair(page=page, line=line, start=offset + m.start(), end=offset + m.end(),
               original=m.group(), replacement="*", reason="gender star read as ®", confidence=0.95)
        for m in _STAR.finditer(token)
    ]


def _context(lex: Lexicon, slots: list[_Slot]) -> _DocContext:
    """Document evidence: correct spellings present, acronyms used, and how damaged it looks."""
    forms: set[str] = set()
    acronyms: set[str] = set()
    good = bad = 0
    for slot in slots:
        word = unicodedata.normalize("NFC", slot.text)
        if len(word) >= 2 and word.isupper():
            acronyms.add(word)
            continue
        info = analyse_piece(lex, word)
        if info.listed and any(ch in "äöüßÄÖÜ" for ch in word):
            forms.add(word.lower())
            good += 1
        elif not info.listed and not info.parts and info.candidates:
            bad += 1
    damage = (bad + 0.5) / (good + bad + 1.0)
    log.debug("repair context: %d good, %d damaged diacritic words, damage=%.2f", good, bad, damage)
    return _DocContext(forms, acronyms, damage)


def _decide(lex: Lexicon, slot: _Slot, ctx: _DocContext) -> Repair | None:
    """Choose the best reading of one piece; None when the piece should stay as it is."""
    word = unicodedata.normalize("NFC", slot.text)
    if len(word) < 2 or word.isupper():
        return None
    if _ACRONYM_L.match(word):
        fixed = word.replace("l", "I")
        if fixed in ctx.acronyms:
            return _edit(slot, fixed, "acronym l→I (used in document)", 0.9)
        return None
    info = analyse_piece(lex, word)
    score = info.zipf if info.listed or info.parts else UNKNOWN_SCORE
    score -= _case_penalty(word, info.flags, slot.position)
    best, best_score = None, -math.inf
    for cand in info.candidates:
        s = _candidate_score(cand, word, slot.position, ctx)
        if s > best_score:
            best, best_score = cand, s
    if best is None:
        return _nfc_edit(slot, word)
    # a listed word is replaced only if the other reading is likelier even after weighing how
    # often this document loses diacritics at all (Bayes: P(lost) = ctx.damage)
    needed = MARGIN_KNOWN - math.log10(ctx.damage) if info.listed else 0.0
    delta = best_score - score - needed
    if delta <= -1.0:
        return _nfc_edit(slot, word)
    confidence = round(0.5 + 0.49 * math.tanh(delta), 3)
    return _edit(slot, best.text, "+".join(best.rules) or "lexicon", confidence)


def _candidate_score(cand: Candidate, word: str, position: Position, ctx: _DocContext) -> float:
    s = cand.zipf - cand.cost - _case_penalty(cand.text, cand.flags, position)
    if cand.text.lower() in ctx.forms:
        s += DOC_BONUS
    return s


def _case_penalty(word: str, flags: int, position: Position) -> float:
    """Penalise readings whose capitalisation German grammar does not allow where they stand."""
    if not flags:
        return 0.0
    if word[:1].isupper() and position == Position.MID and flags == LOWER:
        return CASE_PENALTY  # "in Hohe von": hohe is only an adjective
    if word[:1].islower() and flags == CAPITAL:
        return CASE_PENALTY  # "die höhe": Höhe is only a noun
    return 0.0


def _nfc_edit(slot: _Slot, word: str) -> Repair | None:
    return _edit(slot, word, "unicode NFC", 1.0) if word != slot.text else None


def _edit(slot: _Slot, replacement: str, reason: str, confidence: float) -> Repair:
    return Repair(page=slot.page, line=slot.line, start=slot.start, end=slot.end,
                  original=slot.text, replacement=replacement, reason=reason, confidence=confidence)


def _apply(pages: list[list[str]], numbers: list[int], edits: list[Repair]) -> list[list[str]]:
    """Apply non-overlapping edits right to left so earlier offsets stay valid."""
    by_line: dict[tuple[int, int], list[Repair]] = {}
    for e in edits:
        by_line.setdefault((e.page, e.line), []).append(e)
    out = []
    for number, lines in zip(numbers, pages):
        new = list(lines)
        for index in range(len(new)):
            for e in sorted(by_line.get((number, index), []), key=lambda r: r.start, reverse=True):
                new[index] = new[index][: e.start] + e.replacement + new[index][e.end :]
        out.append(new)
    return out
