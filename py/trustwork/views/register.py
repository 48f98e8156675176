"""What the people area shows beyond the generic lists and pages: who you are, the teams and
roles a person holds, who held a role, a team's roles, records and passphrase, and roles
whose term ends soon. Plain data for the templates; pure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from trustwork.confidential import lock_of
from trustwork.errors import CannotUnlockError
from trustwork.i18n import Language
from trustwork.improvement import team_projects
from trustwork.kinds import REGISTRY
from trustwork.model.document import Document
from trustwork.model.fields import ids_in
from trustwork.overview import label, person_name
from trustwork.register import (
    TEAM_RECORD,
    Holding,
    RoleHolder,
    TermReminder,
    holdings,
    openness,
    role_holders,
    term_reminders,
)
from trustwork.views import importing, records
from trustwork.views.records import RecordPage, Secrets, Section

if TYPE_CHECKING:
    from trustwork.views import AppView


def area_context(view: AppView, document: Document) -> dict[str, object]:
    """The people area: the generic lists and pages, the question who you are, and what each
    register kind's page shows beyond its fields."""
    context = records.area_context(view, document)
    context["who"] = view.page == "me"
    context["people"] = records.choices(document, "person")
    context["person_fields"] = REGISTRY.spec("person").new_fields
    context["openness"] = openness(document)
    if not view.page:
        context["importing"] = importing.panel(view, document, importing.REGISTER_KINDS)
    listed = context["sections"]
    if isinstance(listed, list):
        context["sections"] = [_with_teams(document, section, view.secrets, view.language)
                               if section.kind == "person" else section for section in listed]
    page = context["record"]
    if isinstance(page, RecordPage):
        context["record"] = replace(page, extras=_extras(document, page, view.secrets,
                                                         view.language, view.today))
    return context


def _with_teams(document: Document, section: Section, secrets: Secrets, language: Language
                ) -> Section:
    """The people list with the teams each person is in (indexed once, not per person)."""
    teams_of: dict[str, list[str]] = {}
    for team in sorted(document.live("team"), key=lambda team: label(team).lower()):
        for member in ids_in(team.fields.get("members")):
            teams_of.setdefault(member, []).append(label(team))
    columns = (*section.columns, "teams")
    rows = tuple(records.row(document, document.records[item.id], secrets, language, columns,
                             {"teams": ", ".join(teams_of.get(item.id, []))})
                 for item in section.rows)
    return replace(section, columns=columns, rows=rows)


def _extras(document: Document, page: RecordPage, secrets: Secrets, language: Language,
            today: date | None) -> Mapping[str, object]:
    record = page.record
    if record.kind == "person":
        return {"holdings": tuple(holdings(document, record.id))}
    if record.kind == "role":
        term = next((reminder for reminder, _ in reminders(document, today)
                     if reminder.role_id == record.id), None)
        return {"holders": tuple(_holder(document, h) for h in role_holders(document,
                                                                              record.id)),
                "term": term}
    if record.kind == "team":
        try:
            has_lock = lock_of(record) is not None
        except CannotUnlockError:
            has_lock = True
        team_records = [other for other in document.live(TEAM_RECORD)
                        if other.fields.get("team") == record.id]
        roles = sorted((Holding(role.id, "role", label(role)) for role in document.live("role")
                        if role.fields.get("team") == record.id), key=lambda h: h.name.lower())
        return {"team_records": tuple(records.row(document, other, secrets, language, ())
                                      for other in team_records),
                "has_lock": has_lock, "roles": tuple(roles),
                "projects": tuple(team_projects(document, record.id)),
                "unlocked": record.id in secrets.unlocked}
    return {}


def _holder(document: Document, holder: RoleHolder) -> tuple[str, str]:
    name = person_name(document, holder.person_id) if holder.person_id else ""
    return name, holder.since.at


def reminders(document: Document, today: date | None) -> list[tuple[TermReminder, str]]:
    """Roles whose term ends soon, with the holder's name."""
    if today is None:
        return []
    return [(reminder, person_name(document, reminder.holder) if reminder.holder else "")
            for reminder in term_reminders(document, today)]
