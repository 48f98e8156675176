"""The three story demos, each on one case of the article: which there are, and how one is
made. A story's module (texts in Dutch and English beside its structure) is imported only
when that story is chosen, so none of them lands in the page's start-up snapshot.

A story covers the twelve months up to last month and a little of this one: ``start`` is the
first of the month a year before ``today``. The same story in the other language has the
same ids, dates and numbers.
"""

from __future__ import annotations

from datetime import date, datetime
from importlib import import_module

from trustwork.demos.ids import CONFIDENTIAL_RECORD, PASSPHRASE
from trustwork.i18n import Language
from trustwork.model.document import Document

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
