"""Unit rules of the structure stage: dates, salutations, names, factions, markers, cc, meetings."""
from __future__ import annotations

from datetime import date

import pytest
from tests.test_structure_helpers import make_doc

from models import DocType
from pipeline.structure import extract_structure
from pipeline.structure_dates import letter_date_in_line
from pipeline.structure_header import closing_formula, meetings
from pipeline.structure_markers import MarkerStyle, best_chain, find_marker, roman_value
from pipeline.structure_parties import addressee_from_block, addressee_from_salutation
from pipeline.structure_roles import faction_in, looks_like_name, nominative_body
from pipeline.structure_text import join_lines


@pytest.mark.parametrize(
    ("line", "expected", "place", "rest"),
    [
        ("Kleve, 23. November 2023", date(2023, 11, 23), "Kleve", ""),
        ("10.10.2017 jf/mv", date(2017, 10, 10), None, "jf/mv"),
        ("Wesel, den 05.03.2024", date(2024, 3, 5), "Wesel", ""),
        ("Datum: 2024-01-15", date(2024, 1, 15), None, ""),
        ("Moers, 5. Okt. 2017", date(2017, 10, 5), "Moers", ""),
        ("Emmerich am Rhein, 01.02.24", date(2024, 2, 1), "Emmerich am Rhein", ""),
        ("Kleve, am 4. März 2024", date(2024, 3, 4), "Kleve", ""),
        ("Mülheim an der Ruhr, am 05.03.2024 jf/mv", date(2024, 3, 5), "Mülheim an der Ruhr", "jf/mv"),
        ("Kleve, 4 . März 2024", date(2024, 3, 4), "Kleve", ""),  # OCR put a gap before the dot
    ],
)
def test_letter_date_lines(line: str, expected: date, place: str | None, rest: str) -> None:
    found = letter_date_in_line(line)
    assert found is not None
    assert (found.value, found.place, found.rest) == (expected, place, rest)


@pytest.mark.parametrize(
    "line",
    ["Eingegangen 12. MRZ 2024", "Kreisausschuss am 23.11.2017", "Bericht vom 08.11.2023", "31.02.2024",
     "Sitzung des Kreistages, am 12.03.2024", "Kreisausschuss, am 5. März 2024"],
)
def test_not_a_letter_date(line: str) -> None:
    assert letter_date_in_line(line) is None


@pytest.mark.parametrize(
    ("salutation", "name", "role"),
    [
        ("Sehr geehrter Herr Gerwers,", "Gerwers", None),
        ("Sehr geehrter Herr Landrat,", None, "Landrat"),
        ("Sehr geehrte Frau Landrätin Dr. Schmidt,", "Dr. Schmidt", "Landrätin"),
        ("Liebe Frau Özdemir,", "Özdemir", None),
        ("Sehr geehrter Herr Landrat, sehr geehrte Damen und Herren,", None, "Landrat"),
        ("Sehr geehrte Damen und Herren,", None, None),
    ],
)
def test_addressee_from_salutation(salutation: str, name: str | None, role: str | None) -> None:
    party = addressee_from_salutation(salutation)
    assert (party.name, party.role) == (name, role)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["An den", "Landrat des Kreises Kleve", "Herrn W. Spreen"], ("W. Spreen", "Landrat", "Kreis Kleve")),
        (["Kreis Wesel", "Der Landrat", "Herrn Dr. Ingo Brohl", "Reeser Landstraße 31", "46483 Wesel"],
         ("Dr. Ingo Brohl", "Landrat", "Kreis Wesel")),
        (["Herrn Landrat", "Christoph Gerwers", "Nassauerallee 15-23", "47533 Kleve"],
         ("Christoph Gerwers", "Landrat", None)),
        (["An die Vorsitzende des", "Ausschusses für Umwelt", "Frau Prof. Dr. Eva Berg", "Rhein-Sieg-Kreis"],
         ("Prof. Dr. Eva Berg", "Vorsitzende des Ausschusses für Umwelt", "Rhein-Sieg-Kreis")),
        (["An die", "Bürgermeisterin der Stadt Emmerich am Rhein", "Frau Anna Lenz"],
         ("Anna Lenz", "Bürgermeisterin", "Stadt Emmerich am Rhein")),
    ],
)
def test_addressee_from_block(lines: list[str], expected: tuple) -> None:
    party = addressee_from_block(lines)
    assert (party.name, party.role, party.organization) == expected


