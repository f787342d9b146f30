"""Repair stage: IngestedDoc → RepairedDoc, undoing umlaut and OCR confusions within each line."""
from __future__ import annotations

import bisect
import gc
import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from models import IngestedDoc, Options, Page, PageMethod, RepairedDoc
from models.repair import Repair
from pipeline.lexicon import CAPITAL, LOWER, Lexicon, fold, function_words, load_lexicon
from pipeline.repair_context import context_bonus
from pipeline.repair_rules import FOLD_COST, Candidate, analyse_piece, diacritic_count, variants
from pipeline.repair_scan import INITIAL, INNER, Position, Slot, hyphen_pairs, scan

log = logging.getLogger(__name__)

# An acronym with a serif-less I read as l: Kl → KI (only when the document uses the acronym).
_ACRONYM_L = re.compile(r"^[A-ZÄÖÜ]+l[A-ZÄÖÜ]*$")

MARGIN_KNOWN = 0.15  # zipf units a listed word must be beaten by, beyond the damage prior
CASE_PENALTY = 3.0  # "in Hohe von": an adjective cannot be capitalised mid-sentence
DOC_BONUS = 1.5  # the candidate is spelled correctly elsewhere in the document
UNKNOWN_SCORE = -3.0  # what an unlisted original is worth
# An unlisted capitalised word whose readings are all rare is a name; whether its diacritic was
# lost is judged by the document's damage alone, weighed this strongly: in clean text (damage
# ≤ 0.09 on the gold letters) Gruber, Backes, Luhe stay; in copier layers (≥ 0.48) Dorte Dorr →
# Dörte Dörr.
NAME_DAMAGE_WEIGHT = 5.0
DAMAGE_RATIO = 3  # a page shows OCR damage with one likely misreading per this many intact words
LIKELY_MISREADING_COST = 0.8  # the fold and the commonest channel readings (ii→ü, é→ö, &→ß, fg→ß)
LIKELY_MISREADING_ZIPF = 2.0  # and a word, not a rare form like "änd" or "för"
COMMON_ZIPF = 3.0  # a reading this frequent is a word, not a rare name form (Grünen, Düsseldorf)
WHOLE_WORD_BONUS = 1.5  # zipf credit of a listed word over a compound split of the original
DOCUMENT_CONFIDENCE = 0.85
NFC_REASON = "unicode NFC"
PRINTED_ACRONYM_REASON = "acronym spelled so in document"
# Raw scores → probability that an edit is right, fitted on real OCR (parlbrief/calibrate_repair.py)
CALIBRATION = Path(__file__).with_name("repair_calibration.tsv")
NOUN_OPENERS = frozenset({"frau", "herr", "herrn", "dr.", "prof.", "das", "dem", "des", "beim", "zum", "vom",
                          "im", "am", "ins", "ans", "fürs", "ums", "übers"})
REAL_WORD_ZIPF = 4.0  # a word this common is a word as printed unless its context says otherwise
UNDECIDED = -0.1  # the delta of a reading nothing but word frequency favours: a suggestion (p < 0.5)
# Words that follow a street name, even misread: "Waldenburger Straße 2", "Julicher StraBe".
_STREET = re.compile(r"(?:Stra|Str\.|Weg|Allee|Platz|Ring|Gasse|Damm|Ufer)")
_HOUSE_NUMBER = re.compile(r"\d{1,4}[a-z]?(?:[-/]\d{1,4}[a-z]?)?[,.]?$")  # 93, 12a, 7-9, 45,
ADDRESS_WEIGHT = 1.0  # the cue for Straße over its twin (Strafe) before a house number
# What no German word or name contains, but OCR makes of ä/ö/ü/ß: a digit or sign after a letter,
# é inside a word, a capital between lower-case letters (Janf3en, Bu&mann, Fécking, BuSmann,
# HUusken; not GeschO, GmbH), ii between letters (Hiisken: the channel's commonest reading of ü;
# of the lexicon's words only prämiiert and antiinflationär hold it, and they are listed).
_NO_NAME = re.compile(r"(?<=[^\W\d_])[\d&§@$®]|^\d|é(?=\w)|(?<=[a-zäöüß])[A-ZÄÖÜ](?=[a-zäöüß]{2})"
                      r"|(?<=[^\W\d_])ii(?=[^\W\d_])")
