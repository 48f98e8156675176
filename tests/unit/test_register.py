"""The register: forms become field values, history rebuilds every version, roles remind
of terms, openness is counted, and confidential records keep only ciphertext in the file."""

from __future__ import annotations

from datetime import date
from itertools import count

import pytest

from trustwork.commands import CreateRecord, ReplaceTeamKey, UpdateRecord, handle, ids_needed
from trustwork.confidential import (
    ITERATIONS,
    Sealed,
    TeamLock,
    check_new_passphrase,
    lock_of,
    lock_to_value,
    record_context,
    sealed_of,
    stored_fields,
)
from trustwork.errors import CannotUnlockError, FieldValueError
from trustwork.kinds import REGISTRY
from trustwork.model import fields
from trustwork.model.document import Document, JsonValue, Stamp, new_document
from trustwork.model.fields import changed_fields
from trustwork.register import (
    TEAM_RECORD,
    holdings,
    openness,
    role_holders,
    term_reminders,
    versions,
)
from trustwork.store import codec
from trustwork.store.journal import JournalEntry, entry_from_text, entry_to_text

NUMBERS = count()


def at(day: int, by: str = "ann") -> Stamp:
    return Stamp(f"2026-03-{day:02d}T09:00:00.000000Z", by)


def run(document: Document, command: object, stamp: Stamp) -> Document:
    ids = iter(f"change-{next(NUMBERS)}" for _ in range(ids_needed(command)))  # type: ignore[arg-type]
    return handle(document, command, stamp, ids)  # type: ignore[arg-type]


def organisation() -> Document:
    ids = iter(["change-org"])
    document = new_document("Voorbeeld", "org", at(1), lambda: next(ids))
    document = run(document, CreateRecord("person", "p-ann", {"name": "Ann"}), at(1))
    document = run(document, CreateRecord("person", "p-bob", {"name": "Bob"}), at(1))
    return run(document, CreateRecord("team", "t-1", {"name": "Inslag", "members": ["p-ann"]}),
               at(2))


def test_a_form_becomes_typed_values_with_empty_fields_as_none() -> None:
    values = read_form("team", {"name": [" Uitslag "], "members": ["p-ann", "p-bob", "p-ann"],
                                "clients": ["Acme\n\n Beta "], "meets": [""]}, organisation())
    assert values["name"] == "Uitslag"
    assert values["members"] == ["p-ann", "p-bob"]
    assert values["clients"] == ["Acme", "Beta"]
    assert values["meets"] is None and values["training"] == []


@pytest.mark.parametrize(("kind", "form", "field", "key"), [
    ("person", {"name": ["  "]}, "name", "form.error.required"),
    ("person", {"name": ["x" * 201]}, "name", "form.error.too_long"),
    ("role", {"name": ["Coach"], "term_ends": ["31-02-2027"]}, "term_ends", "form.error.date"),
    ("role", {"name": ["Coach"], "term_ends": ["2027-02-31"]}, "term_ends", "form.error.date"),
    ("role", {"name": ["Coach"], "holder": ["p-nobody"]}, "holder", "form.error.unknown_record"),
    ("team", {"name": ["T"], "members": ["t-1"]}, "members", "form.error.unknown_record"),
])
def test_a_value_that_cannot_be_taken_names_its_field(
        kind: str, form: dict[str, list[str]], field: str, key: str) -> None:
    with pytest.raises(FieldValueError) as raised:
        read_form(kind, form, organisation())
    assert (raised.value.field, raised.value.message_key) == (field, key)


def test_only_fields_that_differ_are_changes_and_empty_is_no_change() -> None:
    record = organisation().record("t-1")
    values = read_form("team", {"name": ["Inslag"], "members": ["p-ann"], "meets": ["ma 8:30"]},
                       organisation())
    assert changed_fields(record, values) == {"meets": "ma 8:30"}
    assert changed_fields(None, {"name": "X", "does": None, "teams": []}) == {"name": "X"}


