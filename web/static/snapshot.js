/*
 * Trustwork start-up snapshot cache.
 *
 * Python's own start-up is most of the wait. After the first start on a computer, a
 * background worker makes a Pyodide memory snapshot from the runtime embedded in this
 * file (snapshot-worker.js) and keeps it in IndexedDB under this file's build id. The
 * next start restores it instead of starting Python from scratch. A snapshot from
 * another build is never used; one that fails to load is deleted, and the page starts
 * normally. Setting localStorage "trustwork:startup-snapshot" to "off" disables it.
 *
 * Defines `trustworkSnapshot`, used by boot.js and read by tests and the benchmark.
 */
(function () {
  "use strict";

  const DATABASE = "trustwork:boot";
  const STORE = "startup-snapshots";
  const RECORD = "current";
  const SWITCH_KEY = "trustwork:startup-snapshot";
  const build = document.documentElement.dataset.build || "";
  let status = "none";
  let detail = "";
  const history = [];

  function setStatus(newStatus, newDetail) {
    status = newStatus;
    detail = newDetail || "";
    history.push(newStatus);
  }

  /** Whether snapshots may be used at all: a built file, storage, not switched off. */
  function enabled() {
    try {
      if (window.localStorage.getItem(SWITCH_KEY) === "off") return false;
    } catch (error) {
      return false;
    }
    return Boolean(build) && "indexedDB" in window && "DecompressionStream" in window;
  }

  /** Whether this page can make one (asked after the page has been parsed). */
  function canMake() {
    return enabled() && "CompressionStream" in window && "Worker" in window &&
      Boolean(document.getElementById("snapshot-worker"));
  }

  function openDatabase() {
    return new Promise((resolve, reject) => {
      const opening = indexedDB.open(DATABASE, 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
  }

  async function withStore(mode, action) {
    const database = await openDatabase();
    try {
      return await new Promise((resolve, reject) => {
        const transaction = database.transaction(STORE, mode);
        const request = action(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve(request.result);
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error);
      });
    } finally {
      database.close();
    }
  }

  async function gunzip(blob) {
    const stream = blob.stream().pipeThrough(new DecompressionStream("gzip"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  /** The snapshot for this exact build, or null. */
  async function readSnapshot() {
    const record = await withStore("readonly", (store) => store.get(RECORD));
    if (!record) return null;
    if (record.build !== build) {
      await forget();
      return null;
    }
    return gunzip(record.snapshot);
  }

  function forget() {
    return withStore("readwrite", (store) => store.delete(RECORD));
  }

  /** Started at once, so reading and unpacking overlap with parsing the page. */
  const pending = enabled()
    ? readSnapshot().catch((error) => {
        console.warn("Trustwork: the start-up snapshot could not be read:", error);
        return null;
      })
    : Promise.resolve(null);

  function workerSource() {
    const text = (id) => document.getElementById(id).textContent;
    // Pyodide refuses classic workers, and module workers cannot start from a blob: URL
    // under file://. Without importScripts the loader takes this worker for a module
    // worker; with the factory given, it never needs to import anything.
    const withoutImportScripts =
      "self.importScripts = function () { throw new TypeError('not available'); };";
    return [
      withoutImportScripts,
      text("pyodide-factory"),
      text("pyodide-loader"),
      text("snapshot-worker"),
    ].join("\n;\n");
  }

  /** Makes a snapshot in a background worker and stores it; resolves with the status. */
  function make(request) {
    if (!canMake() || status === "making") return Promise.resolve(status);
    setStatus("making");
    const url = URL.createObjectURL(new Blob([workerSource()], { type: "text/javascript" }));
    const worker = new Worker(url);
    return new Promise((resolve) => {
      const finish = (newStatus, newDetail) => {
        setStatus(newStatus, newDetail);
        worker.terminate();
        URL.revokeObjectURL(url);
        resolve(status);
      };
      worker.onerror = (event) => finish("failed", event.message || "worker error");
      worker.onmessage = (event) => {
        if (!event.data.ok) return finish("failed", event.data.error);
        const record = { build, snapshot: new Blob([event.data.snapshot]), made: Date.now() };
        withStore("readwrite", (store) => store.put(record, RECORD)).then(
          () => finish("stored", event.data.rawBytes + " bytes"),
          (error) => finish("failed", String(error))
        );
      };
      worker.postMessage(request);
    });
  }

  window.trustworkSnapshot = Object.freeze({
    pending,
    make,
    forget,
    /** Called by boot.js with how the start went. */
    report: setStatus,
    /** Every status this page went through, in order (for tests). */
    history,
    enabled,
    canMake,
    get status() {
      return status;
    },
    get detail() {
      return detail;
    },
  });
})();
