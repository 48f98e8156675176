// Makes Trustwork's start-up snapshot at build time, under Node, from the pinned Pyodide
// (node_modules/pyodide, the same build the page embeds), then checks it.
//
//   node web/tools/make-snapshot.mjs OUT STDLIB_ZIP WARM_UP_PYTHON WHEEL...
//
// STDLIB_ZIP is the standard library exactly as the page embeds it: Python's zip importer
// keeps the offsets of its members in memory, so the snapshot only fits that very zip.
//
// 1. Start Python with `_makeSnapshot`, as a browser page would see it (its program name
//    and environment, not this machine's), install the wheels, run the warm-up code
//    (imports and template compilation: pure Python, no browser), write the heap to OUT.
// 2. Start a second Python from OUT, install the wheels again (a snapshot holds memory,
//    not files) and run the warm-up once more: the build fails unless that works.
import { readFileSync, writeFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [output, stdLibURL, warmUp, ...wheels] = process.argv.slice(2);
// What Pyodide has in a browser page: no trace of the machine that built the file.
const browserLike = { _sysExecutable: "./this.program", env: { LANG: "en_US.UTF-8" }, stdLibURL };

async function install(pyodide) {
  const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
  for (const wheel of wheels) {
    const bytes = new Uint8Array(readFileSync(wheel));
    pyodide.unpackArchive(bytes, "wheel", { extractDir: sitePackages });
  }
}

const maker = await loadPyodide({ ...browserLike, _makeSnapshot: true });
await install(maker);
maker.runPython(warmUp + "\nimport gc\ngc.collect()");
const snapshot = maker.makeMemorySnapshot();
writeFileSync(output, snapshot);

const checker = await loadPyodide({ ...browserLike, _loadSnapshot: new Uint8Array(readFileSync(output)) });
await install(checker);
checker.runPython(warmUp);
const seen = checker.runPython("import sys, os; sys.executable + ' ' + os.environ.get('_', '')");
console.log(JSON.stringify({ bytes: snapshot.length, seen }));