MISREAD_NAME_CONFIDENCE = 0.6
CONFIRMED_NAME_CONFIDENCE = 0.8  # the reading is also one of another, differently misread word
# What a reading of a misread word must not contain either: the rest of a glyph OCR split in two
# (Foérder → Foörder for Förder, BuUrger → Buürger, Strafßen, Söönke).
_REMNANT = re.compile("[aouäöü][äöü]|[äöü][aou]|[fgß]ß")
ACRONYM_MIN_ZIPF = 3.0  # an all-caps word gets diacritics only for a common word (ÖPNV, ÜBER)
_DIACRITIC = re.compile("[äöüßÄÖÜ]")
_CAPITAL_UMLAUT = re.compile("[ÄÖÜ]")


@dataclass
class _DocContext:
    """Evidence gathered from the whole document before any decision."""

    forms: set[str]  # lower-cased words seen with their diacritics: "für", "grünen"
    acronyms: dict[str, str]  # all-caps pieces by fold, diacritic spelling preferred: "KI", "ÖPNV"
    damage: float  # 0 = no sign of OCR damage, 1 = every special character lost
    tokens: list[str]  # every whitespace token of the document, in reading order
    spelled: dict[str, str]  # fold → a spelling with diacritics seen in the document (names too)
    # Pages that show OCR damage: at least one word known only through a likely misreading (fur,
    # Ma&nahmen, fiir) for every DAMAGE_RATIO words whose diacritics are intact. Only they are
    # edited: elsewhere (born-digital, a sound text layer) a word that could also carry a
    # diacritic is a name or a word as printed (Große-Böckmann, Ride, Sibel, wurde). In 2,731 real
    # born-digital council texts at most 0.29 such words come per intact one; real English-model
    # OCR has no intact ones.
    damaged_pages: set[int]
    # word → (spelling, reason) found by `_from_document`, or None: a word recurs in a document
    printed: dict[str, tuple[str, str] | None] = field(default_factory=dict)
    # (word, token) of the words with no reading and what no word contains (Go8ling, KiBiz)
    unread: list[tuple[str, int]] = field(default_factory=list)
    # fold → (spelling, words) of the readings of the document's misread-looking words, and the
    # abbreviations among them, gathered at the first such word (`_misread_names`)
    misread: tuple[dict[str, tuple[str, frozenset[str]]], frozenset[str]] | None = None


def repair_text(
    text: str, options: Options | None = None, *, raw_confidence: bool = False
) -> tuple[str, list[Repair], list[Repair]]:
    """Repair plain text (pages separated by form feeds) keeping its line layout.

    `raw_confidence` gives the scores before calibration (to fit the calibration with).

    Returns:
        (repaired text, applied repairs, suggestions below the threshold)
    """
    pages = [page.split("\n") for page in text.split("\f")]
    with _no_cyclic_gc():
        repaired, applied, suggested = _repair_pages(pages, options, calibrate=not raw_confidence)
    return "\f".join("\n".join(lines) for lines in repaired), applied, suggested


