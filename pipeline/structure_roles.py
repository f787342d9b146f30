"""People and bodies in letter lines: roles, forms of address, titles and factions (asked of the
spaCy patterns in structure_patterns), names, genitive organisation names."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from pipeline import structure_patterns as patterns

log = logging.getLogger(__name__)

# After a role, the body it serves: "Vorsitzender der Fraktion …", "Landrat des Kreises Kleve".
BODY_AFTER_ROLE = re.compile(r"\s+(?P<rest>(?:der|des|im|für)\s+.+)", re.IGNORECASE)


@dataclass(frozen=True)
class RoleWithBody:
    """A role line split into the function and the body after it ("der Fraktion …"), if any."""

    role: str
    rest: str | None
    text: str


def address_form(text: str) -> patterns.Mention | None:
    """The form of address opening `text` ("Herrn", "Frau", "z. Hd. Herrn"), followed by a space or the end."""
    form = patterns.at_start(text, patterns.FORM)
    return form if form and (form.end == len(text) or text[form.end].isspace()) else None


def find_address_form(text: str) -> patterns.Mention | None:
    """The first form of address anywhere in `text`: "Sehr geehrte Frau Dr. Meier" → "Frau"."""
    return patterns.find(text, patterns.FORM)


def role_at_start(text: str) -> patterns.Mention | None:
    """The role that opens `text`: "Landrat Dr. Müller" → "Landrat"."""
    return patterns.at_start(text, patterns.ROLE)


def find_role(text: str) -> patterns.Mention | None:
    """The first role anywhere in `text`."""
    return patterns.find(text, patterns.ROLE)


def roles_in(text: str) -> list[patterns.Mention]:
    """All roles in `text`, left to right: "stellv. Vorsitzende Kreistagsmitglied" → two."""
    return patterns.find_all(text, patterns.ROLE)


def _may_name_faction(text: str) -> bool:
    """Every faction pattern holds the word "Fraktion": lines without it skip the matcher (speed)."""
    return "fraktion" in text.casefold()


def has_faction(text: str) -> bool:
    """Whether `text` names a faction head ("Fraktion", "CDU-Kreistagsfraktion")."""
    return _may_name_faction(text) and patterns.find(text, patterns.FACTION) is not None


def faction_at_start(text: str) -> bool:
    return _may_name_faction(text) and patterns.at_start(text, patterns.FACTION) is not None


def is_party_name(text: str) -> bool:
    """A line that is only a party's name: "FREIE WÄHLER", "BÜNDNIS 90/DIE GRÜNEN", "DIE LINKE."."""
    bare = text.strip().rstrip(".")
    party = patterns.at_start(bare, patterns.PARTY)
    return party is not None and party.end == len(bare)


def names_party(text: str) -> bool:
    return patterns.find(text, patterns.PARTY) is not None


def names_seat(text: str) -> bool:
    """Whether `text` says where a body sits: "… im Kreistag Kleve"."""
    return patterns.find(text, patterns.SEAT) is not None


def is_seat(text: str) -> bool:
    """A whole line that is a seat: "im Kreistag des Rems-Murr-Kreises"."""
    seat = patterns.at_start(text.strip(), patterns.SEAT)
    return seat is not None and seat.end == len(text.strip())


def seated_group(text: str) -> str | None:
    """A group named by where it sits, without the word "Fraktion": "Volt im Kreistag Konstanz",
    "Gruppe FDP/FW im Kreistag Göttingen" — not a role ("Mitglied im Kreistag …") or an address."""
    seats = [m for m in patterns.find_all(text, patterns.SEAT) if m.end == len(text.rstrip())]
    if not seats or role_at_start(text) or re.search(r"\d|@", text):
        return None
    words = text[: seats[-1].start].split()  # a name: capitalised words ("Gruppe Volt/Die PARTEI")
    return text.strip() if 1 <= len(words) <= 6 and all(map(_name_word, words)) else None


def _name_word(word: str) -> bool:
    """A word of a group's or party's name: "Wähler", "Volt/Die", "(FWG)", "und"."""
    return word[:1].isupper() or word in ("und", "der", "die", "von") or re.fullmatch(r"\([A-ZÄÖÜ]{2,}\)", word) is not None


# A group's head (Lower Saxony and others have "Gruppen" of factions): "Gruppe SPD/GRÜNE",
# "CDU/FDP-Gruppe Landkreis Harburg", "Kreistagsgruppe FDP/Freie Wähler".
GROUP_HEAD = re.compile(r"^(?:(?:Kreistags)?[Gg]ruppe\s+[A-ZÄÖÜ]|[\wÄÖÜäöüß/]+-(?:Kreistags)?[Gg]ruppe(?:\s|$))")


def named_group(text: str) -> str | None:
    """A letterhead line that names a group by its head word, with no seat printed."""
    text = text.strip()
    if not GROUP_HEAD.match(text) or re.search(r"\d|@", text) or not 1 <= len(text.split()) <= 6:
        return None
    return text


# An address line naming the office of a function holder: "– Büro des Landrats –", "Büro der Landrätin",
# also without the article, the holder in the nominative: "– Büro Landrat –".
OFFICE_OF = re.compile(
    r"^[–—-]?\s*(?:Büro|Vorzimmer|Sekretariat)\s+(?:(?:des|der)\s+)?(?P<holder>[\wÄÖÜäöüß-]+)\s*[–—-]?$"  # OCR: "—"
)


