"""Letters from a probe after all earlier fixes, and the faults it found.

The probe (two letters, written after tests/test_structure_fresh2.py's rules) got 5 of 28 fields
wrong at first sight: a faction seat in a multi-word place ("FWG-Kreistagsfraktion Bad
Kreuznach" cut to "… Bad"), an e-mail-style header ("Von:" kept in the faction, "An: …" not
read as the address), the reference under an "Unser Zeichen / Ihr Zeichen / Datum" row, and
"Frage 1 –" (fixed before these tests). Also here: the faults of the blind probe in
tests/test_structure_fresh4.py (seats and party names of several words, inline "a) … b) …"),
and groups ("Gruppe SPD/GRÜNE") named without a seat. These letters are written in the probe's styles; the
expectations follow tests/gold/README.md and tests/fixtures/README.md.
"""
from __future__ import annotations

from datetime import date

import pytest

from models import DocType
from pipeline.structure import _known_places, extract_structure
from pipeline.structure_dates import letter_date_in_line
from pipeline.structure_header import reference_from_row
from pipeline.structure_questions import _subquestions
from pipeline.structure_roles import faction_in, named_group, seated_group
from tests.test_structure_helpers import make_doc, observed, structure_of

MGG = "Mit freundlichen Grüßen"

LETTERS = {
    # A DIN 5008 reference row with an empty "Ihr Zeichen" column; a two-line subject without
    # a label; a sender line above the address window.
    "p1": """FWG-Kreistagsfraktion Bad Kreuznach
Salinenstraße 47 · 55543 Bad Kreuznach
Telefon 0671 803-1450 · fwg-fraktion@kreis-kh.de

FWG-Kreistagsfraktion · Salinenstraße 47 · 55543 Bad Kreuznach

Kreisverwaltung Bad Kreuznach
Frau Landrätin Bettina Dickes
Salinenstraße 47
55543 Bad Kreuznach

Unser Zeichen          Ihr Zeichen          Datum
hs/km                                       17.09.2024

Anfrage zur Sitzung des Kreistages am 30.09.2024
Schülerbeförderung im Nahetal

Sehr geehrte Frau Landrätin,

zum Schuljahresbeginn gab es erneut Beschwerden über überfüllte Schulbusse. Wir
bitten daher um die Beantwortung der folgenden Fragen:

1. Wie viele Schülerinnen und Schüler werden täglich im Nahetal befördert?
2. Auf welchen Linien wurde die zulässige Auslastung überschritten?
3. Welche zusätzlichen Verstärkerfahrten sind geplant, und ab wann?

Mit freundlichen Grüßen

Heinz Schmitt
Fraktionsvorsitzender
""",
    # The faction with its multi-word seat only in the body; the place is known from postcodes.
    "p2": """An die
Kreisverwaltung Bad Kreuznach
Frau Landrätin Bettina Dickes
Salinenstraße 47
55543 Bad Kreuznach

                                                Bad Kreuznach, 17.09.2024

Antrag: Mehr Verstärkerfahrten im Schülerverkehr

Sehr geehrte Frau Landrätin,

die FWG-Kreistagsfraktion Bad Kreuznach stellt folgenden Antrag:

Der Kreistag möge beschließen:
Die Verwaltung wird beauftragt, zusätzliche Verstärkerfahrten zu bestellen.

Begründung:
Die Busse sind überfüllt.

Mit freundlichen Grüßen

Heinz Schmitt
Fraktionsvorsitzender
""",
    # A letter sent as an e-mail: the faction in "Von:", the addressee in "An:".
    "p3": """Von: Bündnis 90/Die Grünen Kreistagsfraktion Nordsachsen <fraktion@gruene-nordsachsen.de>
An: Kreistagsvorsitzender Henry Graichen
Datum: 14.03.2025
Betreff: Anfrage zum Ausbau der Ladeinfrastruktur

Sehr geehrter Herr Graichen,

im Namen unserer Fraktion bitte ich um die Beantwortung der folgenden Fragen:

1) Wie viele öffentliche Ladepunkte gibt es derzeit an Liegenschaften des
   Landkreises?
2) Welche Standorte sind für 2025 und 2026 geplant?

Mit freundlichen Grüßen
Katrin Weber
Fraktionsvorsitzende
""",
    # An e-mail from a person: "Gesendet:" dates it, "An:" holds two recipients and an address
    # in angle brackets, "Cc:" is one header line; the faction is in the signature.
    "p4": """Von: Katrin Weber <k.weber@gruene-nordsachsen.de>
Gesendet: Freitag, 14. März 2025 10:12
An: Landrat Kai Emanuel <landrat@kreis-nordsachsen.de>; Kreistagsbüro
Cc: Fraktionsgeschäftsstelle; Presse
Betreff: Anfrage zum Ausbau der Ladeinfrastruktur

Sehr geehrter Herr Landrat,

im Namen unserer Fraktion bitte ich um die Beantwortung der folgenden Fragen:

1. Wie viele öffentliche Ladepunkte gibt es derzeit an Liegenschaften des
Landkreises?
2. Welche Standorte sind für 2025 und 2026 geplant?

Viele Grüße

Katrin Weber
Vorsitzende der Fraktion BÜNDNIS 90/DIE GRÜNEN im Kreistag Nordsachsen
""",
}

