"""The SVG charts, read back with xml.etree: a bar per value scaled to its share of the
largest (or of 100), a line broken where a value is missing, the value of each bar written
on it, a title and description the drawing is labelled by, colours from the Okabe–Ito
palette, the same numbers as a table, and every text escaped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest

from trustwork.views.charts import PALETTE, Datum, Texts, bar_chart, line_chart

SVG = "{http://www.w3.org/2000/svg}"
TEXTS = Texts(title="Ideeën per maand", description="Hoogste: maart", label_heading="Maand",
              value_heading="Ideeën", show_table="Toon als tabel", missing="–")
HTML = '<img src=x onerror="alert(1)">&amp;'


def drawing(markup: str) -> ElementTree.Element:
    found = re.search(r"<svg.*</svg>", markup, re.S)
    assert found, markup
    return ElementTree.fromstring(found.group())


def table(markup: str) -> ElementTree.Element:
    found = re.search(r"<table>.*</table>", markup, re.S)
    assert found, markup
    return ElementTree.fromstring(found.group())


def months(*values: float | None) -> list[Datum]:
    return [Datum(f"m{n}", f"month {n}", value, "" if value is None else f"{value:g}")
            for n, value in enumerate(values, start=1)]


def test_a_bar_chart_draws_one_bar_per_value_scaled_to_the_largest() -> None:
    svg = drawing(bar_chart("ideas", months(10, 5, 0, 20), TEXTS))
    bars = svg.findall(f"{SVG}rect")
    assert [bar.get("data-value") for bar in bars] == ["10", "5", "0", "20"]
    heights = [float(bar.get("height") or 0) for bar in bars]
    assert heights[3] > 0 and heights[2] == 0
    # Drawn to a tenth of a unit.
    assert heights[0] == pytest.approx(heights[3] / 2, abs=0.1)
    assert heights[1] == pytest.approx(heights[3] / 4, abs=0.1)
    # Every bar stands on the same base line.
    bottoms = {round(float(bar.get("y") or 0) + float(bar.get("height") or 0), 1) for bar in bars}
    assert len(bottoms) == 1
    # Not colour alone: the values are written out, and each bar says what it is.
    values = [text.text for text in svg.findall(f"{SVG}text[@class='chart-value']")]
    assert values == ["10", "5", "0", "20"]
    labels = [text.text for text in svg.findall(f"{SVG}text[@class='chart-label']")]
    assert labels == ["m1", "m2", "m3", "m4"]
    assert bars[0].findtext(f"{SVG}title") == "month 1: 10"


def test_a_percentage_is_scaled_to_100_not_to_the_largest_value() -> None:
    svg = drawing(bar_chart("share", months(50, 25), TEXTS, maximum=100))
    line = svg.find(f"{SVG}line")
    assert line is not None
    base, top = float(line.get("y1") or 0), 13 * 1.8  # the room above the bars is kept free
    heights = [float(bar.get("height") or 0) for bar in svg.findall(f"{SVG}rect")]
    assert heights[0] == pytest.approx((base - top) / 2, abs=0.1)
    assert heights[1] == pytest.approx((base - top) / 4, abs=0.1)


def test_a_missing_value_has_no_bar_and_says_so() -> None:
    markup = bar_chart("ideas", months(3, None, 4), TEXTS)
    svg = drawing(markup)
    assert len(svg.findall(f"{SVG}rect")) == 2
    values = [text.text for text in svg.findall(f"{SVG}text[@class='chart-value']")]
    assert values == ["3", "–", "4"]
    cells = [cell.text for cell in table(markup).iter("td")]
    assert cells == ["3", "–", "4"]


def test_the_drawing_is_labelled_by_its_title_and_description_for_screen_readers() -> None:
    svg = drawing(bar_chart("ideas", months(1, 2), TEXTS))
    assert svg.get("role") == "img"
    title, description = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
    assert title is not None and description is not None
    assert (title.text, description.text) == (TEXTS.title, TEXTS.description)
    assert svg.get("aria-labelledby") == f"{title.get('id')} {description.get('id')}"
    assert title.get("id") == "chart-ideas-title"


def test_the_same_numbers_are_a_table_with_the_full_labels() -> None:
    markup = line_chart("trend", months(1, 2, 3), TEXTS)
    found = table(markup)
    assert found.findtext("caption") == TEXTS.title
    assert [cell.text for cell in found.iter("th")] == [
        "Maand", "Ideeën", "month 1", "month 2", "month 3"]
    assert [cell.text for cell in found.iter("td")] == ["1", "2", "3"]
    assert re.search(r"<details class=\"chart-table\" data-chart-table><summary>Toon als tabel",
                     markup)


def test_colours_come_from_the_okabe_ito_palette() -> None:
    svg = drawing(bar_chart("parts", months(1, 2, 3), TEXTS, colours=PALETTE))
    fills = [bar.get("fill") for bar in svg.findall(f"{SVG}rect")]
    assert fills == list(PALETTE[:3])
    assert set(PALETTE) <= {"#0072B2", "#D55E00", "#009E73", "#CC79A7"}
    line = drawing(line_chart("trend", months(1, 2), TEXTS))
    assert {element.get("stroke") for element in line.findall(f"{SVG}polyline")} == {PALETTE[0]}


def test_a_line_is_broken_where_a_value_is_missing() -> None:
    svg = drawing(line_chart("trend", months(1, 2, None, 4, 5, 6), TEXTS))
    lines = svg.findall(f"{SVG}polyline")
    assert [len((line.get("points") or "").split()) for line in lines] == [2, 3]
    assert len(svg.findall(f"{SVG}circle")) == 5


def test_a_long_line_writes_only_its_first_last_lowest_and_highest_values() -> None:
    values = (5, 7, 2, 9, 6, 6, 8, 4)
    svg = drawing(line_chart("trend", months(*values), TEXTS))
    written = [text.text for text in svg.findall(f"{SVG}text[@class='chart-value']")]
    assert written == ["5", "2", "9", "4"]
    # Higher values are drawn higher.
    heights = [float(point.get("cy") or 0) for point in svg.findall(f"{SVG}circle")]
    assert heights[3] < heights[0] < heights[2]


def test_every_text_is_escaped() -> None:
    data = [Datum(HTML, HTML, 1, HTML)]
    texts = Texts(HTML, HTML, HTML, HTML, HTML, HTML)
    for markup in (bar_chart("x", data, texts), line_chart("x", data, texts)):
        assert "<img" not in markup
        svg = drawing(markup)
        assert svg.findtext(f"{SVG}title") == HTML
        assert HTML in [text.text for text in svg.iter(f"{SVG}text")]
        assert table(markup).findtext("caption") == HTML


def test_a_key_with_markup_cannot_break_out_of_its_attribute() -> None:
    markup = bar_chart('x" onload="alert(1)', months(1), TEXTS)
    assert 'onload="' not in markup
