"""What the three story demos share: a builder that writes records and their history in one
language from texts kept in two, the people's names, and a finished trust-scan round.

Pure: the same story, start and language give the same document, and the two languages give
the same ids and numbers (texts never steer the random draws), so switching language keeps
the page where it is.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from trustwork import scan
from trustwork.commands import anonymous_stamp
from trustwork.i18n import Language
from trustwork.model.document import (
    ORGANISATION_KIND,
    Change,
    Document,
    JsonValue,
    Record,
    Stamp,
    change_order,
    new_record,
)

Text = tuple[str, str]  # the same text in Dutch and in English

FIRST_NAMES = ("Anouk", "Bas", "Carmen", "Dirk", "Esra", "Floor", "Gerrit", "Hatice", "Ivo",
               "Jasmijn", "Koen", "Lieke", "Mehmet", "Nina", "Otto", "Priya", "Quinten", "Rik",
               "Sanne", "Thijs", "Ufuk", "Vera", "Wim", "Xandra", "Yusuf", "Zoë", "Arjen",
               "Bo", "Chris", "Demi", "Emre", "Fenna", "Guus", "Hester")
LAST_NAMES = ("Aydin", "Boersma", "Claassen", "Dijkman", "El Amrani", "Faber", "Gerritsen",
              "Hoekstra", "IJzerman", "Jonker", "Kuipers", "Lammers", "Maas", "Nijland",
              "Oosterhuis", "Prins", "Roelofsen", "Schouten", "Terpstra", "Veenstra", "Wolters",
              "Yilmaz", "Zwart")


def person_name(index: int) -> str:
    """The ``index``-th person's name: every index below 782 gives another name."""
    return f"{FIRST_NAMES[index % len(FIRST_NAMES)]} {LAST_NAMES[index % len(LAST_NAMES)]}"


def month_of(start: datetime, offset: int) -> str:
    year, month = divmod(start.month - 1 + offset, 12)
    return f"{start.year + year:04d}-{month + 1:02d}"


class StoryBuilder:
    """Records, their creation and later changes, in ``language``; ids and numbers from
    ``seed`` only."""

    def __init__(self, seed: int, start: datetime, language: Language) -> None:
        self.random = random.Random(seed)
        self.start = start
        self.language = language
        self.records: dict[str, Record] = {}
        self.changes: list[Change] = []

    def t(self, text: Text) -> str:
        """``text`` in the builder's language."""
        return text[0] if self.language == "nl" else text[1]

    def new_id(self, prefix: str) -> str:
        return f"{prefix}-{self.random.getrandbits(48):012x}"

    def stamp(self, days: float, by: str) -> Stamp:
        moment = self.start + timedelta(days=days)
        return Stamp(moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), by)

    def day(self, days: float) -> str:
        return self.stamp(days, "").at[:10]

    def month(self, offset: int) -> str:
        return month_of(self.start, offset)

    def at(self, month: int, day: int, hour: float = 9) -> float:
        """Days from the start to ``day`` of the story's ``month`` (0: its first), at ``hour``."""
        year, index = divmod(self.start.month - 1 + month, 12)
        moment = self.start.replace(year=self.start.year + year, month=index + 1, day=day)
        return (moment - self.start).days + hour / 24

    def add(self, kind: str, fields: Mapping[str, JsonValue], days: float, by: str,
            anonymous: bool = False, record_id: str | None = None) -> str:
        """A new record; an anonymous one gets the day as its stamp and no log entry."""
        made_id = self.new_id(kind.replace("_", "-"))  # drawn always: later ids stay put
        record_id = record_id or made_id
        stamp = self.stamp(days, by)
        record, change = new_record(kind, {k: v for k, v in fields.items() if v is not None},
                                    record_id, anonymous_stamp(stamp) if anonymous else stamp,
                                    self.new_id("change"))
        self.records[record_id] = record
        if not anonymous:
            self.changes.append(change)
        return record_id

    def update(self, record_id: str, fields: Mapping[str, JsonValue], days: float,
               by: str) -> None:
        """A later change of a record, logged with the values it replaced."""
        record = self.records[record_id]
        stamp = self.stamp(days, by)
        changed = {k: v for k, v in fields.items() if record.fields.get(k) != v}
        change_id = self.new_id("change")
        if not changed:
            return
        self.records[record_id] = Record(
            record.id, record.kind, record.created, stamp, {**record.fields, **changed},
            {**record.stamps, **dict.fromkeys(changed, stamp)})
        self.changes.append(Change(
            change_id, stamp, record_id, record.kind, "update", tuple(sorted(changed)),
            values=dict(changed),
            before={k: record.fields[k] for k in changed if k in record.fields}))

    def people(self, count: int, trades: Sequence[Text], domain: str) -> list[str]:
        """``count`` people, each with a trade and an address at ``domain``."""
        made = []
        for index in range(count):
            name = person_name(index)
            made.append(self.add("person", {
                "name": name, "does": self.t(trades[index % len(trades)]),
                "contact": name.lower().replace(" ", ".") + "@" + domain,
            }, days=index * 0.001, by="demo"))
        return made

    def document(self, name: Text, rules_budget: int | None = None) -> Document:
        """The organisation with everything added, its log in order."""
        fields: dict[str, JsonValue] = {"name": self.t(name)}
        if rules_budget is not None:
            fields["rules_budget"] = rules_budget
        organisation, created = new_record(ORGANISATION_KIND, fields, "organisation-demo",
                                           self.stamp(0, "demo"), "change-organisation")
        return Document(organisation=organisation, records=dict(self.records),
                        changes=tuple(sorted((created, *self.changes), key=change_order)))


