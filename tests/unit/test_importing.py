"""Bringing existing lists in: awkward CSV files (Dutch Excel with a byte-order mark or in
Windows-1252, English with commas, blank lines, quotes, separators inside quotes) read into a
preview that names every cell it cannot take, marks rows that look like a record already
there, imports as one step and is taken out again as one step, by anyone."""

from __future__ import annotations

import codecs
import csv
import io
import itertools

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from support.documents import Clock, empty_document, id_maker
from trustwork import importing
from trustwork.commands import CreateRecord, DeleteRecord, UndoImport, handle
from trustwork.errors import (
    FieldValueError,
    ImportFileError,
    NothingToImportError,
    UnknownImportError,
)
from trustwork.model.document import Document, JsonValue
from trustwork.store import codec
from trustwork.store.journal import JournalEntry, entry_from_text, entry_to_text, replay

# A Dutch Excel "CSV UTF-8" file with everything awkward at once: a byte-order mark, blank
# lines (one of only separators), quotes, a separator and a new line inside quotes, a name
# that is there already (other case, no accent), a name twice in the file, and a bad date.
DUTCH_PEOPLE = (
    "\ufeffNaam;Wat doet;E-mail\r\n"
    "\r\n"
    '"de Vries, José";"planning; inkoop";jose@voorbeeld.nl\r\n'
    ';;\r\n'
    'Ann Smit;"zegt ""ja"" tegen\r\nalles";ann@voorbeeld.nl\r\n'
    "EVA JANSEN;;\r\n"
    "Bram;;bram@voorbeeld.nl\r\n"
    "bram ;;bram2@voorbeeld.nl\r\n"
)


class Office:
    """An organisation with two people and a team, to import into; every command is
    handled as the page handles it, with a fresh stamp and ids."""

    def __init__(self) -> None:
        self.clock = Clock()
        self.ids = itertools.count(1)
        self.document = empty_document(self.clock, id_maker("c"))
        self.add("person", "person-eva", {"name": "Eva Jánsen"})
        self.add("person", "person-piet", {"name": "Piet Bos"})
        self.add("team", "team-kaas", {"name": "Kaasmakers", "members": []})
        self.add("idea_campaign", "campaign-1", {"title": "Zuiniger"})

    def add(self, kind: str, record_id: str, fields: dict[str, JsonValue]) -> None:
        self.act(CreateRecord(kind, record_id, fields))

    def act(self, command: object, by: str = "person-eva") -> Document:
        self.document = handle(self.document, command,  # type: ignore[arg-type]
                               self.clock.stamp(by), (f"change-{n}" for n in self.ids))
        return self.document

    def preview(self, kind: str, data: bytes, **options: object) -> importing.Preview:
        return importing.preview(self.document, kind, importing.read_table(data),
                                 **options)  # type: ignore[arg-type]

    def new_id(self, prefix: str) -> str:
        return f"{prefix}-{next(self.ids)}"


def test_a_dutch_excel_file_with_a_bom_blank_lines_and_quotes_is_read_row_by_row() -> None:
    table = importing.read_table(DUTCH_PEOPLE.encode("utf-8"))
    assert (table.separator, table.encoding) == (";", "utf-8-sig")
    assert table.header == ("Naam", "Wat doet", "E-mail")  # no mark before "Naam"
    assert [line for line, _ in table.rows] == [3, 5, 7, 8, 9]  # blank lines left out
    assert table.rows[0][1] == ("de Vries, José", "planning; inkoop", "jose@voorbeeld.nl")
    assert table.rows[1][1][1] == 'zegt "ja" tegen\r\nalles'


def test_a_windows_1252_file_keeps_its_accents() -> None:
    data = "Naam;Wat doet\nRené Brouwer;coördinator\nZoë;\n".encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    table = importing.read_table(data)
    assert table.encoding == "cp1252"
    assert [cells for _, cells in table.rows] == [("René Brouwer", "coördinator"), ("Zoë", "")]


def test_an_english_comma_file_is_mapped_from_its_english_header() -> None:
    office = Office()
    data = b'Name,What they do,Email\r\n"Smith, Jo","sales, north",jo@example.com\r\n'
    result = office.preview("person", data)
    assert result.table.separator == ","
    assert result.mapping == ("name", "does", "contact")
    assert result.rows[0].fields == {"name": "Smith, Jo", "does": "sales, north",
                                     "contact": "jo@example.com"}


def test_the_preview_marks_new_rows_and_rows_that_look_like_a_record_already_there() -> None:
    office = Office()
    result = office.preview("person", DUTCH_PEOPLE.encode("utf-8"))
    assert result.mapping == ("name", "does", "contact")
    statuses = [(row.line, row.status, row.like) for row in result.rows]
    assert statuses == [(3, "new", ""), (5, "new", ""),
                        (7, "duplicate", "person-eva"),  # "EVA JANSEN" is Eva Jánsen
                        (8, "new", ""), (9, "duplicate", "")]  # "bram " twice in the file
    assert (result.count("new"), result.count("duplicate"), result.count("error")) == (3, 2, 0)


