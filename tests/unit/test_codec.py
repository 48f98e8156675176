"""The data file codec: round trips exactly, keeps what it does not know, refuses bad input
with a named error that says where, and never needs to touch the file to do so."""

from __future__ import annotations

import json

import pytest

from support.documents import Clock, demo_text, empty_document, id_maker
from trustwork.errors import (
    DataFileError,
    DuplicateIdError,
    DuplicateKeyError,
    FileTooLargeError,
    MissingFieldError,
    NestingTooDeepError,
    NewerFormatError,
    NotATrustworkFileError,
    NotJsonError,
    OlderFormatError,
    WrongTypeError,
)
from trustwork.i18n import CATALOGUE, Language, describe_data_file_error
from trustwork.model.document import Document, create_record, delete_record, update_record
from trustwork.store import codec


def sample() -> Document:
    clock, new_id = Clock(), id_maker("change-")
    document = empty_document(clock, new_id)
    document = create_record(document, "idea", {"title": "Koffie <b>", "votes": 3,
                                                 "tags": ["a", "b"]}, "idea-1",
                             clock.stamp("ann"), new_id)
    document = update_record(document, "idea-1", {"title": "Betere koffie"}, clock.stamp("bob"),
                             new_id)
    document = create_record(document, "team", {"name": "Blauw"}, "team-1", clock.stamp("ann"),
                             new_id)
    return delete_record(document, "team-1", clock.stamp("cas"), new_id)


def test_a_document_survives_a_round_trip_unchanged() -> None:
    document = sample()
    text = codec.dumps(document)
    loaded = codec.load(text)
    assert loaded.document == document
    assert not loaded.read_only
    assert codec.dumps(loaded.document) == text


def test_the_file_names_its_format_and_version_and_groups_records_by_kind() -> None:
    raw = json.loads(codec.dumps(sample()))
    assert raw["format"] == "trustwork-organisation"
    assert raw["schema_version"] == 1
    assert set(raw["records"]) == {"idea", "team"}
    assert raw["records"]["team"][0]["deleted"]["by"] == "cas"
    assert [change["action"] for change in raw["changes"]] == [
        "create", "create", "update", "create", "delete"
    ]


def test_bytes_in_utf8_are_read_like_text() -> None:
    text = codec.dumps(sample())
    assert codec.load(text.encode("utf-8")).document == sample()


def test_fields_and_keys_from_a_newer_minor_version_are_kept() -> None:
    raw = json.loads(codec.dumps(sample()))
    raw["schema_minor"] = 7
    raw["dashboard_layout"] = {"columns": 3}
    raw["records"]["idea"][0]["colour"] = "green"
    loaded = codec.load(json.dumps(raw))
    assert loaded.schema_minor == 7 and not loaded.read_only
    again = json.loads(codec.dumps(loaded.document, loaded.schema_minor))
    assert again["dashboard_layout"] == {"columns": 3}
    assert again["records"]["idea"][0]["colour"] == "green"
    assert again["schema_minor"] == 7


def test_a_newer_major_version_opens_read_only() -> None:
    raw = json.loads(codec.dumps(sample()))
    raw["schema_version"] = 2
    loaded = codec.load(json.dumps(raw))
    assert loaded.read_only


def test_a_newer_major_version_that_cannot_be_read_is_a_named_error() -> None:
    raw = {"format": "trustwork-organisation", "schema_version": 9, "people": []}
    with pytest.raises(NewerFormatError) as error:
        codec.load(json.dumps(raw))
    assert error.value.parameters["version"] == 9


def test_a_version_older_than_the_first_is_a_named_error() -> None:
    raw = json.loads(codec.dumps(sample()))
    raw["schema_version"] = 0
    with pytest.raises(OlderFormatError):
        codec.load(json.dumps(raw))


@pytest.mark.parametrize(
    ("text", "error", "where"),
    [
        ("", NotJsonError, "line 1, column 1"),
        ('{\n  "format": "trustwork-organisation",\n  "schema', NotJsonError,
         "line 3, column 3"),
        ("[1, 2, 3]", NotATrustworkFileError, "/format"),
        ('{"format": "something-else"}', NotATrustworkFileError, "/format"),
        ('{"format": "trustwork-organisation"}', MissingFieldError, "/schema_version"),
        ('{"format": "trustwork-organisation", "schema_version": "1"}', WrongTypeError,
         "/schema_version"),
    ],
)
def test_unreadable_text_names_what_is_wrong_and_where(
    text: str, error: type[Exception], where: str
) -> None:
    with pytest.raises(error) as raised:
        codec.load(text)
    assert raised.value.where == where  # type: ignore[attr-defined]


