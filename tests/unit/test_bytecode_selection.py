"""The bytecode the page embeds (build.py bytecode_before_ready): the modules it imports
before it is ready keep theirs, those it imports later (ui/app.py LATER) do not, since
their bytecode would only make the file larger."""

from __future__ import annotations

import io
import zipfile

import pytest

from support.build_script import build_script

SITE = "lib/python3.14/site-packages"


def bytecode_zip(members: dict[str, bytes]) -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return output.getvalue()


def test_the_later_modules_are_read_from_the_app_module_itself() -> None:
    later = build_script().later_modules()
    assert {"trustwork.ui.forms", "trustwork.ui.actions"} <= later
    assert "trustwork.ui.app" not in later and "trustwork.ui.datafile" not in later


def test_only_the_modules_imported_after_ready_lose_their_bytecode() -> None:
    members = {
        f"{SITE}/trustwork/ui/__pycache__/__init__.cpython-314.pyc": b"package",
        f"{SITE}/trustwork/ui/__pycache__/app.cpython-314.pyc": b"app",
        f"{SITE}/trustwork/ui/__pycache__/forms.cpython-314.pyc": b"forms",
        f"{SITE}/trustwork/ui/__pycache__/actions.cpython-314.pyc": b"actions",
        "home/pyodide/pyscript/__pycache__/display.cpython-314.pyc": b"display",
    }
    kept = build_script().bytecode_before_ready(bytecode_zip(members))
    with zipfile.ZipFile(io.BytesIO(kept)) as archive:
        assert {name: archive.read(name) for name in archive.namelist()} == {
            name: data for name, data in members.items()
            if not name.endswith(("forms.cpython-314.pyc", "actions.cpython-314.pyc"))
        }


def test_a_member_of_pyscripts_package_is_known_by_its_module_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """PyScript's package sits in Python's working folder, not in site-packages."""
    monkeypatch.setattr(build_script(), "later_modules", lambda: {"pyscript.display"})
    members = {
        "home/pyodide/pyscript/__pycache__/display.cpython-314.pyc": b"display",
        "home/pyodide/pyscript/__pycache__/web.cpython-314.pyc": b"web",
    }
    kept = build_script().bytecode_before_ready(bytecode_zip(members))
    with zipfile.ZipFile(io.BytesIO(kept)) as archive:
        assert archive.namelist() == ["home/pyodide/pyscript/__pycache__/web.cpython-314.pyc"]
