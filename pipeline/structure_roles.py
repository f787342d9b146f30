"""Vocabulary for people and bodies: titles, roles, factions, genitive organisation names."""
from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

# Forms of address dropped from names: "Herrn W. Spreen" → "W. Spreen".
ADDRESS_FORMS = re.compile(r"^(?:z\.\s?Hd\.?\s*)?(?:Herrn|Herr|Frau|Hr\.|Fr\.)(?:\s+|$)")

# Academic and honorary titles are part of a name: "Dr.", "Prof. Dr.", "Dipl.-Ing.".
TITLE = r"(?:Prof\.|Dr\.(?:\s?[a-z]+\.)*|Dipl\.-[A-Z][a-z]+\.|Mag\.)"

# Function names (m/f), optionally "stellv." or a compound prefix: "Fraktionsvorsitzende",
# "stellv. Vorsitzender", "Kreistagsabgeordneter", "Landrätin", "Geschäftsführerin".
ROLE = re.compile(
    r"(?:(?:stellv\.|stellvertretende[rn]?)\s*)?"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*-?)?"
    r"(?:vorsitzende[rn]?|geschäftsführer(?:in)?|sprecher(?:in)?|landrat|landrätin|"
    r"(?:ober)?bürgermeister(?:in)?|kreisdirektor(?:in)?|dezernent(?:in)?|beigeordnete[rn]?|"
    r"präsident(?:in)?|kämmerer|kämmerin|abgeordnete[rn]?|referent(?:in)?|schatzmeister(?:in)?|"
    r"mitglied|kreistagsmitglied|ratsmitglied|sachkundige[rn]?\s+bürger(?:in)?|leiter(?:in)?)\b",
    re.IGNORECASE,
)

# A role spelled out with its body: "Vorsitzender der Fraktion …", "Landrat des Kreises Kleve".
ROLE_WITH_BODY = re.compile(rf"^(?P<role>{ROLE.pattern})(?:\s+(?P<rest>(?:der|des|im|für)\s+.+))?$", re.IGNORECASE)

# Faction heads: "Fraktion", "SPD-Kreistagsfraktion", "CDU-Fraktion", "PIRATENFRAKTION".
FACTION_HEAD = re.compile(
    r"(?<![\wÄÖÜäöüß-])(?:[\wÄÖÜäöüß]+(?:[-/][\wÄÖÜäöüß]+)?-)?(?:[A-ZÄÖÜ][a-zäöüß]*)?[Ff]raktion\b"
    r"|\b[A-ZÄÖÜ]+FRAKTION\b"
)

# Party names that may follow "Fraktion": "Bündnis 90/Die Grünen", "DIE LINKE", "der SPD", "UKF".
PARTY = re.compile(
    r"(?:der\s+|von\s+)?(?:B\w{1,3}ndnis\s*90\s*/\s*Die\s+Gr\w{1,3}nen|BÜNDNIS\s*90\s*/\s*DIE\s+GRÜNEN"
    r"|(?:Die|DIE)\s+(?:Grünen|GRÜNEN|Linke|LINKE|PARTEI|Unabhängigen)|(?:Freie|FREIE)\s+(?:Wähler|WÄHLER)"
    r"|AfD|Volt|Piraten|[A-ZÄÖÜ]{2,}(?:/[A-ZÄÖÜ]{2,})?)(?![\wäöüß])"
)

# "im Kreistag Kleve", "im Rat der Stadt Emmerich", "im Kreistag des Kreises Wesel".
FACTION_SEAT = re.compile(
    r"im\s+(?:Kreistag|Rat|Stadtrat|Gemeinderat|Regionalrat|Landtag|Bezirkstag)"
    r"(?:\s+(?:des\s+Kreises|der\s+Stadt|der\s+Gemeinde)?\s*[A-ZÄÖÜ][\wÄÖÜäöüß\-]*(?:\s+(?:am|an\s+der)\s+[A-ZÄÖÜ]\w+)?)?"
)

# Genitive body names become nominative organisations: "des Kreises Kleve" → "Kreis Kleve".
GENITIVE_ENDINGS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)(kreis)es$"), r"\1"),  # "Kreises" → "Kreis", "Rhein-Kreises" → "Rhein-Kreis"
    (re.compile(r"(?i)(tag)e?s$"), r"\1"),  # "Kreistages" → "Kreistag"
    (re.compile(r"(?i)(rat)e?s$"), r"\1"),  # "Rates" → "Rat"
    (re.compile(r"(?i)(ausschuss)es$"), r"\1"),  # "Ausschusses" → "Ausschuss"
    (re.compile(r"(?i)(amt)e?s$"), r"\1"),  # "Jobcenters" is left alone; "Amtes" → "Amt"
]


def nominative_body(text: str) -> str:
    """'des Kreises Kleve' → 'Kreis Kleve'; 'der Stadt Wesel' → 'Stadt Wesel'."""
    text = re.sub(r"^(?:des|der|dem|den)\s+", "", text.strip())
    head, _, tail = text.partition(" ")
    for pattern, repl in GENITIVE_ENDINGS:
        if pattern.search(head):
            head = pattern.sub(repl, head)
            break
    return f"{head} {tail}".strip()


def strip_address_form(text: str) -> str:
    """'Herrn Dr. Ansgar Müller' → 'Dr. Ansgar Müller'."""
    return ADDRESS_FORMS.sub("", text.strip()).strip(" ,")


# Name tokens; a digit or capital inside a word is tolerated because OCR prints "ß" as "f3" or
# "R" ("Janf3en", "BuRmann") and names like "McAllister" exist.
NAME_TOKEN = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüßéèáàç']+(?:[0-9A-Z]{1,2}[a-zäöüß]+)?(?:-[A-ZÄÖÜ][a-zäöüßéèáàç']+)*|[A-ZÄÖÜ]{2,}(?:-[A-ZÄÖÜ]{2,})?|[A-ZÄÖÜ]\.(?:-[A-ZÄÖÜ]\.)?|von|van|de|zu|der|den|ter)$")


def looks_like_name(text: str) -> bool:
    """A personal name: optional titles, then 2-5 capitalised tokens ("Jürgen Franken", "W. Spreen")."""
    text = re.sub(rf"^(?:{TITLE}\s*)+", "", text.strip())
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or ROLE.search(text) or FACTION_HEAD.search(text):
        return False
    if not tokens[-1][:1].isupper() or tokens[-1].endswith("."):
        return False
    return all(NAME_TOKEN.match(token) for token in tokens)


def short_role(text: str | None) -> str | None:
    """The function word of a role line: 'Vorsitzender der Fraktion …' → 'Vorsitzender'."""
    if not text:
        return None
    m = ROLE.search(text)
    return m.group(0) if m else text


def faction_in(text: str, known_places: set[str]) -> str | None:
    """The faction named in `text` with its party and seat, e.g. 'Fraktion DIE LINKE im Kreistag Wesel'."""
    m = FACTION_HEAD.search(text)
    if not m:
        return None
    end = m.end()
    rest = text[end:]
    party = PARTY.match(rest.lstrip())
    if party and rest[: len(rest) - len(rest.lstrip())] in (" ", ""):
        end += len(rest) - len(rest.lstrip()) + party.end()
    rest = text[end:]
    seat = FACTION_SEAT.match(rest.lstrip())
    if seat and rest.startswith(" "):
        end += 1 + seat.end()
    else:
        place = re.match(r" ([A-ZÄÖÜ][\wÄÖÜäöüß\-]+)", rest)
        if place and place.group(1) in known_places:
            end += place.end()
    return text[m.start() : end].strip()