def test_a_bad_date_and_a_team_or_person_not_in_the_register_are_named_per_cell() -> None:
    office = Office()
    data = (b"Rol;Team;Vervuld door;Termijn loopt tot\n"
            b"Kassier;Bakkers;Piet Bos;31-02-2026\n"
            b"Coach;kaasmakers;piet bos;1-3-2027\n"
            b";Kaasmakers;Ann;volgend jaar\n")
    result = office.preview("role", data)
    assert result.mapping == ("name", "team", "holder", "term_ends")
    wrong, right, empty = result.rows
    assert wrong.status == "error"
    assert {(e.column, e.field, e.message_key) for e in wrong.errors} == {
        (1, "team", "import.error.no_such"), (3, "term_ends", "form.error.date")}
    assert wrong.error_in(1) is not None and wrong.error_in(1).parameters == {  # type: ignore[union-attr]
        "name": "Bakkers"}
    assert right.status == "new"
    assert right.fields == {"name": "Coach", "team": "team-kaas", "holder": "person-piet",
                            "term_ends": "2027-03-01"}  # a Dutch date, as the form takes it
    assert {(e.field, e.message_key) for e in empty.errors} == {
        ("name", "form.error.required"), ("holder", "import.error.no_such"),
        ("term_ends", "form.error.date")}


def test_a_required_field_no_column_holds_is_said_once_and_in_every_row() -> None:
    office = Office()
    result = office.preview("person", b"E-mail\nann@example.com\n")
    assert result.missing == ("name",)
    assert result.rows[0].errors[0].column == -1
    assert result.rows[0].errors[0].message_key == "form.error.required"


def test_the_person_may_map_the_columns_otherwise() -> None:
    office = Office()
    data = b"Wie;Rol\nAnn;kassa\n"
    guessed = office.preview("person", data)
    assert guessed.mapping == ("", "")
    chosen = office.preview("person", data, mapping=("name", "does"))
    assert chosen.rows[0].fields == {"name": "Ann", "does": "kassa"}
    # A field chosen twice fills from its first column; an unknown one is left out.
    twice = office.preview("person", data, mapping=("name", "name"))
    assert twice.mapping == ("name", "")
    assert office.preview("person", data, mapping=("name", "lock")).mapping == ("name", "")


def test_a_file_read_as_another_kind_is_mapped_again_from_its_header() -> None:
    office = Office()
    chosen = importing.draft(office.document, "team", "lijst.csv",
                             b"Rol;Team;Houder\nCoach;Kaasmakers;Piet Bos\n")
    assert chosen.mapping == ("", "name", "")
    as_roles = importing.as_kind(chosen, "role")
    assert as_roles.mapping == ("name", "team", "holder")
    assert as_roles.preview(office.document).rows[0].fields == {
        "name": "Coach", "team": "team-kaas", "holder": "person-piet"}
    with pytest.raises(FieldValueError):
        importing.as_kind(chosen, "team_record")


def test_team_members_by_name_several_in_one_cell() -> None:
    office = Office()
    result = office.preview("team", b'Team;Leden\nBakkers;"Eva Jansen, Piet Bos"\n')
    assert result.rows[0].fields == {"name": "Bakkers", "members": ["person-eva", "person-piet"]}


def test_ideas_go_into_the_campaign_chosen_for_the_import() -> None:
    office = Office()
    data = b"Idee;Toelichting;Ingediend door\nLed-lampen;Zuinig;Piet Bos\n"
    result = office.preview("idea", data, campaign="campaign-1")
    assert result.rows[0].fields == {"title": "Led-lampen", "description": "Zuinig",
                                     "submitted_by": "person-piet", "campaign": "campaign-1",
                                     "status": "submitted"}
    with pytest.raises(FieldValueError):
        office.preview("idea", b"Idee\nx\n", campaign="campaign-none")


@pytest.mark.parametrize(("data", "key"), [
    (b"", "import.error.empty"),
    (b"\r\n;;\r\n", "import.error.empty"),
    (b'Naam\n"Ann\n', "import.error.quotes"),
    (b"x" * (importing.MAX_BYTES + 1), "import.error.too_large"),
])
def test_a_file_that_is_no_table_is_refused_with_its_reason(data: bytes, key: str) -> None:
    with pytest.raises(ImportFileError) as refused:
        importing.read_table(data)
    assert refused.value.message_key == key


