/*
 * Trustwork start-up snapshot maker: runs in a background worker, never on the page.
 *
 * The worker's source is this file appended to the page's own Pyodide factory and loader
 * (see snapshot.js), so the snapshot comes from exactly the runtime the page embeds. It
 * starts Python with `_makeSnapshot`, installs the wheels, imports and warms what the app
 * needs, and sends back the gzipped memory snapshot. It touches no DOM and no storage.
 */
/* global loadPyodide */
"use strict";

self.onmessage = async function makeStartupSnapshot(message) {
  const { assetOrigin, assets, wheels, warmUp } = message.data;
  try {
    const realFetch = self.fetch.bind(self);
    self.fetch = function fetchFromMessage(input, init) {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      if (!url.startsWith(assetOrigin)) return realFetch(input, init);
      const bytes = assets[url.slice(assetOrigin.length)];
      if (!bytes) return Promise.reject(new Error("No such asset: " + url));
      const type = url.endsWith(".wasm") ? "application/wasm" : "application/octet-stream";
      return Promise.resolve(new Response(bytes, { headers: { "Content-Type": type } }));
    };
    const pyodide = await loadPyodide({
      indexURL: assetOrigin,
      packageBaseUrl: assetOrigin,
      lockFileContents: new TextDecoder().decode(assets["pyodide-lock.json"]),
      createPyodideModule: self.trustworkCreatePyodideModule,
      _makeSnapshot: true,
    });
    const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
    for (const name of wheels) {
      pyodide.unpackArchive(assets[name], "wheel", { extractDir: sitePackages });
    }
    pyodide.runPython(warmUp + "\nimport gc\ngc.collect()");
    const snapshot = pyodide.makeMemorySnapshot();
    const compressed = await new Response(
      new Blob([snapshot]).stream().pipeThrough(new CompressionStream("gzip"))
    ).arrayBuffer();
    self.postMessage({ ok: true, snapshot: compressed, rawBytes: snapshot.length }, [compressed]);
  } catch (error) {
    self.postMessage({ ok: false, error: String(error && error.stack ? error.stack : error) });
  }
};
