"""Letter header and footer parts: letterhead, address block, date, subject, signatures, cc, page marks."""
from __future__ import annotations

import random
import re
from datetime import date, timedelta
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from corpus_body import Block, collapse, wrap
from corpus_people import (
    CC_EXTRA, CC_NAMES, CLOSINGS, COUNTIES, FACTIONS, FIRST_F, FIRST_M, MONTHS, ROLES_FIRST,
    ROLES_SECOND, SURNAMES, County,
)
from corpus_topics_a import Topic
from models.lines import LineRole

if TYPE_CHECKING:
    from corpus_compose import Spec


def _person(rng: random.Random, female: bool) -> str:
    return f"{rng.choice(FIRST_F if female else FIRST_M)} {rng.choice(SURNAMES)}"


def genitive(committee: str) -> str:
    """'Ausschuss für X' → 'Ausschusses für X'; 'Jugendhilfeausschuss' → 'Jugendhilfeausschusses'."""
    first, _, rest = committee.partition(" ")
    return f"{first}es {rest}".strip()


@dataclass
class Head:
    """Header facts of one letter, kept to write the signature block and the gold record."""

    spec: Spec
    county: County
    org: str
    year: int
    date_iso: str
    place: str | None
    subject: str
    reference: str | None
    addressee: dict
    salutation: str
    meetings: list[dict] = field(default_factory=list)
    signatories: list[dict] = field(default_factory=list)
    sender_role: str = ""
    closing: str = ""
    cc: list[str] = field(default_factory=list)

    def sign(self, block: Block, rng: random.Random, width: int) -> None:
        """Closing formula, one or two signatures (stacked or side by side), then the cc list."""
        self.closing = rng.choice(CLOSINGS)
        flags = self.spec.flags
        block.blank()
        block.add(self.closing, "", "", role=LineRole.CLOSING)
        for i in range(self.spec.signers):
            female = rng.random() < 0.5
            short = rng.choice(ROLES_FIRST if i == 0 else ROLES_SECOND)[int(female)]
            printed = short
            if i == 0 and self.spec.head == "none":  # only the signature names the faction
                printed = f"{short} der {self.org}"
            if i == 0:
                self.sender_role = short
            self.signatories.append({"name": _person(rng, female), "role": printed})
        # "gez. Name": signed on someone's behalf; the name is the signatory's without "gez.".
        shown = [("gez. " if "gez" in flags else "") + s["name"] for s in self.signatories]
        if "sigside" in flags and len(shown) == 2:
            left = max(len(shown[0]), len(self.signatories[0]["role"])) + rng.randint(6, 14)
            block.add(shown[0].ljust(left) + shown[1], role=LineRole.SIGNATURE_NAME)
            block.add(self.signatories[0]["role"].ljust(left) + self.signatories[1]["role"], role=LineRole.SIGNATURE_ROLE)
        else:
            for i, (name, signatory) in enumerate(zip(shown, self.signatories)):
                if i:
                    block.add("", "", role=None)
                block.add(name, role=LineRole.SIGNATURE_NAME)
                block.add(signatory["role"], role=LineRole.SIGNATURE_ROLE)
        if self.spec.cc:
            self._cc(block, rng, width)

    def _cc(self, block: Block, rng: random.Random, width: int) -> None:
        """"Kopie an:" list; with cc=2 it is long enough to wrap over two lines or more."""
        others = [CC_NAMES[p] for p in CC_NAMES if p != self.spec.party]
        rng.shuffle(others)
        self.cc = others[: 1 + 2 * self.spec.cc] + rng.sample(CC_EXTRA, self.spec.cc)
        block.blank()
        label = rng.choice(("Kopie an:", "Kopie an:", "Nachrichtlich an:"))
        block.add(*wrap(f"{label} " + ", ".join(self.cc), width), role=LineRole.CC)

    def decorate(self, pages: list[list[str]], roles: list[list[LineRole | None]], rng: random.Random
                 ) -> tuple[list[list[str]], list[list[LineRole | None]], list[int]]:
        """Add page headers (page 2+) and footers to multi-page letters (role furniture); returns
        pages, their line roles and header sizes."""
        if len(pages) == 1:
            return pages, roles, [0]
        total = len(pages)
        footer = rng.random() < 0.7
        header_kind = rng.choice(("dash", "title", "none" if footer else "dash"))
        short_date = ".".join(reversed(self.date_iso.split("-")))
        out: list[list[str]] = []
        out_roles: list[list[LineRole | None]] = []
        leads: list[int] = []
        for number, (page, page_roles) in enumerate(zip(pages, roles), start=1):
            head: list[str] = []
            if number > 1 and header_kind == "dash":
                head = [f"- {number} -", ""]
            elif number > 1 and header_kind == "title":
                head = [f"{self.org} – Schreiben vom {short_date}", ""]
            foot = ["", f"Seite {number} von {total}"] if footer else []
            out.append(head + page + foot)
            out_roles.append(_furniture(head) + page_roles + _furniture(foot))
            leads.append(len(head))
        return out, out_roles, leads

    def gold(self, questions: list[dict], motions: list[str]) -> dict:
        """The gold record, in the shape of tests/fixtures/003_….json."""
        first = self.signatories[0]
        return {
            "doc_type": self.spec.doc,
            "date": self.date_iso,
            "place": self.place,
            "subject": self.subject,
            "reference": self.reference,
            "sender": {"name": first["name"], "role": self.sender_role, "organization": self.org},
            "signatories": self.signatories,
            "addressee": self.addressee,
            "salutation": self.salutation,
            "closing": self.closing,
            "cc": self.cc,
            "questions": questions,
            "motion_points": motions,
            "meetings": self.meetings,
        }