def mutated(change: str) -> str:
    raw = json.loads(codec.dumps(sample()))
    exec(change, {"raw": raw})
    return json.dumps(raw)


@pytest.mark.parametrize(
    ("change", "error", "where"),
    [
        ("raw['records']['idea'][0]['fields'] = 'x'", WrongTypeError, "/records/idea/0/fields"),
        ("del raw['records']['idea'][0]['id']", MissingFieldError, "/records/idea/0/id"),
        ("raw['records']['idea'][0]['created']['at'] = 'yesterday'", WrongTypeError,
         "/records/idea/0/created/at"),
        ("raw['records']['team'][0]['id'] = 'idea-1'", DuplicateIdError, "/records/team/0/id"),
        ("raw['records']['idea'] = {}", WrongTypeError, "/records/idea"),
        ("raw['records']['Bad Kind'] = []", WrongTypeError, "/records/Bad Kind"),
        ("raw['changes'] = {}", WrongTypeError, "/changes"),
        ("raw['organisation'] = None", WrongTypeError, "/organisation"),
    ],
)
def test_a_file_with_a_bad_part_names_the_part(change: str, error: type[Exception],
                                               where: str) -> None:
    with pytest.raises(error) as raised:
        codec.load(mutated(change))
    assert raised.value.where == where  # type: ignore[attr-defined]


def test_a_json_bomb_of_nesting_is_refused_without_crashing() -> None:
    with pytest.raises(NestingTooDeepError):
        codec.load("[" * 200_000 + "]" * 200_000)


def test_deep_nesting_inside_a_field_is_refused_with_its_path() -> None:
    deep: object = "x"
    for _ in range(codec.MAX_VALUE_DEPTH + 2):
        deep = [deep]
    raw = json.loads(codec.dumps(sample()))
    raw["records"]["idea"][0]["fields"]["notes"] = deep
    with pytest.raises(NestingTooDeepError) as raised:
        codec.load(json.dumps(raw))
    assert raised.value.where.startswith("/records/idea/0/fields/notes")


def test_a_file_larger_than_the_limit_is_refused_before_parsing() -> None:
    with pytest.raises(FileTooLargeError):
        codec.load(" " * (codec.MAX_BYTES + 1))


def test_bytes_that_are_not_utf8_are_not_json() -> None:
    with pytest.raises(NotJsonError):
        codec.load(b"\xff\xfe{}")


def test_equal_documents_give_equal_bytes_whatever_the_field_order() -> None:
    document = sample()
    idea = document.records["idea-1"]
    reordered = dict(reversed(list(idea.fields.items())))
    from dataclasses import replace

    other = replace(document, records={**document.records, "idea-1": replace(idea,
                                                                              fields=reordered)})
    assert codec.dumps(other) == codec.dumps(document)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(
    "text",
    ["", "[1]", '{"format": "trustwork-organisation", "schema_version": "1"}',
     '{"format": "trustwork-organisation", "schema_version": 9}', "[" * 5000],
)
def test_every_refusal_has_a_message_in_both_languages_that_names_the_place(
    text: str, language: Language
) -> None:
    with pytest.raises(DataFileError) as raised:
        codec.load(text)
    message = describe_data_file_error(raised.value, language)
    assert message and "{" not in message
    if "{where}" in CATALOGUE[language][raised.value.message_key]:
        assert raised.value.where in message


def test_a_wrong_type_message_names_the_expected_kind_in_the_language() -> None:
    with pytest.raises(WrongTypeError) as raised:
        codec.load(mutated("raw['records']['idea'] = {}"))
    assert "lijst" in describe_data_file_error(raised.value, "nl")
    assert "list" in describe_data_file_error(raised.value, "en")


def test_times_of_different_precision_compare_as_times_once_read() -> None:
    raw = json.loads(codec.dumps(sample()))
    raw["records"]["idea"][0]["created"]["at"] = "2026-01-01T10:00:00Z"
    raw["records"]["team"][0]["created"]["at"] = "2026-01-01T10:00:00.5Z"
    records = codec.load(json.dumps(raw)).document.records
    whole, half = records["idea-1"].created, records["team-1"].created
    assert whole.at == "2026-01-01T10:00:00.000000Z" and whole < half


