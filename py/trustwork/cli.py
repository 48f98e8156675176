"""The command-line tool over the same package the browser runs.

Failures are named exceptions inside the package; here, at the edge, they become a
message (in the language of the environment, Dutch or English) and an exit code:
0 done, 1 a file could not be read or written, 2 wrong arguments, 3 the data file is
invalid, 4 the file is from a newer Trustwork and is not written over, 5 a copy to merge is
of another organisation, 6 a CSV file cannot be imported (no table, or no row to take).

``export`` writes a list as CSV and ``report`` the organisation's report as one HTML file,
both made by the same package the page runs (``trustwork.export``, ``trustwork.views``).
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from trustwork import __version__, importing
from trustwork.commands import handle
from trustwork.demo import SIZES, demo_document
from trustwork.errors import (
    DataFileError,
    FieldValueError,
    ImportFileError,
    OtherOrganisationError,
    TrustworkError,
    UnknownListError,
)
from trustwork.export import export_csv
from trustwork.i18n import LANGUAGES, Language, describe_data_file_error, translate
from trustwork.model.document import Document, Stamp
from trustwork.overview import label, person_name
from trustwork.store import codec
from trustwork.store.codec import LoadedFile
from trustwork.store.copies import conflicted_copies, set_aside_name
from trustwork.store.merge import MergeOutcome, merge, merge_copies
from trustwork.views.importing import preview_lines
from trustwork.views.report import render_report
from trustwork.workspace import copy_report

EXIT_OK = 0
EXIT_FILE = 1
EXIT_USAGE = 2
EXIT_INVALID = 3
EXIT_READ_ONLY = 4
EXIT_OTHER_ORGANISATION = 5
EXIT_IMPORT = 6


class CommandFailed(Exception):
    """A command cannot go on; ``code`` is the exit code, the message is for the person."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def say(text: str, stream: TextIO | None = None) -> None:
    """Print ``text`` with the control characters a file may hold (terminal escapes, bidi
    overrides) shown as escapes, so a name in a file cannot take over the terminal."""
    shown = "".join(
        character if character in "\n\t" or unicodedata.category(character) not in ("Cc", "Cf")
        else character.encode("unicode_escape").decode("ascii")
        for character in text)
    print(shown, file=stream or sys.stdout)


def environment_language() -> Language:
    """Dutch when the environment asks for it (LANG=nl_...), English otherwise."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name, "").lower().startswith("nl"):
            return "nl"
    return "en"


def read(path: Path, language: Language) -> LoadedFile:
    """A data file, checked; raises CommandFailed with a message that says what is wrong."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CommandFailed(f"{path}: {error.strerror}", EXIT_FILE) from None
    try:
        return codec.load(data)
    except DataFileError as error:
        raise CommandFailed(f"{path}: {describe_data_file_error(error, language)}",
                            EXIT_INVALID) from None


