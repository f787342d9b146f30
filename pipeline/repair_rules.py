"""OCR-confusion tables and candidate generation for the repair stage (no document context here)."""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from pipeline.lexicon import CAPITAL, LOWER, Compound, Lexicon, fold, part_score
from pipeline.ocr_channel import ENGLISH_PROFILE, OTHER, load_channel
from pipeline.ocr_channel import Reading as ChannelReading  # (this module's Reading is a reading of a piece)


@dataclass(frozen=True)
class Confusion:
    """One way an English OCR model misreads a German character."""

    name: str
    read: str  # what the OCR wrote
    meant: str  # what the page said
    cost: float  # in zipf units (log10 odds): how much rarer than a plain reading
    # the reading holds what no German word does (é, 6, &): undoing it never turns a correct
    # word into another, so no cost budget applies
    no_word: bool = False
    # made from the above once, as plain attributes: read for every reading of every unseen word
    spent: float = field(init=False, compare=False)  # of a word's cost budget: nothing for a reading no word holds
    folded: str = field(init=False, compare=False)  # fold(meant)
    rules: tuple[str, ...] = field(init=False, compare=False)  # (name,): a reading's rules when undoing it alone

    def __post_init__(self) -> None:
        object.__setattr__(self, "spent", 0.0 if self.no_word else self.cost)
        object.__setattr__(self, "folded", fold(self.meant))
        object.__setattr__(self, "rules", (self.name,))


# What an English OCR model makes of the German letters, learned from real tesseract output
# (pipeline/ocr_channel.tsv, `make channel`): every reading the diacritic fold cannot undo
# (ü → ii / ti / U, ö → é / 6 / d, ß → f / & / B / fg …), priced by how much rarer it is than the
# letter's commonest misreading. Readings seen fewer than MIN_CONFUSION_COUNT times, or this much
# rarer than the commonest (MAX_CONFUSION_COST), are left out: they would rarely win and each one
# multiplies the readings tried per word. 3.1 admits the pair the copier's closing needs (Grifien:
# i→ü 1.07 + fi→ß 2.01) and the single readings da→ä, Uu→ü, iu→ü, tt→ü, a→ü (Lehrkrdafte, mUussen,
# Sperrmiull, ttber, far) for ~3 % of first-sight speed; 2.6 left them all out.
_IN_NO_WORD = re.compile(r"[^a-zA-ZäöüßÄÖÜ]")
MIN_CONFUSION_COUNT = 3
MAX_CONFUSION_COST = 3.1
KNOWN_WORD_COST = 1.5  # a listed word is replaced only through a likely misreading
# Restoring a dropped diacritic (Uberlegungen → Überlegungen, heisst → heißt) is cheap: it is
# the most common misreading of all.
FOLD_COST = 0.3


def _letter_readings() -> Iterator[tuple[str, tuple[ChannelReading, ...], float]]:
    """Each German letter in the channel, its readings, and the probability of its commonest
    misreading (what every other reading of it is priced against)."""
    for meant, readings in load_channel(ENGLISH_PROFILE).items():
        if len(meant) == 1 and meant in "äöüßÄÖÜ":
            yield meant, readings, max(r.probability for r in readings if r.read not in (meant, OTHER, ""))


def _channel_confusions() -> tuple[tuple[Confusion, ...], tuple[Confusion, ...]]:
    """The channel's misreadings of each German letter the fold cannot undo, cheapest first, and
    the letters it saw OCR drop entirely (Gruß → Gru, über → ber) as confusions of ""."""
    found, losses = [], []
    for meant, readings, commonest in _letter_readings():
        plain = fold(meant) if meant.islower() else fold(meant).upper()  # the fold's own reading: ü → u
        for r in readings:
            if r.read in (meant, OTHER, plain) or r.count < MIN_CONFUSION_COUNT:
                continue
            cost = round(FOLD_COST + math.log10(commonest / r.probability), 2)
            if not r.read:
                losses.append(Confusion(f"lost {meant}", "", meant, cost))
                continue
            confusion = Confusion(f"{r.read}→{meant}", r.read, meant, cost, bool(_IN_NO_WORD.search(r.read)))
            if cost <= MAX_CONFUSION_COST or confusion.no_word:
                found.append(confusion)
    return tuple(sorted(found, key=lambda c: (c.cost, c.name))), tuple(losses)


