"""The language switch reaches every region of every screen (Chromium, the built file).

With the demo open, every screen of every area (``support.screens``) is shown in English
and then in Dutch; on none may a message of the catalogue appear in the other language where
the two differ. Only the catalogue's own texts are looked for: the demo's records (names,
titles) are data, text marked with another ``lang`` (the language switch's own names,
the start screen) is meant to be in that language, and ``<noscript>`` speaks both languages
only where scripts are off.
"""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from support.browser import PageRecord, open_demo
from support.screens import screens, show
from trustwork.i18n import CATALOGUE, Language

# Every text node and spoken attribute a person can meet on the page, unless it is marked as
# being in another language than the page's.
SHOWN_TEXTS = """() => {
  const language = document.documentElement.lang;
  const inPageLanguage = (element) => {
    const marked = element.closest('[lang]');
    return !marked || marked.lang === language;
  };
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, template, noscript, [hidden]')) continue;
    if (inPageLanguage(parent) && node.data.trim()) texts.push(node.data.trim());
  }
  const spoken = ['aria-label', 'title', 'placeholder', 'alt'];
  for (const element of document.body.querySelectorAll(spoken.map((a) => `[${a}]`).join())) {
    if (element.closest('[hidden]') || !inPageLanguage(element)) continue;
    for (const name of spoken) {
      const value = (element.getAttribute(name) || '').trim();
      if (value) texts.push(value);
    }
  }
  return texts;
}"""

PLACEHOLDER = re.compile(r"\{[^}]*\}")
EDGES = " \n.,:;·—–-()“”\"'…?!"


def giveaways(shown: Language, other: Language) -> tuple[set[str], set[str]]:
    """What betrays a text of ``other`` on a page in ``shown``: whole short messages (a
    button, a heading) and phrases of three words or more from longer ones; neither found
    in any message of ``shown`` (a name like "Trustwork" is the same in both)."""
    own = "\n".join(CATALOGUE[shown].values())
    whole: set[str] = set()
    phrases: set[str] = set()
    for key, text in CATALOGUE[other].items():
        if text == CATALOGUE[shown][key]:
            continue
        for piece in PLACEHOLDER.split(text):
            piece = piece.strip(EDGES)
            if not piece or piece in own:
                continue
            if len(piece.split()) >= 3:
                phrases.add(piece)
            elif piece == text.strip(EDGES):
                whole.add(piece)
    return whole, phrases


def leftovers(page: Page, other: Language, shown: Language) -> list[str]:
    whole, phrases = giveaways(shown, other)
    texts = [str(text) for text in page.evaluate(SHOWN_TEXTS)]
    joined = "\n".join(texts)
    return sorted({text.strip(EDGES) for text in texts if text.strip(EDGES) in whole}
                  | {phrase for phrase in phrases if phrase in joined})


def test_the_giveaways_are_the_other_languages_own_texts() -> None:
    whole, phrases = giveaways("en", "nl")
    assert CATALOGUE["nl"]["nav.ideas"] in whole  # "Ideeën": a short message, whole
    assert "Trustwork" not in whole  # the same in both languages
    assert any(phrase in CATALOGUE["nl"]["app.failure"] for phrase in phrases)
    assert not any(phrase in "\n".join(CATALOGUE["en"].values()) for phrase in phrases)


def test_every_screen_shows_only_the_chosen_languages_messages(
        page: Page, built_file: Path, record: PageRecord) -> None:
    open_demo(page, built_file, "#dashboard")
    locations = screens(page)
    assert len(locations) > 20, locations  # every area, its records, forms and reports
    found: list[str] = []
    switches: tuple[tuple[Language, Language], ...] = (("en", "nl"), ("nl", "en"))
    for shown, other in switches:
        page.click(f'[data-action="set-language"][data-language="{shown}"]')
        expect(page.locator("html")).to_have_attribute("lang", shown)
        for location in locations:
            show(page, location)
            found += [f"{shown} {location}: {text!r}" for text in leftovers(page, other, shown)]
    assert not found, "\n".join(found)
    assert not record.errors
