"""What a kind of record holds, declared as data, and how a filled-in form becomes its values.

A kind (``KindSpec``) lists its fields (``FieldSpec``): the control that edits each, how two
copies of the field merge, and whether the change log keeps its values. A kind also says how
its records are named and listed, which record a child belongs to, and whether its records
are anonymous. The concrete kinds are declared once, in ``trustwork.kinds``; the merge, the
codec and the forms read them from a ``Registry``. Pure: no clock, no browser.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Literal

from trustwork.errors import FieldValueError, NoPersonChosenError
from trustwork.model.document import JsonValue, Record

if TYPE_CHECKING:
    from trustwork.model.document import Document

# How two copies of one field merge (docs/format.md, "When two people save the same file"):
#   latest   the later change wins; the other value is kept as a conflict
#   set      a list without order or duplicates: what either side added stays, what either
#            side removed goes
#   ordered  a list in the order a person typed it: the same, and the order of the side that
#            changed it last is kept, with the other side's additions placed after their
#            neighbours
MergeRule = Literal["latest", "set", "ordered"]
MERGE_RULES: tuple[MergeRule, ...] = ("latest", "set", "ordered")

# Which forms show a field: both (the form that adds a record and the one on its page),
# only the form that adds it (chosen once, like whether an idea is anonymous), or none (set
# by an action of its own, like an idea's verdict, and shown on the record's page).
FormUse = Literal["both", "new", "none"]

# The controls a form shows for a field, and the merge rule each implies unless the field
# says otherwise. "record" refers to one record of the kind in ``FieldSpec.refers_to``.
WIDGET_RULES: Mapping[str, MergeRule] = {
    "text": "latest", "long_text": "latest", "date": "latest", "month": "latest",
    "number": "latest", "choice": "latest", "person": "latest", "team": "latest",
    "record": "latest", "people": "set", "teams": "set", "lines": "ordered",
    "flag": "latest", "internal": "latest",
}
ANONYMOUS = "anonymous"  # the ``by`` of every stamp of an anonymous kind's records

# [0-9], not \d: \d also takes other scripts' digits, which no date parser reads.
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_MONTH = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])$")
_NUMBER = re.compile(r"^-?[0-9]{1,12}([.,][0-9]{1,4})?$")


@dataclass(frozen=True)
class FieldSpec:
    """One field of a kind of record: the control that edits it and how it merges.

    ``widget``: text, long_text, lines (one item per line, kept in order), date, month
    (``YYYY-MM``), number, choice (one of ``choices``), person, people, team, teams, record
    (one record of kind ``refers_to``), flag (a checkbox: ``true`` or absent), or internal
    (never in a form nor shown: kept by the program).
    ``logged``: whether the change log keeps the values a change set and replaced (a
    ciphertext is not: an old key must not open an old copy from the log).
    ``form``: which forms show it (``FormUse``).
    """

    name: str
    widget: str
    required: bool = False
    limit: int = 200
    choices: tuple[str, ...] = ()
    refers_to: str = ""
    logged: bool = True
    merge: MergeRule | None = None  # None: what the widget implies (WIDGET_RULES)
    form: FormUse = "both"
    # Set by an action (carry a project on, make an idea a project), never picked from a list
    # in a form: the page shows it as a link; a new record's form carries it when prefilled.
    fixed: bool = False
    default: str = ""  # what a new record's form shows filled in ("planned")

    @property
    def rule(self) -> MergeRule:
        return self.merge or WIDGET_RULES[self.widget]

    @property
    def in_form(self) -> bool:
        """Whether people see the field in a form: every widget but internal, and not a
        field set by an action (``fixed``)."""
        return self.widget != "internal" and not self.fixed


@dataclass(frozen=True)
class KindSpec:
    """A kind of record, declared once: its area, fields, naming, list and policies.

    ``title``: the field that names a record. ``columns``: the fields its list shows after
    the name. ``owner``: the field that names the record a child belongs to (a page
    revision's pilot, a response's proposal); children are records of their own, so two
    people adding one at the same moment never conflict. ``anonymous``: no person in any
    stamp, only the day as time, never in the change log (see ``trustwork.commands``).
    ``anonymous_when``: a flag field; a record whose flag is true is anonymous like an
    anonymous kind's records (an idea its submitter chose to hand in anonymously).
    ``sealed``: fields a confidential record keeps only as ciphertext. ``personal``: the
    field naming the person a record speaks for (joining a pilot): only that person adds
    one, and nobody changes or deletes it (see ``trustwork.commands``).
    """

    name: str
    area: str
    fields: tuple[FieldSpec, ...]
    title: str = "name"
    columns: tuple[str, ...] = ()
    owner: str = ""
    anonymous: bool = False
    anonymous_when: str = ""
    sealed: tuple[str, ...] = ()
    listed: bool = True  # has a list of its own on its area's page (children: in their owner)
    personal: str = ""
    on_owner_page: bool = False  # a child its owner's page shows in its own way (a checklist)

    def field(self, name: str) -> FieldSpec | None:
        return next((spec for spec in self.fields if spec.name == name), None)

    @property
    def form_fields(self) -> tuple[FieldSpec, ...]:
        """Every field people see (in a form or set by an action of its own)."""
        return tuple(spec for spec in self.fields if spec.in_form)

    @property
    def fixed_fields(self) -> tuple[FieldSpec, ...]:
        """The fields set by an action, shown as links (see ``FieldSpec.fixed``)."""
        return tuple(spec for spec in self.fields if spec.fixed)

    @property
    def new_fields(self) -> tuple[FieldSpec, ...]:
        """The fields of the form that adds a record."""
        return tuple(spec for spec in self.fields if spec.in_form and spec.form != "none")

    @property
    def edit_fields(self) -> tuple[FieldSpec, ...]:
        """The fields of the form on a record's page."""
        return tuple(spec for spec in self.fields if spec.in_form and spec.form == "both")

    def is_anonymous(self, fields: Mapping[str, JsonValue]) -> bool:
        """Whether a record of this kind with ``fields`` is anonymous."""
        return self.anonymous or bool(self.anonymous_when
                                      and fields.get(self.anonymous_when) is True)