# A sign no word holds (a digit, &, §, @, ®, $ …) where OCR read a German letter stands for the
# glyph it could not read, and which sign it writes varies with the rendering: ß as f&, f$, f§,
# f8, ö as 6. The channel lists the signs it saw often enough; one it never saw (f3, f§ for ß in
# other renderings) is read through its class: the listed readings with every sign as SIGN
# ("f&", "f$" → "f#"), priced by the class's probability spread over its members and one unseen.
# A class needs a letter or a second sign beside the sign (f#, ##, B#): "any sign" alone is too
# loose a reading (Seite 1von2), and a run of digits is a number.
SIGN = "#"


def _is_sign(ch: str) -> bool:
    return not ch.isalpha() and not ch.isspace()


def sign_shape(text: str) -> str:
    """The text with every sign as SIGN: "heif3t" → "heif#t"."""
    return "".join(SIGN if _is_sign(ch) else ch for ch in text)


def _sign_confusions() -> tuple[Confusion, ...]:
    """The channel's readings of each German letter that hold a sign, pooled by their shape."""
    found = []
    for meant, readings, commonest in _letter_readings():
        classes: dict[str, list[float]] = {}
        for r in readings:
            if r.read not in (meant, OTHER, "") and r.count >= MIN_CONFUSION_COUNT - 1 and any(map(_is_sign, r.read)):
                classes.setdefault(sign_shape(r.read), []).append(r.probability)
        for shape, probabilities in classes.items():
            if shape == SIGN:  # any one sign for the letter: too loose (Seite 1von2); the channel lists its own
                continue
            cost = FOLD_COST + math.log10(commonest / sum(probabilities)) + math.log10(len(probabilities) + 1)
            found.append(Confusion(f"{shape}→{meant}", shape, meant, round(cost, 2), True))
    return tuple(sorted(found, key=lambda c: (c.cost, c.name)))


CONFUSIONS, LOSSES = _channel_confusions()
SIGN_CONFUSIONS = _sign_confusions()
MAX_CONFUSIONS = 2  # Griige → Grüße needs two
MAX_COMPOUND_VARIANTS = 6
GOOD_COMPOUND = 2.0
GOOD_DIRECT = 3.0  # a listed reading this good makes the (slow) compound search unnecessary
MIN_COMPOUND_ZIPF = 2.0  # a restored compound part must be at least this common
SHORT_RESTORED_ZIPF = 4.0  # ... and a 3-letter one very common: Süd|kreis
_UMLAUTS = frozenset("äöüßÄÖÜ")
_UMLAUT_RE = re.compile("[äöüßÄÖÜ]")


class Candidate(NamedTuple):  # (a tuple: made by the thousand for unseen words, and cheaper so)
    """A possible reading of a word piece, with its spelling as listed and how it was reached."""

    text: str  # in the piece's capitalisation
    zipf: float
    cost: float
    flags: int  # LOWER / CAPITAL of the listed word
    rules: tuple[str, ...]
    parts: int = 1  # > 1 for a compound assembled from listed parts
    restored: int = 0  # diacritics restored (each priced FOLD_COST)


class PieceInfo(NamedTuple):
    """What the lexicon says about one word piece, independent of its context."""

    listed: bool  # in the word list as written (any capitalisation)
    parts: int  # compound parts when not listed but splittable, else 0
    zipf: float
    flags: int
    candidates: tuple[Candidate, ...]  # best first by zipf - cost
    # an unlisted piece's reading folds (`variants`), in order: what spellings found elsewhere in a
    # document are looked up by (one tuple: kept here, not the readings themselves; see `variants`)
    folds: tuple[str, ...] = ()


# A confusion as `variants` looks for it: (its place in CONFUSIONS, the confusion).
Sought = tuple[int, Confusion]


def _may_stand(c: Confusion) -> tuple[bool, bool]:
    """Whether a misreading may start a word, and stand after its start. A capital umlaut misread
    (Ü as U…) only starts a word and ß never does (B is its commonest reading: Bismarck is no
    ßismarck); the rest may stand anywhere, and only a listed word is ever taken, so "Rat" or
    "BUND" stay."""
    return c.meant != "ß", not c.meant.isupper()


