"""OParl 1.1 export: objects validate against the vendored official schemas and link up by URL."""
from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft7Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from tests.export_support import anfrage, antrag, as_processed, processed_folder, reply, sample_folder
from models import Answer, Sender
from pipeline.export_oparl import FileFacts, build_oparl, check_body_id, export_oparl, file_facts, slug

SCHEMAS = Path(__file__).parent / "data" / "oparl"
OPARL = "https://schema.oparl.org/1.1/"
BODY = "https://ris.example.org/oparl/v1/body/beispielkreis"
KINDS = {"paper": "Paper.json", "person": "Person.json", "organization": "Organization.json"}


def _url(value: object) -> bool:
    parts = urlsplit(str(value))
    return parts.scheme in ("http", "https") and bool(parts.netloc)


@pytest.fixture(scope="module")
def validators() -> dict[str, Draft7Validator]:
    # Relative $refs ("File.json") resolve against the schemas' $id base, so register them there.
    registry = Registry().with_resources(
        (OPARL + path.name, Resource.from_contents(json.loads(path.read_text(encoding="utf-8")), DRAFT7))
        for path in SCHEMAS.glob("*.json"))
    checker = FormatChecker()
    checker.checks("url")(_url)  # OParl's own format name; jsonschema would otherwise ignore it
    return {kind: Draft7Validator(json.loads((SCHEMAS / name).read_text(encoding="utf-8")), registry=registry,
                                  format_checker=checker) for kind, name in KINDS.items()}


def _errors(validator: Draft7Validator, obj: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(obj)]


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, list[dict]]:
    export_oparl(sample_folder(tmp_path), BODY, tmp_path / "oparl")
    return {kind: json.loads((tmp_path / "oparl" / f"{kind}.json").read_text(encoding="utf-8"))["data"]
            for kind in KINDS}


def test_every_object_validates(exported: dict[str, list[dict]], validators: dict[str, Draft7Validator]):
    assert [len(exported[k]) for k in KINDS] == [3, 3, 2]  # the failed input has no Paper
    for kind, objects in exported.items():
        for obj in objects:
            assert _errors(validators[kind], obj) == [], obj["id"]


def test_the_validator_catches_broken_objects(exported: dict[str, list[dict]], validators: dict[str, Draft7Validator]):
    paper = json.loads(json.dumps(exported["paper"][0]))
    paper["type"] = "https://schema.oparl.org/1.0/Paper"
    paper["date"] = "05.03.2024"
    paper["originatorPerson"] = ["person/1"]
    del paper["mainFile"]["accessUrl"]
    errors = " | ".join(_errors(validators["paper"], paper))
    for needle in ("type:", "date: '05.03.2024' is not a 'date'", "originatorPerson/0", "'accessUrl' is a required"):
        assert needle in errors


def test_paper_fields_and_vendor_properties(exported: dict[str, list[dict]]):
    paper = exported["paper"][0]
    record = anfrage("a_anfrage.pdf")
    assert paper["id"] == f"{BODY}/paper/{record.letter_id}" and paper["body"] == BODY
    assert (paper["name"], paper["reference"], paper["date"], paper["paperType"]) == (
        "Anfrage zur Schülerbeförderung und zum KI", "DS 12/345", "2024-03-05", "Anfrage")
    assert paper["mainFile"]["text"] == record.text
    assert paper["mainFile"]["mimeType"] == "application/pdf" and paper["mainFile"]["fileName"] == "a_anfrage.pdf"
    assert [q["number"] for q in paper["parlbrief:questions"]] == [1, 2]
    assert paper["parlbrief:questions"][1]["number_inferred"] is True
    assert paper["parlbrief:repairs"][0] == {"page": 1, "line": 2, "start": 12, "end": 19, "original": "Schuler",
                                             "replacement": "Schüler", "reason": "umlaut", "confidence": 0.9}
    assert paper["parlbrief:extraction"][0]["method"] == "ocr"
    assert paper["parlbrief:addressee"] == {"name": "Dr. Max Beispiel", "role": "Landrat",
                                            "organization": "Kreis Beispielkreis"}
    antrag_paper = exported["paper"][2]
    assert antrag_paper["paperType"] == "Antrag" and "date" not in antrag_paper
    assert antrag_paper["parlbrief:motionPoints"] == ["Der Kreistag beschließt …"]


def test_references_resolve_and_people_are_shared(exported: dict[str, list[dict]]):
    ids = {kind: {obj["id"] for obj in objects} for kind, objects in exported.items()}
    for paper in exported["paper"]:
        assert set(paper["originatorPerson"]) <= ids["person"]
        assert set(paper["originatorOrganization"]) <= ids["organization"]
    # The two Anfragen share one Person and one Organization; the Antrag brings two signatories.
    assert exported["paper"][0]["originatorPerson"] == exported["paper"][1]["originatorPerson"]
    names = sorted(p["name"] for p in exported["person"])
    assert names == ["Anna Zweite", "Erika Müller-Lüdenscheidt", "Jürgen Beispiel"]
    erika = next(p for p in exported["person"] if p["name"].startswith("Erika"))
    assert (erika["givenName"], erika["familyName"]) == ("Erika", "Müller-Lüdenscheidt")
    membership = erika["membership"][0]
    assert membership["organization"] in ids["organization"] and membership["role"] == "Vorsitzende"


