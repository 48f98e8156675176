"""English messages of the printable reports and the CSV export."""

MESSAGES: dict[str, str] = {
    "export.button": "Export CSV",
    "export.button_label": "Export CSV: {list} (for a spreadsheet)",
    "export.yes": "yes",
    "export.confidential": "Confidential",
    "export.unknown_list": "There is no list “{what}”. Choose from: {names}.",
    "export.scan.title": "Trust scan results",
    "export.scan.starts": "Began",
    "export.scan.group": "Group",
    "export.scan.theme": "Foundation of trust",
    "export.scan.answered.1": "Answered 1",
    "export.scan.answered.2": "Answered 2",
    "export.scan.answered.3": "Answered 3",
    "export.scan.answered.4": "Answered 4",
    "export.scan.answered.5": "Answered 5",
    "export.downloaded": "{name} was downloaded.",
    "report.print_button": "Print report",
    "report.print": "Print or save as PDF",
    "report.hint": "Choose “Save as PDF” in the print dialog for a PDF file.",
    "report.back": "Back to {area}",
    "report.printed": "Printed on {date}",
    "report.title": "Report",
    "report.overview": "Organisation overview",
    "report.made": "Made on {date} with Trustwork {version}.",
    "report.contents": "Contents",
    "report.no_stylesheet": (
        "the app's stylesheet ({name}) was not found; run Trustwork from its folder."
    ),
}
