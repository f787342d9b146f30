"""German lexicon for repair and text-quality checks: wngerman forms, wordfreq frequencies, compounds."""
from __future__ import annotations

import hashlib
import importlib.util
import logging
import math
import os
import marshal
import re
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

NGERMAN = Path("/usr/share/dict/ngerman")  # wngerman: inflected forms
# hunspell-de-de stems fill gaps in wngerman's base forms (it lacks "Mangel" and "Ruf").
HUNSPELL_DIC = Path("/usr/share/hunspell/de_DE.dic")
HUNSPELL_AFF = HUNSPELL_DIC.with_suffix(".aff")
# de_DE.aff flags: o = only inside compounds ("höhe/Nozm"), d = forbidden, h = needs an affix.
HUNSPELL_SKIP = frozenset("od")
HUNSPELL_NEEDAFFIX = "h"
FORMAT_VERSION = 5  # bump when the compiled layout below changes

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
MIN_HEAD = 3  # shortest last part of a compound: Kreis|tag
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

# Folding what an OCR engine without German glyphs loses: für → fur, Maße → masse.
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def fold(word: str) -> str:
    """Lower-case and strip German diacritics: Ausländerbehörde → auslanderbehorde."""
    return word.lower().translate(_FOLD)


@dataclass(eq=False)  # hashed by identity, so per-lexicon caches can key on it
class Lexicon:
    """Compiled lexicon; build with `load_lexicon()` (cached on disk)."""

    forms: dict[str, float] = field(default_factory=dict)  # exact spelling → zipf frequency
    either: frozenset[str] = frozenset()  # wordfreq-only words (lower-cased there): any case
    _part_zipfs: dict[str, float] = field(default_factory=dict, repr=False)  # memo, not cached
    folds: dict[str, tuple[str, ...]] = field(default_factory=dict)  # fold → forms with äöüß
    stems: dict[str, float] = field(default_factory=dict)  # modifiers not listed alone → zipf-like

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

    def part_zipf(self, part: str) -> float:
        """Frequency of a compound part, ignoring a linking element: "integrations" → integration."""
        z = self._part_zipfs.get(part)
        if z is None:
            z = self._part_zipfs[part] = self._part_zipf(part)
        return z

    def _part_zipf(self, part: str) -> float:
        best = 0.0
        for k in (0, 1, 2):
            base = part[: len(part) - k]
            if k and part[len(base):] not in FUGEN:
                continue
            z = self.forms.get(base, self.forms.get(base.capitalize(), self.stems.get(base, 0.0)))
            best = max(best, z)
        return best or UNSEEN_ZIPF


@dataclass(frozen=True)
class Compound:
    """A word read as listed parts: Ausländer|behörde."""

    parts: tuple[str, ...]  # lower-case listed forms, linking element attached: "integrations"
    zipf: float  # mean of rarest and average part frequency, less PART_COST per extra part
    flags: int  # case flags of the head (last part): a verb head makes no noun

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _part_options(lex: Lexicon, key: str, last: bool, noun: bool, restore: bool) -> list[str]:
    """Listed lower-case spellings a compound part could have, best first."""
    # cheap rejection first: this runs for every substring of every unknown word
    plain = key in lex.forms or key in lex.either or key.capitalize() in lex.forms
    plain = plain or (not last and key in lex.stems)
    restored = lex.folds.get(key.translate(_FOLD)) if restore else None
    if not plain and not restored:
        return []
    forms = [key] if plain else []
    if restored:  # the same part with lost diacritics restored: "behorde" → behörde
        forms += [f.lower() for f in restored if f.lower() != key]
    if not last:  # short modifiers only when they are nouns or very common: Amt|s..., Ruf|bus
        forms = [f for f in forms if len(f) >= MIN_PART or f in lex.stems
                 or lex.case_flags(f) & CAPITAL or lex.part_zipf(f) >= SHORT_PART_ZIPF]
        return sorted(forms, key=lambda f: lex.part_zipf(f) + PLAIN_BONUS * (f == key), reverse=True)
    if len(key) < MIN_HEAD:
        return []
    # a capitalised compound needs a noun head: Betreuungs|verbänden, not ...|verbanden (verb)
    return sorted(forms, key=lambda f: (bool(lex.case_flags(f) & CAPITAL) or not noun,
                                         lex.part_zipf(f) + PLAIN_BONUS * (f == key)), reverse=True)


def _split(lex: Lexicon, word: str, noun: bool, restore: bool) -> Compound | None:
    """Dynamic programme over split points, preferring fewer parts, then rarer-part frequency."""
    n = len(word)
    if n < MIN_HEAD + 3 or not word.isalpha():
        return None
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for i in range(n):
        prefix = best[i]
        if prefix is None or len(prefix) >= MAX_PARTS:
            continue
        for j in range(i + 3, n + 1):
            last = j == n
            options = _part_options(lex, word[i:j], last, noun, restore)
            if not options:
                continue
            # linking elements follow nouns only: Integration|s|zentrum, not auf|en|bereichen
            noun_part = bool(lex.case_flags(options[0]) & CAPITAL) or options[0] in lex.stems
            for fuge in FUGEN if not last and noun_part else ("",):
                k = j + len(fuge)
                if not word.startswith(fuge, j) or (k == n and fuge):
                    continue
                cand = (*prefix, options[0] + fuge)
                old = best[k]
                if old is None or (len(cand), -_min_zipf(lex, cand)) < (len(old), -_min_zipf(lex, old)):
                    best[k] = cand
    parts = best[n]
    if parts is None or len(parts) < 2:
        return None
    if parts[-1] in NOT_HEADS:
        return None
    zipf = part_score(lex, parts)
    return Compound(parts, round(zipf, 2), lex.case_flags(parts[-1]))


def _min_zipf(lex: Lexicon, parts: tuple[str, ...]) -> float:
    return min(lex.part_zipf(p) for p in parts)


def part_score(lex: Lexicon, parts: tuple[str, ...]) -> float:
    """How plausible a split is: rarest and mean part frequency, less a cost per extra part."""
    zipfs = [lex.part_zipf(p) for p in parts]
    for i, p in enumerate(parts[:-1]):
        if lex.case_flags(p) == LOWER and p.endswith(INFLECTED) and p not in lex.stems:
            zipfs[i] -= INFLECTED_MODIFIER_COST  # kalte|busse: an inflected adjective is no modifier
    return round((min(zipfs) + sum(zipfs) / len(zipfs)) / 2 - PART_COST * (len(parts) - 1), 2)


def _source_key() -> str:
    """Cache key from the source files' identity, so an upgraded word list triggers a rebuild."""
    spec = importlib.util.find_spec("wordfreq")  # locating it is cheap, importing it is not
    origin = Path(spec.origin) if spec and spec.origin else Path("wordfreq-missing")
    parts = [str(FORMAT_VERSION)]
    wordlist = origin.parent / "data" / "large_de.msgpack.gz"
    for path in (NGERMAN, HUNSPELL_DIC, wordlist, Path(__file__)):  # this file: the build code itself
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
        forms, folds, stems, either = marshal.loads(path.read_bytes())
        return Lexicon(forms=forms, folds=folds, stems=stems, either=frozenset(either))
    except (OSError, ValueError, EOFError, TypeError) as exc:
        log.info("building lexicon cache %s (%s)", path, type(exc).__name__)
    lex = build_lexicon()
    _write_cache(path, lex)
    return lex


def _write_cache(path: Path, lex: Lexicon) -> None:
    """Write atomically (marshal loads fastest) and drop caches of older sources."""
    data = marshal.dumps((lex.forms, lex.folds, lex.stems, tuple(lex.either)))
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
