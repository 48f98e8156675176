"""English texts for bringing existing lists in (CSV import, in the page and on the command
line). The same keys as ``nl_import.py``."""

MESSAGES: dict[str, str] = {
    "kind.import": "imports",
    "kind.one.import": "import",
    "kind.list.import": "Imports",
    "kind.add.import": "Import from CSV…",
    "kind.new.import": "New import",
    "kind.none.import": "No imports yet.",
    "field.import.title": "File",
    "import.open": "Import from CSV…",
    "import.intro": (
        "Bring a list you keep in a spreadsheet in: save it as CSV (Excel: \"CSV UTF-8\" or "
        "\"CSV (separated by semicolons)\") with a header row. You see what will be created "
        "before anything is."
    ),
    "import.kind": "The file holds",
    "import.file": "CSV file",
    "import.read": "Show what it would create",
    "import.into": "Ideas into this campaign",
    "import.preview": "{file}: {rows} rows",
    "import.counts": "{new} new · {duplicate} look like one already there · {error} with an error",
    "import.read_as": "Read with separator {separator} as {encoding}.",
    "import.missing": "No column holds {fields}: choose the column for it below.",
    "import.mapping": "Which column is which field",
    "import.leave_out": "— leave out —",
    "import.line": "Line",
    "import.status": "What happens",
    "import.status.new": "new",
    "import.status.duplicate": "looks like {name}: left out",
    "import.status.duplicate_row": "same name as an earlier row: left out",
    "import.status.error": "not imported",
    "import.anyway": "create anyway",
    "import.apply": "Import {count} rows",
    "import.cancel": "Cancel",
    "import.done": "Imported {count} {kind} from {file}; {left} rows left out.",
    "import.undo": "Undo this import",
    "import.undone": (
        "Import taken out: {count} records of {file} deleted (they stay in the history)."
    ),
    "import.list": "Imports still in the file",
    "import.summary": "{file}: {made} {kind}, {there} of them still there ({at}, {by})",
    "import.undo_confirm": "Take the import of {file} out again? Its {count} records are deleted.",
    "import.error.too_large": "The file is too large to import (at most {limit} MB).",
    "import.error.too_many": "The file has too many rows to import (at most {limit}).",
    "import.error.empty": "The file holds no header row and no rows.",
    "import.error.quotes": "The file's quotes do not close (line {line}).",
    "import.error.kind": "People, teams, roles and ideas can be imported.",
    "import.error.no_such": "\"{name}\" is not in the register.",
    "import.error.ambiguous": "{count} have the name \"{name}\": choose one by hand later.",
    "import.error.nothing": "No row would be imported: every row has an error or is left out.",
    "import.error.gone": "This import was taken out already.",
    "import.error.no_file": "Choose a CSV file first.",
    "import.cli.row": "line {line}: {status}",
    "import.cli.cell": "  {field}: {message}",
    "import.cli.dry_run": "Nothing written (--dry-run).",
    "import.cli.campaign": (
        "Ideas are imported into a campaign: give --campaign with its id or title."
    ),
    "import.cli.no_campaign": "No campaign has the id or title {campaign}.",
}
