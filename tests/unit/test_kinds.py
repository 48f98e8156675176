"""The registry of kinds and areas, and the routes made from it: every kind is declared once,
belongs to one area, has its messages in both languages, and is reached by generic routes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from trustwork.demo import SIZES, demo_document
from trustwork.i18n import CATALOGUE
from trustwork.kinds import AREAS, DEFAULT_AREA, KINDS, REGISTRY
from trustwork.model.fields import MERGE_RULES, WIDGET_RULES
from trustwork.routes import LINKS, route_for_hash
from trustwork.views import TEMPLATES, area_view

ACTIONS = ("create", "update", "delete", "restore", "resolve")


def test_each_area_is_reached_by_its_own_hash_and_anything_else_opens_the_dashboard() -> None:
    for area in AREAS:
        assert route_for_hash(f"#{area.key}").area == area
    assert route_for_hash("").area == DEFAULT_AREA == route_for_hash("#nonsense").area
    assert DEFAULT_AREA.key == "dashboard"
    assert route_for_hash("#ideas/abc123").area.key == "ideas"
    assert route_for_hash("#people/team-1a2b").page == "team-1a2b"
    assert route_for_hash("#people").page == ""


def test_links_to_records_and_new_forms_lead_to_the_kinds_own_area() -> None:
    for kind in KINDS:
        record = route_for_hash(LINKS.record(f"{kind.name}-1", kind.name))
        assert (record.area.key, record.page) == (kind.area, f"{kind.name}-1")
        new = route_for_hash(LINKS.new(kind.name, {"team": "team-1", "note": "a b:c=d"}))
        assert (new.area.key, new.new_kind) == (kind.area, kind.name)
        assert new.prefill == {"team": "team-1", "note": "a b:c=d"}


def test_kinds_and_areas_are_declared_once_and_agree_with_each_other() -> None:
    names = [kind.name for kind in KINDS]
    assert len(names) == len(set(names))
    assert len({area.key for area in AREAS}) == len(AREAS)
    listed = [name for area in AREAS for name in area.kinds]
    assert sorted(listed) == sorted(names), "a kind names an area that does not exist"
    for kind in KINDS:
        assert kind.name in REGISTRY.area(kind.area).kinds  # type: ignore[union-attr]
        field_names = [spec.name for spec in kind.fields]
        assert len(field_names) == len(set(field_names)), kind.name
        assert kind.title in field_names, kind.name
        assert set(kind.columns) <= set(field_names), kind.name
        assert set(kind.sealed) <= set(field_names), kind.name
        for spec in kind.fields:
            assert spec.widget in WIDGET_RULES and spec.rule in MERGE_RULES
            assert not spec.refers_to or REGISTRY.kind(spec.refers_to) is not None
        if kind.owner:
            owner = kind.field(kind.owner)
            assert owner is not None and owner.widget == "record", kind.name


def test_every_area_names_a_view_and_a_template_that_exist() -> None:
    for area in AREAS:
        assert callable(area_view(area))
        assert (TEMPLATES / area.template).is_file(), area.template


@pytest.mark.parametrize("language", sorted(CATALOGUE))
def test_every_kind_field_choice_action_and_area_has_its_messages(language: str) -> None:
    messages = CATALOGUE[language]  # type: ignore[index]
    wanted = [f"action.{action}" for action in ACTIONS]
    for area in AREAS:
        wanted += [f"nav.{area.key}", f"area.{area.key}.intro"]
    for kind in KINDS:
        wanted += [f"kind.{kind.name}", f"kind.one.{kind.name}", f"kind.list.{kind.name}",
                   f"kind.add.{kind.name}", f"kind.new.{kind.name}", f"kind.none.{kind.name}"]
        for spec in kind.fields:
            if spec.in_form or spec.name in kind.columns:
                wanted.append(f"field.{kind.name}.{spec.name}")
            wanted += [f"choice.{kind.name}.{spec.name}.{choice}" for choice in spec.choices]
    missing = [key for key in wanted if key not in messages]
    assert not missing, f"{language} lacks {missing}"


@pytest.mark.parametrize("size", sorted(SIZES))
def test_the_demo_writes_only_declared_kinds_and_fields_and_has_every_kind(size: str) -> None:
    document = demo_document(size, 2, datetime(2025, 1, 1, tzinfo=UTC))
    undeclared = {(record.kind, name) for record in document.records.values()
                  for name in record.fields
                  if REGISTRY.kind(record.kind) is None
                  or REGISTRY.kind(record.kind).field(name) is None}  # type: ignore[union-attr]
    assert not undeclared
    assert {record.kind for record in document.records.values()} == {k.name for k in KINDS}


def test_no_template_spells_an_areas_path_by_hand() -> None:
    for path in Path(TEMPLATES).rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for area in AREAS:
            assert f'href="#{area.key}' not in text, f"{path.name} links to #{area.key} by hand"


def test_a_record_id_that_needs_escaping_leads_back_to_that_record() -> None:
    for record_id in ("idée 1", "a/b", "100%", "new-ish"):
        route = route_for_hash(LINKS.record(record_id, "idea"))
        assert (route.area.key, route.page) == ("ideas", record_id)