def _reads(budget: float) -> dict[str, tuple[tuple[str, tuple[Sought, ...], tuple[Sought, ...]], ...]]:
    """The confusions a budget allows, grouped by what OCR wrote (one search per string) under
    its first letter (a word holds few of them): for each string, those that may start a word and
    those that may stand after its start, each in the order of CONFUSIONS (several at one span
    keep that order)."""
    groups: dict[str, tuple[list[Sought], list[Sought]]] = {}
    for order, c in enumerate(CONFUSIONS):
        if c.spent <= budget:
            at_start, inside = groups.setdefault(c.read, ([], []))
            starts_word, inside_word = _may_stand(c)
            if starts_word:
                at_start.append((order, c))
            if inside_word:
                inside.append((order, c))
    by_first: dict[str, list[tuple[str, tuple[Sought, ...], tuple[Sought, ...]]]] = {}
    for read, (at_start, inside) in groups.items():
        by_first.setdefault(read[0], []).append((read, tuple(at_start), tuple(inside)))
    return {first: tuple(reads) for first, reads in by_first.items()}


_READS = {budget: _reads(budget) for budget in (MAX_CONFUSION_COST, KNOWN_WORD_COST)}
_FIRSTS = {budget: frozenset(reads) for budget, reads in _READS.items()}  # the letters reads start with


# A reading of a piece: (text, names of the confusions undone, their cost, fold(text)). The fold is
# what the word tables are keyed by; each reading's is made with it, from the piece's.
Reading = tuple[str, tuple[str, ...], float, str]
_cost_of, _fold_of = itemgetter(2), itemgetter(3)  # (of a reading)
_LISTED = frozenset((c.read, c.meant) for c in CONFUSIONS)  # what the sign classes leave to CONFUSIONS


def _hits(piece: str, budget: float) -> list[tuple[int, int, int, Confusion]]:
    """The spans of the piece a confusion within the budget may have misread, ordered by place."""
    hits: list[tuple[int, int, int, Confusion]] = []  # (start, end, place in CONFUSIONS, confusion)
    reads = _READS[budget]
    for first in _FIRSTS[budget].intersection(piece):
        for read, at_start, inside in reads[first]:
            at = piece.find(read)
            while at >= 0:  # left to right, not overlapping itself ("iii": one ii), as re.finditer
                end = at + len(read)
                for order, c in inside if at else at_start:
                    hits.append((at, end, order, c))
                at = piece.find(read, end)
    if not piece.isalpha():  # a sign the channel never saw there: read through its class
        hits += _sign_hits(piece, budget)
    hits.sort()
    if len(hits) > 12:  # long junk: keep the search bounded, the cheapest readings first
        hits = sorted(sorted(hits, key=lambda h: (h[3].spent, h[3].cost, *h[:3]))[:12])  # (é, 6, &: always tried)
    return hits


# Only the last few pieces' readings are kept: the steps of one piece's analysis ask for them one
# after another, and the analysis itself is kept (`analyse_piece`, with the readings' folds).
# Kept for every piece, the thousands of tuples of the words read first are walked by the next
# collection of the cyclic garbage collector, which costs more than making the few needed again
# (callgrind, first-sight pass of bench/bench_repair.py: 6 % of the instructions on seed 000).
@lru_cache(maxsize=16)
def variants(piece: str, most: int = MAX_CONFUSIONS) -> list[Reading]:
    """The piece with up to `most` (at most 2) non-overlapping confusions undone, costing at most
    MAX_CONFUSION_COST together (a listed word: KNOWN_WORD_COST, one confusion)."""
    budget = MAX_CONFUSION_COST if most > 1 else KNOWN_WORD_COST
    hits = _hits(piece, budget)
    low = fold(piece)
    # an ASCII piece folds letter for letter: a reading's fold is the piece's with the same spans
    # replaced (cheaper than folding it); ß folds to two letters, so other pieces fold each reading
    aligned = piece.isascii()
    out: list[Reading] = [(piece, (), 0.0, low)]
    for start, end, _, c in hits:
        text = piece[:start] + c.meant + piece[end:]
        out.append((text, c.rules, c.cost, low[:start] + c.folded + low[end:] if aligned else fold(text)))
    if most < 2 or len(hits) < 2:
        return out
    # pairs, each applied left to right, that spend no more than the budget together (each hit
    # alone does not: a pair is within it when its cost is or one of its readings is no word's)
    spent = [c.spent for _, _, _, c in hits]
    starts = [start for start, _, _, _ in hits]
    cheapest = min(spent)
    for i, (start1, end1, _, first) in enumerate(hits):
        first_spent = spent[i]
        if first_spent + cheapest > budget:
            continue  # no pair starting with this one is likely enough
        # the second is undone in the first's reading, where the places after the first moved
        text1, _, _, low1 = out[i + 1]
        moved, low_moved = start1 + len(first.meant) - end1, start1 + len(first.folded) - end1
        # the hits after this one that do not overlap it ("ii" and "i" at the same place: hits are
        # ordered by start)
        for j in range(bisect_left(starts, end1, i + 1), len(hits)):
            if first_spent + spent[j] > budget:
                continue  # too unlikely
            start2, end2, _, second = hits[j]
            text = text1[:start2 + moved] + second.meant + piece[end2:]
            out.append((text, (first.name, second.name), first.cost + second.cost,
                        low1[:start2 + low_moved] + second.folded + low[end2:] if aligned else fold(text)))
    return out


