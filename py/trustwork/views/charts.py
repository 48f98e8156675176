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

from markupsafe import Markup

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
    drawn = [_frame(height, base, side)]
    for index, datum in enumerate(data):
        middle = side + slot * (index + 0.5)
        colour = colours[index % len(colours)]
        if datum.value is not None:
            tall = max((base - top) * datum.value / scale, 0.0)
            drawn.append(Markup(
                '<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{fill}" '
                'data-value="{value}"><title>{label}: {shown}</title></rect>').format(
                x=_n(middle - slot * 0.35), y=_n(round(base - tall, 1)), w=_n(slot * 0.7),
                h=_n(base - round(base - tall, 1)),  # so that every bar ends on the base
                fill=colour, value=_n(datum.value), label=datum.long_label, shown=datum.shown))
            drawn.append(_text(middle, base - tall - FONT * 0.4, datum.shown, slot, "value"))
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
    drawn = [_frame(height, base, 4.0)]
    points: list[tuple[float, float] | None] = []
    for index, datum in enumerate(data):
        x = side + step * index if len(data) > 1 else WIDTH / 2
        points.append(None if datum.value is None else
                      (x, base - max((base - top) * datum.value / scale, 0.0)))
    for run in _runs(points):
        if len(run) > 1:
            drawn.append(Markup(
                '<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="3" '
                'stroke-linejoin="round"/>').format(
                points=" ".join(f"{_n(x)},{_n(y)}" for x, y in run), colour=colour))
    written = _written(data)
    for index, (datum, point) in enumerate(zip(data, points, strict=True)):
        x = side + step * index if len(data) > 1 else WIDTH / 2
        if point is not None:
            drawn.append(Markup(
                '<circle cx="{x}" cy="{y}" r="4.5" fill="{colour}" data-value="{value}">'
                '<title>{label}: {shown}</title></circle>').format(
                x=_n(point[0]), y=_n(point[1]), colour=colour, value=_n(datum.value or 0),
                label=datum.long_label, shown=datum.shown))
            if index in written:
                # Below a point that lies under its neighbours, where the line is not.
                below = _dips(points, index) and point[1] + FONT * 1.6 < base - FONT * 0.2
                drawn.append(_text(point[0], point[1] + (FONT * 1.4 if below else -FONT * 0.7),
                                   datum.shown, step * 1.6, "value"))
        drawn.append(_text(x, base + FONT * 1.3, datum.label, step, "label"))
    return _figure(key, "line", height, drawn, data, texts)


# -- the parts ---------------------------------------------------------------------------------

def _figure(key: str, kind: str, height: int, drawn: Sequence[Markup], data: Sequence[Datum],
            texts: Texts) -> Markup:
    ids = {"title": f"chart-{key}-title", "description": f"chart-{key}-description"}
    rows = Markup("").join(
        Markup('<tr><th scope="row">{label}</th><td>{shown}</td></tr>').format(
            label=datum.long_label, shown=datum.shown if datum.value is not None else texts.missing)
        for datum in data)
    return Markup(
        '<figure class="chart" data-chart="{key}" data-chart-kind="{kind}">'
        '<figcaption>{title}</figcaption>'
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        'aria-labelledby="{title_id} {description_id}" class="chart-drawing" '
        'font-size="{font}">'
        '<title id="{title_id}">{title}</title><desc id="{description_id}">{description}</desc>'
        '{drawn}</svg>'
        '<details class="chart-table" data-chart-table><summary>{show}</summary>'
        '<table><caption>{title}</caption><thead><tr><th scope="col">{label_heading}</th>'
        '<th scope="col">{value_heading}</th></tr></thead><tbody>{rows}</tbody></table>'
        '</details></figure>').format(
        key=key, kind=kind, width=WIDTH, height=height, font=FONT, title_id=ids["title"],
        description_id=ids["description"], title=texts.title, description=texts.description,
        drawn=Markup("").join(drawn), show=texts.show_table, label_heading=texts.label_heading,
        value_heading=texts.value_heading, rows=rows)


def _frame(height: int, base: float, side: float) -> Markup:
    """The base line the bars stand on (the same ink as the text)."""
    return Markup('<line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" stroke="currentColor" '
                  'stroke-width="1" class="chart-base"/>').format(
        x1=_n(side), x2=_n(WIDTH - side), y=_n(base))


def _text(x: float, y: float, text: str, room: float, role: str) -> Markup:
    """A centred text, made smaller when it would not fit in ``room`` (never below 9)."""
    size = min(FONT, max(9.0, room * 0.95 / (CHAR * max(len(text), 1))))
    return Markup('<text x="{x}" y="{y}" text-anchor="middle" fill="currentColor" '
                  'font-size="{size}" class="chart-{role}">{text}</text>').format(
        x=_n(x), y=_n(y), size=_n(size), role=role, text=text)


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
