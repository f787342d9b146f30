"""OParl 1.1 export: one Paper per letter, with Person and Organization objects referenced by URL."""
from __future__ import annotations

import hashlib
import json
import logging
import mimetypes
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from urllib.parse import quote, urlsplit

from pydantic import BaseModel, ConfigDict, Field

from models import LetterRecord
from pipeline.export import ProcessedLetter, read_processed
from pipeline.links import Links, link_letters
from pipeline.write import atomic_write_text, ensure_output_dir

log = logging.getLogger(__name__)

OPARL = "https://schema.oparl.org/1.1/"
# Vendor prefix for properties OParl does not define ("herstellerspezifische Erweiterungen").
VENDOR = "parlbrief:"

# Letter type → OParl paperType (free text in OParl 1.1), e.g. "anfrage" → "Anfrage".
PAPER_TYPES = {"anfrage": "Anfrage", "antrag": "Antrag", "stellungnahme": "Stellungnahme", "brief": "Brief"}
# A sender organisation whose name contains this word is a council faction, e.g. "SPD-Kreistagsfraktion".
FACTION = re.compile(r"fraktion", re.IGNORECASE)
# Transliteration for URL slugs, e.g. "Jürgen Franken" → "juergen-franken".
SLUG_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


class _OParl(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    def to_json(self) -> dict:
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


class OParlFile(_OParl):
    """The letter's original file, embedded in its Paper as `mainFile`, with the repaired text."""

    id: str
    type: str = OPARL + "File"
    name: str | None = None
    fileName: str | None = None
    mimeType: str | None = None
    date: Date | None = None
    size: int | None = None
    sha1Checksum: str | None = None
    sha512Checksum: str | None = None
    text: str | None = None
    accessUrl: str
    sha256: str | None = Field(default=None, alias=VENDOR + "sha256")


class OParlMembership(_OParl):
    id: str
    type: str = OPARL + "Membership"
    organization: str
    role: str | None = None


class OParlPerson(_OParl):
    id: str
    type: str = OPARL + "Person"
    body: str
    name: str
    familyName: str | None = None
    givenName: str | None = None
    membership: list[OParlMembership] = Field(default_factory=list)


class OParlOrganization(_OParl):
    id: str
    type: str = OPARL + "Organization"
    body: str
    name: str
    organizationType: str
    classification: str | None = None


class OParlPaper(_OParl):
    id: str
    type: str = OPARL + "Paper"
    body: str
    name: str
    reference: str | None = None
    date: Date | None = None
    paperType: str
    originatorPerson: list[str] = Field(default_factory=list)
    originatorOrganization: list[str] = Field(default_factory=list)
    relatedPaper: list[str] = Field(default_factory=list)
    mainFile: OParlFile
    letter_id: str = Field(alias=VENDOR + "letterId")
    addressee: dict = Field(default_factory=dict, alias=VENDOR + "addressee")
    questions: list[dict] = Field(default_factory=list, alias=VENDOR + "questions")
    answers: list[dict] = Field(default_factory=list, alias=VENDOR + "answers")
    motion_points: list[str] = Field(default_factory=list, alias=VENDOR + "motionPoints")
    repairs: list[dict] = Field(default_factory=list, alias=VENDOR + "repairs")
    extraction: list[dict] = Field(default_factory=list, alias=VENDOR + "extraction")
    warnings: list[str] = Field(default_factory=list, alias=VENDOR + "warnings")
    pipeline_version: str = Field(alias=VENDOR + "pipelineVersion")


@dataclass
class OParlBundle:
    """All objects of one export; persons and organisations are shared between papers."""

    papers: list[OParlPaper] = field(default_factory=list)
    persons: dict[str, OParlPerson] = field(default_factory=dict)
    organizations: dict[str, OParlOrganization] = field(default_factory=dict)

    def lists(self) -> dict[str, list[dict]]:
        """Object lists named like the Body properties that point to them."""
        return {"paper": [p.to_json() for p in self.papers],
                "person": [p.to_json() for p in self.persons.values()],
                "organization": [o.to_json() for o in self.organizations.values()]}


@dataclass(frozen=True)
class FileFacts:
    """Size and checksums of an original file, known only when it is still readable."""

    size: int
    sha1: str
    sha512: str


def check_body_id(body_id: str) -> str:
    """The body URL without a trailing slash.

    Raises:
        ValueError: not an absolute http(s) URL.
    """
    parts = urlsplit(body_id)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"--body-id must be an absolute http(s) URL of the OParl body, got {body_id!r}")
    return body_id.rstrip("/")


