"""Every text a person sees comes from the catalogue, and the catalogue holds nothing unused.

Templates are read with jinja2's own lexer and parser: literal text between the tags and
user-visible attribute values written into a template fail. Views and the UI are read with
``ast``: a string that reads like prose fails. Keys are collected where the code names them
(literal keys, and the patterns that ``"nav." ~ area`` or ``f"kind.{name}"`` build), so a key
a template asks for that the catalogue lacks fails here rather than on a person's screen.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import jinja2
from jinja2 import nodes

from trustwork.i18n import CATALOGUE

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "py" / "trustwork"
TEMPLATES = PACKAGE / "views" / "templates"
SHELL = ROOT / "web" / "templates" / "shell.html.j2"
# The modules that build what is rendered: the views, and the UI that fills notices and
# questions into the page.
RENDERING_MODULES = sorted((PACKAGE / "views").glob("*.py")) + sorted((PACKAGE / "ui").glob("*.py"))

HOLE = "\ue000"  # stands for an ``{{ expression }}`` while the template's static HTML is read
LETTER = re.compile(r"[^\W\d_]")
# Two words with a space between: not a key ("a.b"), a class name ("chart-title chart-1")
# or an identifier.
PROSE = re.compile(r"(?<![-\w])[^\W\d_]{2,} +[^\W\d_]{2,}(?![-\w])")
# A tag, also one a string opens and the next closes ('<th scope="' + scope + '">').
TAG = re.compile(r"<[^>]*>?|^[^<>]*>")
# Attributes a person reads or hears (a screen reader speaks labels and titles).
SPOKEN_ATTRIBUTES = {"title", "aria-label", "aria-description", "aria-roledescription",
                     "aria-valuetext", "placeholder", "alt", "label"}
BUTTON_INPUTS = {"submit", "button", "reset"}

# Strings in views and the UI that read like prose but are never shown; each with its reason.
NOT_SHOWN = {
    "warm up",  # views.warm_up: a search typed at build time to compile the results' template
    "noopener noreferrer nofollow",  # views.markdown: the rel attribute of links, not read
}


def templates() -> list[Path]:
    found = sorted(TEMPLATES.rglob("*.html"))
    assert found, "no templates found: the test would pass vacuously"
    return [*found, SHELL]


def static_html(source: str) -> str:
    """The template's own HTML: literal text kept, every ``{{ }}`` a hole, tags dropped."""
    parts: list[str] = []
    for _, token, value in jinja2.Environment().lex(source):
        if token == "data":
            parts.append(value)
        elif token == "variable_begin":
            parts.append(HOLE)
    return "".join(parts)