def repair_document(doc: IngestedDoc, options: Options | None = None) -> RepairedDoc:
    """Return the document's pages repaired line for line, with every edit recorded.

    Needs: `IngestedDoc` pages with lines. Produces: `RepairedDoc` with the same line layout.
    """
    src_pages = doc.pages
    lines = [[line.text for line in page.lines] for page in src_pages]
    ocr_pages = {p.number for p in src_pages if p.method is PageMethod.OCR}
    with _no_cyclic_gc():
        repaired, applied, suggested = _repair_pages(lines, options, [p.number for p in src_pages], ocr_pages)
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
    return "".join(row + "\n" for row in out)  # one edit per line, ready to print


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a text is repaired, then restore it.

    The repair allocates many short-lived containers (slots, readings, candidates) that reference
    counting frees, and forms no cycles of its own; the collections they would trigger scan every
    tracked object of the process (the word caches too) for nothing: about 8 % of first-sight CPU.
    """
    if not gc.isenabled():  # paused by the caller (or a nested repair): leave it so
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _repair_pages(
    pages: list[list[str]], options: Options | None, numbers: list[int] | None = None,
    ocr_pages: set[int] = frozenset(), calibrate: bool = True,
) -> tuple[list[list[str]], list[Repair], list[Repair]]:
    """Find the pieces, gather document evidence, decide each piece, then apply per line."""
    options = options or _default_options()
    numbers = numbers or list(range(1, len(pages) + 1))
    if not options.repair:
        return [list(lines) for lines in pages], [], []
    lex = load_lexicon()
    slots, edits, tokens = scan(pages, numbers, ocr_pages)
    ctx = _context(lex, slots, tokens)
    damaged = ctx.damaged_pages | {edit.page for edit in edits}  # a misread sign: Bürger®innen
    joined = hyphen_pairs(slots, tokens)
    done: set[int] = set()
    for i, slot in enumerate(slots):
        if i in done:
            continue
        if slot.page not in damaged and not (slot.page in ocr_pages and _ACRONYM_L.match(slot.text)):
            # text as printed: only Unicode normalisation, and an acronym read with l for I where
            # the document spells it with I. (On a page OCR read, Kl and Il are judged as ever:
            # German models read KI as Kl too, 13 of 32 in data/real_ocr deu-scan.)
            edit = _nfc_edit(slot, unicodedata.normalize("NFC", slot.text)) or _printed_acronym(slot, ctx)
        elif i in joined:  # "Beschaf-" + "tigung" on the next line are judged as one word
            done.add(joined[i])
            edits.extend(_decide_split(lex, slot, slots[joined[i]], ctx))
            continue
        else:
            edit = _decide(lex, slot, ctx)
        if edit:
            edits.append(edit)
    if calibrate:  # (every edit here was made by this call: set in place, a copy costs more than the rest)
        for e in edits:
            if e.reason != NFC_REASON:
                e.confidence = calibrated(e.confidence)
    applied = [e for e in edits if e.confidence >= options.repair_threshold]
    suggested = [e for e in edits if e.confidence < options.repair_threshold]
    return _apply(pages, numbers, applied), applied, suggested


@lru_cache(maxsize=1)
def calibration_points() -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The (raw score, share of right edits) points of the calibration table, raw ascending."""
    rows = [line.split("\t") for line in CALIBRATION.read_text(encoding="utf-8").splitlines()[1:] if line]
    return tuple(float(raw) for raw, _ in rows), tuple(float(share) for _, share in rows)


def calibrated(raw: float) -> float:
    """The probability that an edit with this raw score is right: linear between the table's points."""
    xs, ys = calibration_points()
    at = bisect.bisect_left(xs, raw)
    if at == 0 or at == len(xs):
        return ys[0] if at == 0 else ys[-1]
    x0, x1, y0, y1 = xs[at - 1], xs[at], ys[at - 1], ys[at]
    return round(y0 + (y1 - y0) * (raw - x0) / (x1 - x0), 3)


@lru_cache(maxsize=1)
def _default_options() -> Options:
    """Options from the environment, read once: building BaseSettings costs about 1 ms."""
    return Options()


def _decide_split(lex: Lexicon, a: Slot, b: Slot, ctx: _DocContext) -> list[Repair]:
    """Repair a word hyphenated across lines as a whole, then cut the edit back at the break."""
    whole = Slot(a.page, a.line, a.start, a.end, a.text + b.text, a.position, b.suffix, a.tok)
    info = analyse_piece(lex, unicodedata.normalize("NFC", whole.text))
    if not (info.listed or info.parts or info.candidates):  # no word: judge the parts alone
        return [e for e in (_decide(lex, a, ctx), _decide(lex, b, ctx)) if e is not None]
    edit = _decide(lex, whole, ctx)
    if edit is None:
        return []
    new = edit.replacement
    cut = min(range(len(new) + 1), key=lambda k: Levenshtein.distance(new[:k], a.text)
              + Levenshtein.distance(new[k:], b.text))
    out = []
    for slot, text in ((a, new[:cut]), (b, new[cut:])):
        if text != slot.text and text:
            out.append(_edit(slot, text, edit.reason + " (hyphenated)", edit.confidence))
    return out


