// Bundles @pyscript/core into one ES module for the single file (no code splitting, so
// esbuild inlines its lazily imported chunks), leaving out the chunks Trustwork never
// loads: the code editor, the terminal, package resolution, TOML config, zip archives.
// A left-out chunk becomes a module that throws with its name if anything ever imports it.
//
//   node web/tools/bundle-pyscript.mjs ENTRY OUTFILE
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

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  format: "esm",
  minify: true,
  logLevel: "warning",
  plugins: [leaveOut],
});
