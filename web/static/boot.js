/*
 * Trustwork boot: the little JavaScript that must run before Python exists.
 *
 * - answers the runtime's requests for https://trustwork.invalid/… from the
 *   assets embedded in this very file, so the page never needs the network;
 * - starts Pyodide for PyScript and installs our embedded wheels;
 * - shows start-up progress by stage, and any start-up failure in the page.
 *
 * It defines one global, `trustworkBoot`, which the Python side uses to report
 * its own stages and which tests read.
 */
(function () {
  "use strict";

  const ASSET_ORIGIN = "https://trustwork.invalid/";
  const LANGUAGE_KEY = "trustwork:language";
  const STAGES = ["runtime", "python", "app", "data"];
  // Run before a start-up snapshot is taken: imports and warms the pure parts of the app.
  const WARM_UP_PYTHON = "from trustwork.views import warm_up\nwarm_up()";
  const CONTENT_TYPES = {
    wasm: "application/wasm",
    json: "application/json",
    zip: "application/zip",
    whl: "application/zip",
  };
  const root = document.documentElement;
  const realFetch = window.fetch.bind(window);
  const startedAt = performance.now();
  const stageTimes = {};
  let interpreter = null;

  function bootMessages() {
    const element = document.getElementById("boot-messages");
    return element ? JSON.parse(element.textContent) : {};
  }

  function rememberedLanguage() {
    try {
      const value = window.localStorage.getItem(LANGUAGE_KEY);
      return value === "en" || value === "nl" ? value : "nl";
    } catch (error) {
      return "nl";
    }
  }

  function markStage(name) {
    const index = STAGES.indexOf(name);
    const current = STAGES.indexOf(root.dataset.stage);
    if (index <= current || root.dataset.state !== "loading") return;
    stageTimes[name] = Math.round(performance.now() - startedAt);
    root.dataset.stage = name;
    const bar = document.getElementById("boot-progress");
    if (bar) bar.value = index + 1;
  }

  function browserName() {
    const agent = navigator.userAgent;
    const match =
      agent.match(/(Edg|Firefox|Chrome|Chromium|Version)\/([\d.]+)/) || [];
    const names = { Edg: "Edge", Version: "Safari" };
    return match[1] ? (names[match[1]] || match[1]) + " " + match[2] : agent;
  }

  /** Shows why the start failed, in the page, and flags it for tests. */
  function fail(stage, error) {
    if (root.dataset.state === "error") return;
    const text = bootMessages()[root.lang] || {};
    // A start from a snapshot that then failed must not repeat: the next start is normal.
    if (window.trustworkSnapshot && window.trustworkSnapshot.status === "used") {
      window.trustworkSnapshot.forget().catch(() => undefined);
    }
    const detail = error && error.message ? error.message : String(error);
    root.dataset.state = "error";
    const box = document.getElementById("boot-error");
    if (!box) return;
    box.hidden = false;
    box.querySelector("[data-boot-error-stage]").textContent =
      (text["boot.error.stage"] || "") + " " + (text["boot.stage." + stage] || stage);
    box.querySelector("[data-boot-error-browser]").textContent =
      (text["boot.error.browser"] || "") + " " + browserName();
    box.querySelector("[data-boot-error-detail]").textContent = detail;
    console.error("Trustwork could not start (" + stage + "):", error);
  }

  function embeddedText(name) {
    const element = document.querySelector(
      'script[type="application/octet-stream"][data-asset="' + name + '"]'
    );
    if (!element) throw new Error("Embedded asset missing: " + name);
    return { text: element.textContent.trim(), gzip: element.dataset.encoding === "gzip" };
  }

  function decodeBase64(text) {
    if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(text);
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  async function gunzip(bytes) {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  /** The bytes of one embedded asset, decoded (and decompressed when gzipped). */
  async function assetBytes(name) {
    const { text, gzip } = embeddedText(name);
    const bytes = decodeBase64(text);
    return gzip ? gunzip(bytes) : bytes;
  }

  function assetResponse(name) {
    const extension = name.split(".").pop();
    return assetBytes(name).then((bytes) => {
      // Once the runtime's bytes are handed over, what remains is Python starting up.
      if (name === "pyodide.asm.wasm") markStage("python");
      return new Response(bytes, {
        status: 200,
        headers: { "Content-Type": CONTENT_TYPES[extension] || "application/octet-stream" },
      });
    });
  }

  window.fetch = function fetchEmbeddedOrReal(input, init) {
    const url =
      typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith(ASSET_ORIGIN)) {
      return assetResponse(url.slice(ASSET_ORIGIN.length)).catch((error) => {
        fail(root.dataset.stage || "runtime", error);
        throw error;
      });
    }
    return realFetch(input, init);
  };

  /**
   * The development entry (index.html, served from the tree) lists where the runtime,
   * the dependency wheels and our Python sources are; the built file has no such list.
   */
  function developmentSources() {
    const element = document.getElementById("dev-sources");
    return element ? JSON.parse(element.textContent) : null;
  }

  async function fetchBytes(url) {
    const response = await realFetch(url, { cache: "no-store" });
    if (!response.ok) throw new Error(url + ": HTTP " + response.status);
    return new Uint8Array(await response.arrayBuffer());
  }

  /** Installs the wheels (and in development our sources) into site-packages. */
  async function installPackages(pyodide, development) {
    const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
    if (development) {
      for (const url of development.wheels) {
        pyodide.unpackArchive(await fetchBytes(url), "wheel", { extractDir: sitePackages });
      }
      for (const [target, url] of Object.entries(development.sources)) {
        const path = sitePackages + "/" + target;
        pyodide.FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
        pyodide.FS.writeFile(path, await fetchBytes(url));
      }
      return;
    }
    const wheels = document.querySelectorAll('script[type="application/octet-stream"][data-wheel]');
    for (const element of wheels) {
      const bytes = await assetBytes(element.dataset.asset);
      pyodide.unpackArchive(bytes, "wheel", { extractDir: sitePackages });
    }
  }

  function embeddedRuntimeOptions() {
    return assetBytes("pyodide-lock.json").then((lock) => ({
      indexURL: ASSET_ORIGIN,
      packageBaseUrl: ASSET_ORIGIN,
      lockFileContents: new TextDecoder().decode(lock),
      createPyodideModule: globalThis.trustworkCreatePyodideModule,
    }));
  }

  /** Python restored from this build's start-up snapshot, or null to start normally. */
  async function startFromSnapshot(settings) {
    const snapshot = await window.trustworkSnapshot.pending;
    if (!snapshot) return null;
    try {
      const pyodide = await globalThis.loadPyodide({ ...settings, _loadSnapshot: snapshot });
      // The snapshot froze the random generator's state: give this start its own.
      pyodide.runPython("import random; random.seed()");
      window.trustworkSnapshot.report("used");
      return pyodide;
    } catch (error) {
      console.warn("Trustwork: the start-up snapshot did not load; starting normally.", error);
      window.trustworkSnapshot.report("rejected", String(error));
      await window.trustworkSnapshot.forget().catch(() => undefined);
      return null;
    }
  }

  /** After a start without a snapshot, make one in the background for the next start. */
  async function makeSnapshotForNextStart() {
    const snapshot = window.trustworkSnapshot;
    if (developmentSources() || snapshot.status === "used" || !snapshot.canMake()) return;
    const wheels = Array.from(
      document.querySelectorAll('script[type="application/octet-stream"][data-wheel]'),
      (element) => element.dataset.asset
    );
    const assets = {};
    for (const name of ["pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json", ...wheels]) {
      assets[name] = await assetBytes(name);
    }
    await snapshot.make({ assetOrigin: ASSET_ORIGIN, assets, wheels, warmUp: WARM_UP_PYTHON });
  }

  /** What PyScript calls (through the import map) to get its interpreter. */
  async function loadTrustworkPyodide(options) {
    try {
      markStage("runtime");
      const development = developmentSources();
      const runtime = development
        ? { indexURL: development.indexURL }
        : await embeddedRuntimeOptions();
      const settings = {
        stdout: options && options.stdout,
        stderr: options && options.stderr,
        ...runtime,
      };
      const pyodide =
        (development ? null : await startFromSnapshot(settings)) ||
        (await globalThis.loadPyodide(settings));
      markStage("app");
      await installPackages(pyodide, development);
      interpreter = pyodide;
      return pyodide;
    } catch (error) {
      fail(root.dataset.stage || "runtime", error);
      throw error;
    }
  }

  // The last error logged while loading: PyScript reports Python failures this way.
  let lastLoggedError = "";
  const consoleError = console.error.bind(console);
  console.error = function rememberErrorWhileLoading(...parts) {
    if (root.dataset.state === "loading") lastLoggedError = parts.map(String).join(" ");
    consoleError(...parts);
  };
  // PyScript has run every script: if the app did not say it is ready, it failed.
  window.addEventListener("py:all-done", () => {
    if (root.dataset.state === "loading") fail("app", lastLoggedError || "PyScript finished without starting the app.");
  });

  window.addEventListener("error", (event) => {
    if (root.dataset.state === "loading") fail(root.dataset.stage || "runtime", event.error || event.message);
  });
  window.addEventListener("unhandledrejection", (event) => {
    if (root.dataset.state === "loading") fail(root.dataset.stage || "runtime", event.reason);
  });

  root.lang = rememberedLanguage();
  root.dataset.state = "loading";

  window.trustworkBoot = Object.freeze({
    languageKey: LANGUAGE_KEY,
    loadPyodide: loadTrustworkPyodide,
    markStage,
    fail,
    /** Called by the Python side when the app is interactive. */
    ready() {
      if (root.dataset.state !== "loading") return;
      stageTimes.ready = Math.round(performance.now() - startedAt);
      // Since navigation start, for the benchmark: the app is interactive from here.
      window.trustworkReadyAt = performance.now();
      setTimeout(() => {
        makeSnapshotForNextStart().catch((error) =>
          console.warn("Trustwork: no start-up snapshot was made:", error)
        );
      }, 500);
      root.dataset.state = "ready";
    },
    stageTimes,
    /** The running Pyodide, for diagnosis in the console and for tests. */
    get interpreter() {
      return interpreter;
    },
  });
})();