@pytest.mark.parametrize(
    ("text", "closing"),
    [
        ("Mit freundlichen Grüßen", "Mit freundlichen Grüßen"),
        ("Mit freundlichen Grifien", "Mit freundlichen Grüßen"),
        ("Mit freundlichen GrüBen,", "Mit freundlichen Grüßen"),
        ("Freundliche Grüße", "Freundliche Grüße"),
        ("Mit freundlichem Gruß", "Mit freundlichem Gruß"),
        ("Mit freundlicher Unterstützung der Verwaltung", None),
        ("Wir bedanken uns im Voraus.", None),
        ("Mit freundlichen kollegialen Grüßen", "Mit freundlichen kollegialen Grüßen"),  # unlisted: as printed
        ("Mit vorzüglichen Grüßen,", "Mit vorzüglichen Grüßen"),  # not "Mit herzlichen Grüßen"
        ("Mit freundliehen Grüßen", "Mit freundlichen Grüßen"),  # misread: the listed formula
        ("Wir verbleiben mit Grüßen an alle Beteiligten", None),
    ],
)
def test_closing_formula_is_ocr_tolerant(text: str, closing: str | None) -> None:
    assert closing_formula(text) == closing


@pytest.mark.parametrize(
    ("text", "faction"),
    [
        ("die SPD-Kreistagsfraktion Kleve beantragt:", "SPD-Kreistagsfraktion Kleve"),
        ("CDU-Fraktion im Kreistag Wesel", "CDU-Fraktion im Kreistag Wesel"),
        ("FDP-Kreistagsfraktion", "FDP-Kreistagsfraktion"),
        ("Fraktion DIE LINKE im Kreistag des Kreises Wesel", "Fraktion DIE LINKE im Kreistag des Kreises Wesel"),
        ("Fraktion der SPD im Rat der Stadt Emmerich am Rhein", "Fraktion der SPD im Rat der Stadt Emmerich am Rhein"),
        ("die CDU-Fraktion Anträge stellt", "CDU-Fraktion"),  # "Anträge" is no known place
    ],
)
def test_faction_names(text: str, faction: str) -> None:
    found = faction_in(text, {"Kleve", "Wesel"})
    assert found is not None and found.removeprefix("die ") == faction


@pytest.mark.parametrize(
    ("text", "name"),
    [("Jürgen Franken", True), ("W. Spreen", True), ("Dr. Anna-Lena Schmidt", True), ("ANDREAS MAYER", True),
     ("Sevim Aydın-Krämer", True), ("Łukasz Wójcik", True), ("Şule Çelik", True), ("Jiří Dvořák", True),
     ("Vorsitzender", False), ("Mit freundlichen Grüßen", False), ("CDU-Fraktion Wesel", False)],
)
def test_looks_like_name(text: str, name: bool) -> None:
    assert looks_like_name(text) is name


def test_nominative_body() -> None:
    assert nominative_body("des Kreises Kleve") == "Kreis Kleve"
    assert nominative_body("des Rhein-Kreises Neuss") == "Rhein-Kreis Neuss"
    assert nominative_body("des Kreistages") == "Kreistag"
    assert nominative_body("der Stadt Wesel") == "Stadt Wesel"


@pytest.mark.parametrize(
    ("line", "style", "number", "label"),
    [
        ("1. Wie", MarkerStyle.ARABIC, 1, "1."),
        ("14.Menschen", MarkerStyle.ARABIC, 14, "14."),
        ("3) wie", MarkerStyle.ARABIC, 3, "3)"),
        ("2.) Wer", MarkerStyle.ARABIC, 2, "2.)"),
        ("Frage 7: Wer", MarkerStyle.FRAGE, 7, "Frage 7:"),
        ("IV. Wer", MarkerStyle.ROMAN, 4, "IV."),
        ("l. Wie", MarkerStyle.ARABIC, 1, "l."),  # OCR read "1." as "l."
        (". Wie", MarkerStyle.LOST, None, "."),
        ("Frage Nr. 3: Wer", MarkerStyle.FRAGE, 3, "Frage Nr. 3:"),
        ("Nr. 3: Wer", MarkerStyle.FRAGE, 3, "Nr. 3:"),
        ("3: Wer", MarkerStyle.ARABIC, 3, "3:"),
    ],
)
def test_markers(line: str, style: MarkerStyle, number: int | None, label: str) -> None:
    marker = find_marker(line)
    assert marker is not None
    assert (marker.style, marker.number, marker.label) == (style, number, label)