CHARGING = [
    "Wie viele öffentliche Ladepunkte gibt es derzeit an Liegenschaften des Landkreises?",
    "Welche Standorte sind für 2025 und 2026 geplant?",
]

EXPECTED: dict[str, dict[str, object]] = {
    "p1": {
        "doc_type": DocType.ANFRAGE, "date": date(2024, 9, 17), "place": None,
        "subject": "Anfrage zur Sitzung des Kreistages am 30.09.2024 Schülerbeförderung im Nahetal",
        "reference": "hs/km",
        "sender": ("Heinz Schmitt", "Fraktionsvorsitzender", "FWG-Kreistagsfraktion Bad Kreuznach"),
        "signatories": [("Heinz Schmitt", "Fraktionsvorsitzender")],
        "addressee": ("Bettina Dickes", "Landrätin", "Kreisverwaltung Bad Kreuznach"),
        "salutation": "Sehr geehrte Frau Landrätin,", "closing": MGG, "cc": [],
        "meetings": [("Kreistag", date(2024, 9, 30))],
        "questions": [
            (1, "1.", False, "Wie viele Schülerinnen und Schüler werden täglich im Nahetal befördert?", []),
            (2, "2.", False, "Auf welchen Linien wurde die zulässige Auslastung überschritten?", []),
            (3, "3.", False, "Welche zusätzlichen Verstärkerfahrten sind geplant, und ab wann?", []),
        ],
        "motion_points": [],
    },
    "p2": {
        "doc_type": DocType.ANTRAG, "date": date(2024, 9, 17), "place": "Bad Kreuznach",
        "subject": "Antrag: Mehr Verstärkerfahrten im Schülerverkehr", "reference": None,
        "sender": ("Heinz Schmitt", "Fraktionsvorsitzender", "FWG-Kreistagsfraktion Bad Kreuznach"),
        "signatories": [("Heinz Schmitt", "Fraktionsvorsitzender")],
        "addressee": ("Bettina Dickes", "Landrätin", "Kreisverwaltung Bad Kreuznach"),
        "salutation": "Sehr geehrte Frau Landrätin,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [],
        "motion_points": ["Die Verwaltung wird beauftragt, zusätzliche Verstärkerfahrten zu bestellen."],
    },
    "p3": {
        "doc_type": DocType.ANFRAGE, "date": date(2025, 3, 14), "place": None,
        "subject": "Anfrage zum Ausbau der Ladeinfrastruktur", "reference": None,
        "sender": ("Katrin Weber", "Fraktionsvorsitzende", "Bündnis 90/Die Grünen Kreistagsfraktion Nordsachsen"),
        "signatories": [("Katrin Weber", "Fraktionsvorsitzende")],
        "addressee": ("Henry Graichen", "Kreistagsvorsitzender", None),
        "salutation": "Sehr geehrter Herr Graichen,", "closing": MGG, "cc": [], "meetings": [],
        "questions": [(n, f"{n})", False, text, []) for n, text in enumerate(CHARGING, 1)],
        "motion_points": [],
    },
    "p4": {
        "doc_type": DocType.ANFRAGE, "date": date(2025, 3, 14), "place": None,
        "subject": "Anfrage zum Ausbau der Ladeinfrastruktur", "reference": None,
        "sender": ("Katrin Weber", "Vorsitzende", "Fraktion BÜNDNIS 90/DIE GRÜNEN im Kreistag Nordsachsen"),
        "signatories": [("Katrin Weber", "Vorsitzende der Fraktion BÜNDNIS 90/DIE GRÜNEN im Kreistag Nordsachsen")],
        "addressee": ("Kai Emanuel", "Landrat", None),
        "salutation": "Sehr geehrter Herr Landrat,", "closing": "Viele Grüße",
        "cc": ["Fraktionsgeschäftsstelle", "Presse"], "meetings": [],
        "questions": [(n, f"{n}.", False, text, []) for n, text in enumerate(CHARGING, 1)],
        "motion_points": [],
    },
}

