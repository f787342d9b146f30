"""Regenerate the gold corpus in tests/gold/ (seeded, deterministic): `.venv/bin/python tests/gold/make_corpus.py`;
with `--roles` only the line roles (`<id>/roles.tsv`) of the generated letters."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import random
import sys
from collections import defaultdict
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parent
REPO = GOLD_DIR.parents[1]
sys.path[:0] = [str(GOLD_DIR), str(REPO)]  # corpus_* modules sit next to this script

from corpus_compose import Letter, Spec, compose  # noqa: E402
from corpus_seeds import POOR_PROFILE, SEEDS, SeedLetter, load_seed  # noqa: E402
from corpus_specs import SPECS  # noqa: E402
from parlbrief.ocrsim import simulate_english_ocr  # noqa: E402
from parlbrief.synth import (  # noqa: E402
    LetterStyle,
    render_born_digital_pdf,
    render_scan_images,
    write_image_pdf,
    write_image_pdf_with_text_layer,
)

log = logging.getLogger(__name__)

REGEN_FLAG = "PARLBRIEF_REGENERATE_GOLD"
BASE_SEED = 20261123
SPLIT_SALT = "parlbrief-gold-heldout-v1"
HELDOUT_SHARE = 0.3
SCAN_DPI = 200  # enough for tesseract on 10.5 pt text (CER ~0.2 %), small enough for the 40 MB budget
# Scan degradation drawn per letter. Sensor noise inflates JPEGs most, so it stays moderate.
NOISE_RANGE = (2.5, 4.5)
BLUR_RANGE = (0.5, 1.0)
JPEG_QUALITIES = (40, 45, 50)
CI_OCR_PAGE_BUDGET = 40  # scan + poor pages OCR'd by `make test` (~2 s each on 2 cores)
FONTS = ("sans", "serif")
# Poor text layers: most letters misread at a rate drawn from OCR_RATE_RANGE (seed 000 shows ~0.9),
# these few get a clean layer (rate 0) so repair is also measured on text with nothing to fix.
OCR_RATE_RANGE = (0.6, 0.95)
CLEAN_LAYER = frozenset({"g09", "g21", "g30", "g32"})


def ocr_rate(letter_id: str, seed: int) -> float:
    """Misreading rate of a letter's simulated English-model OCR layer."""
    if letter_id in CLEAN_LAYER:
        return 0.0
    return round(random.Random(seed + 1).uniform(*OCR_RATE_RANGE), 3)


def letter_seed(letter_id: str) -> int:
    """Seed of one letter, stable under reordering of the spec table."""
    return BASE_SEED + int(hashlib.sha256(letter_id.encode()).hexdigest()[:8], 16) % 100_000


def split_rank(letter_id: str) -> str:
    return hashlib.sha256(f"{SPLIT_SALT}:{letter_id}".encode()).hexdigest()


def assign_splits(specs: tuple[Spec, ...]) -> dict[str, str]:
    """Held-out split: within each (doc type, numbering style) group, the ~30 % of letters
    with the smallest salted SHA-256 of their id (at least one per group of two or more)."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for spec in specs:
        groups[(spec.doc, spec.style if spec.doc == "anfrage" else "-")].append(spec.id)
    split = {}
    for ids in groups.values():
        ranked = sorted(ids, key=split_rank)
        k = max(1, round(HELDOUT_SHARE * len(ranked))) if len(ranked) > 1 else 0
        split.update({i: ("heldout" if n < k else "tune") for n, i in enumerate(ranked)})
    return split


def covers(spec: Spec, letter: Letter) -> list[str]:
    """The cases one letter covers, for the index and the README's coverage table."""
    out = [f"doc:{spec.doc}", f"head:{spec.head}", f"addr:{spec.addr or 'salutation-only'}",
           f"date:{spec.date}", f"subj:{spec.subj}", f"signers:{spec.signers}"]
    if spec.doc in ("anfrage", "antrag") and "resolution" not in spec.flags:
        out.append(f"numbering:{spec.style}")
    out += [f"ref:{spec.ref}"] if spec.ref else []
    out += [f"cc:{spec.cc}-line"] if spec.cc else []
    out += [f"pages:{len(letter.pages)}"]
    realised = set(spec.flags) - (set() if letter.page_break_in_question else {"pbq"})
    return out + sorted(realised)


