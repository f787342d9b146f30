"""German lexicon for repair and text-quality checks: wngerman forms, wordfreq frequencies, compounds."""
from __future__ import annotations

import hashlib
import importlib.util
import logging
import math
import os
import marshal
import re
import runpy
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import marisa_trie

log = logging.getLogger(__name__)

NGERMAN = Path("/usr/share/dict/ngerman")  # wngerman: inflected forms
# hunspell-de-de stems fill gaps in wngerman's base forms (it lacks "Mangel" and "Ruf").
HUNSPELL_DIC = Path("/usr/share/hunspell/de_DE.dic")
HUNSPELL_AFF = HUNSPELL_DIC.with_suffix(".aff")
# de_DE.aff flags: o = only inside compounds ("höhe/Nozm"), d = forbidden, h = needs an affix.
HUNSPELL_SKIP = frozenset("od")
HUNSPELL_NEEDAFFIX = "h"
FORMAT_VERSION = 7  # bump when the compiled layout below changes

# Flags per lower-cased form: which spellings the word list has.
LOWER = 1  # "hohe": the word exists in lower case (adjective, verb, ...)
CAPITAL = 2  # "Höhe": the word exists capitalised (noun, name)

# Zipf value given to listed words that wordfreq has never seen (e.g. rare inflections).
UNSEEN_ZIPF = 1.0
# wordfreq words with umlauts are added only above this zipf (below it there is too much noise).
WORDFREQ_MIN_ZIPF = 1.0
WORDFREQ_MIN_ZIPF_SHORT = 2.0
LONG_WORD = 12
# Linking elements between compound parts: Integration-s-zentrum, Frau-en-haus.
FUGEN = ("", "s", "es", "n", "en")
LINKS = FUGEN[1:]
MIN_HEAD = 3  # shortest last part of a compound: Kreis|tag
SHORTEST_PART = 3  # letters of the shortest compound part (Amt|s..., Kreis|tag): the tries hold no shorter
STEM_ZIPF = 4.0  # highest frequency credited to a modifier stem
PART_COST = 0.8  # zipf cost of each compound part beyond the first
MAX_PARTS = 4
INFLECTED = ("e", "en", "er", "es", "em")
INFLECTED_MODIFIER_COST = 1.5
# Endings that are listed words but never the head of a compound: Ärzt|innen is no Arzt + innen.
NOT_HEADS = frozenset({"innen", "in", "nen", "chen", "lein"})
SHORT_PART_ZIPF = 4.0  # a 3-letter modifier must be this common (nah, ruf) unless it is a noun
PLAIN_BONUS = 0.5  # a part keeps its plain spelling unless the restored one is 3x as common
MIN_STEM_USES = 8  # a prefix must start this many listed compounds to count as a modifier
MIN_PART = 4  # shortest non-noun modifier: Arbeits|markt; nouns may have 3 (Amt|s...)
# Per-process memos of the compound search are emptied when they reach this many entries.
MAX_MEMO = 100_000


def fold(word: str) -> str:
    """Lower-case and strip German diacritics: Ausländerbehörde → auslanderbehorde.

    Folds what an OCR engine without German glyphs loses: für → fur, Maße → masse.
    """
    return _fold_lower(word.lower())


def _fold_lower(low: str) -> str:
    # str.replace is several times faster than str.translate here, and this runs per candidate
    # (only ß changes the length: the compound split relies on that)
    if low.isascii():
        return low
    return low.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss")


Edges = tuple[tuple[int, str, float], ...]  # (length, part with linking element, part zipf)
# a compound part's listed spelling, whether it is a noun (which may take a linking element),
# its zipf; None: no part
PartReading = tuple[str, bool, float] | None