def test_a_change_log_entry_with_a_time_that_is_not_one_is_refused() -> None:
    with pytest.raises(WrongTypeError) as raised:
        codec.load(mutated("raw['changes'][0]['at'] = 'gisteren'"))
    assert raised.value.where == "/changes/0/at"


def test_a_list_field_that_holds_no_list_is_refused_where_it_is() -> None:
    raw = json.loads(demo_text())
    raw["records"]["team"][1]["fields"]["members"] = "everyone"
    with pytest.raises(WrongTypeError) as raised:
        codec.load(json.dumps(raw))
    assert raised.value.where == "/records/team/1/fields/members"


def test_a_conflict_that_would_put_no_list_into_a_list_field_is_refused() -> None:
    raw = json.loads(demo_text())
    team = raw["records"]["team"][0]
    raw["conflicts"] = [{
        "id": "conflict-1", "record": team["id"], "field": "members", "kept": [],
        "kept_stamp": team["created"], "other": "everyone", "other_stamp": team["created"]}]
    with pytest.raises(WrongTypeError) as raised:
        codec.load(json.dumps(raw))
    assert raised.value.where == "/conflicts/0/other"


def steps_taken(steps: codec.Steps[object]) -> tuple[int, object]:
    pauses = 0
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return pauses, done.value
        pauses += 1


def test_loading_in_steps_pauses_between_slices_and_reads_what_load_reads(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codec, "_SLICE_CHARACTERS", 1000)
    text = demo_text()
    codec.forget_written_lines()  # else the lines just written are reused, in one step
    pauses, loaded = steps_taken(codec.load_in_steps(text))
    assert isinstance(loaded, codec.LoadedFile)
    assert pauses > len(text) // 4000  # a slice ends at the first line break after 1000
    assert codec.dumps(loaded.document) == codec.dumps(codec.load(text).document)


def test_loading_in_steps_refuses_a_bad_record_as_load_does(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codec, "_STEP", 5)
    raw = json.loads(demo_text())
    codec.forget_written_lines()
    raw["records"]["team"][-1]["fields"] = "none"
    with pytest.raises(WrongTypeError) as raised:
        steps_taken(codec.load_in_steps(json.dumps(raw)))
    assert raised.value.where == f"/records/team/{len(raw['records']['team']) - 1}/fields"


def test_preparing_in_steps_lets_the_next_save_reuse_every_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codec, "_ENCODE_STEP", 5)
    codec.forget_written_lines()
    document = codec.load(demo_text()).document
    pauses, _ = steps_taken(codec.preparing_to_write(document))
    assert pauses > (len(document.records) + len(document.changes)) // 5  # 5 lines a step
    known = codec._memo.known_lines()
    assert len(known) == len(document.records) + len(document.changes)
    text = codec.dumps(document)
    assert all(line in text for line in known)


def test_a_good_file_is_read_without_the_repeated_key_hook_and_a_repeat_with_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []
    parse = codec._parse

    def spy(text: str, repeated_keys: bool = True) -> object:
        calls.append(repeated_keys)
        return parse(text, repeated_keys)

    monkeypatch.setattr(codec, "_parse", spy)
    text = demo_text()
    codec.forget_written_lines()
    codec.load(text)
    assert calls and not any(calls)  # a slice at a time, and the frame: all fast
    calls.clear()
    with pytest.raises(DuplicateKeyError):
        codec.load(text.replace('"fields":{', '"fields":{"x":1,"x":2,', 1))
    assert calls[-1] and calls.count(True) == 1  # the repeat found by the strict read


@pytest.mark.parametrize(("written", "canonical"), [
    ("2026-03-01T09:05:00Z", "2026-03-01T09:05:00.000000Z"),
    ("2026-03-01T09:05:00.5Z", "2026-03-01T09:05:00.500000Z"),
    ("2026-03-01T09:05:00.123456Z", "2026-03-01T09:05:00.123456Z"),
])
def test_a_time_is_read_with_six_decimals_and_one_that_has_them_is_kept_as_it_is(
        written: str, canonical: str) -> None:
    assert codec.canonical_time(written) == canonical
    # Every stamp of a file this app wrote has six decimals: it is taken as it is, not
    # spelled out again (a large file holds 40,000 of them).
    assert codec.canonical_time(canonical) is canonical
    stamp = codec.stamp_from_dict({"at": canonical, "by": "p-1"}, "/x")
    assert stamp.at is canonical