def render(folder: Path, text: str, layer: str, bold: set[int], right: set[int], seed: int,
           scans: bool, font: str | None = None) -> int:
    """Write born.pdf and (when `scans`) scan.pdf and poor.pdf; returns the page count.
    `font` (a parlbrief.synth_layout family) overrides the seed's draw from FONTS."""
    rng = random.Random(seed)
    drawn = rng.choice(FONTS)  # drawn even when overridden: the scan's noise, blur, JPEG stay the seed's
    style = LetterStyle(font=font or drawn)
    noise, blur, quality = rng.uniform(*NOISE_RANGE), rng.uniform(*BLUR_RANGE), rng.choice(JPEG_QUALITIES)
    pages = render_born_digital_pdf(text, folder / "born.pdf", style=style, bold=bold, right=right)
    if scans:
        images = render_scan_images(text, seed=seed, dpi=SCAN_DPI, noise=noise, blur=blur,
                                    jpeg_quality=quality, style=style, bold=bold, right=right)
        write_image_pdf(images, folder / "scan.pdf", dpi=SCAN_DPI, jpeg_quality=quality)
        write_image_pdf_with_text_layer(images, layer, folder / "poor.pdf", dpi=SCAN_DPI,
                                        jpeg_quality=quality, style=style, bold=bold, right=right)
    return pages


def write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


ROLES_HEADER = "page\tline\trole"


def roles_tsv(letter: Letter) -> str:
    """`roles.tsv` of a generated letter: the role the generator gave each non-blank line of
    clean.txt, page and line 1-based (lines of a page as `clean.split("\f")[page - 1].split("\n")`)."""
    rows = [ROLES_HEADER]
    for page_no, (page, roles) in enumerate(zip(letter.pages, letter.roles, strict=True), start=1):
        for line_no, (line, role) in enumerate(zip(page, roles, strict=True), start=1):
            if line.strip():
                assert role is not None, (page_no, line_no, line)
                rows.append(f"{page_no}\t{line_no}\t{role}")
    return "\n".join(rows) + "\n"


def write_roles() -> int:
    """Write only `roles.tsv` of every generated letter, recomposed in memory; the letter's text
    must still be its committed clean.txt. Nothing else in the corpus is touched."""
    if any(GOLD_DIR.glob("*/roles.tsv")) and os.environ.get(REGEN_FLAG) != "1":
        print(f"tests/gold already holds roles.tsv files; set {REGEN_FLAG}=1 to overwrite them.", file=sys.stderr)
        return 2
    for spec in SPECS:
        letter = compose(spec, letter_seed(spec.id))
        folder = GOLD_DIR / spec.id
        if letter.text + "\n" != (folder / "clean.txt").read_text(encoding="utf-8"):
            print(f"{spec.id}: the generator no longer writes its clean.txt; regenerate the corpus.", file=sys.stderr)
            return 1
        (folder / "roles.tsv").write_text(roles_tsv(letter), encoding="utf-8")
    log.info("%d roles.tsv written", len(SPECS))
    return 0


def make_generated(spec: Spec, split: str) -> dict:
    """Compose, corrupt and render one generated letter; returns its index entry (ci decided later)."""
    seed = letter_seed(spec.id)
    letter = compose(spec, seed)
    folder = GOLD_DIR / spec.id
    folder.mkdir(exist_ok=True)
    clean = letter.text + "\n"
    poor = simulate_english_ocr(clean, seed=seed, rate=ocr_rate(spec.id, seed), profile=POOR_PROFILE)
    write_json(folder / "gold.json", letter.gold)
    (folder / "clean.txt").write_text(clean, encoding="utf-8")
    (folder / "poor.txt").write_text(poor, encoding="utf-8")
    (folder / "roles.tsv").write_text(roles_tsv(letter), encoding="utf-8")
    pages = render(folder, clean, poor, letter.bold, letter.right, seed, scans=True)
    entry = _entry(spec.id, split, pages, "clean.txt", covers(spec, letter), seed)
    entry["ocr_rate"] = ocr_rate(spec.id, seed)
    return entry


def make_seed(seed_letter: SeedLetter) -> dict:
    """Copy one real seed letter into the corpus and render it like the generated ones."""
    folder = GOLD_DIR / seed_letter.id
    folder.mkdir(exist_ok=True)
    write_json(folder / "gold.json", seed_letter.gold)
    (folder / "clean.txt").write_text(seed_letter.clean, encoding="utf-8")
    (folder / "poor.txt").write_text(seed_letter.poor, encoding="utf-8")
    if seed_letter.text_file != "clean.txt":
        (folder / seed_letter.text_file).write_text(seed_letter.text, encoding="utf-8")
    seed = letter_seed(seed_letter.id)
    pages = render(folder, seed_letter.clean, seed_letter.poor, set(), set(), seed, scans=True)
    return _entry(seed_letter.id, "tune", pages, seed_letter.text_file, ["real-seed"] + seed_letter.covers, seed)


