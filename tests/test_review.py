"""Review page: marked repairs, escaping, no external resources; and in headless Chromium, filters work."""
from __future__ import annotations

import base64
import hashlib
import io
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

import pytest
from PIL import Image

from tests.export_support import REPLY_ANSWERS, anfrage, antrag, as_processed, reply, sample_folder
from models import FileStatus, ManifestEntry, Repair
from pipeline.export import ProcessedLetter, read_processed
from pipeline.review import build_review, mark_line, write_review
from pipeline.review_thumbs import THUMB_BOX, thumbnails

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")


def _repair(start: int, end: int, original: str, replacement: str) -> Repair:
    return Repair(page=1, line=0, start=start, end=end, original=original, replacement=replacement,
                  reason="umlaut", confidence=0.9)


def test_mark_line_places_each_repair_with_its_original_in_the_title():
    html, ok = mark_line("Die Schuler im Kl", "Die Schüler im KI",
                         [_repair(15, 17, "Kl", "KI"), _repair(4, 11, "Schuler", "Schüler")])
    assert ok
    assert html == ('Die <mark class="repair" title="original: &#x27;Schuler&#x27; · umlaut · confidence 0.90">'
                    'Schüler</mark> im <mark class="repair" title="original: &#x27;Kl&#x27; · umlaut · '
                    'confidence 0.90">KI</mark>')


def test_mark_line_falls_back_when_the_repairs_do_not_rebuild_the_line():
    # Offsets that do not point at the original, and a repaired line that differs elsewhere.
    assert mark_line("Die Schuler", "Die Schüler", [_repair(0, 3, "Schuler", "Schüler")]) == ("Die Schüler", False)
    assert mark_line("a <b>", "a <b>!", [_repair(0, 1, "a", "A")]) == ("a &lt;b&gt;!", False)
    assert mark_line("a <b>", "a <b>", []) == ("a &lt;b&gt;", True)


def test_page_marks_every_repair_and_every_suggestion():
    page = build_review(as_processed([anfrage()]))
    assert page.count('<mark class="repair"') == 4
    assert page.count('<mark class="original"') == 4 and page.count('<mark class="suggestion"') == 1
    assert "could not be placed" not in page


def test_page_says_when_repairs_cannot_be_placed():
    record = anfrage()
    # The repaired text of page 1, line 2 differs from what its two repairs give: show it unmarked.
    text = record.text.replace("Anfrage zur Schülerbeförderung und zum KI", "Anfrage zur Schülerbeförderung (KI)")
    page = build_review(as_processed([record.model_copy(update={"text": text})]))
    assert "2 repair(s) could not be placed" in page
    assert page.count('<mark class="repair"') == 2 and "Anfrage zur Schülerbeförderung (KI)" in page


def test_letter_text_is_escaped_and_nothing_is_loaded_from_outside():
    record = anfrage(subject='<script>alert("x")</script> & Co')
    page = build_review(as_processed([record]))
    assert "<script>alert" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in page
    assert page.count("<script>") == 1  # the page's own inline script
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.IGNORECASE)
    assert "<link" not in page and "@import" not in page


def _qa_rows(page: str, anchor: str) -> list[tuple[str, str]]:
    """(question, answer) cell texts of the questions-and-answers table in one letter's section."""
    section = page[page.index(f'id="{anchor}"'):]
    section = section[:section.index("</section>")]
    cells = re.findall(r'<tr data-question="\d+"><td>(.*?)</td><td class="[^"]*">(.*?)</td></tr>', section)
    return [(re.sub(r"<[^>]+>", "", q), re.sub(r"<[^>]+>", "", a)) for q, a in cells]


def test_each_question_is_shown_beside_its_answer():
    a, r = anfrage(), reply(answers=REPLY_ANSWERS[:1])  # question 2 not answered
    page = build_review(as_processed([a, antrag(), r]))
    rows = _qa_rows(page, "letter-1")
    assert rows == [("1. Wie viele Schüler nutzen die Busse, die das KI plant? p. 1",
                     "Derzeit nutzen 1.250 Schülerinnen und Schüler die Busse. p. 1"),
                    ('(2) Was kostet das &quot;Ticket&quot; &lt;pro&gt; Jahr; a) brutto, b) netto? p. 1', "not answered")]
    anfrage_section = page[page.index('id="letter-1"'):page.index('id="letter-2"')]
    assert 'Reply: <a href="#letter-3">' in anfrage_section and "matched by reference (Drucksache 12/345)" in anfrage_section
    assert "1 of 2 questions answered" in anfrage_section
    # The reply shows its own answers beside its questions, and links back to the Anfrage.
    assert _qa_rows(page, "letter-3")[0][1] == "Derzeit nutzen 1.250 Schülerinnen und Schüler die Busse. p. 1"
    assert 'Answers the Anfrage <a href="#letter-1">' in page
    assert _qa_rows(page, "letter-2") == []  # an Antrag has no such table


def test_a_reply_without_its_anfrage_still_shows_its_answers_escaped():
    from models import Answer

    r = reply(answers=[Answer(number=1, text='<img src=x onerror="alert(1)"> 1.250')])
    page = build_review(as_processed([r]))
    assert "Its Anfrage is not in this batch" in page
    assert _qa_rows(page, "letter-1")[0][1] == "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; 1.250 p. 1"
    assert "<img src=x" not in page