@pytest.mark.parametrize("line", ["08.11.2023 lag der Bericht vor", "5. Oktober 2017", "1,4 % mehr", "z.B. so", "2017 wurde",
                                  "Nr. 5 der Vorlage", "10:30 Uhr Beginn", "3:1 gewonnen"])
def test_no_marker(line: str) -> None:
    assert find_marker(line) is None


def test_roman_values_and_chain() -> None:
    assert [roman_value(r) for r in ("I", "IV", "IX", "XIV", "IIV")] == [1, 4, 9, 14, None]
    rows = [(k, m) for k, t in enumerate(["1. A", "53. B", "2. C", "3. D"]) if (m := find_marker(t))]
    assert [m.number for _, m in best_chain(rows)] == [1, 2, 3]


def test_join_lines_hyphenation() -> None:
    assert join_lines(["Integra-", "tionszentrum"]) == "Integrationszentrum"
    assert join_lines(["Flucht-", "und Migration"]) == "Flucht- und Migration"
    assert join_lines(["Lenkungs-", "bzw. Steuerungsgruppe"]) == "Lenkungs- bzw. Steuerungsgruppe"
    assert join_lines(["EU-", "Zuwanderung"]) == "EU-Zuwanderung"


def test_meetings_with_genitive_bodies() -> None:
    found = meetings("Sitzung des Kreisausschusses am 5. März 2024 und Ausschuss für Umwelt am 12.03.2024")
    assert [(m.body, m.date) for m in found] == [
        ("Kreisausschuss", date(2024, 3, 5)),
        ("Ausschuss für Umwelt", date(2024, 3, 12)),
    ]


def test_cc_in_header_and_markdown_artefacts() -> None:
    text = (
        "nachrichtlich: Kreistagsbüro; Presse\n\n**Betreff: Stellungnahme zum Radwegekonzept**\n\n"
        "Sehr geehrte Damen und Herren,  \n\nwir nehmen Stellung.\n1. Zur Sache.\n2. Zum Verfahren.\n\n"
        "Mit freundlichen Grüßen\n\nEva Berg\nSprecherin\n"
    )
    result = extract_structure(make_doc(text))
    assert result.cc == ["Kreistagsbüro", "Presse"]
    assert result.subject == "Stellungnahme zum Radwegekonzept"
    assert result.doc_type is DocType.STELLUNGNAHME
    assert result.questions == []  # numbered statements that ask nothing are no questions
    assert result.salutation == "Sehr geehrte Damen und Herren,"


def test_wrapped_cc_list_and_one_per_line_list() -> None:
    wrapped = "Mit freundlichen Grüßen\n\nEva Berg\nSprecherin\n\nKopie an: UWG-Fraktion, Fraktion Freie\nWähler, Personalrat der\nKreisverwaltung\n"
    assert extract_structure(make_doc(wrapped)).cc == ["UWG-Fraktion", "Fraktion Freie Wähler", "Personalrat der Kreisverwaltung"]
    listed = "Mit freundlichen Grüßen\n\nEva Berg\nSprecherin\n\nVerteiler:\nKreistagsbüro\nPresse\n"
    assert extract_structure(make_doc(listed)).cc == ["Kreistagsbüro", "Presse"]


def test_meeting_body_with_comma() -> None:
    found = meetings("Ausschuss für Ordnung, Integration und Gleichstellung am 14.11.2024")
    assert [m.body for m in found] == ["Ausschuss für Ordnung, Integration und Gleichstellung"]


def test_motion_points_separated_by_blank_lines() -> None:
    text = (
        "Antrag Sporthallen\n\nSehr geehrte Frau Landrätin,\n\nwir beantragen.\n\nBeschlussvorschlag:\n"
        "1. Die Verwaltung legt eine Liste vor.\n\n2. Mittel werden\nbereitgestellt.\n\n"
        "Die Verwaltung berichtet jährlich.\n\nBegründung:\n1. Gründe.\n\nMit freundlichen Grüßen\n\nEva Berg\nSprecherin\n"
    )
    result = extract_structure(make_doc(text))
    assert result.doc_type is DocType.ANTRAG
    assert result.motion_points == ["Die Verwaltung legt eine Liste vor.", "Mittel werden bereitgestellt."]


