"""A small organisation whose dashboard figures are worked out by hand (in the comments of
``tests/unit/test_outcomes.py``), for the outcome and dashboard tests."""

from __future__ import annotations

from datetime import date

from trustwork.model.document import Document, JsonValue, Record, Stamp

TODAY = date(2026, 3, 10)  # this year: January to March 2026; last 12 months: April 2025 on


def record(record_id: str, kind: str, at: str, by: str = "founder", deleted: bool = False,
           **fields: JsonValue) -> Record:
    stamp = Stamp(at + "T09:00:00.000000Z", by)
    return Record(record_id, kind, stamp, stamp, fields, {}, deleted=stamp if deleted else None)


def office() -> Document:
    people = [record(f"p{n}", "person", "2025-01-01", name=f"Person {n}") for n in range(1, 5)]
    records = [
        *people,
        # t1 counts from December 2025, t2 from February 2026.
        record("t1", "team", "2025-12-15", name="Inslag"),
        record("t2", "team", "2026-02-03", name="Uitslag"),
        record("pa", "improvement_project", "2026-01-02", title="A", team="t1",
               month="2026-01", status="done", measured=5, saving_realised=300, idea="i1"),
        record("pb", "improvement_project", "2026-02-02", title="B", team="t1",
               month="2026-02", status="done", saving_realised=200),
        record("pc", "improvement_project", "2026-03-02", title="C", team="t2",
               month="2026-03", status="running"),
        record("pd", "improvement_project", "2025-12-02", title="D", team="t1",
               month="2025-12", status="done", measured=1, saving_realised=1000),
        # Before t2 began: not a team-month that counts; stopped: no saving realised.
        record("pe", "improvement_project", "2026-01-03", title="E", team="t2",
               month="2026-01", status="stopped", saving_realised=999),
        record("c1", "idea_campaign", "2025-01-02", title="Besparen"),
        record("i1", "idea", "2026-01-05", by="p1", title="1", campaign="c1",
               submitted_by="p1", status="usable", decided_on="2026-01-15"),  # 10 days
        record("i2", "idea", "2026-02-01", by="p2", title="2", campaign="c1",
               submitted_by="p2", status="not_usable", decided_on="2026-02-05"),  # 4 days
        record("i3", "idea", "2026-02-10", by="anonymous", title="3", campaign="c1",
               anonymous=True),
        record("i4", "idea", "2025-11-20", by="p1", title="4", campaign="c1",
               submitted_by="p1", status="done", decided_on="2025-11-22"),  # 2 days
        record("i5", "idea", "2026-03-11", by="p3", title="after today", campaign="c1",
               submitted_by="p3"),
        record("s1", "idea_support", "2026-02-02", by="p3", idea="i2", person="p3"),
        record("r1", "idea_reaction", "2025-06-01", by="p4", idea="i1", text="Ja",
               person="p4"),
        record("pl1", "pilot", "2025-12-01", by="p4", title="Eigen rooster",
               starts="2026-02-01"),
        record("pl2", "pilot", "2025-04-20", by="founder", title="Groen",
               starts="2025-05-01"),
        record("pl3", "pilot", "2026-03-01", by="founder", title="Later", starts="2026-04-01"),
        record("pp1", "pilot_participation", "2026-02-01", by="p2", pilot="pl1", person="p2",
               joined=True),
        record("pp2", "pilot_participation", "2026-02-03", by="p4", pilot="pl1", person="p4",
               joined=False),  # leaving is not taking part
        record("rv1", "pilot_revision", "2026-03-01", by="p3", pilot="pl1", text="Plan"),
        record("dr1", "decision_round", "2025-09-01", date="2025-10-01",
               present=["p4", "someone-unknown"]),
        record("pr1", "proposal", "2026-01-10", by="p2", title="Fietsplan", proposed_by="p2",
               outcome="adopted", review_date="2026-03-01"),  # its review is overdue
        record("ru1", "rule", "2025-01-03", title="Opruimen", review_date="2026-06-01"),
        record("ru2", "rule", "2025-01-03", title="Veiligheid"),
        record("ru3", "rule", "2025-01-03", title="Oud", review_date="2026-01-01"),
        record("ru4", "rule", "2025-02-03", title="Nieuw", replaces="ru3",
               review_date="2027-01-01"),
        record("tr1", "team_record", "2025-03-01", title="", team="t1", confidential=True),
        record("gone", "value", "2025-03-01", deleted=True, name="Weg"),
    ]
    organisation = record("org", "organisation", "2025-01-01", name="Test",
                          rules_budget=2)
    return Document(organisation, {found.id: found for found in records})
