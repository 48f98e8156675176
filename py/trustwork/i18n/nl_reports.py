"""Dutch messages of the printable reports and the CSV export."""

MESSAGES: dict[str, str] = {
    "export.button": "CSV exporteren",
    "export.button_label": "CSV exporteren: {list} (voor een spreadsheet)",
    "export.yes": "ja",
    "export.confidential": "Vertrouwelijk",
    "export.unknown_list": "Er is geen lijst “{what}”. Kies uit: {names}.",
    "export.scan.title": "Resultaten vertrouwensscan",
    "export.scan.starts": "Begonnen",
    "export.scan.group": "Groep",
    "export.scan.theme": "Fundament van vertrouwen",
    "export.scan.answered.1": "Antwoord 1",
    "export.scan.answered.2": "Antwoord 2",
    "export.scan.answered.3": "Antwoord 3",
    "export.scan.answered.4": "Antwoord 4",
    "export.scan.answered.5": "Antwoord 5",
    "export.downloaded": "{name} is gedownload.",
    "report.print_button": "Rapport afdrukken",
    "report.print": "Afdrukken of bewaren als pdf",
    "report.hint": "Kies in het afdrukvenster “Opslaan als PDF” voor een pdf-bestand.",
    "report.back": "Terug naar {area}",
    "report.printed": "Afgedrukt op {date}",
    "report.title": "Rapport",
    "report.overview": "Overzicht van de organisatie",
    "report.made": "Gemaakt op {date} met Trustwork {version}.",
    "report.contents": "Inhoud",
    "report.no_stylesheet": (
        "de opmaak van de app ({name}) is niet gevonden; draai Trustwork vanuit zijn map."
    ),
}