def _sign_hits(piece: str, budget: float) -> list[tuple[int, int, int, Confusion]]:
    """Spans holding a sign that no listed reading of the letter covers, read through the sign
    classes (each hit as in `variants`, ordered after CONFUSIONS)."""
    shape = sign_shape(piece)
    if SIGN not in shape:
        return []
    hits = []
    for order, c in enumerate(SIGN_CONFUSIONS, len(CONFUSIONS)):
        starts_word, inside_word = _may_stand(c)
        at = shape.find(c.read)
        while at >= 0:
            end = at + len(c.read)
            span = piece[at:end]
            if ((span, c.meant) not in _LISTED and not span.isdigit()  # (Nr12a: a number)
                    and (inside_word if at else starts_word)):
                hits.append((at, end, order, replace(c, name=f"{span}→{c.meant} (as {c.read})")))
            at = shape.find(c.read, at + 1)
    return hits


def match_case(piece: str, form: str) -> str:
    """Give `form` the piece's initial capitalisation: Fur + für → Für."""
    if piece[:1].isupper() and form[:1].islower():
        return form[:1].upper() + form[1:]
    if piece[:1].islower() and form[:1].isupper():
        return form[:1].lower() + form[1:]
    return form


def _inner_caps(word: str) -> int:
    """Upper-case letters after the first (0 for all-caps words, which are compared elsewhere)."""
    rest = word[1:]
    if rest.islower() or not rest or word.isupper():  # the common cases, without a loop
        return 0
    return sum(ch.isupper() for ch in rest)


def diacritic_count(word: str) -> int:
    return 0 if word.isascii() else len(_UMLAUT_RE.findall(word))


def _listed_readings(folds: dict[str, tuple[str, ...]], piece: str) -> Iterator[Reading]:
    """The readings of a piece with one likely confusion undone (KNOWN_WORD_COST) whose fold a
    listed word has, as `variants(piece, 1)` gives them: the others are not spelled out (a listed
    word's readings are looked up, never kept, and few are words)."""
    low = fold(piece)
    if low in folds:
        yield piece, (), 0.0, low
    aligned = piece.isascii()  # (as in `variants`)
    for start, end, _, c in _hits(piece, KNOWN_WORD_COST):
        text = None if aligned else piece[:start] + c.meant + piece[end:]
        key = low[:start] + c.folded + low[end:] if aligned else fold(text)
        if key in folds:
            yield text or piece[:start] + c.meant + piece[end:], c.rules, c.cost, key


def _direct(lex: Lexicon, piece: str, most: int = MAX_CONFUSIONS) -> list[Candidate]:
    """Listed words reachable by undoing confusions and restoring diacritics."""
    found: dict[str, Candidate] = {}
    folds = lex.folds
    # (lru_cache keys on the arguments as given: ask as every other caller does, or the readings
    # of a word are worked out twice; a listed word's, with one confusion, are only looked up)
    if most == MAX_CONFUSIONS:
        readings = variants(piece)
        listed = folds.keys() & map(_fold_of, readings)  # (in one call: most readings are no listed word)
        readings = [r for r in readings if r[3] in listed] if listed else []
    else:
        readings = _listed_readings(folds, piece)
    for variant, rules, cost, key in readings:
        forms = folds[key]
        inner_caps = _inner_caps(variant)
        for form in forms:
            text = match_case(variant, form)  # the variant's case: "Uber" read for "über" is über
            if text == piece or _inner_caps(text) != inner_caps:
                continue  # OCR does not change case: GroBstadte is no Grobstädte
            restored = max(0, diacritic_count(form) - diacritic_count(variant))
            total = cost + FOLD_COST * restored
            rule = rules + (("diacritic",) if restored else ())
            cand = Candidate(text, lex.zipf(form), total, lex.case_flags(form), rule, restored=restored)
            old = found.get(text)
            if old is None or cand.zipf - cand.cost > old.zipf - old.cost:
                found[text] = cand
    return list(found.values())