def _entry(letter_id: str, split: str, pages: int, text_file: str, cases: list[str], seed: int) -> dict:
    return {
        "id": letter_id,
        "split": split,
        "ci": split == "tune",  # held-out letters never run in `make test`
        "renderings": {
            "born": f"{letter_id}/born.pdf",
            "scan": f"{letter_id}/scan.pdf",
            "poor": f"{letter_id}/poor.pdf",
            "text": f"{letter_id}/{text_file}",
        },
        "ci_renderings": ["born", "text"] if split == "tune" else [],
        "pages": pages,
        "seed": seed,
        "covers": cases,
    }


def _kinds(entry: dict) -> set[str]:
    """Doc type and numbering style of a letter, e.g. {"doc:anfrage", "anfrage/numbering:roman"}."""
    doc = next(c for c in entry["covers"] if c.startswith("doc:"))
    return {doc} | {f"{doc[4:]}/{c}" for c in entry["covers"] if c.startswith("numbering:")}


def ocr_in_ci(entry: dict) -> bool:
    return "scan" in entry["ci_renderings"]


def choose_ci(entries: list[dict]) -> None:
    """Choose the tune letters whose scan and poor renderings `make test` OCRs: both seeds, then one
    letter per doc type / numbering style (hash order), then 1-page letters, while scan + poor
    pages stay within CI_OCR_PAGE_BUDGET. Every tune letter is `ci` with at least born + text."""
    budget = CI_OCR_PAGE_BUDGET
    seen: set[str] = set()

    def take(entry: dict) -> None:
        nonlocal budget
        entry["ci_renderings"] = ["born", "scan", "poor", "text"]
        budget -= 2 * entry["pages"]
        seen.update(_kinds(entry))

    for entry in entries:
        if entry["id"].startswith("seed"):
            take(entry)
    # Only tune letters: CI results are looked at while tuning, the held-out split must not be.
    ranked = sorted((e for e in entries if e["ci"] and not ocr_in_ci(e)), key=lambda e: split_rank(e["id"]))
    for entry in ranked:
        if _kinds(entry) - seen and 2 * entry["pages"] <= budget:
            take(entry)
    for entry in ranked:
        if not ocr_in_ci(entry) and 2 * entry["pages"] <= budget and entry["pages"] == 1:
            take(entry)


COVERAGE_START, COVERAGE_END = "<!-- coverage:start (written by make_corpus.py) -->", "<!-- coverage:end -->"


def write_coverage_table(entries: list[dict]) -> None:
    """Rewrite the coverage table between the markers of README.md from the index entries."""
    rows = ["| id | split | in CI | pages | OCR rate | covers |", "|---|---|---|---|---|---|"]
    for e in entries:
        in_ci = "all 4" if ocr_in_ci(e) else ("born+text" if e["ci"] else "")
        rate = e.get("ocr_rate", "real OCR" if e["id"] == "seed000" else 0.9)
        cases = [c for c in e["covers"] if not c.startswith(("signers:1", "pages:"))]
        rows.append(f"| {e['id']} | {e['split']} | {in_ci} | {e['pages']} | {rate} | {', '.join(cases)} |")
    readme = GOLD_DIR / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split(COVERAGE_START)
    _, tail = rest.split(COVERAGE_END)
    readme.write_text(head + COVERAGE_START + "\n" + "\n".join(rows) + "\n" + COVERAGE_END + tail, encoding="utf-8")


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if sys.argv[1:] == ["--roles"]:
        return write_roles()
    if (GOLD_DIR / "index.json").exists() and os.environ.get(REGEN_FLAG) != "1":
        print(f"tests/gold already holds a corpus; set {REGEN_FLAG}=1 to overwrite it.", file=sys.stderr)
        return 2
    splits = assign_splits(SPECS)
    entries = [make_seed(load_seed(name)) for name in SEEDS]
    for spec in SPECS:
        log.info("%s: %s %s %s", spec.id, spec.county, spec.party, spec.doc)
        entries.append(make_generated(spec, splits[spec.id]))
    choose_ci(entries)
    write_json(GOLD_DIR / "index.json", entries)
    write_coverage_table(entries)
    ocr = [e for e in entries if ocr_in_ci(e)]
    log.info("%d letters, %d in CI, %d of them OCR'd there (%d scan + poor pages)", len(entries),
             sum(e["ci"] for e in entries), len(ocr), sum(2 * e["pages"] for e in ocr))
    return 0


if __name__ == "__main__":
    sys.exit(main())