def test_an_anfrage_and_its_reply_are_related_papers_with_answers(validators: dict[str, Draft7Validator]):
    a, r = anfrage(), reply()
    papers = {p["parlbrief:letterId"]: p for p in (paper.to_json() for paper in
                                                   build_oparl(as_processed([a, antrag(), r]), BODY).papers)}
    for paper in papers.values():
        assert _errors(validators["paper"], paper) == [], paper["id"]
    anfrage_url, reply_url = f"{BODY}/paper/{a.letter_id}", f"{BODY}/paper/{r.letter_id}"
    assert papers[a.letter_id]["relatedPaper"] == [reply_url]
    assert papers[r.letter_id]["relatedPaper"] == [anfrage_url]
    assert papers[antrag().letter_id]["relatedPaper"] == [] and papers[antrag().letter_id]["parlbrief:answers"] == []
    # The reply carries its own answers; the Anfrage the answers to its questions, pointing to the reply.
    assert papers[r.letter_id]["parlbrief:answers"][1] == {
        "number": 2, "text": "Das Ticket kostet 365 Euro brutto und 341 Euro netto im Jahr.", "page": 2, "paper": reply_url}
    assert papers[a.letter_id]["parlbrief:answers"][0] == {
        "number": 1, "text": "Derzeit nutzen 1.250 Schülerinnen und Schüler die Busse.", "page": 1, "paper": reply_url,
        "answerNumber": 1}
    # An answer that only points to another says which.
    pointing = reply(answers=[*r.answers[:1], Answer(number=2, text="Siehe Antwort zu Frage 1.", refers_to=1)])
    exported = build_oparl(as_processed([a, pointing]), BODY).papers[1].to_json()["parlbrief:answers"]
    assert [answer.get("refersTo") for answer in exported[:2]] == [None, 1]
    # relatedPaper points at Papers of the same export, and the Paper schema knows the property.
    schema = json.loads((SCHEMAS / "Paper.json").read_text(encoding="utf-8"))
    assert schema["properties"]["relatedPaper"]["items"]["format"] == "url"
    assert {url for p in papers.values() for url in p["relatedPaper"]} <= {p["id"] for p in papers.values()}


def test_factions_are_typed_as_fraktion():
    letters = as_processed([anfrage(), antrag(), anfrage("x.pdf", sender=Sender(organization="Kreis Beispielkreis"))])
    orgs = {o.name: o for o in build_oparl(letters, BODY).organizations.values()}
    assert orgs["Fraktion Musterliste im Kreistag Beispielkreis"].organizationType == "Fraktion"
    assert orgs["SPD-Kreistagsfraktion Beispielkreis"].organizationType == "Fraktion"
    assert orgs["Kreis Beispielkreis"].organizationType == "Sonstiges"


def test_checksums_only_for_the_unchanged_original(tmp_path: Path):
    original = tmp_path / "in.pdf"
    original.write_bytes(b"%PDF-1.4 letter")
    record = anfrage("in.pdf")
    record = record.model_copy(update={"source": record.source.model_copy(
        update={"sha256": hashlib.sha256(b"%PDF-1.4 letter").hexdigest()})})
    letters = as_processed([record])
    facts = file_facts(letters, base_dir=tmp_path)
    assert facts == {record.source.sha256: FileFacts(15, hashlib.sha1(b"%PDF-1.4 letter").hexdigest(),
                                                     hashlib.sha512(b"%PDF-1.4 letter").hexdigest())}
    main = build_oparl(letters, BODY, facts).papers[0].mainFile
    assert (main.size, main.sha1Checksum) == (15, hashlib.sha1(b"%PDF-1.4 letter").hexdigest())
    original.write_bytes(b"changed since processing")
    assert file_facts(letters, base_dir=tmp_path) == {}


def test_body_id_must_be_an_absolute_url(tmp_path: Path):
    assert check_body_id(BODY + "/") == BODY
    for bad in ("body/1", "ftp://x/body", ""):
        with pytest.raises(ValueError, match="--body-id"):
            check_body_id(bad)
    with pytest.raises(ValueError):
        export_oparl(processed_folder(tmp_path / "p", {}), "kreis-kleve", tmp_path / "o")
    assert not (tmp_path / "o").exists()


def test_slugs():
    assert slug("Fraktion Bündnis 90/Die Grünen") == "fraktion-buendnis-90-die-gruenen"
    assert slug("Jürgen Weiß") == "juergen-weiss"
    assert slug("Ju\u0308rgen") == slug("Jürgen")  # decomposed umlaut, same person
    assert slug("!!!").startswith("x")


def test_object_list_envelope(tmp_path: Path):
    paths = export_oparl(sample_folder(tmp_path), BODY, tmp_path / "o")
    assert [p.name for p in paths] == ["paper.json", "person.json", "organization.json"]
    page = json.loads(paths[0].read_text(encoding="utf-8"))
    assert page["pagination"] == {"totalElements": 3, "elementsPerPage": 3, "currentPage": 1, "totalPages": 1}
    assert date.fromisoformat(page["data"][1]["date"]) == date(2023, 12, 1)
