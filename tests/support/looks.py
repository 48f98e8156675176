"""What a machine can see wrong in a shown screen's layout, and where its screenshots go.

``layout_problems(page)`` measures the rendered page in the browser and returns one sentence
per problem: the page scrolls sideways, an element sticks out of the box that holds it (except
inside an element meant to scroll, overflow-x auto or scroll), text that does not fit its
button, label, heading, navigation link or table heading, a button-like link broken over
two lines, interactive controls on top of each other, a form label neither above nor beside
its control. The screenshot test and the
README's screenshot tool (docs/screenshots/take.py) share it.
"""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page

from .browser import ROOT
from .screens import shape

SCREENSHOTS = ROOT / "build" / "screenshots"

# Sizes a person uses: a laptop, a projector, a tablet-ish window.
SIZES = {"laptop": (1366, 768), "projector": (1280, 720), "narrow": (800, 1000)}

# Runs in the page; returns a list of sentences. Elements that are not shown (no box, hidden,
# visually hidden for screen readers) are never judged.
LAYOUT_PROBLEMS = r"""() => {
  const problems = [];
  const slack = 1;
  const root = document.documentElement;
  const viewWidth = root.clientWidth;
  const name = (element) => {
    const classes = [...element.classList].slice(0, 2).map((c) => '.' + c).join('');
    const text = (element.innerText || element.getAttribute('aria-label') || element.value || '')
      .replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${element.tagName.toLowerCase()}${classes}>` + (text ? ` "${text}"` : '');
  };
  const hidden = (element) => {
    if (element.closest('.visually-hidden, [hidden], template, svg')) return true;
    // Also what a closed <details> holds: laid out, but not shown (content-visibility).
    if (!element.checkVisibility({ visibilityProperty: true })) return true;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return true;
    const style = getComputedStyle(element);
    return style.visibility === 'hidden' || style.display === 'contents'
      || style.position === 'fixed';
  };
  const scrolls = (style) => style.overflowX === 'auto' || style.overflowX === 'scroll';
  const clips = (style) => style.overflowX === 'hidden' || style.overflowX === 'clip';

  if (root.scrollWidth > viewWidth + slack) {
    problems.push(
      `the page scrolls sideways: ${root.scrollWidth} px of content in ${viewWidth} px`);
  }

  // An element sticking out of its parent (or out of the window), unless something between
  // is meant to scroll. Only the outermost element that sticks out is named.
  const app = document.querySelector('#app') || document.body;
  const reported = new Set();
  for (const element of app.querySelectorAll('*')) {
    if (hidden(element)) continue;
    const parent = element.parentElement;
    if (reported.has(parent)) { reported.add(element); continue; }
    const style = getComputedStyle(element);
    if (style.position === 'absolute' || style.display === 'inline') continue;
    let scrolled = false;
    for (let up = parent; up && up !== document.body; up = up.parentElement) {
      if (scrolls(getComputedStyle(up))) { scrolled = true; break; }
    }
    if (scrolled) continue;
    const box = element.getBoundingClientRect();
    const parentStyle = getComputedStyle(parent);
    const parentBox = parent.getBoundingClientRect();
    const holder = parentStyle.display === 'inline' ? null : parentBox;
    if (box.right > viewWidth + slack) {
      problems.push(`${name(element)} reaches ${Math.round(box.right)} px, `
        + `past the window's ${viewWidth} px`);
      reported.add(element);
    } else if (holder && box.right > holder.right + slack && box.width > 0) {
      const how = clips(parentStyle) ? 'is cut off by' : 'sticks out of';
      const by = Math.round(box.right - holder.right);
      problems.push(`${name(element)} ${how} ${name(parent)} by ${by} px`);
      reported.add(element);
    }
  }

  // Text that does not fit the box of a control, a label, a heading or a table heading.
  const worded = 'button, .button, label, legend, summary, h1, h2, h3, h4, nav a, th, .badge, '
    + '.tab, .count-pill, .project-chip, .me, .language-option, .nav-new';
  for (const element of app.querySelectorAll(worded)) {
    if (hidden(element)) continue;
    const style = getComputedStyle(element);
    if (style.display === 'inline') continue;
    if (element.scrollWidth > element.clientWidth + slack && element.clientWidth > 0) {
      problems.push(`the text of ${name(element)} does not fit: `
        + `${element.scrollWidth} px in ${element.clientWidth} px`);
    }
    const clipsHeight = style.overflowY === 'hidden' || style.overflowY === 'clip';
    if (clipsHeight && element.scrollHeight > element.clientHeight + slack) {
      problems.push(`the text of ${name(element)} is cut off below`);
    }
  }

  // A link made to look like a button, or a badge, broken over two lines.
  for (const element of app.querySelectorAll('a.button, .badge, .count-pill')) {
    if (hidden(element)) continue;
    if (element.getClientRects().length > 1) {
      problems.push(`${name(element)} breaks over two lines`);
    }
  }

  // Interactive controls on top of each other (each line of a wrapped link counts apart).
  const interactive = 'a[href], button, input:not([type=hidden]), select, textarea, summary, '
    + '[tabindex]:not([tabindex="-1"])';
  // A box counts only where the boxes that clip it (a list that scrolls) let it show.
  const shownPart = (element, box) => {
    let { left, right, top, bottom } = box;
    for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const edge = up.getBoundingClientRect();
      left = Math.max(left, edge.left); right = Math.min(right, edge.right);
      top = Math.max(top, edge.top); bottom = Math.min(bottom, edge.bottom);
    }
    return { left, right, top, bottom };
  };
  const controls = [...app.querySelectorAll(interactive)].filter((element) => !hidden(element));
  const boxes = controls.map(
    (element) => [...element.getClientRects()].map((box) => shownPart(element, box)));
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      if (controls[i].contains(controls[j]) || controls[j].contains(controls[i])) continue;
      const overlap = boxes[i].some((a) => boxes[j].some((b) => {
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        return width > 2 && height > 2;
      }));
      if (overlap) problems.push(`${name(controls[i])} and ${name(controls[j])} overlap`);
    }
  }

  // A label is above its control (starting where it starts) or beside it (on its line).
  for (const label of app.querySelectorAll('label')) {
    const control = label.control;
    if (!control || hidden(label) || hidden(control)) continue;
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => node.textContent.trim() && !control.contains(node)
        && !(node.parentElement.closest('.visually-hidden'))
        ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT,
    });
    const first = walker.nextNode();
    if (!first) continue;
    const range = document.createRange();
    range.selectNodeContents(first);
    const text = range.getClientRects()[0];
    if (!text) continue;
    const box = control.getBoundingClientRect();
    const above = text.bottom <= box.top + 2 && Math.abs(text.left - box.left) <= 6
      && box.top - text.bottom < 24;
    const middle = (text.top + text.bottom) / 2;
    const gap = Math.max(box.left - text.right, text.left - box.right);
    const beside = middle >= box.top - 2 && middle <= box.bottom + 2 && gap <= 48;
    if (!above && !beside) {
      problems.push(`the label ${name(label)} is neither above nor beside its ${name(control)}`);
    }
  }
  return problems;
}"""


def layout_problems(page: Page) -> list[str]:
    """What looks wrong in the shown screen, one sentence each (none: nothing found)."""
    return [str(problem) for problem in page.evaluate(LAYOUT_PROBLEMS)]


def screen_name(location: str) -> str:
    """A file name for a screen: its shape, e.g. ``#register/person-…`` → ``register-person``."""
    return re.sub(r"[^a-z0-9]+", "-", shape(location).lower()).strip("-") or "start"


def screenshot_path(folder: Path, number: int, location: str) -> Path:
    return folder / f"{number:02d}-{screen_name(location)}.png"