def _context(lex: Lexicon, slots: list[Slot], tokens: list[str]) -> _DocContext:
    """Document evidence: correct spellings present, acronyms used, and how damaged it looks."""
    forms: set[str] = set()
    acronyms: dict[str, str] = {}  # fold → spelling in the document: "opnv" → "ÖPNV"
    spelled: dict[str, str] = {}  # fold → spelling with diacritics in the document
    bad = 0
    intact: Counter[int] = Counter()  # per page: words with their diacritics
    lost: Counter[int] = Counter()  # per page: words listed only with one put back
    unread: list[tuple[str, int]] = []
    for slot in slots:
        word = slot.text if slot.text.isascii() else unicodedata.normalize("NFC", slot.text)
        if len(word) >= 2 and word.isupper():
            key = fold(word)
            if _CAPITAL_UMLAUT.search(word) or key not in acronyms:
                acronyms[key] = word
            continue
        if len(word) <= 2:
            continue
        info = analyse_piece(lex, word + slot.suffix)  # Arzt*innen as Arztinnen
        if not word.isascii() and _DIACRITIC.search(word):
            # names too: an English OCR model cannot invent an umlaut, so "Bußmann" is evidence
            spelled.setdefault(fold(word), word)
            forms.add(word.lower())
            intact[slot.page] += info.listed
        elif not info.listed and any(map(_likely_misreading, info.candidates)):
            lost[slot.page] += 1
            # a common word with its diacritic lost ("fur", "Massnahmen"); rare readings may be names
            bad += not info.parts and any(_common_word(c) for c in info.candidates)
        elif not (info.listed or info.parts or info.candidates) and _NO_NAME.search(word):
            unread.append((word, slot.tok))
    good = sum(intact.values())
    damage = (bad + 0.5) / (good + bad + 1.0)
    log.debug("repair context: %d good, %d damaged diacritic words, damage=%.2f", good, bad, damage)
    damaged_pages = {page for page, n in lost.items() if n >= intact[page] / DAMAGE_RATIO}
    return _DocContext(forms, acronyms, damage, tokens, spelled, damaged_pages, unread=unread)


def _decide(lex: Lexicon, slot: Slot, ctx: _DocContext) -> Repair | None:
    """Choose the best reading of one piece; None when the piece should stay as it is."""
    word = slot.text if slot.text.isascii() else unicodedata.normalize("NFC", slot.text)
    if len(word) < 2:
        return None
    if word.isupper() or ("l" in word and _ACRONYM_L.match(word)):
        return _acronym(lex, slot, word, ctx)
    if slot.suffix:
        return _decide_gendered(lex, slot, word, ctx)
    if len(word) <= 2:  # "12 ha", "Ha-17": no two-letter word has lost a diacritic worth restoring
        return _nfc_edit(slot, word)
    info = analyse_piece(lex, word)
    if "ß" in word and not info.listed and lex.case_flags(word.replace("ß", "ss")):
        return _nfc_edit(slot, word)  # the old spelling (daß, Fluß, "an der Riß") is a word as written
    if not info.listed and (printed := _from_document(slot, word, info.folds, ctx)):
        return printed  # a name printed correctly elsewhere: Ebbers-Mollenbeck → Ebbers-Möllenbeck
    if not info.candidates:  # most words: nothing it could have been instead
        if not (info.listed or info.parts):
            return _misread_name(lex, slot, word, ctx) or _nfc_edit(slot, word)
        return _nfc_edit(slot, word)
    if all(c.parts > 1 for c in info.candidates) and _street_name(ctx, slot):
        return None  # "Waldenburger Straße": no compound guesses in addresses
    known = info.listed or info.parts > 0
    score = info.zipf if known else UNKNOWN_SCORE
    misplaced = _case_penalty(word, info.flags, slot.position) if not _noun_slot(ctx, slot) else 0.0
    score -= misplaced
    # a common word (wurde, Große, Forderung) is replaced by its twin (würde, Größe, Förderung)
    # only where its sentence says so: a context cue or a capitalisation it cannot have
    needs_cue = known and info.zipf >= REAL_WORD_ZIPF and not misplaced
    # a known word is replaced only if the other reading is likelier even after weighing how
    # often this document loses diacritics at all (Bayes: P(lost) = ctx.damage)
    needed = MARGIN_KNOWN - math.log10(ctx.damage) if known else 0.0
    if (not known and _name_like(word, info.candidates)) or _in_street_name(ctx, slot):
        needed = -NAME_DAMAGE_WEIGHT * math.log10(ctx.damage)  # names: as printed unless the text is damaged
    deltas: dict[str, tuple[float, Candidate]] = {}
    for cand in info.candidates:
        delta = _candidate_score(cand, slot.position, ctx, known) - score - needed
        if known:
            bonus, cue = context_bonus(lex, word, info.flags, cand.text, cand.flags, ctx.tokens, slot.tok)
            if not cue and _before_house_number(ctx, slot, cand.text):
                bonus, cue = ADDRESS_WEIGHT, "house number follows"
            if cue:
                delta += bonus
                cand = cand._replace(rules=(*cand.rules, cue))
            elif needs_cue:
                delta = min(delta, UNDECIDED)
        if info.parts and cand.parts == 1:
            # a word listed whole beats an ad-hoc split of the original: Großen|ordnung
            delta += needed + WHOLE_WORD_BONUS
        elif cand.parts < info.parts:  # a simpler split: Ausgleichs|rücklage, not ...|ruck|lage
            delta += needed
        if cand.text not in deltas or delta > deltas[cand.text][0]:
            deltas[cand.text] = (delta, cand)
    ranked = sorted(deltas.values(), key=lambda dc: dc[0], reverse=True)
    if log.isEnabledFor(logging.DEBUG):  # the list costs more than the decision
        log.debug("%s (score %.2f, needed %.2f): %s", word, score, needed,
                  [(c.text, round(d, 2), c.rules) for d, c in ranked])
    if not ranked or ranked[0][0] <= -1.0:
        return _nfc_edit(slot, word)
    delta, best = ranked[0]
    if len(ranked) > 1:  # two readings nearly as good: less sure of either
        delta = min(delta, ranked[0][0] - ranked[1][0] + 0.5)
    confidence = round(0.5 + 0.49 * math.tanh(delta), 3)
    return _edit(slot, best.text, "+".join(best.rules) or "lexicon", confidence)