def test_filters_offer_the_batch_values_and_failed_letters_show_their_error(tmp_path: Path):
    page = build_review(read_processed(sample_folder(tmp_path)))
    for value in ("anfrage", "antrag", "failed", "Fraktion Musterliste im Kreistag Beispielkreis",
                  "SPD-Kreistagsfraktion Beispielkreis", "(unknown)"):
        assert f'<option value="{value}">' in page
    assert "The PDF is damaged; re-scan it." in page
    assert page.count('<section class="letter"') == 4


def _with_original(path: Path):
    """The sample Anfrage record as if it had been processed from `path`."""
    record = anfrage(path.name)
    source = record.source.model_copy(update={"sha256": hashlib.sha256(path.read_bytes()).hexdigest()})
    return ProcessedLetter(ManifestEntry(input=str(path), pipeline_version="test", status=FileStatus.OK),
                           record.model_copy(update={"source": source}))


def test_page_images_of_pdf_and_image_originals(born_digital_pdf: Path, scan_png: Path):
    letters = [_with_original(born_digital_pdf), _with_original(scan_png)]
    images = thumbnails(letters)
    assert [len(images[letter.record.letter_id]) for letter in letters] == [1, 1]
    for uris in images.values():
        image = Image.open(io.BytesIO(base64.b64decode(uris[0].removeprefix("data:image/jpeg;base64,"))))
        assert image.format == "JPEG" and image.width <= THUMB_BOX[0] and image.height <= THUMB_BOX[1]
        assert max(image.size) >= 400  # fitted to the box, not shrunk to a stamp
    page = build_review(letters, images=images | {"pb-other": ["javascript:alert(1)"]})
    assert page.count('<img src="data:image/jpeg;base64,') == 2 and "javascript:" not in page


def test_no_page_images_for_changed_or_missing_originals(born_digital_pdf: Path, tmp_path: Path):
    letter = _with_original(born_digital_pdf)
    born_digital_pdf.write_bytes(born_digital_pdf.read_bytes() + b"\n%changed")
    missing = ProcessedLetter(letter.entry.model_copy(update={"input": str(tmp_path / "gone.pdf")}), letter.record)
    assert thumbnails([letter, missing]) == {}


class _Sections(HTMLParser):
    """Collects each letter section's data-* facets and whether it is hidden."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "section" and values.get("class") == "letter":
            self.sections.append(values)


def _visible(dom: str) -> list[str]:
    parser = _Sections()
    parser.feed(dom)
    return [s["id"] for s in parser.sections if "hidden" not in s]


def _chromium(url: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", *args, url]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


def _console(stderr: str) -> list[str]:
    """Console output of the page (log, error and uncaught exceptions all appear as CONSOLE lines)."""
    return re.findall(r"CONSOLE[^\]]*\] (.*)", stderr)


@pytest.fixture
def review_page(tmp_path: Path) -> Path:
    return write_review(sample_folder(tmp_path), tmp_path / "review.html")


@pytest.mark.slow
@needs_chromium
def test_console_detection_sees_script_errors(tmp_path: Path):
    page = tmp_path / "broken.html"
    page.write_text("<!DOCTYPE html><p>x</p><script>notDefined();</script>", encoding="utf-8")
    result = _chromium(page.as_uri(), tmp_path / "profile", "--dump-dom")
    assert any("Uncaught ReferenceError: notDefined" in line for line in _console(result.stderr))


@pytest.mark.slow
@needs_chromium
def test_page_loads_without_console_messages_and_filters_from_the_hash(review_page: Path, tmp_path: Path):
    cases = [
        ({}, ["letter-1", "letter-2", "letter-3", "letter-4"]),
        ({"doctype": "antrag"}, ["letter-3"]),
        ({"status": "failed"}, ["letter-4"]),
        ({"faction": "Fraktion Musterliste im Kreistag Beispielkreis", "warnings": "yes"}, ["letter-1"]),
        ({"faction": "Fraktion Musterliste im Kreistag Beispielkreis", "warnings": "no"}, ["letter-2"]),
    ]
    for number, (filters, expected) in enumerate(cases):
        url = review_page.as_uri() + ("#" + urlencode(filters) if filters else "")
        result = _chromium(url, tmp_path / f"profile-{number}", "--dump-dom")
        assert _console(result.stderr) == [], url
        assert _visible(result.stdout) == expected, url
        assert f"{len(expected)} of 4 letters shown" in result.stdout


@pytest.mark.slow
@needs_chromium
def test_screenshot(review_page: Path, tmp_path: Path):
    shot = tmp_path / "review.png"
    result = _chromium(review_page.as_uri(), tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,1800",
                       "--hide-scrollbars")
    assert _console(result.stderr) == []
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a blank page compresses to ~5 kB


def test_cli_review(tmp_path: Path):
    import cli
    from typer.testing import CliRunner

    if not any((c.name or c.callback.__name__) == "review" for c in cli.app.registered_commands):
        pytest.skip("cli.py has no `review` command yet")
    out = tmp_path / "out" / "review.html"
    result = CliRunner().invoke(cli.app, ["review", str(sample_folder(tmp_path)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count('<section class="letter"') == 4