def test_importing_creates_the_taken_rows_in_one_step_and_remembers_them() -> None:
    office = Office()
    result = office.preview("person", DUTCH_PEOPLE.encode("utf-8"))
    before = len(office.document.changes)
    command = importing.import_command(result, "mensen.csv", "import-1", office.new_id,
                                       anyway=[9])
    office.act(command)
    created = [office.document.records[record_id] for record_id, _ in command.records]
    assert [record.fields["name"] for record in created] == [
        "de Vries, José", "Ann Smit", "Bram", "bram"]  # 7 left out, 9 created anyway
    remembered = office.document.records["import-1"]
    assert remembered.fields == {"title": "mensen.csv", "imported_kind": "person",
                                 "records": [record.id for record in created]}
    assert len(office.document.changes) == before + 5  # every record logged, as a form's
    assert importing.imports(office.document)[0].still_there == 4


def test_taking_an_import_out_deletes_what_it_made_and_still_is_there_by_anyone() -> None:
    office = Office()
    result = office.preview("person", DUTCH_PEOPLE.encode("utf-8"))
    command = importing.import_command(result, "mensen.csv", "import-1", office.new_id)
    office.act(command)
    first, second, third = (record_id for record_id, _ in command.records)
    office.act(DeleteRecord(second))  # deleted meanwhile: stays deleted, once
    undo = importing.undo_command(office.document, "import-1")
    assert undo == UndoImport("import-1", (first, third))
    office.act(undo, by="person-piet")  # someone else takes it out
    records = office.document.records
    assert all(records[record_id].is_deleted for record_id in (first, second, third))
    assert records["import-1"].is_deleted
    assert not records["person-eva"].is_deleted  # what was there before stays
    assert sum(change.action == "delete" for change in office.document.changes) == 4
    with pytest.raises(FieldValueError):
        importing.undo_command(office.document, "import-1")
    with pytest.raises(UnknownImportError):
        office.act(undo)


def test_an_import_of_only_errors_and_duplicates_is_refused() -> None:
    office = Office()
    result = office.preview("person", b"Naam\nEva Jansen\n")
    with pytest.raises(NothingToImportError):
        importing.import_command(result, "x.csv", "import-1", office.new_id)


def test_an_import_and_its_undo_survive_the_journal_and_the_file() -> None:
    office = Office()
    base = office.document
    result = office.preview("person", DUTCH_PEOPLE.encode("utf-8"))
    command = importing.import_command(result, "mensen.csv", "import-1", office.new_id)
    stamp = office.clock.stamp("person-eva")
    entry = JournalEntry(command, stamp, tuple(f"j{n}" for n in range(1 + len(command.records))))
    again = entry_from_text(entry_to_text(entry))
    assert again == entry
    replayed, skipped = replay(base, [again])
    assert skipped == 0 and "import-1" in replayed.records
    assert codec.load(codec.dumps(replayed)).document == replayed
    _, twice = replay(replayed, [again])  # a second replay would make the records twice
    assert twice == 1
    undo = importing.undo_command(replayed, "import-1")
    undo_entry = JournalEntry(undo, office.clock.stamp("person-piet"),
                              tuple(f"u{n}" for n in range(1 + len(undo.record_ids))))
    assert entry_from_text(entry_to_text(undo_entry)) == undo_entry


# -- what a spreadsheet writes, the import reads back ------------------------------------------

def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


cell_text = st.text(st.characters(min_codepoint=32, max_codepoint=0x24F,
                                  blacklist_categories=("Cs", "Cc")), max_size=20).map(str.strip)


@settings(max_examples=150, deadline=None)
@example(rows=[["Â¡", "", ""]], separator=";", encoding="cp1252")  # found by hypothesis
@example(rows=[["Café", "", ""]], separator=";", encoding="cp1252")
@given(rows=st.lists(st.lists(cell_text, min_size=3, max_size=3), min_size=1, max_size=8),
       separator=st.sampled_from([";", ",", "\t"]),
       encoding=st.sampled_from(["utf-8-sig", "utf-8", "cp1252"]))
def test_what_a_spreadsheet_writes_the_import_reads_back(
        rows: list[list[str]], separator: str, encoding: str) -> None:
    header = ["Naam", "Wat doet", "E-mail"]
    if encoding == "cp1252":  # the characters Windows-1252 can write
        rows = [[cell.encode("cp1252", "ignore").decode("cp1252").strip() for cell in row]
                for row in rows]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding)
    if encoding == "cp1252" and not data.isascii():
        # Windows-1252 bytes that are valid UTF-8 too ("Â¡" is the UTF-8 of "¡"): no reader
        # can tell which was meant, and the import takes UTF-8.
        assume(not _valid_utf8(data))
    table = importing.read_table(data)
    assert table.header == tuple(header)
    assert table.separator == separator
    kept = [tuple(row) for row in rows if any(row)]  # a row of empty cells is a blank line
    assert [cells for _, cells in table.rows] == kept
    if encoding == "utf-8-sig":
        assert data.startswith(codecs.BOM_UTF8)
