"""The hand-made field gold of real documents (data/real_fields) and its bench (bench/bench_real_fields.py).

The shape of every gold file and the scoring are checked without ../shared; the draw of the
documents, their strings against the texts and a run of the pipeline on two documents of the first
set only when ../shared is there (no test runs the pipeline on a blind set).
"""
from __future__ import annotations

import importlib.util
import json
import random
import re
from datetime import date
from pathlib import Path

import pytest

from models.letter import Answer, DateSource, DocType, LetterStructure, Question, Sender, Signatory

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "real_fields" / "karlsruhe"
BLIND2 = ROOT / "data" / "real_fields" / "karlsruhe-blind2"  # blind set 2: a second draw, written without running the pipeline
BLIND3 = ROOT / "data" / "real_fields" / "karlsruhe-blind3"  # blind set 3: a third draw, written without running the pipeline
BLIND = {2: BLIND2, 3: BLIND3}
DOCS = ROOT.parent / "shared" / "realcorpus" / "karlsruhe"
KINDS = ("anfrage", "antrag", "stellungnahme")
KEYS = {"doc_type", "reference", "date", "subject", "organization", "signatories", "questions",
        "motion_points", "answers"}


def _bench():
    spec = importlib.util.spec_from_file_location("bench_real_fields", ROOT / "bench" / "bench_real_fields.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold(folder: Path = GOLD) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}


@pytest.mark.parametrize("folder", [GOLD, BLIND2, BLIND3], ids=["karlsruhe", "karlsruhe-blind2", "karlsruhe-blind3"])
def test_every_gold_file_has_the_schema(folder):
    gold = _gold(folder)
    assert len(gold) >= 24
    assert _bench().KEYS == KEYS
    for slug, g in gold.items():
        assert set(g) - {"note"} == KEYS, slug
        assert g["doc_type"] in KINDS, slug
        assert g["reference"] is None or (isinstance(g["reference"], str) and re.fullmatch(r"\d{4}/\d{4}(/\d+)?", g["reference"])), slug
        assert g["date"] is None or date.fromisoformat(g["date"]).isoformat() == g["date"], slug
        assert isinstance(g["subject"], str) and g["subject"] == " ".join(g["subject"].split()) and g["subject"], slug
        assert g["organization"] is None or (isinstance(g["organization"], str) and g["organization"].strip()), slug
        assert isinstance(g["signatories"], list) and all(isinstance(s, str) and s.strip() for s in g["signatories"]), slug
        assert isinstance(g["questions"], list) and isinstance(g["motion_points"], list) and isinstance(g["answers"], list), slug
        for q in g["questions"]:
            assert set(q) == {"number", "text"} and type(q["number"]) is int and isinstance(q["text"], str), slug
            assert q["text"] == " ".join(q["text"].split()) and q["text"], slug
        assert all(isinstance(m, str) and m == " ".join(m.split()) and m for m in g["motion_points"]), slug
        assert all(type(a) is int and a >= 0 for a in g["answers"]), slug
        assert "note" not in g or (isinstance(g["note"], str) and g["note"].strip()), slug
        # each kind holds only its own list, numbers in order, no number twice
        kind = g["doc_type"]
        assert bool(g["questions"]) == (kind == "anfrage"), slug
        assert bool(g["motion_points"]) == (kind == "antrag"), slug
        assert not g["answers"] or kind == "stellungnahme", slug
        numbers = [q["number"] for q in g["questions"]]
        assert numbers == list(range(1, len(numbers) + 1)), slug
        assert g["answers"] == sorted(set(g["answers"])) and (0 not in g["answers"] or g["answers"] == [0]), slug
        assert kind != "stellungnahme" or g["organization"] is None, slug
        assert slug.split("-")[-2] == kind or "note" in g, slug  # the OParl kind differs only with a note


def _record(g: dict) -> LetterStructure:
    """A record that reads every field of the gold right."""
    return LetterStructure(
        doc_type=DocType(g["doc_type"]), reference=g["reference"],
        date=date.fromisoformat(g["date"]) if g["date"] else None,
        date_source=DateSource.PRINTED if g["date"] else None, subject=g["subject"],
        sender=Sender(organization=g["organization"]), signatories=[Signatory(name=n) for n in g["signatories"]],
        questions=[Question(number=q["number"], text=q["text"]) for q in g["questions"]],
        motion_points=g["motion_points"], answers=[Answer(number=n, text="…") for n in g["answers"]])


def test_scoring_counts_right_and_wrong_fields():
    bench = _bench()
    gold = _gold()["ka-2013-0023-anfrage-143309"]
    right = bench.score_document(gold, _record(gold))
    assert set(right) == KEYS - {"motion_points", "answers"}
    assert all(strict and soft for strict, soft in right.values())
    record = _record(gold)
    record.subject += "."  # one character off: soft, not strict
    record.questions = record.questions[:-1]  # a question lost: neither
    record.sender = Sender(organization="Die Linke")
    record.reference = "Vorlage Nr.: 2013/0023"  # the label: soft only
    scores = bench.score_document(gold, record)
    assert scores["subject"] == (False, True)
    assert scores["questions"] == (False, False)
    assert scores["organization"] == (False, False)
    assert scores["reference"] == (False, True)
    assert scores["date"] == (True, True)
    record.date_source = DateSource.MEETING  # no date printed, the meeting's stands in: not the gold's
    assert bench.score_document(gold, record)["date"] == (False, False)
    docs = {"a": {"kind": "anfrage", "scores": scores}, "b": {"kind": "anfrage", "scores": right}}
    shares = bench.shares(docs)
    assert shares["shares"]["subject"]["anfrage"] == (0.5, 1.0)
    assert shares["shares"]["answers"]["all"] is None
    assert shares["overall"]["anfrage"] == ((7 + 3) / 14, (7 + 5) / 14)


def test_the_documents_are_the_seeded_draw():
    if not DOCS.is_dir():
        pytest.skip("../shared/realcorpus/karlsruhe is not there")
    from parlbrief.evaluation.oparl import fold

    labelled = {p.stem for p in (ROOT / "data" / "labels" / "karlsruhe").glob("*.tsv")}
    slugs = sorted(json.loads(line)["slug"] for line in (DOCS / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip())
    kinds = {json.loads(line)["slug"]: json.loads(line)["kind"] for line in (DOCS / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    rng, drawn = random.Random(20261204), set()
    for kind in KINDS:
        for low, high in ((2013, 2016), (2017, 2020), (2021, 2023), (2024, 2026)):
            pool = [s for s in slugs if kinds[s] == kind and fold(s) == 0 and s not in labelled
                    and low <= int(re.search(r"-(\d{4})-", s).group(1)) <= high
                    and (DOCS / f"{s}.txt").exists()
                    and len((DOCS / f"{s}.txt").read_text(encoding="utf-8").splitlines()) <= 220]
            drawn |= set(rng.sample(pool, 3))
    assert set(_gold()) <= drawn
    assert not set(_gold()) & labelled


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "data" / "real_fields" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("number", [2, 3])
def test_blind_set_is_its_seeded_draw(number):
    """karlsruhe-blind<N> holds exactly the 36 documents data/real_fields/select_blind.py --set N draws
    (set 2: seed 20261205, set 3: seed 20261206), none of them in an earlier set or with a line-label
    file."""
    if not DOCS.is_dir():
        pytest.skip("../shared/realcorpus/karlsruhe is not there")
    module = _module("select_blind")
    drawn = module.draw(DOCS, number)
    assert all(len(slugs) == 3 for slugs, _ in drawn.values()) and len(drawn) == 12
    slugs = {s for three, _ in drawn.values() for s in three}
    labelled = {p.stem for p in (ROOT / "data" / "labels" / "karlsruhe").glob("*.tsv")}
    earlier = set(_gold()) | {s for m in range(2, number) for s in _gold(BLIND[m])}
    assert set(_gold(BLIND[number])) == slugs
    assert not slugs & earlier and not slugs & labelled
    assert sorted(module.interleaved(drawn)) == sorted(slugs)


def test_blind_set_2_draw_is_unchanged():
    """The generalised draw still gives blind set 2 in its order of draw (README table)."""
    if not DOCS.is_dir():
        pytest.skip("../shared/realcorpus/karlsruhe is not there")
    drawn = _module("select_blind").draw(DOCS, 2)
    assert drawn[("anfrage", (2013, 2016))] == (
        ["ka-2013-0189-anfrage-144942", "ka-2016-0776-anfrage-595461", "ka-2015-0259-anfrage-587272"], 25)
    assert drawn[("stellungnahme", (2024, 2026))] == (
        ["ka-2024-1301-stellungnahme-662726", "ka-2025-0009-stellungnahme-664518", "ka-2025-0990-stellungnahme-674630"], 43)


@pytest.mark.parametrize("folder", [GOLD, BLIND2, BLIND3], ids=["karlsruhe", "karlsruhe-blind2", "karlsruhe-blind3"])
def test_every_gold_string_occurs_in_its_text(folder):
    """data/real_fields/check_strings.py (not the pipeline): subjects, questions, motion points,
    signers, organizations and references occur in the text, dates are printed."""
    if not DOCS.is_dir():
        pytest.skip("../shared/realcorpus/karlsruhe is not there")
    assert _module("check_strings").check(folder, DOCS) == []


def test_bench_scores_two_documents():
    if not DOCS.is_dir():
        pytest.skip("../shared/realcorpus/karlsruhe is not there")
    bench = _bench()
    slugs = ["ka-2013-0023-anfrage-143309", "ka-2016-0370-stellungnahme-592871"]
    result = bench.run_bench(DOCS, GOLD, slugs)
    assert sorted(result["documents"]) == slugs
    assert result["counts"]["all"] == 2
    overall = result["overall"]["all"]
    assert overall is not None and 0.0 <= overall[0] <= overall[1] <= 1.0
    for field, by_kind in result["shares"].items():
        for kind, share in by_kind.items():
            assert share is None or 0.0 <= share[0] <= share[1] <= 1.0, (field, kind)
    assert result["shares"]["questions"]["stellungnahme"] is None
    assert result["shares"]["answers"]["stellungnahme"] is not None
    table = bench.format_table(result)
    assert "fields exact" in table and "questions" in table
