"""Nederlandse teksten voor het binnenhalen van bestaande lijsten (CSV importeren, in de pagina
en op de opdrachtregel). Dezelfde sleutels als ``en_import.py``."""

MESSAGES: dict[str, str] = {
    "kind.import": "imports",
    "kind.one.import": "import",
    "kind.list.import": "Imports",
    "kind.add.import": "Importeren uit CSV…",
    "kind.new.import": "Nieuwe import",
    "kind.none.import": "Nog geen imports.",
    "field.import.title": "Bestand",
    "import.open": "Importeren uit CSV…",
    "import.intro": (
        "Haal een lijst binnen die je in een spreadsheet bijhoudt: bewaar hem als CSV (Excel: "
        "\"CSV UTF-8\" of \"CSV (gescheiden door puntkomma's)\") met een kopregel. Je ziet wat "
        "er gemaakt wordt voordat er iets gebeurt."
    ),
    "import.kind": "Het bestand bevat",
    "import.file": "CSV-bestand",
    "import.read": "Laat zien wat het zou maken",
    "import.into": "Ideeën in deze ronde",
    "import.preview": "{file}: {rows} regels",
    "import.counts": "{new} nieuw · {duplicate} lijken op iets dat er al is · {error} met een fout",
    "import.read_as": "Gelezen met scheidingsteken {separator} als {encoding}.",
    "import.missing": "Geen kolom bevat {fields}: kies hieronder de kolom ervoor.",
    "import.mapping": "Welke kolom welk veld is",
    "import.leave_out": "— weglaten —",
    "import.line": "Regel",
    "import.status": "Wat er gebeurt",
    "import.status.new": "nieuw",
    "import.status.duplicate": "lijkt op {name}: weggelaten",
    "import.status.duplicate_row": "zelfde naam als een eerdere regel: weggelaten",
    "import.status.error": "niet geïmporteerd",
    "import.anyway": "toch maken",
    "import.apply": "{count} regels importeren",
    "import.cancel": "Annuleren",
    "import.done": "{count} {kind} geïmporteerd uit {file}; {left} regels weggelaten.",
    "import.undo": "Deze import ongedaan maken",
    "import.undone": (
        "Import teruggedraaid: {count} gegevens uit {file} verwijderd (ze blijven in de "
        "geschiedenis)."
    ),
    "import.list": "Imports die nog in het bestand staan",
    "import.summary": "{file}: {made} {kind}, waarvan {there} er nog zijn ({at}, {by})",
    "import.undo_confirm": (
        "De import van {file} terugdraaien? De {count} gegevens ervan worden verwijderd."
    ),
    "import.error.too_large": "Het bestand is te groot om te importeren (hoogstens {limit} MB).",
    "import.error.too_many": (
        "Het bestand heeft te veel regels om te importeren (hoogstens {limit})."
    ),
    "import.error.empty": "Het bestand heeft geen kopregel en geen regels.",
    "import.error.quotes": "De aanhalingstekens in het bestand sluiten niet (regel {line}).",
    "import.error.kind": "Je kunt mensen, teams, rollen en ideeën importeren.",
    "import.error.no_such": "\"{name}\" staat niet in het register.",
    "import.error.ambiguous": "{count} hebben de naam \"{name}\": kies er later zelf een.",
    "import.error.nothing": (
        "Er zou geen regel geïmporteerd worden: elke regel heeft een fout of wordt "
        "weggelaten."
    ),
    "import.error.gone": "Deze import is al teruggedraaid.",
    "import.error.no_file": "Kies eerst een CSV-bestand.",
    "import.cli.row": "regel {line}: {status}",
    "import.cli.cell": "  {field}: {message}",
    "import.cli.dry_run": "Niets geschreven (--dry-run).",
    "import.cli.campaign": "Ideeën gaan in een ronde: geef --campaign met haar id of titel.",
    "import.cli.no_campaign": "Geen ronde heeft het id of de titel {campaign}.",
}
