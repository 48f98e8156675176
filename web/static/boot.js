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

  /** What PyScript calls (through the import map) to get its interpreter. */
  async function loadTrustworkPyodide(options) {
    try {
      markStage("runtime");
      const development = developmentSources();
      const runtime = development
        ? { indexURL: development.indexURL }
        : await embeddedRuntimeOptions();
      const pyodide = await globalThis.loadPyodide({
        stdout: options && options.stdout,
        stderr: options && options.stderr,
        ...runtime,
      });
      markStage("app");
      await installPackages(pyodide, development);
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
      root.dataset.state = "ready";
    },
    stageTimes,
  });
})();
