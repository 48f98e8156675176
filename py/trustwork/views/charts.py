"""Charts as SVG drawn in Python: bars and a line, each with a title and a description for
screen readers and the same numbers as a table under a ``<details>``. Pure: data in, markup
out; every text goes through markupsafe, so a name typed as HTML stays text.

Colours come from the Okabe–Ito palette, which readers with any common colour-vision
deficiency can tell apart; no chart relies on colour alone: every bar and point carries
its value as text and its label below.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

# Okabe & Ito (2008), those with at least 3:1 contrast on white: blue, vermillion, bluish
# green, reddish purple.
BLUE, VERMILLION, GREEN, PURPLE = "#0072B2", "#D55E00", "#009E73", "#CC79A7"
PALETTE = (BLUE, VERMILLION, GREEN, PURPLE)
WIDTH = 480
FONT = 13  # in the drawing's units: the drawing scales with the width it is given
CHAR = 0.6  # a character's width, in FONT sizes (an estimate: the browser lays text out)


@dataclass(frozen=True)
class Datum:
    """One bar or point: its label on the chart ("Mar") and in full, in its table and
    tooltip ("Mar 2026"), its value (None: nothing to show) and the value as the reader
    should read it ("1.250", "38%")."""

    label: str
    long_label: str
    value: float | None
    shown: str


@dataclass(frozen=True)
class Texts:
    """What a chart says in words: its title, a one-line description (the gist for a screen
    reader), the table's column headings, the toggle that opens the table, and the mark for
    a missing value."""

    title: str
    description: str
    label_heading: str
    value_heading: str
    show_table: str
    missing: str = "–"


def bar_chart(key: str, data: Sequence[Datum], texts: Texts, maximum: float | None = None,
              colours: Sequence[str] = (BLUE,), height: int = 180) -> Markup:
    """Vertical bars, one per datum, each with its value above and its label below. The
    bars are scaled to ``maximum`` (100 for a percentage), else to the largest value."""
    top, bottom, side = FONT * 1.8, FONT * 2.0, 4.0
    slot = (WIDTH - 2 * side) / max(len(data), 1)
    scale = _scale(data, maximum)
    base = height - bottom
    drawn = [_frame(base, side)]
    for index, datum in enumerate(data):
        middle = side + slot * (index + 0.5)
        if datum.value is not None:
            # The top is rounded once, so that every bar ends on the base line.
            y = round(base - max((base - top) * datum.value / scale, 0.0), 1)
            drawn.append(
                f'<rect x="{_n(middle - slot * 0.35)}" y="{_n(y)}" width="{_n(slot * 0.7)}" '
                f'height="{_n(base - y)}" fill="{escape(colours[index % len(colours)])}" '
                f'data-value="{_n(datum.value)}"><title>{escape(datum.long_label)}: '
                f'{escape(datum.shown)}</title></rect>')
            drawn.append(_text(middle, y - FONT * 0.4, datum.shown, slot, "value"))
        else:
            drawn.append(_text(middle, base - FONT * 0.4, texts.missing, slot, "value"))
        drawn.append(_text(middle, base + FONT * 1.3, datum.label, slot, "label"))
    return _figure(key, "bar", height, drawn, data, texts)


def line_chart(key: str, data: Sequence[Datum], texts: Texts, maximum: float | None = None,
               colour: str = BLUE, height: int = 160) -> Markup:
    """A line through the values (broken where one is missing), a marker on each point,
    the values written at the first, the last, the lowest and the highest point (at every
    point when there are six or fewer), and each label below."""
    top, bottom, side = FONT * 1.8, FONT * 2.0, FONT * 1.5
    step = (WIDTH - 2 * side) / max(len(data) - 1, 1)
    scale = _scale(data, maximum)
    base = height - bottom
    drawn = [_frame(base, 4.0)]
    points: list[tuple[float, float] | None] = []
    for index, datum in enumerate(data):
        x = side + step * index if len(data) > 1 else WIDTH / 2
        points.append(None if datum.value is None else
                      (x, base - max((base - top) * datum.value / scale, 0.0)))
    stroke = escape(colour)
    for run in _runs(points):
        if len(run) > 1:
            drawn.append(f'<polyline points="{" ".join(f"{_n(x)},{_n(y)}" for x, y in run)}" '
                         f'fill="none" stroke="{stroke}" stroke-width="3" '
                         'stroke-linejoin="round"/>')
    written = _written(data)
    for index, (datum, point) in enumerate(zip(data, points, strict=True)):
        x = side + step * index if len(data) > 1 else WIDTH / 2
        if point is not None:
            drawn.append(
                f'<circle cx="{_n(point[0])}" cy="{_n(point[1])}" r="4.5" fill="{stroke}" '
                f'data-value="{_n(datum.value or 0)}"><title>{escape(datum.long_label)}: '
                f'{escape(datum.shown)}</title></circle>')
            if index in written:
                # Below a point that lies under its neighbours, where the line is not.
                below = _dips(points, index) and point[1] + FONT * 1.6 < base - FONT * 0.2
                drawn.append(_text(point[0], point[1] + (FONT * 1.4 if below else -FONT * 0.7),
                                   datum.shown, step * 1.6, "value"))
        drawn.append(_text(x, base + FONT * 1.3, datum.label, step, "label"))
    return _figure(key, "line", height, drawn, data, texts)


# -- the parts ---------------------------------------------------------------------------------
# Built as text with every value escaped here (markupsafe's ``escape``): Markup.format costs
# a Formatter call per field, and a dashboard draws a few hundred.

def _figure(key: str, kind: str, height: int, drawn: Sequence[str], data: Sequence[Datum],
            texts: Texts) -> Markup:
    key_text = escape(key)
    title, description = escape(texts.title), escape(texts.description)
    missing = escape(texts.missing)
    rows = "".join(
        f'<tr><th scope="row">{escape(datum.long_label)}</th>'
        f'<td>{escape(datum.shown) if datum.value is not None else missing}</td></tr>'
        for datum in data)
    return Markup(
        f'<figure class="chart" data-chart="{key_text}" data-chart-kind="{kind}">'
        f'<figcaption>{title}</figcaption>'
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="chart-{key_text}-title chart-{key_text}-description" '
        f'class="chart-drawing" font-size="{FONT}">'
        f'<title id="chart-{key_text}-title">{title}</title>'
        f'<desc id="chart-{key_text}-description">{description}</desc>'
        f'{"".join(drawn)}</svg>'
        f'<details class="chart-table" data-chart-table><summary>{escape(texts.show_table)}'
        f'</summary><table><caption>{title}</caption><thead><tr>'
        f'<th scope="col">{escape(texts.label_heading)}</th>'
        f'<th scope="col">{escape(texts.value_heading)}</th></tr></thead>'
        f'<tbody>{rows}</tbody></table></details></figure>')


def _frame(base: float, side: float) -> str:
    """The base line the bars stand on (the same ink as the text)."""
    return (f'<line x1="{_n(side)}" y1="{_n(base)}" x2="{_n(WIDTH - side)}" y2="{_n(base)}" '
            'stroke="currentColor" stroke-width="1" class="chart-base"/>')


def _text(x: float, y: float, text: str, room: float, role: str) -> str:
    """A centred text, made smaller when it would not fit in ``room`` (never below 9)."""
    size = min(FONT, max(9.0, room * 0.95 / (CHAR * max(len(text), 1))))
    return (f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="middle" fill="currentColor" '
            f'font-size="{_n(size)}" class="chart-{role}">{escape(text)}</text>')


def _scale(data: Sequence[Datum], maximum: float | None) -> float:
    largest = max((datum.value for datum in data if datum.value is not None), default=0.0)
    return max(maximum or 0.0, largest) or 1.0


def _written(data: Sequence[Datum]) -> set[int]:
    """The points whose value a line writes out: all of six or fewer; else the first, the
    last, and the first lowest and highest."""
    known = [index for index, datum in enumerate(data) if datum.value is not None]
    if len(data) <= 6 or not known:
        return set(known)
    def value(index: int) -> float:
        return data[index].value or 0.0
    return {known[0], known[-1], min(known, key=value), max(known, key=value)}


def _dips(points: Sequence[tuple[float, float] | None], index: int) -> bool:
    """Whether a point lies lower on the drawing than a neighbour on either side."""
    here = points[index]
    neighbours = [point for point in (points[index - 1] if index else None,
                                      points[index + 1] if index + 1 < len(points) else None)
                  if point is not None]
    return here is not None and any(point[1] < here[1] for point in neighbours)


def _runs(points: Sequence[tuple[float, float] | None]) -> list[list[tuple[float, float]]]:
    """The stretches of consecutive known points."""
    runs: list[list[tuple[float, float]]] = [[]]
    for point in points:
        if point is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(point)
    return [run for run in runs if run]


def _n(number: float) -> str:
    """A coordinate or value as SVG writes it: at most one decimal, no trailing zero."""
    return f"{number:.1f}".rstrip("0").rstrip(".") if number != int(number) else str(int(number))
