// Bundles @pyscript/core into one ES module for the single file (no code splitting, so
// esbuild inlines its lazily imported chunks), leaving out the chunks Trustwork never
// loads: the code editor, the terminal, package resolution, TOML config, zip archives.
// A left-out chunk becomes a module that throws with its name if anything ever imports it.
// It also keeps PyScript from compiling code with Function(), which would need
// 'unsafe-eval' in the page's content security policy (see build.py).
//
//   node web/tools/bundle-pyscript.mjs ENTRY OUTFILE
import { readFile } from "node:fs/promises";
import { build } from "esbuild";

const [entry, outfile] = process.argv.slice(2);
// PyScript loads its editor, terminal and game plugins at start, but they import these
// only when the page has such an element (Trustwork has none).
const LEFT_OUT = /\/(codemirror[^/]*|xterm[^/]*|pyodide_graph|toml|zip)-[\w-]+\.js$/;

const leaveOut = {
  name: "leave-out-unused-pyscript-chunks",
  setup(bundle) {
    bundle.onLoad({ filter: LEFT_OUT }, (args) => ({
      contents: `throw new Error(${JSON.stringify(
        "Trustwork leaves this part of PyScript out of its single file: " + args.path.split("/").pop()
      )});`,
      loader: "js",
    }));
  },
};

// Whenever PyScript starts an interpreter it composes the hooks for its workers, source
// text and all, with Function(). Trustwork runs no worker (file:// pages cannot start
// PyScript's workers), so there the composition says "no hook", which PyScript's own
// getters return when none is registered. Pinned by package-lock.json: a new PyScript
// that no longer has this exact text stops the build rather than the page.
const WORKER_HOOKS_CHUNK = /\/@pyscript\/core\/dist\/core-[\w-]+\.js$/;
const WORKER_HOOKS_COMPOSED = "return Function(`return(w,x)=>(${r})(w,x,...[${s}])`)()";
const NO_WORKER_HOOK = "return void 0";

const noWorkerHooks = {
  name: "compose-no-worker-hooks",
  setup(bundle) {
    bundle.onLoad({ filter: WORKER_HOOKS_CHUNK }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (source.split(WORKER_HOOKS_COMPOSED).length !== 2) {
        throw new Error(`PyScript changed: ${args.path} no longer composes worker hooks as expected`);
      }
      return { contents: source.replace(WORKER_HOOKS_COMPOSED, NO_WORKER_HOOK), loader: "js" };
    });
  },
};

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  format: "esm",
  minify: true,
  logLevel: "warning",
  plugins: [leaveOut, noWorkerHooks],
});
