"""`parlbrief evaluate --oparl DIR`: metric functions on hand-made records, the split, the CLI."""
from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from models.evaluation import EvalStatus
from models.letter import LetterStructure, Question, Sender, Signatory
from parlbrief.evaluation.oparl import (
    OparlLabel,
    Split,
    date_plausible,
    evaluate_oparl,
    faction_matches,
    fold,
    is_clean,
    load_labels,
    normalize_reference,
    reference_matches,
    score_document,
    select,
    strip_title_prefix,
    subject_similarity,
    summarize_row,
)

KARLSRUHE = Path(__file__).resolve().parents[2] / "shared" / "realcorpus" / "karlsruhe"
runner = CliRunner()

DOCUMENTS = {
    "ka-2024-0101-anfrage-1": ("""Anfrage
Vorlage Nr.: 2024/0101
Eingang: 05.03.2024
Radwege im Stadtgebiet
Anfrage: SPD-Gemeinderatsfraktion

1. Wie viele Kilometer Radweg unterhält die Stadt?
2. Welche Mittel sind für neue Radwege geplant?

Unterzeichnet von:
Erika Beispiel
""", {"kind": "anfrage", "reference": "2024/0101", "paper_date": "2024-03-05", "file_date": "2024-03-06",
      "title": "Anfrage SPD: Radwege im Stadtgebiet", "factions": ["SPD"]}),
    "ka-2024-0102-antrag-2": ("""Antrag
Vorlage Nr.: 2024/0102
Eingang: 12.03.2024
Schulbusse
GRÜNE-Gemeinderatsfraktion

Der Gemeinderat beschließt, zusätzliche Schulbusse einzusetzen.

Unterzeichnet von:
Max Muster
""", {"kind": "antrag", "reference": "2024/0102", "paper_date": "2024-03-12", "file_date": "2024-03-12",
      "title": "Ergänzungsantrag GRÜNE: Schulbusse", "factions": ["GRÜNE"]}),
    "ka-2024-0101-stellungnahme-3": ("""Stellungnahme zur Anfrage
Vorlage Nr.: 2024/0101
Radwege im Stadtgebiet

Zu 1) Wie viele Kilometer Radweg unterhält die Stadt?
Die Stadt unterhält 120 Kilometer Radweg.
""", {"kind": "stellungnahme", "reference": "2024/0101", "paper_date": "2024-03-05", "file_date": "2024-04-02",
      "title": "Radwege im Stadtgebiet", "factions": []}),
}


def _label(slug: str, **changes: object) -> OparlLabel:
    return OparlLabel.model_validate({"slug": slug, **DOCUMENTS[slug][1], **changes})


