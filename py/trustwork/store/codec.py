"""Reading and writing the data file: paired to/from functions per part, strict checks.

``load`` turns text into a Document or raises one DataFileError subclass that says what
is wrong and where (a JSON path). ``dumps`` writes one record per line, in a fixed order,
so equal documents give equal bytes (the saver compares hashes) and files diff well.
"""

from __future__ import annotations

import gc
import hashlib
import json
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import compress, repeat
from operator import attrgetter, eq, lt, not_
from typing import Any, Generic, TypeAlias, TypeVar

from trustwork.errors import (
    BrokenTextError,
    CannotUnlockError,
    DataFileError,
    DuplicateIdError,
    DuplicateKeyError,
    FileTooLargeError,
    MissingFieldError,
    NestingTooDeepError,
    NewerFormatError,
    NotATrustworkFileError,
    NotJsonError,
    UnusableNumberError,
    WrongTypeError,
)
from trustwork.kinds import REGISTRY
from trustwork.model.document import (
    ORGANISATION_KIND,
    Change,
    Conflict,
    Document,
    JsonValue,
    Record,
    Stamp,
    change_order,
    record_order,
)
from trustwork.store.migrations import SCHEMA_MINOR, SCHEMA_VERSION, upgrade

T = TypeVar("T")
# Work done a step at a time: each ``yield`` is a pause; the value is what it gives at the end.
Steps: TypeAlias = Generator[None, None, T]

FORMAT = "trustwork-organisation"
MAX_BYTES = 100 * 1024 * 1024
MAX_VALUE_DEPTH = 12  # nesting allowed inside one field's value
MAX_DOCUMENT_DEPTH = 32  # the format itself nests 6 deep; fields add MAX_VALUE_DEPTH
# Whole numbers every JSON reader holds exactly, JavaScript's too (I-JSON, RFC 7493).
MAX_WHOLE_NUMBER = 2**53 - 1
_MAX_WHOLE_NUMBER_LENGTH = len(str(-MAX_WHOLE_NUMBER))
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")  # only a hint: pairs match too
_NOT_STRUCTURE = bytes(set(range(256)) - set(b'[]{}:"'))  # bytes _structure drops
_BRACKET_PAIRS = bytes.maketrans(b"[{]}", b"(())")
# A timestamp with six decimals, as written: one of this length that matches _TIMESTAMP is
# canonical (the check used 28 and never held, so every stamp was spelled out again).
_CANONICAL_LENGTH = len("2026-01-01T00:00:00.000000Z")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$")
_KIND = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_RECORD_KEYS = frozenset({"id", "created", "changed", "deleted", "fields", "stamps"})
_TEXT_ONLY = frozenset({str})  # the types a list of field names may hold
_TOP_KEYS = {"format", "schema_version", "schema_minor", "organisation", "records",
             "conflicts", "changes"}


@dataclass(frozen=True)
class LoadedFile:
    """A file as read: its document, and whether it may be saved over."""

    document: Document
    schema_version: int
    schema_minor: int
    read_only: bool = False


# -- reading -------------------------------------------------------------------------------

def load(text: str | bytes) -> LoadedFile:
    """Parse and check a data file. Raises a DataFileError subclass; never returns half a file."""
    return finished(load_in_steps(text))