def _furniture(lines: list[str]) -> list[LineRole | None]:
    return [LineRole.FURNITURE if line else None for line in lines]


def make_head(spec: Spec, topic: Topic, rng: random.Random, block: Block, width: int) -> Head:
    """Write letterhead, address block, date/reference, subject and salutation into `block`."""
    county = COUNTIES[spec.county]
    variants = FACTIONS[spec.party]
    org = (variants[0] if spec.head == "none" else rng.choice(variants)).format(k=county.short)
    # Letters date from after the events their topic sentences mention (2023 / early 2024).
    year = rng.choice((2024, 2024, 2025))
    month, day = rng.randint(7, 12) if year == 2024 else rng.randint(1, 11), rng.randint(1, 28)
    head = Head(
        spec=spec, county=county, org=org, year=year, date_iso=f"{year}-{month:02d}-{day:02d}",
        place=None, subject="", reference=None, addressee={}, salutation="",
    )
    _letterhead(head, rng, block)
    address_lines = _address(head, topic, rng)
    if "dateabove" in spec.flags:  # date line between letterhead and address window
        _date_and_reference(head, rng, block, month, day)
        block.blank()
    block.add(*address_lines, role=LineRole.ADDRESS)
    if address_lines:
        block.blank()
    if "dateabove" not in spec.flags:
        _date_and_reference(head, rng, block, month, day)
        block.blank()
    _subject(head, topic, rng, block, width)
    block.blank()
    block.add(head.salutation, role=LineRole.SALUTATION)
    block.blank()
    return head


def _letterhead(head: Head, rng: random.Random, block: Block) -> None:
    c = head.county
    mail = f"fraktion@{head.spec.party.lower()}-kreis-{c.short.lower()}.de".replace("ü", "ue")
    if head.spec.head == "full":
        right = "lhright" in head.spec.flags  # letterhead set flush right, as many factions print it
        block.add(head.org, role=LineRole.LETTERHEAD, bold=True, right=right)
        block.add(f"{c.street} · {c.plz} {c.seat}", role=LineRole.LETTERHEAD, right=right)
        block.add(f"Telefon {c.phone} {rng.randint(20, 99)}{rng.randint(100, 999)} · E-Mail: {mail}",
                  role=LineRole.LETTERHEAD, right=right)
        block.blank()
    elif head.spec.head == "line":
        line = f"{head.org} · {c.street} · {c.plz} {c.seat}"
        block.add(line if len(line) <= 80 else f"{head.org} · {c.plz} {c.seat}", role=LineRole.LETTERHEAD)
        block.blank()


def _address(head: Head, topic: Topic, rng: random.Random) -> list[str]:
    """Address block lines; also sets the gold addressee and the salutation."""
    c, kind = head.county, head.spec.addr
    female = rng.random() < 0.5
    name = _person(rng, female)
    surname = name.split(" ", 1)[1]
    mr = "Frau" if female else "Herrn"
    street = [c.street, f"{c.plz} {c.seat}"]
    if kind is None:
        title = rng.choice(("", "", "Dr. "))
        head.addressee = {"name": f"{title}{surname}", "role": None, "organization": None}
        head.salutation = f"Sehr geehrte Frau {title}{surname}," if female else f"Sehr geehrter Herr {title}{surname},"
        return []
    if kind == "kreisdirektor":
        name = f"Dr. {name}"
        head.addressee = {"name": name, "role": "Kreisdirektor", "organization": c.org}
        head.salutation = f"Sehr geehrter Herr Dr. {surname},"
        return ["An den", f"Kreisdirektor {c.genitive}", f"Herrn {name}", "im Hause"]
    if kind == "chair":
        # "An die Vorsitzende des …" / "Der Vorsitzende des …" (nominative, so the role reads as printed)
        role = f"Vorsitzende des {genitive(topic.committee)}"
        head.addressee = {"name": name, "role": role, "organization": c.org}
        head.salutation = "Sehr geehrte Frau Vorsitzende," if female else "Sehr geehrter Herr Vorsitzender,"
        first = "An die Vorsitzende des" if female else f"{c.org}\nDer Vorsitzende des"
        return [*first.split("\n"), genitive(topic.committee), f"{mr} {name}", *([c.org] if female else []), *street]
    role = "Landrätin" if female else "Landrat"
    head.addressee = {"name": name, "role": role, "organization": c.org}
    head.salutation = rng.choice(
        ("Sehr geehrte Frau Landrätin," if female else "Sehr geehrter Herr Landrat,", "Sehr geehrte Damen und Herren,")
    )
    if kind == "kreis_block":
        return [c.org, "Die Landrätin" if female else "Der Landrat", f"{mr} {name}", *street]
    return ["An die" if female else "An den", f"{role} {c.genitive}", f"{mr} {name}", *street]


