"""Dutch messages of the printable reports and the CSV export."""

MESSAGES: dict[str, str] = {
    "export.button": "CSV exporteren",
    "export.button_label": "{list} exporteren als CSV (voor een spreadsheet)",
    "export.yes": "ja",
    "export.confidential": "Vertrouwelijk",
    "export.unknown_list": "Er is geen lijst “{what}”. Kies uit: {names}.",
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
