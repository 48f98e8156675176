"""The three story demos, each on one case of the article: which there are, and how one is
made. A story's module (texts in Dutch and English beside its structure) is imported only
when that story is chosen, so none of them lands in the page's start-up snapshot.

A story covers the twelve months up to last month and a little of this one: ``start`` is the
first of the month a year before ``today``. The same story in the other language has the
same ids, dates and numbers.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from importlib import import_module

from trustwork.demos.ids import CONFIDENTIAL_RECORD, PASSPHRASE
from trustwork.i18n import Language
from trustwork.model.document import Document, Record, change_order

# The stories in the chooser's order; the first is what a bare ``?demo`` opens.
STORIES = ("distribution", "network", "engineering")
GENERATED = "generated"  # the generated organisation with random data (trustwork.demo)
CHOICES = (*STORIES, GENERATED)
# What a story's start screen names beside its text: the confidential record's passphrase,
# and the record it opens.
PASSPHRASES = {"network": PASSPHRASE}
SECRET_RECORDS = {"network": CONFIDENTIAL_RECORD}


def story_start(today: date) -> datetime:
    """The first day of the month a year before ``today``'s month."""
    return datetime(today.year - 1, today.month, 1)


def story_document(key: str, language: Language, today: date) -> Document:
    """The story ``key`` (one of ``STORIES``) in ``language``, its year ending this month."""
    if key not in STORIES:
        raise KeyError(key)
    module = import_module(f"trustwork.demos.{key}")
    document: Document = module.build(language, story_start(today))
    return document


def tour(key: str, document: Document) -> tuple[str, ...]:
    """The app addresses that tell story ``key`` in order (for presentation mode)."""
    if key not in STORIES:
        return ()
    found: tuple[str, ...] = import_module(f"trustwork.demos.{key}").tour(document)
    return found


def in_other_language(current: Document, before: Document, after: Document) -> Document:
    """``current`` (the story as ``before`` has it, with the person's edits) in the language
    of ``after`` (the same story in another language): every field the story wrote and the
    person left alone takes its text from ``after``; what the person changed or added stays
    as they wrote it, and so do their entries in the log."""
    def relanguaged(record: Record) -> Record:
        old, new = before.records.get(record.id), after.records.get(record.id)
        if record.id == before.organisation.id:
            old, new = before.organisation, after.organisation
        if old is None or new is None:
            return record
        return replace(record, fields={
            name: new.fields[name] if name in new.fields and old.fields.get(name) == value
            else value for name, value in record.fields.items()})

    story = {change.id for change in before.changes}
    return replace(
        current, organisation=relanguaged(current.organisation),
        records={record_id: relanguaged(record) for record_id, record in current.records.items()},
        changes=tuple(sorted((*after.changes, *(change for change in current.changes
                                                 if change.id not in story)),
                             key=change_order)))
