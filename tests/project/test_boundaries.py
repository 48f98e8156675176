"""The package's import boundaries (pyodide's src/py rule, enforced).

The domain imports only the standard library and the pure-Python libraries we
embed; only ``trustwork.ui`` may import the browser (js, pyodide, pyscript).
"""

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "py" / "trustwork"
EMBEDDED = {"jinja2", "markupsafe", "markdown_it", "mdurl"}
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


# The package's layers, bottom first: a module imports only its own layer and those below.
# The edges (the browser's ui, the command line) are on top, and only they read the clock,
# randomness or new ids; everything below gets them as arguments.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("trustwork", "trustwork.errors", "trustwork.model", "trustwork.i18n"),
    ("trustwork.kinds",),
    ("trustwork.commands",),
    ("trustwork.store",),
    ("trustwork.register", "trustwork.confidential", "trustwork.overview", "trustwork.workspace",
     "trustwork.demo", "trustwork.demos", "trustwork.routes", "trustwork.improvement",
     "trustwork.ideas", "trustwork.pilots", "trustwork.decisions", "trustwork.search",
     "trustwork.since", "trustwork.export", "trustwork.scan", "trustwork.outcomes",
     "trustwork.importing", "trustwork.presentation"),
    ("trustwork.views",),
    ("trustwork.ui", "trustwork.cli", "trustwork.__main__"),
)
EDGES = LAYERS[-1]


def module_name(path: Path) -> str:
    parts = ("trustwork", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(name: str) -> int:
    """The layer of a module: that of the longest layer entry it is or lies inside."""
    best, found = -1, -1
    for index, layer in enumerate(LAYERS):
        for entry in layer:
            if (name == entry or name.startswith(entry + ".")) and len(entry) > best:
                best, found = len(entry), index
    assert found >= 0, f"{name} is in no layer: add it to LAYERS"
    return found


def trustwork_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names if alias.name.startswith("trustwork"))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and (
                node.module.startswith("trustwork")):
            names.add(node.module)
    return names


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    for path in modules():
        name = module_name(path)
        for imported in trustwork_imports(path):
            assert layer_of(imported) <= layer_of(name), f"{name} imports {imported} (upward)"


FORBIDDEN_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"),
                   ("date", "today"), ("time", "time"), ("time", "time_ns"),
                   ("os", "urandom")}
FORBIDDEN_MODULES = {"secrets", "uuid"}


def test_only_the_edges_read_the_clock_randomness_or_make_ids() -> None:
    for path in modules():
        name = module_name(path)
        if layer_of(name) == len(LAYERS) - 1:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert not imported_top_level_names(path) & FORBIDDEN_MODULES, name
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                call = (node.value.id, node.attr)
                assert call not in FORBIDDEN_CALLS, f"{name} calls {'.'.join(call)}"
                # A seeded random.Random(seed) is a pure function of its seed; the module's
                # own functions draw from a hidden, global state.
                assert node.value.id != "random" or node.attr == "Random", (
                    f"{name} uses random.{node.attr}")
