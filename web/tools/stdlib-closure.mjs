// Lists the modules of the standard library that Trustwork can import, for build.py, which
// embeds only those. Runs the pinned Pyodide under Node:
//
//   node web/tools/stdlib-closure.mjs STDLIB_ZIP ROOTS_JSON OUT_JSON
//
// ROOTS_JSON names the modules to start from (what the app and its dependencies import, and
// what the runtime and PyScript import in a page); every module already imported once
// Python is up is a root too. Python's modulefinder then follows every import statement in
// them, also those inside functions, over the full standard library unpacked from
// STDLIB_ZIP. OUT_JSON gets the sorted member names of STDLIB_ZIP holding a module it reached.
import { readFileSync, writeFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [stdLibURL, rootsFile, output] = process.argv.slice(2);
const pyodide = await loadPyodide({
  _sysExecutable: "./this.program",
  env: { LANG: "en_US.UTF-8" },
  stdLibURL,
});
pyodide.FS.writeFile("/tmp/stdlib.zip", new Uint8Array(readFileSync(stdLibURL)));
pyodide.globals.set("roots_json", readFileSync(rootsFile, "utf8"));
const members = pyodide.runPython(`
import sys
started = set(sys.modules)  # before this script's own imports
import json, modulefinder, zipfile

UNPACKED = "/tmp/stdlib/"
with zipfile.ZipFile("/tmp/stdlib.zip") as archive:
    archive.extractall(UNPACKED)
roots = set(json.loads(roots_json)) | started
finder = modulefinder.ModuleFinder(path=[UNPACKED.rstrip("/")])
for root in sorted(roots):
    try:
        finder.import_hook(root)
    except ImportError:
        pass  # built in, not in the standard library, or lacking here: nothing to embed
reached = set()
for module in finder.modules.values():
    path = module.__file__ or ""
    if path.startswith(UNPACKED):
        reached.add(path[len(UNPACKED):])
json.dumps(sorted(reached))
`);
writeFileSync(output, members);