@pytest.fixture
def oparl_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "oparl"
    folder.mkdir()
    lines = []
    for slug, (text, label) in DOCUMENTS.items():
        (folder / f"{slug}.txt").write_text(text, encoding="utf-8")
        lines.append(json.dumps({"slug": slug, **label, "paper_type": "x", "file_name": "x"}, ensure_ascii=False))
    (folder / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


# --- metric functions ---------------------------------------------------------------------------


def test_reference_is_compared_without_its_label_and_spaces() -> None:
    assert normalize_reference("Vorlage Nr.:   2023/0433 ") == "2023/0433"
    assert normalize_reference("Drucksache 15/1284") == "15/1284"
    assert normalize_reference("2021/0727/ 1") == "2021/0727/1"
    assert normalize_reference("Vorlagen Nrn.: 2017/0098") == "2017/0098"
    label = _label("ka-2024-0101-anfrage-1")
    assert reference_matches(LetterStructure(reference="Vorlage Nr.: 2024/0101"), label)
    assert not reference_matches(LetterStructure(reference="2024/0102"), label)
    assert not reference_matches(LetterStructure(), label)
    assert not reference_matches(LetterStructure(reference="Vorlage Nr.:"), label.model_copy(update={"reference": ""}))


def test_date_is_plausible_within_14_days_of_either_oparl_date() -> None:
    label = _label("ka-2024-0101-anfrage-1")  # paper 2024-03-05, file 2024-03-06
    assert date_plausible(date(2024, 3, 19), label)  # 14 days after the paper date
    assert date_plausible(date(2024, 3, 20), label)  # 15 after the paper date, 14 after the file date
    assert not date_plausible(date(2024, 3, 21), label)  # 16 and 15 days after
    assert date_plausible(date(2024, 2, 20), label)  # 14 days before the paper date
    assert not date_plausible(date(2024, 2, 19), label)
    assert not date_plausible(None, label)


def test_title_prefix_with_a_kind_word_is_removed() -> None:
    assert strip_title_prefix("Antrag FDP: Städtepartnerschaftspass") == "Städtepartnerschaftspass"
    assert strip_title_prefix("Ergänzungsantrag Die Linke: Wohnraum in Karlsruhe") == "Wohnraum in Karlsruhe"
    assert strip_title_prefix("Anfrage SPD: Kombilösung: Sachstand") == "Kombilösung: Sachstand"
    assert strip_title_prefix("Interfraktioneller Antrag: Pflege") == "Pflege"
    assert strip_title_prefix("Gem. Ergänzungsantrag: Sportförderung") == "Sportförderung"
    assert strip_title_prefix("- abgesetzt - Ergänzungsantrag SPD: Kita") == "Kita"
    assert strip_title_prefix("Änderungsantrag: Rahmenplan") == "Rahmenplan"
    # not a kind word: the title stays as it is
    assert strip_title_prefix("Ausländerbehörde: Situation") == "Ausländerbehörde: Situation"
    assert strip_title_prefix("Thema: Hochwasserschutz") == "Thema: Hochwasserschutz"


def test_subject_similarity_is_ratio_on_casefolded_normalised_text() -> None:
    assert subject_similarity("  STÄDTEPARTNER\nSCHAFTSPASS ", "Zusatzantrag FDP: Städtepartner schaftspass") == 100.0
    # "radwege" vs "radwegs": 6 of 7 characters each, 2·6/14 → 85.71
    assert subject_similarity("Radwege", "Radwegs") == pytest.approx(600 / 7)
    assert subject_similarity(None, "Radwege") == 0.0


@pytest.mark.parametrize(("organization", "factions", "expected"), [
    ("SPD-Gemeinderatsfraktion", ["SPD"], True),
    ("CDU-Fraktion", ["SPD"], False),
    ("FW FÜR-Gemeinderatsfraktion", ["FW", "FÜR"], True),
    ("BFW-Ortschaftsratsfraktion", ["FW"], False),  # word-bounded: FW is not in BFW
    ("B 90/DIE GRÜNEN-OR-Fraktion", ["GRÜNE"], True),  # inflected
    ("grüne-fraktion", ["GRÜNE"], True),
    ("Fraktion DIE LINKE", ["Die Linke"], True),
    ("LINKE-Gemeinderatsfraktion", ["Die Linke"], True),  # the label's article is optional
    ("Gemeinderatsfraktion", ["AfD"], False),
    (None, ["SPD"], False),
    ("SPD-Gemeinderatsfraktion", [], False),
])
def test_faction_is_found_word_bounded(organization: str | None, factions: list[str], expected: bool) -> None:
    assert faction_matches(organization, factions) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wie viele Kilometer Radweg unterhält die Stadt?", True),
    ("Wie laut Seite 59: \"…\" festgehalten?", True),  # a citation, not a page number
    ("Auf Seite 7 streichen: „Private Fahrradständer“", True),
    ("Sind sie in den Baukosten (Seite 63) enthalten?", True),
    ("Die Vorlage wird auf Seite 6, Absatz 2 geändert.", True),
    ("Wie viele Radwege? Ergänzende Erläuterungen Seite 2 Welche Mittel?", False),
    ("Wie viele Radwege? -- 1 of 2 -- Welche Mittel?", False),
    ("Wie viele Radwege? – 2 – Welche Mittel?", False),
    ("Wie viele Radwege? Seite 2 von 3", False),
    ("Wie viele Radwege? Gedruckt auf 100 Prozent Recyclingpapier", False),
    ("Wie viele Radwege? Unterzeichnet von: Erika Beispiel", False),
    ("Wie viele Radwege? Mit freundlichen Grüßen gez. Erika Beispiel", False),
])
def test_clean_text_has_no_furniture_or_signature(text: str, expected: bool) -> None:
    assert is_clean(text) is expected


# --- one document, a row ------------------------------------------------------------------------


def test_anfrage_record_scores_every_metric() -> None:
    record = LetterStructure(
        doc_type="anfrage", reference="Vorlage Nr.: 2024/0101", date=date(2024, 3, 5),
        subject="Radwege im Stadtgebiet", sender=Sender(organization="SPD-Gemeinderatsfraktion"),
        signatories=[Signatory(name="Erika Beispiel")],
        questions=[Question(number=1, text="Wie viele Kilometer Radweg unterhält die Stadt?"),
                   Question(number=2, text="Welche Mittel? -- 1 of 2 --")])
    score = score_document(_label("ka-2024-0101-anfrage-1"), record)
    assert (score.doc_type, score.reference, score.date_found, score.date_plausible) == (True, True, True, True)
    assert (score.subject, score.subject_similarity, score.faction, score.signatories) == (True, 100.0, True, True)
    assert (score.questions, score.motions, score.clean_texts, score.texts) == (True, None, 1, 2)


def test_antrag_and_stellungnahme_records() -> None:
    antrag = score_document(_label("ka-2024-0102-antrag-2"), LetterStructure(
        doc_type="brief", sender=Sender(organization="CDU-Fraktion"), signatories=[Signatory(name=" ")],
        motion_points=["Der Gemeinderat beschließt, zusätzliche Schulbusse einzusetzen."]))
    assert (antrag.doc_type, antrag.faction, antrag.signatories, antrag.motions, antrag.questions) == (
        False, False, False, True, None)
    assert (antrag.subject_similarity, antrag.clean_texts, antrag.texts) == (0.0, 1, 1)
    reply = score_document(_label("ka-2024-0101-stellungnahme-3"), LetterStructure(doc_type="stellungnahme"))
    assert (reply.doc_type, reply.faction, reply.questions, reply.motions) == (True, None, None, None)