@dataclass(frozen=True)
class Area:
    """One section of the app, reachable as ``#<key>``: its kinds (filled in by the registry
    from the kinds that name the area), and the view module in ``trustwork.views`` and the
    template that show it."""

    key: str
    icon: str
    kinds: tuple[str, ...] = ()
    view: str = "records"
    template: str = "areas/records.html"


@dataclass(frozen=True)
class Registry:
    """Every kind and area the program knows. Kinds a newer file holds and this registry
    does not know are kept and merged by their values' shape (lists as sets)."""

    kinds: tuple[KindSpec, ...]
    areas: tuple[Area, ...]
    _by_name: Mapping[str, KindSpec] = field(default_factory=dict, compare=False, repr=False)
    _by_key: Mapping[str, Area] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {kind.name: kind for kind in self.kinds})
        object.__setattr__(self, "areas", tuple(
            replace(area, kinds=tuple(kind.name for kind in self.kinds if kind.area == area.key))
            for area in self.areas))
        # A page asks for the area of each record it links to: by key, not by a walk.
        object.__setattr__(self, "_by_key", {area.key: area for area in reversed(self.areas)})

    def kind(self, name: str) -> KindSpec | None:
        return self._by_name.get(name)

    def spec(self, name: str) -> KindSpec:
        """The kind ``name``, which the caller knows is declared (KeyError otherwise)."""
        return self._by_name[name]

    def area(self, key: str) -> Area | None:
        return self._by_key.get(key)

    def area_of(self, kind: str) -> Area | None:
        spec = self.kind(kind)
        return self.area(spec.area) if spec is not None else None

    def rule(self, kind: str, name: str, value: JsonValue = None) -> MergeRule:
        """How field ``name`` of ``kind`` merges; unknown ones by the shape of ``value``."""
        spec = self.kind(kind)
        field_spec = spec.field(name) if spec is not None else None
        if field_spec is not None:
            return field_spec.rule
        return "set" if isinstance(value, list) else "latest"

    def unlogged(self, kind: str) -> frozenset[str]:
        """The fields of ``kind`` whose values the change log never repeats."""
        spec = self.kind(kind)
        return frozenset(f.name for f in spec.fields if not f.logged) if spec else frozenset()

    def is_anonymous(self, kind: str) -> bool:
        spec = self.kind(kind)
        return spec is not None and spec.anonymous


# -- forms -------------------------------------------------------------------------------------

def read_form(kind: KindSpec, form: Mapping[str, Sequence[str]], document: Document,
              adding: bool = False) -> dict[str, JsonValue]:
    """The field values a filled-in form of ``kind`` stands for: the form that adds a
    record (``adding``) or the one on its page.

    ``form`` maps each field name to what was entered (several values for people, teams).
    Empty optional fields become None (an empty list for lists). Raises FieldValueError
    naming the field when a value cannot be taken (required but empty, too long, not a
    date, not one of the choices, an unknown record). A fixed field is read only when the
    form carries it (a new record's form that was prefilled with it).
    """
    values: dict[str, JsonValue] = {}
    carried = tuple(spec for spec in kind.fixed_fields if adding and spec.name in form)
    for spec in (*(kind.new_fields if adding else kind.edit_fields), *carried):
        entered = [text.strip() for text in form.get(spec.name, ())]
        values[spec.name] = _field_value(spec, entered, document)
    return values