def test_ocr_damaged_names_still_count_as_names() -> None:
    """OCR prints ß as "f3" or "R"; the signature and address lines must still be read."""
    assert looks_like_name("Stefan Janf3en") and looks_like_name("Hans-Peter BuRmann")
    party = addressee_from_block(["An den", "Kreisdirektor des Kreises Steinfurt", "Herrn Dr. Michael Buf3mann"])
    assert (party.name, party.role, party.organization) == ("Dr. Michael Buf3mann", "Kreisdirektor", "Kreis Steinfurt")


def test_motion_sentence_start_respects_abbreviations() -> None:
    text = (
        "Antrag Radwege\n\nSehr geehrte Frau Landrätin,\n\nWir beziehen uns auf die Vorlage Nr. 5/2024. "
        "Gem. § 26 KrO beschließt der Kreistag, das Radwegenetz\nbis 2026 auszubauen.\n\n"
        "Begründung:\nDer Bedarf ist groß.\n\nMit freundlichen Grüßen\n\nEva Berg\nSprecherin\n"
    )
    result = extract_structure(make_doc(text))
    assert result.motion_points == ["Gem. § 26 KrO beschließt der Kreistag, das Radwegenetz bis 2026 auszubauen."]


def test_sentence_spans_keep_abbreviations_and_split_after_years() -> None:
    from pipeline.structure_text import sentence_spans

    text = "Laut Vorlage Nr. 5 vom 5. Oktober 2017 gem. § 3 z.B. im Jahr 2024. Der Kreistag beschließt."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Laut Vorlage Nr. 5 vom 5. Oktober 2017 gem. § 3 z.B. im Jahr 2024.",
        "Der Kreistag beschließt.",
    ]


def test_ocr_damaged_month_name() -> None:
    found = letter_date_in_line("Soest, 17. Dezernber 2024")
    assert found is not None and (found.value, found.place) == (date(2024, 12, 17), "Soest")
    assert letter_date_in_line("Kleve, 1. Kreistag 2024") is None


def test_ocr_page_lines_are_put_in_reading_order() -> None:
    """Tesseract may emit a right-aligned date after the body and a blank inside the address."""
    from models import Line, Page, PageMethod, RepairedDoc, SourceInfo

    rows = [
        ("An den", 126), ("", None), ("Landrat des Kreises Wesel", 139), ("Herrn Hans Muster", 153),
        ("Betreff: Anfrage Radwege", 245), ("Sehr geehrter Herr Landrat,", 274),
        ("1. Wie lang ist das Netz?", 300), ("Wesel, den 15.07.2024", 216),
    ]  # fmt: skip
    lines = [Line(text=t, bbox=(70.0, top, 300.0, top + 9.0) if top else None) for t, top in rows]
    page = Page(number=1, method=PageMethod.OCR, lines=lines)
    result = extract_structure(RepairedDoc(source=SourceInfo(file="x", sha256="0", pages=[page]), pages=[page]))
    assert (result.date, result.place) == (date(2024, 7, 15), "Wesel")
    assert result.addressee.model_dump() == {"name": "Hans Muster", "role": "Landrat", "organization": "Kreis Wesel"}
    assert result.subject == "Anfrage Radwege"


def test_side_by_side_signatures_without_gap() -> None:
    """OCR joins two signature columns with single spaces; names and roles are split again."""
    for names, roles in [
        ("gez. Bärbel Özkan gez. Andreas Müller", "stellv. Fraktionsvorsitzende Kreistagsmitglied"),
        ("Thorsten Dörr Matthias Köhler", "Fraktionsvorsitzender Kreistagsmitglied"),
    ]:
        text = f"Mit freundlichen Grüßen\n\n{names}\n{roles}\n"
        signed = extract_structure(make_doc(text)).signatories
        assert [s.role for s in signed] == roles.replace("e Kreis", "e|Kreis").replace("r Kreis", "r|Kreis").split("|")
        assert len(signed) == 2 and signed[1].name in ("Andreas Müller", "Matthias Köhler")


