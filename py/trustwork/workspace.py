"""The open data file as the app holds it: the file as last seen, and the person's copy.

Saving is planned here (pure) and carried out at the edge: read the file, plan (merge when
someone else saved in between), write, read back and compare. ``base`` is the file as this
page last read or wrote it; that is what makes the merge three-way. The merge is imported
where it is needed: the page compiles every module it imports at start, and a page that
only looks, or saves what nobody else changed, never merges.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from trustwork.errors import ReadOnlyFileError
from trustwork.i18n import Language, translate
from trustwork.model.document import Document
from trustwork.overview import person_name
from trustwork.store import codec
from trustwork.store.migrations import SCHEMA_VERSION

if TYPE_CHECKING:
    from trustwork.store.merge import MergeOutcome


def fingerprint(content: str | bytes) -> str:
    """A hash of a file's content (its text as UTF-8): how the app knows whether the file
    changed. BLAKE2b, as long as a SHA-256 and three times as fast in the browser's wasm
    (12 against 39 ms for 10 MB); only ever compared with hashes made by the same code."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.blake2b(data, digest_size=32).hexdigest()


@dataclass(frozen=True)
class Workspace:
    """An open file: its name, the last version seen on disk, and the person's copy."""

    file_name: str
    base: Document
    base_fingerprint: str
    document: Document
    unsaved: int = 0
    read_only: bool = False
    schema_version: int = SCHEMA_VERSION
    schema_minor: int = 0
    base_size: int = -1  # of the file as last seen, in bytes (-1: not known)


@dataclass(frozen=True)
class SavePlan:
    """What to write, and what merging with the file on disk brought (None: no one else saved)."""

    text: str
    document: Document
    outcome: MergeOutcome | None
    fingerprint: str = ""  # of ``text``: hashing 10 MB is worth doing once
    data: bytes = b""  # ``text`` as UTF-8, as it is written: encoded once too

    def __post_init__(self) -> None:
        if not self.data:
            object.__setattr__(self, "data", self.text.encode("utf-8"))
        if not self.fingerprint:
            object.__setattr__(self, "fingerprint", fingerprint(self.data))


def changed_on_disk(workspace: Workspace, content: str | bytes) -> bool:
    """Whether ``content`` differs from the file as the workspace last saw it. Another size
    answers at once: hashing a large file is 17 ms in the browser, on every save that merges."""
    if (isinstance(content, bytes) and workspace.base_size >= 0
            and len(content) != workspace.base_size):
        return True
    return fingerprint(content) != workspace.base_fingerprint


def _size(content: str | bytes) -> int:
    """A content's size in bytes when known without encoding it (-1 otherwise)."""
    return len(content) if isinstance(content, bytes) else -1


def opened(content: str | bytes, file_name: str) -> Workspace:
    """A workspace for a file's content; raises a DataFileError when it cannot be read."""
    return codec.finished(opening(content, file_name))


def opening(content: str | bytes, file_name: str) -> codec.Steps[Workspace]:
    """``opened``, a step at a time (see ``codec.load_in_steps``)."""
    loaded = yield from codec.load_in_steps(content)
    yield
    content_fingerprint = fingerprint(content)
    yield
    return Workspace(file_name, loaded.document, content_fingerprint, loaded.document,
                     read_only=loaded.read_only, schema_version=loaded.schema_version,
                     schema_minor=loaded.schema_minor, base_size=_size(content))


def created(document: Document, file_name: str) -> Workspace:
    """A workspace for a new organisation that is not on disk yet (one unsaved change)."""
    return Workspace(file_name, document, "", document, unsaved=1)


def edited(workspace: Workspace, document: Document) -> Workspace:
    """The workspace after one change by the person."""
    if document is workspace.document:
        return workspace
    return replace(workspace, document=document, unsaved=workspace.unsaved + 1)