def _compound(lex: Lexicon, piece: str) -> list[Candidate]:
    """Compounds whose parts are listed once diacritics are restored (Auslanderbehorde)."""
    found: list[Candidate] = []
    # compounds are long: only the cheapest few readings, or the search dominates the run time
    tried = 0
    for variant, rules, cost, _key in sorted(variants(piece), key=_cost_of):  # (a stable sort)
        if _inner_caps(variant):
            continue  # SUdkreis: U is the misreading
        if tried == MAX_COMPOUND_VARIANTS:
            break
        tried += 1
        comp = lex.split_compound(variant, restore=True)
        if comp is None:
            continue
        text = match_case(piece, comp.text)  # (lower case after its first letter, as the reading)
        restored = max(0, diacritic_count(text) - diacritic_count(variant))
        if text.lower() == piece.lower() or not (restored or rules) or not _plausible(lex, comp):
            continue
        found.append(
            Candidate(text, comp.zipf, cost + FOLD_COST * restored, comp.flags,
                      rules + ("diacritic", "compound"), parts=len(comp.parts), restored=restored)
        )
        if comp.zipf - found[-1].cost >= GOOD_COMPOUND:
            break  # costlier readings would have to beat a good one: rarely worth the search
    return found


def _plausible(lex: Lexicon, comp: Compound) -> bool:
    """Restored parts must be common enough words of 4+ letters: "On-Demand" is no dem|änd."""
    return all(
        (len(p) >= 4 or lex.part_zipf(p) >= SHORT_RESTORED_ZIPF) and lex.part_zipf(p) >= MIN_COMPOUND_ZIPF
        for p in comp.parts if any(ch in _UMLAUTS for ch in p)
    )


def _part_swaps(lex: Lexicon, piece: str, comp: Compound) -> list[Candidate]:
    """Restore diacritics in one part of a compound that splits as written (Landes|forderung)."""
    found: list[Candidate] = []
    for i, part in enumerate(comp.parts):
        for form in lex.folded(fold(part)):
            if form.lower() == part or not part.startswith(fold(form)):
                continue
            parts = (*comp.parts[:i], form.lower() + part[len(fold(form)):], *comp.parts[i + 1 :])
            zipf = part_score(lex, parts)
            text = match_case(piece, "".join(parts))
            if fold(text) != fold(piece):
                continue
            flags = lex.case_flags(parts[-1])
            found.append(Candidate(text, round(zipf, 2), FOLD_COST * diacritic_count(form), flags,
                                   ("diacritic", "compound part"), parts=len(parts),
                                   restored=diacritic_count(form)))
    return found


# Inflection endings missing from the word list for many adjectives and participles:
# vergünstigt is listed, vergünstigten is not.
ENDINGS = ("en", "em", "er", "es", "e")


def _inflected(lex: Lexicon, piece: str) -> list[Candidate]:
    """Candidates for an inflected form whose base is listed: vergiinstigten → vergünstigten."""
    for ending in ENDINGS:
        if piece.endswith(ending) and len(piece) > len(ending) + 3:
            base = piece[: -len(ending)]
            return [
                Candidate(c.text + ending, c.zipf - 0.5, c.cost, c.flags, c.rules + ("inflection",),
                          restored=c.restored)
                for c in _direct(lex, base) if c.flags & LOWER
            ]
    return []


def _lost_letters(lex: Lexicon, piece: str) -> list[Candidate]:
    """Listed words an unknown piece becomes with one dropped letter put back, one likely
    misreading undone besides and diacritics restored as anywhere else: Gru → Gruß, Gruen → Grüßen,
    Griie → Grüße (the closing of nearly every letter loses its ß this way). Two misreadings
    besides the loss fix one token more of ~9,900 on the estimation letters for 2.5 % of the time."""
    found: dict[str, Candidate] = {}
    folds = lex.folds
    for variant, rules, cost, key in variants(piece, 1):
        for loss in LOSSES:
            lost = loss.folded
            for at in range(len(key) + 1):
                for form in folds.get(key[:at] + lost + key[at:], ()):
                    text = match_case(variant, form) if at else form  # ber → über, not Über
                    if _inner_caps(text) != _inner_caps(variant):
                        continue
                    restored = max(0, diacritic_count(form) - diacritic_count(variant) - 1)  # besides the lost one
                    cand = Candidate(text, lex.zipf(form), cost + loss.cost + FOLD_COST * restored,
                                     lex.case_flags(form),
                                     rules + (loss.name,) + (("diacritic",) if restored else ()), restored=restored)
                    old = found.get(text)
                    if old is None or cand.zipf - cand.cost > old.zipf - old.cost:
                        found[text] = cand
    return list(found.values())


