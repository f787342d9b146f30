"""Sentence-context cues for readings that are both German words (Fälle/Falle, würde/wurde)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lexicon import CAPITAL, LOWER, Lexicon, fold

# Words before a noun that make it plural: "Wie viele Fälle", "keine Räume", "35 Fälle".
# An umlauted noun next to its plain twin is nearly always the plural (Schaden/Schäden).
PLURAL_BEFORE: dict[str, float] = {
    "viele": 1.0, "vielen": 1.0, "welche": 0.8, "alle": 1.0, "allen": 1.0, "keine": 0.8,
    "mehrere": 1.0, "einige": 1.0, "zahlreiche": 1.0, "weitere": 0.8, "beide": 1.0,
    "diese": 0.6, "solche": 0.8, "wenige": 1.0, "manche": 1.0, "sämtliche": 1.0, "die": 0.6,
    "zwei": 1.0, "drei": 1.0, "vier": 1.0, "fünf": 1.0, "zehn": 1.0,
}
# Words before a noun that make it singular: "ein Schaden", "dem Mangel", "jeder Fall".
SINGULAR_BEFORE: dict[str, float] = {
    "ein": 1.0, "einen": 1.0, "einem": 1.0, "eines": 1.0, "kein": 1.0, "keinen": 0.6,
    "keinem": 1.0, "jeder": 1.0, "jeden": 1.0, "jedem": 1.0, "jedes": 1.0, "dem": 1.0,
    "des": 1.0, "diesem": 1.0, "dieses": 1.0, "einzigen": 0.5,
}
# Finite verbs right after the noun agree with it: "Welche Schäden wurden ...", "Der Schaden ist".
PLURAL_AFTER: dict[str, float] = {
    "wurden": 0.8, "sind": 0.8, "werden": 0.6, "haben": 0.6, "waren": 0.8, "gingen": 0.6,
}
SINGULAR_AFTER: dict[str, float] = {
    "wurde": 0.8, "ist": 0.8, "wird": 0.6, "hat": 0.6, "war": 0.8, "ging": 0.6,
}
NUMBER_WEIGHT = 1.2
PLURAL_ENDINGS = ("e", "en", "er", "el", "ern", "eln")  # Fälle, Schäden, Häuser, Mängel
HEAD_SPAN = 7  # the plural umlaut is within the last letters: Schäden, Grundwasserstände
# An umlaut "plural" of a head 100 times rarer than the plain head is a regional variant of a
# noun whose plural is the plain form (Wagen/Wägen, Kragen/Krägen), not its plural (Mägen: 40×).
RARE_PLURAL_ZIPF_GAP = 2.0
# werden in the past (wurde + participle) vs. the subjunctive (würde + infinitive):
# "wurde ... beschlossen" but "würde ... führen"; the verb closing the clause decides.
WERDEN_FORMS = frozenset({"wurde", "wurden", "wurdest", "wurdet"})
WERDEN_WEIGHT = 1.2
# A strong verb's 3rd person present takes the umlaut (halten: er hält; tragen: sie trägt), its
# plain twin is a particle, an imperative or the rare 2nd person plural (halt, tragt). It is the
# finite verb where its clause closes with its separable prefix ("hält ... vor") or where it stands
# between a noun and the subject or object that follows ("Welche Maßnahmen hält die Verwaltung",
# "Der Kreis hält die Vorräte"); the particle follows a verb or pronoun ("ist halt die Frage").
# In the 2,731 real Karlsruhe council texts these cues hold 576 of 1,235 such present forms and 3
# of 407 plain twins: a likelihood ratio of about 60, weighed well below its log10.
FINITE_VERB_WEIGHT = 1.2
NOUN_PHRASE_OPENERS = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
                                 "einer", "eines", "er", "sie", "es", "man", "kein", "keine", "diese", "dieser"})
# Prefixes before the ge- of a participle (aus|ge|wiesen) and those that take no ge- at all,
# whose participles look like infinitives (beschlossen, vergeben).
SEPARABLE = ("aus", "ein", "an", "ab", "auf", "zu", "vor", "nach", "mit", "fest", "dar", "her",
             "hin", "weiter", "zurück", "bereit", "frei", "statt", "teil", "um", "durch")
_LONGEST_FIRST = sorted(SEPARABLE, key=len, reverse=True)
INSEPARABLE = ("be", "ver", "er", "ent", "zer", "miss", "über", "unter", "hinter", "wider", "emp", "ge")
QUESTION_WEIGHT = 0.8
MAX_QUESTION = 40  # tokens searched for the end of the sentence
SENTENCE_END = re.compile(r"[.?!:]$|^\d+[.)]$")
CLAUSE_END = re.compile(r"[.,;:?!)]$")
ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
ADJECTIVE_WEIGHT = 1.0
COMPARATIVE_NEXT = frozenset({"als"})  # "höher als im Durchschnitt", "länger als"

# The letter's polite subjunctive: "Für eine Antwort wären wir Ihnen dankbar", "wäre ich
# Ihnen verbunden", "hätten wir gern gewusst": wären/wäre/hätte, never the past, before these.
POLITE_FORMS = frozenset({"waren", "ware", "hatte", "hatten"})
POLITE_WORDS = frozenset({"dankbar", "verbunden", "gern", "gerne"})
POLITE_WEIGHT = 1.5
MAX_LOOKAHEAD = 12
# A past form's subjunctive twin (hatte/hätte, konnten/könnten, waren/wären) where the clause
# supposes an event: an indefinite subject (ein, eine: the nominative) after the verb of a question
# ("Welche Folgen hätte eine Senkung ...?") or opening the clause before it ("; ein Ausbruch hätte").
# In the 2,731 real Karlsruhe council texts (twins of werden aside) the first holds 15
# subjunctives and no past form (of 168 and 154 in questions), the second 22 and none (of 1,956
# and 923 in all): likelihood ratios above 20, weighed a little below their log10.
INDEFINITE_SUBJECT = frozenset({"ein", "eine"})
CONJUNCTIONS = frozenset({"und", "oder", "aber"})
SUPPOSED_IN_QUESTION_WEIGHT = 1.2
INDEFINITE_SUBJECT_WEIGHT = 1.0
SUBJUNCTIVE_ENDINGS = ("e", "en", "est", "et")  # könnte(n), wärest, hättet; not nützt, the present
_STRIP = re.compile(r"^\W+|\W+$")


def context_bonus(
    lex: Lexicon, orig: str, orig_flags: int, cand: str, cand_flags: int, tokens: Sequence[str], index: int
) -> tuple[float, str]:
    """Zipf credit for `cand` over `orig` from the words around token `index` (may be < 0).

    `orig_flags` are the original's case flags (a compound's head's for a compound).

    Returns:
        (bonus, name of the cue or "")
    """
    if fold(orig) != fold(cand) or index < 0:
        return 0.0, ""
    if orig[:1].isupper() and cand_flags & CAPITAL and orig_flags & CAPITAL:
        # plural umlaut (Schaden → Schäden), not a restored ß (Busse → Buße)
        if _plural_umlaut(lex, orig, cand):
            return _number_cue(tokens, index)
        return 0.0, ""
    if orig.lower() in WERDEN_FORMS:
        return _werden_cue(lex, tokens, index)
    if orig.islower() and _strong_present(lex, cand):
        return _finite_verb_cue(lex, cand, tokens, index)
    if orig.lower() in POLITE_FORMS and _polite_request(tokens, index):
        return POLITE_WEIGHT, "polite request"
    if orig.islower() and _subjunctive_twin(lex, orig, cand) and (mood := _supposition_cue(tokens, index))[1]:
        return mood
    if (orig[:1].isupper() and cand_flags & LOWER and cand.endswith(SUBJUNCTIVE_ENDINGS)
            and _opens_question(tokens, index)):
        return QUESTION_WEIGHT, "verb opens a question"
    if orig.islower() and cand_flags & LOWER:
        return _adjective_cue(lex, orig, cand, tokens, index)
    return 0.0, ""


def _plural_umlaut(lex: Lexicon, orig: str, cand: str) -> bool:
    """Whether cand is orig's umlaut plural: Schaden/Schäden, Grundwasser|stand/stände.

    The umlaut must sit near the end (in the head: not Fäll|manager), the candidate must end
    like a plural, and the plain form must not be a plural itself (Fahrgast|zahlen) unless the
    candidate is the dative of a listed umlaut plural (Fallen/Fällen: Fälle).
    """
    if len(orig) != len(cand) or "ß" in cand or not cand.endswith(PLURAL_ENDINGS):
        return False
    first = next(i for i, (a, b) in enumerate(zip(orig, cand)) if a != b)
    if first < len(cand) - HEAD_SPAN:
        return False
    head = _head(lex, orig)
    if head and lex.zipf(head) - lex.zipf(cand[-len(head) :].lower()) >= RARE_PLURAL_ZIPF_GAP:
        return False
    return not _plural_already(lex, head) or _dative_plural(lex, cand)


def _head(lex: Lexicon, word: str) -> str:
    """The longest listed tail of a word, lower case (the compound's head), or ""."""
    for i in range(len(word) - 3):
        tail = word[i:].lower()
        if lex.case_flags(tail):
            return tail
    return ""


def _plural_already(lex: Lexicon, head: str) -> bool:
    """Whether the plain noun's head (its longest listed tail) is a plural in -(e)n: Fahrgast|zahlen."""
    base = head[:-2]
    return head.endswith("en") and bool(lex.case_flags(base) & CAPITAL) and lex.zipf(base) >= 3.5


def _dative_plural(lex: Lexicon, word: str) -> bool:
    """Whether the noun (or its head) is a dative plural of a listed plural: Fällen (Fälle), not Zählen."""
    tail = _head(lex, word)
    return tail.endswith("en") and bool(lex.case_flags(tail[:-1]) & CAPITAL)


def _polite_request(tokens: Sequence[str], index: int) -> bool:
    """Whether a polite word (dankbar, verbunden, gern) follows in the same clause."""
    for k in range(index + 1, min(len(tokens), index + 1 + MAX_LOOKAHEAD)):
        if _word(tokens[k]) in POLITE_WORDS:
            return True
        if CLAUSE_END.search(tokens[k]):
            return False
    return False


def _opens_question(tokens: Sequence[str], index: int) -> bool:
    """A finite verb first in a yes/no question is mostly subjunctive: "Könnten Räume ...?"."""
    if index > 0 and not SENTENCE_END.search(tokens[index - 1]):
        return False
    return _in_question(tokens, index)


def _in_question(tokens: Sequence[str], index: int) -> bool:
    """Whether the sentence that token `index` stands in ends with a question mark."""
    for k in range(index, min(len(tokens), index + MAX_QUESTION)):
        if SENTENCE_END.search(tokens[k]):
            return tokens[k].endswith("?")
    return False


def _subjunctive_twin(lex: Lexicon, orig: str, cand: str) -> bool:
    """Whether cand is the subjunctive of the past form orig: a weak past in -te (hatte/hätte,
    konnten/könnten) or a strong one whose stem is a word (waren/wären: war), not an adjective
    (schone/schöne: schönes)."""
    if not cand.endswith(SUBJUNCTIVE_ENDINGS):
        return False
    if orig.endswith(("te", "ten")):
        return True
    stem = orig[:-2] if orig.endswith("en") else orig[:-1] if orig.endswith("e") else ""
    return (bool(stem) and bool(lex.case_flags(stem) & LOWER)
            and not lex.case_flags(cand[: len(stem)] + "es") & LOWER)


def _supposition_cue(tokens: Sequence[str], index: int) -> tuple[float, str]:
    """A supposed event takes the subjunctive: "Welche Folgen hätte eine Senkung ...?" (an
    indefinite subject after the verb of a question), "; ein Ausbruch hätte" (opening the clause)."""
    after = _word(tokens[index + 1]) if index + 1 < len(tokens) and not CLAUSE_END.search(tokens[index]) else ""
    if after in INDEFINITE_SUBJECT and _in_question(tokens, index):
        return SUPPOSED_IN_QUESTION_WEIGHT, "supposed event in a question"
    if index > 1 and tokens[index - 2].lower() in INDEFINITE_SUBJECT and tokens[index - 1].isalpha():
        opens = index == 2 or CLAUSE_END.search(tokens[index - 3]) or tokens[index - 3] in CONJUNCTIONS
        if opens and tokens[index - 1][:1].isupper():
            return INDEFINITE_SUBJECT_WEIGHT, "indefinite subject"
    return 0.0, ""


def _word(token: str) -> str:
    return _STRIP.sub("", token).lower()


def _number_cue(tokens: Sequence[str], index: int) -> tuple[float, str]:
    """Plural nouns take the umlaut: "viele Fälle", "Schäden wurden"; singular keep it plain."""
    score = 0.0
    k = index - 1
    # skip attributive adjectives: "die wirtschaftlichen Schäden" (-en after die: plural)
    while k >= 0 and k > index - 3 and tokens[k].islower() and _adjective_like(_word(tokens[k])):
        k -= 1
    if k >= 0 and not CLAUSE_END.search(tokens[k]):
        prev = _word(tokens[k])
        if prev.isdigit() and prev not in ("1", "0"):
            score += 1.0
        weak = k < index - 1 and prev == "die"  # die + adjective-en is only plural
        score += 1.0 if weak else PLURAL_BEFORE.get(prev, 0.0) - SINGULAR_BEFORE.get(prev, 0.0)
        if k == index - 1:  # inverted order: "wie oft wurden Mängel festgestellt?"
            score += PLURAL_AFTER.get(prev, 0.0) - SINGULAR_AFTER.get(prev, 0.0)
    if index + 1 < len(tokens) and not CLAUSE_END.search(tokens[index]):
        nxt = _word(tokens[index + 1])
        score += PLURAL_AFTER.get(nxt, 0.0) - SINGULAR_AFTER.get(nxt, 0.0)
    return NUMBER_WEIGHT * max(-1.0, min(1.0, score)), "number agreement" if score else ""


def _adjective_like(word: str) -> bool:
    """An -en word that is no cue itself: "wirtschaftlichen", but not "vielen" or "wurden"."""
    cues = (PLURAL_BEFORE, SINGULAR_BEFORE, PLURAL_AFTER, SINGULAR_AFTER)
    return word.endswith("en") and not any(word in table for table in cues)


def _werden_cue(lex: Lexicon, tokens: Sequence[str], index: int) -> tuple[float, str]:
    """The verb closing the clause: infinitive → würde, participle → wurde.

    Main clause: "wurde ... beschlossen." Subordinate clause: "..., die beschlossen wurde."
    """
    if CLAUSE_END.search(tokens[index]) or index + 1 == len(tokens):
        return _verb_form(lex, tokens[index - 1]) if index > 0 else (0.0, "")
    closing = _clause_close(tokens, index)
    return _verb_form(lex, tokens[closing]) if closing is not None else (0.0, "")


def _clause_close(tokens: Sequence[str], index: int) -> int | None:
    """The token closing the clause that token `index` stands in, when it comes soon after it."""
    for k in range(index + 1, min(len(tokens), index + 1 + MAX_LOOKAHEAD)):
        if CLAUSE_END.search(tokens[k]) or k + 1 == len(tokens):
            return k
    return None


def _strong_present(lex: Lexicon, cand: str) -> bool:
    """Whether an umlaut reading ending in -t is a strong verb's 3rd person present: hält, trägt,
    lässt (halten, tragen, lassen listed; no weak past hälte, trägte), not zählt (zählte)."""
    if not cand.endswith("t") or cand.isascii():
        return False
    return bool(_infinitive(lex, cand)) and not lex.case_flags(cand[:-1] + "te") & LOWER


_PLAIN_VOWELS = str.maketrans("äöü", "aou")


def _infinitive(lex: Lexicon, present: str, prefix: str = "") -> str:
    """The listed infinitive of a strong verb's 3rd person present, with a separable prefix, or "":
    trägt → tragen, lässt → lassen, hält → halten (its stem ends in t), hält + vor → vorhalten."""
    plain = prefix + present.translate(_PLAIN_VOWELS)
    return next((verb for verb in (plain[:-1] + "en", plain + "en") if lex.case_flags(verb) & LOWER), "")


def _finite_verb_cue(lex: Lexicon, cand: str, tokens: Sequence[str], index: int) -> tuple[float, str]:
    """A strong verb's 3rd person present against its plain twin: the separable prefix closing
    the clause ("hält ... vor": vorhalten), or a noun before it (not the sentence's first word)
    and a subject or object after it."""
    closing = None if CLAUSE_END.search(tokens[index]) else _clause_close(tokens, index)
    if closing is not None:
        prefix = _word(tokens[closing])
        if prefix in SEPARABLE and _infinitive(lex, cand, prefix):
            return FINITE_VERB_WEIGHT, "separable prefix closes the clause"
    if 1 < index < len(tokens) - 1:
        before = tokens[index - 1]
        noun_before = before[:1].isupper() and before.isalpha() and not SENTENCE_END.search(tokens[index - 2])
        if noun_before and _word(tokens[index + 1]) in NOUN_PHRASE_OPENERS:
            return FINITE_VERB_WEIGHT, "verb between noun phrases"
    return 0.0, ""


def _verb_form(lex: Lexicon, token: str) -> tuple[float, str]:
    """+weight for an infinitive, -weight for a participle, 0 when the form does not tell."""
    verb = _word(token)
    if verb.isalpha() and verb.islower() and not lex.is_listed(verb):
        verb = _reading(lex, verb)  # the closing verb is misread too: "wurde ... filhren"
    if not verb.isalpha() or not verb.islower() or not lex.is_listed(verb):
        return 0.0, ""
    # the longest prefix: zurück|gegeben, not zu|rückgegeben
    stem = next((verb[len(p):] for p in _LONGEST_FIRST if verb.startswith(p) and len(verb) > len(p) + 4), verb)
    if stem.startswith("ge") or verb.endswith(("iert", "t")):
        return -WERDEN_WEIGHT, "participle follows"
    if verb.endswith("en") and not verb.startswith(INSEPARABLE):
        return WERDEN_WEIGHT, "infinitive follows"
    return 0.0, ""


def _reading(lex: Lexicon, word: str) -> str:
    """An unlisted word's likeliest reading when it is a listed lower-case word, else the word."""
    from pipeline.repair_rules import analyse_piece  # (repair_rules needs no context: no cycle)

    best = next(iter(analyse_piece(lex, word).candidates), None)
    return best.text if best is not None and best.parts == 1 and best.flags & LOWER else word


def _adjective_cue(
    lex: Lexicon, orig: str, cand: str, tokens: Sequence[str], index: int
) -> tuple[float, str]:
    """Comparatives take the umlaut before "als" (höher als); no inflected adjective ends a clause."""
    if not CLAUSE_END.search(tokens[index]) and index + 1 < len(tokens):
        if cand.endswith("er") and _word(tokens[index + 1]) in COMPARATIVE_NEXT:
            return ADJECTIVE_WEIGHT, "comparative"
        return 0.0, ""
    for ending in ADJECTIVE_ENDINGS:
        if orig.endswith(ending) and cand.endswith(ending):
            base, cand_base = orig[: -len(ending)], cand[: -len(ending)]
            adjective = all(lex.case_flags(base + e) & LOWER for e in ("es", "em"))  # starkes, starkem
            if adjective and lex.zipf(base) - lex.zipf(cand_base) >= 2.0:
                return ADJECTIVE_WEIGHT, "clause-final verb"
            return 0.0, ""
    return 0.0, ""
