"""People in a letter: addressee, sender (faction and contact data), cc list."""
from __future__ import annotations

import logging
import re

from models import Party, Sender, Signatory
from pipeline.structure_header import HEADER_NOISE, Layout, columns
from pipeline.structure_roles import (
    address_form,
    faction_at_start,
    faction_in,
    find_address_form,
    has_faction,
    is_name_text,
    is_party_name,
    is_seat,
    looks_like_name,
    named_group,
    names_party,
    names_seat,
    nominative_body,
    role_at_start,
    role_of_office,
    role_with_body,
    seated_group,
    short_role,
    strip_address_form,
)
from pipeline.structure_signatures import CC_LABEL, SIGNATURE_END, signature_lines
from pipeline.structure_text import PAGE_FURNITURE as PAGE_NUMBER
from pipeline.structure_text import TextLine, index_blocks, join_lines

log = logging.getLogger(__name__)

# The opening of an address block: "An den", "An die", "An das", "An", an e-mail's "An:".
ADDRESS_OPENING = re.compile(r"^(?:An(?:\s+(?:den|die|das))?|(?:An|To)\s*:)(?:\s+|$)")
# A letter sent as an e-mail starts with its header fields: "Von: …", "An: …", "Betreff: …".
MAIL_FIELD = re.compile(r"^(?P<label>Von|From|An|To|Cc|Gesendet|Sent|Datum|Date|Betreff|Subject)\s*:\s*\S", re.IGNORECASE)
MAIL_TO = re.compile(r"^(?:An|To)\s*:", re.IGNORECASE)
MAIL_SENDER_LABEL = re.compile(r"^(?:Von|From)\s*:\s*", re.IGNORECASE)
MAIL_ADDRESS = re.compile(r"\s*<(?P<email>[^<>@\s]+@[^<>\s]+)>")
# Organisation lines in an address block: "Kreis Wesel", "Kreisverwaltung Kleve", "Stadt Emmerich",
# "Landratsamt Passau" (the county administration in Bavaria, Baden-Württemberg, Saxony, …),
# "Kreisausschuss des Main-Kinzig-Kreises" (the administration in Hesse).
ORGANISATION_LINE = re.compile(
    r"^(?:(?:Kreis|Kreisverwaltung|Landkreis|Landratsamt|Stadt|Stadtverwaltung|Gemeinde|Städteregion"
    r"|Bezirksregierung)\b"
    r"|Kreisausschuss\s+(?:des|der)\s"
    r"|[\wÄÖÜäöüß-]+-Kreis$|[A-ZÄÖÜ][\wäöüß]*kreis$|[A-ZÄÖÜ][\wäöüß-]+er\s+Kreis$)"
)
# A council body a letter may be addressed to as a whole (in an address block only: in a
# letterhead "Kreistag Kleve" is the faction's seat).
ADDRESSED_BODY = re.compile(r"^(?:Kreistag|Ausschuss|[A-ZÄÖÜ][\wäöüß-]*ausschuss)\b")
# A role's genitive naming an administration is the organisation: "Landrat des Kreises Kleve";
# any other body stays in the role: "Vorsitzender des Finanzausschusses".
ADMINISTRATION = re.compile(
    r"^(?:Kreis|Landkreis|Stadt|Gemeinde|Städteregion|[\wÄÖÜäöüß-]+-Kreis|[A-ZÄÖÜ][\wäöüß]*kreis)\b"
)
# Postal lines that carry no party data: "Reeser Landstraße 31", "46483 Wesel", "Postfach 1234".
POSTAL_LINE = re.compile(r"\d|^Postfach\b", re.IGNORECASE)
# A street or town line: "Reeser Landstraße 31", "46483 Wesel", "Postfach 1234".
POSTAL_ADDRESS = re.compile(r"^(?:\d{5}\s+[A-ZÄÖÜ]|Postfach\b|[A-ZÄÖÜ][\wäöüß.\- ]+\s\d{1,4}\s?[a-z]?$)")

