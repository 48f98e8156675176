"""The built page's content security policy runs only the scripts the build put in it.

Every inline script and style must have its hash in the policy (a script edited in the
page without a new policy fails here, as it would in the browser), and nothing may allow
inline code in general: an injected event-handler attribute or script must be refused.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
import subprocess
import sys

import pytest

from support.browser import newest_source_time
from support.build_script import ROOT, build_script

BUILT = ROOT / "dist" / "trustwork.html"
TEMPLATES = [
    *sorted((ROOT / "py" / "trustwork" / "views" / "templates").rglob("*.html")),
    ROOT / "web" / "templates" / "shell.html.j2",
]
# Script types the browser treats as data and never runs; any other one must be hashed.
DATA_TYPES = {"application/json", "application/octet-stream", "py"}
# Source expressions that would let an injected inline script or handler run.
ALLOWS_ANY_INLINE = {"'unsafe-inline'", "'unsafe-hashes'", "*", "https:", "http:", "file:"}


def built_page() -> str:
    """The built file, built first when it is missing or older than a source."""
    if not BUILT.exists() or BUILT.stat().st_mtime < newest_source_time():
        subprocess.run([sys.executable, str(ROOT / "build.py")], cwd=ROOT, check=True)
    return BUILT.read_text(encoding="utf-8")


def directives(page: str) -> dict[str, list[str]]:
    match = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    assert match, "the built page has no content security policy"
    policy = html.unescape(match.group(1))
    parsed = {}
    for directive in policy.split(";"):
        name, *sources = directive.split()
        parsed[name] = sources
    return parsed


def sha256_source(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def test_the_hash_of_an_inline_script_is_the_one_browsers_compute() -> None:
    """The example of the CSP specification, so the hashes are not merely self-consistent."""
    text = "alert('Hello, world.');"
    expected = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
    assert build_script().hash_source(text) == expected
    assert build_script().hash_source(text.replace(";", ";\r\n")) == sha256_source(text + "\n")


def test_the_built_policy_allows_no_inline_script_or_style_without_its_hash() -> None:
    policy = directives(built_page())
    assert policy["default-src"] == ["'none'"]
    assert not ALLOWS_ANY_INLINE & set(policy["script-src"])
    assert not ALLOWS_ANY_INLINE & set(policy["style-src"])
    assert "script-src-attr" not in policy and "script-src-elem" not in policy


def test_every_script_and_style_of_the_built_page_has_its_hash_in_the_policy() -> None:
    page = built_page()
    policy = directives(page)
    elements = build_script().inline_elements(page)
    scripts = [text for tag, kind, text in elements if tag == "script" and kind not in DATA_TYPES]
    styles = [text for tag, _, text in elements if tag == "style"]
    assert len(scripts) >= 5, "boot, files, crypto, the Pyodide loader and PyScript at least"
    for text in scripts:
        assert sha256_source(text) in policy["script-src"], f"not in the policy: {text[:80]!r}"
    for text in styles:
        assert sha256_source(text) in policy["style-src"], f"not in the policy: {text[:80]!r}"
    listed = {source for source in policy["script-src"] if source.startswith("'sha256-")}
    assert listed == {sha256_source(text) for text in scripts}, "a hash of a script that is gone"


def test_no_template_writes_an_event_handler_or_style_attribute_the_policy_would_refuse() -> None:
    attribute = re.compile(r"<[^>]*\s(on[a-z]+|style)\s*=", re.IGNORECASE)
    for path in TEMPLATES:
        found = attribute.search(path.read_text(encoding="utf-8"))
        assert not found, f"{path.relative_to(ROOT)} has a {found.group(1)}= attribute"



def test_inline_scripts_leave_out_lines_that_are_only_comments_and_keep_every_other() -> None:
    script = build_script()
    source = "\n".join([
        "// a line comment", "/** a block", " * over lines", " */", "const a = 1; // kept",
        "  /* one line */", "/* before */ run();", 'const url = "http://x"; const s = `//`;',
        "/*/", "  in a comment that the line above opened;", "*/",
    ])
    assert script.without_comment_lines(source, "t.js") == "\n".join([
        "const a = 1; // kept", "/* before */ run();",
        'const url = "http://x"; const s = `//`;'])
    for refused in ["const s = `line\n// looks like a comment`;", "/* open\nend */ run();",
                    "/* never ends"]:
        with pytest.raises(script.BuildError):
            script.without_comment_lines(refused, "t.js")