@dataclass(frozen=True)
class ScanGroup:
    """A team in a scan round: who answered, and how their answers lean (-1 … +1)."""

    team: str
    answered: Sequence[str]
    mood: float


def finished_scan(build: StoryBuilder, title: Text, month: int, groups: Sequence[ScanGroup],
                  facilitator: str, open_answers: Sequence[Text],
                  own_statement: Text | None = None) -> str:
    """A closed round of the trust scan over ``groups``: its ballots stand as random bytes of
    a sealed ballot's size (the standard library cannot seal), its box is gone and only the
    aggregates of the groups that pass the threshold are stored (``scan.tally``)."""
    questionnaire = scan.STATEMENTS
    if own_statement is not None:
        text = build.t(own_statement)
        questionnaire = (*questionnaire, scan.Statement(build.add(
            "scan_statement", {"text": text, "theme": "tools"}, days=month * 30.4 - 20,
            by=facilitator), "tools", text))
    opens = build.month(month)
    days = month * 30.4 + 1
    round_id = build.add("scan_round", {
        "title": build.t(title), "starts": opens + "-01", "ends": opens + "-14",
        "groups": [group.team for group in groups], "facilitator": facilitator,
        "threshold": scan.DEFAULT_THRESHOLD, "closed": opens + "-15",
    }, days=days, by=facilitator)
    ballots = []
    draw = build.random
    for group in groups:
        for person in group.answered:
            lean = 3.2 + group.mood + draw.gauss(0, 0.5)
            answers = {s.id: min(5, max(1, round(draw.gauss(
                lean + (0.5 if s.theme in ("goals", "own_work") else 0)
                - (0.6 if s.theme in ("few_rules", "employment") else 0), 0.8))))
                for s in questionnaire}
            chosen = draw.random()
            said = build.t(open_answers[int(chosen * 100) % len(open_answers)]) \
                if chosen < 0.35 else ""
            ballots.append(scan.Ballot(answers, (group.team,), said))
            build.add("scan_ballot", {"round": round_id, "sealed": {
                "epk": _noise(draw, 65), "iv": _noise(draw, 12),
                "data": _noise(draw, scan.PADDED_BYTES + 16)}},
                days=days + 3, by=person, anonymous=True)
    for result in scan.tally(ballots, [group.team for group in groups],
                             scan.DEFAULT_THRESHOLD, draw.getrandbits(32), questionnaire):
        build.add("scan_result", scan.result_fields(round_id, result), days=days + 14,
                  by=facilitator)
    return round_id


def _noise(draw: random.Random, count: int) -> str:
    return base64.b64encode(draw.randbytes(count)).decode()
