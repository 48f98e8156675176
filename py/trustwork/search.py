"""One search over everything: which records hold every word of a query, accents and case
aside, grouped by area, with the words marked in what is shown. Pure.

What is searched comes from the registry: the text fields (``text``, ``long_text``,
``lines``) each kind declares. A pilot's page is searched as it reads now (its current
revision), not every older version. A child record (a reaction, a verdict reason, a
response, a rule's signal) is found too and leads to the page it is shown on.
Never searched: records of an anonymous kind (ballots), and a confidential record's sealed
content — that is searched only as opened in this page (``opened``), in memory, and never
enters the index, which itself is kept only in memory.

The index is built in slices (``SearchIndex.steps``), so a page can build it in the
background without holding the screen; an index asked for a newer document reuses the
entries of every record that did not change.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass, field

from trustwork.kinds import REGISTRY
from trustwork.model.document import Document, JsonValue, Record, record_order
from trustwork.model.fields import KindSpec, Registry, title_of

SEARCHED_WIDGETS = frozenset({"text", "long_text", "lines"})
PER_AREA = 8  # results shown per area; the count says how many more there are
SLICE = 2000  # records indexed per step
SNIPPET_BEFORE = 40
SNIPPET_LENGTH = 160
PILOT = "pilot"
PILOT_REVISION = "pilot_revision"
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """``text`` as search compares it: without accents, case folded (``Coördinator`` and
    ``coordinator`` are the same)."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def words_of(query: str) -> tuple[str, ...]:
    """The words of a query, folded, each once, longest first (so a marked longer word is
    not cut by a shorter one inside it)."""
    unique = dict.fromkeys(word for word in fold(query).split() if word)
    return tuple(sorted(unique, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class Entry:
    """One searchable record: where a result leads, and its text folded."""

    record: Record  # the record as indexed: a newer document's record is compared to it
    kind: str
    target: str  # the record whose page shows it (a child's owner)
    target_kind: str
    title: str
    texts: tuple[str, ...]  # the searched fields' texts, title first
    folded: str
    folded_title: str
    page: Record | None = None  # a pilot's: the revision its page shows, searched with it


@dataclass(frozen=True)
class Piece:
    """A stretch of shown text, marked when it is one of the query's words."""

    text: str
    marked: bool = False


@dataclass(frozen=True)
class Hit:
    """One result: the record, where it leads, its title and a snippet, both marked."""

    record_id: str
    kind: str
    target: str
    target_kind: str
    title: tuple[Piece, ...]
    snippet: tuple[Piece, ...]
    context: tuple[str, ...] = ()  # what tells equal titles apart: its team, month, person


@dataclass(frozen=True)
class AreaHits:
    """The results in one area: the first ``PER_AREA`` and how many there are in all."""

    area: str
    hits: tuple[Hit, ...]
    total: int


@dataclass(frozen=True)
class Results:
    query: str
    words: tuple[str, ...]
    areas: tuple[AreaHits, ...] = ()

    @property
    def total(self) -> int:
        return sum(found.total for found in self.areas)

    @property
    def hits(self) -> tuple[Hit, ...]:
        """Every shown result, in the order shown."""
        return tuple(hit for found in self.areas for hit in found.hits)


@dataclass
class SearchIndex:
    """The searchable records of one document, by id. Memory only."""

    registry: Registry = REGISTRY
    entries: dict[str, Entry] = field(default_factory=dict)
    records: Mapping[str, Record] | None = None  # the document's records it was built for

    def is_for(self, document: Document) -> bool:
        return self.records is document.records

    def steps(self, document: Document) -> Generator[None, None, None]:
        """Bring the index up to ``document``, ``SLICE`` records per step (a pause between
        them). Entries of records that did not change are kept; a pilot's, also when its
        page did not change."""
        old = self.entries
        entries: dict[str, Entry] = {}
        pilots: list[Record] = []
        pages: dict[str, list[Record]] = {}
        done = 0
        for record in document.records.values():
            done += 1
            if done % SLICE == 0:
                yield
            if record.deleted is not None:
                continue
            if record.kind == PILOT_REVISION:
                shown_on = record.fields.get("pilot")
                if isinstance(shown_on, str):
                    pages.setdefault(shown_on, []).append(record)
                continue
            if record.kind == PILOT:
                pilots.append(record)
                continue
            kept = old.get(record.id)
            if kept is not None and kept.record is record:
                entries[record.id] = kept
                continue
            entry = _entry(record, self.registry)
            if entry is not None:
                entries[record.id] = entry
        for pilot in pilots:
            page = _current_page(pages.get(pilot.id, []))
            kept = old.get(pilot.id)
            if kept is not None and kept.record is pilot and kept.page is page:
                entries[pilot.id] = kept
                continue
            entry = _entry(pilot, self.registry, page)
            if entry is not None:
                entries[pilot.id] = entry
        self.entries, self.records = entries, document.records

    def update(self, document: Document) -> None:
        """Bring the index up to ``document`` at once."""
        if not self.is_for(document):
            for _pause in self.steps(document):
                pass

    def search(self, document: Document, query: str,
               opened: Mapping[str, Mapping[str, JsonValue]] | None = None) -> Results:
        """Every live record holding all words of ``query``, grouped by area in the order of
        the navigation, the first ``PER_AREA`` of each (titles that hold a word first, then
        the newest). ``opened``: confidential records' content opened in this page."""
        self.update(document)
        words = words_of(query)
        if not words:
            return Results(query, words)
        found = [entry for entry in self.entries.values()
                 if all(word in entry.folded for word in words)]
        for record_id, content in (opened or {}).items():
            record = document.records.get(record_id)
            if record is None or record.deleted is not None:
                continue
            entry = _entry(record, self.registry, None, content)
            if entry is not None and all(word in entry.folded for word in words):
                found = [known for known in found if known.record.id != record_id]
                found.append(entry)
        by_area: dict[str, list[Entry]] = {}
        for entry in found:
            area = self.registry.area_of(entry.target_kind)
            by_area.setdefault(area.key if area else "changes", []).append(entry)
        areas = []
        for area in (*self.registry.areas, None):
            key = area.key if area else "changes"
            entries = by_area.pop(key, [])
            if not entries:
                continue
            entries.sort(key=lambda entry: entry.record.changed.at, reverse=True)
            entries.sort(key=lambda entry: not any(word in entry.folded_title for word in words))
            hits = tuple(_hit(document, entry, words, self.registry)
                         for entry in entries[:PER_AREA])
            areas.append(AreaHits(key, hits, len(entries)))
        return Results(query, words, tuple(areas))


def _current_page(history: list[Record]) -> Record | None:
    """The revision a pilot's page shows: the newest nobody edited further (as
    ``trustwork.pilots.current`` picks it)."""
    continued = {link for revision in history
                 for link in (revision.fields.get("parent"), revision.fields.get("merged"))
                 if isinstance(link, str)}
    heads = [revision for revision in history if revision.id not in continued]
    return max(heads, key=record_order) if heads else None


def _entry(record: Record, registry: Registry, page: Record | None = None,
           content: Mapping[str, JsonValue] | None = None) -> Entry | None:
    """The entry of one record; None for what is never searched (an anonymous kind, a
    revision — found through its pilot —, a kind this version does not know)."""
    kind = registry.kind(record.kind)
    if kind is None or kind.anonymous or record.kind == PILOT_REVISION:
        return None
    fields = record.fields if content is None else {**record.fields, **content}
    title = title_of(record, kind) if content is None else _title(fields, kind, record)
    texts = [title]
    for spec in kind.fields:
        if spec.widget not in SEARCHED_WIDGETS or spec.name == kind.title:
            continue
        texts.extend(_texts(fields.get(spec.name)))
    if page is not None:
        texts.extend(_texts(page.fields.get("text")))
    texts = [text for text in texts if text]
    target, target_kind = _target(record, kind, registry)
    return Entry(record, record.kind, target, target_kind, title, tuple(texts),
                 fold("\n".join(texts)), fold(title), page)


def _title(fields: Mapping[str, JsonValue], kind: KindSpec, record: Record) -> str:
    value = fields.get(kind.title)
    return value if isinstance(value, str) and value.strip() else title_of(record, kind)


def _texts(value: JsonValue) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


def _target(record: Record, kind: KindSpec, registry: Registry) -> tuple[str, str]:
    """Where a result leads: a child shown on its owner's page leads there."""
    if kind.owner and not kind.listed:
        owner = record.fields.get(kind.owner)
        spec = kind.field(kind.owner)
        if isinstance(owner, str) and spec is not None and spec.refers_to:
            return owner, spec.refers_to
    return record.id, record.kind


def _hit(document: Document, entry: Entry, words: Sequence[str], registry: Registry) -> Hit:
    snippet: tuple[Piece, ...] = ()
    for text in entry.texts[1:]:
        if any(word in fold(text) for word in words):
            snippet = marked(_window(text, words), words)
            break
    return Hit(entry.record.id, entry.kind, entry.target, entry.target_kind,
               marked(entry.title, words), snippet, _context(document, entry, registry))


CONTEXT_WIDGETS = frozenset({"team", "person", "record", "month", "date"})


def _context(document: Document, entry: Entry, registry: Registry) -> tuple[str, ...]:
    """The names and dates a kind's list shows beside a record's name (its team, its month,
    its holder), or for a child, its owner's name."""
    kind = registry.kind(entry.kind)
    if kind is None:
        return ()
    if entry.target != entry.record.id:
        owner = document.records.get(entry.target)
        return (title_of(owner, registry.kind(owner.kind)),) if owner is not None else ()
    found: list[str] = []
    for name in kind.columns:
        spec = kind.field(name)
        value = entry.record.fields.get(name)
        if spec is None or spec.widget not in CONTEXT_WIDGETS or not isinstance(value, str):
            continue
        if spec.widget in ("month", "date"):
            found.append(value)
        elif (linked := document.records.get(value)) is not None:
            found.append(title_of(linked, registry.kind(linked.kind)))
    return tuple(text for text in found if text)


def _window(text: str, words: Sequence[str]) -> str:
    """The part of ``text`` around its first matching word, on one line, with "…" where it
    was cut."""
    folded, places = _folded_with_places(text)
    first = min((folded.find(word) for word in words if word in folded), default=0)
    start = places[first] if first < len(places) else 0
    start = max(0, start - SNIPPET_BEFORE)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 15 else start
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + SNIPPET_LENGTH // 2 else end
    shown = " ".join(text[start:end].split())
    return ("…" if start else "") + shown + ("…" if end < len(text) else "")


def _folded_with_places(text: str) -> tuple[str, list[int]]:
    """``fold(text)``, with for each folded character the index of the character of
    ``text`` it came from."""
    pieces: list[str] = []
    places: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        pieces.append(folded)
        places.extend([index] * len(folded))
    return "".join(pieces), places


def marked(text: str, words: Sequence[str]) -> tuple[Piece, ...]:
    """``text`` cut into pieces, the stretches that are one of ``words`` (folded) marked."""
    folded, places = _folded_with_places(text)
    spans: list[tuple[int, int]] = []
    for word in words:
        start = folded.find(word)
        while start >= 0:
            end = start + len(word)
            first, last = places[start], places[end - 1] + 1
            if not any(first < taken_end and taken_start < last
                       for taken_start, taken_end in spans):
                spans.append((first, last))
            start = folded.find(word, end)
    pieces: list[Piece] = []
    at = 0
    for first, last in sorted(spans):
        if first > at:
            pieces.append(Piece(text[at:first]))
        pieces.append(Piece(text[first:last], marked=True))
        at = last
    if at < len(text):
        pieces.append(Piece(text[at:]))
    return tuple(pieces)


# The page's one index (memory only), brought up to the open document when it is asked.
INDEX = SearchIndex()
