"""The trust scan: its questionnaire, its ballots' content, the tally that turns opened ballots
into aggregates safe to store, and the results per theme. Pure: no browser, no clock; seeds,
ids and today are passed in.

A round's ballots are sealed to the round's public key in the page (web/static/crypto.js);
this module sees a ballot only as the facilitator's page opened it, in memory. What it lets
into the file is an aggregate per group and statement, and only for groups that pass the
threshold and the subtraction rule (``passing_groups``).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from trustwork.errors import FieldValueError
from trustwork.kinds import SCAN_THEMES
from trustwork.model.document import Document, JsonValue, Record
from trustwork.model.memo import remembered

ROUND, BALLOT, STATEMENT, RESULT = "scan_round", "scan_ballot", "scan_statement", "scan_result"
# The foundations of trust the article names, in its order.
THEMES = SCAN_THEMES
SCALE = (1, 2, 3, 4, 5)  # 1: strongly disagree … 5: strongly agree
POSITIVE = (4, 5)
EVERYONE = "everyone"  # the group of every respondent of a round
DEFAULT_THRESHOLD, MIN_THRESHOLD = 5, 3
OPEN_LIMIT = 1000  # characters of the open answer
# Every ballot's text is padded to this many bytes before it is sealed, so the length of a
# ciphertext says nothing about how long the open answer was (1000 characters of 4 bytes
# each, the answers of 100 statements and some room fit).
PADDED_BYTES = 6144


@dataclass(frozen=True)
class Statement:
    """One statement of the questionnaire: a stable id, its theme, and its own text when the
    organisation wrote it (a built-in statement's text is in the catalogue:
    ``scan.statement.<id>``)."""

    id: str
    theme: str
    text: str = ""


def _built_in() -> tuple[Statement, ...]:
    per_theme = {"goals": 4, "tools": 3, "whole_work": 3, "openness": 4, "own_work": 3,
                 "few_rules": 3, "safety": 4, "thinking_along": 3, "employment": 3}
    return tuple(Statement(f"{theme}.{number}", theme)
                 for theme in THEMES for number in range(1, per_theme[theme] + 1))


STATEMENTS: tuple[Statement, ...] = _built_in()


def statements(document: Document) -> tuple[Statement, ...]:
    """The questionnaire: the built-in statements, then the organisation's own, by theme."""
    own = [Statement(record.id, str(record.fields.get("theme")), str(record.fields.get("text")))
           for record in document.live(STATEMENT)
           if record.fields.get("theme") in THEMES and record.fields.get("text")]
    order = {theme: index for index, theme in enumerate(THEMES)}
    return (*STATEMENTS, *sorted(own, key=lambda s: (order[s.theme], s.id)))


def threshold(round_record: Record) -> int:
    """The round's minimum group size: as the organisation set it, never below 3 (5 unless
    set)."""
    value = round_record.fields.get("threshold")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return DEFAULT_THRESHOLD
    return max(MIN_THRESHOLD, int(value))


def check_threshold(fields: Mapping[str, JsonValue]) -> dict[str, JsonValue]:
    """A new round's fields with its threshold checked (5 when left empty)."""
    value = fields.get("threshold")
    if value is None or value == "":
        return {**fields, "threshold": DEFAULT_THRESHOLD}
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value) or (
            value < MIN_THRESHOLD):
        raise FieldValueError("threshold", "scan.threshold_too_low", minimum=MIN_THRESHOLD)
    return {**fields, "threshold": int(value)}


def is_closed(round_record: Record) -> bool:
    return bool(round_record.fields.get("closed"))


def round_groups(round_record: Record) -> tuple[str, ...]:
    """The teams a round reports on besides everyone (none: only everyone)."""
    groups = round_record.fields.get("groups")
    return tuple(str(g) for g in groups) if isinstance(groups, list) else ()


# -- a ballot's content ---------------------------------------------------------------------

@dataclass(frozen=True)
class Ballot:
    """What one respondent answered: a score 1–5 per statement (a statement left out is not
    answered), the groups they report under (teams of the round), and the open answer."""

    answers: Mapping[str, int]
    groups: tuple[str, ...] = ()
    open_answer: str = ""


def ballot_from_form(values: Mapping[str, Sequence[str]], round_record: Record,
                     questionnaire: Sequence[Statement]) -> Ballot:
    """A ballot from the answer form: ``answer.<statement>`` 1–5, ``group`` (teams of the
    round), ``open``. Raises FieldValueError for anything the form cannot have sent."""
    answers: dict[str, int] = {}
    for statement in questionnaire:
        given = (values.get(f"answer.{statement.id}") or [""])[0]
        if not given:
            continue
        if given not in {str(score) for score in SCALE}:
            raise FieldValueError(f"answer.{statement.id}", "scan.bad_answer")
        answers[statement.id] = int(given)
    if not answers:
        raise FieldValueError("", "scan.nothing_answered")
    allowed = set(round_groups(round_record))
    groups = tuple(sorted({g for g in values.get("group", []) if g}))
    if any(group not in allowed for group in groups):
        raise FieldValueError("group", "form.error.unknown_record")
    open_answer = (values.get("open") or [""])[0].strip()
    if len(open_answer) > OPEN_LIMIT:
        raise FieldValueError("open", "form.error.too_long", limit=OPEN_LIMIT)
    return Ballot(answers, groups, open_answer)


