"""docs/format.md and the JSON Schema describe the files Trustwork actually writes."""

from __future__ import annotations

import importlib.util
import json
from datetime import UTC, datetime
from types import ModuleType

import jsonschema

from support.build_script import ROOT
from trustwork.demo import demo_document
from trustwork.kinds import KINDS
from trustwork.model.document import Stamp, delete_record, update_record
from trustwork.store import codec
from trustwork.store.merge import merge

SCHEMA = json.loads((ROOT / "docs" / "trustwork-organisation.schema.json").read_text("utf-8"))
FORMAT_DOC = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")


def written_file() -> dict[str, object]:
    """A demo file with a deletion and a conflict in it, as written by the codec."""
    base = demo_document("small", 3, datetime(2025, 1, 6, tzinfo=UTC))
    idea = base.live("idea")[0]
    ids = iter(f"change-test-{n}" for n in range(10))
    ours = update_record(base, idea.id, {"title": "A"}, Stamp("2030-01-01T00:00:00Z", "ann"),
                         lambda: next(ids))
    ours = delete_record(ours, base.live("idea")[1].id, Stamp("2030-01-01T00:00:01Z", "ann"),
                         lambda: next(ids))
    theirs = update_record(base, idea.id, {"title": "B"}, Stamp("2030-01-02T00:00:00Z", "bob"),
                           lambda: next(ids))
    result: dict[str, object] = json.loads(codec.dumps(merge(base, ours, theirs).document))
    return result


def test_a_written_file_matches_the_json_schema() -> None:
    raw = written_file()
    jsonschema.validate(raw, SCHEMA)
    records = raw["records"]
    assert isinstance(records, dict) and raw["conflicts"]
    assert any("deleted" in record for items in records.values() for record in items)


def test_the_schema_refuses_what_the_codec_refuses() -> None:
    raw = written_file()
    raw["format"] = "something-else"
    try:
        jsonschema.validate(raw, SCHEMA)
    except jsonschema.ValidationError:
        return
    raise AssertionError("the schema accepted a file that is not a Trustwork file")


def test_the_format_page_explains_every_key_the_codec_writes() -> None:
    raw = written_file()
    for key in raw:
        assert f"`{key}`" in FORMAT_DOC, key
    records = raw["records"]
    assert isinstance(records, dict)
    record_keys = {key for items in records.values() for item in items for key in item}
    for key in record_keys:
        assert f"`{key}`" in FORMAT_DOC, key
    kinds_page = (ROOT / "docs" / "kinds.md").read_text(encoding="utf-8")
    for kind in records:
        assert f"## `{kind}`" in kinds_page, kind


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "docs" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_kinds_reference_and_the_schema_are_what_the_registry_makes_now() -> None:
    made = generator()
    assert (ROOT / "docs" / "kinds.md").read_text("utf-8") == made.kinds_page() + "\n", (
        "docs/kinds.md is stale: run `python docs/generate.py`")
    assert (ROOT / "docs" / "trustwork-organisation.schema.json").read_text("utf-8") == (
        made.schema_text()), "the JSON Schema is stale: run `python docs/generate.py`"
    assert made.format_page() == FORMAT_DOC, (
        "the kinds in docs/format.md are stale: run `python docs/generate.py`")


def test_every_kind_and_field_the_program_writes_is_documented_with_its_rule() -> None:
    kinds_page = (ROOT / "docs" / "kinds.md").read_text("utf-8")
    for kind in KINDS:
        section = kinds_page.split(f"## `{kind.name}`\n", 1)[1].split("\n## ", 1)[0]
        for spec in kind.fields:
            assert f"| `{spec.name}` |" in section and f"| {spec.rule} |" in section
        assert kind.name in SCHEMA["properties"]["records"]["properties"]
        assert f"[`{kind.name}`](kinds.md#{kind.name})" in FORMAT_DOC


def test_the_schema_refuses_a_field_of_the_wrong_shape() -> None:
    raw = written_file()
    records = raw["records"]
    assert isinstance(records, dict)
    records["team"][0]["fields"]["members"] = "everyone"
    try:
        jsonschema.validate(raw, SCHEMA)
    except jsonschema.ValidationError:
        return
    raise AssertionError("the schema accepted a team whose members are not a list")
