"""spaCy patterns for titles, forms of address, roles, factions, parties and seats: variants
German letters print (gendered, abbreviated, OCR-spaced) are caught, look-alikes refused."""
from __future__ import annotations

import pytest
from tests.test_structure_helpers import make_doc

from pipeline import structure_patterns as patterns
from pipeline.structure import extract_structure
from pipeline.structure_header import find_layout
from pipeline.structure_parties import addressee_from_block, addressee_from_salutation
from pipeline.structure_roles import (
    address_form,
    faction_in,
    has_faction,
    looks_like_name,
    role_at_start,
    role_with_body,
    roles_in,
    short_role,
    strip_address_form,
)
from pipeline.structure_signatures import signatories
from pipeline.structure_text import TextLine


@pytest.mark.parametrize(
    "text",
    [
        # masculine, feminine and declined forms
        "Landrat", "Landrätin", "Vorsitzender", "Vorsitzende", "Geschäftsführer", "Geschäftsführerin",
        "Kämmerin", "Beigeordneter", "Dezernentin", "Schatzmeisterin", "Stadtverordnete", "Kreisverordneter",
        "Fraktionsmitarbeiterin", "Fraktionsassistent",
        # gender-inclusive spellings
        "Geschäftsführer/in", "Geschäftsführer/-in", "Vorsitzende/r", "Vorsitzende(r)", "Sprecher*in",
        "Sprecher:in", "Sprecher_innen", "SprecherIn", "Bürgermeister*innen",
        # deputies, abbreviated or not, also without the space OCR dropped
        "stellv. Fraktionsvorsitzende", "stellv.Vorsitzender", "Stellvertretende Vorsitzende",
        "stellvertretender Landrat",
        # compounds and capitals
        "Kreistagsabgeordneter", "Oberbürgermeisterin", "SPD-Fraktionsvorsitzender", "Kreistagsmitglied",
        "FRAKTIONSVORSITZENDER", "Sachkundiger Bürger", "sachkundige Bürgerin",
        # a compound OCR split at its joint
        "Fraktions vorsitzender",
    ],
)  # fmt: skip
def test_role_variants_are_whole_roles(text: str) -> None:
    role = role_at_start(text)
    assert role is not None and role.text == text


@pytest.mark.parametrize(
    "text",
    ["Begleiter", "Fürsprecher", "Mitglieder", "Vorsitz", "Präsidentschaft", "Landratsamt", "Leitung",
     "Bürgermeisterwahl", "Geschäftsführung", "Abgeordnetenhaus", "Vorsitzendenwahl"],
)  # fmt: skip
def test_role_look_alikes_are_refused(text: str) -> None:
    assert role_at_start(text) is None


def test_a_sentence_after_a_role_is_no_inclusive_ending() -> None:
    assert [m.text for m in roles_in("der Vorsitzende. In der Sitzung")] == ["Vorsitzende"]


def test_roles_side_by_side_are_found_apart() -> None:
    found = roles_in("stellv. Fraktionsvorsitzende Kreistagsmitglied")
    assert [(m.text, m.start) for m in found] == [("stellv. Fraktionsvorsitzende", 0), ("Kreistagsmitglied", 29)]


def test_role_with_body_needs_an_article() -> None:
    landrat = role_with_body("Landrat des Kreises Kleve")
    assert landrat is not None and (landrat.role, landrat.rest) == ("Landrat", "des Kreises Kleve")
    assert role_with_body("Vorsitzende") is not None
    assert role_with_body("Vorsitzender Max Mustermann") is None
    assert short_role("Vorsitzende/r der Fraktion im Kreistag") == "Vorsitzende/r"


@pytest.mark.parametrize(
    "text",
    ["Fraktion", "SPD-Kreistagsfraktion", "CDU-Fraktion", "GRÜNE/B90-Fraktion", "PIRATENFRAKTION",
     "SPD-FRAKTION", "Ratsfraktion", "SPD- Fraktion", "SPD -Fraktion"],
)  # fmt: skip
def test_faction_heads(text: str) -> None:
    head = patterns.at_start(text, patterns.FACTION)
    assert head is not None and head.text == text


@pytest.mark.parametrize(
    "text",
    ["Fraktionsvorsitzender", "Fraktionen", "fraktionsübergreifend", "E-Mail: fraktion@spd-kreis-wesel.de"],
)
def test_faction_look_alikes(text: str) -> None:
    assert not has_faction(text)