def finished(steps: Steps[T]) -> T:
    """What stepwise work gives, all steps taken at once."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


def load_in_steps(text: str | bytes) -> Steps[LoadedFile]:
    """``load``, pausing (``yield``) after every few tens of milliseconds of work, so that a
    page reading a large file can answer input in between. Refuses exactly what ``load``
    refuses: a file is only given once every part of it was checked."""
    if len(text) > MAX_BYTES:
        raise FileTooLargeError("/", size=len(text), limit=MAX_BYTES)
    if isinstance(text, bytes):
        data = text
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise NotJsonError(f"byte {error.start}") from None
    else:  # text from elsewhere may hold what UTF-8 cannot write
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError as error:
            line = text.count("\n", 0, error.start) + 1
            column = error.start - text.rfind("\n", 0, error.start)
            raise BrokenTextError(f"line {line}, column {column}") from None
    yield
    with _no_collection():
        return (yield from _load_checked(text, data))


@contextmanager
def _no_collection() -> Iterator[None]:
    """The cycle collector paused while a file becomes objects: a large file makes a million
    of them, none of them garbage, and each collection would walk them all again. When it
    resumes, they are out of its sight (``gc.freeze``): else its first collection walks
    them all at once, a pause of a quarter second in the browser. Nothing read holds a
    cycle, so reference counting still frees all of it when it is dropped; cyclic garbage
    waiting among the young objects is collected first, so that none is frozen with it."""
    was_enabled = gc.isenabled()
    gc.collect(0)
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _load_checked(text: str, data: bytes) -> Steps[LoadedFile]:
    """``load`` once the text is known to be UTF-8 (``data`` is the same text, encoded)."""
    reused = _load_reusing_written_lines(text)
    if reused is not None:
        return reused
    read = yield from _read_in_slices(text)
    if read is not None:
        return read
    # The strict read: slower, and in one piece, but it names the first problem in the file.
    brackets, _ = _structure(data)
    if _nested_deeper_than(brackets, MAX_DOCUMENT_DEPTH):
        raise NestingTooDeepError("/", limit=MAX_DOCUMENT_DEPTH)
    yield
    try:
        raw = _parse(text)
    except json.JSONDecodeError as error:
        raise NotJsonError(f"line {error.lineno}, column {error.colno}") from None
    except RecursionError:
        raise NestingTooDeepError("/") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise NotATrustworkFileError("/format")
    version = _integer(raw, "schema_version", "/")
    minor = _integer(raw, "schema_minor", "/") if "schema_minor" in raw else 0
    yield
    if version > SCHEMA_VERSION:
        try:
            document = yield from _document_in_steps(raw)
        except DataFileError:
            raise NewerFormatError("/schema_version", version=version) from None
        return LoadedFile(document, version, minor, read_only=True)
    raw = upgrade(raw, version)
    document = yield from _document_in_steps(raw)
    return LoadedFile(document, SCHEMA_VERSION, max(minor, SCHEMA_MINOR))


class _KeyCount:
    """The keys of every object a read went through, counted as it goes."""

    __slots__ = ("keys",)

    def __init__(self) -> None:
        self.keys = 0


# Text read in one step of a sliced read (parsed, and made records): 10-25 ms in the browser.
_SLICE_CHARACTERS = 160 * 1024
# A run of pieces of a file, each between a comma and a line break (or the start or end of
# the text searched), that are one object on one line: where a file lists records and changes.
_ONE_LINE_OBJECTS = re.compile(r"(?:(?<=,\n)|\A) *\{[^\n]*\}(?:,\n *\{[^\n]*\})*(?=,\n|\Z)")
# Where a list of records opens in a file as written (a kind's name indented by two spaces),
# or another list of the file (by one: the changes).
_LIST_START = re.compile(r'\n( {1,2})"([a-z][a-z0-9_]{0,39})": \[\n')
# The depth of the lists whose items a slice holds (a kind's records: the document, its
# "records", the kind's list), so a slice nesting deeper than this allows is read in full.
_SLICED_LIST_DEPTH = 3


def _read_in_slices(text: str) -> Steps[LoadedFile | None]:
    """The file read a slice at a time, so that no step holds the page for long.

    A file holds one record or change per line, apart from the next by a comma and a line
    break (never inside a JSON string, which cannot hold a line break). Each run of such
    pieces that are one object on a line is parsed as one list and made into the records of
    the kind (or the changes) whose list it is in, a slice at a time, and its text is
    replaced by a numbered stand-in. What is left (the frame of the file, and the first and
    last line of each list) is then parsed with the stand-ins in it, and each run must come
    back in its place, in a list of its kind (``_Known``). The parser's fast path makes each
    object in C but keeps the last of a repeated key without a word, so the read stands only
    when the objects read hold every key the text spells (the colons outside strings), and
    only for a file of this schema version. None otherwise, and on anything the file is
    refused for: the strict read then finds it and names the first problem in the file's
    order, as always.
    """
    try:
        frame_parts: list[str | None] = []  # None: the place of the next run's stand-in
        runs: list[list[Record] | list[Change]] = []
        count = _KeyCount()
        colons = 0
        listing = ""  # what the list being read holds: a kind of record, or the changes
        start = taken = seen = 0  # this slice; the text placed; the text looked at for lists
        while start >= 0:
            end = text.find(",\n", start + _SLICE_CHARACTERS)
            for run in _ONE_LINE_OBJECTS.finditer(text, start, len(text) if end < 0 else end):
                for opened in _LIST_START.finditer(text, seen, run.start()):
                    listing = opened[2] if len(opened[1]) == 2 else f"/{opened[2]}"
                seen = run.end()
                if listing != "/changes" and not _is_listed_kind(listing):
                    continue  # the conflicts, say: left in the frame and parsed with it
                frame_parts.append(text[taken:run.start()])
                colons += _read_run(run.group(), listing, runs, count)
                frame_parts.append(None)
                taken = run.end()
            start = end if end < 0 else end + 2
            yield
        frame_parts.append(text[taken:])
        # Stand-ins no file can hold, as in _load_reusing_written_lines: they name the hash
        # of the text they stand beside. Only the frame is looked into for them.
        digest = hashlib.blake2b("\0".join(filter(None, frame_parts)).encode("utf-8"),
                                 digest_size=16).hexdigest()
        prefix = f"trustwork-sliced-{digest}-"
        stand_ins = iter(range(len(runs)))
        frame = "".join([f'"{prefix}{next(stand_ins)}"' if part is None else part
                         for part in frame_parts])
        del frame_parts
        brackets, frame_colons = _structure(frame.encode("utf-8"))
        if _nested_deeper_than(brackets, MAX_DOCUMENT_DEPTH):
            return None
        raw = _parse(frame, repeated_keys=False)
        if (not isinstance(raw, dict) or raw.get("format") != FORMAT
                or _integer(raw, "schema_version", "/") != SCHEMA_VERSION):
            return None
        minor = _integer(raw, "schema_minor", "/") if "schema_minor" in raw else 0
        yield
        # Each run must come back where it was read, in a list of its kind: the known-lines
        # check, as for lines this page wrote.
        known = _Known(prefix, runs)
        document = yield from _document_in_steps(raw, known, count=count)
    except (DataFileError, ValueError, RecursionError, TypeError, AttributeError, KeyError):
        return None  # whatever is wrong, the strict read finds it and names it
    if count.keys != colons + frame_colons:  # (each run taken: _document_in_steps)
        return None
    return LoadedFile(document, SCHEMA_VERSION, max(minor, SCHEMA_MINOR))


def _is_listed_kind(listing: str) -> bool:
    """Whether a list's name, as ``_read_in_slices`` found it, can name a kind's records."""
    return bool(_KIND.match(listing)) and listing != ORGANISATION_KIND


def _read_run(run: str, listing: str, runs: list[list[Record] | list[Change]],
              count: _KeyCount) -> int:
    """Read a run of one-line objects as the records or changes of the list it is in
    (``listing``: a kind, or "/changes"), kept in ``runs``; their objects are let go at
    once, so that the page never holds all of the file's objects beside its records. Gives
    the run's colons outside strings; raises ValueError or a DataFileError when it is not
    read so (nested too deep, or refused)."""
    text = "[" + run + "]"
    brackets, colons = _structure(text.encode("utf-8"))
    if _nested_deeper_than(brackets, MAX_DOCUMENT_DEPTH - _SLICED_LIST_DEPTH + 1):
        raise ValueError("nested too deep to be read in slices")
    items = _parse(text, repeated_keys=False)
    if listing == "/changes":
        runs.append([change_from_dict(item, "/changes", count) for item in items])
        return colons
    found = [record_from_dict(item, listing, "/records", count) for item in items]
    for name in _LIST_FIELDS.get(listing, ()):
        if not all(type(record.fields.get(name, [])) in (list, type(None)) for record in found):
            raise ValueError("a list field without a list")
    runs.append(found)
    return colons


def _load_reusing_written_lines(text: str) -> LoadedFile | None:
    """The file read again cheaply, when most of its lines are ones this page last wrote.

    A file holds one record or change per line, apart from the next by a comma and a line
    break. A piece between two of those equal to a line the last ``dumps`` wrote (indented as
    it wrote it) stands for that very (frozen) object, so each run of such pieces is swapped
    for one numbered stand-in before parsing; only the rest, usually what someone else
    changed, is parsed and checked. The stand-ins must come back exactly in order, each in a
    place of its own kind, or this gives up (None) and the file is read in full, which also
    names any error precisely.
    """
    known = _memo.known_lines()
    if not known:
        return None
    # A comma and a line break: never inside a JSON string, which cannot hold a line break.
    pieces = text.split(",\n")
    # A large file has some 40,000 pieces, nearly all known and most in the place they were
    # written: those are compared with the line written there (bytes, in C); only the
    # others are looked up, which hashes them (a third of a save in the browser if all were).
    written, written_items = _memo.written_pieces()
    found = [item if same else known.get(piece) for piece, item, same
             in zip(pieces, written_items, map(eq, pieces, written), strict=False)]
    found += map(known.get, pieces[len(found):])
    unknown = [index for index, item in enumerate(found) if item is None]
    if len(unknown) == len(pieces):
        return None
    # Stand-ins no file can hold: they name the hash of all the text they stand beside (a
    # JSON text cannot spell its own hash, escaped or not), so the codec stays a pure
    # function of its input. Only the pieces left are hashed: a few, not the whole file.
    digest = hashlib.blake2b(",\n".join([pieces[index] for index in unknown]).encode("utf-8"),
                             digest_size=16).hexdigest()
    stand_in_prefix = f"trustwork-known-lines-{digest}-"
    skeleton: list[str] = []
    runs: list[Sequence[Record | Change]] = []
    after = 0  # the first piece not yet in the skeleton
    for index in [*unknown, len(pieces)]:
        if index > after:  # pieces after..index-1 are known: one stand-in for them all
            skeleton.append(f'"{stand_in_prefix}{len(runs)}"')
            runs.append(found[after:index])  # type: ignore[arg-type]
        if index < len(pieces):
            skeleton.append(pieces[index])
        after = index + 1
    parsed_part = ",\n".join(skeleton)
    try:
        if _nested_deeper_than(_structure(parsed_part.encode("utf-8"))[0], MAX_DOCUMENT_DEPTH):
            return None
        raw = _parse(parsed_part)
        if (not isinstance(raw, dict) or raw.get("format") != FORMAT
                or _integer(raw, "schema_version", "/") != SCHEMA_VERSION):
            return None
        minor = _integer(raw, "schema_minor", "/") if "schema_minor" in raw else 0
        return LoadedFile(document_from_dict(raw, _Known(stand_in_prefix, runs)), SCHEMA_VERSION,
                          max(minor, SCHEMA_MINOR))
    except (DataFileError, ValueError, RecursionError, TypeError, AttributeError, KeyError):
        return None  # whatever is wrong, the full read finds it and names it


class _Refused:
    """Stands in, while parsing, for a value the format refuses; its path is found after."""

    __slots__ = ("error", "key", "parameters")

    def __init__(self, error: type[DataFileError], key: str = "", **parameters: object) -> None:
        self.error = error
        self.key = key  # a duplicate key: named in the path of the object that repeats it
        self.parameters = parameters


def _parse(text: str, repeated_keys: bool = True) -> Any:
    """``json.loads``, refusing what readers of JSON do not agree on, so that a document read
    can always be written, merged and shown: numbers that are NaN, Infinity (Python's own
    extension), beyond a double, or whole numbers beyond MAX_WHOLE_NUMBER (which Python
    could not even turn into text beyond 4300 digits); an object with a key twice; a text
    with a lone surrogate escaped as ``\\ud800`` (UTF-8 cannot write it). Raises the
    DataFileError, with its path. Without ``repeated_keys`` a repeated key is not looked
    for (the caller counts keys instead: a hook on every object is a tenth of a read).
    """
    refused: list[_Refused] = []

    def refuse(error: type[DataFileError], key: str = "", **parameters: object) -> _Refused:
        refused.append(_Refused(error, key, **parameters))
        return refused[-1]

    def whole(literal: str) -> int | _Refused:
        if len(literal) <= _MAX_WHOLE_NUMBER_LENGTH:
            number = int(literal)
            if -MAX_WHOLE_NUMBER <= number <= MAX_WHOLE_NUMBER:
                return number
        return refuse(UnusableNumberError, number=_shortened(literal))

    def fraction(literal: str) -> float | _Refused:
        number = float(literal)
        if math.isfinite(number):
            return number
        return refuse(UnusableNumberError, number=_shortened(literal))

    def constant(literal: str) -> _Refused:
        return refuse(UnusableNumberError, number=literal)

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any] | _Refused:
        result = dict(items)
        if len(result) == len(items):
            return result
        repeated = Counter(key for key, _ in items)
        return refuse(DuplicateKeyError, key=next(key for key in repeated if repeated[key] > 1))

    raw = json.loads(text, parse_int=whole, parse_float=fraction, parse_constant=constant,
                     object_pairs_hook=pairs if repeated_keys else None)
    if refused and not repeated_keys:  # a repeated key may have dropped it: the strict
        raise ValueError("a refused value")  # read finds whichever comes first
    if refused:
        where, found = _first(raw, "/", lambda value: isinstance(value, _Refused))
        assert isinstance(found, _Refused)
        if found.key:
            where = f"{where.rstrip('/')}/{found.key}"
        raise found.error(_printable(where), **found.parameters)
    if _SURROGATE_ESCAPE.search(text):  # rare: only then is every text checked
        try:
            json.dumps(raw, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            where, _ = _first(raw, "/", lambda value: isinstance(value, str)
                              and not _writable(value))
            raise BrokenTextError(_printable(where)) from None
    return raw


def _first(value: Any, path: str, wrong: Callable[[Any], bool]) -> tuple[str, Any]:
    """The path and value of the first value (or key) that is ``wrong``, in file order."""
    found = _find(value, path, wrong)
    if found is None:
        raise AssertionError("a refused value was not found again")
    return found


def _find(value: Any, path: str, wrong: Callable[[Any], bool]) -> tuple[str, Any] | None:
    if wrong(value):
        return path, value
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return None
    for key, item in items:
        inner = f"{path.rstrip('/')}/{key}"
        found = (inner, key) if wrong(key) else _find(item, inner, wrong)
        if found is not None:
            return found
    return None


def _writable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shortened(literal: str) -> str:
    """A number as the file spells it, cut in the middle when it is long."""
    return literal if len(literal) <= 24 else f"{literal[:10]}…{literal[-10:]}"


def _printable(where: str) -> str:
    """A path that can be shown and written whatever the keys in it hold."""
    return where.encode("utf-8", "backslashreplace").decode("utf-8")


def _structure(data: bytes) -> tuple[bytes, int]:
    """The brackets outside strings of a JSON text (as UTF-8), and its colons outside
    strings: in JSON, one for every key of every object.

    All in C-speed operations on bytes: drop escapes, keep only brackets, colons and quotes
    (a character is inside a string when an odd number of quotes comes before it), drop
    adjacent quotes (that keeps every other character's parity, and leaves only the strings
    that hold one of them), and drop what lies between the quotes left.
    """
    unescaped = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    structure = unescaped.translate(None, _NOT_STRUCTURE).replace(b'""', b"")
    outside_strings = b"".join(structure.split(b'"')[0::2])
    return outside_strings.translate(_BRACKET_PAIRS, b":"), outside_strings.count(b":")


def _nests_deeper_than(data: bytes, limit: int) -> bool:
    """Whether the JSON text (as UTF-8) nests brackets deeper than ``limit``."""
    return _nested_deeper_than(_structure(data)[0], limit)


def _nested_deeper_than(brackets: bytes, limit: int) -> bool:
    """Whether ``brackets`` (from ``_structure``) nest deeper than ``limit``, found before
    parsing: Python's JSON parser recurses once per level, and inside the browser a deep
    enough "bomb" exhausts the stack and kills the interpreter instead of raising. Peels
    off innermost pairs, one level a pass."""
    for _ in range(limit):
        peeled = brackets.replace(b"()", b"")
        if peeled == brackets:
            return brackets.count(b"(") > limit
        brackets = peeled
    return bool(brackets)


class _Known:
    """Runs of objects standing in for lines already known (see _load_reusing_written_lines):
    each run is taken once, in order, and only where objects of its sort belong."""

    def __init__(self, prefix: str, runs: Sequence[Sequence[Record | Change]]) -> None:
        self.prefix = prefix
        self.runs = runs
        self.taken = 0

    def _next(self, item: object, path: str) -> Sequence[Record | Change]:
        if item == f"{self.prefix}{self.taken}" and self.taken < len(self.runs):
            self.taken += 1
            return self.runs[self.taken - 1]
        raise WrongTypeError(path, expected="object")

    def records(self, item: object, kind: str, path: str) -> Sequence[Record]:
        found = self._next(item, path)
        if (all(map(isinstance, found, repeat(Record)))
                and all(map(eq, map(_KIND_OF, found), repeat(kind)))):
            return found  # type: ignore[return-value]
        raise WrongTypeError(path, expected="object")

    def changes(self, item: object, path: str) -> Sequence[Change]:
        found = self._next(item, path)
        if all(map(isinstance, found, repeat(Change))):
            return found  # type: ignore[return-value]
        raise WrongTypeError(path, expected="object")

    @property
    def all_taken(self) -> bool:
        return self.taken == len(self.runs)


_KIND_OF = attrgetter("kind")
_ID_OF = attrgetter("id")


# Fields whose merge rule joins lists (set, ordered): a file must hold a list there (or null),
# else two copies could not be merged by the rule. Read from the registry once.
_LIST_FIELDS: Mapping[str, tuple[str, ...]] = {
    kind.name: tuple(spec.name for spec in kind.fields if spec.rule != "latest")
    for kind in REGISTRY.kinds}


def document_from_dict(raw: Mapping[str, Any], known: _Known | None = None) -> Document:
    """The document in a parsed file (any version's layout once upgraded).

    ``known``: objects whose stand-ins take the place of records and changes."""
    return finished(_document_in_steps(raw, known))


_STEP = 1000  # records or changes read between two pauses: 10-20 ms in the browser
_ENCODE_STEP = 500  # records or changes encoded between two pauses: 10-25 ms in the browser


def _document_in_steps(raw: Mapping[str, Any], known: _Known | None = None,
                       count: _KeyCount | None = None) -> Steps[Document]:
    """``document_from_dict`` a step at a time; ``count``: add up the keys of what it reads."""
    organisation = record_from_dict(_mapping(raw, "organisation", "/"), ORGANISATION_KIND,
                                    "/organisation", count)
    records: dict[str, Record] = {organisation.id: organisation}
    for kind, items in _mapping(raw, "records", "/").items():
        path = f"/records/{kind}"
        if not _KIND.match(kind) or kind == ORGANISATION_KIND:
            raise WrongTypeError(path, expected="kind")
        if not isinstance(items, list):
            raise WrongTypeError(path, expected="list")
        lists = _LIST_FIELDS.get(kind, ())
        for index, item in enumerate(items):
            if index % _STEP == _STEP - 1:
                yield
            if type(item) is dict:
                record = record_from_dict(item, kind, f"{path}/{index}", count)
                for name in lists:
                    if type(record.fields.get(name, [])) not in (list, type(None)):
                        raise WrongTypeError(f"{path}/{index}/fields/{name}", expected="list")
            elif known is not None:
                run = known.records(item, kind, f"{path}/{index}")
                size = len(records)
                records.update(zip(map(_ID_OF, run), run, strict=True))
                if len(records) != size + len(run):  # an id twice: the full read names it
                    raise WrongTypeError(f"{path}/{index}", expected="object")
                continue
            else:
                raise WrongTypeError(f"{path}/{index}", expected="object")
            if record.id in records:
                raise DuplicateIdError(f"{path}/{index}/id", id=record.id,
                                       first=_place(raw, records[record.id]))
            records[record.id] = record
    del records[organisation.id]
    conflicts = {}
    for index, item in enumerate(_list(raw, "conflicts", "/", optional=True)):
        conflict = conflict_from_dict(item, f"/conflicts/{index}")
        if count is not None:
            count.keys += _keys_in(item)
        owner = records.get(conflict.record_id)
        if owner is not None and conflict.field in _LIST_FIELDS.get(owner.kind, ()):
            for side, value in (("kept", conflict.kept), ("other", conflict.other)):
                if type(value) not in (list, type(None)):  # picking it would break the record
                    raise WrongTypeError(f"/conflicts/{index}/{side}", expected="list")
        conflicts[conflict.id] = conflict
    changes: list[Change] = []
    for index, item in enumerate(_list(raw, "changes", "/", optional=True)):
        if index % _STEP == _STEP - 1:
            yield
        if known is not None and type(item) is str:
            changes += known.changes(item, "/changes/" + str(index))
        else:
            changes.append(change_from_dict(item, "/changes/" + str(index), count))
    if known is not None and not known.all_taken:
        raise WrongTypeError("/", expected="object")
    extra = {key: value for key, value in raw.items() if key not in _TOP_KEYS}
    if count is not None:
        # The extra keys themselves are in len(raw): only what they hold is added.
        count.keys += len(raw) + len(raw["records"]) + sum(map(_keys_in, extra.values()))
    return Document(organisation, records, conflicts, tuple(changes), extra)


_SCALARS = frozenset({str, int, float, bool, type(None)})


def record_from_dict(raw: Mapping[str, Any], kind: str, path: str,
                     count: _KeyCount | None = None) -> Record:
    """One record. Written for speed (a large file has tens of thousands): paths are only
    spelled out when something is wrong. ``count``: add up the keys read, nested ones too."""
    created = stamp_from_dict(raw.get("created"), path, "/created")
    fields = raw.get("fields")
    if type(fields) is not dict:
        if fields is None:
            raise MissingFieldError(f"{path}/fields")
        raise WrongTypeError(f"{path}/fields", expected="object")
    nested = 0
    if not _SCALARS.issuperset(map(type, fields.values())):  # most records: plain values
        for name, value in fields.items():
            if type(value) not in _SCALARS:
                nested += _check_value(value, f"{path}/fields/{name}", 0)
    record_id = raw.get("id")
    if type(record_id) is not str or not record_id:
        if record_id is None:
            raise MissingFieldError(f"{path}/id")
        raise WrongTypeError(f"{path}/id", expected="text")
    raw_stamps = raw.get("stamps")
    stamps = dict.fromkeys(fields, created)
    if raw_stamps is not None:
        if type(raw_stamps) is not dict:
            raise WrongTypeError(f"{path}/stamps", expected="object")
        for name, value in raw_stamps.items():
            stamp = stamp_from_dict(value, path, f"/stamps/{name}")
            if name in stamps:
                stamps[name] = stamp
            nested += len(value)
        nested += len(raw_stamps)
    changed = raw.get("changed")
    deleted = raw.get("deleted")
    # The stamps are read before their keys are counted: a stamp that is not an object is
    # refused by name, never counted with len().
    changed_stamp = created if changed is None else stamp_from_dict(changed, path, "/changed")
    deleted_stamp = None if deleted is None else stamp_from_dict(deleted, path, "/deleted")
    extra = ({} if _RECORD_KEYS.issuperset(raw) else
             {key: value for key, value in raw.items() if key not in _RECORD_KEYS})
    if count is not None:  # a stamp's own keys by len() alone: counting short is always safe
        count.keys += (len(raw) + len(fields) + nested + len(raw["created"])
                       + (0 if changed is None else len(changed))
                       + (0 if deleted is None else len(deleted))
                       + (sum(map(_keys_in, extra.values())) if extra else 0))
    # In the order Record declares them: by keyword, a large file's read took 5% longer.
    return Record(record_id, kind, created, changed_stamp, fields, stamps, deleted_stamp, extra)


def canonical_time(at: str) -> str:
    """A timestamp with exactly six decimals, so that comparing the texts compares the times
    (``…:00Z`` would otherwise sort after ``…:00.5Z``)."""
    if len(at) == _CANONICAL_LENGTH:
        return at
    whole, _, fraction = at[:-1].partition(".")
    return f"{whole}.{fraction[:6].ljust(6, '0')}Z"


def stamp_from_dict(raw: object, path: str, suffix: str = "") -> Stamp:
    """A stamp at ``path + suffix`` (given apart, so no path is built unless it is wrong)."""
    if type(raw) is dict:
        at, by = raw.get("at"), raw.get("by")
        if type(at) is str and type(by) is str and by and _TIMESTAMP.match(at):
            return Stamp(at if len(at) == _CANONICAL_LENGTH else canonical_time(at), by)
    where = path + suffix
    if raw is None:
        raise MissingFieldError(where)
    if not isinstance(raw, dict):
        raise WrongTypeError(where, expected="object")
    at = _text(raw, "at", where)
    if not _TIMESTAMP.match(at):
        raise WrongTypeError(f"{where}/at", expected="timestamp")
    _text(raw, "by", where)
    raise WrongTypeError(where, expected="object")


def conflict_from_dict(raw: object, path: str) -> Conflict:
    if not isinstance(raw, dict):
        raise WrongTypeError(path, expected="object")
    for name in ("kept", "other"):
        if name not in raw:
            raise MissingFieldError(f"{path}/{name}")
        _check_value(raw[name], f"{path}/{name}", 0)
    return Conflict(
        id=_text(raw, "id", path),
        record_id=_text(raw, "record", path),
        field=_text(raw, "field", path),
        kept=raw["kept"],
        kept_stamp=stamp_from_dict(raw.get("kept_stamp"), path, "/kept_stamp"),
        other=raw["other"],
        other_stamp=stamp_from_dict(raw.get("other_stamp"), path, "/other_stamp"),
    )


def _place(raw: Mapping[str, Any], record: Record) -> str:
    """Where in the file a record stands (only asked when reporting a problem)."""
    if record.kind == ORGANISATION_KIND:
        return "/organisation"
    for index, item in enumerate(raw["records"][record.kind]):
        if isinstance(item, dict) and item.get("id") == record.id:
            return f"/records/{record.kind}/{index}"
    return "/records"


def change_from_dict(raw: object, path: str, count: _KeyCount | None = None) -> Change:
    """One entry of the change log. ``count``: add up the keys read, nested ones too."""
    if type(raw) is dict:  # the usual case, checked quickly
        change_id, at, by = raw.get("id"), raw.get("at"), raw.get("by")
        record_id, kind, action = raw.get("record"), raw.get("kind"), raw.get("action")
        fields, values, before = raw.get("fields", []), raw.get("values"), raw.get("before")
        if (type(change_id) is str and type(at) is str and type(by) is str
                and type(record_id) is str and type(kind) is str and type(action) is str
                and change_id and by and record_id and kind and action and _TIMESTAMP.match(at)
                and type(fields) is list and _TEXT_ONLY.issuperset(map(type, fields))
                and values is None and before is None):
            if count is not None:
                count.keys += len(raw)
            at = at if len(at) == _CANONICAL_LENGTH else canonical_time(at)
            return Change(change_id, Stamp(at, by), record_id, kind, action, tuple(fields))
    if not isinstance(raw, dict):
        raise WrongTypeError(path, expected="object")
    if count is not None:
        count.keys += _keys_in(raw)
    fields = raw.get("fields", [])
    if not isinstance(fields, list) or not all(isinstance(name, str) for name in fields):
        raise WrongTypeError(f"{path}/fields", expected="list_of_texts")
    if not _TIMESTAMP.match(_text(raw, "at", path)):
        raise WrongTypeError(f"{path}/at", expected="timestamp")
    return Change(
        id=_text(raw, "id", path),
        stamp=Stamp(at=canonical_time(raw["at"]), by=_text(raw, "by", path)),
        record_id=_text(raw, "record", path),
        kind=_text(raw, "kind", path),
        action=_text(raw, "action", path),
        fields=tuple(fields),
        values=_values(raw, "values", path),
        before=_values(raw, "before", path),
    )


def _values(raw: Mapping[str, Any], key: str, path: str) -> dict[str, JsonValue]:
    """A change's ``values`` or ``before``: an object of field values, checked like fields."""
    if key not in raw:
        return {}
    values = _mapping(raw, key, path)
    for name, value in values.items():
        _check_value(value, f"{path}/{key}/{name}", 0)
    return dict(values)


def _check_value(value: object, path: str, depth: int) -> int:
    """Refuses a value nested too deep; returns how many keys its objects hold."""
    if depth > MAX_VALUE_DEPTH:
        raise NestingTooDeepError(path)
    keys = 0
    if isinstance(value, dict):
        keys = len(value)
        for key, item in value.items():
            keys += _check_value(item, f"{path}/{key}", depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            keys += _check_value(item, f"{path}/{index}", depth + 1)
    return keys


def _keys_in(value: object) -> int:
    """How many keys the objects in a parsed JSON value hold, nested ones included."""
    if type(value) is dict:
        return len(value) + sum(map(_keys_in, value.values()))
    if type(value) is list:
        return sum(map(_keys_in, value))
    return 0


def _get(raw: Mapping[str, Any], key: str, path: str) -> Any:
    try:
        return raw[key]
    except KeyError:
        raise MissingFieldError(f"{path.rstrip('/')}/{key}") from None


def _text(raw: Mapping[str, Any], key: str, path: str) -> str:
    value = _get(raw, key, path)
    if not isinstance(value, str) or not value:
        raise WrongTypeError(f"{path.rstrip('/')}/{key}", expected="text")
    return value


def _integer(raw: Mapping[str, Any], key: str, path: str) -> int:
    value = _get(raw, key, path)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise WrongTypeError(f"{path.rstrip('/')}/{key}", expected="whole_number")
    return value


def _mapping(
    raw: Mapping[str, Any], key: str, path: str, optional: bool = False
) -> Mapping[str, Any]:
    if optional and key not in raw:
        return {}
    value = _get(raw, key, path)
    if not isinstance(value, dict):
        raise WrongTypeError(f"{path.rstrip('/')}/{key}", expected="object")
    return value


def _list(raw: Mapping[str, Any], key: str, path: str, optional: bool = False) -> list[Any]:
    if optional and key not in raw:
        return []
    value = _get(raw, key, path)
    if not isinstance(value, list):
        raise WrongTypeError(f"{path.rstrip('/')}/{key}", expected="list")
    return value


# -- writing -------------------------------------------------------------------------------

def stamp_to_dict(stamp: Stamp) -> dict[str, JsonValue]:
    return {"at": stamp.at, "by": stamp.by}


def record_to_dict(record: Record) -> dict[str, JsonValue]:
    """A record as stored; a field's stamp is left out while it equals ``created``."""
    created = record.created
    result: dict[str, JsonValue] = {"id": record.id, "created": stamp_to_dict(created)}
    # "is" first: a read record's stamps are mostly its very ``created``, and comparing two
    # Stamps runs Python code, some 160,000 times for a large file.
    if record.changed is not created and record.changed != created:
        result["changed"] = stamp_to_dict(record.changed)
    if record.deleted is not None:
        result["deleted"] = stamp_to_dict(record.deleted)
    result["fields"] = dict(sorted(record.fields.items()))
    stamps = {name: stamp_to_dict(stamp) for name, stamp in sorted(record.stamps.items())
              if stamp is not created and stamp != created and name in record.fields}
    if stamps:
        result["stamps"] = dict(stamps)
    result.update(record.extra)
    return result


def conflict_to_dict(conflict: Conflict) -> dict[str, JsonValue]:
    return {
        "id": conflict.id,
        "record": conflict.record_id,
        "field": conflict.field,
        "kept": conflict.kept,
        "kept_stamp": stamp_to_dict(conflict.kept_stamp),
        "other": conflict.other,
        "other_stamp": stamp_to_dict(conflict.other_stamp),
    }


def change_to_dict(change: Change) -> dict[str, JsonValue]:
    result: dict[str, JsonValue] = {
        "id": change.id, "at": change.stamp.at, "by": change.stamp.by,
        "record": change.record_id, "kind": change.kind, "action": change.action,
    }
    if change.fields:
        result["fields"] = list(change.fields)
    if change.values:
        result["values"] = dict(change.values)
    if change.before:
        result["before"] = dict(change.before)
    return result


def _line(value: JsonValue) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)


def _block(lines: list[str], indent: str) -> str:
    return _indented_block([indent + line for line in lines], indent)


def _indented_block(lines: list[str], indent: str) -> str:
    """``_block`` of lines that already start with ``indent``."""
    return "".join(_indented_block_pieces(lines, indent))


def _indented_block_pieces(lines: list[str], indent: str) -> list[str]:
    if not lines:
        return ["[]"]
    return ["[\n", ",\n".join(lines), "\n" + indent[:-1] + "]"]


_RECORD_INDENT, _CHANGE_INDENT = "   ", "  "


Item = TypeVar("Item", Record, Change)


@dataclass(frozen=True)
class _Written(Generic[Item]):
    """One list of the file as the last ``dumps`` wrote it: its objects in the file's order,
    the sort key of each (all different, so that no other order is right), and its lines
    (indented as in the file)."""

    items: list[Item]
    keys: list[tuple[str, str, str]]
    lines: list[str]


class _LineMemo:
    """Each list of records (one per kind) and the change log as last written.

    Records and changes are frozen, and a save writes mostly the very objects the last
    save wrote: only new or changed ones are encoded again, and only they are sorted into
    the order last written. Each dumps keeps just what it wrote (and holds those objects,
    so an id cannot be reused while remembered): one document's lines, however many saves.
    """

    def __init__(self) -> None:
        self.previous: dict[str, _Written[Any]] = {}
        self.current: dict[str, _Written[Any]] = {}
        # Every record last written, by object identity: what a save finds new or gone.
        self.previous_records: dict[int, Record] = {}
        self.current_records: dict[int, Record] = {}
        # How many conflicts and other top-level keys the text held: pieces of its layout.
        self.previous_layout, self.current_layout = (0, 0), (0, 0)
        self._known: dict[str, Record | Change] | None = None
        self._pieces: tuple[list[str], list[Record | Change | None]] | None = None

    def record_lines(self, records: Mapping[str, Record]) -> list[tuple[str, list[str]]]:
        """Each kind, sorted, with the lines of its records in order; remembered."""
        values = list(records.values())
        by_id = dict(zip(map(id, values), values, strict=True))
        blocks = self._records_moved_on(by_id) if len(by_id) == len(values) else None
        if blocks is None:  # nothing to start from, or keys that tie: kind by kind
            blocks = {kind: self.ordered(self.previous.get(kind), items, record_order)
                      for kind, items in _records_by_kind(values)}
        kinds = sorted(blocks)
        for kind in kinds:
            self.current[kind] = blocks[kind]
        self.current_records = by_id
        return [(kind, blocks[kind].lines) for kind in kinds]

    def _records_moved_on(self, by_id: dict[int, Record]) -> dict[str, _Written[Record]] | None:
        """The lists last written brought up to the records in ``by_id``: those gone taken
        out, the new ones inserted, the other kinds untouched. None when there is nothing
        to start from, many new, or keys that tie (then only the document's order decides)."""
        last_by_id = self.previous_records
        blocks = {name: written for name, written in self.previous.items() if name != _CHANGES}
        if not last_by_id or any(len(written.keys) != len(written.items)
                                 for written in blocks.values()):
            return None
        gone: dict[str, set[int]] = {}
        for key in last_by_id.keys() - by_id.keys():
            gone.setdefault(last_by_id[key].kind, set()).add(key)
        new: dict[str, list[Record]] = {}
        for key in by_id.keys() - last_by_id.keys():
            new.setdefault(by_id[key].kind, []).append(by_id[key])
        for kind in gone.keys() | new.keys():
            last = blocks.get(kind, _Written([], [], []))
            added = sorted(new.get(kind, ()), key=record_order)
            if len(added) > len(last.items) // 4 + 1:  # sorting the kind afresh is quicker
                return None
            left = gone.get(kind, set())
            kept = list(map(not_, map(left.__contains__, map(id, last.items))))
            written = _inserted(last, kept, added, record_order)
            if written is None:
                return None
            if written.items:
                blocks[kind] = written
            else:
                del blocks[kind]
        return blocks

    def lines(self, name: str, items: Sequence[Item], order: Callable[[Item], tuple[str, str, str]]
              ) -> list[str]:
        """The lines of ``items`` in ``order``, remembered under ``name`` for the next dumps."""
        written = self.ordered(self.previous.get(name), items, order)
        self.current[name] = written
        return written.lines

    @staticmethod
    def ordered(last: _Written[Item] | None, items: Sequence[Item],
                order: Callable[[Item], tuple[str, str, str]]) -> _Written[Item]:
        """``items`` as one list written in ``order``, from ``last`` when it can be."""
        present = set(map(id, items))
        if last is None or len(last.keys) != len(last.items) or len(present) != len(items):
            return _sorted_afresh(last, items, order)  # new, or some keys equal
        last_ids = set(map(id, last.items))
        if present == last_ids:  # the very objects: the order stands
            return last
        added_ids = present - last_ids
        if len(added_ids) > len(items) // 4:  # sorting all at once is quicker than inserting
            return _sorted_afresh(last, items, order)
        kept = list(map(present.__contains__, map(id, last.items)))
        added = sorted(compress(items, map(added_ids.__contains__, map(id, items))), key=order)
        written = _inserted(last, kept, added, order)
        # A tie: the input's order decides, as sorted() does.
        return written if written is not None else _sorted_afresh(last, items, order)

    def remember(self, written: dict[str, _Written[Any]], records: dict[int, Record],
                 layout: tuple[int, int]) -> None:
        """Take ``written`` (its ``records``, its ``layout``) as if ``dumps`` had written it."""
        self.previous, self.previous_records, self.previous_layout = written, records, layout
        self._known = self._pieces = None

    def start(self) -> None:
        """Begin a dumps afresh, whatever one that failed halfway left behind."""
        self.current, self.current_records, self.current_layout = {}, {}, (0, 0)

    def finish(self) -> None:
        self.previous, self.current = self.current, {}
        self.previous_records, self.current_records = self.current_records, {}
        self.previous_layout, self.current_layout = self.current_layout, (0, 0)
        self._known = self._pieces = None

    def written_pieces(self) -> tuple[list[str], list[Record | Change | None]]:
        """The pieces the text last written splits into at each comma and line break, as
        far as the lines tell: each line but the first and last of a list, and an empty text
        for each piece that joins a list to what is around it; beside them, their objects."""
        if self._pieces is not None:
            return self._pieces
        texts: list[str] = [""] * 4  # format, the two versions, the organisation
        items: list[Record | Change | None] = [None] * 4

        def pieces_of(written: _Written[Any] | None, at_least: int = 1) -> None:
            if written is None or len(written.lines) < 2:
                texts.extend([""] * at_least)
                items.extend([None] * at_least)
            else:
                texts.extend(["", *written.lines[1:-1], ""])
                items.extend([None, *written.items[1:-1], None])

        kinds = sorted(name for name in self.previous if name != _CHANGES)
        for kind in kinds:
            pieces_of(self.previous[kind])
        if not kinds:
            pieces_of(None)  # "records": {}
        conflicts, extra = self.previous_layout
        pieces_of(None, max(conflicts, 1))  # a list of n conflicts: n pieces, at least one
        pieces_of(self.previous.get(_CHANGES))
        pieces_of(None, extra)
        self._pieces = texts, items
        return self._pieces

    def known_lines(self) -> dict[str, Record | Change]:
        """Each line last written, and the object it is the encoding of."""
        if self._known is None:
            self._known = {}
            for written in self.previous.values():
                self._known.update(zip(written.lines, written.items, strict=True))
        return self._known


def _file_line(item: Record | Change) -> str:
    """An item's line as the file holds it, indented, without the comma after it."""
    if isinstance(item, Record):
        return _RECORD_INDENT + _line(record_to_dict(item))
    return _CHANGE_INDENT + _line(change_to_dict(item))


def _inserted(last: _Written[Item], kept: list[bool], added: list[Item],
              order: Callable[[Item], tuple[str, str, str]]) -> _Written[Item] | None:
    """``last`` with only the items ``kept``, and ``added`` (sorted) each put in its place.
    None when a key is already there: two equal keys are left in the input's order."""
    written = _Written(list(compress(last.items, kept)), list(compress(last.keys, kept)),
                       list(compress(last.lines, kept)))
    for item in added:
        key = order(item)
        at = bisect_left(written.keys, key)
        if at < len(written.keys) and written.keys[at] == key:
            return None
        written.keys.insert(at, key)
        written.items.insert(at, item)
        written.lines.insert(at, _file_line(item))
    return written


def _sorted_afresh(last: _Written[Item] | None, items: Sequence[Item],
                   order: Callable[[Item], tuple[str, str, str]]) -> _Written[Item]:
    return finished(_sorting_afresh(last, items, order))


def _sorting_afresh(last: _Written[Item] | None, items: Sequence[Item],
                    order: Callable[[Item], tuple[str, str, str]]) -> Steps[_Written[Item]]:
    """``items`` sorted as ``sorted`` sorts them (ties in their order), reusing the lines of
    objects ``last`` wrote; a pause (``yield``) after every few thousand lines encoded.
    Remembered to insert into only when no two keys are equal."""
    keys = list(map(order, items))
    positions = sorted(range(len(items)), key=keys.__getitem__)
    sorted_items = [items[position] for position in positions]
    sorted_keys = [keys[position] for position in positions]
    yield  # the sort of 20,000 changes, then their lines: each near 50 ms in one step
    written_lines = {} if last is None else dict(zip(map(id, last.items), last.lines,
                                                         strict=True))
    lines: list[str] = []
    for start in range(0, len(sorted_items), _ENCODE_STEP):
        lines += [written_lines.get(id(item)) or _file_line(item)
                  for item in sorted_items[start:start + _ENCODE_STEP]]
        yield
    if not all(map(lt, sorted_keys, sorted_keys[1:])):
        return _Written(sorted_items, [], lines)  # no keys: never inserted into
    return _Written(sorted_items, sorted_keys, lines)


_memo = _LineMemo()
_CHANGES = ""  # the change log's name in the memo: no kind is called that


def forget_written_lines() -> None:
    """Drop what the last ``dumps`` wrote (another file is opened; tests compare paths)."""
    _memo.start()
    _memo.finish()


def prepare_to_write(document: Document) -> None:
    """Encode ``document``'s records and changes once now, so that the next ``dumps`` of it
    or of a merge with it only encodes what changed. The app does this after opening a
    file, while the person reads the screen, not when they press Save."""
    finished(preparing_to_write(document))


def preparing_to_write(document: Document) -> Steps[None]:
    """``prepare_to_write``, pausing (``yield``) between slices of a few tens of ms."""
    prepared: dict[str, _Written[Any]] = {}
    values = list(document.records.values())
    with _no_collection():
        for kind, records in _records_by_kind(values):
            prepared[kind] = yield from _sorting_afresh(_memo.previous.get(kind), records,
                                                        record_order)
        prepared[_CHANGES] = yield from _sorting_afresh(_memo.previous.get(_CHANGES),
                                                        document.changes, change_order)
    _memo.remember(prepared, dict(zip(map(id, values), values, strict=True)),
                   (len(document.conflicts), len(document.extra)))


def _records_by_kind(records: Iterable[Record]) -> list[tuple[str, list[Record]]]:
    by_kind: dict[str, list[Record]] = {}
    for record in records:
        by_kind.setdefault(record.kind, []).append(record)
    return sorted(by_kind.items())


def dumps(document: Document, schema_minor: int = SCHEMA_MINOR) -> str:
    """The file's text: fixed key order, one record per line, sorted, ending in a newline."""
    # Built as pieces joined once: adding up the parts would copy 14 MB at every step.
    _memo.start()
    records = ['"records": {']
    for index, (kind, lines) in enumerate(_memo.record_lines(document.records)):
        records += [",\n" if index else "\n", f"  {_line(kind)}: ",
                    *_indented_block_pieces(lines, _RECORD_INDENT)]
    records.append("\n }" if len(records) > 1 else "}")
    conflicts = sorted(document.conflicts.values(), key=lambda conflict: conflict.id)
    changes = _memo.lines(_CHANGES, document.changes, change_order)
    parts = [
        [f'"format": {_line(FORMAT)}'],
        [f'"schema_version": {SCHEMA_VERSION}'],
        [f'"schema_minor": {schema_minor}'],
        [f'"organisation": {_line(record_to_dict(document.organisation))}'],
        records,
        ['"conflicts": ' + _block([_line(conflict_to_dict(c)) for c in conflicts], "  ")],
        ['"changes": ', *_indented_block_pieces(changes, _CHANGE_INDENT)],
    ]
    parts += [[f"{_line(key)}: {_line(value)}"] for key, value in sorted(document.extra.items())]
    _memo.current_layout = (len(conflicts), len(document.extra))
    _memo.finish()
    pieces = ["{\n "]
    for index, part in enumerate(parts):
        if index:
            pieces.append(",\n ")
        pieces += part
    pieces.append("\n}\n")
    return "".join(pieces)


def sealed_content_to_text(content: Mapping[str, JsonValue]) -> str:
    """The text a confidential record's content is encrypted as (the inverse is below)."""
    return json.dumps(dict(content), ensure_ascii=False, sort_keys=True)


def sealed_content_from_text(text: str) -> dict[str, JsonValue]:
    """A confidential record's content, once decrypted; anything else is damaged."""
    try:
        content = _parse(text)
    except (ValueError, RecursionError, DataFileError):
        raise CannotUnlockError("secret.damaged") from None
    if not isinstance(content, dict):
        raise CannotUnlockError("secret.damaged")
    return content