@dataclass(eq=False)  # hashed by identity, so per-lexicon caches can key on it
class Lexicon:
    """Compiled lexicon; build with `load_lexicon()` (cached on disk)."""

    forms: dict[str, float] = field(default_factory=dict)  # exact spelling → zipf frequency
    either: frozenset[str] = frozenset()  # wordfreq-only words (lower-cased there): any case
    # per-process memos (not cached on disk, not constructor arguments): most parts recur
    _part_zipfs: dict[str, float] = field(default_factory=dict, init=False, repr=False)
    _readings: dict[tuple[str, bool, bool], tuple[PartReading, PartReading]] = field(
        default_factory=dict, init=False, repr=False)
    _edges: dict[tuple[str, bool], tuple[Edges, Edges]] = field(default_factory=dict, init=False, repr=False)
    _splits: dict[tuple[str, bool, bool], Compound | None] = field(default_factory=dict, init=False, repr=False)
    _tails: dict[str, tuple[int, ...]] = field(default_factory=dict, init=False, repr=False)
    folds: dict[str, tuple[str, ...]] = field(default_factory=dict)  # fold → forms with äöüß
    stems: dict[str, float] = field(default_factory=dict)  # modifiers not listed alone → zipf-like
    # every possible compound part (3+ letters), folded: finds the parts a word can start with in one call
    parts: marisa_trie.Trie = field(default_factory=marisa_trie.Trie, repr=False)
    # the same, reversed: finds the parts a word can end with
    strap: marisa_trie.Trie = field(default_factory=marisa_trie.Trie, repr=False)

    def zipf(self, word: str) -> float:
        """Zipf frequency of a listed spelling (case-insensitive fallback), 0 when unlisted."""
        z = self.forms.get(word)
        if z is None:
            z = self.forms.get(word.lower(), self.forms.get(word.capitalize(), 0.0))
        return z

    def is_listed(self, word: str) -> bool:
        """Whether the word list has this word, allowing only its first letter to change case.

        "Hohe" and "HOHE" count (sentence start, headings), "GruBen" does not.
        """
        if word in self.forms:
            return True
        rest = word[1:]
        return (rest.islower() or rest.isupper() or not rest) and self.case_flags(word) != 0

    def case_flags(self, word: str) -> int:
        """LOWER/CAPITAL: whether the word is listed in lower case and/or capitalised (0: not)."""
        low = word.lower()
        if low in self.either:
            return LOWER | CAPITAL
        flags = LOWER if low in self.forms else 0
        return flags | CAPITAL if low[:1].upper() + low[1:] in self.forms else flags

    def is_known_word(self, word: str) -> bool:
        """Whether `word` is German: listed, or a compound of listed parts (Ausländerbehörde)."""
        return self.is_listed(word) or (word.isalpha() and self.split_compound(word) is not None)

    def folded(self, key: str) -> tuple[str, ...]:
        """Listed spellings with äöüß whose fold is `key`: "fur" → ("für",)."""
        return self.folds.get(key, ())

    def split_compound(self, word: str, restore: bool = False) -> Compound | None:
        """Split a compound into listed parts (fewest parts, then most frequent); None if it won't.

        With `restore`, parts may also be listed spellings whose diacritics were lost:
        "auslanderbehorde" → ausländer|behörde.
        """
        return _split(self, word.lower(), word[:1].isupper(), restore)

    def clear_memos(self) -> None:
        """Forget every per-process memo (benchmarks measure words never seen before)."""
        for memo in (self._part_zipfs, self._readings, self._edges, self._splits, self._tails):
            memo.clear()

    def part_zipf(self, part: str) -> float:
        """Frequency of a compound part, ignoring a linking element: "integrations" → integration."""
        z = self._part_zipfs.get(part)
        if z is None:
            z = self._part_zipfs[part] = self._part_zipf(part)
        return z

    def _part_zipf(self, part: str, links_only: bool = False) -> float:
        best = 0.0
        for k in (1, 2) if links_only else (0, 1, 2):
            base = part[: len(part) - k]
            if k and part[len(base):] not in FUGEN:
                continue
            z = self.forms.get(base)
            if z is None:
                z = self.forms.get(base.capitalize())
                if z is None:
                    z = self.stems.get(base, 0.0)
            if z > best:
                best = z
        return best if links_only else best or UNSEEN_ZIPF


class Compound(NamedTuple):  # (a tuple: made for every reading that splits, and cheaper so)
    """A word read as listed parts: Ausländer|behörde."""

    parts: tuple[str, ...]  # lower-case listed forms, linking element attached: "integrations"
    zipf: float  # mean of rarest and average part frequency, less PART_COST per extra part
    flags: int  # case flags of the head (last part): a verb head makes no noun

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _best_parts(lex: Lexicon, key: str, last: bool, noun: bool) -> tuple[str | None, str | None]:
    """The best listed lower-case spelling of a compound part: as written, and with diacritics
    restored ("behorde" → behörde); None where there is none."""
    if last and len(key) < MIN_HEAD:
        return None, None
    # (wordfreq's `either` words are in `forms` too)
    plain = key in lex.forms or key.capitalize() in lex.forms or (not last and key in lex.stems)
    restored = lex.folds.get(_fold_lower(key))
    if not restored:  # the common case: the part as written or nothing
        if not plain or not last and not _modifier(lex, key):
            return None, None
        return key, key
    forms = [key] if plain else []
    forms += [f.lower() for f in restored if f.lower() != key]
    if not last:  # short modifiers only when they are nouns or very common: Amt|s..., Ruf|bus
        forms = [f for f in forms if _modifier(lex, f)]
    if len(forms) < 2:  # nothing to choose between (most parts)
        best = forms[0] if forms else None
    elif not last:
        best = max(forms, key=lambda f: lex.part_zipf(f) + PLAIN_BONUS * (f == key))
    else:  # a capitalised compound needs a noun head: Betreuungs|verbänden, not ...|verbanden (verb)
        best = max(forms, key=lambda f: (bool(lex.case_flags(f) & CAPITAL) or not noun,
                                         lex.part_zipf(f) + PLAIN_BONUS * (f == key)))
    return (key if forms and forms[0] == key and plain else None), best


