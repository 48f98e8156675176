"""Every button and form the templates draw has a handler in the ui's dispatch tables, and
every handler there has something in the page that calls it."""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "py" / "trustwork"
TEMPLATES = PACKAGE / "views" / "templates"


def table_keys(module: str, table: str) -> set[str]:
    tree = ast.parse((PACKAGE / "ui" / f"{module}.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                and node.target.id == table and isinstance(node.value, ast.Dict)):
            return {key.value for key in node.value.keys
                    if isinstance(key, ast.Constant) and isinstance(key.value, str)}
    raise AssertionError(f"no table {table} in ui/{module}.py")


def drawn(attribute: str) -> set[str]:
    names: set[str] = set()
    for path in TEMPLATES.rglob("*.html"):
        names |= set(re.findall(rf'{attribute}="([^"{{]+)"', path.read_text(encoding="utf-8")))
    assert names, f"no {attribute} in the templates: the test would pass vacuously"
    return names


def test_every_button_drawn_has_an_action_and_every_action_a_button() -> None:
    assert drawn("data-action") == table_keys("actions", "ACTIONS")


def test_every_form_drawn_has_a_handler_and_every_handler_a_form() -> None:
    assert drawn("data-form") == table_keys("forms", "FORMS")
