"""The package's import boundaries (pyodide's src/py rule, enforced).

The domain imports only the standard library and the pure-Python libraries we
embed; only ``trustwork.ui`` may import the browser (js, pyodide, pyscript).
"""

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "py" / "trustwork"
EMBEDDED = {"jinja2", "markupsafe"}
BROWSER = {"js", "pyodide", "pyscript"}


def imported_top_level_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def modules() -> list[Path]:
    found = sorted(PACKAGE.rglob("*.py"))
    assert found, "no modules found: the test would pass vacuously"
    return found


def test_the_package_imports_only_stdlib_embedded_libraries_and_itself() -> None:
    allowed = set(sys.stdlib_module_names) | EMBEDDED | BROWSER | {"trustwork"}
    for path in modules():
        foreign = imported_top_level_names(path) - allowed
        assert not foreign, f"{path.relative_to(PACKAGE)} imports {sorted(foreign)}"


def test_only_the_ui_package_talks_to_the_browser() -> None:
    for path in modules():
        if path.relative_to(PACKAGE).parts[0] == "ui":
            continue
        browser = imported_top_level_names(path) & BROWSER
        assert not browser, f"{path.relative_to(PACKAGE)} imports {sorted(browser)}"


def test_every_module_says_what_it_is_for() -> None:
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{path.relative_to(PACKAGE)} has no module docstring"
