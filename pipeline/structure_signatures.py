"""Signature blocks: signatories with their roles, also side by side or OCR-merged."""
from __future__ import annotations

import logging
import re

from models import Signatory
from pipeline.structure_header import Layout
from pipeline.structure_roles import address_form, find_role, has_faction, is_name_text, looks_like_name, role_at_start, roles_in
from pipeline.structure_text import TextLine, join_lines

log = logging.getLogger(__name__)

# The cc list label: "Kopie an:", "Verteiler:", "nachrichtlich:", "cc:", "Kopie an" alone on its line.
CC_LABEL = re.compile(
    r"^(?:Kopie(?:n)?(?:\s+zur\s+Kenntnis)?(?:\s+an)?|Verteiler|nachrichtlich(?:\s+an)?|cc|Durchschrift(?:\s+an)?)\s*(?::\s*(?P<rest>.*)|$)",
    re.IGNORECASE,
)
# What ends a signature block: enclosures and the cc list.
SIGNATURE_END = re.compile(r"^(?:Anlage|Anlagen|P\.\s?S\.|PS:)\b", re.IGNORECASE)
# Prefixes before a signed name: "gez. Andreas Mayer", "i. A. Petra Schulz".
SIGNED_PREFIX = re.compile(r"^(?:gez\.|i\.\s?A\.|i\.\s?V\.|für)\s*", re.IGNORECASE)

# After a signed name, the mandate it holds: "Anna Roth, MdK" (Mitglied des Kreistages), "MdL".
POSTNOMINAL = re.compile(r",?\s+Md[KLBA](?:EP)?\.?\s*$|,?\s+MdEP\s*$")
# "In Vertretung", "Im Auftrag" on their own line: how one signs, not a name.
SIGN_OFF_LINE = re.compile(r"^(?:In\s+Vertretung|Im\s+Auftrag|In\s+Abwesenheit|Für\s+die\s+Richtigkeit)\b", re.IGNORECASE)
# A role printed with its article above the name: "Der Landrat", "Die Fraktionsvorsitzende".
ARTICLE_ROLE = re.compile(r"^(?:Der|Die)\s+(?=\S)")

# Columns of signatures printed side by side are two or more spaces apart.
COLUMN_GAP = "   "


def _split_name_role(text: str) -> tuple[str, str | None] | None:
    """'Andreas Mayer, Vorsitzender' or 'Andreas Mayer (Vorsitzender)' → (name, role)."""
    m = re.match(r"^(?P<name>[^,(]+?)\s*(?:,\s*|\()(?P<role>[^)]+)\)?$", text)
    if m and looks_like_name(m["name"]) and find_role(m["role"]):
        return m["name"], m["role"].strip()
    return None


def _sig_columns(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"\s{2,}", text.strip()) if part.strip()]


def _name_halves(text: str) -> str | None:
    """'Thorsten Dörr Matthias Köhler' → 'Thorsten Dörr   Matthias Köhler' (OCR lost the gap)."""
    tokens = text.split()
    splits = [k for k in range(2, len(tokens) - 1) if looks_like_name(" ".join(tokens[:k]))
              and looks_like_name(" ".join(tokens[k:]))]
    if len(tokens) < 4 or not splits:
        return None
    k = min(splits, key=lambda k: abs(2 * k - len(tokens)))
    return " ".join(tokens[:k]) + COLUMN_GAP + " ".join(tokens[k:])


def _restore_column_gaps(texts: list[str]) -> list[str]:
    """Two signatures OCRed onto one line with single spaces: split names, then the role line
    below when it holds as many roles ("stellv. Fraktionsvorsitzende Kreistagsmitglied")."""
    out = list(texts)
    for i, text in enumerate(out[:-1]):
        if len(_sig_columns(text)) > 1:
            continue
        split = re.sub(r"\s+(?=gez\.)", COLUMN_GAP, text) if len(re.findall(r"\bgez\.", text)) >= 2 else None
        roles = roles_in(out[i + 1])
        if split is None and len(roles) >= 2:
            split = _name_halves(text)
        if split is None:
            continue
        out[i] = split
        if len(roles) == len(_sig_columns(split)) and len(_sig_columns(out[i + 1])) == 1:
            role_line = out[i + 1]
            cuts = [m.start for m in roles[1:]]
            parts = [role_line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(role_line)])]
            out[i + 1] = COLUMN_GAP.join(parts)
    return out


def _unwrap(text: str) -> str:
    """'(Fraktionsvorsitzender)' → 'Fraktionsvorsitzender': a role printed in parentheses (a name
    in parentheses stays so: see _bracketed_name)."""
    inner = text[1:-1].strip() if text.startswith("(") and text.endswith(")") else None
    return inner if inner and find_role(inner) else text