def _modifier(lex: Lexicon, part: str) -> bool:
    """Short modifiers only when they are nouns or very common: Amt|s..., Ruf|bus."""
    return (len(part) >= MIN_PART or part in lex.stems or bool(lex.case_flags(part) & CAPITAL)
            or lex.part_zipf(part) >= SHORT_PART_ZIPF)


def _split(lex: Lexicon, word: str, noun: bool, restore: bool) -> Compound | None:
    """Dynamic programme over split points, preferring fewer parts, then rarer-part frequency.

    Memoised; a word whose parts have no other reading with diacritics restored is stored for
    both `restore` values (the search for compounds with lost diacritics then costs nothing).
    """
    n = len(word)
    if n < MIN_HEAD + 3 or not word.isalpha():
        return None
    memo = lex._splits
    asked = (word, noun, restore)
    if asked in memo:
        return memo[asked]
    if len(memo) >= MAX_MEMO:
        memo.clear()
    if len(lex._tails) >= MAX_MEMO:
        lex._tails.clear()
    # no run of listed parts spans the word: most readings of a word have no part at its end (one
    # trie look-up), or none at its start, or none at every place on the way (`_tails`)
    folded = _fold_lower(word)
    if not (lex.strap.prefixes(folded[::-1]) and _tails(lex, word, folded)):
        memo[asked] = memo[(word, noun, not restore)] = None
        return None
    # a word that is one listed part (Landstraße) is no compound: one part beats any split
    whole = lex._readings.get((word, True, noun)) or _part_readings(lex, word, True, noun)
    if whole[restore] is not None:
        memo[asked] = None
        if whole[not restore] is not None:
            memo[(word, noun, not restore)] = None
        return None
    # best[k]: (number of parts, rarest part's zipf, parts) of the best reading of word[:k]
    best: list[tuple[int, float, tuple[str, ...]] | None] = [None] * (n + 1)
    best[0] = (0, math.inf, ())
    alike = True  # no part on the way has another reading with diacritics restored
    for i in range(n - 2):  # (parts have 3+ letters)
        here = best[i]
        # a split on from here would have more parts than allowed, or than one already found
        if here is None or here[0] >= (best[n][0] if best[n] else MAX_PARTS):
            continue
        rest = word[i:]
        lengths = lex._tails.get(rest) or _tails(lex, rest, _fold_lower(rest))  # (known: read from the start)
        if not lengths:
            continue  # no parts run on from here to the end
        count, rarest, prefix = here
        count += 1
        edges = lex._edges.get((rest, noun)) or _both_edges(lex, rest, noun, lengths)
        alike = alike and edges[0] is edges[1]
        for length, part, zipf in edges[restore]:
            k = i + length
            low = zipf if zipf < rarest else rarest
            old = best[k]
            if old is None or count < old[0] or (count == old[0] and low > old[1]):
                best[k] = (count, low, (*prefix, part))
    parts = best[n][2] if best[n] else ()
    comp = None
    if len(parts) >= 2 and parts[-1] not in NOT_HEADS:
        comp = Compound(parts, round(part_score(lex, parts), 2), lex.case_flags(parts[-1]))
    memo[asked] = comp
    if alike:  # the other reading would take the very same steps
        memo[(word, noun, not restore)] = comp
    return comp