def build_oparl(letters: list[ProcessedLetter], body_id: str,
                facts: dict[str, FileFacts] | None = None) -> OParlBundle:
    """OParl objects for every letter with a record. Pure: file facts are passed in by sha256.

    Object ids are `<body-id>/paper/<letter_id>`, `<body-id>/person/<slug>`,
    `<body-id>/organization/<slug>` and `<body-id>/file/<letter_id>`. An Anfrage and its reply
    (see `pipeline.links`) name each other in `relatedPaper`; `parlbrief:answers` holds the answers
    to a Paper's questions, by question number: a reply's own, and for an Anfrage its reply's.
    """
    base, facts = check_body_id(body_id), facts or {}
    bundle = OParlBundle()
    links = link_letters(letter.record for letter in letters if letter.record)
    for letter in letters:
        if letter.record is None:
            log.info("%s: no record (%s), no Paper", letter.entry.input, letter.entry.status.value)
            continue
        paper = _paper(letter.record, base, bundle, facts.get(letter.record.source.sha256))
        bundle.papers.append(paper.model_copy(update=_links(letter.record, base, links)))
    return bundle


def _links(record: LetterRecord, base: str, links: Links) -> dict:
    """relatedPaper and parlbrief:answers of a Paper."""
    related = [f"{base}/paper/{letter_id}" for letter_id in links.related(record.letter_id)]
    own = f"{base}/paper/{record.letter_id}"
    answers = [{"number": a.number, "text": a.text, "page": a.page, "paper": own}
               | ({"refersTo": a.refers_to} if a.refers_to else {}) for a in record.answers]
    answers += [{"number": number, "text": a.text, "page": a.page, "paper": f"{base}/paper/{a.reply_id}",
                 "answerNumber": a.number} for number, a in sorted(links.answers(record.letter_id).items())]
    return {"relatedPaper": related, "answers": answers}


def _paper(record: LetterRecord, base: str, bundle: OParlBundle, facts: FileFacts | None) -> OParlPaper:
    paper_type = PAPER_TYPES.get(record.doc_type.value, record.doc_type.value.title())
    org_url = _organization(record.sender.organization, base, bundle)
    people = [(record.sender.name, record.sender.role)] + [(s.name, s.role) for s in record.signatories]
    urls = (_person(name, role, org_url, base, bundle) for name, role in people)
    person_urls = list(dict.fromkeys(url for url in urls if url))
    file_name = Path(record.source.file).name
    name = record.subject or " ".join(filter(None, [paper_type, record.date and record.date.isoformat()])) or file_name
    main_file = OParlFile(
        id=f"{base}/file/{record.letter_id}", name=Path(file_name).stem, fileName=file_name,
        mimeType=mimetypes.guess_type(file_name)[0] or "application/octet-stream", date=record.date,
        size=facts and facts.size, sha1Checksum=facts and facts.sha1, sha512Checksum=facts and facts.sha512,
        text=record.text, accessUrl=f"{base}/file/{record.letter_id}/{quote(file_name)}", sha256=record.source.sha256,
    )
    return OParlPaper(
        id=f"{base}/paper/{record.letter_id}", body=base, name=name, reference=record.reference, date=record.date,
        paperType=paper_type, originatorPerson=person_urls, originatorOrganization=[org_url] if org_url else [],
        mainFile=main_file, letter_id=record.letter_id, addressee=record.addressee.model_dump(exclude_none=True),
        questions=[q.model_dump(mode="json") for q in record.questions], motion_points=record.motion_points,
        repairs=[r.model_dump(mode="json") for r in record.repairs],
        extraction=[{"page": p.number, "method": p.method.value, "reason": p.reason,
                     "mean_confidence": p.mean_confidence} for p in record.source.pages],
        warnings=record.warnings, pipeline_version=record.pipeline_version,
    )