def _bracketed_name(text: str) -> str | None:
    """The name typed in parentheses under a signature: '(Wildfeuer)', '(Dr. Anna Berg)'."""
    m = re.fullmatch(r"\((?P<name>[A-ZÄÖÜ][^()]*)\)", text)
    return m["name"].strip() if m and is_name_text(m["name"]) and not find_role(m["name"]) else None


def _signature_columns(texts: list[str]) -> list[list[str]]:
    """Lines of side-by-side signatures (two or more spaces apart) split into one column each;
    "gez." / "i. A." prefixes dropped."""
    rows = [[_unwrap(SIGNED_PREFIX.sub("", part)) for part in _sig_columns(t)] for t in _restore_column_gaps(texts)]
    width = max((len(row) for row in rows), default=1)
    cols: list[list[str]] = [[] for _ in range(width)]
    for row in rows:
        for k, part in enumerate(row):
            cols[min(k, width - 1)].append(part)
    return cols


def _signatories_in(texts: list[str]) -> list[Signatory]:
    """Name lines kept only when a role line follows or a role with its article heads them (OCR
    noise of handwriting is dropped); that role is the name's when right above it ("Die
    Fraktionsvorsitzende" / "Anna Roth"), not across "In Vertretung"."""
    texts = [POSTNOMINAL.sub("", text) for text in texts]
    kinds: list[str] = []
    for text in texts:
        bare = ARTICLE_ROLE.sub("", text)
        if SIGN_OFF_LINE.match(text):
            kinds.append("other")
        elif role_at_start(bare) or (find_role(text) and has_faction(text)) or text[:1].islower():
            kinds.append("role")
        elif looks_like_name(text) or _split_name_role(text) or _bracketed_name(text):
            kinds.append("name")
        else:
            kinds.append("other")
    has_roles = "role" in kinds
    found: list[Signatory] = []
    heading: str | None = None  # a role above the names: "Die Fraktionsvorsitzende", "Der Landrat"
    from_heading: set[int] = set()  # signers whose role is the heading's (a role below replaces it)
    for i, (text, kind) in enumerate(zip(texts, kinds)):
        if kind == "role" and ARTICLE_ROLE.match(text) and (i == 0 or kinds[i - 1] == "other"):
            heading = ARTICLE_ROLE.sub("", text)
        elif kind == "name":
            split = _split_name_role(text)
            if split:
                found.append(Signatory(name=split[0], role=split[1]))
            elif not has_roles or (i + 1 < len(kinds) and kinds[i + 1] == "role") or heading:
                directly_below = heading is not None and kinds[i - 1] == "role"
                found.append(Signatory(name=_bracketed_name(text) or text, role=heading if directly_below else None))
                if directly_below:
                    from_heading.add(len(found) - 1)
            heading = None
        elif kind == "role" and found and i > 0 and kinds[i - 1] in ("name", "role"):
            last, role = found[-1], ARTICLE_ROLE.sub("", text)
            if len(found) - 1 in from_heading:
                last.role = None
                from_heading.discard(len(found) - 1)
            last.role = role if last.role is None else join_lines([last.role, role])
    return found


def signature_lines(layout: Layout) -> list[str]:
    """Lines from the end of the closing formula (or sign-off) up to the cc list or enclosures."""
    if layout.signed_from < 0:
        return []
    out: list[str] = []
    page = None
    lines = layout.lines[layout.signed_from :]
    for k, line in enumerate(lines):
        if CC_LABEL.match(line.text) or SIGNATURE_END.match(line.text):
            break
        if out and line.page != page:
            if not _signs_on(lines[k:]):
                break  # what follows the page break is an enclosure, not the next signatory
            page = line.page  # judged once per page
        if line.text:
            out.append(line.text)
            page = line.page
    return out


def _signs_on(lines: list[TextLine]) -> bool:
    """A new page goes on with the signatures when all it holds before the cc list (or the end)
    are a few short blocks, each under a name ('Björn Böhmer' / 'Geschäftsführer'); a name after a
    form of address ('Herr Stefan Wehrmeyer') is addressed, not signed (an enclosure's)."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if CC_LABEL.match(line.text) or SIGNATURE_END.match(line.text):
            break
        if line.text:
            blocks[-1].append(SIGNED_PREFIX.sub("", line.text))
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    return 1 <= len(blocks) <= 3 and all(
        len(block) <= 3 and not address_form(block[0]) and (looks_like_name(block[0]) or _split_name_role(block[0]) is not None)
        for block in blocks
    )


def signatories(layout: Layout) -> list[Signatory]:
    """The signatories in order: column by column, each name with the role lines below it."""
    texts = signature_lines(layout)
    found: list[Signatory] = []
    for column in _signature_columns(texts):
        found.extend(_signatories_in(column))
    return found