def write_atomically(path: Path, text: str, language: Language) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename, after checking it.

    An existing file is only replaced when it is itself a Trustwork file this version may
    write over: a file that does not validate, or one from a newer Trustwork, is kept.
    """
    if path.exists():
        existing = read(path, language)
        if existing.read_only:
            raise CommandFailed(f"{path}: " + read_only_message(existing, language),
                                EXIT_READ_ONLY)
    try:
        codec.load(text)  # what is written must read back
    except DataFileError as error:
        raise CommandFailed(f"{path}: {describe_data_file_error(error, language)}",
                            EXIT_INVALID) from None
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise CommandFailed(f"{path}: {error.strerror}", EXIT_FILE) from None


def read_only_message(loaded: LoadedFile, language: Language) -> str:
    return translate("data.read_only", language, version=loaded.schema_version)


def command_validate(arguments: argparse.Namespace, language: Language) -> int:
    loaded = read(arguments.file, language)
    document = loaded.document
    say(f"{arguments.file}: OK — {document.organisation.fields.get('name')}, "
          f"{len(document.records)} records, {len(document.conflicts)} open conflicts, "
          f"format {loaded.schema_version}.{loaded.schema_minor}")
    if loaded.read_only:
        say(read_only_message(loaded, language))
    return EXIT_OK


def writable(loaded: LoadedFile, path: Path, language: Language) -> LoadedFile:
    """``loaded``, unless it comes from a newer Trustwork (CommandFailed, exit code 4)."""
    if loaded.read_only:
        raise CommandFailed(f"{path}: " + read_only_message(loaded, language), EXIT_READ_ONLY)
    return loaded


def merged_copy(document: Document, copy: LoadedFile, path: Path, language: Language
                ) -> MergeOutcome:
    """``copy`` merged into ``document`` without a base; another organisation's copy is
    refused (CommandFailed, exit code 5)."""
    try:
        return merge_copies(document, copy.document)
    except OtherOrganisationError as error:
        raise CommandFailed(translate("copy.other_organisation", language, name=str(path),
                                      organisation=error.name or error.theirs),
                            EXIT_OTHER_ORGANISATION) from None


def command_merge(arguments: argparse.Namespace, language: Language) -> int:
    paths = [arguments.first, arguments.second, arguments.third]
    if arguments.third is None:  # two copies, no base
        ours, theirs = (writable(read(path, language), path, language) for path in paths[:2])
        outcome = merged_copy(ours.document, theirs, arguments.second, language)
        minor = max(ours.schema_minor, theirs.schema_minor)
        write_atomically(arguments.output, codec.dumps(outcome.document, minor), language)
        say(f"{arguments.output}: " + copy_report(outcome, str(arguments.second), language))
        return EXIT_OK
    base, ours, theirs = (writable(read(path, language), path, language) for path in paths)
    outcome = merge(base.document, ours.document, theirs.document)
    minor = max(base.schema_minor, ours.schema_minor, theirs.schema_minor)
    write_atomically(arguments.output, codec.dumps(outcome.document, minor), language)
    say(f"{arguments.output}: merged; {len(outcome.records_from_theirs)} records took "
          f"changes from {arguments.third}, {len(outcome.new_conflicts)} new conflicts")
    for conflict in outcome.new_conflicts:
        say(f"  conflict in {conflict.record_id}.{conflict.field}: kept {conflict.kept!r} "
              f"({conflict.kept_stamp.by}), other {conflict.other!r} ({conflict.other_stamp.by})")
    return EXIT_OK


def command_merge_copies(arguments: argparse.Namespace, language: Language) -> int:
    """Merge the conflicted copies beside FILE into it, then rename each aside. A copy that
    cannot be merged is left as it is, said, and its exit code returned at the end."""
    path: Path = arguments.file
    loaded = writable(read(path, language), path, language)
    try:
        names = {entry.name for entry in path.parent.iterdir() if entry.is_file()}
    except OSError as error:
        raise CommandFailed(f"{path.parent}: {error.strerror}", EXIT_FILE) from None
    copies = conflicted_copies(path.name, names)
    if not copies:
        say(translate("copy.none_found", language, name=str(path)))
        return EXIT_OK
    document, minor, merged, code = loaded.document, loaded.schema_minor, [], EXIT_OK
    for name in copies:
        copy_path = path.with_name(name)
        try:
            copy = writable(read(copy_path, language), copy_path, language)
            outcome = merged_copy(document, copy, copy_path, language)
        except CommandFailed as failure:
            say(f"trustwork: {failure}", sys.stderr)
            code = code or failure.code
            continue
        document, minor = outcome.document, max(minor, copy.schema_minor)
        merged.append(name)
        say(copy_report(outcome, name, language))
    if arguments.dry_run or not merged:
        return code
    if document != loaded.document:
        write_atomically(path, codec.dumps(document, minor), language)
    aside = []
    for name in merged:
        target = set_aside_name(name, names)
        try:
            path.with_name(name).rename(path.with_name(target))
        except OSError:
            say(translate("copy.not_set_aside", language, name=name), sys.stderr)
            code = code or EXIT_FILE
            continue
        names.add(target)
        aside.append(target)
    if aside:
        say(translate("copy.set_aside", language, names=", ".join(aside)))
    return code


def statistics(document: Document) -> list[str]:
    """Lines that describe what a data file holds."""
    live = Counter(r.kind for r in document.records.values() if not r.is_deleted)
    deleted = Counter(r.kind for r in document.records.values() if r.is_deleted)
    editors = Counter(change.stamp.by for change in document.changes)
    last = max(document.changes, key=lambda change: change.stamp, default=None)
    lines = [f"organisation: {document.organisation.fields.get('name')}"]
    lines += [f"  {kind}: {live[kind]}" + (f" (+{deleted[kind]} deleted)" if deleted[kind] else "")
              for kind in sorted(live | deleted)]
    lines.append(f"open conflicts: {len(document.conflicts)}")
    lines.append(f"changes logged: {len(document.changes)}")
    if last is not None:
        lines.append(f"last change: {last.stamp.at} by {last.stamp.by}")
    lines += [f"  most changes by {who}: {count}" for who, count in editors.most_common(3)]
    return lines


def command_stats(arguments: argparse.Namespace, language: Language) -> int:
    loaded = read(arguments.file, language)
    say("\n".join(statistics(loaded.document)))
    return EXIT_OK


def command_history(arguments: argparse.Namespace, language: Language) -> int:
    document = read(arguments.file, language).document
    changes = document.history(arguments.record)
    if not changes:
        raise CommandFailed(f"{arguments.file}: no record {arguments.record}", EXIT_INVALID)
    for change in changes:
        fields = f" ({', '.join(change.fields)})" if change.fields else ""
        say(f"{change.stamp.at}  {person_name(document, change.stamp.by)}  "
              f"{change.action}{fields}")
    return EXIT_OK


def command_demo(arguments: argparse.Namespace, language: Language) -> int:
    start = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
    document = demo_document(arguments.size, arguments.seed, start)
    write_atomically(arguments.output, codec.dumps(document), language)
    say(f"{arguments.output}: demo organisation ({arguments.size}), "
          f"{len(document.records)} records")
    return EXIT_OK


def write_bytes(path: Path | None, data: bytes) -> None:
    """``data`` into ``path`` (through a temporary file and a rename), or to standard output."""
    if path is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise CommandFailed(f"{path}: {error.strerror}", EXIT_FILE) from None


def chosen_language(arguments: argparse.Namespace, language: Language) -> Language:
    """The language asked for with --language, else the environment's."""
    asked: Language | None = arguments.language
    return asked or language


