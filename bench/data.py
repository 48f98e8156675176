"""Data-file benchmark: open and save-with-merge of the large demo, in Pyodide in Chromium.

Prints JSON lines: the file size; the browser's own JSON.parse of the same text; Python's
json.loads of it (the floor of any open in Python); opening
(parse + check + build the document, in Python in the page); the encoding the app does in
the background once the file is on screen; and saving with a merge (the file changed on
disk by someone else: read, merge, write out). Medians, in ms.

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
import time, js, json
from trustwork.workspace import opened, plan_save, edited
from trustwork.commands import UpdateRecord, EditOrganisation, handle
from trustwork.model.document import Stamp
from trustwork.store import codec

def timed(work):
    started = time.perf_counter()
    result = work()
    return (time.perf_counter() - started) * 1000, result

# Python's own json.loads of the same text: the floor of any open done in Python.
loads_ms, _ = timed(lambda: json.loads(str(js.benchText)))
# A first open: nothing this page wrote before can be reused (each run starts afresh).
codec.forget_written_lines()
open_ms, workspace = timed(lambda: opened(str(js.benchText), "large.json"))
# What the app does once the opened file is on screen (see ui/datafile.py _prepare_to_write).
prepare_ms, _ = timed(lambda: codec.prepare_to_write(workspace.document))
ids = iter(f"bench-{n}" for n in range(10_000))
mine = workspace.document
ideas = mine.live("idea")
for idea in ideas[:50]:
    mine = handle(mine, UpdateRecord(idea.id, {"status": "usable"}),
                  Stamp("2030-01-01T00:00:00Z", "me"), ids)
mine = handle(mine, EditOrganisation({"name": "Mijn naam"}), Stamp("2030-01-01T00:00:01Z", "me"),
              ids)
workspace = edited(workspace, mine)
save_ms, plan = timed(lambda: plan_save(workspace, str(js.theirText)))
json.dumps({"loads_ms": loads_ms, "open_ms": open_ms, "prepare_ms": prepare_ms,
            "save_with_merge_ms": save_ms,
            "merged_from_theirs": len(plan.outcome.records_from_theirs)})
"""


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
        browser = driver.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(BUILT.as_uri())
        page.wait_for_function("() => document.documentElement.dataset.state === 'ready'",
                               timeout=120_000)
        page.evaluate("([text, theirs]) => { window.benchText = text; window.theirText = theirs; }",
                      [text, theirs])
        parse = page.evaluate(JSON_PARSE, arguments.runs)
        runs = [json.loads(page.evaluate("(code) => trustworkBoot.interpreter.runPython(code)",
                                         IN_PYTHON)) for _ in range(arguments.runs)]
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
