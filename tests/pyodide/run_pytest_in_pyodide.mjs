// Runs pytest inside real Pyodide (npm `pyodide`, the same build the app embeds) under Node.
// Usage: node run_pytest_in_pyodide.mjs REPO_ROOT WHEEL_DIR... -- PYTEST_ARGS...
// The repository is mounted at /repo, so the tests import py/trustwork from the tree.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadPyodide } from "pyodide";

const argv = process.argv.slice(2);
const split = argv.indexOf("--");
const [repoRoot, ...wheelDirs] = split < 0 ? argv : argv.slice(0, split);
const pytestArgs = split < 0 ? [] : argv.slice(split + 1);

const pyodide = await loadPyodide();
const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
for (const dir of wheelDirs) {
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".whl"))) {
    if (name.startsWith("trustwork-")) continue; // the tests use the sources in the tree
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    pyodide.unpackArchive(bytes, "wheel", { extractDir: sitePackages });
  }
}
pyodide.FS.mkdirTree("/repo");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: repoRoot }, "/repo");
pyodide.globals.set("pytest_args", pyodide.toPy(pytestArgs));
const code = pyodide.runPython(`
import os, sys
os.chdir("/repo")
import pytest
print("running on", sys.platform, sys.version.split()[0], flush=True)
int(pytest.main(list(pytest_args)))
`);
process.exit(code);