class LiteralText(HTMLParser):
    """Collects text and spoken attribute values with letters written into the HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.in_code = 0  # inside <script> or <style>: not text a person reads

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.in_code += 1
        given = dict(attrs)
        for name, value in attrs:
            spoken = name in SPOKEN_ATTRIBUTES or (name == "value" and (
                tag == "button" or (tag == "input" and given.get("type") in BUTTON_INPUTS)))
            if spoken and value and LETTER.search(value.replace(HOLE, "")):
                self.found.append(f"<{tag} {name}={value.replace(HOLE, '{{…}}')!r}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.in_code -= 1

    def handle_data(self, data: str) -> None:
        if not self.in_code and LETTER.search(data.replace(HOLE, "")):
            self.found.append(data.strip().replace(HOLE, "{{…}}"))


def literal_texts(source: str) -> list[str]:
    parser = LiteralText()
    parser.feed(static_html(source))
    parser.close()
    # Strings written inside an expression and put out as they are ({{ "Some text" }}).
    tree = jinja2.Environment().parse(source)
    for output in tree.find_all(nodes.Output):
        for expression in output.nodes:
            constants = [expression] if isinstance(expression, nodes.Const) else list(
                expression.find_all(nodes.Const))
            parser.found.extend(c.value for c in constants
                                if isinstance(c.value, str) and PROSE.search(c.value))
    return parser.found


def test_the_template_check_finds_text_written_into_a_template() -> None:
    assert literal_texts('<p>{{ t("a.b") }}</p>') == []
    assert literal_texts("<p>Opslaan</p>") == ["Opslaan"]
    assert literal_texts('<p>{{ name }} saved</p>') == ["{{…}} saved"]
    assert literal_texts('<a title="Open {{ x }}" href="#">→</a>') == ["<a title='Open {{…}}'>"]
    assert literal_texts('<button value="go">{{ t("a") }}</button>') == ["<button value='go'>"]
    assert literal_texts('<input type="hidden" name="a" value="yes">') == []
    assert literal_texts("{{ 'Nog niets' if x }}") == ["Nog niets"]
    assert literal_texts("<style>p { color: red }</style>{# a note #}<p>·</p>") == []


def test_no_template_writes_text_of_its_own() -> None:
    for path in templates():
        found = literal_texts(path.read_text(encoding="utf-8"))
        assert not found, f"{path.relative_to(ROOT)}: text not from the catalogue: {found}"


def docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def prose_in(source: str) -> list[str]:
    """Strings in Python source that read like prose once any HTML tags are taken out."""
    tree = ast.parse(source)
    skipped = docstrings(tree)
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in skipped and node.value not in NOT_SHOWN
            and PROSE.search(TAG.sub(" ", node.value))]


def test_the_view_check_finds_prose_but_not_markup_or_keys() -> None:
    assert prose_in('"""A module."""\nnotice = translate("register.created", language)') == []
    assert prose_in('html = \'<th scope="row">\' + cell') == []
    assert prose_in('notice = "Saved in the register"') == ["Saved in the register"]
    assert prose_in('html = "<p>Nog niets</p>"') == ["<p>Nog niets</p>"]


def test_no_view_or_ui_module_writes_text_of_its_own() -> None:
    assert RENDERING_MODULES, "no modules found: the test would pass vacuously"
    for path in RENDERING_MODULES:
        found = prose_in(path.read_text(encoding="utf-8"))
        assert not found, f"{path.relative_to(ROOT)}: text not from the catalogue: {found}"


# Keys the code names: literal keys, and patterns for keys it builds from a prefix.

NAMESPACES = {key.split(".")[0] for key in CATALOGUE["nl"]}
KEY = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+")
FILE_NAME = re.compile(r".*\.(html|css|js|json|csv|py)")
ANY = ".+"  # a part of a key that the code fills in (a statement's id holds a dot)


def looks_like_key(text: str) -> bool:
    return (KEY.fullmatch(text) is not None and text.split(".")[0] in NAMESPACES
            and FILE_NAME.fullmatch(text) is None)


def pattern(parts: list[str | None]) -> str | None:
    """A regular expression for a key built of literal parts and filled-in parts (None);
    None when it does not start with a namespace of the catalogue."""
    first = parts[0] if parts else None
    if first is None or "." not in first or first.split(".")[0] not in NAMESPACES:
        return None
    return "".join(ANY if part is None else re.escape(part) for part in parts)


def template_concat(node: nodes.Node) -> list[str | None]:
    if isinstance(node, nodes.Concat):
        return [part for item in node.nodes for part in template_concat(item)]
    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        return [node.value]
    return [None]


def python_parts(node: ast.expr) -> list[str | None]:
    if isinstance(node, ast.JoinedStr):
        return [value.value if isinstance(value, ast.Constant) and isinstance(value.value, str)
                else None for value in node.values]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return python_parts(node.left) + python_parts(node.right)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    return [None]


HELPERS = {"named", "field_label"}


def helper_key(name: str, arguments: list[list[str | None]]) -> list[str | None] | None:
    """The key a page helper looks up: ``named(group, name)`` and ``field_label(kind, name)``."""
    if name == "named" and len(arguments) == 2:
        return [*arguments[0], ".", *arguments[1]]
    if name == "field_label" and len(arguments) == 2:
        return ["field.", *arguments[0], ".", *arguments[1]]
    return None


def keys_in_templates() -> Iterator[tuple[str, str, Path]]:
    """("key" | "pattern", text, where) for every key a template names."""
    environment = jinja2.Environment()
    for path in templates():
        tree = environment.parse(path.read_text(encoding="utf-8"))
        # ``named("choice.idea.status", x)``: the group alone is not a key.
        groups = {id(call.args[0]) for call in tree.find_all(nodes.Call)
                  if isinstance(call.node, nodes.Name) and call.node.name in HELPERS and call.args}
        for const in tree.find_all(nodes.Const):
            if isinstance(const.value, str) and looks_like_key(const.value) \
                    and id(const) not in groups:
                yield "key", const.value, path
        for concat in tree.find_all(nodes.Concat):
            built = pattern(template_concat(concat))
            if built:
                yield "pattern", built, path
        for call in tree.find_all(nodes.Call):
            if isinstance(call.node, nodes.Name):
                parts = helper_key(call.node.name, [template_concat(a) for a in call.args])
                built = pattern(merged(parts)) if parts else None
                if built:
                    yield "pattern", built, path
        # The shell reads messages[language]["key"].
        for item in tree.find_all(nodes.Getitem):
            if isinstance(item.arg, nodes.Const) and isinstance(item.arg.value, str) \
                    and item.arg.value.split(".")[0] in NAMESPACES:
                yield "key", item.arg.value, path


def keys_in_python() -> Iterator[tuple[str, str, Path]]:
    """The same for the package (the catalogue's own message modules aside) and the build,
    which hands the boot messages to the page."""
    for path in [*sorted(PACKAGE.rglob("*.py")), ROOT / "build.py"]:
        if path.parent.name == "i18n" and path.name != "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_package = path.is_relative_to(PACKAGE)  # the build's strings hold JS too
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and looks_like_key(node.value) and in_package:
                yield "key", node.value, path
            elif isinstance(node, ast.JoinedStr | ast.BinOp):
                built = pattern(merged(python_parts(node)))
                if built:
                    yield "pattern", built, path
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and node.value.endswith(".") and looks_like_key(node.value[:-1] + ".x"):
                # A prefix handed to a function that adds the rest ("month.short.").
                yield "pattern", re.escape(node.value) + ".+", path
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                parts = helper_key(node.func.id, [python_parts(a) for a in node.args])
                built = pattern(merged(parts)) if parts else None
                if built:
                    yield "pattern", built, path


def merged(parts: list[str | None]) -> list[str | None]:
    """Adjacent literal parts joined, so that a key's namespace is seen whole."""
    joined: list[str | None] = []
    for part in parts:
        if part is not None and joined and joined[-1] is not None:
            joined[-1] = joined[-1] + part
        else:
            joined.append(part)
    return joined


def named_keys() -> tuple[dict[str, Path], dict[str, Path]]:
    keys: dict[str, Path] = {}
    patterns: dict[str, Path] = {}
    for sort, text, path in [*keys_in_templates(), *keys_in_python()]:
        (keys if sort == "key" else patterns).setdefault(text, path)
    return keys, patterns


def test_every_key_the_code_names_is_in_both_languages() -> None:
    keys, _ = named_keys()
    assert len(keys) > 300, "too few keys found: the collection has stopped working"
    for language in ("nl", "en"):
        missing = {key: str(path.relative_to(ROOT)) for key, path in keys.items()
                   if key not in CATALOGUE[language]}
        assert not missing, f"keys missing in {language}: {missing}"


def test_every_message_in_the_catalogue_is_used() -> None:
    keys, patterns = named_keys()
    used = re.compile("|".join(f"(?:{p})" for p in patterns))
    unused = [key for key in CATALOGUE["nl"] if key not in keys and not used.fullmatch(key)]
    assert not unused, f"messages nothing names: {unused}"


def test_euros_are_placed_by_the_formatter_only() -> None:
    # "€ 1.234" in Dutch, "€1,234" in English: a sign written beside a number in a template
    # or a view would be right in one language only (trustwork.i18n.format_money).
    for path in [*templates(), *RENDERING_MODULES]:
        assert "€" not in path.read_text(encoding="utf-8"), path.relative_to(ROOT)