def test_address_role_wrapped_over_an_ocr_gap() -> None:
    text = (
        "An die Vorsitzende des\n\nAusschusses für Umwelt und Klimaschutz\n\nFrau Gisela Dörr\n\nRhein-Sieg-Kreis\n\n"
        "Siegburg, den 08.09.2024\n\nBetreff: Anfrage Hochwasser\n\nSehr geehrte Frau Vorsitzende,\n\n1. Wie?\n"
    )
    result = extract_structure(make_doc(text))
    assert result.addressee.model_dump() == {
        "name": "Gisela Dörr",
        "role": "Vorsitzende des Ausschusses für Umwelt und Klimaschutz",
        "organization": "Rhein-Sieg-Kreis",
    }


def test_motion_points_split_by_ocr_gaps_and_begruendung_without_blank() -> None:
    text = (
        "Antrag Kita\n\nSehr geehrte Frau Vorsitzende,\n\nDer Kreistag beschließt:\n\n"
        "1) Die Verwaltung wird beauftragt, ein\n\nProgramm zu erarbeiten.\n2) Eltern erhalten Rückmeldung.\n"
        "Begründung:\nEs fehlen Plätze.\n\nMit freundlichen Grüßen\n\nEva Berg\nSprecherin\n"
    )
    assert extract_structure(make_doc(text)).motion_points == [
        "Die Verwaltung wird beauftragt, ein Programm zu erarbeiten.",
        "Eltern erhalten Rückmeldung.",
    ]


def test_date_line_with_weekday() -> None:
    found = letter_date_in_line("Kleve, Dienstag, 5. März 2024")
    assert found is not None and (found.value, found.place) == (date(2024, 3, 5), "Kleve")


def test_wrapped_word_antrag_is_no_label() -> None:
    text = (
        "Antrag Takt\n\nSehr geehrte Damen und Herren,\n\ndie Fraktion stellt zur Sitzung folgenden\nAntrag:\n\n"
        "Der Kreistag möge beschließen:\n1. Ein Konzept wird\nerarbeitet.\n\n2. Die Kosten werden ausgewiesen.\n\n"
        "Begründung:\nDarum.\n\nMit freundlichen Grüßen\n\nEva Berg\nSprecherin\n"
    )
    assert extract_structure(make_doc(text)).motion_points == ["Ein Konzept wird erarbeitet.", "Die Kosten werden ausgewiesen."]


def test_real_letter_header_noise() -> None:
    """Law-firm layouts: a 'Referat' line is no 'Ref.', contact columns are no subject."""
    text = (
        "Referat VI5 Berlin, den 16. November 2011\n\nTel. +49 30 443 765 0\n\n"
        "Sehr geehrte Frau Kollegin Wildfeuer, Fax +49 30 443 765 22\n\nauf Ihren Antrag hin teilen wir mit.\n"
    )
    result = extract_structure(make_doc(text))
    assert (result.date, result.place, result.reference) == (date(2011, 11, 16), "Berlin", None)
    assert result.subject is None
    assert result.salutation == "Sehr geehrte Frau Kollegin Wildfeuer,"
    assert result.doc_type is DocType.BRIEF  # "Antrag" mentioned in passing is no Antrag


def test_gez_line_without_closing_formula_is_a_signature() -> None:
    text = "Sehr geehrter Herr Landrat,\n\n1. Wer zahlt?\n2. Wann?\n\ngez. Anna Roth\nFraktionsvorsitzende\n"
    result = extract_structure(make_doc(text))
    assert [(s.name, s.role) for s in result.signatories] == [("Anna Roth", "Fraktionsvorsitzende")]
    assert [q.text for q in result.questions] == ["Wer zahlt?", "Wann?"]


def test_ocr_lines_side_by_side_are_joined_as_columns() -> None:
    from models import Line, Page, PageMethod, RepairedDoc, SourceInfo

    rows = [  # (text, top, left): the date sits right of the name, 1 pt higher
        ("An den", 126.0, 70.0), ("Landrat des Kreises Wesel", 140.0, 70.0), ("Wesel, 15.07.2024", 153.0, 450.0),
        ("Herrn Hans Muster", 154.0, 70.0), ("Betreff: Anfrage Radwege", 190.0, 70.0),
        ("Sehr geehrter Herr Landrat,", 220.0, 70.0), ("1. Wie lang ist das Netz?", 248.0, 70.0),
    ]  # fmt: skip
    lines = [Line(text=t, bbox=(left, top, left + 200.0, top + 9.0)) for t, top, left in rows]
    page = Page(number=1, method=PageMethod.OCR, lines=lines)
    result = extract_structure(RepairedDoc(source=SourceInfo(file="x", sha256="0", pages=[page]), pages=[page]))
    assert (result.date, result.place) == (date(2024, 7, 15), "Wesel")
    assert result.addressee.model_dump() == {"name": "Hans Muster", "role": "Landrat", "organization": "Kreis Wesel"}


