"""Data-file benchmark: open and save-with-merge of the large demo, in Pyodide in Chromium.

Prints JSON lines: the file size; the browser's own JSON.parse of the same text; Python's
json.loads of it (the floor of any open in Python); opening
(parse + check + build the document, in Python in the page); the encoding the app does in
the background once the file is on screen; saving with a merge (the file changed on
disk by someone else: read, merge, write out); rendering each area's page with the large
file open. Medians, in ms. Then, in a fresh page, the file opened the way a person opens it
(the file-chosen event): the time until the dashboard shows it, the longest task while it
opens and prepares (the page does not answer input during a task), and the memory the page
holds (JS heap and wasm memory, after a garbage collection) beside an empty page.

    .venv/bin/python bench/data.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "py"))

from trustwork.demo import demo_document  # noqa: E402
from trustwork.store import codec  # noqa: E402

BUILT = ROOT / "dist" / "trustwork.html"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
JSON_PARSE = """(runs) => {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    JSON.parse(window.benchText);
    times.push(performance.now() - started);
  }
  return times;
}"""
IN_PYTHON = """
import time, js, json, gc
from trustwork.workspace import opened, plan_save, edited
from trustwork.commands import UpdateRecord, EditOrganisation, handle
from trustwork.model.document import Stamp
from trustwork.store import codec

def timed(work):
    started = time.perf_counter()
    result = work()
    return (time.perf_counter() - started) * 1000, result

# Python's own json.loads of the same file: the floor of any open done in Python. The file
# comes in as the app reads it: UTF-8 bytes (ui/browser.py content).
loads_ms, _ = timed(lambda: json.loads(js.benchData.to_bytes()))
# A first open: nothing this page wrote before can be reused (each run starts afresh).
codec.forget_written_lines()
open_ms, workspace = timed(lambda: opened(js.benchData.to_bytes(), "large.json"))
# What the app does once the opened file is on screen (see ui/datafile.py _prepare_to_write).
prepare_ms, _ = timed(lambda: codec.prepare_to_write(workspace.document))
gc.freeze()  # as the app does then (ui/datafile.py settle)
ids = iter(f"bench-{n}" for n in range(10_000))
mine = workspace.document
ideas = mine.live("idea")
for idea in ideas[:50]:
    mine = handle(mine, UpdateRecord(idea.id, {"status": "usable"}),
                  Stamp("2030-01-01T00:00:00Z", "me"), ids)
mine = handle(mine, EditOrganisation({"name": "Mijn naam"}), Stamp("2030-01-01T00:00:01Z", "me"),
              ids)
workspace = edited(workspace, mine)
save_ms, plan = timed(lambda: plan_save(workspace, js.theirData.to_bytes()))
# Each area's page, rendered into the page as the app shows it, with the large file open.
from dataclasses import replace
from trustwork.kinds import AREAS
from trustwork.ui.render import show
from trustwork.ui.state import current
session = current()
session.workspace = workspace
areas = {}
for area in AREAS:
    session.view = replace(session.view, area=area, page="")
    areas[area.key], _ = timed(lambda: show(session))
session.workspace = None
session.view = replace(session.view, document=None, area=AREAS[0])
show(session)
json.dumps({"loads_ms": loads_ms, "open_ms": open_ms, "prepare_ms": prepare_ms,
            "save_with_merge_ms": save_ms, "areas_ms": areas,
            "merged_from_theirs": len(plan.outcome.records_from_theirs)})
