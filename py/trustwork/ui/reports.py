"""The reports' and exports' buttons: show an area as a report and print it, and download
a list as CSV. The CSV is made by ``trustwork.export``; here it only goes to the browser."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from trustwork.i18n import translate
from trustwork.routes import LINKS
from trustwork.ui.browser import download, print_page, today
from trustwork.ui.render import go, show
from trustwork.ui.sealing import document_of
from trustwork.ui.state import Session
from trustwork.views import REPORT


async def print_report(session: Session, target: Any) -> None:
    """"Print report" on an area: its report, then the browser's print dialog."""
    go(session, LINKS.page(str(target.dataset.areaKey), REPORT))
    print_page()


async def print_now(session: Session, target: Any) -> None:
    print_page()


async def export_list(session: Session, target: Any) -> None:
    """"Export CSV" on a list: the whole list (not only the rows shown) as a file."""
    from trustwork.export import MEDIA_TYPE, export_csv  # compiled only when first used

    language = session.view.language
    name, data = export_csv(document_of(session), str(target.dataset.export), language, today())
    download(name, data, MEDIA_TYPE)
    session.view = replace(session.view, notice=translate("export.downloaded", language,
                                                          name=name))
    show(session)