@pytest.mark.parametrize("text", ["", "\n\n\f\n", "x"])
def test_empty_or_trivial_documents_do_not_crash(text: str) -> None:
    result = extract_structure(make_doc(text))
    assert result.questions == [] and result.signatories == [] and result.date is None
    assert "no letter date found" in result.warnings


MEMO = "\n".join([
    "Referat V I 5   Berlin, den 16. November 2011",
    *[f"Verteilerzeile {i}" for i in range(22)],  # a tall head: the subject sits below line 20
    "",
    "Betr.: Urteil vom 9.11.2011 zur Verfassungswidrigkeit der 5-Prozent-",
    "",  # OCR put a blank into the block: the hyphen says it goes on
    "Sperrklausel in § 2 Abs. 7 EuWG;",
    "hier: Zulässigkeit einer 2,5-Prozent-Sperrklausel",
    "",
    "1. Votum",
    "Die Gründe sprechen dagegen.",
])


def test_a_labelled_subject_below_a_tall_head_without_salutation() -> None:
    result = extract_structure(make_doc(MEMO))
    assert result.subject == ("Urteil vom 9.11.2011 zur Verfassungswidrigkeit der 5-Prozent-Sperrklausel in "
                              "§ 2 Abs. 7 EuWG; hier: Zulässigkeit einer 2,5-Prozent-Sperrklausel")


def test_a_subject_block_ends_at_a_blank_after_a_whole_word() -> None:
    result = extract_structure(make_doc(MEMO.replace("5-Prozent-\n", "Sperrklausel\n")))
    assert result.subject == "Urteil vom 9.11.2011 zur Verfassungswidrigkeit der Sperrklausel"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Herrn Minist Aa TB) v4 rc | A,", None),  # handwriting OCR'd into the address line
        ("Herrn MdL Jan Janf3en", "MdL Jan Janf3en"),
        ("Frau Dr. Ursula von der Leyen", "Dr. Ursula von der Leyen"),
        ("Herrn Müller 2", None),
        ("Frau Rechtsanwältin Sabine Wildfeuer", "Sabine Wildfeuer"),
    ],
)
def test_an_address_line_names_only_what_a_name_can_be(line: str, name: str | None) -> None:
    assert addressee_from_block([line]).name == name


def test_a_salutation_names_only_what_a_name_can_be() -> None:
    assert addressee_from_salutation("Sehr geehrter Herr O’Neill,").name == "O’Neill"
    assert addressee_from_salutation("Sehr geehrter Herr | Fr4nk,").name is None
    assert addressee_from_salutation("Sehr geehrter Herr Landrat ], Wk,").role == "Landrat"


def test_a_subject_line_ending_in_a_preposition_goes_on_over_a_blank() -> None:
    text = "betr.: Situation des Nahverkehrs im Saarland nach\n\ndem Fahrplanwechsel 2014\n\nVorbemerkung:\nText."
    assert extract_structure(make_doc(text)).subject == "Situation des Nahverkehrs im Saarland nach dem Fahrplanwechsel 2014"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Unser Zeichen:   14-0098\n\nIhr Zeichen:   81/00060-14", "14-0098"),  # label alone in its column
        ("Ihr Zeichen: 81/00060-14\nUnser Zeichen: 14-0098", "14-0098"),  # ours, not the addressee's
        ("Ihr Zeichen: 81/00060-14", "81/00060-14"),
        ("Az.: 12.3-456", "12.3-456"),
        ("Unser Zeichen:", None),
    ],
)
def test_labelled_references(head: str, expected: str | None) -> None:
    text = f"Kleve, 23. November 2023\n{head}\n\nSehr geehrter Herr Landrat,\n\nText.\n"
    assert extract_structure(make_doc(text)).reference == expected