def test_history_rebuilds_every_version_with_who_and_what() -> None:
    document = organisation()
    document = run(document, UpdateRecord("t-1", {"name": "Inslag Noord"}), at(3, "bob"))
    document = run(document, UpdateRecord("t-1", {"meets": "dinsdag"}), at(4))
    document = run(document, UpdateRecord("t-1", {"name": "Inslag Zuid"}), at(5))
    found = versions(document, "t-1")
    assert [v.action for v in found] == ["create", "update", "update", "update"]
    assert [v.fields.get("name") for v in found] == [
        "Inslag", "Inslag Noord", "Inslag Noord", "Inslag Zuid"]
    assert [v.fields.get("meets") for v in found] == [None, None, "dinsdag", "dinsdag"]
    assert found[1].stamp.by == "bob" and found[1].changed == ("name",)


def test_a_change_logs_its_values_and_what_they_replaced_through_the_codec() -> None:
    document = run(organisation(), UpdateRecord("t-1", {"name": "Inslag Noord"}), at(3))
    again = codec.load(codec.dumps(document)).document
    change = again.changes[-1]
    assert (dict(change.values), dict(change.before)) == (
        {"name": "Inslag Noord"}, {"name": "Inslag"})
    assert versions(again, "t-1")[0].fields["name"] == "Inslag"


def test_who_held_a_role_and_which_teams_and_roles_a_person_holds() -> None:
    document = run(organisation(), CreateRecord(
        "role", "r-1", {"name": "Coach", "team": "t-1", "holder": "p-ann",
                        "term_ends": "2026-04-01"}), at(3))
    document = run(document, UpdateRecord("r-1", {"holder": "p-bob"}), at(6))
    assert [h.person_id for h in role_holders(document, "r-1")] == ["p-ann", "p-bob"]
    assert [(h.kind, h.name) for h in holdings(document, "p-ann")] == [("team", "Inslag")]
    assert [h.name for h in holdings(document, "p-bob")] == ["Coach"]


def test_terms_ending_within_a_month_or_ended_are_reminded() -> None:
    document = run(organisation(), CreateRecord(
        "role", "r-1", {"name": "Coach", "term_ends": "2026-04-01"}), at(3))
    document = run(document, CreateRecord(
        "role", "r-2", {"name": "Later", "term_ends": "2026-09-01"}), at(3))
    assert [(r.role_id, r.days_left) for r in term_reminders(document, date(2026, 3, 20))] == [
        ("r-1", 12)]
    assert term_reminders(document, date(2026, 4, 3))[0].days_left == -2


SEALED = Sealed("k1", "aXZpdml2aXZpdml2", "Y2lwaGVydGV4dA==")
LOCK = TeamLock("k1", "c2FsdHNhbHRzYWx0c2FsdA==", ITERATIONS, Sealed("k1", "aXY=", "Y2hlY2s="))


def confidential_organisation() -> Document:
    document = run(organisation(), UpdateRecord("t-1", {"lock": lock_to_value(LOCK)}), at(3))
    return run(document, CreateRecord(TEAM_RECORD, "n-1", stored_fields(
        "t-1", "Acme contract", False, SEALED)), at(4))


def test_a_confidential_record_keeps_no_content_and_its_ciphertext_stays_out_of_the_log() -> None:
    document = confidential_organisation()
    record = document.record("n-1")
    assert record.fields["title"] is None and record.fields["confidential"] is True
    document = run(document, UpdateRecord("n-1", {"sealed": {"key": "k1", "iv": "b", "data": "c"}}),
                   at(5))
    update = document.changes[-1]
    assert update.fields == ("sealed",) and "sealed" not in update.values
    assert "sealed" not in update.before
    assert openness(document).confidential == 1 and openness(document).percent == 75


def test_ciphertext_opens_only_with_the_teams_current_key_and_context() -> None:
    document = confidential_organisation()
    team, record = document.record("t-1"), document.record("n-1")
    assert sealed_of(record, lock_of(team)) == SEALED
    with pytest.raises(CannotUnlockError) as raised:
        sealed_of(record, TeamLock("k2", LOCK.salt, ITERATIONS, LOCK.check))
    assert raised.value.message_key == "secret.other_key"
    with pytest.raises(CannotUnlockError):
        sealed_of(record, None)
    assert record_context("t-1", "n-1", "k1") != record_context("t-2", "n-1", "k1")