def _date_and_reference(head: Head, rng: random.Random, block: Block, month: int, day: int) -> None:
    """The date line in the spec's form, with the reference beside it or on its own line."""
    kind, ref, seat, y = head.spec.date, head.spec.ref, head.county.seat, head.year
    if kind == "long":
        line, head.place = f"{seat}, {day}. {MONTHS[month - 1]} {y}", seat
    elif kind == "den":
        line, head.place = f"{seat}, den {day:02d}.{month:02d}.{y}", seat
    elif kind == "num_place":
        line, head.place = f"{seat}, {day:02d}.{month:02d}.{y}", seat
    elif kind == "iso":
        line = f"Datum: {head.date_iso}"
    else:
        line = f"{day:02d}.{month:02d}.{y}"
    if "ihr" in head.spec.flags:  # an earlier date that is not the letter's date
        earlier = date(head.year, month, day) - timedelta(days=rng.randint(5, 40))
        # Neither the letter's date nor its reference (gold leaves it out), so its role is "other".
        block.add(f"Ihr Schreiben vom {earlier:%d.%m.%Y}", role=LineRole.OTHER)
    if ref == "initials":
        initials = f"{rng.choice('abdfhjkmrst')}{rng.choice('bdfghkmnrsw')}/{rng.choice('abdkmsw')}{rng.choice('bdeghkmtv')}"
        head.reference = initials
        # "02.11.2025 bk/kv": the date line (as the hand labels of seed003 read "10.10.2017 jf/mv").
        block.add(f"{line} {initials}", role=LineRole.DATE, right=True)
        return
    if ref == "az":
        head.reference = f"{rng.randint(10, 99)}-{rng.randint(10, 99)}/{y}"
        block.add(f"Az.: {head.reference}", role=LineRole.REFERENCE)
    elif ref == "zeichen":
        head.reference = f"{rng.choice(('HK', 'ms', 'Fr-We', 'bü'))}/{rng.randint(1, 40)}"
        block.add(f"Unser Zeichen: {head.reference}", role=LineRole.REFERENCE)
    block.add(line, role=LineRole.DATE, right=True)


def _meeting_line(head: Head, topic: Topic, rng: random.Random) -> str:
    """Bodies and dates named in the header (after the letter date), recorded as gold meetings."""
    first = date.fromisoformat(head.date_iso) + timedelta(days=rng.randint(10, 40))
    second = first + timedelta(days=rng.randint(7, 35))
    if rng.random() < 0.5:
        body_one = rng.choice(("Kreisausschuss", topic.committee))
        head.meetings = [
            {"body": body_one, "date": first.isoformat()},
            {"body": "Kreistag", "date": second.isoformat()},
        ]
        return f"{body_one} am {first:%d.%m.%Y} und Kreistag am {second:%d.%m.%Y}"
    body = rng.choice(("Kreistag", topic.committee))
    head.meetings = [{"body": body, "date": first.isoformat()}]
    return f"{body} am {first:%d.%m.%Y}"


def _subject(head: Head, topic: Topic, rng: random.Random, block: Block, width: int) -> None:
    doc = head.spec.doc
    if doc == "anfrage":
        subject = topic.subject_anfrage
    elif doc == "antrag":
        subject = topic.subject_antrag
    elif doc == "stellungnahme":
        subject = "Stellungnahme " + topic.subject_anfrage.split(" ", 1)[1]
    else:
        subject = "Bitte um einen Sachstandsbericht " + topic.subject_anfrage.split(" ", 1)[1]
    if "nodoc" in head.spec.flags:  # "Anfrage zur Taktverdichtung …" → "Taktverdichtung …"
        subject = re.sub(r"^(Anfrage|Antrag)( zu[rm]?( den)?)?:? ", "", subject)
        subject = subject[0].upper() + subject[1:]
    kind = head.spec.subj
    if kind in ("hier", "hier_label"):
        first = _meeting_line(head, topic, rng)
        label = "Betreff: " if kind == "hier_label" else ""
        block.add(*wrap(label + first, width), role=LineRole.SUBJECT, bold=True)
        block.add(*wrap(f"hier: {subject}", width), role=LineRole.SUBJECT, bold=True)
        head.subject = collapse(f"{first} hier: {subject}")
    elif kind == "label":
        block.add(*wrap(f"Betreff: {subject}", width), role=LineRole.SUBJECT)
        head.subject = subject
    else:
        block.add(*wrap(subject, width), role=LineRole.SUBJECT, bold=True)
        head.subject = subject