# Contact data in the letterhead: "Telefon (0 28 21) 2 67 59", "Telefax …", "E-Mail: a@b.de".
PHONE = re.compile(r"\b(?:Telefon|Tel|Fon|Phone)\b\.?\s*:?\s*(?P<v>[+(\d][\d\s/()\-–]{4,}\d)", re.IGNORECASE)
FAX = re.compile(r"\b(?:Telefax|Fax)\b\.?\s*:?\s*(?P<v>[+(\d][\d\s/()\-–]{4,}\d)", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
POSTCODE_PART = re.compile(r"\b\d{5}\s+[A-ZÄÖÜ]")
# A faction head without a name: "Sprecherin der Fraktion" says only that there is one.
BARE_FACTION = re.compile(r"(?:Kreistags)?[Ff]raktion")
# "·" and "|" separate letterhead parts; OCR often prints "·" as " - " or " : ".
LETTERHEAD_SEPARATORS = re.compile(r"\s*[·•|]\s*|\s{3,}|\s[-–:]\s")
# The parts of a return address: "Name, Straße 4, 12345 Ort" or "Name · Straße 4 · 12345 Ort".
RETURN_ADDRESS_PARTS = re.compile(r"\s*,\s*|" + LETTERHEAD_SEPARATORS.pattern)


# The article some print before the addressee's office or body: "Der Landrat", "Der Kreisausschuss
# des Landkreises Gießen", "Das Landratsamt Rosenheim" (the body is named without it).
LEADING_ARTICLE = re.compile(r"^(?:Der|Die|Das|Den)\s+")


def _without_article(text: str) -> str:
    return LEADING_ARTICLE.sub("", text)


def _address_like(text: str) -> bool:
    """A line that can stand in an address block: opening, name, role, authority, postal line."""
    bare = _without_article(text)
    return bool(
        ADDRESS_OPENING.match(text)
        or address_form(text)
        or role_with_body(bare)
        or ORGANISATION_LINE.match(bare)
        or role_of_office(text)
        or POSTAL_ADDRESS.match(text)
        or HEADER_NOISE.match(text)
    )


# OCR's reading of handwriting or a stamp: no word of three letters, and a sign no name, date or
# letterhead prints ("a % ‘8-Z/L..")
SCRAWL_SIGN = re.compile(r"[%|\\~^*{}<>‘]")
WORD = re.compile(r"[^\W\d_]{3}")


def _left_column(text: str) -> str:
    """The first of the parts printed side by side (three or more spaces apart). A line with
    scrawl beside it is kept whole: what stands before the scrawl may be cut off by it
    ("Herrn Minist   a % ‘8-Z/L.."), so no name is read from it alone."""
    parts = columns(text) or [""]
    if any(SCRAWL_SIGN.search(part) and not WORD.search(part) for part in parts[1:]):
        return " ".join(parts)
    return parts[0]


def _return_address(text: str) -> bool:
    """The sender's one-line address printed above the window: 'Landratsamt X · Straße 4 · 07907 Ort'."""
    return len(LETTERHEAD_SEPARATORS.split(text)) >= 3 and POSTCODE_PART.search(text) is not None


def _letterhead_lead(texts: list[str], first: bool = True) -> int:
    """How many of a block's first lines are letterhead (faction, contact data, the sender line
    above the window) before a line that opens an address ("Landratsamt …", "Herrn …"). Below
    the page's first block a faction line alone is the addressee's ("SPD-Fraktion" / "Herrn …")."""
    for k, text in enumerate(texts):
        if ADDRESS_OPENING.match(text) or address_form(text) or ORGANISATION_LINE.match(_without_article(text)):
            head = texts[:k]
            contact = any(EMAIL.search(t) or PHONE.search(t) or len(LETTERHEAD_SEPARATORS.split(t)) >= 3 for t in head)
            return k if contact or (first and any(has_faction(t) for t in head)) else 0
    return 0


def mail_fields(header: list[TextLine]) -> dict[str, int]:
    """An e-mail header's fields (lower-case label → line index), when the letter opens with one
    naming both sender and recipient; else empty."""
    blocks = index_blocks(header)
    fields: dict[str, int] = {}
    for i in blocks[0] if blocks else []:
        if not (m := MAIL_FIELD.match(header[i].text)):
            break
        fields.setdefault(m["label"].lower(), i)
    has_both = fields.keys() & {"von", "from"} and fields.keys() & {"an", "to"}
    return fields if has_both else {}


def address_block(layout: Layout) -> list[int]:
    """Line indexes of the addressee block in the header (before the salutation).

    OCR may split one block with blank lines ("Kreis Borken", "", "Die Landrätin", …), so
    following blocks made only of address-like lines are taken in as well. In an e-mail
    header, the "An:" line is the address.
    """
    header = layout.lines[: layout.header_end]
    mail = mail_fields(header)
    if mail:
        return [mail.get("an", mail.get("to"))]
    blocks = index_blocks(header)
    for k, block in enumerate(blocks):
        # The address stands in the left column; a letterhead column may be printed beside it.
        texts = [_left_column(header[i].text) for i in block]
        lead = _letterhead_lead(texts, first=k == 0)  # letterhead lines run into the window without a blank
        block, texts = block[lead:], texts[lead:]
        if not texts or all(_return_address(t) for t in texts):  # the sender's line above the window
            continue
        opens = ADDRESS_OPENING.match(texts[0]) is not None
        named = any(address_form(t) for t in texts)
        postal = any(POSTAL_ADDRESS.match(t) for t in texts)  # an article-led body only above a street or town
        official = any(
            role_with_body(t) or ORGANISATION_LINE.match(t) or (postal and ORGANISATION_LINE.match(_without_article(t)))
            for t in texts
        )
        # a faction line above "Herrn …" is the addressee's organisation, not a letterhead
        letterhead = any(EMAIL.search(t) or PHONE.search(t) or (has_faction(t) and not named) for t in texts)
        if opens or ((named or official) and not letterhead and not any(t.startswith("Sehr ") for t in texts)):
            found = list(block)
            for follow in blocks[k + 1 :]:
                wrapped = re.search(r"\b(?:des|der|für)$", header[found[-1]].text) is not None
                if layout.date_line in follow or not (
                    wrapped or all(_address_like(_left_column(header[i].text)) for i in follow)
                ):
                    break
                found.extend(follow)
            return found
    return []


def _continued(text: str) -> bool:
    """A line the next one continues: a role phrase ending in its article, or a bare form of address."""
    form = address_form(text)
    return re.search(r"\b(?:des|der|für)$", text) is not None or (form is not None and form.end == len(text))


def _join_open_roles(texts: list[str]) -> list[str]:
    """'Vorsitzender des' + 'Finanzausschusses' → one line: a role phrase wrapped after its article;
    a bare form of address ('Herrn', 'Frau', 'z. Hd. Frau') joins the line below it."""
    out: list[str] = []
    for text in texts:
        if out and (_continued(out[-1]) or re.match(r"(?:des|der)\s", text)):  # "Ausschuss für …" / "des Kreises Kleve"
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def addressee_from_block(texts: list[str]) -> Party:
    """Name, role and organisation from address lines ("Landrat des Kreises Kleve", "Herrn W. Spreen")."""
    party = Party()
    guessed = False  # the name came from a bare name line, not after "Herrn"/"Frau"
    left = [_left_column(t) for t in texts]  # a date or letterhead may share the line
    for raw in _join_open_roles(left):
        text = ADDRESS_OPENING.sub("", raw).strip()
        if MAIL_TO.match(raw):  # an e-mail's "An: Landrat Dr. Müller <…>; Kreistagsbüro": its first recipient
            text = MAIL_ADDRESS.sub("", text.split(";")[0]).strip()
        if not text or HEADER_NOISE.match(text):
            continue
        if address_form(text):
            name = strip_address_form(text)
            role = role_at_start(name)
            if role:  # "Herrn Landrat Dr. Müller"
                party.role = party.role or role.text
                name = name[role.end :].strip()
            if name and not is_name_text(name):
                log.debug("address line %r: no readable name", text)
                name = ""
            if name and guessed:  # "Fachbereich Schule" / "Herrn Peter Paul": the form names the person
                party.name, guessed = None, False
            party.name = party.name or name or None
            continue
        if POSTAL_LINE.search(text) and not has_faction(text):  # "Bündnis 90/Die Grünen" has a digit
            continue
        if office := role_of_office(text):
            party.role = party.role or office
            continue
        m = role_with_body(_without_article(text))
        if m:
            body = nominative_body(m.rest) if m.rest else ""
            if ADMINISTRATION.match(body):
                party.role = party.role or m.role
                party.organization = party.organization or body
            else:
                party.role = party.role or " ".join(m.text.split())
        elif ORGANISATION_LINE.match(_without_article(text)) or ADDRESSED_BODY.match(_without_article(text)):
            # "Der Kreisausschuss des Landkreises …", "An den / Kreistag des Kreises Kleve"
            party.organization = party.organization or _without_article(text)
        elif (role := role_at_start(text)) and looks_like_name(text[role.end :]):  # "Landrat Sven Adenauer"
            party.role = party.role or role.text
            party.name = party.name or text[role.end :].strip()
        elif party.name is None and looks_like_name(text):
            party.name, guessed = text, True
        elif has_faction(text):  # "SPD-Kreistagsfraktion Kleve" / "Herrn Jürgen Franken"
            party.organization = party.organization or text
    return party


def addressee_from_salutation(salutation: str | None) -> Party:
    """'Sehr geehrter Herr Gerwers,' → name 'Gerwers'; 'Sehr geehrter Herr Landrat,' → role only."""
    if not salutation:
        return Party()
    form = find_address_form(salutation)
    m = re.match(r"\s+(?P<rest>[^,!]+)", salutation[form.end :]) if form else None
    if not m:
        return Party()
    rest = m["rest"].strip()
    role = role_at_start(rest)
    if role:
        name = rest[role.end :].strip() or None
        return Party(name=name if name and is_name_text(name) else None, role=role.text)
    return Party(name=rest if is_name_text(rest) else None)


def cc_list(lines: list[TextLine], closing: int) -> list[str]:
    """Recipients of copies, one entry each; the list may span lines. Searched after the
    closing first, then in the whole letter (some put "nachrichtlich:" in the header)."""
    return _cc_from(lines[closing:]) if closing >= 0 and _cc_from(lines[closing:]) else _cc_from(lines)


def _cc_from(lines: list[TextLine]) -> list[str]:
    for i, line in enumerate(lines):
        m = CC_LABEL.match(line.text)
        if not m:
            continue
        texts = [m["rest"] or ""]
        for follow in lines[i + 1 :]:
            if follow.blank and texts[-1].endswith(","):
                continue  # a list ending in a comma goes on after an (OCR) gap
            if follow.blank or SIGNATURE_END.match(follow.text) or PAGE_NUMBER.match(follow.text):
                break
            if MAIL_FIELD.match(follow.text):  # an e-mail's "Cc:" is one line of its header
                break
            texts.append(follow.text)
        bulleted = any(re.match(r"^[-•*–—]\s", t) for t in texts[1:])  # OCR reads "–" bullets as "—" too
        if bulleted or not any(re.search(r"[,;]", t) for t in texts):
            entries = texts  # one recipient per line
        else:
            entries = re.split(r"\s*[,;]\s*", join_lines(texts))  # a wrapped comma list
        return [e.strip(" -•*–—\t.") for e in entries if e.strip(" -•*–—\t.")]
    return []


def _letterhead(layout: Layout) -> list[str]:
    """Header lines before the address block or date line: the sender's letterhead parts."""
    first = min([i for i in (*layout.address[:1], layout.date_line, layout.header_end) if i >= 0])
    top = [line.text for line in layout.lines[:first]]
    # A right-hand letterhead column printed beside the address block: "An den      SPD-Fraktion".
    beside = [part for line in layout.lines[first : layout.header_end] for part in re.split(r"\s{3,}", line.text)[1:]]
    parts = [part for text in top + beside + _footer(layout) for part in LETTERHEAD_SEPARATORS.split(text) if part]
    return [piece for part in parts for piece in _mail_sender_parts(part)]


def _mail_sender_parts(part: str) -> list[str]:
    """'Von: SPD-Fraktion Kleve <spd@kreis-kleve.de>' → the sender's name and its e-mail address."""
    if not MAIL_SENDER_LABEL.match(part):
        return [part]
    name = MAIL_SENDER_LABEL.sub("", part)
    email = MAIL_ADDRESS.search(name)
    return [p for p in (MAIL_ADDRESS.sub("", name).strip(), email and email["email"]) if p]


def _footer(layout: Layout) -> list[str]:
    """A letterhead printed as a footer line after the signature: "SPD-Fraktion · Markt 1 · 47533 Kleve"."""
    after = layout.lines[layout.closing + 1 :] if layout.closing >= 0 else []
    return [
        line.text
        for line in after
        if len(LETTERHEAD_SEPARATORS.split(line.text)) >= 3
        and (POSTCODE_PART.search(line.text) or PHONE.search(line.text) or EMAIL.search(line.text))
    ]


def _letterhead_faction(head: list[str], known_places: set[str]) -> str | None:
    """A letterhead part naming a faction is the faction's name as printed, when it is short;
    a party name printed on the line above ("FREIE WÄHLER" / "Kreistagsfraktion Landshut") is
    part of it."""
    for k, part in enumerate(head):
        if has_faction(part) and not PHONE.search(part) and not EMAIL.search(part):
            if k > 0 and is_party_name(head[k - 1]) and not names_party(part):
                part = f"{head[k - 1]} {part}"
            if k + 1 < len(head) and _continues_faction(part, head[k + 1], known_places):
                part = f"{part} {head[k + 1]}"  # "SPD-Kreistagsfraktion" / "Bad Tölz-Wolfratshausen"
            return part if len(part.split()) <= 8 else faction_in(part, known_places)
    return None


def _continues_faction(faction: str, following: str, known_places: set[str]) -> bool:
    """A letterhead line that carries on the faction's name: its seat ("im Kreistag des
    Rems-Murr-Kreises") or its place alone ("Bad Tölz-Wolfratshausen"), when the faction line
    names neither."""
    placed = any(faction.endswith(f" {place}") for place in known_places)
    if names_seat(faction) or placed:
        return False
    return is_seat(following) or following.strip() in known_places


def _letterhead_group(head: list[str]) -> str | None:
    """A letterhead part naming a group by its seat ("Volt im Kreistag Konstanz") or by its
    head word ("Gruppe SPD/GRÜNE")."""
    return next((group for part in head if (group := seated_group(part) or named_group(part))), None)


def _return_sender_party(layout: Layout) -> str | None:
    """The party named first on the sender's one-line return address above the address block:
    "Freie Wähler Karlsruhe, Hebelstraße 13, 76133 Karlsruhe" → "Freie Wähler Karlsruhe"."""
    for line in layout.lines[: layout.address[0] if layout.address else 0]:
        parts = [p for p in RETURN_ADDRESS_PARTS.split(line.text.strip()) if p]
        if len(parts) >= 3 and POSTCODE_PART.search(parts[-1]) and names_party(parts[0]) and not POSTAL_LINE.search(parts[0]):
            return parts[0]
    return None


def _faction_from_signature(layout: Layout, known_places: set[str]) -> str | None:
    """'Vorsitzender der Fraktion X im Kreistag Y' → 'Fraktion X im Kreistag Y' (OCR damage kept);
    'Sprecherin der Gruppe X' → 'Gruppe X'."""
    for text in signature_lines(layout):
        role = role_with_body(text)
        body = re.sub(r"^(?:der|des|im|für)\s+", "", role.rest) if role and role.rest else ""
        if has_faction(body) or named_group(body):  # "Sprecherin der Gruppe SPD/GRÜNE"
            return body
        if faction_at_start(text):
            return faction_in(text, known_places)
    return None


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:der|die|des|Die|Der)\s+(?=\S*[Ff]raktion)", "", text)