FIELDS = sorted({f for fields in EXPECTED.values() for f in fields})

run = structure_of(LETTERS)


@pytest.mark.parametrize("letter,field", [(n, f) for n in EXPECTED for f in FIELDS])
def test_field(letter: str, field: str) -> None:
    assert observed(run(letter), field) == EXPECTED[letter][field]


def test_mail_sender_address_is_the_senders_email() -> None:
    assert run("p3").sender.email == "fraktion@gruene-nordsachsen.de"
    assert run("p4").sender.email == "k.weber@gruene-nordsachsen.de"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("55543 Bad Kreuznach", "Bad Kreuznach"),
        ("66606 St. Wendel", "St. Wendel"),
        ("15230 Frankfurt (Oder)", "Frankfurt (Oder)"),
        ("67433 Neustadt an der Weinstraße", "Neustadt an der Weinstraße"),
        ("Stadt Emmerich am Rhein", "Emmerich am Rhein"),
        ("47533 Kleve", "Kleve"),
    ],
)
def test_multi_word_places_are_known_whole(text: str, place: str) -> None:
    assert place in _known_places(text, None)


@pytest.mark.parametrize(
    ("text", "places", "faction"),
    [
        ("die FWG-Kreistagsfraktion Bad Kreuznach stellt", {"Bad Kreuznach"}, "FWG-Kreistagsfraktion Bad Kreuznach"),
        ("die SPD-Kreistagsfraktion Bad Kreuznach stellt", {"Bad"}, "SPD-Kreistagsfraktion Bad"),
        ("die SPD-Fraktion Kleve-Nord bittet", {"Kleve"}, "SPD-Fraktion"),  # a place is a whole word
        ("die CDU-Fraktion Kleve bittet", {"Kleve", "Kleve Herrn"}, "CDU-Fraktion Kleve"),
    ],
)
def test_faction_takes_the_longest_known_place(text: str, places: set[str], faction: str) -> None:
    assert faction_in(text, places) == faction


@pytest.mark.parametrize(
    ("labels", "values", "reference"),
    [
        ("Unser Zeichen          Ihr Zeichen          Datum", "hs/km                                       17.09.2024", "hs/km"),
        ("Ihr Zeichen          Unser Zeichen          Datum", "                     hs/km                17.09.2024", "hs/km"),
        ("Ihr Zeichen          Unser Zeichen          Datum", "ab-12          hs/km          17.09.2024", "hs/km"),
        ("Ihr Zeichen   Ihre Nachricht vom   Unser Zeichen   Telefon   Datum",
         "SSW/Ha-17   04841 67-0   14.05.2025", "SSW/Ha-17"),
        ("Unser Zeichen   Datum", "17.09.2024", None),
        ("Ihre Nachricht vom    Aktenzeichen    Datum", "02.09.2024            III/42-7        17.09.2024", "III/42-7"),
        ("Kreis Kleve          Der Landrat", "jf/mv                17.09.2024", None),  # not a reference row
    ],
)
def test_reference_row(labels: str, values: str, reference: str | None) -> None:
    assert reference_from_row(labels, values) == reference


@pytest.mark.parametrize(
    ("line", "value", "place"),
    [
        ("Gesendet: Freitag, 14. März 2025 10:12", date(2025, 3, 14), None),
        ("Frankfurt (Oder), den 3. Mai 2024", date(2024, 5, 3), "Frankfurt (Oder)"),
        ("Halle (Saale), 02.02.2024", date(2024, 2, 2), "Halle (Saale)"),
    ],
)
def test_more_date_lines(line: str, value: date, place: str | None) -> None:
    found = letter_date_in_line(line)
    assert found is not None and (found.value, found.place) == (value, place)


def test_a_von_line_in_prose_is_no_mail_header() -> None:
    letter = LETTERS["p2"].replace("An die\n", "Von: der Redaktion geprüft\nAn die\n")
    assert observed(extract_structure(make_doc(letter)), "addressee") == EXPECTED["p2"]["addressee"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Gruppe SPD/GRÜNE", "Gruppe SPD/GRÜNE"),
        ("CDU/FDP-Gruppe Landkreis Harburg", "CDU/FDP-Gruppe Landkreis Harburg"),
        ("Kreistagsgruppe FDP/Freie Wähler", "Kreistagsgruppe FDP/Freie Wähler"),
        ("Gruppe 3 des Jugendhilfeausschusses", None),
        ("Gruppenvorsitzende", None),
        ("gruppe@kreistag.de", None),
    ],
)
def test_group_named_by_its_head_word(text: str, group: str | None) -> None:
    assert named_group(text) == group


