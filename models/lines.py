"""The closed set of roles a line of a parliamentary document can play."""
from __future__ import annotations

from enum import StrEnum


class LineRole(StrEnum):
    LETTERHEAD = "letterhead"          # sender's head: authority, faction, its address, "STADT KARLSRUHE", document kind ("ANFRAGE")
    FORM = "form"                      # RIS form labels and values: Gremium/Termin/TOP rows, "Eingang:", "öffentlich", "Verantwortlich:"
    REFERENCE = "reference"            # the paper's number: "Vorlage Nr.: 2024/0001", "Drucksache 19/1234", "Unser Zeichen …"
    DATE = "date"                      # the document's own date line: "Karlsruhe, 3. Mai 2024", "vom 8. Juli 2013"
    ADDRESS = "address"                # the addressee block: "Herrn Oberbürgermeister", street, town
    SUBJECT = "subject"                # the title / Betreff, every line of it
    SALUTATION = "salutation"          # "Sehr geehrter Herr Oberbürgermeister,"
    BODY = "body"                      # prose: explanation, Begründung text, statements
    HEADING = "heading"                # a section heading inside the body: "Begründung:", "Sachverhalt", "Kurzfassung"
    QUESTION = "question"              # the first line of a numbered (or the only) question
    QUESTION_CONT = "question_cont"    # a further line of the same question or sub-question
    SUBQUESTION = "subquestion"        # the first line of a sub-question: "a) …"
    MOTION = "motion"                  # the first line of a motion point (or of the one motion text)
    MOTION_CONT = "motion_cont"        # a further line of the same motion point
    ANSWER = "answer"                  # the reply to a question, its heading ("Zu 1)", "Antwort:") included
    CLOSING = "closing"                # "Mit freundlichen Grüßen"
    SIGNATURE_NAME = "signature_name"  # a signer's name, also under "Unterzeichnet von:"
    SIGNATURE_ROLE = "signature_role"  # the signer's role/function, and the "Unterzeichnet von:" label
    CC = "cc"                          # distribution: "Verteiler:", "Kopie an", its entries
    FURNITURE = "furniture"            # page furniture: running header, page number, footer, printer's imprint, "– 2 –"
    OTHER = "other"                    # anything else: enclosures list, tick boxes, stray marks