def _tails(lex: Lexicon, rest: str, folded: str) -> tuple[int, ...]:
    """The lengths of the listed parts that `rest` (lower case; `folded` is its fold) can start
    with and after which listed parts, each with an optional linking element, run on to its end,
    shortest first; () when none do. Only those parts can be on a split. Memoised per tail: the
    words of a document share tails (...|zentrum), and a word's misreadings share the tail after
    the misread letter, so most words cost a trie look-up only for the places before known tails."""
    found = lex._tails.get(rest)
    if found is not None:
        return found
    n = len(rest)
    keys = lex.parts.prefixes(folded)
    # ß folded to ss: the place in `rest` after each place in `folded`, -1 between the two s (a
    # part holds whole letters, 3 or more of `rest`); only worked out when a part starts here
    places = None if len(folded) == n or not keys else _places(rest)
    lengths = []
    for key in keys:
        end = len(key)  # (the fold of rest[k:] is folded[end:]: no need to fold it again)
        k = end if places is None else places[end]
        if k < SHORTEST_PART:
            continue
        if k == n or n - k >= SHORTEST_PART and _tails(lex, rest[k:], folded[end:]):
            lengths.append(k)
            continue
        if rest[k] not in "sen":  # (what every linking element starts with)
            continue
        for link in LINKS:
            after = k + len(link)
            if n - after >= SHORTEST_PART and rest.startswith(link, k) and _tails(
                    lex, rest[after:], folded[end + len(link):]):
                lengths.append(k)
                break
    found = lex._tails[rest] = tuple(sorted(lengths))
    return found


def _places(word: str) -> list[int]:
    """For each place in the fold of `word` (lower case), its place in `word`; -1 inside a ß's ss."""
    places: list[int] = []
    at = 0
    for chunk in word.split("ß"):  # a ß after each chunk but the last: its place, then -1
        places += range(at, at + len(chunk))
        at += len(chunk)
        places += (at, -1)
        at += 1
    return [*places[:-2], len(word)]


def _part_readings(lex: Lexicon, key: str, last: bool, noun: bool) -> tuple[PartReading, PartReading]:
    """`_best_parts` with what the split needs of each, memoised: most parts recur in many words."""
    if key in lex.folds or not key.isascii() or len(key) < MIN_HEAD:  # see _best_parts
        plain, restored = _best_parts(lex, key, last, noun)
        readings: dict[str | None, PartReading] = {}
        for part in (plain, restored):
            if part is not None and part not in readings:
                readings[part] = (part, bool(lex.case_flags(part) & CAPITAL) or part in lex.stems,
                                  lex.part_zipf(part))
        found = (readings.get(plain), readings.get(restored))
    else:  # the common case, kept fast: no restored reading, the part as written or nothing
        found = (None, None)
        lower = lex.forms.get(key)  # one look-up each for `_best_parts`, `case_flags`, `part_zipf`
        capital = lex.forms.get(key.capitalize())
        stem = key in lex.stems
        if (lower is not None or capital is not None or (not last and stem)) and (last or _modifier(lex, key)):
            noun_part = key in lex.either or capital is not None or stem
            if key not in lex._part_zipfs:
                zipf = lower if lower is not None else capital if capital is not None else lex.stems.get(key, 0.0)
                lex._part_zipfs[key] = max(zipf, lex._part_zipf(key, links_only=True)) or UNSEEN_ZIPF
            reading = (key, noun_part, lex._part_zipfs[key])
            found = (reading, reading)
    if len(lex._readings) >= MAX_MEMO:
        lex._readings.clear()
    lex._readings[(key, last, noun)] = found
    return found


def _both_edges(lex: Lexicon, rest: str, noun: bool, lengths: tuple[int, ...]) -> tuple[Edges, Edges]:
    """The parts `rest` can start with, as written and with diacritics restored, memoised.

    `lengths` are those of the listed parts after which further parts reach the end (`_tails`),
    shortest first: the others lead nowhere, whatever their readings.
    """
    plain: list[tuple[int, str, float]] = []
    restored: list[tuple[int, str, float]] | None = None  # a copy of `plain` once they differ
    n = len(rest)
    memo = lex._readings
    for j in lengths:
        last = j == n
        readings = memo.get((rest[:j], last, noun)) or _part_readings(lex, rest[:j], last, noun)
        if restored is None and readings[0] is not readings[1]:
            restored = list(plain)
        for out, reading in ((plain, readings[0]), (restored, readings[1])) if restored is not None \
                else ((plain, readings[0]),):
            if reading is None:
                continue
            part, noun_part, zipf = reading
            out.append((j, part, zipf))
            if noun_part and not last and rest[j] in "sen":  # linking elements follow nouns: Integration|s|zentrum
                for link in LINKS:
                    k = j + len(link)
                    if k < n and rest.startswith(link, j):
                        out.append((k, part + link, lex.part_zipf(part + link)))
    if len(lex._edges) >= MAX_MEMO:
        lex._edges.clear()
    edges = tuple(plain)
    # one object when restoring changes nothing: `_split` then knows both readings split alike
    found = lex._edges[(rest, noun)] = (edges, edges if restored is None else tuple(restored))
    return found