def plan_save(workspace: Workspace, on_disk: str | bytes | None) -> SavePlan:
    """What to write, given the file's content now (None: the file is new or empty).

    When the file changed since this page last saw it, the person's copy is merged with
    it (``merge_with_file``: without a base when the file did not grow from the base). A
    file that cannot be read raises DataFileError: it is never written over.
    """
    if workspace.read_only:
        raise ReadOnlyFileError(workspace.file_name)
    if not on_disk or not changed_on_disk(workspace, on_disk):
        return SavePlan(codec.dumps(workspace.document, workspace.schema_minor),
                        workspace.document, None)
    theirs = codec.load(on_disk)
    if theirs.read_only:
        raise ReadOnlyFileError(workspace.file_name)
    from trustwork.store.merge import merge_with_file

    outcome = merge_with_file(workspace.base, workspace.document, theirs.document)
    minor = max(workspace.schema_minor, theirs.schema_minor)
    return SavePlan(codec.dumps(outcome.document, minor), outcome.document, outcome)


def saved(workspace: Workspace, plan: SavePlan, planned_from: Document,
          unsaved_at_plan: int) -> Workspace:
    """The workspace once ``plan.text`` is on disk and read back equal.

    ``planned_from`` is the person's copy the plan was made from: changes made while the
    save was under way are merged onto what was written and stay unsaved.
    """
    document = plan.document
    if workspace.document is not planned_from:
        from trustwork.store.merge import merge

        document = merge(planned_from, workspace.document, plan.document).document
    return replace(workspace, base=plan.document, base_fingerprint=plan.fingerprint,
                   base_size=len(plan.data), document=document,
                   unsaved=max(workspace.unsaved - unsaved_at_plan, 0))


def pulled(workspace: Workspace, on_disk: str | bytes) -> tuple[Workspace, MergeOutcome]:
    """Take in what others saved, keeping the person's unsaved changes (nothing is written)."""
    from trustwork.store.merge import merge_with_file

    theirs = codec.load(on_disk)
    outcome = merge_with_file(workspace.base, workspace.document, theirs.document)
    return replace(workspace, base=theirs.document, base_fingerprint=fingerprint(on_disk),
                   base_size=_size(on_disk), document=outcome.document), outcome


def with_copy(workspace: Workspace, copy: str | bytes, copy_name: str
              ) -> tuple[Workspace, MergeOutcome]:
    """The open file with another copy of it merged in, without a base (nothing is written:
    the person saves as usual). Raises DataFileError for a copy that cannot be read,
    ReadOnlyFileError for a copy from a newer Trustwork or into a read-only file, and
    OtherOrganisationError for a copy of another organisation."""
    if workspace.read_only:
        raise ReadOnlyFileError(workspace.file_name)
    theirs = codec.load(copy)
    if theirs.read_only:
        raise ReadOnlyFileError(copy_name)
    from trustwork.store.merge import merge_copies

    outcome = merge_copies(workspace.document, theirs.document)
    if outcome.document == workspace.document:
        return workspace, outcome
    return replace(workspace, document=outcome.document, unsaved=workspace.unsaved + 1,
                   schema_minor=max(workspace.schema_minor, theirs.schema_minor)), outcome


def copy_report(outcome: MergeOutcome, copy_name: str, language: Language,
                key: str = "copy.merged") -> str:
    """What a merged copy brought, for a person: "… 12 change(s) by Ann and Bob, 1
    conflict(s)", or that it held nothing new."""
    if not outcome.new_changes and not outcome.records_from_theirs:
        return translate("copy.nothing_new", language, name=copy_name)
    names = sorted({person_name(outcome.document, change.stamp.by)
                    for change in outcome.new_changes}, key=str.casefold)
    if not names:
        people = translate("copy.nobody", language)
    elif len(names) == 1:
        people = names[0]
    else:
        people = f"{', '.join(names[:-1])} {translate('copy.and', language)} {names[-1]}"
    return translate(key, language, name=copy_name, changes=len(outcome.new_changes),
                     people=people, conflicts=len(outcome.new_conflicts))