def _likely_misreading(cand: Candidate) -> bool:
    """A word read through a common misreading (a lost diacritic, ii for ü, & for ß …), not an
    English word or a name that a rare one would turn into some word (Ride → Rüde, Sibel → Säbel)."""
    return cand.parts <= 1 and cand.cost <= LIKELY_MISREADING_COST and cand.zipf >= LIKELY_MISREADING_ZIPF


def _common_word(cand: Candidate) -> bool:
    """A reading that is a frequent word by itself, not a compound made up for the occasion
    (Sänger|hausen, Höllen|bach are how names split, not evidence of damage)."""
    return cand.parts <= 1 and cand.zipf >= COMMON_ZIPF


def _name_like(word: str, candidates: list[Candidate]) -> bool:
    """Capitalised with no common word among its readings: a name as printed."""
    return word[:1].isupper() and word[1:].islower() and not any(map(_common_word, candidates))


def _from_document(slot: Slot, word: str, folds: tuple[str, ...], ctx: _DocContext) -> Repair | None:
    """An unknown word (often a name) spelled with diacritics elsewhere: Bufmann → Bußmann.
    `folds` are those of its readings (`PieceInfo.folds`)."""
    if not ctx.spelled:  # English-model OCR keeps no diacritic at all: nothing to look up
        return None
    if word not in ctx.printed:
        ctx.printed[word] = next((
            (found, "+".join((*variants(word)[i][1], "spelled so in document")))
            for i, key in enumerate(folds)
            if (found := ctx.spelled.get(key)) and found != word
            and found[:1].isupper() == word[:1].isupper()), None)
    printed = ctx.printed[word]
    return _edit(slot, printed[0], printed[1], DOCUMENT_CONFIDENCE) if printed else None


def _in_street_name(ctx: _DocContext, slot: Slot) -> bool:
    """A name inside a hyphenated street name: the "Lange" of "Prof.-Max-Lange-Platz"."""
    token = ctx.tokens[slot.tok] if 0 <= slot.tok < len(ctx.tokens) else ""
    return slot.position == INNER and re.search(rf"-{_STREET.pattern}", token) is not None


def _before_house_number(ctx: _DocContext, slot: Slot, text: str) -> bool:
    """A reading that is a street name ends its token before a house number: "Burloer Strafe 93",
    "Bismarckstrafe 12" (Straße read with f for ß: Strafe is a word too, but not before 93)."""
    nxt = slot.tok + 1
    return (text.endswith(("straße", "Straße")) and nxt < len(ctx.tokens)
            and bool(_HOUSE_NUMBER.match(ctx.tokens[nxt])) and ctx.tokens[slot.tok].endswith(slot.text))