# The kind of record each picking control picks ("record" says it in ``refers_to``).
PICKED_KINDS: Mapping[str, str] = {"person": "person", "people": "person", "team": "team",
                                   "teams": "team"}


def _field_value(spec: FieldSpec, entered: list[str], document: Document) -> JsonValue:
    if spec.widget in ("people", "teams"):
        chosen: list[JsonValue] = []
        for record_id in dict.fromkeys(text for text in entered if text):
            _check_reference(spec, record_id, PICKED_KINDS[spec.widget], document)
            chosen.append(record_id)
        if spec.required and not chosen:
            raise FieldValueError(spec.name, "form.error.required")
        return chosen
    first = entered[0] if entered else ""
    if spec.widget == "flag":  # a checkbox sends its value only when ticked
        return True if first else None
    if len(first) > spec.limit:
        raise FieldValueError(spec.name, "form.error.too_long", limit=spec.limit)
    if not first:
        if spec.required:
            raise FieldValueError(spec.name, "form.error.required")
        return [] if spec.widget == "lines" else None
    if spec.widget == "lines":
        return list(dict.fromkeys(line.strip() for line in first.splitlines() if line.strip()))
    if spec.widget == "date":
        if not is_date(first):
            raise FieldValueError(spec.name, "form.error.date")
    elif spec.widget == "month":
        if not _MONTH.match(first):
            raise FieldValueError(spec.name, "form.error.month")
    elif spec.widget == "number":
        if not _NUMBER.match(first):
            raise FieldValueError(spec.name, "form.error.number")
        number = float(first.replace(",", "."))
        return int(number) if number.is_integer() else number
    elif spec.widget == "choice":
        if first not in spec.choices:
            raise FieldValueError(spec.name, "form.error.choice")
    elif spec.widget in PICKED_KINDS:
        _check_reference(spec, first, PICKED_KINDS[spec.widget], document)
    elif spec.widget == "record":
        _check_reference(spec, first, spec.refers_to, document)
    return first


def is_date(text: str) -> bool:
    """Whether ``text`` is a real calendar date ``YYYY-MM-DD``."""
    if not _DATE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _check_reference(spec: FieldSpec, record_id: str, kind: str, document: Document) -> None:
    live_record(document, record_id, kind, spec.name)


def live_record(document: Document, record_id: str, kind: str, field: str) -> Record:
    """The live record ``record_id`` of ``kind``; else the form's ``field`` names no record."""
    record = document.records.get(record_id)
    if record is None or record.kind != kind or record.is_deleted:
        raise FieldValueError(field, "form.error.unknown_record")
    return record


def acting_person(document: Document, person: str | None) -> str:
    """The person this browser acts as, for a step that is a person's own (a support, a
    response, a signal); NoPersonChosenError while who-am-I names no live person."""
    record = document.records.get(person) if person else None
    if person is None or record is None or record.kind != "person" or record.is_deleted:
        raise NoPersonChosenError()
    return person


def changed_fields(record: Record | None, values: Mapping[str, JsonValue]
                   ) -> dict[str, JsonValue]:
    """Of ``values``, those that differ from the record's (all of them for a new record).

    An empty value where the record has none is no change: nobody typed anything.
    """
    if record is None:
        return {name: value for name, value in values.items() if value not in (None, [])}
    return {name: value for name, value in values.items()
            if _normal(record.fields.get(name)) != _normal(value)}


def _normal(value: JsonValue) -> JsonValue:
    return None if value in ("", []) else value


def ids_in(value: JsonValue) -> list[str]:
    """The record ids a people/teams field holds (anything else in it is ignored)."""
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def title_of(record: Record, kind: KindSpec | None) -> str:
    """A record's name for people: its kind's title field, else a name or title it has (a
    kind this version does not know), else its id ("" for a confidential record whose title
    its team keeps inside the ciphertext)."""
    if record.fields.get("confidential") is True:
        title = record.fields.get("title")
        return title if isinstance(title, str) else ""
    for name in (kind.title if kind is not None else "", "name", "title"):
        value = record.fields.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return record.id