def _organization(name: str | None, base: str, bundle: OParlBundle) -> str | None:
    if not name:
        return None
    url = f"{base}/organization/{slug(name)}"
    if url not in bundle.organizations:
        faction = bool(FACTION.search(name))
        bundle.organizations[url] = OParlOrganization(
            id=url, body=base, name=name, organizationType="Fraktion" if faction else "Sonstiges",
            classification="Fraktion" if faction else None)
    return url


def _person(name: str | None, role: str | None, org_url: str | None, base: str, bundle: OParlBundle) -> str | None:
    """The Person's URL, creating it (and its membership in the sending organisation) on first sight."""
    if not name:
        return None
    name = unicodedata.normalize("NFC", name.strip())
    url = f"{base}/person/{slug(name)}"
    tokens = name.split()
    person = bundle.persons.setdefault(url, OParlPerson(
        id=url, body=base, name=name,
        # "Jürgen Franken" → given "Jürgen", family "Franken"; an initial ("W. Spreen") is no given name.
        givenName=" ".join(tokens[:-1]) if len(tokens) > 1 and not tokens[0].endswith(".") else None,
        familyName=tokens[-1] if len(tokens) > 1 else None))
    if org_url and not any(m.organization == org_url for m in person.membership):
        person.membership.append(OParlMembership(
            id=f"{url}/membership/{org_url.rsplit('/', 1)[-1]}", organization=org_url, role=role))
    return url


def slug(text: str) -> str:
    """A stable URL path segment: "Fraktion Bündnis 90/Die Grünen" → "fraktion-buendnis-90-die-gruenen"."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(SLUG_FOLD)
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "x" + hashlib.sha1(text.encode()).hexdigest()[:8]


def file_facts(letters: list[ProcessedLetter], base_dir: Path = Path(".")) -> dict[str, FileFacts]:
    """Size, SHA-1 and SHA-512 of each original that is still readable and unchanged (same SHA-256)."""
    facts = {}
    for letter in letters:
        if letter.record is None:
            continue
        path = base_dir / letter.entry.input
        try:
            data = path.read_bytes()
        except OSError:
            log.info("%s: original not readable, File gets no size/checksums", letter.entry.input)
            continue
        if hashlib.sha256(data).hexdigest() == letter.record.source.sha256:
            facts[letter.record.source.sha256] = FileFacts(
                len(data), hashlib.sha1(data).hexdigest(), hashlib.sha512(data).hexdigest())
    return facts


def export_oparl(processed_dir: str | Path, body_id: str, out_dir: str | Path) -> list[Path]:
    """Library entry point of `parlbrief export --format oparl`: paper/person/organization.json.

    Each file is an OParl object list (`data`, `pagination`, `links`) with all objects in one page.

    Raises:
        ValueError: `body_id` is not an absolute http(s) URL.
        FileNotFoundError: `processed_dir` does not exist.
        OutputError: `out_dir` cannot be written.
    """
    check_body_id(body_id)
    letters = read_processed(processed_dir)
    bundle = build_oparl(letters, body_id, file_facts(letters))
    out = Path(out_dir)
    ensure_output_dir(out)
    paths = []
    for name, objects in bundle.lists().items():
        page = {"data": objects, "pagination": {"totalElements": len(objects), "elementsPerPage": len(objects),
                                                "currentPage": 1, "totalPages": 1}, "links": {}}
        path = out / f"{name}.json"
        atomic_write_text(path, json.dumps(page, indent=1, ensure_ascii=False) + "\n")
        paths.append(path)
    log.info("OParl: %d papers, %d persons, %d organizations → %s", len(bundle.papers), len(bundle.persons),
             len(bundle.organizations), out)
    return paths