@pytest.mark.parametrize(
    ("line", "role"),
    [("Frau Rechtsanwältin Sabine Wildfeuer", "Rechtsanwältin"), ("Herrn Staatssekretär Dr. Klaus Vitt", "Staatssekretär"),
     ("Frau Ministerin Anke Rehlinger", "Ministerin")],
)
def test_offices_outside_the_kreistag_are_roles(line: str, role: str) -> None:
    assert addressee_from_block([line]).role == role


def test_a_name_typed_in_brackets_under_the_signature_signs() -> None:
    text = "Sehr geehrte Frau Roth,\n\nText.\n\nMit freundlichen Grüßen\n\n(Wildfeuer)\nRechtsanwältin\n"
    result = extract_structure(make_doc(text))
    assert [(s.name, s.role) for s in result.signatories] == [("Wildfeuer", "Rechtsanwältin")]


def test_a_signature_ends_at_the_page_break_but_may_start_after_one() -> None:
    enclosure = "\fErklärung\n\nHerr Stefan Wehrmeyer\nVorsitzender\n"
    signed = "Sehr geehrte Frau Roth,\n\nText.\n\nMit freundlichen Grüßen\n\nAnna Roth\nFraktionsvorsitzende\n"
    assert [s.name for s in extract_structure(make_doc(signed + enclosure)).signatories] == ["Anna Roth"]
    turned = "Sehr geehrte Frau Roth,\n\nText.\n\nMit freundlichen Grüßen\n\fAnna Roth\nFraktionsvorsitzende\n"
    assert [s.name for s in extract_structure(make_doc(turned)).signatories] == ["Anna Roth"]


@pytest.mark.parametrize("page_one_end", ["", "\nSeite\n"])  # OCR may lose the page number
def test_signatures_go_on_over_a_page_break(page_one_end: str) -> None:
    head = "Sehr geehrte Frau Roth,\n\nText.\n\nMit freundlichen Grüßen\n\nAnna Roth\nFraktionsvorsitzende\n"
    second = "\fBjörn Böhmer\nGeschäftsführer\n\nKopie an: CDU-Fraktion\n"
    result = extract_structure(make_doc(head + page_one_end + second))
    assert [(s.name, s.role) for s in result.signatories] == [
        ("Anna Roth", "Fraktionsvorsitzende"), ("Björn Böhmer", "Geschäftsführer")]
    assert result.cc == ["CDU-Fraktion"]


@pytest.mark.parametrize(
    ("subject", "body", "asks", "kind"),
    [
        ("Radwege", "Der Kreistag wolle beschließen:\n1. Die Verwaltung …", False, DocType.ANTRAG),
        ("Radwege", "Beschlussentwurf:\nDie Verwaltung wird beauftragt …", False, DocType.ANTRAG),
        ("Radwege", "wir bitten, den folgenden Antrag auf die Tagesordnung zu setzen.", False, DocType.ANTRAG),
        ("Ihre Anfrage vom 12.02.2024", "Frage 1: Wie viele? Antwort: 42.", True, DocType.STELLUNGNAHME),
        ("Radwege; hier: Beantwortung", "", True, DocType.STELLUNGNAHME),
        ("Radwege", "Ihre Anfrage beantworte ich wie folgt:", True, DocType.STELLUNGNAHME),
        ("Ihr Schreiben vom 12.02.2025", "wir bitten um Beantwortung folgender Fragen:", True, DocType.ANFRAGE),
        ("Radwege", "Wir wollen wissen: Wie viele Anträge wurden gestellt?", True, DocType.ANFRAGE),
    ],
)
def test_doc_type_from_subject_and_body(subject: str, body: str, asks: bool, kind: DocType) -> None:
    from pipeline.structure_header import doc_type

    assert doc_type(subject, body, has_questions=asks) is kind


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("Die Fraktionsvorsitzende\nAnna Roth", [("Anna Roth", "Fraktionsvorsitzende")]),  # role above the name
        ("Anna Roth\nDie Fraktionsvorsitzende", [("Anna Roth", "Fraktionsvorsitzende")]),
        ("gez. Anna Roth, MdK\nFraktionsvorsitzende", [("Anna Roth", "Fraktionsvorsitzende")]),  # the mandate
        ("Anna Roth MdL\nFraktionsvorsitzende", [("Anna Roth", "Fraktionsvorsitzende")]),
        ("Der Landrat\nIn Vertretung\n\nDr. Anna Berg", [("Dr. Anna Berg", None)]),  # signs for him
        ("Der Landrat\n\nDr. Anna Berg\nKreisdirektorin", [("Dr. Anna Berg", "Kreisdirektorin")]),  # her own role
    ],
)
def test_signature_block_styles(block: str, expected: list[tuple[str, str | None]]) -> None:
    text = f"Sehr geehrter Herr Landrat,\n\n1. Wie viele Busse?\n2. Wie viele Bahnen?\n\nMit freundlichen Grüßen\n\n{block}\n"
    assert [(s.name, s.role) for s in extract_structure(make_doc(text)).signatories] == expected


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (["An den", "Kreistag des Kreises Kleve"], (None, None, "Kreistag des Kreises Kleve")),
        (["An den", "Ausschuss für Schule und Sport", "des Kreises Kleve"],
         (None, None, "Ausschuss für Schule und Sport des Kreises Kleve")),
        (["Landkreis Kleve", "Fachbereich Schule", "Herrn Peter Paul"], ("Peter Paul", None, "Landkreis Kleve")),
    ],
)
def test_address_blocks_to_bodies_and_departments(block: list[str], expected: tuple) -> None:
    party = addressee_from_block(block)
    assert (party.name, party.role, party.organization) == expected


