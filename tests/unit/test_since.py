"""What changed since a person last looked: counted per area from the change log, only
others' changes, only after the moment each area was last looked at. Pure."""

from __future__ import annotations

from trustwork.commands import CreateRecord, EditOrganisation, UpdateRecord, handle
from trustwork.model.document import Document, Stamp, new_document
from trustwork.since import area_of_change, changed_since, unseen

ANN, BOB = "person-ann", "person-bob"


def at(minute: int) -> str:
    return f"2026-03-01T10:{minute:02d}:00.000000Z"


class Log:
    def __init__(self) -> None:
        self.ids = (f"id-{number}" for number in range(10_000))
        self.document: Document = new_document("Org", "org", Stamp(at(0), ANN),
                                               lambda: next(self.ids))

    def do(self, command: object, minute: int, by: str) -> None:
        self.document = handle(self.document, command, Stamp(at(minute), by),  # type: ignore[arg-type]
                               self.ids)


def story() -> Log:
    log = Log()
    log.do(CreateRecord("person", "p1", {"name": "Piet"}), 1, ANN)
    log.do(CreateRecord("idea_campaign", "c1", {"title": "Ronde"}), 2, ANN)
    log.do(UpdateRecord("p1", {"does": "plant"}), 11, BOB)
    log.do(CreateRecord("person", "p2", {"name": "Els"}), 12, BOB)
    log.do(UpdateRecord("c1", {"title": "Ronde 2"}), 13, BOB)
    log.do(UpdateRecord("p1", {"does": "plant en bouwt"}), 14, ANN)
    log.do(EditOrganisation({"mission": "Samen"}), 15, BOB)
    return log


def test_others_changes_after_each_areas_moment_are_counted_there() -> None:
    log = story()
    seen = {"people": at(10), "ideas": at(13), "dashboard": at(10), "changes": at(12)}
    found = unseen(log.document, seen, ANN)
    # people: Bob's two changes after 10:10 (Ann's own at 10:14 is not news to her); ideas:
    # Bob's rename at 10:13 is not after 10:13; the organisation's mission shows on the
    # dashboard; the change log counts every change of others after 10:12.
    assert found.counts == {"people": 2, "dashboard": 1, "changes": 2}
    assert found.total == 3
    assert [change.record_id for change in found.newest] == ["org", "p2", "p1"]
    assert found.newest[0].who  # a name or the id the log keeps


def test_an_area_never_looked_at_and_an_empty_memory_count_nothing() -> None:
    log = story()
    assert unseen(log.document, {}, ANN).counts == {}
    assert unseen(log.document, {"people": at(10)}, ANN).counts == {"people": 2}


def test_the_dashboard_lists_at_most_the_newest_it_is_asked_for() -> None:
    log = story()
    found = unseen(log.document, {"people": at(0), "ideas": at(0)}, ANN, shown=1)
    assert found.total == 3 and len(found.newest) == 1
    assert found.newest[0].record_id == "c1"


def test_each_change_belongs_to_its_records_area() -> None:
    log = story()
    areas = [area_of_change(change) for change in log.document.changes]
    assert areas == ["dashboard", "people", "ideas", "people", "people", "ideas", "people",
                     "dashboard"]
    assert changed_since(at(5), at(4)) and not changed_since(at(5), at(5))
    assert not changed_since(at(5), "")


def test_the_counts_are_kept_for_the_same_log_and_person_and_redone_for_another() -> None:
    from trustwork import since
    from trustwork.kinds import REGISTRY

    log = story()
    seen = {"people": at(10)}
    first = since._others_by_area(log.document.changes, "".join(["person-", "ann"]),
                                  REGISTRY)
    again = since._others_by_area(log.document.changes, "".join(["person", "-ann"]),
                                  REGISTRY)
    assert again is first  # an equal text read afresh is the same person
    # For Bob, only Ann's change after 10:10 is news; his own two are not.
    assert unseen(log.document, seen, BOB).counts == {"people": 1}
    assert unseen(log.document, seen, ANN).counts == {"people": 2}