def _street_name(ctx: _DocContext, slot: Slot) -> bool:
    nxt = slot.tok + 1
    return nxt < len(ctx.tokens) and slot.text[:1].isupper() and bool(_STREET.match(ctx.tokens[nxt]))


def _misread_name(lex: Lexicon, slot: Slot, word: str, ctx: _DocContext) -> Repair | None:
    """An unknown word (a name) with what no name contains takes an OCR reading that leaves none:
    Fécking → Föcking, Bu&mann → Bußmann, HUusken → Hüsken. A reading another word of the document
    is misread to as well comes first (Go8ling and G6Rling: Gößling), then a German word
    (Wasserbehdérde: Wasserbehörde), then the likeliest. An abbreviation the document spells out,
    "Kinderbildungsgesetz (KiBiz)", stays."""
    if not _NO_NAME.search(word):
        return None
    readings = _name_readings(word)
    if not readings:
        return None
    names, abbreviations = _misread_names(ctx)
    if word in abbreviations:
        return None
    for _fixed, rules, _cost, key in readings:
        spelling, words = names.get(key, ("", frozenset()))
        if words - {word}:
            return _edit(slot, spelling, "+".join(rules) + " in an unknown word, read so elsewhere",
                         CONFIRMED_NAME_CONFIDENCE)
    fixed, rules, _cost, _key = next((r for r in readings if lex.is_known_word(r[0])), readings[0])
    return _edit(slot, fixed, "+".join(rules) + " in an unknown word", MISREAD_NAME_CONFIDENCE)


@lru_cache(maxsize=10_000)
def _name_readings(word: str) -> list[tuple[str, tuple[str, ...], float, str]]:
    """The OCR readings of a misread-looking word that leave nothing misread, likeliest first."""
    remnant = _REMNANT.search(word)
    readings = [v for v in variants(word) if v[1] and not _NO_NAME.search(v[0])
                and (remnant or not _REMNANT.search(v[0]))]
    return sorted(readings, key=lambda v: v[2])


def _misread_names(ctx: _DocContext) -> tuple[dict[str, tuple[str, frozenset[str]]], frozenset[str]]:
    """fold → (the reading with the most diacritics, the words read so) over the document's words
    with no reading and what no word contains (the several misreadings of one name agree on what
    it was), and the abbreviations among those words that the document spells out."""
    if ctx.misread is None:
        found: dict[str, tuple[str, frozenset[str]]] = {}
        abbreviations = set()
        tokens = ctx.tokens
        for word, tok in ctx.unread:
            if (0 < tok < len(tokens) and tokens[tok].rstrip(",.;:") == f"({word})"
                    and _abbreviates(word, tokens[tok - 1])):
                abbreviations.add(word)
                continue
            for fixed, _rules, _cost, key in _name_readings(word):
                spelling, words = found.get(key, (fixed, frozenset()))
                if diacritic_count(fixed) > diacritic_count(spelling):
                    spelling = fixed
                found[key] = (spelling, words | {word})
        ctx.misread = found, frozenset(abbreviations)
    return ctx.misread


def _abbreviates(short: str, long: str) -> bool:
    """Whether `short` takes its letters in order from `long`, first with first: KiBiz, Kinderbildungsgesetz."""
    long, at = long.lower(), 0
    if long[:1] != short[:1].lower():
        return False
    for letter in short.lower():
        at = long.find(letter, at) + 1
        if not at:
            return False
    return len(long) > len(short)


def _printed_acronym(slot: Slot, ctx: _DocContext) -> Repair | None:
    """Kl → KI where the document itself prints KI."""
    fixed = slot.text.replace("l", "I")
    if _ACRONYM_L.match(slot.text) and fixed in ctx.acronyms.values():
        return _edit(slot, fixed, PRINTED_ACRONYM_REASON, 0.9)
    return None