def test_kreistag_in_a_letterhead_is_no_address() -> None:
    text = ("SPD-Fraktion\nKreistag Kleve\nLindenallee 5, 47533 Kleve\n\nLandrat des Kreises Kleve\n"
            "Herrn Christoph Gerwers\n47533 Kleve\n\nSehr geehrter Herr Landrat,\n\n1. Wer?\n2. Wann?\n")
    addressee = extract_structure(make_doc(text)).addressee
    assert (addressee.name, addressee.organization) == ("Christoph Gerwers", "Kreis Kleve")


def test_a_cc_label_without_colon_on_its_own_line() -> None:
    text = ("Sehr geehrter Herr Landrat,\n\n1. Wer?\n2. Wann?\n\nMit freundlichen Grüßen\n\nAnna Roth\n"
            "Fraktionsvorsitzende\n\nKopie an\nPresse\nBürgermeister der Stadt Goch\n")
    result = extract_structure(make_doc(text))
    assert result.cc == ["Presse", "Bürgermeister der Stadt Goch"]
    assert [s.name for s in result.signatories] == ["Anna Roth"]


def test_marks_over_a_scans_head_do_not_set_the_line_pitch() -> None:
    """Stamps and handwriting over a scan's head are read as lines whose boxes overlap; their small
    steps are no line pitch, so a Betreff block's ordinary line steps stay without a blank."""
    from models import Line, Page, PageMethod, RepairedDoc, SourceInfo
    from pipeline.structure_text import reading_order

    rows = [
        ("Eing. 12 Nov", 100, 30), ("| 7/ A", 105, 30), ("Aa änd", 110, 30), ("Z—— 298", 116, 30),
        ("Betr.: Urteil zur Verfassungswidrigkeit der 5-Prozent-", 300, 11),
        ("Sperrklausel in § 2 Abs. 7 EuWG (Anlage);", 319, 11),
        ("hier; Zulässigkeit einer 2,5-Prozent-Sperrklausel", 336, 13),
        ("Anlg.: -1-", 370, 11), ("1. Votum", 420, 11), ("Die das Urteil des BVerfG tragenden", 438, 11),
        ("Gründe sprechen gegen die Zulässigkeit", 456, 11), ("einer solchen Sperrklausel.", 474, 11),
    ]  # fmt: skip
    lines = [Line(text=t, bbox=(90.0, top, 480.0, top + height)) for t, top, height in rows]
    ordered = [line.text for line, _ in reading_order(Page(number=1, method=PageMethod.OCR, lines=lines))]
    assert ordered[ordered.index(rows[4][0]):] == [
        rows[4][0], rows[5][0], rows[6][0], "", "Anlg.: -1-", "", "1. Votum", *(t for t, _, _ in rows[9:])
    ]
    page = Page(number=1, method=PageMethod.OCR, lines=lines)
    result = extract_structure(RepairedDoc(source=SourceInfo(file="x", sha256="0", pages=[page]), pages=[page]))
    assert result.subject.endswith("2,5-Prozent-Sperrklausel")