def ballot_context(round_id: str, ballot_id: str) -> str:
    """The text a ballot's ciphertext is bound to: moved to another round or id, it does not
    open."""
    return f"trustwork scan ballot:{round_id}:{ballot_id}"


def box_context(round_id: str) -> str:
    """The text the round's sealed private key is bound to."""
    return f"trustwork scan box:{round_id}"


def padded(text: str, size: int = PADDED_BYTES) -> str:
    """``text`` with spaces after it up to ``size`` bytes of UTF-8 (a JSON text reads the
    same with them)."""
    length = len(text.encode("utf-8"))
    if length > size:
        raise FieldValueError("open", "form.error.too_long", limit=OPEN_LIMIT)
    return text + " " * (size - length)


# -- the tally ------------------------------------------------------------------------------

@dataclass(frozen=True)
class GroupResult:
    """What the file keeps of one group of one round: how many responded, per statement the
    count of each answer 1–5, and the open answers in a shuffled order."""

    group: str
    respondents: int
    counts: Mapping[str, tuple[int, ...]]
    open_answers: tuple[str, ...] = ()


def members(ballots: Sequence[Ballot], groups: Sequence[str]) -> dict[str, frozenset[int]]:
    """Which ballots (by position) each group holds; everyone holds them all."""
    found = {EVERYONE: frozenset(range(len(ballots)))}
    for group in groups:
        found[group] = frozenset(i for i, ballot in enumerate(ballots) if group in ballot.groups)
    return found


def passing_groups(sets: Mapping[str, frozenset[int]], limit: int) -> tuple[str, ...]:
    """The groups whose results may be stored, in the order given: each holds ``limit``
    respondents or more, and for every pair of stored groups, what one holds beyond the other
    is either nothing or ``limit`` respondents or more — else subtracting the two stored
    aggregates would give a group under the threshold. Earlier groups are kept first (put
    everyone first: the most useful)."""
    kept: list[str] = []
    for group, people in sets.items():
        if len(people) < limit:
            continue
        if all(_apart(people, sets[other], limit) for other in kept):
            kept.append(group)
    return tuple(kept)


def _apart(one: frozenset[int], other: frozenset[int], limit: int) -> bool:
    return all(len(rest) == 0 or len(rest) >= limit for rest in (one - other, other - one))


def shuffled(texts: Iterable[str], seed: int) -> tuple[str, ...]:
    """``texts`` in an order drawn from ``seed`` (not the order they came in)."""
    order = sorted(texts)
    random.Random(seed).shuffle(order)
    return tuple(order)


def tally(ballots: Sequence[Ballot], groups: Sequence[str], limit: int, seed: int,
          questionnaire: Sequence[Statement]) -> tuple[GroupResult, ...]:
    """The aggregates of the groups that pass (see ``passing_groups``); the others leave no
    trace. ``seed`` orders the open answers."""
    if limit < MIN_THRESHOLD:
        raise ValueError(f"a threshold below {MIN_THRESHOLD} protects nobody")
    sets = members(ballots, groups)
    results = []
    for number, group in enumerate(passing_groups(sets, limit)):
        chosen = [ballots[i] for i in sorted(sets[group])]
        counts = {statement.id: tuple(sum(1 for b in chosen if b.answers.get(statement.id) == s)
                                      for s in SCALE) for statement in questionnaire}
        texts = [b.open_answer for b in chosen if b.open_answer]
        results.append(GroupResult(group, len(chosen), counts,
                                   shuffled(texts, seed * 1000 + number)))
    return tuple(results)


def live_batch(shown: frozenset[str], available: Iterable[str], limit: int) -> frozenset[str]:
    """Which ballots a live results screen counts: those it counted before, and the others
    only once ``limit`` or more of them have come in — so two screens one after the other
    never differ by fewer than ``limit`` people."""
    new = set(available) - shown
    return shown | frozenset(new) if len(new) >= limit else shown


# -- results as the file keeps them --------------------------------------------------------

def result_fields(round_id: str, result: GroupResult) -> dict[str, JsonValue]:
    """A group's aggregate as a ``scan_result`` record's fields."""
    return {"round": round_id, "group": result.group, "respondents": result.respondents,
            "counts": {key: list(value) for key, value in sorted(result.counts.items())},
            "open_answers": list(result.open_answers)}


def result_of(record: Record) -> GroupResult | None:
    """A stored aggregate, or None when it is damaged."""
    counts = record.fields.get("counts")
    respondents = record.fields.get("respondents")
    if not isinstance(counts, dict) or isinstance(respondents, bool) or not isinstance(
            respondents, int):
        return None
    kept: dict[str, tuple[int, ...]] = {}
    for key, value in counts.items():
        if isinstance(value, list) and len(value) == len(SCALE) and all(
                isinstance(n, int) and not isinstance(n, bool) for n in value):
            kept[key] = tuple(n for n in value if isinstance(n, int))
    answers = record.fields.get("open_answers")
    texts = tuple(str(t) for t in answers) if isinstance(answers, list) else ()
    return GroupResult(str(record.fields.get("group") or EVERYONE), respondents, kept, texts)


