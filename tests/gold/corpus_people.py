"""Counties, factions, names and formulas the generated letters are built from (all people fictional)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class County:
    """A Kreis: how it is named in an address, where its Kreishaus and the factions sit."""

    short: str  # "Wesel", "Rhein-Sieg"
    org: str  # addressee organization as printed: "Kreis Wesel", "Rhein-Sieg-Kreis"
    genitive: str  # "des Kreises Wesel", "des Rhein-Sieg-Kreises"
    seat: str  # town of the Kreishaus (the place on the date line)
    street: str
    plz: str
    phone: str  # area code


COUNTIES: dict[str, County] = {
    c.short: c
    for c in (
        County("Wesel", "Kreis Wesel", "des Kreises Wesel", "Wesel", "Reeser Landstraße 31", "46483", "0281"),
        County("Kleve", "Kreis Kleve", "des Kreises Kleve", "Kleve", "Nassauerallee 15-23", "47533", "02821"),
        County("Borken", "Kreis Borken", "des Kreises Borken", "Borken", "Burloer Straße 93", "46325", "02861"),
        County("Viersen", "Kreis Viersen", "des Kreises Viersen", "Viersen", "Rathausmarkt 3", "41747", "02162"),
        County("Heinsberg", "Kreis Heinsberg", "des Kreises Heinsberg", "Heinsberg", "Valkenburger Straße 45", "52525", "02452"),
        County("Steinfurt", "Kreis Steinfurt", "des Kreises Steinfurt", "Steinfurt", "Tecklenburger Straße 10", "48565", "02551"),
        County("Coesfeld", "Kreis Coesfeld", "des Kreises Coesfeld", "Coesfeld", "Friedrich-Ebert-Straße 7", "48653", "02541"),
        County("Rhein-Sieg", "Rhein-Sieg-Kreis", "des Rhein-Sieg-Kreises", "Siegburg", "Kaiser-Wilhelm-Platz 1", "53721", "02241"),
        County("Recklinghausen", "Kreis Recklinghausen", "des Kreises Recklinghausen", "Recklinghausen", "Kurt-Schumacher-Allee 1", "45657", "02361"),
        County("Warendorf", "Kreis Warendorf", "des Kreises Warendorf", "Warendorf", "Waldenburger Straße 2", "48231", "02581"),
        County("Soest", "Kreis Soest", "des Kreises Soest", "Soest", "Hoher Weg 1-3", "59494", "02921"),
        County("Euskirchen", "Kreis Euskirchen", "des Kreises Euskirchen", "Euskirchen", "Jülicher Ring 32", "53879", "02251"),
        County("Düren", "Kreis Düren", "des Kreises Düren", "Düren", "Bismarckstraße 16", "52351", "02421"),
    )
}

# Faction names as printed on a letterhead; {k} is the county's short name.
# Example: ("SPD", "SPD-Kreistagsfraktion {k}") → "SPD-Kreistagsfraktion Kleve".
FACTIONS: dict[str, tuple[str, ...]] = {
    "CDU": ("CDU-Kreistagsfraktion {k}", "CDU-Fraktion im Kreistag {k}"),
    "SPD": ("SPD-Kreistagsfraktion {k}", "SPD-Fraktion im Kreistag {k}"),
    "GRUENE": ("Fraktion Bündnis 90/Die Grünen im Kreistag {k}", "Bündnis 90/Die Grünen Kreistagsfraktion {k}"),
    "FDP": ("FDP-Kreistagsfraktion {k}", "FDP-Fraktion im Kreistag {k}"),
    "LINKE": ("Fraktion DIE LINKE im Kreistag {k}",),
    "FW": ("Kreistagsfraktion Freie Wähler {k}",),
    "UWG": ("UWG-Kreistagsfraktion {k}",),
}

# Short faction names for "Kopie an:" lists. Example: "CDU" → "CDU-Fraktion".
CC_NAMES: dict[str, str] = {
    "CDU": "CDU-Fraktion",
    "SPD": "SPD-Fraktion",
    "GRUENE": "Fraktion Bündnis 90/Die Grünen",
    "FDP": "FDP-Fraktion",
    "LINKE": "Fraktion DIE LINKE",
    "FW": "Fraktion Freie Wähler",
    "UWG": "UWG-Fraktion",
}
CC_EXTRA = (
    "Presse",
    "Bürgermeister*innen der kreisangehörigen Städte und Gemeinden",
    "Personalrat der Kreisverwaltung",
    "Kreisverband",
    "Gleichstellungsbeauftragte",
)

FIRST_M = (
    "Andreas", "Jürgen", "Thorsten", "Matthias", "Björn", "Jörg", "Günter", "Stefan", "Michael",
    "Tobias", "Hans-Peter", "Ömer", "Lukas", "Frank", "Reinhard", "Sönke", "Ralf", "Dirk",
)
FIRST_F = (
    "Sabine", "Birgit", "Jutta", "Katrin", "Anke", "Dörte", "Jessica", "Ümran", "Claudia",
    "Martina", "Annegret", "Lena", "Hülya", "Gisela", "Silke", "Marlies", "Bärbel", "Nicole",
)
SURNAMES = (
    "Müller", "Schäfer", "Köhler", "Jürgensmeier", "Böhmer", "Weißenfels", "Großmann", "Strauß",
    "Kühne", "Brückner", "Dörr", "Gößling", "Hüsken", "Terhörst", "van Doorn", "ter Haar",
    "Lütkenhaus", "Hölscher", "Wübben", "Özkan", "Janßen", "Tenbrink", "Overkämping", "Schröer",
    "Kötter", "Möllers", "Hendricks", "Pauls", "Verhoeven", "Bußmann", "Lammers", "Schulze Föcking",
)

# Signatory roles (masculine, feminine). Example: ("Vorsitzender", "Vorsitzende").
ROLES_FIRST = (
    ("Fraktionsvorsitzender", "Fraktionsvorsitzende"),
    ("Vorsitzender", "Vorsitzende"),
    ("stellv. Fraktionsvorsitzender", "stellv. Fraktionsvorsitzende"),
)
ROLES_SECOND = (
    ("Geschäftsführer", "Geschäftsführerin"),
    ("Kreistagsmitglied", "Kreistagsmitglied"),
    ("sachkundiger Bürger", "sachkundige Bürgerin"),
    ("stellv. Vorsitzender", "stellv. Vorsitzende"),
)

MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)

CLOSINGS = ("Mit freundlichen Grüßen", "Mit freundlichem Gruß", "Freundliche Grüße")

ANFRAGE_LEADS = (
    "Vor diesem Hintergrund bitten wir die Verwaltung um Beantwortung der folgenden Fragen:",
    "Wir bitten daher um schriftliche Beantwortung der nachstehenden Fragen:",
    "Die {org} bittet deshalb um Beantwortung folgender Fragen in der nächsten Sitzung des {committee_gen}:",
    "Gemäß § 11 der Geschäftsordnung für den Kreistag bitten wir um Beantwortung folgender Fragen:",
    "Hierzu haben wir folgende Fragen:",
)
ANFRAGE_ENDS = (
    "Wir bedanken uns im Voraus für die Beantwortung.",
    "Für Ihre Bemühungen danken wir Ihnen im Voraus.",
    "Wir bitten darum, die Antworten auch den Mitgliedern des {committee_gen} zur Verfügung zu stellen.",
    "Für eine zeitnahe Antwort wären wir Ihnen dankbar.",
)
ANTRAG_LEADS = (
    "die {org} beantragt, folgenden Beschluss zu fassen:",
    "namens der {org} bitten wir, den folgenden Antrag auf die Tagesordnung der nächsten Sitzung zu setzen.",
    "die {org} stellt zur kommenden Sitzung folgenden Antrag:",
)

# Sentences with traps for a naive splitter; {date}, {n}, {year} are filled per letter.
# Example: "Vorlage Nr. 5/2024" must not start a question 5.
PROSE_TRAPS = (
    "Wir beziehen uns dabei auf die Verwaltungsvorlage Nr. {n}/{year} und die Beratung im Fachausschuss am {date}.",
    "Bereits in der Sitzung am {date} wurde das Thema bzw. einzelne Aspekte davon kurz angesprochen.",
    "Die Kosten wurden damals auf ca. {n},5 Mio. € geschätzt, z.B. für Planung und Gutachten.",
)
