"""A pilot's page text, written in Markdown, as HTML that can do no harm (markdown-it-py).

CommonMark with raw HTML off, so whatever a person types as HTML shows as text; images off,
since the app makes no network requests; and links only to ``http``, ``https`` and
``mailto`` addresses, opened beside the app. A link to anything else (``javascript:``,
``data:``, a path on the disk) stays text. Pure.

markdown-it-py is imported with the first page that shows Markdown, not before: in the
start-up snapshot it cost 0.44 MB of the file, for pages most visits never open.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

ALLOWED_SCHEMES = ("http:", "https:", "mailto:")
# The page's text sits under its h3 on the pilot's page: its "#" is an h4, so the page's
# headings keep their order for those who move through them (and the page keeps one h1).
HEADING_SHIFT = 3


def allowed_link(url: str) -> bool:
    """Only web and mail addresses become links (``url`` comes normalised)."""
    return url.strip().lower().startswith(ALLOWED_SCHEMES)


def _link_open(renderer: Any, tokens: Sequence[Token], index: int, options: Any,
               env: Any) -> str:
    """A link opens in a new tab and tells the other site nothing about the app."""
    tokens[index].attrSet("target", "_blank")
    tokens[index].attrSet("rel", "noopener noreferrer nofollow")
    html: str = renderer.renderToken(tokens, index, options, env)
    return html


def _heading(renderer: Any, tokens: Sequence[Token], index: int, options: Any,
             env: Any) -> str:
    """A heading of the text, moved below the page's own (see HEADING_SHIFT)."""
    level = min(int(tokens[index].tag[1:]) + HEADING_SHIFT, 6)
    tokens[index].tag = f"h{level}"
    html: str = renderer.renderToken(tokens, index, options, env)
    return html


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    class SafeMarkdown(MarkdownIt):
        def validateLink(self, url: str) -> bool:  # markdown-it-py names it so
            return allowed_link(url)

    parser = SafeMarkdown("commonmark", {"html": False, "linkify": False,
                                         "typographer": False})
    parser.disable("image")
    parser.add_render_rule("link_open", _link_open)
    parser.add_render_rule("heading_open", _heading)
    parser.add_render_rule("heading_close", _heading)
    return parser


def markdown(text: str) -> Markup:
    """``text`` (Markdown) as HTML: every tag in it comes from the parser, none from ``text``."""
    if not text.strip():
        return Markup("")
    return Markup(_parser().render(text))