def _acronym(lex: Lexicon, slot: Slot, word: str, ctx: _DocContext) -> Repair | None:
    """Acronyms change only to a spelling the document itself uses: Kl → KI, OPNV → ÖPNV."""
    if printed := _printed_acronym(slot, ctx):
        return printed
    fixed = word.replace("l", "I") if "l" in word else ctx.acronyms.get(fold(word), word)
    if fixed != word and fixed in ctx.acronyms.values():
        return _edit(slot, fixed, PRINTED_ACRONYM_REASON, 0.9)
    if "l" in word and not lex.is_listed(word) and word + "." not in ctx.tokens[slot.tok]:
        # no word, no abbreviation (Kl. = Klasse): a serif-less I, but with less evidence
        return _edit(slot, fixed, "acronym l→I", 0.6)
    if len(word) >= 3 and "l" not in word and not lex.is_listed(word):
        # a heading or acronym with lost diacritics the lexicon knows: OPNV → ÖPNV, UBER → ÜBER
        forms = lex.folded(fold(word))
        best = max(forms, key=lex.zipf, default="")
        if best and lex.zipf(best) >= ACRONYM_MIN_ZIPF:
            return _edit(slot, best.upper(), "diacritic (upper case)", 0.8)
    return _nfc_edit(slot, word)


def _decide_gendered(lex: Lexicon, slot: Slot, word: str, ctx: _DocContext) -> Repair | None:
    """Judge a stem with its gender ending (Arzt*innen as Arztinnen) and edit only the stem."""
    whole = Slot(slot.page, slot.line, slot.start, slot.end, word + slot.suffix, slot.position, "", slot.tok)
    edit = _decide(lex, whole, ctx)
    if edit is None or not edit.replacement.endswith(slot.suffix):
        # the stem alone, when the gendered form is not listed: Notfallsanitater*innen
        stem = Slot(slot.page, slot.line, slot.start, slot.end, word, slot.position, "", slot.tok)
        return _decide(lex, stem, ctx)
    stem = edit.replacement[: len(edit.replacement) - len(slot.suffix)]
    if stem == slot.text:
        return None
    return edit.model_copy(update={"original": slot.text, "replacement": stem})


def _candidate_score(cand: Candidate, position: Position, ctx: _DocContext, known: bool) -> float:
    # against a known word, a lost diacritic is priced by the document's damage (see _decide),
    # so only the other confusions cost here
    cost = cand.cost - FOLD_COST * cand.restored if known else cand.cost
    s = cand.zipf - cost - _case_penalty(cand.text, cand.flags, position)
    if cand.text.lower() in ctx.forms:
        s += DOC_BONUS
    return s


def _noun_slot(ctx: _DocContext, slot: Slot) -> bool:
    """After a title a capitalised word is a name ("Frau Große"), after an article it may be a
    verb or adjective used as a noun ("das Auslaufen", "im Großen"): capitals are no error there."""
    before = ctx.tokens[slot.tok - 1] if slot.tok > 0 and slot.position != INNER else ""
    return before.lower() in NOUN_OPENERS


def _case_penalty(word: str, flags: int, position: Position) -> float:
    """Penalise readings whose capitalisation German grammar does not allow where they stand."""
    if not flags:
        return 0.0
    if word[:1].isupper() and position != INITIAL and (flags == LOWER or word.lower() in function_words()):
        # "in Hohe von", "Kita-Platzen": hohe, platzen are no nouns; nor is a function word
        # ("Uber das Programm": über), though a word list may hold a rare noun of its spelling
        return CASE_PENALTY
    if word[:1].islower() and flags == CAPITAL:
        return CASE_PENALTY  # "die höhe": Höhe is only a noun
    return 0.0


def _nfc_edit(slot: Slot, word: str) -> Repair | None:
    return _edit(slot, word, NFC_REASON, 1.0) if word != slot.text else None


def _edit(slot: Slot, replacement: str, reason: str, confidence: float) -> Repair:
    return Repair(page=slot.page, line=slot.line, start=slot.start, end=slot.end,
                  original=slot.text, replacement=replacement, reason=reason, confidence=confidence)


def _apply(pages: list[list[str]], numbers: list[int], edits: list[Repair]) -> list[list[str]]:
    """Apply non-overlapping edits right to left so earlier offsets stay valid."""
    by_line: dict[tuple[int, int], list[Repair]] = {}
    for e in edits:
        by_line.setdefault((e.page, e.line), []).append(e)
    out = [list(lines) for lines in pages]
    at = {number: i for i, number in enumerate(numbers)}
    for (number, index), line_edits in by_line.items():  # only the lines with edits
        new = out[at[number]]
        for e in sorted(line_edits, key=lambda r: r.start, reverse=True):
            new[index] = new[index][: e.start] + e.replacement + new[index][e.end :]
    return out
