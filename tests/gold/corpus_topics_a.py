"""Topic sentence bank, part A: mobility, schools, health, climate, infrastructure, social services."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Topic:
    """Sentences for one policy field; a letter draws its prose, questions and motions from one topic.

    `questions` are whole items (one or more sentences, some with a context sentence first);
    a "\\n" inside a sentence forces a line break there (used to put "5. Oktober" or "Nr. 5" at a
    line start, where a naive splitter would see a new numbered item).
    """

    key: str
    committee: str  # e.g. "Ausschuss für Mobilität und Verkehr"
    subject_anfrage: str
    subject_antrag: str
    intro: tuple[str, ...]
    preamble_question: str
    questions: tuple[str, ...]
    subquestion: tuple[str, tuple[str, ...]]  # parent text, lettered sub-question texts
    motions: tuple[str, ...]
    reasons: tuple[str, ...]
    resolution: str = ""  # an unnumbered one-paragraph resolution ("Der Kreistag … beschließt, …")
    tags: tuple[str, ...] = field(default=())


TOPICS_A: tuple[Topic, ...] = (
    Topic(
        key="oepnv",
        committee="Ausschuss für Mobilität und Verkehr",
        subject_anfrage="Anfrage zur Taktverdichtung im öffentlichen Personennahverkehr",
        subject_antrag="Antrag: Einführung eines kreisweiten 15-Minuten-Takts auf den Hauptachsen",
        intro=(
            "Der öffentliche Personennahverkehr (ÖPNV) ist für viele Bürger*innen im ländlichen Raum die einzige Möglichkeit, ohne eigenes Auto zur Arbeit, zur Schule oder zum Arzt zu kommen.",
            "Seit Einführung des Deutschlandtickets am 1. Mai 2023 sind die Fahrgastzahlen auf einigen Linien deutlich gestiegen, auf anderen Linien fahren die Busse nach 19 Uhr jedoch weiterhin nur im Stundentakt.",
            "Im Nahverkehrsplan, der vom Kreistag am 14.12.2021 beschlossen wurde, ist eine schrittweise Verdichtung des Angebots bis 2026 vorgesehen.",
            "Nach Auskunft des Verkehrsunternehmens fallen derzeit ca. 4 % der geplanten Fahrten wegen Personalmangels aus.",
        ),
        preamble_question="Wie lässt sich verhindern, dass Pendler*innen wieder auf das Auto umsteigen, weil der Bus zu selten fährt?",
        questions=(
            "Wie viele Fahrten sind im Jahr 2023 auf den Linien des Kreises ersatzlos ausgefallen, und auf welchen Linien war der Ausfall am größten?",
            "Welche Maßnahmen ergreift die Verwaltung gemeinsam mit dem Verkehrsunternehmen, um zusätzliche Busfahrer*innen zu gewinnen, und in welcher Höhe werden dafür Mittel bereitgestellt?",
            "Wie hoch wären die jährlichen Mehrkosten für einen durchgehenden 30-Minuten-Takt auf den Linien SB 3 und Nr. 57 bis 22 Uhr?",
            "Welche Zuschüsse des Landes NRW und des Bundes stehen für die Ausweitung des Angebots zur Verfügung?",
            "Der Nahverkehrsplan (abrufbar unter https://www.kreis-nahverkehr.de/nvp) sieht Mobilstationen an den Bahnhöfen vor. Wie ist der Stand der Umsetzung, und an welchen Standorten wird 2024 gebaut?",
            "Ist geplant, On-Demand-Verkehre (z.B. Rufbusse oder Anrufsammeltaxis) in den Randzeiten auszuweiten?",
            "Wie viele Haltestellen im Kreisgebiet sind bislang barrierefrei ausgebaut, und bis wann sollen die übrigen folgen?",
            "Wie bewertet die Verwaltung die Einführung eines vergünstigten Tickets für Auszubildende bzw. Freiwilligendienstleistende?",
        ),
        subquestion=(
            "Wie entwickeln sich die Fahrgastzahlen seit Einführung des Deutschlandtickets",
            ("im Schülerverkehr?", "im Berufsverkehr zwischen 6 und 9 Uhr?", "am Wochenende?"),
        ),
        motions=(
            "Die Verwaltung wird beauftragt, gemeinsam mit dem Verkehrsunternehmen ein Konzept für einen 15-Minuten-Takt auf den drei nachfragestärksten Achsen zu erarbeiten.",
            "Die Mehrkosten sind für die Haushaltsjahre 2025 und 2026 getrennt auszuweisen; Fördermöglichkeiten des Landes NRW sind vollständig auszuschöpfen.",
            "Dem Ausschuss für Mobilität und Verkehr ist bis zur Sitzung im zweiten Quartal über den Sachstand zu berichten.",
        ),
        reasons=(
            "Ein verlässlicher Takt ist die Voraussetzung dafür, dass Menschen ihr Auto stehen lassen.",
            "Untersuchungen zeigen, dass die Nachfrage bei einer Verdichtung auf 15 Minuten um bis zu 30 % steigt.",
            "Die Investition in einen attraktiven ÖPNV entlastet zugleich die Straßen in den Ortskernen und trägt zum Klimaschutz bei.",
        ),
        resolution="Der Kreistag beschließt, den Nahverkehrsplan fortzuschreiben und dabei einen durchgehenden Stundentakt bis 23 Uhr für alle Ortsteile mit mehr als 1.000 Einwohner*innen vorzusehen.",
    ),
    Topic(
        key="schulen",
        committee="Ausschuss für Schule und Bildung",
        subject_anfrage="Anfrage zur Schulentwicklungsplanung der Berufskollegs",
        subject_antrag="Antrag: Sanierungsprogramm für die Sporthallen der Kreisschulen",
        intro=(
            "Der Kreis ist Träger von vier Berufskollegs und drei Förderschulen.",
            "In der Sitzung des Ausschusses für Schule und Bildung am 08.11.2023 wurde berichtet, dass die Schülerzahlen in den vollzeitschulischen Bildungsgängen rückläufig sind, während die Nachfrage nach Plätzen in der internationalen Förderklasse steigt.",
            "Gleichzeitig ist der Sanierungsbedarf an mehreren Gebäuden erheblich; allein für die Turnhalle des Berufskollegs Nord wurden Kosten von ca. 3,5 Mio. € geschätzt.",
            "Die Mittel aus dem DigitalPakt Schule sind nach unserer Kenntnis weitgehend gebunden; die Verwaltung bezeichnete die Lage zuletzt als \"angespannt\".",
        ),
        preamble_question="Wie soll die Schullandschaft in zehn Jahren aussehen, wenn die Zahl der Auszubildenden weiter sinkt?",
        questions=(
            "Wie haben sich die Schülerzahlen an den Berufskollegs in den letzten fünf Schuljahren entwickelt, aufgeschlüsselt nach Bildungsgängen?",
            "Welche Bildungsgänge sollen nach Einschätzung der Verwaltung zusammengelegt oder an einem Standort gebündelt werden?",
            "Wie viele Schüler*innen besuchen derzeit die internationalen Förderklassen, und wie viele stehen auf Wartelisten?",
            "Welche Gebäude der Kreisschulen weisen einen Sanierungsstau auf, und in welcher Größenordnung bewegen sich die geschätzten Kosten?",
            "Wie viele Lehrerstellen sind an den Förderschulen des Kreises zum Stichtag 01.02.2024 unbesetzt?",
            "Ist die Ausstattung aller Klassenräume mit WLAN und digitalen Tafeln abgeschlossen? Falls nein, bis wann ist damit zu rechnen?",
            "Welche Unterstützung erhalten Schulen bei der Wartung der Endgeräte, z.B. durch IT-Administrator*innen des Kreises?",
            "Gibt es Überlegungen, die Schülerbeförderung zu den Förderschulen neu auszuschreiben, nachdem es im Herbst wiederholt zu Verspätungen kam?",
        ),
        subquestion=(
            "Wie ist der bauliche Zustand der Sporthallen",
            ("am Berufskolleg Nord?", "an der Förderschule am Stadtpark?"),
        ),
        motions=(
            "Die Verwaltung wird beauftragt, bis zum 30.06.2025 eine Prioritätenliste für die Sanierung aller Sporthallen in Trägerschaft des Kreises vorzulegen.",
            "Für die Sanierung werden im Haushalt 2025 Planungsmittel in Höhe von 250.000 € bereitgestellt.",
            "Die Schulen und die Sportvereine, die die Hallen nachmittags nutzen, sind an der Planung zu beteiligen.",
        ),
        reasons=(
            "Mehrere Sporthallen mussten in den vergangenen Jahren wegen Schäden an Dach und Heizung zeitweise geschlossen werden.",
            "Der Sportunterricht fällt dann aus oder findet in weit entfernten Hallen statt, was wertvolle Unterrichtszeit kostet.",
            "Eine geordnete Prioritätenliste schafft Planungssicherheit für Schulen, Vereine und Haushalt.",
        ),
        resolution="Der Kreistag beschließt, die Schulentwicklungsplanung für die Berufskollegs bis Ende 2025 fortzuschreiben und dabei die Standorte im ländlichen Raum ausdrücklich zu sichern.",
    ),
    Topic(
        key="kitas",
        committee="Jugendhilfeausschuss",
        subject_anfrage="Anfrage zur Versorgung mit Kita-Plätzen",
        subject_antrag="Antrag: Platzgarantie für Kinder unter drei Jahren",
        intro=(
            "Für Kinder ab dem vollendeten ersten Lebensjahr besteht ein Rechtsanspruch auf einen Betreuungsplatz.",
            "Nach dem Kindergartenbedarfsplan fehlen im Zuständigkeitsbereich des Kreisjugendamtes zum Kindergartenjahr 2024/25 rund 180 Plätze für Kinder unter drei Jahren.",
            "Viele Eltern berichten uns, dass sie erst wenige Wochen vor dem gewünschten Betreuungsbeginn eine Zusage erhalten, bzw. gar keine.",
        ),
        preamble_question="Wie sollen Eltern Beruf und Familie vereinbaren, wenn der Betreuungsplatz erst im letzten Moment feststeht?",
        questions=(
            "Wie viele Kinder unter drei Jahren haben zum 01.08.2023 keinen Platz in einer Kindertageseinrichtung oder in der Kindertagespflege erhalten?",
            "In wie vielen Fällen haben Eltern den Rechtsanspruch gerichtlich geltend gemacht, und mit welchem Ergebnis?",
            "Welche Neubauten und Erweiterungen von Kindertageseinrichtungen sind bis 2026 geplant, und wie viele Plätze entstehen dadurch?",
            "Wie viele Stellen für Erzieher*innen sind in den Einrichtungen des Kreises derzeit unbesetzt?",
            "Plant die Verwaltung, die Zuschüsse für Tagespflegepersonen zu erhöhen, um die Kindertagespflege attraktiver zu machen?",
            "Wie hoch sind die Elternbeiträge im Vergleich zu den Nachbarkreisen, und wird eine Beitragsfreiheit für Geschwisterkinder geprüft?",
            "Gibt es ein digitales Anmeldeverfahren, über das Eltern den Stand ihrer Anmeldung einsehen können?",
        ),
        subquestion=(
            "Wie verteilen sich die fehlenden Plätze",
            ("auf die einzelnen kreisangehörigen Gemeinden?", "auf Plätze mit 35 bzw. 45 Wochenstunden?"),
        ),
        motions=(
            "Die Verwaltung wird beauftragt, gemeinsam mit den freien Trägern ein Sofortprogramm zur Schaffung von mindestens 120 zusätzlichen U3-Plätzen bis zum Kindergartenjahr 2025/26 zu erarbeiten.",
            "Eltern erhalten spätestens sechs Monate vor dem gewünschten Betreuungsbeginn eine verbindliche Rückmeldung.",
            "Über die Umsetzung ist dem Jugendhilfeausschuss halbjährlich zu berichten.",
        ),
        reasons=(
            "Der Mangel an Betreuungsplätzen trifft vor allem Alleinerziehende und Familien, in denen beide Eltern berufstätig sind.",
            "Eine frühe Zusage gibt Familien Planungssicherheit und erleichtert den Wiedereinstieg in den Beruf.",
            "Die Kosten für zusätzliche Plätze werden zu einem großen Teil durch Landesmittel nach dem Kinderbildungsgesetz (KiBiz) gedeckt.",
        ),
        resolution="Der Kreistag beschließt, dass das Kreisjugendamt allen Eltern spätestens sechs Monate vor dem gewünschten Betreuungsbeginn eine verbindliche Rückmeldung über den Betreuungsplatz gibt.",
    ),
    Topic(
        key="krankenhaus",
        committee="Ausschuss für Gesundheit und Soziales",
        subject_anfrage="Anfrage zur Krankenhausversorgung im Kreisgebiet",
        subject_antrag="Antrag: Sicherung der Geburtshilfe im Kreisgebiet",
        intro=(
            "Die Krankenhausplanung des Landes Nordrhein-Westfalen sieht eine stärkere Konzentration der Leistungen auf größere Standorte vor.",
            "Für die Krankenhäuser im Kreisgebiet wurden im Feststellungsbescheid vom 15.12.2023 mehrere Leistungsgruppen nicht mehr zugewiesen.",
            "Bürger*innen befürchten, dass sich die Wege zur nächsten Notaufnahme und zur Geburtsstation deutlich verlängern.",
        ),
        preamble_question="Was bedeutet die neue Krankenhausplanung konkret für die Menschen in den ländlichen Gemeinden des Kreises?",
        questions=(
            "Welche Leistungsgruppen wurden den Krankenhäusern im Kreisgebiet zugewiesen, und welche sind entfallen?",
            "Wie viele Kurzzeit- und Langzeitpatient*innen wurden 2023 in den Kliniken des Kreises behandelt, und welcher Anteil entfällt auf Menschen über 80 Jahre?",
            "Wie lang sind die durchschnittlichen Fahrzeiten zur nächsten Notaufnahme aus den einzelnen Gemeinden?",
            "Hat der Kreis im Anhörungsverfahren eine Stellungnahme abgegeben? Wenn ja, mit welchem Inhalt?",
            "Wie viele Geburten wurden 2023 in den Kliniken des Kreises betreut, und wie viele Schwangere mussten in andere Kreise ausweichen?",
            "Welche Möglichkeiten sieht die Verwaltung, die Geburtshilfe durch eine Kooperation mit Hebammenpraxen zu sichern?",
            "Liegen der Verwaltung Zahlen darüber vor, wie oft Notaufnahmen sich im vergangenen Jahr von der Versorgung abgemeldet haben?",
            "Wie viele Hausarztsitze sind im Kreisgebiet derzeit unbesetzt, und welche Förderprogramme gibt es für Ärzt*innen, die sich hier niederlassen?",
        ),
        subquestion=(
            "Welche Auswirkungen hat die Krankenhausplanung",
            ("auf die Zahl der Betten in der Inneren Medizin?", "auf die Arbeitsplätze in den betroffenen Häusern?"),
        ),
        motions=(
            "Der Landrat wird beauftragt, sich gegenüber dem Ministerium für Arbeit, Gesundheit und Soziales für den Erhalt der Geburtshilfe an beiden Klinikstandorten einzusetzen.",
            "Die Verwaltung prüft, ob ein kreiseigener Sicherstellungszuschlag für die Geburtshilfe rechtlich zulässig ist.",
            "Das Ergebnis wird dem Ausschuss für Gesundheit und Soziales in seiner nächsten Sitzung vorgelegt.",
        ),
        reasons=(
            "Schwangere dürfen nicht über 45 Minuten bis zum nächsten Kreißsaal fahren müssen.",
            "Die Schließung einer Geburtsstation lässt sich erfahrungsgemäß kaum rückgängig machen.",
            "Andere Kreise haben mit Sicherstellungszuschlägen gute Erfahrungen gemacht.",
        ),
        resolution="Der Kreistag fordert die Landesregierung auf, die Geburtshilfe an allen bestehenden Klinikstandorten im Kreisgebiet zu erhalten.",
    ),
    Topic(
        key="rettungsdienst",
        committee="Ausschuss für Ordnung und Sicherheit",
        subject_anfrage="Anfrage zu den Hilfsfristen im Rettungsdienst",
        subject_antrag="Antrag: Zusätzlicher Rettungswagen-Standort im Südkreis",
        intro=(
            "Nach dem Rettungsdienstbedarfsplan soll ein Rettungswagen (RTW) in 90 % aller Notfälle innerhalb von zwölf Minuten am Einsatzort sein.",
            "Aus der Antwort der Verwaltung vom 12.09.2023 geht hervor, dass diese Hilfsfrist im Südkreis nur in 78,5 % der Einsätze eingehalten wurde.",
            "Die Zahl der Einsätze ist in den vergangenen fünf Jahren um ca. 25 % gestiegen.",
        ),
        preamble_question="Warum gelingt es in manchen Gemeinden seit Jahren nicht, die Hilfsfrist einzuhalten?",
        questions=(
            "In welchen Gemeinden wurde die Hilfsfrist im Jahr 2023 nicht eingehalten, und wie hoch war jeweils der Erfüllungsgrad?",
            "Wie viele Einsätze entfielen auf Krankentransporte, die auch durch andere Dienste hätten übernommen werden können?",
            "Wann wird der Rettungsdienstbedarfsplan fortgeschrieben, und welche neuen Standorte sind darin vorgesehen?",
            "Wie viele Stellen für Notfallsanitäter*innen sind unbesetzt, und wie viele Auszubildende beginnen 2024 ihre Ausbildung?",
            "Welche Erfahrungen wurden mit dem Telenotarzt gemacht, der seit dem 5. Oktober 2022 im Probebetrieb ist?",
            "Wie oft mussten Rettungswagen aus Nachbarkreisen aushelfen, bzw. wie oft halfen Fahrzeuge des Kreises dort aus?",
            "Werden die Kosten des Rettungsdienstes vollständig über die Gebühren gedeckt, oder entsteht ein Defizit für den Kreishaushalt?",
        ),
        subquestion=(
            "Wie lange dauerte es 2023 im Durchschnitt",
            ("bis zur Annahme des Notrufs in der Leitstelle?", "von der Alarmierung bis zum Eintreffen des RTW?"),
        ),
        motions=(
            "Die Verwaltung wird beauftragt, die Einrichtung einer zusätzlichen Rettungswache im Südkreis zu prüfen und dafür geeignete Grundstücke zu benennen.",
            "Bis zur Inbetriebnahme wird ein zusätzlicher RTW tagsüber an der Feuerwache Süd stationiert.",
            "Der Ausschuss für Ordnung und Sicherheit erhält vierteljährlich einen Bericht über die Einhaltung der Hilfsfristen.",
        ),
        reasons=(
            "Bei einem Herzstillstand entscheiden wenige Minuten über Leben und Tod.",
            "Die Bürger*innen im Südkreis haben denselben Anspruch auf schnelle Hilfe wie die Menschen in den Städten.",
            "Die Kosten einer zusätzlichen Wache sind über die Rettungsdienstgebühren refinanzierbar.",
        ),
        resolution="Der Kreistag beschließt, im Südkreis eine zusätzliche Rettungswache einzurichten und die Verwaltung mit der Standortsuche zu beauftragen.",
    ),
    Topic(
        key="klimaschutz",
        committee="Ausschuss für Umwelt und Klimaschutz",
        subject_anfrage="Anfrage zur Umsetzung des Klimaschutzkonzepts",
        subject_antrag="Antrag: Photovoltaik auf allen geeigneten Dächern der Kreisliegenschaften",
        intro=(
            "Mit dem integrierten Klimaschutzkonzept hat sich der Kreis verpflichtet, die Treibhausgasemissionen der eigenen Verwaltung bis 2035 um 65 % zu senken; der Bericht spricht von einem \"ambitionierten, aber erreichbaren Ziel\".",
            "Im Klimaschutzbericht 2023 wird eine Minderung von lediglich 1,4 % gegenüber dem Vorjahr ausgewiesen.",
            "Gleichzeitig sind die Energiekosten der Kreisliegenschaften seit 2021 um mehr als 2,1 Mio. € gestiegen.",
        ),
        preamble_question="Wie will der Kreis sein Ziel erreichen, wenn die Emissionen so langsam sinken?",
        questions=(
            "Welche der im Klimaschutzkonzept genannten Maßnahmen sind bereits umgesetzt, welche verzögern sich, und aus welchen Gründen?",
            "Auf wie vielen Dächern der Kreisliegenschaften sind bisher Photovoltaikanlagen installiert, und welche Leistung erbringen diese?",
            "Wie hoch ist der Anteil elektrisch betriebener Fahrzeuge im Fuhrpark der Kreisverwaltung?",
            "Wie viele Stellen im Klimaschutzmanagement sind derzeit besetzt, und wie werden sie finanziert?",
            "Gibt es eine Wärmeplanung für die kreiseigenen Gebäude? Falls ja, welche Gebäude sollen zuerst an ein Wärmenetz angeschlossen werden?",
            "Welche Fördermittel von Bund, Land NRW und EU wurden 2023 für Klimaschutzmaßnahmen beantragt bzw. bewilligt?",
            "Wie werden die Bürger*innen über Förderprogramme für energetische Sanierungen informiert?",
        ),
        subquestion=(
            "Wie hoch war der Energieverbrauch der Kreisliegenschaften im Jahr 2023",
            ("beim Strom?", "bei der Wärme?", "im Vergleich zu 2019?"),
        ),
        motions=(
            "Die Verwaltung wird beauftragt, bis zum Ende des Jahres alle Dachflächen der Kreisliegenschaften auf ihre Eignung für Photovoltaik zu prüfen.",
            "Auf allen geeigneten Dächern sind bis 2027 Anlagen zu errichten; die Finanzierung über Contracting-Modelle oder eine Bürgerenergiegenossenschaft ist zu prüfen.",
            "Die Ergebnisse werden dem Ausschuss für Umwelt und Klimaschutz vorgestellt.",
        ),
        reasons=(
            "Jede Kilowattstunde, die auf den eigenen Dächern erzeugt wird, senkt dauerhaft die Energiekosten des Kreises.",
            "Die Anlagen amortisieren sich nach heutigen Preisen in weniger als zwölf Jahren.",
            "Der Kreis sollte beim Klimaschutz mit gutem Beispiel vorangehen.",
        ),
        resolution="Der Kreistag beschließt, auf allen geeigneten Dachflächen der Kreisliegenschaften bis 2027 Photovoltaikanlagen zu errichten.",
    ),
    Topic(
        key="radwege",
        committee="Ausschuss für Mobilität und Verkehr",
        subject_anfrage="Anfrage zum Ausbau der Radwege an Kreisstraßen",
        subject_antrag="Antrag: Radwegeprogramm an Kreisstraßen",
        intro=(
            "Das Kreisstraßennetz umfasst rund 420 Kilometer, von denen nach unserer Kenntnis nur etwa die Hälfte über einen begleitenden Radweg verfügt.",
            "Im Radverkehrskonzept aus dem Jahr 2019 wurden 26 Lückenschlüsse als vordringlich eingestuft, z.B. an der K 12 zwischen den Ortsteilen Nord und Süd.",
            "Für den Bau von Radwegen stehen Fördermittel aus dem Programm Nahmobilität des Landes zur Verfügung.",
        ),
        preamble_question="Warum kommt der Radwegebau an den Kreisstraßen so langsam voran?",
        questions=(
            "Wie viele Kilometer Radweg an Kreisstraßen wurden seit 2019 neu gebaut oder saniert?",
            "Welche der 26 Lückenschlüsse aus dem Radverkehrskonzept sind umgesetzt, welche befinden sich in Planung?",
            "Woran scheitert der Grunderwerb in den Fällen, in denen die Planung bereits abgeschlossen ist?",
            "Wie hoch ist der Anteil der Landesförderung an den Bau- und Planungskosten, und wurden Fördermittel wegen fehlender Planungsreife zurückgegeben?",
            "Ist vorgesehen, die Radwege entlang der Schulwege vorrangig zu beleuchten?",
            "Wie viele Unfälle mit Beteiligung von Radfahrenden gab es 2023 auf Kreisstraßen, und wie viele Menschen wurden dabei schwer verletzt?",
            "Welche Abstellanlagen für Fahrräder gibt es an den Bushaltestellen und Bahnhöfen, und ist ein Ausbau geplant?",
        ),
        subquestion=(
            "Wie ist der Stand der Planung",
            ("an der K 12?", "an der K 35 zwischen Bahnhof und Gewerbegebiet?"),
        ),
        motions=(
            "Die Verwaltung wird beauftragt, ein Radwegeprogramm mit einer Laufzeit von zehn Jahren vorzulegen, das jährlich mindestens fünf Kilometer neue Radwege an Kreisstraßen vorsieht.",
            "Die Lückenschlüsse an Schulwegen sind vorrangig umzusetzen.",
            "Für den Grunderwerb wird eine zusätzliche Stelle im Tiefbauamt eingerichtet.",
        ),
        reasons=(
            "Sichere Radwege sind die Voraussetzung dafür, dass Kinder selbstständig mit dem Rad zur Schule fahren können.",
            "Ohne ein verbindliches Programm werden Fördermittel nicht rechtzeitig abgerufen.",
            "Viele Gemeinden haben ihre eigenen Netze bereits ausgebaut und warten auf die Anschlüsse an den Kreisstraßen.",
        ),
        resolution="Der Kreistag beschließt, jährlich mindestens fünf Kilometer neue Radwege an Kreisstraßen zu bauen und dafür die notwendigen Mittel im Haushalt bereitzustellen.",
    ),
    Topic(
        key="breitband",
        committee="Ausschuss für Digitalisierung und Wirtschaft",
        subject_anfrage="Anfrage zum Stand des Glasfaserausbaus",
        subject_antrag="Antrag: Glasfaseranschluss für alle Schulen und Gewerbegebiete",
        intro=(
            "Der Kreis koordiniert seit 2018 den geförderten Breitbandausbau in den sogenannten weißen Flecken.",
            "Nach dem letzten Sachstandsbericht sind im dritten Förderaufruf noch rund 2.300 Adressen nicht angeschlossen.",
            "Zugleich ziehen sich private Telekommunikationsunternehmen aus dem eigenwirtschaftlichen Ausbau zurück, bzw. verschieben ihn auf unbestimmte Zeit.",
        ),
        preamble_question="Wie lange müssen Haushalte in den Außenbereichen noch auf einen schnellen Internetanschluss warten?",
        questions=(
            "Wie viele Haushalte, Unternehmen und Schulen sind inzwischen an das Glasfasernetz angeschlossen?",
            "In welchen Gemeinden verzögert sich der geförderte Ausbau, und welche Gründe nennt das ausführende Unternehmen?",
            "Welche Vertragsstrafen wurden wegen Verzögerungen geltend gemacht?",
            "Wie viele Adressen fallen in die sogenannten grauen Flecken, und ist ein weiterer Förderaufruf geplant?",
            "Wie hoch ist der Eigenanteil des Kreises an den bisherigen Ausbauprojekten?",
            "Welche Gewerbegebiete verfügen noch nicht über eine Versorgung mit mindestens 1 Gbit/s?",
            "Wie werden Bürger*innen informiert, wenn Tiefbauarbeiten in ihrer Straße bevorstehen?",
        ),
        subquestion=(
            "Wie viele Adressen sind im dritten Förderaufruf noch nicht angeschlossen",
            ("im Außenbereich?", "in den Ortskernen?"),
        ),
        motions=(
            "Die Verwaltung wird beauftragt, für alle Schulen und Gewerbegebiete ohne Glasfaseranschluss einen Zeitplan für den Anschluss bis 2026 vorzulegen.",
            "Der Kreis beteiligt sich am Förderprogramm des Bundes für die grauen Flecken.",
            "Die Gemeinden sind bei der Planung frühzeitig einzubinden.",
        ),
        reasons=(
            "Eine leistungsfähige Internetverbindung ist heute so wichtig wie der Anschluss an Strom und Wasser.",
            "Unternehmen nennen die fehlende Glasfaser regelmäßig als Standortnachteil.",
            "Schulen können digitale Lernmittel ohne schnellen Anschluss nur eingeschränkt nutzen.",
        ),
        resolution="Der Kreistag beschließt, dass alle Schulen und Gewerbegebiete im Kreisgebiet bis Ende 2026 an das Glasfasernetz angeschlossen werden.",
    ),
    Topic(
        key="jobcenter",
        committee="Ausschuss für Arbeit und Soziales",
        subject_anfrage="Anfrage zur Arbeitsmarktintegration durch das Jobcenter",
        subject_antrag="Antrag: Ausbau der Jugendberufsagentur",
        intro=(
            "Das Jobcenter betreut nach den Zahlen der Bundesagentur für Arbeit derzeit rund 9.800 Bedarfsgemeinschaften.",
            "Im Arbeitsmarkt- und Integrationsprogramm 2024 wird die Qualifizierung von Langzeitarbeitslosen als Schwerpunkt genannt.",
            "Die Eingliederungsmittel des Bundes wurden für 2024 jedoch um ca. 8 % gekürzt.",
        ),
        preamble_question="Wie kann die Vermittlung in Arbeit gelingen, wenn gleichzeitig die Mittel gekürzt werden?",
        questions=(
            "Wie viele Menschen konnten 2023 aus dem Leistungsbezug in eine sozialversicherungspflichtige Beschäftigung vermittelt werden?",
            "Wie wirkt sich die Kürzung der Eingliederungsmittel auf die geplanten Maßnahmen aus, und welche Angebote entfallen?",
            "Wie hoch ist der Anteil der Langzeitarbeitslosen an allen Arbeitslosen im Kreis?",
            "Wie viele Fallmanager*innen betreuen wie viele Leistungsberechtigte?",
            "Welche Angebote gibt es für Alleinerziehende, die eine Teilzeitausbildung beginnen möchten?",
            "Wie lange dauert die Bearbeitung eines Erstantrags auf Bürgergeld im Durchschnitt?",
            "Wie viele Jugendliche unter 25 Jahren sind ohne Ausbildungsplatz, und wie arbeitet das Jobcenter mit der Jugendberufsagentur zusammen?",
        ),
        subquestion=(
            "Welche Mittel standen dem Jobcenter zur Verfügung",
            ("für Eingliederungsleistungen im Jahr 2023?", "für Verwaltungskosten im selben Zeitraum?"),
        ),
        motions=(
            "Die Verwaltung wird beauftragt, gemeinsam mit der Agentur für Arbeit ein Konzept zum Ausbau der Jugendberufsagentur an allen Berufskollegs zu erarbeiten.",
            "Die aufsuchende Beratung für junge Menschen ohne Schulabschluss wird ausgeweitet.",
            "Dem Ausschuss für Arbeit und Soziales ist jährlich über die Vermittlungsergebnisse zu berichten.",
        ),
        reasons=(
            "Jeder junge Mensch, der ohne Ausbildung bleibt, verursacht langfristig hohe soziale Kosten.",
            "Die Jugendberufsagentur hat sich dort bewährt, wo sie mit festen Sprechzeiten an den Schulen präsent ist.",
            "Der Fachkräftemangel in Handwerk und Pflege macht jede gelungene Ausbildung wertvoll.",
        ),
        resolution="Der Kreistag beschließt, die Jugendberufsagentur an allen Berufskollegs des Kreises mit festen Sprechzeiten einzurichten.",
    ),
    Topic(
        key="auslaenderbehoerde",
        committee="Ausschuss für Ordnung, Integration und Gleichstellung",
        subject_anfrage="Anfrage zu den Wartezeiten in der Ausländerbehörde",
        subject_antrag="Antrag: Online-Terminvergabe und zusätzliches Personal für die Ausländerbehörde",
        intro=(
            "Seit Monaten erreichen uns Beschwerden über lange Wartezeiten bei der Ausländerbehörde des Kreises.",
            "Betroffene berichten, dass sie telefonisch nicht durchkommen und Aufenthaltstitel erst nach Ablauf der alten Dokumente erhalten.",
            "Das kann dazu führen, dass Menschen ihren Arbeitsplatz verlieren, weil der Arbeitgeber ohne gültigen Titel nicht weiterbeschäftigen darf.",
        ),
        preamble_question="Wie kann es sein, dass Fachkräfte ihren Arbeitsplatz verlieren, weil ein Termin bei der Behörde fehlt?",
        questions=(
            "Wie lange beträgt die durchschnittliche Wartezeit auf einen Termin in der Ausländerbehörde derzeit?",
            "Wie viele Anträge auf Erteilung oder Verlängerung eines Aufenthaltstitels sind unbearbeitet?",
            "Wie viele Stellen sind in der Ausländerbehörde vorgesehen, und wie viele davon sind besetzt?",
            "In wie vielen Fällen wurde 2023 eine Fiktionsbescheinigung ausgestellt, weil über einen Antrag nicht rechtzeitig entschieden werden konnte?",
            "Ist die Einführung einer Online-Terminvergabe geplant, wie sie andere Kreise bereits anbieten?",
            "Wie arbeitet die Ausländerbehörde mit der Zentralen Unterbringungseinrichtung (ZUE) des Landes im Kreisgebiet zusammen?",
            "Welche Maßnahmen hat die Verwaltung ergriffen, um die telefonische Erreichbarkeit zu verbessern?",
            "Wie viele Einbürgerungsanträge sind 2023 eingegangen, und wie lange dauert die Bearbeitung?",
        ),
        subquestion=(
            "Wie viele Beschäftigte der Ausländerbehörde",
            ("haben 2023 gekündigt?", "sind länger als sechs Wochen erkrankt?"),
        ),
        motions=(
            "Die Verwaltung wird beauftragt, bis zum 01.07.2024 eine Online-Terminvergabe für die Ausländerbehörde einzuführen.",
            "Im Stellenplan 2025 werden vier zusätzliche Stellen für die Ausländerbehörde ausgewiesen.",
            "Anträge von Beschäftigten, deren Aufenthaltstitel in weniger als acht Wochen abläuft, werden vorrangig bearbeitet.",
        ),
        reasons=(
            "Die langen Wartezeiten schaden den Betroffenen und den Unternehmen, die dringend auf Fachkräfte angewiesen sind.",
            "Andere Kreise haben mit Online-Terminen die Zahl der Anrufe deutlich gesenkt.",
            "Eine funktionierende Ausländerbehörde ist eine Frage der Verlässlichkeit des Rechtsstaats.",
        ),
        resolution="Der Kreistag beschließt, für die Ausländerbehörde eine Online-Terminvergabe einzuführen und das Personal bedarfsgerecht aufzustocken.",
    ),
)
