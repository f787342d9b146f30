"""Shared fixtures: small inputs made on the fly, paths to the committed fixtures."""
from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / "shared"
REALDOCS = SHARED / "realdocs"

LETTER = (
    "Kreis Wesel, den 05.03.2024\n"
    "Anfrage zur Schülerbeförderung\n\n"
    "Sehr geehrte Frau Landrätin,\n\n"
    "wir bitten um die Beantwortung der folgenden Fragen zur Schülerbeförderung im Kreisgebiet.\n"
    "1. Wie viele Schülerinnen und Schüler nutzen täglich die Busse des Kreises?\n"
    "2. Welche Maßnahmen plant die Verwaltung für die Verbesserung der Pünktlichkeit?\n\n"
    "Mit freundlichen Grüßen\n"
)


@pytest.fixture
def born_digital_pdf(tmp_path: Path) -> Path:
    from parlbrief.synth import render_born_digital_pdf

    path = tmp_path / "letter.pdf"
    render_born_digital_pdf(LETTER, path)
    return path


@pytest.fixture
def scan_png(tmp_path: Path) -> Path:
    from parlbrief.synth import render_scan_images

    path = tmp_path / "letter.png"
    image = render_scan_images(LETTER, seed=1, dpi=200)[0]
    image.save(path, dpi=(200, 200))
    return path