def role_of_office(text: str) -> str | None:
    """'– Büro des Landrats –' → 'Landrat': the role of the person whose office is addressed."""
    m = OFFICE_OF.match(text.strip())
    if not m:
        return None
    holder = m["holder"]
    for word in (holder, re.sub(r"e?s$", "", holder)):  # genitive "Landrats", "Kreisdirektors"
        role = role_at_start(word)
        if role and role.end == len(word):
            return role.text
    return None


def role_with_body(text: str) -> RoleWithBody | None:
    """A whole line that is a role, optionally with its body: "Vorsitzender der Fraktion X"."""
    role = role_at_start(text)
    if role is None:
        return None
    tail = text[role.end :]
    body = BODY_AFTER_ROLE.fullmatch(tail)
    if tail and not body:
        return None
    return RoleWithBody(role.text, body["rest"] if body else None, text)


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
    text = text.strip()
    form = address_form(text)
    return (text[form.end :] if form else text).strip().strip(" ,")


# Letters of the names German letters print: German plus the Latin letters of Turkish, Polish,
# Czech, French, ... names ("Aydın", "Łukasz", "Šimek", "Çelik").
_UP = "A-ZÄÖÜÀÁÂÃÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕØÙÚÛÝĀĂĄĆČĎĐĒĖĘĚĞİĪĮĶĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LOW = "a-zäöüßàáâãåæçèéêëìíîïñòóôõøùúûýÿāăąćčďđēėęěğıīįķĺľłńňōőœŕřśşšţťūůűųźżž'"
# Name tokens; a digit or capital inside a word is tolerated because OCR prints "ß" as "f3" or
# "R" ("Janf3en", "BuRmann") and names like "McAllister" exist.
_NAME_WORD = rf"[{_UP}][{_LOW}]+"
NAME_TOKEN = re.compile(
    rf"^(?:{_NAME_WORD}(?:[0-9A-Z]{{1,2}}[a-zäöüß]+)?(?:-{_NAME_WORD})*|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?"
    rf"|[{_UP}]\.(?:-[{_UP}]\.)?|von|van|de|zu|der|den|ter)$"
)


# A council member's title before a signed name: "Stadtrat Detlef Hofmann", "Ortschaftsrätin …".
MEMBER_TITLE = re.compile(
    r"^(?P<title>(?:Stadt|Gemeinde|Ortschafts|Bezirksbei|Kreis)r(?:at|ätin)|Stadtverordnete[r]?)\s+")
# A party in parentheses after a name: "Stefan Schmitt (parteilos)", "Stadträtin Doris Baitinger (SPD)".
PARTY_AFTER = re.compile(r"\s*\((?P<party>[^()\d]{2,30})\)\s*$")


# What no name contains: brackets, bars, symbols; a digit not inside a word (OCR's "Janf3en" is).
_NOT_IN_NAME = re.compile(r"[^\w\s.,'’-]|_|(?<![^\W\d_])\d|\d(?![^\W\d_])")


def is_name_text(text: str) -> bool:
    """What follows "Herrn"/"Frau" is a name unless handwriting or a stamp OCR'd into the line
    made it something no name is ("Minist Aa TB) v4 rc | A")."""
    tokens = text.split()
    return 1 <= len(tokens) <= 6 and _NOT_IN_NAME.search(text) is None


def looks_like_name(text: str) -> bool:
    """A personal name: optional titles, then 2-5 capitalised tokens ("Jürgen Franken", "W. Spreen")."""
    text = text.strip()
    while title := patterns.at_start(text, patterns.TITLE):
        text = text[title.end :].lstrip()
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or find_role(text) or has_faction(text):
        return False
    if not tokens[-1][:1].isupper() or tokens[-1].endswith("."):
        return False
    return all(NAME_TOKEN.match(token) for token in tokens)


def short_role(text: str | None) -> str | None:
    """The function word of a role line: 'Vorsitzender der Fraktion …' → 'Vorsitzender'."""
    if not text:
        return None
    role = find_role(text)
    return role.text if role else text


def faction_in(text: str, known_places: set[str]) -> str | None:
    """The faction named in `text` with its party and seat, e.g. 'Fraktion DIE LINKE im Kreistag Wesel'."""
    head = patterns.find(text, patterns.FACTION) if _may_name_faction(text) else None
    if not head:
        return None
    end = _end_of_next(text, head.end, patterns.PARTY, spaces=(0, 1)) or head.end
    rest = text[end:]
    seat_end = _end_of_next(text, end, patterns.SEAT, spaces=(1, len(text)))
    if not seat_end:  # the party's full name goes on before the seat: "Freie Wähler Gemeinschaft (FWG) im …"
        name = re.match(r"(?: \S+){1,3}?(?= im )", rest)
        if name and all(map(_name_word, name[0].split())):
            seat_end = _end_of_next(text, end + name.end(), patterns.SEAT, spaces=(1, 1))
    if seat_end:
        end = seat_end
    else:
        # the longest known place the faction is followed by: "… Bad Kreuznach", not "… Bad"
        follows = [p for p in known_places if re.match(rf" {re.escape(p)}(?![\wÄÖÜäöüß-])", rest)]
        if follows:
            end += 1 + len(max(follows, key=len))
    return text[head.start : end].strip()


def _end_of_next(text: str, end: int, label: str, spaces: tuple[int, int]) -> int | None:
    """Where a mention of `label` ends that follows `end` after spaces[0]..spaces[1] blanks."""
    rest = text[end:]
    gap = len(rest) - len(rest.lstrip())
    if not spaces[0] <= gap <= spaces[1] or (gap and rest[0] != " "):
        return None
    found = patterns.at_start(rest[gap:], label)
    return end + gap + found.end if found else None