def _letterhead_administration(layout: Layout) -> str | None:
    """The administration whose letterhead stands above the address block: "Der Landrat des
    Kreises Kleve" → "Kreis Kleve"; "Landratsamt Erding" as printed."""
    for line in layout.lines[: layout.address[0] if layout.address else 0]:
        text = _without_article(_left_column(line.text))
        if ORGANISATION_LINE.match(text) and not POSTAL_LINE.search(text):
            return text
        m = role_with_body(text)
        if m and m.rest and ADMINISTRATION.match(body := nominative_body(m.rest)):
            return body
    return None


def sender(layout: Layout, signed: list[Signatory], known_places: set[str]) -> Sender:
    """The faction (letterhead, signature, a group by its seat in the letterhead, an administration's
    letterhead, else the text above the closing but outside the address block; widened to its
    longest printed form) and the first signatory."""
    head = _letterhead(layout)
    from_signature = _faction_from_signature(layout, known_places)
    own_lines = [line.text for i, line in enumerate(layout.lines[: layout.body_end]) if i not in layout.address]
    mentions = [_strip_article(f) for f in (faction_in(s, known_places) for s in own_lines) if f]
    named = from_signature if from_signature and not BARE_FACTION.fullmatch(from_signature) else None
    org = (
        _letterhead_faction(head, known_places)
        or named
        or _letterhead_group(head)
        or _return_sender_party(layout)
        or from_signature
        or _letterhead_administration(layout)
        or (mentions[0] if mentions else None)
    )
    if org:
        candidates = mentions + ([from_signature] if from_signature else [])
        org = max([m for m in candidates if m.startswith(org)] + [org], key=len)
    first = signed[0] if signed else None
    result = Sender(name=first.name if first else None, role=short_role(first.role) if first else None)
    result.organization = org
    return _with_contact(result, head, layout)


def _with_contact(result: Sender, head: list[str], layout: Layout) -> Sender:
    text = "\n".join(head)
    own = "\n".join(t for i, line in enumerate(layout.lines) if i not in layout.address for t in [line.text])
    phone, fax, email = PHONE.search(text), FAX.search(text), EMAIL.search(text) or EMAIL.search(own)
    result.phone = " ".join(phone["v"].split()) if phone else None
    result.fax = " ".join(fax["v"].split()) if fax else None
    result.email = email.group(0) if email else None
    for k, part in enumerate(head):
        if POSTCODE_PART.search(part):
            street = head[k - 1] if k > 0 and re.search(r"\d", head[k - 1]) and not PHONE.search(head[k - 1]) else None
            result.address = ", ".join(p for p in (street, part) if p)
            break
    return result