def test_group_in_letterhead_and_signature() -> None:
    head = LETTERS["p1"].replace("FWG-Kreistagsfraktion Bad Kreuznach\n", "Gruppe SPD/GRÜNE\n", 1).replace(
        "FWG-Kreistagsfraktion · ", "Gruppe SPD/GRÜNE · ")
    assert extract_structure(make_doc(head)).sender.organization == "Gruppe SPD/GRÜNE"
    signed = LETTERS["p2"].replace("die FWG-Kreistagsfraktion Bad Kreuznach stellt", "wir stellen").replace(
        "\nFraktionsvorsitzender\n", "\nSprecherin der Gruppe SPD/GRÜNE im Kreistag Bad Kreuznach\n")
    assert extract_structure(make_doc(signed)).sender.organization == "Gruppe SPD/GRÜNE im Kreistag Bad Kreuznach"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Volt im Kreistag Bad Kreuznach", "Volt im Kreistag Bad Kreuznach"),
        ("Volt im Kreistag des Saale-Holzland-Kreises", "Volt im Kreistag des Saale-Holzland-Kreises"),
        ("Volt im Kreistag Frankfurt (Oder)", "Volt im Kreistag Frankfurt (Oder)"),
        ("Freie Wähler Gemeinschaft (FWG) im Kreistag Bad Kreuznach",
         "Freie Wähler Gemeinschaft (FWG) im Kreistag Bad Kreuznach"),
    ],
)
def test_seats_with_multi_word_places(text: str, group: str) -> None:
    assert seated_group(text) == group


def test_party_name_between_faction_and_seat() -> None:
    text = "die Fraktion Freie Wähler Gemeinschaft (FWG) im Kreistag Bad Kreuznach beantragt"
    assert faction_in(text, set()) == "Fraktion Freie Wähler Gemeinschaft (FWG) im Kreistag Bad Kreuznach"


@pytest.mark.parametrize(
    ("lines", "subs"),
    [
        (["Wie viele Kinder warten,", "a) unter drei Jahren, b) ab drei Jahren?"],
         [("a)", "unter drei Jahren,"), ("b)", "ab drei Jahren?")]),
        (["Wie viele Kinder warten (a) unter drei, (b) ab drei Jahren?"], [("(a)", "unter drei,"), ("(b)", "ab drei Jahren?")]),
        (["Gilt § 5 Abs. 2 b) auch hier?"], []),  # a lone letter is no run
        (["Landrat a. D. Müller und b. Meier?"], []),  # "a." inside prose is no marker
    ],
)
def test_inline_sub_questions(lines: list[str], subs: list[tuple[str, str]]) -> None:
    assert [(s.label, s.text) for s in _subquestions(lines)] == subs


@pytest.mark.parametrize(
    ("labels", "values", "reference"),
    [
        ("Ihr Zeichen   Unser Zeichen   Ansprechpartner   Datum", "JM/bb   Jürgen Mueller   23.09.2025", "JM/bb"),
        ("Unser Zeichen   Auskunft erteilt   Zimmer   Datum", "II/4-17   Frau Kaya   204   2.3.2025", "II/4-17"),
    ],
)
def test_reference_row_with_a_contact_person(labels: str, values: str, reference: str) -> None:
    assert reference_from_row(labels, values) == reference


def test_a_label_row_that_lost_its_gaps_is_no_reference() -> None:
    letter = LETTERS["p1"].replace("Unser Zeichen          Ihr Zeichen          Datum",
                                   "Ihr Zeichen Unser Zeichen Ansprechpartner Datum")
    result = extract_structure(make_doc(letter))
    assert result.reference is None
    assert result.date == date(2024, 9, 17)  # the value under "Datum" is still the letter's date


def test_the_date_under_a_gapless_label_row_is_the_letters_date() -> None:
    letter = LETTERS["p1"].replace("Unser Zeichen          Ihr Zeichen          Datum",
                                   "Ihr Zeichen Unser Zeichen Ansprechpartner Datum")
    letter = letter.replace("hs/km                                       17.09.2024", "hs/km   Jürgen Mueller 17.09.2024")
    assert extract_structure(make_doc(letter)).date == date(2024, 9, 17)