def part_score(lex: Lexicon, parts: tuple[str, ...]) -> float:
    """How plausible a split is: rarest and mean part frequency, less a cost per extra part."""
    zipfs = [lex.part_zipf(p) for p in parts]
    for i, p in enumerate(parts[:-1]):
        if p.endswith(INFLECTED) and lex.case_flags(p) == LOWER and p not in lex.stems:
            zipfs[i] -= INFLECTED_MODIFIER_COST  # kalte|busse: an inflected adjective is no modifier
    return round((min(zipfs) + sum(zipfs) / len(zipfs)) / 2 - PART_COST * (len(parts) - 1), 2)


def source_files() -> tuple[Path, ...]:
    """The word lists and frequencies the lexicon is built from, and spaCy's function words."""
    return NGERMAN, HUNSPELL_DIC, _package_file("wordfreq", "data/large_de.msgpack.gz"), _FUNCTION_WORDS


def _package_file(package: str, name: str) -> Path:
    spec = importlib.util.find_spec(package)  # locating a package is cheap, importing it is not
    origin = Path(spec.origin) if spec and spec.origin else Path(f"{package}-missing/__init__.py")
    return origin.parent / name


_FUNCTION_WORDS = _package_file("spacy", "lang/de/stop_words.py")


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """German function words (articles, prepositions, pronouns, auxiliaries: über, für, würde),
    spaCy's list, read from its file: importing spaCy would cost most of a second."""
    return frozenset(runpy.run_path(str(_FUNCTION_WORDS))["STOP_WORDS"])