def test_a_damaged_lock_or_envelope_cannot_be_unlocked_and_never_crashes() -> None:
    document = run(organisation(), UpdateRecord("t-1", {"lock": {"key": 3}}), at(3))
    with pytest.raises(CannotUnlockError) as raised:
        lock_of(document.record("t-1"))
    assert raised.value.message_key == "secret.damaged"
    weak = {**lock_to_value(LOCK), "iterations": 1000}
    document = run(organisation(), UpdateRecord("t-1", {"lock": weak}), at(3))
    with pytest.raises(CannotUnlockError):
        lock_of(document.record("t-1"))
    with pytest.raises(CannotUnlockError):
        codec.sealed_content_from_text("not json")


def test_a_new_passphrase_must_be_long_enough_and_repeated() -> None:
    with pytest.raises(FieldValueError):
        check_new_passphrase("short", "short")
    with pytest.raises(FieldValueError) as raised:
        check_new_passphrase("long enough one", "long enough two")
    assert raised.value.field == "repeat_passphrase"
    check_new_passphrase("long enough one", "long enough one")


def test_replacing_a_team_key_updates_the_lock_and_every_record_and_journals_ciphertext_only(
) -> None:
    document = confidential_organisation()
    new_lock = lock_to_value(TeamLock("k2", "bmV3", ITERATIONS, Sealed("k2", "aXY=", "eA==")))
    sealed: dict[str, JsonValue] = {"n-1": {"key": "k2", "iv": "aXYy", "data": "bmV3ZGF0YQ=="}}
    command = ReplaceTeamKey("t-1", new_lock, sealed)
    after = run(document, command, at(6))
    assert lock_of(after.record("t-1")).key == "k2"  # type: ignore[union-attr]
    assert after.record("n-1").fields["sealed"] == sealed["n-1"]
    entry = JournalEntry(command, at(6), ("a", "b"))
    assert entry_from_text(entry_to_text(entry)) == entry


def test_the_latest_version_is_the_record_as_merged_even_when_lists_were_joined() -> None:
    from trustwork.store.merge import merge
    base = organisation()
    ann = run(base, UpdateRecord("t-1", {"members": ["p-ann", "p-bob"]}), at(3, "ann"))
    bob = run(base, UpdateRecord("t-1", {"members": ["p-ann", "p-eve"]}), at(4, "bob"))
    merged = merge(base, ann, bob).document
    now = merged.record("t-1").fields["members"]
    assert set(now) == {"p-ann", "p-bob", "p-eve"}  # type: ignore[arg-type]
    assert versions(merged, "t-1")[-1].fields["members"] == now


def test_changes_from_an_older_file_without_values_show_as_unknown_not_as_later_values(
) -> None:
    from dataclasses import replace as replaced
    document = run(organisation(), CreateRecord("role", "r-1", {"name": "Coach",
                                                                "holder": "p-ann"}), at(3))
    document = run(document, UpdateRecord("r-1", {"holder": "p-bob"}), at(4))
    document = run(document, UpdateRecord("r-1", {"holder": "p-eve"}), at(5))
    old_style = tuple(replaced(change, values={}, before={})
                      if change.record_id == "r-1" and change.stamp == at(4) else change
                      for change in document.changes)
    document = replaced(document, changes=old_style)
    found = versions(document, "r-1")
    assert [v.unknown for v in found] == [frozenset({"holder"}), frozenset({"holder"}),
                                          frozenset()]
    assert not found[1].values_known and found[2].fields["holder"] == "p-eve"
    assert [h.person_id for h in role_holders(document, "r-1")] == ["p-eve"]


def read_form(kind: str, form: dict[str, list[str]], document: Document) -> dict[str, JsonValue]:
    """The register's form reading, through the kind the registry declares."""
    spec = REGISTRY.kind(kind)
    assert spec is not None
    return fields.read_form(spec, form, document)


def test_a_month_or_date_in_other_scripts_digits_is_refused() -> None:
    project = REGISTRY.spec("improvement_project")
    form = {"title": ["Looproutes"], "team": ["t-1"], "month": ["٢٠٢٦-01"]}
    with pytest.raises(FieldValueError) as refused:
        fields.read_form(project, form, organisation())
    assert (refused.value.field, refused.value.message_key) == ("month", "form.error.month")
    role = REGISTRY.spec("role")
    with pytest.raises(FieldValueError) as refused:
        fields.read_form(role, {"name": ["Rol"], "term_ends": ["٢٠٢٦-01-01"]}, organisation())
    assert (refused.value.field, refused.value.message_key) == ("term_ends", "form.error.date")
