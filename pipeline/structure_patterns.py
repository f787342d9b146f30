"""spaCy token patterns for the people and bodies German letters name.

Labels: TITLE ("Dr.", "Prof.", "Dipl.-Ing."), FORM of address ("Herrn", "Frau", "z. Hd."),
ROLE ("Landrätin", "stellv. Fraktionsvorsitzende", "Geschäftsführer/in", "sachkundiger Bürger"),
FACTION head ("Fraktion", "SPD-Kreistagsfraktion", "GRÜNE/B90-Fraktion", "PIRATENFRAKTION"),
PARTY ("Bündnis 90/Die Grünen", "DIE LINKE", "der SPD", "FDP/FW") and SEAT ("im Kreistag des
Kreises Wesel"). One `Matcher` on the vocabulary of the structure stage's blank German pipeline
(its tokenizer knows "stellv.", "z.B.", "Dr."), built at first use; each text is matched once
and its mentions cached, as the same header lines are asked about many times.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.matcher import Matcher
from spacy.util import filter_spans

from pipeline.structure_text import nlp

log = logging.getLogger(__name__)

Pattern = list[dict[str, Any]]

TITLE, FORM, ROLE, FACTION, PARTY, SEAT = "TITLE", "FORM", "ROLE", "FACTION", "PARTY", "SEAT"

# Function nouns by how German forms the feminine: agent nouns take "-in" ("Sprecher" →
# "Sprecherin"), nominalised participles and adjectives decline ("Vorsitzende", "-r", "-n").
AGENT_NOUNS = (
    "geschäftsführer", "sprecher", "bürgermeister", "kreisdirektor", "dezernent", "präsident",
    "referent", "schatzmeister", "leiter", "mitarbeiter", "assistent", "minister", "sekretär",
)  # fmt: skip
DECLINED_NOUNS = ("vorsitzende", "beigeordnete", "abgeordnete", "verordnete")
# Feminine forms outside the two rules, and nouns of one gender.
# "Kreisrat"/"Kreisrätin" is the title of a Kreistag member in Bavaria; "Rechtsanwältin" signs
# and receives letters like an office.
OTHER_ROLE_NOUNS = (
    "landrat", "landrätin", "kreisrat", "kreisrätin", "kämmerer", "kämmerin", "mitglied", "rechtsanwalt", "rechtsanwältin",
)  # fmt: skip
# Gender-inclusive endings glued to the noun: "Sprecher*in", "Sprecher_innen", "Geschäftsführer/-in"
# (any mark, as OCR reads "*" as "®" or "+").
INCLUSIVE = r"(?:(?:[^\w\s]|_)?-?in(?:nen)?)"

ROLE_NOUNS = "|".join(
    [f"{noun}{INCLUSIVE}?" for noun in AGENT_NOUNS]
    + [f"{noun}[rn]?" for noun in DECLINED_NOUNS]
    + list(OTHER_ROLE_NOUNS)
)
# A role noun, also as the head of a compound ("Fraktionsvorsitzender", "Kreistagsabgeordneter",
# "SPD-Fraktionsvorsitzende", "Oberbürgermeisterin"); matched on the lower-cased token. A joined
# prefix has four letters or more, so "Begleiter" and "Fürsprecher" are no "Leiter", "Sprecher".
ROLE_WORD = rf"^(?:[\wäöüß]+-){{0,2}}(?:[a-zäöüß]{{4,}})?(?:{ROLE_NOUNS})$"
# A qualifier that is part of the role: "stellv. Vorsitzende", "fraktionsloses Kreistagsmitglied".
DEPUTY = {"LOWER": {"REGEX": r"^(?:stellv\.|stellvertretende[rn]?|(?:fraktions|partei)lose[rsn]?)$"}, "OP": "?"}
# "Vorsitzende/r", "Geschäftsführer/in", "Sprecher:in", "Vorsitzende(r)": the ending as separate tokens.
INCLUSIVE_ENDING: list[Pattern] = [
    [{"TEXT": {"REGEX": r"^[^\w\s().,;!?]$"}, "SPACY": False}, {"LOWER": {"IN": ["in", "-in", "innen", "r", "n"]}}],
    [{"ORTH": "(", "SPACY": False}, {"LOWER": {"IN": ["in", "r", "n"]}, "SPACY": False}, {"ORTH": ")"}],
]
# OCR splits a compound at its joint: "Fraktions vorsitzender" (the head stays lower-case).
COMPOUND_SPLIT = [
    {"TEXT": {"REGEX": r"^[A-ZÄÖÜ][a-zäöüß]{3,}s$"}},
    {"TEXT": {"REGEX": rf"^(?:{ROLE_NOUNS})$"}},
]
ROLE_PATTERNS: list[Pattern] = [
    [DEPUTY, {"LOWER": {"REGEX": ROLE_WORD}}],
    *([DEPUTY, {"LOWER": {"REGEX": ROLE_WORD}, "SPACY": False}, *ending] for ending in INCLUSIVE_ENDING),
    [DEPUTY, *COMPOUND_SPLIT],
    # "sachkundige Bürgerin", "Sachkundiger Bürger": a citizen member of a committee
    [{"LOWER": {"REGEX": r"^sachkundige[rn]?$"}}, {"LOWER": {"REGEX": rf"^bürger{INCLUSIVE}?$"}}],
]

# A faction head: "Fraktion", "Kreistagsfraktion", "SPD-Fraktion", "CDU-Kreistagsfraktion",
# "PIRATENFRAKTION", "SPD-FRAKTION" — not "Fraktionsvorsitzender" or "Fraktionen".
FACTION_NOUN = r"(?:(?:[A-ZÄÖÜ][a-zäöüß]*)?[Ff]raktion|[A-ZÄÖÜ]*FRAKTION)"
FACTION_WORD = rf"^(?:[\wÄÖÜäöüß]+-){{0,2}}{FACTION_NOUN}$"
NAMED_FACTION_WORD = rf"^(?:[\wÄÖÜäöüß]+-){{1,2}}{FACTION_NOUN}$"
FACTION_PATTERNS: list[Pattern] = [
    [{"TEXT": {"REGEX": FACTION_WORD}}],
    # "GRÜNE/B90-Fraktion", "FDP/FW-Fraktion": two names joined by a slash before the hyphen
    [{"TEXT": {"REGEX": r"^\w+$"}, "SPACY": False}, {"ORTH": "/", "SPACY": False},
     {"TEXT": {"REGEX": NAMED_FACTION_WORD}}],
    # OCR moved the space across the hyphen: "SPD- Fraktion", "SPD -Fraktion"
    [{"TEXT": {"REGEX": r"^[A-ZÄÖÜ][\wÄÖÜäöüß]*-$"}}, {"TEXT": {"REGEX": FACTION_WORD}}],
    [{"TEXT": {"REGEX": r"^[A-ZÄÖÜ][\wÄÖÜäöüß]*$"}}, {"TEXT": {"REGEX": rf"^-{FACTION_NOUN}$"}}],
]

# Party names as printed after "Fraktion": spelled out, all capitals, or a capitalised acronym.
ARTICLE = {"LOWER": {"IN": ["der", "von"]}, "OP": "?"}
CAPS = {"TEXT": {"REGEX": r"^[A-ZÄÖÜ]{2,}$"}}
# OCR reads "ü" as "u", "ii" or "ue": "Bundnis", "Biindnis", "Gruenen".
ALLIANCE = {"TEXT": {"REGEX": r"^(?:B\w{1,3}ndnis|BÜNDNIS)$"}}
GREENS = {"TEXT": {"REGEX": r"^(?:Gr\w{1,3}nen|GRÜNEN)$"}}
PARTY_PATTERNS: list[Pattern] = [
    [ARTICLE, ALLIANCE, {"ORTH": "90"}, {"ORTH": "/"}, {"LOWER": "die"}, GREENS],
    [ARTICLE, {"TEXT": {"REGEX": r"^(?:B\w{1,3}ndnis|BÜNDNIS)90$"}}, {"ORTH": "/"}, {"LOWER": "die"}, GREENS],
    [ARTICLE, {"ORTH": {"IN": ["Die", "DIE"]}},
     {"ORTH": {"IN": ["Grünen", "GRÜNEN", "Linke", "LINKE", "PARTEI", "Unabhängigen"]}}],
    [ARTICLE, {"ORTH": {"IN": ["Freie", "FREIE"]}}, {"ORTH": {"IN": ["Wähler", "WÄHLER"]}}],
    # "Fraktion der Grünen", "Fraktion der Freien Wähler": the genitive of the spelled-out name
    [{"LOWER": "der"}, {"ORTH": {"IN": ["Grünen", "Linken", "Piraten", "Unabhängigen"]}}],
    [{"LOWER": "der"}, {"ORTH": "Freien"}, {"ORTH": "Wähler"}],
    [ARTICLE, {"ORTH": {"IN": ["AfD", "Volt", "Piraten"]}}],
    [ARTICLE, CAPS],
    [ARTICLE, {**CAPS, "SPACY": False}, {"ORTH": "/", "SPACY": False}, CAPS],
]

# Where a faction sits: "im Kreistag Kleve", "im Rat der Stadt Emmerich am Rhein".
COUNCILS = ["Kreistag", "Rat", "Stadtrat", "Gemeinderat", "Regionalrat", "Landtag", "Bezirkstag"]
PLACE = {"TEXT": {"REGEX": r"^[A-ZÄÖÜ][\wÄÖÜäöüß\-]*$"}}
AUTHORITY = [
    [],
    [{"ORTH": "des"}, {"ORTH": {"IN": ["Kreises", "Landkreises"]}}],
    [{"ORTH": "der"}, {"ORTH": {"IN": ["Stadt", "Gemeinde"]}}],
]
# "Bad Kreuznach", "St. Wendel"; "Emmerich am Rhein", "Frankfurt (Oder)"
PLACE_PREFIX = [[], [{"ORTH": {"IN": ["Bad", "St.", "Sankt"]}}]]
RIVER = [[], [{"ORTH": "am"}, PLACE], [{"ORTH": "an"}, {"ORTH": "der"}, PLACE], [{"ORTH": "("}, PLACE, {"ORTH": ")"}]]
COUNCIL = [{"ORTH": "im"}, {"ORTH": {"IN": COUNCILS}}]
# "im Kreistag des Saale-Holzland-Kreises", "im Kreistag des Hochsauerlandkreises"
NAMED_COUNTY = [{"ORTH": "des"}, {"TEXT": {"REGEX": r"^(?:[\wÄÖÜäöüß]+-)+Kreises$|^[A-ZÄÖÜ][a-zäöüß]+kreises$"}}]
SEAT_PATTERNS: list[Pattern] = [COUNCIL, [*COUNCIL, *NAMED_COUNTY]] + [
    [*COUNCIL, *authority, *prefix, PLACE, *river]
    for authority in AUTHORITY
    for prefix in PLACE_PREFIX
    for river in RIVER
]

# Titles that belong to a name: "Dr.", "Prof.", "Dr. rer. nat.", "Dr. h.c.", "Dipl.-Ing.", "Mag.".
TITLE_PATTERNS: list[Pattern] = [
    [{"ORTH": {"IN": ["Prof.", "Mag."]}}],
    [{"ORTH": "Dr."}, {"TEXT": {"REGEX": r"^(?:[a-z]+\.)+$"}, "OP": "*"}],
    [{"TEXT": {"REGEX": r"^Dipl\.-[A-Z][a-z]+\.$"}}],
    [{"TEXT": {"REGEX": r"^(?:Dipl|Dr)\.-[A-Z][a-z]+$"}, "SPACY": False}, {"ORTH": "."}],
]

# Forms of address before a name: "Herrn", "Frau", "Hr.", "z. Hd. Herrn".
FORMS = ["Herrn", "Herr", "Frau", "Hr.", "Fr."]
FOR_ATTENTION = [{"ORTH": "z."}, {"ORTH": "Hd"}, {"ORTH": ".", "OP": "?"}]
FORM_PATTERNS: list[Pattern] = [[{"ORTH": {"IN": FORMS}}], [*FOR_ATTENTION, {"ORTH": {"IN": FORMS}}]]

PATTERNS: dict[str, list[Pattern]] = {
    TITLE: TITLE_PATTERNS,
    FORM: FORM_PATTERNS,
    ROLE: ROLE_PATTERNS,
    FACTION: FACTION_PATTERNS,
    PARTY: PARTY_PATTERNS,
    SEAT: SEAT_PATTERNS,
}


@dataclass(frozen=True)
class Mention:
    """One recognised span: its label and character offsets in the matched text."""

    label: str
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    """All patterns in one Matcher on the structure stage's vocabulary (built once per process)."""
    found = Matcher(nlp().vocab)
    for label, patterns in PATTERNS.items():
        found.add(label, patterns)
    return found


@lru_cache(maxsize=16384)
def mentions(text: str) -> tuple[Mention, ...]:
    """Every mention in `text`, left to right; within a label the longest of overlapping ones."""
    doc = nlp().make_doc(text)
    by_label: dict[str, list[Any]] = {}
    for span in matcher()(doc, as_spans=True):
        by_label.setdefault(span.label_, []).append(span)
    found = [
        Mention(label, span.start_char, span.end_char, span.text)
        for label, spans in by_label.items()
        for span in filter_spans(spans)
    ]
    return tuple(sorted(found, key=lambda m: (m.start, m.label)))


def find_all(text: str, label: str) -> list[Mention]:
    """The mentions of one label, left to right, not overlapping."""
    return [m for m in mentions(text) if m.label == label]


def find(text: str, label: str) -> Mention | None:
    """The first mention of a label in `text`, or None."""
    return next((m for m in mentions(text) if m.label == label), None)


def at_start(text: str, label: str) -> Mention | None:
    """The mention of a label that begins `text` (no leading space), or None."""
    return next((m for m in mentions(text) if m.label == label and m.start == 0), None)
