"""Real tesseract OCR of the project's letters, committed as text so tests and benches need no tesseract.

    .venv/bin/python scripts/real_ocr.py            # all letters, all profiles (~10 min on 2 cores)
    .venv/bin/python scripts/real_ocr.py --letters g03,syn-g03-1 --workers 1

Writes data/real_ocr/<profile>/<letter>.txt (tesseract's text, pages separated by \\f),
data/real_ocr/truth/<letter>.txt for the generated letters that are not gold, and
data/real_ocr/index.json (letters, their split and truth file; profiles and the engine that read
them). Read them with `parlbrief.real_ocr.load_pairs`.

Profiles — the engines and models whose damage archives hold:
  eng-300   tesseract -l eng on a clean 300 dpi rendering of born.pdf (an English-model copier)
  eng-150   tesseract -l eng on a clean 150 dpi rendering (low-resolution scans)
  eng-scan  tesseract -l eng on the degraded 200 dpi scan (scan.pdf: skew, noise, blur, JPEG)
  deu-scan  tesseract -l deu (Debian's model) on the degraded scan

Letters: every gold letter (tests/gold; born.pdf and scan.pdf, truth clean.txt), and for estimation
more fictional letters per *tune* gold spec, composed by tests/gold's composer with seeds of
their own ("syn-<spec>-<k>", seed letter_seed("real-ocr:<spec>:<k>")) and rendered like gold:
k = 1, 2 in gold's fonts (Liberation Sans/Serif), k = 3, 4 in one of ESTIMATION_FONTS each (Calibri-
and Cambria-like office fonts, DejaVu, Arial Narrow, a typewriter face). Archives are printed in many
fonts and an English model misreads ä/ö/ü/ß differently in each: the channel learns only the
confusions its renderings show.
Held-out gold letters are OCRed too but are never used for estimation (split "heldout").

Deterministic: single-threaded tesseract (OMP_THREAD_LIMIT=1) with the language data pinned to
Debian's folder below; the same tesseract and models give the same bytes.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from multiprocessing import Pool
from pathlib import Path

os.environ["OMP_THREAD_LIMIT"] = "1"  # before tesseract starts: one thread each, deterministic

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
sys.path[:0] = [str(GOLD), str(REPO)]

import pypdfium2 as pdfium  # noqa: E402
import pytesseract  # noqa: E402

from make_corpus import letter_seed, render  # noqa: E402
from corpus_compose import compose  # noqa: E402
from corpus_specs import SPECS  # noqa: E402
from parlbrief.real_ocr import OUT, PROFILES  # noqa: E402

TESSDATA = Path("/usr/share/tesseract-ocr/5/tessdata")  # Debian's models, not a pip-installed one
SCAN_DPI = 200  # the gold scans' resolution (make_corpus.SCAN_DPI)
SYNTH_PER_SPEC = 2  # in gold's own fonts
FONT_PER_SPEC = 2  # in other fonts, taken in turn from ESTIMATION_FONTS
ESTIMATION_FONTS = ("carlito", "caladea", "dejavu-sans", "dejavu-serif", "sans-narrow", "mono")


def letters() -> list[dict]:
    """Gold letters (from index.json) then the generated estimation letters."""
    index = json.loads((GOLD / "index.json").read_text(encoding="utf-8"))
    out = [{"id": e["id"], "source": "gold", "split": e["split"], "truth": f"tests/gold/{e['id']}/clean.txt"}
           for e in index]
    tune = {e["id"] for e in index if e["split"] == "tune"}
    fonts_used = 0
    for spec in SPECS:
        if spec.id not in tune:  # a held-out letter's spec (topic, layout) stays out of estimation
            continue
        for k in range(1, SYNTH_PER_SPEC + FONT_PER_SPEC + 1):
            letter_id = f"syn-{spec.id}-{k}"
            letter = {"id": letter_id, "source": "synthetic", "split": "estimate", "spec": spec.id,
                      "seed": letter_seed(f"real-ocr:{spec.id}:{k}"),
                      "truth": f"{OUT.relative_to(REPO)}/truth/{letter_id}.txt"}
            if k > SYNTH_PER_SPEC:
                letter["font"] = ESTIMATION_FONTS[fonts_used % len(ESTIMATION_FONTS)]
                fonts_used += 1
            out.append(letter)
    return out


def _pages(pdf: Path, dpi: int) -> list:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil() for page in doc]
    finally:
        doc.close()


def _ocr(images: list, lang: str, dpi: int) -> str:
    config = f"--tessdata-dir {TESSDATA} --dpi {dpi}"
    pages = [pytesseract.image_to_string(image, lang=lang, config=config).strip("\n\f ") for image in images]
    return "\f".join(pages) + "\n"


def ocr_letter(letter: dict) -> tuple[dict, str, dict[str, str]]:
    """Render one letter (generated ones into a temporary folder) and OCR it with every profile."""
    with tempfile.TemporaryDirectory() as tmp:
        if letter["source"] == "gold":
            folder = GOLD / letter["id"]
            truth = (folder / "clean.txt").read_text(encoding="utf-8")
        else:
            spec = next(s for s in SPECS if s.id == letter["spec"])
            composed = compose(spec, letter["seed"])
            truth = composed.text + "\n"
            folder = Path(tmp)
            render(folder, truth, truth, composed.bold, composed.right, letter["seed"], scans=True,
                   font=letter.get("font"))
        texts = {}
        for name, (lang, dpi, rendering) in PROFILES.items():
            images = _pages(folder / f"{rendering}.pdf", dpi)
            texts[name] = _ocr(images, lang, dpi)
    return letter, truth, texts


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--letters", help="comma-separated letter ids (default: all)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    todo = letters()
    if args.letters:
        wanted = set(args.letters.split(","))
        todo = [letter for letter in todo if letter["id"] in wanted]
    (OUT / "truth").mkdir(parents=True, exist_ok=True)
    for name in PROFILES:
        (OUT / name).mkdir(exist_ok=True)
    with Pool(args.workers) as pool:
        for letter, truth, texts in pool.imap(ocr_letter, todo):
            if letter["source"] != "gold":
                (REPO / letter["truth"]).write_text(truth, encoding="utf-8")
            for name, text in texts.items():
                (OUT / name / f"{letter['id']}.txt").write_text(text, encoding="utf-8")
            print(letter["id"], letter["split"], truth.count("\f") + 1, "pages", flush=True)
    version = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    index = {
        "tesseract": version,
        "profiles": {name: {"lang": lang, "dpi": dpi, "rendering": rendering,
                            "model": f"{TESSDATA}/{lang}.traineddata",
                            "model_sha256": _sha(TESSDATA / f"{lang}.traineddata")}
                     for name, (lang, dpi, rendering) in PROFILES.items()},
        "letters": [{k: v for k, v in letter.items() if k != "spec"} for letter in letters()],
    }
    (OUT / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
