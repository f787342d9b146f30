"""Checks on the committed gold corpus (tests/gold): shape, splits, renderings, alignment, coverage."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from models.letter import LetterStructure
from parlbrief.ocrsim import simulate_english_ocr

GOLD = Path(__file__).parent / "gold"
INDEX = json.loads((GOLD / "index.json").read_text(encoding="utf-8"))
ENTRIES = {entry["id"]: entry for entry in INDEX}
GENERATED = [e for e in INDEX if not e["id"].startswith("seed")]
REGEN_FLAG = "PARLBRIEF_REGENERATE_GOLD"

# The gold record shape of tests/fixtures/003_….json (fixtures/README.md explains the fields).
RECORD_KEYS = {
    "doc_type", "date", "place", "subject", "reference", "sender", "signatories", "addressee",
    "salutation", "closing", "cc", "questions", "motion_points", "meetings",
}
QUESTION_KEYS = {"number", "number_in_source", "text", "subquestions"}


def _gold(letter_id: str) -> dict:
    return json.loads((GOLD / letter_id / "gold.json").read_text(encoding="utf-8"))


def _read(letter_id: str, name: str) -> str:
    return (GOLD / letter_id / name).read_text(encoding="utf-8")


def _collapse(text: str) -> str:
    return " ".join(text.split())


# Page headers and footers the generator prints; a question that runs across a page break has
# them in between its words. Example: "Seite 1 von 2", "- 2 -", "… – Schreiben vom 05.03.2024".
PAGE_MARKS = re.compile(r"^(Seite \d+ von \d+|- \d+ -|.* – Schreiben vom \d\d\.\d\d\.\d{4})$")


# A line-end hyphenation joins its halves ("Kreis-" + "verwaltung"); a coordination keeps its
# hyphen and space ("Kurzzeit-" + "und Tagespflege").
HYPHENATION = re.compile(r"(?<=\w)-\n+(?!(?:und|oder|bzw\.) )(?=[a-zäöüß])")


def _body_text(clean: str) -> str:
    """Clean text without page headers/footers, line-end hyphenation joined, whitespace collapsed."""
    body = "\n".join(line for line in re.split(r"[\n\f]", clean) if not PAGE_MARKS.match(line))
    return _collapse(HYPHENATION.sub("", body))


def test_regenerate_flag_is_not_set_during_tests() -> None:
    # With the flag on, a test run could be "fixed" by regenerating gold instead of fixing code.
    assert os.environ.get(REGEN_FLAG) is None, f"unset {REGEN_FLAG} before running the tests"


def test_generator_refuses_to_overwrite_without_the_flag() -> None:
    before = (GOLD / "index.json").stat().st_mtime_ns
    env = {k: v for k, v in os.environ.items() if k != REGEN_FLAG}
    done = subprocess.run([sys.executable, str(GOLD / "make_corpus.py")], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2
    assert REGEN_FLAG in done.stderr
    assert (GOLD / "index.json").stat().st_mtime_ns == before


def test_index_splits_and_seeds() -> None:
    assert len(GENERATED) >= 30
    ids = [e["id"] for e in INDEX]
    assert len(ids) == len(set(ids))
    splits = {e["split"] for e in INDEX}
    assert splits == {"tune", "heldout"}
    heldout = {e["id"] for e in INDEX if e["split"] == "heldout"}
    tune = {e["id"] for e in INDEX if e["split"] == "tune"}
    assert not heldout & tune
    assert 0.25 <= len(heldout) / len(INDEX) <= 0.4
    assert ENTRIES["seed000"]["split"] == ENTRIES["seed003"]["split"] == "tune"
    # CI results are looked at while tuning, so no held-out letter may be part of them.
    assert all(not e["ci"] and not e["ci_renderings"] for e in INDEX if e["split"] == "heldout")
    assert all(e["ci"] for e in INDEX if e["split"] == "tune")


def test_ci_subset_fits_the_ocr_budget() -> None:
    assert all(e["ci"] == (e["split"] == "tune") for e in INDEX)
    assert all({"born", "text"} <= set(e["ci_renderings"]) for e in INDEX if e["ci"])
    ocr = [e for e in INDEX if {"scan", "poor"} & set(e["ci_renderings"])]
    assert all(set(e["ci_renderings"]) == {"born", "scan", "poor", "text"} for e in ocr)
    assert {"seed000", "seed003"} <= {e["id"] for e in ocr}
    assert sum(2 * e["pages"] for e in ocr) <= 40  # scan + poor pages OCR'd by `make test`
    assert {"doc:anfrage", "doc:antrag"} <= {c for e in ocr for c in e["covers"]}


@pytest.mark.parametrize("letter_id", sorted(ENTRIES))
def test_gold_record_shape(letter_id: str) -> None:
    gold = _gold(letter_id)
    assert set(gold) == RECORD_KEYS
    assert gold["doc_type"] in {"anfrage", "antrag", "stellungnahme", "brief"}
    date.fromisoformat(gold["date"])
    assert set(gold["sender"]) == {"name", "role", "organization"}
    assert set(gold["addressee"]) == {"name", "role", "organization"}
    assert gold["signatories"] and gold["sender"]["name"] == gold["signatories"][0]["name"]
    assert all(set(s) == {"name", "role"} for s in gold["signatories"])
    for meeting in gold["meetings"]:
        assert set(meeting) == {"body", "date"}
        date.fromisoformat(meeting["date"])
    numbers = [q["number"] for q in gold["questions"]]
    assert numbers == list(range(1, len(numbers) + 1))
    for question in gold["questions"]:
        assert set(question) == QUESTION_KEYS
        assert isinstance(question["number_in_source"], bool)
        assert question["text"] == _collapse(question["text"]) and question["text"]
        assert all(set(s) == {"label", "text"} for s in question["subquestions"])
    if gold["doc_type"] == "antrag":
        assert gold["motion_points"] and not gold["questions"]
    # The record also loads into the pipeline's model (gold says number_in_source, models number_inferred).
    questions = [{**q, "number_inferred": not q["number_in_source"]} for q in gold["questions"]]
    LetterStructure.model_validate({**gold, "questions": questions})


@pytest.mark.parametrize("letter_id", sorted(ENTRIES))
def test_renderings_exist_with_the_letters_page_count(letter_id: str) -> None:
    entry = ENTRIES[letter_id]
    assert set(entry["renderings"]) == {"born", "scan", "poor", "text"}
    clean = _read(letter_id, "clean.txt")
    assert clean.count("\f") + 1 == entry["pages"]
    for kind, rel in entry["renderings"].items():
        assert rel, kind
        data = (GOLD / rel).read_bytes()
        if kind == "text":
            assert data.strip()
            continue
        assert data.startswith(b"%PDF")
        assert len(re.findall(rb"/Type /Page\b(?!s)", data)) == entry["pages"], kind
    assert (GOLD / entry["renderings"]["scan"]).stat().st_size > 50_000  # images, not text


@pytest.mark.parametrize("letter_id", sorted(ENTRIES))
def test_poor_layer_is_token_aligned_with_clean_text(letter_id: str) -> None:
    clean, poor = _read(letter_id, "clean.txt"), _read(letter_id, "poor.txt")
    assert clean.count("\f") == poor.count("\f")
    clean_lines, poor_lines = clean.split("\n"), poor.split("\n")
    assert len(clean_lines) == len(poor_lines)
    assert [len(line.split()) for line in clean_lines] == [len(line.split()) for line in poor_lines]


def test_poor_layers_are_broken_except_the_clean_ones() -> None:
    broken = [e["id"] for e in GENERATED if _read(e["id"], "poor.txt") != _read(e["id"], "clean.txt")]
    clean = [e["id"] for e in GENERATED if e["ocr_rate"] == 0.0]
    assert 2 <= len(clean) <= 6
    assert set(broken) == {e["id"] for e in GENERATED} - set(clean)


@pytest.mark.parametrize("letter_id", [e["id"] for e in GENERATED])
def test_generated_text_matches_its_gold(letter_id: str) -> None:
    gold, clean = _gold(letter_id), _read(letter_id, "clean.txt")
    flat = _body_text(clean)
    assert all(len(line) <= 85 for line in re.split(r"[\n\f]", clean))
    for question in gold["questions"]:
        words = question["text"].split()
        assert " ".join(words[:6]) in flat and " ".join(words[-6:]) in flat, question["number"]
    if "pbq" in ENTRIES[letter_id]["covers"]:  # page marks really sit inside a question
        assert any(q["text"] in flat and q["text"] not in _collapse(clean) for q in gold["questions"])
    for point in gold["motion_points"]:
        assert " ".join(point.split()[:8]) in flat
    assert _collapse(gold["subject"].replace(" hier:", "\nhier:")) in flat
    for name in [s["name"] for s in gold["signatories"]] + gold["cc"]:
        assert name in flat


def test_lost_numbers_are_marked_where_the_letter_lost_them() -> None:
    for entry in GENERATED:
        lost = [q for q in _gold(entry["id"])["questions"] if not q["number_in_source"]]
        assert bool(lost) == ("lost" in entry["covers"]), entry["id"]
    lost000 = [q["number"] for q in _gold("seed000")["questions"] if not q["number_in_source"]]
    assert lost000 == list(range(3, 14))


def test_no_letter_is_ambiguous_by_construction() -> None:
    # With lost numbers an unnumbered paragraph inside an item would read as a question of its own.
    assert not [e["id"] for e in GENERATED if {"lost", "para"} <= set(e["covers"])]


def test_every_case_is_covered() -> None:
    cases = {c for e in GENERATED for c in e["covers"]}
    required = {
        "numbering:dot", "numbering:paren", "numbering:dotparen", "numbering:frage", "numbering:roman",
        "lost", "glued", "pbq", "subq", "ctx", "multi", "preq", "traps", "linetrap", "vorschlag",
        "resolution", "doc:anfrage", "doc:antrag", "doc:stellungnahme", "doc:brief", "signers:2",
        "cc:2-line", "ref:az", "ref:initials", "ref:zeichen", "date:long", "date:num", "date:den",
        "date:iso", "subj:label", "subj:plain", "subj:hier", "subj:hier_label", "head:none",
        "addr:salutation-only", "addr:chair", "addr:kreisdirektor", "hyph",
        "sigside", "gez", "nodoc", "lhright", "dateabove", "ihr", "para",
    }
    assert required <= cases, required - cases
    heldout = {c for e in GENERATED if e["split"] == "heldout" for c in e["covers"]}
    assert len({c for c in heldout if c.startswith("numbering:")}) >= 4


def test_generator_reproduces_the_committed_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(GOLD))
    from corpus_compose import compose
    from corpus_specs import SPECS
    from make_corpus import POOR_PROFILE, letter_seed, ocr_rate

    for spec in SPECS[::5]:  # a sample keeps this fast; regeneration itself checks all
        seed = letter_seed(spec.id)
        letter = compose(spec, seed)
        assert letter.gold == _gold(spec.id)
        assert letter.text + "\n" == _read(spec.id, "clean.txt")
        poor = simulate_english_ocr(letter.text + "\n", seed=seed, rate=ocr_rate(spec.id, seed), profile=POOR_PROFILE)
        assert poor == _read(spec.id, "poor.txt")
