"""Hand-labelled line roles of real documents.

A label file names its document and each line, never holds the document's text: the documents
stay in `../shared` and are not committed. `data/labels/<corpus>/<stem>.tsv`:

    # document: realcorpus/karlsruhe/ka-2024-0001-anfrage-655050.txt
    page<TAB>line<TAB>role<TAB>check

`page` and `line` are 1-based positions in the pages/lines the ingest stage gives for the
document (for a text file: its lines); `check` is the first 8 hex digits of the SHA-1 of the
line's text, so a label whose line changed (another OCR reading) is noticed, not trusted. Blank
lines carry no label.

    python -m parlbrief.labels dump DOC > draft.tsv     # page, line, role ("?" to fill in), text
    python -m parlbrief.labels save draft.tsv DOC       # checks the roles, writes the label file
    python -m parlbrief.labels check                    # every label file against its document
"""
from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from models import LineRole, Options, Page

REPO = Path(__file__).resolve().parents[1]
LABELS_DIR = REPO / "data" / "labels"
UNLABELLED = "?"


def shared_root() -> Path:
    """The folder of real documents (`../shared` beside the repository, or $PARLBRIEF_SHARED)."""
    return Path(os.environ.get("PARLBRIEF_SHARED", REPO.parent / "shared"))


def line_check(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


@dataclass(frozen=True)
class LabelledLine:
    page: int
    line: int
    role: LineRole
    check: str


@dataclass(frozen=True)
class LabelFile:
    document: str  # path below shared_root()
    lines: list[LabelledLine]

    @property
    def path(self) -> Path:
        return shared_root() / self.document


def document_pages(path: Path) -> list[Page]:
    """The pages and lines of a document as the pipeline's ingest stage reads them."""
    from pipeline.ingest import ingest_file

    return ingest_file(path, Options()).pages


def label_file_path(document: str) -> Path:
    """`realcorpus/karlsruhe/x.txt` → data/labels/karlsruhe/x.tsv; `realdocs/y.pdf` → data/labels/realdocs/y.tsv."""
    parts = Path(document).parts
    corpus = parts[-2] if len(parts) >= 2 else "misc"
    return LABELS_DIR / corpus / f"{Path(document).stem}.tsv"


def read_label_file(path: Path) -> LabelFile:
    document, lines = "", []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("# document:"):
            document = raw.split(":", 1)[1].strip()
        elif raw and not raw.startswith(("#", "page\t")):
            page, line, role, check = raw.split("\t")
            lines.append(LabelledLine(int(page), int(line), LineRole(role), check))
    if not document:
        raise ValueError(f"{path}: no '# document:' line")
    return LabelFile(document, lines)


def all_label_files(root: Path = LABELS_DIR) -> list[LabelFile]:
    return [read_label_file(path) for path in sorted(root.rglob("*.tsv"))]


def dump(path: Path) -> str:
    rows = ["page\tline\trole\ttext"]
    for page in document_pages(path):
        for number, line in enumerate(page.lines, start=1):
            role = UNLABELLED if line.text.strip() else ""
            rows.append(f"{page.number}\t{number}\t{role}\t{line.text}")
    return "\n".join(rows) + "\n"


def save(draft: Path, path: Path) -> Path:
    """Write the label file of `path` from a filled-in dump; every non-blank line needs a role."""
    document = path.resolve().relative_to(shared_root().resolve()).as_posix()
    roles: dict[tuple[int, int], str] = {}
    for raw in draft.read_text(encoding="utf-8").splitlines()[1:]:
        page, line, role = raw.split("\t")[:3]
        roles[(int(page), int(line))] = role.strip()
    out = [f"# document: {document}", "page\tline\trole\tcheck"]
    problems = []
    for page in document_pages(path):
        for number, line in enumerate(page.lines, start=1):
            if not line.text.strip():
                continue
            role = roles.get((page.number, number), UNLABELLED)
            if role not in LineRole.__members__.values():
                problems.append(f"page {page.number} line {number}: role {role!r} ({line.text[:40]!r})")
            out.append(f"{page.number}\t{number}\t{role}\t{line_check(line.text)}")
    if problems:
        raise ValueError("unlabelled or unknown roles:\n  " + "\n  ".join(problems))
    target = label_file_path(document)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(out) + "\n", encoding="utf-8")
    return target


def stale_lines(label: LabelFile) -> list[LabelledLine]:
    """Labels whose line is gone or reads differently now."""
    pages = {page.number: page for page in document_pages(label.path)}
    stale = []
    for item in label.lines:
        page = pages.get(item.page)
        if page is None or item.line > len(page.lines) or line_check(page.lines[item.line - 1].text) != item.check:
            stale.append(item)
    return stale


def main(argv: list[str]) -> int:
    if argv[:1] == ["dump"] and len(argv) == 2:
        sys.stdout.write(dump(Path(argv[1])))
    elif argv[:1] == ["save"] and len(argv) == 3:
        print(save(Path(argv[1]), Path(argv[2])))
    elif argv[:1] == ["check"]:
        bad = 0
        for label in all_label_files():
            stale = stale_lines(label)
            bad += bool(stale)
            if stale:
                print(f"{label.document}: {len(stale)} of {len(label.lines)} labels stale")
        print(f"{len(all_label_files())} label files, {bad} with stale labels")
        return 1 if bad else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
