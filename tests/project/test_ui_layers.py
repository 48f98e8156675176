"""The ui package's layers: its modules import each other in one direction only.

Session state is at the bottom, rendering leans only on state and the browser's own things,
and the module that starts and binds is on top, where nothing imports it.
"""

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "py" / "trustwork" / "ui"
PREFIX = "trustwork.ui"


def ui_imports(path: Path) -> set[str]:
    """The other ui modules a module imports (``from trustwork.ui import x`` included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if name.startswith(PREFIX + ".") and (UI / f"{parts[2]}.py").exists():
                found.add(parts[2])
    return found - {path.stem}


def graph() -> dict[str, set[str]]:
    modules = {path.stem: ui_imports(path) for path in sorted(UI.glob("*.py"))
               if path.stem != "__init__"}
    assert len(modules) > 3, "the ui package is not split: the test would pass vacuously"
    return modules


def test_the_ui_modules_import_each_other_without_a_circle() -> None:
    try:
        TopologicalSorter(graph()).prepare()
    except CycleError as error:
        raise AssertionError(f"ui modules import in a circle: {error.args[1]}") from None


def test_the_module_that_starts_and_binds_is_the_only_one_nothing_imports() -> None:
    modules = graph()
    imported = set().union(*modules.values())
    assert set(modules) - imported == {"app"}


def test_session_state_is_at_the_bottom_and_rendering_does_no_other_work() -> None:
    modules = graph()
    assert modules["state"] == set()
    assert modules["browser"] <= {"state"}
    assert modules["render"] <= {"state", "browser"}


def test_only_the_browser_module_reads_the_clock_or_draws_random_ids() -> None:
    for path in sorted(UI.glob("*.py")):
        if path.stem == "browser":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.name.split(".")[0] for node in ast.walk(tree)
                    if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                     if isinstance(node, ast.ImportFrom) and node.module}
        assert not imported & {"secrets", "random", "time", "uuid"}, path.name
        calls = {node.func.attr for node in ast.walk(tree)
                 if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)}
        assert not calls & {"now", "today", "utcnow"}, path.name