def results_of(document: Document, round_id: str) -> dict[str, GroupResult]:
    """A closed round's stored aggregates, by group."""
    found = {}
    for record in document.live(RESULT):
        if record.fields.get("round") == round_id:
            result = result_of(record)
            if result is not None:
                found[result.group] = result
    return found


@dataclass(frozen=True)
class ThemeScore:
    """One theme of one group: its average 1–5, the share of positive answers (4–5, in
    percent), how many gave each answer, and how many answers in all."""

    theme: str
    average: float | None
    positive: float | None
    distribution: tuple[int, ...]
    answers: int


def theme_scores(result: GroupResult, questionnaire: Sequence[Statement]
                 ) -> tuple[ThemeScore, ...]:
    """Per theme, in the questionnaire's order: the statements' counts added up."""
    scores = []
    for theme in THEMES:
        distribution = [0] * len(SCALE)
        for statement in questionnaire:
            if statement.theme == theme:
                for index, count in enumerate(result.counts.get(statement.id, ())):
                    distribution[index] += count
        total = sum(distribution)
        if total:
            average = sum(s * n for s, n in zip(SCALE, distribution, strict=True)) / total
            positive = 100 * sum(n for s, n in zip(SCALE, distribution, strict=True)
                                 if s in POSITIVE) / total
            scores.append(ThemeScore(theme, round(average, 2), round(positive, 1),
                                     tuple(distribution), total))
        else:
            scores.append(ThemeScore(theme, None, None, tuple(distribution), 0))
    return tuple(scores)


def weakest_and_strongest(scores: Sequence[ThemeScore]) -> tuple[str, str] | None:
    """The themes with the lowest and the highest average (None without answers)."""
    rated = [s for s in scores if s.average is not None]
    if not rated:
        return None
    weakest = min(rated, key=lambda s: (s.average, s.theme))
    strongest = max(rated, key=lambda s: (s.average, s.theme))
    return weakest.theme, strongest.theme


@dataclass(frozen=True)
class ScanSummary:
    """The latest closed round, for the dashboard: its respondents (everyone), average 1–5
    and share positive over every answer, and the scores per theme."""

    round_id: str
    title: str
    respondents: int
    average: float | None
    positive: float | None
    themes: tuple[ThemeScore, ...] = field(default=())
    weakest: str = ""
    strongest: str = ""


def closed_rounds(document: Document) -> list[Record]:
    """The closed rounds, oldest first (by the day they closed, then their start)."""
    return sorted((r for r in document.live(ROUND) if is_closed(r)),
                  key=lambda r: (str(r.fields.get("closed")), str(r.fields.get("starts") or ""),
                                 r.id))


def summary(document: Document, round_record: Record, group: str = EVERYONE
            ) -> ScanSummary | None:
    """A closed round's results for one group (None: not closed, or the group did not pass)."""
    result = results_of(document, round_record.id).get(group)
    if result is None:
        return None
    scores = theme_scores(result, statements(document))
    distribution = [sum(s.distribution[i] for s in scores) for i in range(len(SCALE))]
    total = sum(distribution)
    average = positive = None
    if total:
        average = round(sum(s * n for s, n in zip(SCALE, distribution, strict=True)) / total, 2)
        positive = round(100 * (distribution[3] + distribution[4]) / total, 1)
    ends = weakest_and_strongest(scores)
    return ScanSummary(round_record.id, str(round_record.fields.get("title") or ""),
                       result.respondents, average, positive, scores,
                       ends[0] if ends else "", ends[1] if ends else "")


def latest_summary(document: Document) -> ScanSummary | None:
    """The dashboard's figures of the trust scan: the latest closed round's results for
    everyone (None when no round has been closed with enough respondents)."""
    for round_record in reversed(closed_rounds(document)):
        found = summary(document, round_record)
        if found is not None:
            return found
    return None


@remembered(4)
def trend(document: Document, group: str = EVERYONE) -> tuple[ScanSummary, ...]:
    """The closed rounds' results for one group, oldest first (rounds where it did not pass
    are left out)."""
    return tuple(found for r in closed_rounds(document)
                 if (found := summary(document, r, group)) is not None)


# -- what this page knows beyond the file --------------------------------------------------

@dataclass(frozen=True)
class LiveTally:
    """A round's results as a facilitator's page counts them before it is closed: how many
    ballots it counted (a threshold at a time, ``live_batch``), how many wait to be counted,
    and the groups that pass."""

    counted: int = 0
    waiting: int = 0
    results: tuple[GroupResult, ...] = ()


@dataclass(frozen=True)
class ScanState:
    """What this browser knows of the scan and the file does not: the rounds it answered
    (its own storage), the rounds whose ballot box it opened (keys in memory), and their live
    tallies."""

    answered: frozenset[str] = frozenset()
    opened: frozenset[str] = frozenset()
    live: Mapping[str, LiveTally] = field(default_factory=dict)