"""
# Long tasks (the page cannot answer input while one runs), from the moment this is called.
WATCH_TASKS = """() => {
  window.benchTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchTasks.push(entry.duration);
  }).observe({ type: "longtask" });
}"""
# Opens the file as <input type=file> does (its bytes made beforehand, in a task of their
# own); the page is then the only one holding them.
ENCODE_FILE = "(text) => { window.benchFile = new TextEncoder().encode(text); }"
CHOOSE_FILE = """() => {
  const data = window.benchFile;
  window.benchFile = null;
  window.benchChosenAt = performance.now();
  window.dispatchEvent(new CustomEvent("trustwork:file-chosen",
                                      { detail: { name: "large.json", data } }));
}"""
PREPARED = ("() => trustworkBoot.interpreter.runPython("
            "'from trustwork.store import codec; bool(codec._memo.previous)')")
MEMORY = """() => ({
  js_heap_mb: performance.memory.usedJSHeapSize / 1e6,
  wasm_mb: trustworkBoot.interpreter._module.HEAPU8.buffer.byteLength / 1e6,
})"""


def in_a_fresh_page(browser: object, text: str, organisation: str) -> dict[str, float]:
    """Open the file in a new page the way a person does; time it, watch tasks, weigh it."""
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(BUILT.as_uri())
    page.wait_for_function("() => document.documentElement.dataset.state === 'ready'",
                           timeout=120_000)
    devtools = page.context.new_cdp_session(page)
    devtools.send("HeapProfiler.collectGarbage")
    empty = page.evaluate(MEMORY)
    page.evaluate(ENCODE_FILE, text)
    page.evaluate(WATCH_TASKS)
    page.evaluate(CHOOSE_FILE)
    page.wait_for_function("(name) => document.getElementById('app').textContent.includes(name)",
                           arg=organisation, timeout=60_000)
    shown_ms = page.evaluate("() => performance.now() - window.benchChosenAt")
    page.wait_for_function(PREPARED, timeout=60_000)
    tasks = page.evaluate("() => window.benchTasks")
    devtools.send("HeapProfiler.collectGarbage")
    full = page.evaluate(MEMORY)
    page.close()
    return {"shown_ms": shown_ms, "longest_task_ms": max(tasks, default=0.0),
            **{f"empty_{key}": value for key, value in empty.items()},
            **{f"open_{key}": value for key, value in full.items()}}


def texts() -> tuple[str, str]:
    """The large demo, and the same file after someone else changed 50 other ideas."""
    document = demo_document("large", 1, datetime(2025, 1, 6, 9, tzinfo=UTC))
    text = codec.dumps(document)
    raw = json.loads(text)
    for idea in raw["records"]["idea"][-50:]:
        idea["fields"]["status"] = "done"
        idea.setdefault("stamps", {})["status"] = {"at": "2030-01-02T00:00:00Z", "by": "other"}
    # Written the way another person's Trustwork writes it.
    return text, codec.dumps(codec.document_from_dict(raw))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args(argv)
    subprocess.run([sys.executable, str(ROOT / "build.py")], cwd=ROOT, check=True)
    text, theirs = texts()
    print(json.dumps({"figure": "large_demo_file", "megabytes": round(len(text.encode()) / 1e6, 2),
                      "records": text.count('"id":"') - text.count('"action":')}), flush=True)
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path="/usr/bin/chromium",
                                         args=[*CHROMIUM_ARGS, "--enable-precise-memory-info"])
        page = browser.new_page()
        page.goto(BUILT.as_uri())
        page.wait_for_function("() => document.documentElement.dataset.state === 'ready'",
                               timeout=120_000)
        page.evaluate("""([text, theirs]) => {
          window.benchText = text;
          window.benchData = new TextEncoder().encode(text);
          window.theirData = new TextEncoder().encode(theirs);
        }""", [text, theirs])
        parse = page.evaluate(JSON_PARSE, arguments.runs)
        runs = [json.loads(page.evaluate("(code) => trustworkBoot.interpreter.runPython(code)",
                                         IN_PYTHON)) for _ in range(arguments.runs)]
        page.close()  # its copies of the texts would weigh on the pages below
        organisation = str(json.loads(text)["organisation"]["fields"]["name"])
        fresh = [in_a_fresh_page(browser, text, organisation) for _ in range(arguments.runs)]
        browser.close()
    parse_ms = statistics.median(parse)
    open_ms = statistics.median(run["open_ms"] for run in runs)
    save_ms = statistics.median(run["save_with_merge_ms"] for run in runs)
    prepare_ms = statistics.median(run["prepare_ms"] for run in runs)
    print(json.dumps({"figure": "json_parse_ms", "median": round(parse_ms)}))
    loads_ms = statistics.median(run["loads_ms"] for run in runs)
    print(json.dumps({"figure": "python_json_loads_ms", "median": round(loads_ms),
                      "times_json_parse": round(loads_ms / parse_ms, 1),
                      "note": "the text into Python and json.loads alone, nothing checked"}))
    print(json.dumps({"figure": "open_ms", "median": round(open_ms),
                      "times_json_parse": round(open_ms / parse_ms, 1)}))
    print(json.dumps({"figure": "prepare_after_open_ms", "median": round(prepare_ms),
                      "note": "in the background once the file is on screen"}))
    print(json.dumps({"figure": "save_with_merge_ms", "median": round(save_ms),
                      "records_merged_in": runs[0]["merged_from_theirs"]}))
    for area in runs[0]["areas_ms"]:
        print(json.dumps({"figure": "area_page_ms", "area": area,
                          "median": round(statistics.median(run["areas_ms"][area]
                                                            for run in runs))}))

    def median(key: str) -> float:
        return statistics.median(run[key] for run in fresh)

    print(json.dumps({"figure": "open_in_page_ms", "median": round(median("shown_ms")),
                      "times_json_parse": round(median("shown_ms") / parse_ms, 1),
                      "note": "file chosen until the dashboard shows it, as a person opens it"}))
    print(json.dumps({"figure": "longest_task_ms", "median": round(median("longest_task_ms")),
                      "note": "while the file opens and is prepared for saving"}))
    empty = median("empty_js_heap_mb") + median("empty_wasm_mb")
    full = median("open_js_heap_mb") + median("open_wasm_mb")
    print(json.dumps({"figure": "memory_mb", "empty_js_heap": round(median("empty_js_heap_mb")),
                      "empty_wasm": round(median("empty_wasm_mb")),
                      "open_js_heap": round(median("open_js_heap_mb")),
                      "open_wasm": round(median("open_wasm_mb")),
                      "above_empty": round(full - empty)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