@pytest.mark.parametrize(
    ("text", "faction"),
    [
        ("Fraktion Bündnis 90/Die Grünen im Kreistag Kleve.", "Fraktion Bündnis 90/Die Grünen im Kreistag Kleve"),
        ("Fraktion BÜNDNIS 90 / DIE GRÜNEN im Kreistag", "Fraktion BÜNDNIS 90 / DIE GRÜNEN im Kreistag"),
        # OCR reads "ü" as "u" or "ue", and drops the space before "90"
        ("Fraktion Bundnis 90/Die Gruenen im Kreistag Wesel", "Fraktion Bundnis 90/Die Gruenen im Kreistag Wesel"),
        ("Fraktion BÜNDNIS90/DIE GRÜNEN", "Fraktion BÜNDNIS90/DIE GRÜNEN"),
        ("Fraktion der Grünen im Rat der Stadt Rees am Rhein, wir", "Fraktion der Grünen im Rat der Stadt Rees am Rhein"),
        ("Fraktion der Freien Wähler im Gemeinderat Issum", "Fraktion der Freien Wähler im Gemeinderat Issum"),
        ("Fraktion FDP/FW beantragt", "Fraktion FDP/FW"),
        ("Fraktion AfD im Kreistag des Kreises Borken", "Fraktion AfD im Kreistag des Kreises Borken"),
        # "beantragt" is no party and "Mitglieder" no place
        ("Die Fraktion beantragt", "Fraktion"),
        ("Fraktion Mitglieder", "Fraktion"),
    ],
)
def test_factions_with_party_and_seat(text: str, faction: str) -> None:
    assert faction_in(text, set()) == faction


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Herrn Dr. Ansgar Müller", "Dr. Ansgar Müller"),
        ("z. Hd. Herrn Prof. Dr. rer. nat. Eva Schulz", "Prof. Dr. rer. nat. Eva Schulz"),
        ("z.Hd. Frau Petra Schulz", "Petra Schulz"),
        ("Hr. Meier", "Meier"),
        # no form of address: the line stays as it is
        ("Herrnhuter Straße 4", "Herrnhuter Straße 4"),
        ("Frauenhaus Kleve", "Frauenhaus Kleve"),
    ],
)
def test_forms_of_address(text: str, name: str) -> None:
    assert strip_address_form(text) == name


def test_a_form_needs_a_space_after_it() -> None:
    assert address_form("Frau Schulz") is not None and address_form("Frau,") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [("Prof. Dr. Eva Schulz", True), ("Dr. h.c. Hans Meier", True), ("Dipl.-Ing. Hans Meier", True),
     ("Dr.-Ing. Max Mayer", True), ("Dr. rer. nat. Kim Ohm", True),
     ("Dr. Vorsitzender", False), ("Prof. Landrätin Schulz", False)],
)  # fmt: skip
def test_titles_belong_to_names(text: str, name: bool) -> None:
    assert looks_like_name(text) is name


def test_gendered_addressee_role_and_authority() -> None:
    party = addressee_from_block(["An die", "Landrätin des Kreises Borken", "Frau Dr. Silke Beispiel"])
    assert (party.role, party.organization, party.name) == ("Landrätin", "Kreis Borken", "Dr. Silke Beispiel")


def test_signature_with_inclusive_and_ocr_split_roles() -> None:
    texts = ["Sehr geehrte Damen und Herren,", "Text.", "Mit freundlichen Grüßen",
             "Jana Beispiel   Tom Muster", "Fraktions vorsitzende   Geschäftsführer/in"]  # fmt: skip
    lines = [TextLine(1, t) for t in texts]
    found = signatories(find_layout(lines))
    assert [(s.name, s.role) for s in found] == [("Jana Beispiel", "Fraktions vorsitzende"),
                                                 ("Tom Muster", "Geschäftsführer/in")]


def test_matcher_is_built_once() -> None:
    assert patterns.matcher() is patterns.matcher()


def test_a_bare_form_of_address_line_joins_the_next() -> None:
    party = addressee_from_block(["Kreis Kleve", "z. Hd. Herrn", "Landrat Dr. Müller"])
    assert (party.role, party.name, party.organization) == ("Landrat", "Dr. Müller", "Kreis Kleve")


@pytest.mark.parametrize(
    ("salutation", "name", "role"),
    [("Sehr geehrte Frau Dr. Meier,", "Dr. Meier", None), ("Sehr geehrte Frau Landrätin,", None, "Landrätin"),
     ("Sehr geehrter Herr stellv. Landrat Berg,", "Berg", "stellv. Landrat"),
     ("Sehr geehrte Damen und Herren,", None, None)],
)  # fmt: skip
def test_addressee_from_salutation_forms(salutation: str, name: str | None, role: str | None) -> None:
    party = addressee_from_salutation(salutation)
    assert (party.name, party.role) == (name, role)


LETTER_WITHOUT_LETTERHEAD_FACTION = """Marktstraße 3 · 37671 Höxter

An den
Landrat des Kreises Höxter
z. Hd. Herrn
Dr. Hans Beispielmann
Moltkestraße 12
37671 Höxter

Höxter, 4. März 2024

Anfrage zum Schülerverkehr

Sehr geehrter Herr Landrat,

die Fraktion der Freien Wähler im Kreistag Höxter bittet um Beantwortung folgender Fragen:

1. Wie viele Schulbuslinien fahren derzeit im Kreisgebiet?
2. Welche Linien sind regelmäßig überfüllt?

Mit freundlichen Grüßen

Anna Beispiel   Jonas Muster
Fraktions vorsitzende   sachkundiger Bürger
"""


def test_letter_with_genitive_party_and_ocr_split_role() -> None:
    """The faction named only in the body with its party in the genitive; an OCR-split role."""
    result = extract_structure(make_doc(LETTER_WITHOUT_LETTERHEAD_FACTION))
    assert result.sender.organization == "Fraktion der Freien Wähler im Kreistag Höxter"
    assert [(s.name, s.role) for s in result.signatories] == [
        ("Anna Beispiel", "Fraktions vorsitzende"), ("Jonas Muster", "sachkundiger Bürger")]
    assert (result.addressee.name, result.addressee.role, result.addressee.organization) == (
        "Dr. Hans Beispielmann", "Landrat", "Kreis Höxter")
