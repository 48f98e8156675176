// Bundles @pyscript/core into one ES module for the single file (no code splitting, so
// esbuild inlines its lazily imported chunks), leaving out the chunks Trustwork never
// loads: the code editor, the terminal, package resolution, TOML config, zip archives.
// A left-out chunk becomes a module that throws with its name if anything ever imports it.
// It also keeps PyScript from running code the page was not built with (see below).
//
//   node web/tools/bundle-pyscript.mjs ENTRY OUTFILE PYTHON_OUTFILE
//
// PYTHON_OUTFILE gets, as JSON, the Python files PyScript writes at every start (its
// `pyscript` package, relative to Python's working folder), read from the same core
// chunk: build.py compiles them to bytecode for the page (see make-snapshot.mjs).
import { readFile, writeFile } from "node:fs/promises";
import { build } from "esbuild";

const [entry, outfile, pythonOutfile] = process.argv.slice(2);
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

// Three changes to PyScript's core chunk, so that nothing but the page's own scripts runs
// code (the content security policy in build.py covers JavaScript, not these):
//  - Whenever PyScript starts an interpreter it composes the hooks of its workers, source
//    text and all, with Function(), which needs 'unsafe-eval'. Trustwork runs no worker
//    (file:// pages cannot start PyScript's), so there the composition says "no hook", as
//    PyScript's own getters do when none is registered.
//  - It watches the whole document and runs every <script type="py"> added later, even one
//    that arrives as markup through innerHTML; Trustwork's one Python script is in the page
//    when PyScript starts, and PyScript runs it from the page without watching.
//  - It defines the <py-script> element, which runs its text as Python wherever it appears;
//    Trustwork has none. The class is still made, only not registered.
// Pinned by package-lock.json: a PyScript without this exact text stops the build rather
// than leaving a gap in the page.
const CORE_CHUNK = /\/@pyscript\/core\/dist\/core-[\w-]+\.js$/;
const CORE_CHANGES = [
  ["return Function(`return(w,x)=>(${r})(w,x,...[${s}])`)()", "return void 0"],
  ["e.observe(t,{childList:!0,subtree:!0,attributes:!0})", "void 0"],
  ["customElements.define(`${e}-script`,", "void(`${e}-script`,"],
];

const runOnlyThePagesOwnCode = {
  name: "run-only-the-pages-own-code",
  setup(bundle) {
    bundle.onLoad({ filter: CORE_CHUNK }, async (args) => {
      let source = await readFile(args.path, "utf8");
      await writeFile(pythonOutfile, JSON.stringify(pythonFiles(source, args.path)));
      for (const [original, changed] of CORE_CHANGES) {
        if (source.split(original).length !== 2) {
          throw new Error(`PyScript changed: ${args.path} no longer has ${original}`);
        }
        source = source.replace(original, () => changed);
      }
      return { contents: source, loader: "js" };
    });
  },
};

// PyScript's core chunk holds its Python package as an object literal of file texts,
// `{pyscript:{"__init__.py":"…",…}}`, whose inner object is JSON: find its end (outside
// strings, where its braces balance), parse it, and name each file by its path.
const PYTHON_PACKAGE = '{pyscript:{"__init__.py":';

function pythonFiles(source, path) {
  const at = source.indexOf(PYTHON_PACKAGE);
  if (at < 0 || source.indexOf(PYTHON_PACKAGE, at + 1) >= 0) {
    throw new Error(`PyScript changed: ${path} no longer has one ${PYTHON_PACKAGE}`);
  }
  const start = at + "{pyscript:".length;
  let depth = 0;
  let end = start;
  for (; end < source.length; end += 1) {
    const character = source[end];
    if (character === '"') {
      for (end += 1; end < source.length && source[end] !== '"'; end += 1) {
        if (source[end] === "\\") end += 1;
      }
    } else if (character === "{") {
      depth += 1;
    } else if (character === "}" && (depth -= 1) === 0) {
      break;
    }
  }
  const files = {};
  const add = (folder, entries) => {
    for (const [name, value] of Object.entries(entries)) {
      if (typeof value === "string") files[`${folder}/${name}`] = value;
      else add(`${folder}/${name}`, value);
    }
  };
  add("pyscript", JSON.parse(source.slice(start, end + 1)));
  return files;
}

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  format: "esm",
  minify: true,
  logLevel: "warning",
  plugins: [leaveOut, runOnlyThePagesOwnCode],
});