def command_export(arguments: argparse.Namespace, language: Language) -> int:
    """A list as CSV: Dutch with ';' and a decimal comma, English with ','; UTF-8 with BOM."""
    document = read(arguments.file, language).document
    language = chosen_language(arguments, language)
    try:
        _name, data = export_csv(document, arguments.what, language, datetime.now(UTC).date())
    except UnknownListError as error:
        raise CommandFailed(translate(error.message_key, language, what=error.what,
                                      names=", ".join(error.names)), EXIT_USAGE) from None
    write_bytes(arguments.output, data)
    return EXIT_OK


STYLESHEET = Path(__file__).resolve().parents[2] / "web" / "static" / "app.css"


def command_report(arguments: argparse.Namespace, language: Language) -> int:
    """The organisation's report as one HTML file with the app's stylesheet inside."""
    document = read(arguments.file, language).document
    language = chosen_language(arguments, language)
    try:
        stylesheet = STYLESHEET.read_text(encoding="utf-8")
    except OSError:
        raise CommandFailed(translate("report.no_stylesheet", language, name=str(STYLESHEET)),
                            EXIT_FILE) from None
    html = render_report(document, language, datetime.now(UTC).date(), stylesheet)
    write_bytes(arguments.output, str(html).encode("utf-8"))
    if arguments.output is not None:
        say(f"{arguments.output}: {document.organisation.fields.get('name')}")
    return EXIT_OK


def _new_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(6)}"


def _now(by: str) -> Stamp:
    return Stamp(datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), by)


def _campaign(document: Document, wanted: str | None, language: Language) -> str:
    """The campaign ideas are imported into, by its id or its title."""
    if not wanted:
        raise CommandFailed(translate("import.cli.campaign", language), EXIT_USAGE)
    campaigns = document.live("idea_campaign")
    found = [c.id for c in campaigns if c.id == wanted] or [
        c.id for c in campaigns if importing.name_key(label(c)) == importing.name_key(wanted)]
    if len(found) != 1:
        raise CommandFailed(translate("import.cli.no_campaign", language, campaign=wanted),
                            EXIT_USAGE)
    return found[0]