def test_failed_document_is_scored_as_an_empty_record() -> None:
    score = score_document(_label("ka-2024-0101-anfrage-1"), None, EvalStatus.FAILED, "boom", 0.5)
    assert score.status == EvalStatus.FAILED and score.error == "boom"
    assert not any([score.doc_type, score.reference, score.date_found, score.subject, score.faction,
                    score.signatories, score.questions])


def test_row_shares_skip_what_does_not_apply() -> None:
    docs = [
        score_document(_label("ka-2024-0101-anfrage-1"), LetterStructure(
            doc_type="anfrage", questions=[Question(number=1, text="Warum? Unterzeichnet von: X")])),
        score_document(_label("ka-2024-0101-stellungnahme-3"), LetterStructure(
            doc_type="anfrage", questions=[Question(number=1, text="Warum?")])),
        score_document(_label("ka-2024-0102-antrag-2"), None, EvalStatus.FAILED, "boom", 1.0),
    ]
    row = summarize_row("total", docs)
    assert (row.documents, row.failed) == (3, 1)
    assert row.doc_type == pytest.approx(1 / 3)
    assert row.faction == 0.0  # two documents it applies to, neither found
    assert row.questions == 1.0  # the one Anfrage
    assert row.motions == 0.0  # the one Antrag (failed)
    assert row.clean_texts == 0.5  # texts of every kind, micro-averaged
    assert row.seconds_per_doc == pytest.approx(1 / 3)


# --- selection -----------------------------------------------------------------------------------


def test_split_is_the_sha1_fold_of_the_slug(oparl_dir: Path) -> None:
    labels = load_labels(oparl_dir)
    assert fold("ka-2024-0101-anfrage-1") == int(hashlib.sha1(b"ka-2024-0101-anfrage-1").hexdigest()[:8], 16) % 5
    test = {x.slug for x in select(labels, Split.TEST)}
    dev = {x.slug for x in select(labels, Split.DEV)}
    assert test == {x.slug for x in labels if fold(x.slug) == 0}
    assert test.isdisjoint(dev) and test | dev == {x.slug for x in labels}


def test_limit_takes_every_kth_document_of_every_kind() -> None:
    labels = [OparlLabel(slug=f"{kind}-{i:03d}", kind=kind, reference="") for kind in ("anfrage", "antrag")
              for i in range(10)] + [OparlLabel(slug=f"stellungnahme-{i:03d}", kind="stellungnahme", reference="")
                                     for i in range(20)]
    sample = select(labels, Split.ALL, limit=8)
    assert [x.slug for x in sample] == ["anfrage-000", "anfrage-005", "antrag-000", "antrag-005",
                                        "stellungnahme-000", "stellungnahme-005", "stellungnahme-010",
                                        "stellungnahme-015"]
    assert select(labels, Split.ALL, limit=8) == sample


# --- end to end ------------------------------------------------------------------------------------


def test_cli_prints_the_table(oparl_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "scores.json"
    result = runner.invoke(app, ["evaluate", "--oparl", str(oparl_dir), "--split", "all", "--workers", "1",
                                 "--json", str(out)])
    assert result.exit_code == 0, result.output
    for word in ("anfrage", "antrag", "stellungnahme", "total", "doc_type = kind", "faction",
                 "clean question/motion texts", "3 documents"):
        assert word in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["documents"]) == 3 and all(d["status"] == "ok" for d in data["documents"])
    assert data["rows"][-1]["failed"] == 0


def test_a_failing_document_is_counted_not_fatal(oparl_dir: Path) -> None:
    with (oparl_dir / "labels.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"slug": "ka-missing-antrag-9", "kind": "antrag", "reference": "2024/0109"}) + "\n")
    summary = evaluate_oparl(oparl_dir, "all", workers=1)
    assert (summary.rows[-1].documents, summary.rows[-1].failed) == (4, 1)
    result = runner.invoke(app, ["evaluate", "--oparl", str(oparl_dir), "--split", "all", "--workers", "1"])
    assert result.exit_code == 1 and "failures" in result.output


def test_cli_rejects_split_without_oparl() -> None:
    assert runner.invoke(app, ["evaluate", "--limit", "3"]).exit_code == 2
    assert runner.invoke(app, ["evaluate", "--oparl", ".", "--split", "train"]).exit_code == 2


@pytest.mark.skipif(not (KARLSRUHE / "labels.jsonl").is_file(), reason="../shared/realcorpus/karlsruhe is not present")
def test_karlsruhe_sample_runs_without_failures() -> None:
    summary = evaluate_oparl(KARLSRUHE, "all", limit=30, workers=2)
    assert summary.rows[-1].documents == 30
    assert summary.rows[-1].failed == 0