def _source_key() -> str:
    """Cache key from the source files' identity, so an upgraded word list triggers a rebuild."""
    parts = [str(FORMAT_VERSION)]
    for path in (*source_files(), Path(__file__)):  # this file: the build code itself
        st = path.stat() if path.exists() else None
        parts.append(f"{path}:{st.st_size if st else 0}:{st.st_mtime_ns if st else 0}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _cache_dir() -> Path:
    base = os.environ.get("PARLBRIEF_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "parlbrief" if base else Path.home() / ".cache" / "parlbrief"


def build_lexicon() -> Lexicon:
    """Compile the lexicon from the installed word list and frequencies (takes a few seconds)."""
    import wordfreq

    freqs = wordfreq.get_frequency_dict("de", wordlist="best")

    def zipf_of(word: str) -> float:
        f = freqs.get(word.lower().replace("ß", "ss"), 0.0)
        return round(math.log10(f) + 9, 2) if f > 0 else UNSEEN_ZIPF

    lex = Lexicon()
    words = NGERMAN.read_text(encoding="utf-8").split() if NGERMAN.exists() else []
    if not words:
        log.warning("no German word list at %s; repair will rely on wordfreq only", NGERMAN)
    for word in words + _hunspell_stems():
        if word.isalpha() and word not in lex.forms:
            lex.forms[word] = zipf_of(word)
    extra: dict[str, float] = {}
    # wordfreq adds frequent inflections missing from the list, but only words with umlauts:
    # its ASCII entries include OCR junk (fur, mussen), and ß was folded to ss there.
    for word, f in freqs.items():
        z = math.log10(f) + 9
        if z < WORDFREQ_MIN_ZIPF:
            break  # the dict is ordered by frequency
        if not (word.isalpha() and any(c in word for c in "äöü") and "ss" not in word):
            continue
        if z < WORDFREQ_MIN_ZIPF_SHORT and len(word) < LONG_WORD:
            continue  # rare short ones are often junk (grüben, täfeln); rare compounds are fine
        if word not in lex.forms and word.capitalize() not in lex.forms:
            extra[word] = round(z, 2)
    lex.forms.update(extra)
    # wordfreq lower-cases everything, so its words may be nouns or not: allow both
    lex.either = frozenset(extra)
    for word in lex.forms:
        low = word.lower()
        if any(c in low for c in "äöüß"):
            key = fold(low)
            lex.folds[key] = (*lex.folds.get(key, ()), word)
    lex.stems = _modifier_stems(lex)
    # one float object per value: marshal then writes a reference, and loads twice as fast
    same: dict[float, float] = {}
    lex.forms = {w: same.setdefault(z, z) for w, z in lex.forms.items()}
    # (a part's fold has at least as many letters as the part: shorter keys would be read only to be dropped)
    keys = {key for key in map(fold, (*lex.forms, *lex.stems)) if len(key) >= SHORTEST_PART}
    lex.parts, lex.strap = marisa_trie.Trie(keys), marisa_trie.Trie(k[::-1] for k in keys)
    return lex


def _hunspell_stems() -> list[str]:
    """Hunspell words with their suffix rules applied: "Fall/STpmij" → Fall, Falls, Fälle, ...

    Only SFX rules are expanded (no prefixes, no compounding flags): enough to fill the noun
    plurals wngerman lacks (Fälle, Räume).
    """
    if not HUNSPELL_DIC.exists() or not HUNSPELL_AFF.exists():
        return []
    rules = _suffix_rules(HUNSPELL_AFF.read_text(encoding="utf-8", errors="replace"))
    words: list[str] = []
    for line in HUNSPELL_DIC.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        if line[:1] in ("\t", "#", ""):
            continue
        stem, _, flags = line.strip().partition("/")
        if not stem.isalpha() or HUNSPELL_SKIP & set(flags):
            continue
        if HUNSPELL_NEEDAFFIX not in flags:
            words.append(stem)
        for flag in flags:
            for strip, add, cond in rules.get(flag, ()):
                if cond.search(stem) and stem.endswith(strip):
                    words.append(stem[: len(stem) - len(strip)] + add)
    return words


def _suffix_rules(aff: str) -> dict[str, list[tuple[str, str, re.Pattern[str]]]]:
    """SFX rules of a Hunspell .aff file: flag → (strip, add, condition at the word end)."""
    rules: dict[str, list[tuple[str, str, re.Pattern[str]]]] = {}
    for line in aff.splitlines():
        f = line.split()
        if len(f) >= 5 and f[0] == "SFX":
            strip = "" if f[2] == "0" else f[2]
            add = "" if f[3].startswith("0") else f[3].split("/", 1)[0]
            cond = "" if f[4] == "." else f[4]
            rules.setdefault(f[1], []).append((strip, add, re.compile(cond + "$")))
    return rules


def _modifier_stems(lex: Lexicon) -> dict[str, float]:
    """Prefixes that start many listed noun compounds: Sach|verhalt, Sach|gebiet → "sach"."""
    counts: dict[str, int] = {}
    for word in lex.forms:
        if not word[:1].isupper() or len(word) < 8:
            continue
        for k in range(4, len(word) - 3):
            if word[k:].capitalize() in lex.forms:
                stem = word[:k].lower()
                counts[stem] = counts.get(stem, 0) + 1
    # the more compounds a stem starts, the likelier it is: Förder|... (many) vs Forder|... (few)
    return {
        s: round(min(STEM_ZIPF, 1.0 + math.log10(n)), 2)
        for s, n in counts.items() if n >= MIN_STEM_USES and not lex.case_flags(s)
    }


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load the compiled lexicon from the user cache, building and caching it when missing."""
    path = _cache_dir() / f"lexicon-{_source_key()}.marshal"
    try:
        forms, folds, stems, either, parts, strap = marshal.loads(path.read_bytes())
        return Lexicon(forms=forms, folds=folds, stems=stems, either=frozenset(either),
                       parts=marisa_trie.Trie().frombytes(parts), strap=marisa_trie.Trie().frombytes(strap))
    except (OSError, ValueError, EOFError, TypeError, RuntimeError) as exc:
        log.info("building lexicon cache %s (%s)", path, type(exc).__name__)
    lex = build_lexicon()
    _write_cache(path, lex)
    return lex


def _write_cache(path: Path, lex: Lexicon) -> None:
    """Write atomically (marshal loads fastest) and drop caches of older sources."""
    data = marshal.dumps((lex.forms, lex.folds, lex.stems, tuple(lex.either), lex.parts.tobytes(),
                          lex.strap.tobytes()))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".lexicon-", delete=False) as tmp:
            tmp.write(data)
        os.replace(tmp.name, path)
        for old in path.parent.glob("lexicon-*"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:  # read-only home: keep working, just slower next start
        log.warning("cannot write lexicon cache %s: %s", path, exc)


@lru_cache(maxsize=100_000)
def is_known_word(word: str) -> bool:
    """Whether `word` is a German word (listed, inflected or a compound). Loads the lexicon once."""
    return load_lexicon().is_known_word(word)