def command_import(arguments: argparse.Namespace, language: Language) -> int:
    """Import a CSV file's rows: the same preview, checks and messages as the page; the file
    is written atomically, and not at all with --dry-run or when no row is taken."""
    path: Path = arguments.file
    loaded = writable(read(path, language), path, language)
    document = loaded.document
    try:
        data = arguments.csv.read_bytes()
    except OSError as error:
        raise CommandFailed(f"{arguments.csv}: {error.strerror}", EXIT_FILE) from None
    campaign = _campaign(document, arguments.campaign, language) if arguments.kind == "idea" else ""
    try:
        table = importing.read_table(data)
        result = importing.preview(document, arguments.kind, table, None, campaign)
    except (ImportFileError, FieldValueError) as error:
        raise CommandFailed(f"{arguments.csv}: " + translate(
            error.message_key, language, **error.parameters), EXIT_IMPORT) from None
    name = arguments.csv.name
    say("\n".join(preview_lines(result, name, document, language)))
    if arguments.dry_run:
        say(translate("import.cli.dry_run", language))
        return EXIT_OK
    import_id = _new_id("import")
    try:
        command = importing.import_command(result, name, import_id, _new_id, arguments.anyway)
    except ImportFileError as error:
        raise CommandFailed(f"{arguments.csv}: " + translate(
            error.message_key, language, **error.parameters), EXIT_IMPORT) from None
    ids = iter([_new_id("change") for _ in range(1 + len(command.records))])
    changed = handle(document, command, _now(arguments.by), ids)
    write_atomically(path, codec.dumps(changed, loaded.schema_minor), language)
    say(f"{path}: " + translate("import.done", language, count=len(command.records),
                                kind=translate(f"kind.{arguments.kind}", language), file=name,
                                left=len(result.rows) - len(command.records)))
    say(f"{import_id}  (trustwork undo-import {path} {import_id})")
    return EXIT_OK


def command_undo_import(arguments: argparse.Namespace, language: Language) -> int:
    """Take an import out again: delete its records still there, then the import."""
    path: Path = arguments.file
    loaded = writable(read(path, language), path, language)
    try:
        command = importing.undo_command(loaded.document, arguments.record)
        changed = handle(loaded.document, command, _now(arguments.by),
                         iter([_new_id("change") for _ in range(1 + len(command.record_ids))]))
    except TrustworkError:  # no such import, or taken out already
        raise CommandFailed(f"{path}: " + translate("import.error.gone", language),
                            EXIT_INVALID) from None
    name = str(loaded.document.records[arguments.record].fields.get("title") or "")
    write_atomically(path, codec.dumps(changed, loaded.schema_minor), language)
    say(f"{path}: " + translate("import.undone", language, count=len(command.record_ids),
                                file=name))
    return EXIT_OK


Command = Callable[[argparse.Namespace, Language], int]


def parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-command per action."""
    result = argparse.ArgumentParser(
        prog="trustwork",
        description="Trustwork on the command line: work with an organisation's data file.",
        epilog="Exit codes: 0 done, 1 file not readable or writable, 2 wrong arguments, "
               "3 invalid data file, 4 file from a newer Trustwork (not written over), "
               "5 a copy of another organisation, 6 a CSV file that cannot be imported.",
    )
    result.add_argument("--version", action="version", version=f"trustwork {__version__}")
    commands = result.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser("validate", help="check a data file; it is never changed")
    validate.add_argument("file", type=Path)
    validate.set_defaults(run=command_validate)

    merging = commands.add_parser(
        "merge", help="merge two copies of one file (A B), or three-way (BASE OURS THEIRS)",
        description="Merge copy B into copy A without a base, from what the files carry "
                    "(stamps, the change log); with three files, the first is the base both "
                    "others started from. Nothing is lost: values that conflict are kept as "
                    "conflicts in the file.")
    merging.add_argument("first", type=Path, metavar="A", help="a copy (or the base)")
    merging.add_argument("second", type=Path, metavar="B", help="the copy to merge into A")
    merging.add_argument("third", type=Path, nargs="?", metavar="THEIRS",
                         help="with a base: the other edited copy")
    merging.add_argument("-o", "--output", type=Path, required=True, help="where to write")
    merging.set_defaults(run=command_merge)

    copies = commands.add_parser(
        "merge-copies", help="merge the conflicted copies a sync engine left beside FILE",
        description="Find the conflicted copies of FILE in its folder by the names OneDrive "
                    "(name-MACHINE.json), Dropbox, Google Drive and Nextcloud (name "
                    "(… conflicted copy …).json) and Syncthing "
                    "(name.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.json) give them, merge them "
                    "into FILE (written atomically) and rename each merged copy to "
                    "'… (samengevoegd).json'. Nothing is deleted.")
    copies.add_argument("file", type=Path)
    copies.add_argument("--dry-run", action="store_true",
                        help="say what would be merged, change nothing")
    copies.set_defaults(run=command_merge_copies)

    stats = commands.add_parser("stats", help="what a data file holds")
    stats.add_argument("file", type=Path)
    stats.set_defaults(run=command_stats)

    history = commands.add_parser("history", help="who changed one record, what and when")
    history.add_argument("file", type=Path)
    history.add_argument("record", help="the record's id")
    history.set_defaults(run=command_history)

    exporting = commands.add_parser(
        "export", help="write one list of a data file as CSV, for a spreadsheet",
        description="Write a list (ideas, projects, decisions, rules, pilots, people, teams, "
                    "roles, or any listed kind by its name, such as value or scan_round) as "
                    "CSV: in Dutch with ';' between fields and a decimal comma, in English "
                    "with ','; UTF-8 with a byte-order mark, so Excel reads it right. Names "
                    "stand for ids; confidential content and who handed in an anonymous "
                    "record are never written.")
    exporting.add_argument("file", type=Path)
    exporting.add_argument("--what", required=True, metavar="LIST",
                           help="which list: ideas, projects, decisions, rules, pilots, "
                                "people, teams, roles, or a kind's name")
    exporting.add_argument("--format", choices=["csv"], default="csv",
                           help="the file's format (csv)")
    exporting.add_argument("--language", choices=LANGUAGES, default=None,
                           help="nl or en (default: the environment's, LANG=nl_... for Dutch)")
    exporting.add_argument("-o", "--output", type=Path, default=None,
                           help="where to write (default: standard output)")
    exporting.set_defaults(run=command_export)

    report = commands.add_parser(
        "report", help="write the organisation's report as one HTML file, to print or keep",
        description="Write the organisation overview and every area as one self-contained "
                    "HTML file (the app's own pages and stylesheet, without the controls "
                    "that edit), to open in any browser, print or save as PDF.")
    report.add_argument("file", type=Path)
    report.add_argument("-o", "--output", type=Path, required=True, help="where to write")
    report.add_argument("--language", choices=LANGUAGES, default=None,
                        help="nl or en (default: the environment's)")
    report.set_defaults(run=command_report)

    imports = commands.add_parser(
        "import", help="import people, teams, roles or ideas from a CSV file into FILE",
        description="Import the rows of a CSV file (Dutch Excel: ';', UTF-8 with a byte-order "
                    "mark or Windows-1252; English: ',') as records of one kind, with the "
                    "header row telling which column is which field (in Dutch or English). "
                    "Rows with an error are left out and said; rows whose name is in the file "
                    "already are left out unless named with --anyway. FILE is written "
                    "atomically; the import can be taken out again with undo-import.")
    imports.add_argument("file", type=Path, metavar="FILE", help="the organisation's data file")
    imports.add_argument("--kind", required=True, choices=importing.IMPORT_KINDS)
    imports.add_argument("csv", type=Path, metavar="CSV")
    imports.add_argument("--campaign", help="ideas: the campaign's id or title")
    imports.add_argument("--anyway", type=int, action="append", default=[], metavar="LINE",
                         help="create the row on this line although its name is there already "
                              "(again for each such row)")
    imports.add_argument("--by", default="command-line",
                         help="who imports (a person's id; stamped on every record)")
    imports.add_argument("--dry-run", action="store_true",
                         help="print what would be created, change nothing")
    imports.set_defaults(run=command_import)

    undo = commands.add_parser("undo-import", help="take an import out of FILE again",
                               description="Delete the records an import created that are "
                                           "still there, then the import itself (deleted "
                                           "records stay in the history).")
    undo.add_argument("file", type=Path, metavar="FILE")
    undo.add_argument("record", metavar="IMPORT", help="the import's id")
    undo.add_argument("--by", default="command-line", help="who takes it out")
    undo.set_defaults(run=command_undo_import)

    demo = commands.add_parser("demo", help="write a demo organisation")
    demo.add_argument("-o", "--output", type=Path, required=True)
    demo.add_argument("--size", choices=sorted(SIZES), default="small",
                      help="small to walk through; large for benchmarks")
    demo.add_argument("--seed", type=int, default=1, help="same seed, same organisation")
    demo.set_defaults(run=command_demo)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    command_line = parser()
    arguments = command_line.parse_args(argv)
    if arguments.command is None:
        command_line.print_help()
        return EXIT_OK
    run: Command = arguments.run
    for stream in (sys.stdout, sys.stderr):  # a name in the file the terminal cannot show
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    try:
        return run(arguments, environment_language())
    except CommandFailed as failure:
        say(f"trustwork: {failure}", sys.stderr)
        return failure.code