MIN_LOST_HEAD = 4  # letters of a compound's head read without its lost letter: ...|manahmen


@lru_cache(maxsize=1)
def _words_without_a_letter(lex: Lexicon) -> dict[str, tuple[str, Confusion]]:
    """Each listed word with a letter OCR often drops (ß), keyed by its fold without that letter
    ("manahmen" → Maßnahmen), to look up a compound's head that lost it. A rare loss (ü) is too
    loose a reading for a compound made up for the occasion: names split so (Jan|fgen)."""
    likely = [loss for loss in LOSSES if loss.cost <= KNOWN_WORD_COST]
    found: dict[str, tuple[str, Confusion]] = {}
    for forms in lex.folds.values():
        for form in forms:
            for loss in likely:
                at = form.find(loss.meant)
                if at >= 0:
                    found.setdefault(fold(form[:at] + form[at + 1 :]), (form, loss))
    return found


def _lost_in_head(lex: Lexicon, piece: str) -> list[Candidate]:
    """A compound whose head lost a letter, as `_lost_letters` reads whole words: Vorsorgemanahmen
    → Vorsorge|maßnahmen (the modifier as printed, the compound split as any other)."""
    found = []
    without = _words_without_a_letter(lex)
    low = fold(piece) if piece.isascii() else ""  # an ASCII piece folds letter for letter
    for at in range(len(piece) - MIN_LOST_HEAD + 1):
        hit = without.get(low[at:] if low else fold(piece[at:]))
        if hit is None:
            continue
        form, loss = hit
        if not at:
            found.append(Candidate(match_case(piece, form), lex.zipf(form), loss.cost, lex.case_flags(form),
                                   (loss.name,)))
            continue
        comp = lex.split_compound(piece[:at] + form.lower()) if lex.case_flags(form) & CAPITAL else None
        if comp is not None:  # (a head is a noun: not ...|heit read as heißt)
            found.append(Candidate(match_case(piece, comp.text), comp.zipf, loss.cost, comp.flags,
                                   (loss.name, "compound"), parts=len(comp.parts)))
    return found


@lru_cache(maxsize=200_000)
def analyse_piece(lex: Lexicon, piece: str) -> PieceInfo:
    """Everything context-free about a piece: is it a word, and what could it have been."""
    listed = lex.is_listed(piece)
    # an inner capital (KreisstraBennetz) is an OCR misreading, not a compound boundary
    camel = not piece[1:].islower() and not piece.isupper()
    comp = None if listed or camel else lex.split_compound(piece)
    # a listed word is rarely two misreadings away from another word: one is enough there
    cands = _direct(lex, piece, 1 if listed else MAX_CONFUSIONS)
    if comp:
        cands += _part_swaps(lex, piece, comp)
    if not listed:
        if not any(c.zipf - c.cost >= GOOD_DIRECT for c in cands):  # Auslanderbehorde: listed whole
            cands += _compound(lex, piece)
        if not cands and not comp:
            cands += _inflected(lex, piece) or _lost_letters(lex, piece)
        if not any(c.zipf - c.cost >= GOOD_COMPOUND for c in cands):  # (man|ahmen: Maßnahmen?)
            cands += _lost_in_head(lex, piece)
    cands.sort(key=lambda c: c.zipf - c.cost, reverse=True)
    if listed:
        return PieceInfo(True, 0, lex.zipf(piece), lex.case_flags(piece), tuple(cands[:5]))
    folds = tuple(map(_fold_of, variants(piece)))
    if comp:
        return PieceInfo(False, len(comp.parts), comp.zipf, comp.flags, tuple(cands[:5]), folds)
    return PieceInfo(False, 0, 0.0, 0, tuple(cands[:5]), folds)


__all__ = ["CAPITAL", "CONFUSIONS", "LOWER", "Candidate", "PieceInfo", "analyse_piece", "match_case"]
