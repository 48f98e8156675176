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

  const root = document.documentElement;
  // Set by build.py on <html>, so these are written down once.
  const ASSET_ORIGIN = root.dataset.assetOrigin;
  const STAGES = root.dataset.stages.split(" ");
  const LANGUAGES = root.dataset.languages.split(" ");
  const LANGUAGE_KEY = "trustwork:language";
  const SNAPSHOT_KEY = "trustwork:startup-snapshot";
  const SNAPSHOT_TIMEOUT_MS = 20000;
  const CONTENT_TYPES = {
    wasm: "application/wasm",
    json: "application/json",
    zip: "application/zip",
    whl: "application/zip",
  };
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
      return LANGUAGES.includes(value) ? value : LANGUAGES[0];
    } catch (error) {
      return LANGUAGES[0];
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
    // Edge and Chromium also say "Chrome/", so the more specific names are tried first.
    for (const [token, name] of [["Edg", "Edge"], ["Firefox", "Firefox"],
      ["Chrome", "Chrome"], ["Version", "Safari"]]) {
      const match = agent.match(new RegExp(token + "\\/([\\d.]+)"));
      if (match) return name + " " + match[1];
    }
    return agent;
  }

  /** Shows why the start failed, in the page, and flags it for tests. */
  function fail(stage, error) {
    if (root.dataset.state === "error") return;
    const text = bootMessages()[root.lang] || {};
    // A start from the snapshot that then failed must not repeat: the next one is normal.
    if (snapshot.status === "used") markSnapshotFailed();
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

  function assetElement(name) {
    return document.querySelector(
      'script[type="application/octet-stream"][data-asset="' + name + '"]'
    );
  }

  // The assets' bytes are ASCII text, seven bits to a character (build.py to_page_text):
  // DEL followed by A, B, C or D stands for NUL, CR, "<" and DEL themselves.
  const SEVEN_BIT_MARK = 0x7f;
  const SEVEN_BIT_ESCAPES = [0x00, 0x0d, 0x3c, 0x7f];

  /** The bytes build.py embedded in an asset element. */
  function pageBytes(element) {
    const text = element.textContent;
    const bytes = new Uint8Array(Math.floor((text.length * 7) / 8));
    let length = 0;
    let pending = 0;
    let bits = 0;
    for (let index = 0; index < text.length; index += 1) {
      let value = text.charCodeAt(index);
      if (value === SEVEN_BIT_MARK) {
        index += 1;
        value = SEVEN_BIT_ESCAPES[text.charCodeAt(index) - 0x41];
      }
      if (value === undefined || value > 0x7f) {
        throw new Error("An embedded file is damaged (it is not seven-bit text)");
      }
      pending = ((pending << 7) | value) & 0x7fff;
      bits += 7;
      if (bits >= 8) {
        bits -= 8;
        bytes[length] = pending >> bits;
        length += 1;
      }
    }
    return bytes.subarray(0, length);
  }

  // zstd's own decoder, compiled to WebAssembly (npm zstddec), embedded as it is.
  let zstdDecoder = null;

  function zstdInstance() {
    if (!zstdDecoder) {
      const element = assetElement("zstd-decoder.wasm");
      if (!element) throw new Error("Embedded asset missing: zstd-decoder.wasm");
      const imports = { env: { emscripten_notify_memory_growth() {} } };
      zstdDecoder = WebAssembly.instantiate(pageBytes(element), imports).then(
        (result) => result.instance.exports
      );
    }
    return zstdDecoder;
  }

  /** ``packed`` (one zstd frame) decompressed to the ``size`` bytes it holds. */
  function unzstd(zstd, packed, size) {
    const input = zstd.malloc(packed.length);
    const output = zstd.malloc(size);
    try {
      if (!input || !output) throw new Error("Out of memory while unpacking an embedded file");
      new Uint8Array(zstd.memory.buffer).set(packed, input);
      const written = zstd.ZSTD_decompress(output, size, input, packed.length);
      if (written !== size) throw new Error("An embedded file is damaged (it did not unpack)");
      // A copy: the decoder's memory is reused for the next file.
      return new Uint8Array(zstd.memory.buffer).slice(output, output + size);
    } finally {
      zstd.free(input);
      zstd.free(output);
    }
  }

  async function decodeAsset(name) {
    const element = assetElement(name);
    if (!element) throw new Error("Embedded asset missing: " + name);
    if (element.dataset.encoding !== "zstd") return pageBytes(element);
    // Reading the text only once the decoder is there keeps the assets in the order they
    // were asked for, each read and unpacked in one go.
    const zstd = await zstdInstance();
    return unzstd(zstd, pageBytes(element), Number(element.dataset.size));
  }

  // Decoding started early (see startDecoding) and handed out once, then forgotten.
  const decoding = new Map();

  /** The bytes of one embedded asset, unpacked. */
  function assetBytes(name) {
    const started = decoding.get(name);
    decoding.delete(name);
    return started || decodeAsset(name);
  }

  /**
   * Starts decoding what Python's start needs, all at once rather than one by one, once
   * ``after`` has settled: decoding holds the page's one thread.
   */
  function startDecoding(names, after = Promise.resolve()) {
    for (const name of names) {
      if (decoding.has(name) || !assetElement(name)) continue;
      const decoded = after.then(() => decodeAsset(name));
      decoded.catch(() => undefined); // reported to whoever takes it, not as unhandled
      decoding.set(name, decoded);
    }
  }

  // The runtime's WebAssembly, compiled as soon as its bytes are unpacked: the browser
  // compiles on other threads while this one unpacks the snapshot and the standard library,
  // where Pyodide would start compiling only after all of that (see instantiateStreaming).
  let compiledRuntime = null;
  const runtimeResponses = new WeakSet();

  // Returns a promise that settles once the compiler has the bytes: the other assets are
  // decoded after that. Decoded alongside, they came first (their turns were queued before
  // the compiler's), and in Firefox, which compiles the whole module before it can run, the
  // compile started 100 ms later than it could.
  function compileRuntimeEarly() {
    if (compiledRuntime || typeof WebAssembly.compile !== "function") return Promise.resolve();
    const bytes = assetBytes("pyodide.asm.wasm");
    compiledRuntime = bytes.then((runtime) => WebAssembly.compile(runtime));
    compiledRuntime.catch(() => undefined); // reported when the runtime asks for it
    return bytes.then(() => undefined, () => undefined);
  }

  function assetResponse(name) {
    const extension = name.split(".").pop();
    if (name === "pyodide.asm.wasm" && compiledRuntime) {
      // Pyodide hands this response to WebAssembly.instantiateStreaming, which uses the
      // module compiled early instead (the bytes were handed out once, to the compiler).
      return compiledRuntime.then(() => {
        markStage("python");
        const response = new Response(new Uint8Array(0), {
          status: 200, headers: { "Content-Type": CONTENT_TYPES.wasm },
        });
        runtimeResponses.add(response);
        return response;
      });
    }
    return assetBytes(name).then((bytes) => {
      // Once the runtime's bytes are handed over, what remains is Python starting up.
      if (name === "pyodide.asm.wasm") markStage("python");
      return new Response(bytes, {
        status: 200,
        headers: { "Content-Type": CONTENT_TYPES[extension] || "application/octet-stream" },
      });
    });
  }

  const instantiateStreaming = WebAssembly.instantiateStreaming;
  if (instantiateStreaming) {
    WebAssembly.instantiateStreaming = async function instantiateCompiledRuntime(source, imports) {
      const response = await source;
      if (!runtimeResponses.has(response)) return instantiateStreaming.call(WebAssembly, response, imports);
      const module = await compiledRuntime;
      return { module, instance: await WebAssembly.instantiate(module, imports) };
    };
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
    if ("offline" in root.dataset && !/^(data|blob):/.test(url)) {
      return Promise.reject(new TypeError("Trustwork makes no network requests: " + url));
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
      const members = storedMembers(bytes);
      if (!members) {
        pyodide.unpackArchive(bytes, "wheel", { extractDir: sitePackages });
        continue;
      }
      writeMembers(pyodide, sitePackages, members);
    }
    // The bytecode of the modules imported after the snapshot (build.py, make-snapshot.mjs):
    // Python compiles any module without it, so a zip this cannot read only costs time.
    for (const element of document.querySelectorAll('script[type="application/octet-stream"][data-files]')) {
      const members = storedMembers(await assetBytes(element.dataset.asset));
      if (members) writeMembers(pyodide, "", members);
      else console.warn("Trustwork: the embedded bytecode could not be read; Python compiles instead.");
    }
  }

  function writeMembers(pyodide, folder, members) {
    for (const [name, data] of members) {
      const path = folder + "/" + name;
      pyodide.FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
      if (!name.endsWith("/")) pyodide.FS.writeFile(path, data);
    }
  }

  /**
   * The members of a zip archive whose members are all stored (build.py stores those of
   * the wheels it embeds, so that zstd compresses each wheel as a whole), as [name, bytes]
   * pairs: each is a slice of the archive, found from its central directory, so writing
   * them takes one call a file. Pyodide's own unpacking goes through Python's zipfile:
   * 40-80 ms of every start for our five wheels. Null for any other archive (a deflated
   * member, a name outside the folder, a layout this does not read): Pyodide unpacks it.
   */
  function storedMembers(bytes) {
    try {
      return storedMembersOrNull(bytes);
    } catch {
      return null; // an offset out of range, a name that is not UTF-8
    }
  }

  function storedMembersOrNull(bytes) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = bytes.length - 22; // the end of central directory record, with no comment
    if (end < 0 || view.getUint32(end, true) !== 0x06054b50) return null;
    const count = view.getUint16(end + 10, true);
    const names = new TextDecoder("utf-8", { fatal: true });
    const members = [];
    let at = view.getUint32(end + 16, true);
    for (let index = 0; index < count; index += 1) {
      if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) return null;
      const method = view.getUint16(at + 10, true);
      const size = view.getUint32(at + 20, true);
      const nameLength = view.getUint16(at + 28, true);
      const local = view.getUint32(at + 42, true);
      const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
      if (method !== 0 || size !== view.getUint32(at + 24, true) || !name || name.startsWith("/")
          || name.split("/").includes("..") || view.getUint32(local, true) !== 0x04034b50) {
        return null;
      }
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (start + size > bytes.length) return null;
      members.push([name, bytes.subarray(start, start + size)]);
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return members;
  }

  /** Runs an embedded classic script (from a blob: URL, which file:// pages may load). */
  async function runEmbeddedScript(name) {
    const url = URL.createObjectURL(new Blob([await assetBytes(name)], { type: "text/javascript" }));
    try {
      await new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = url;
        script.onload = resolve;
        script.onerror = () => reject(new Error("Could not run the embedded " + name));
        document.head.appendChild(script);
      });
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  async function embeddedRuntimeOptions() {
    const [lock] = await Promise.all([
      assetBytes("pyodide-lock.json"),
      runEmbeddedScript("pyodide-factory.js"),
    ]);
    return {
      indexURL: ASSET_ORIGIN,
      packageBaseUrl: ASSET_ORIGIN,
      lockFileContents: new TextDecoder().decode(lock),
      createPyodideModule: globalThis.trustworkCreatePyodideModule,
    };
  }

  /**
   * The start-up snapshot: Python's memory right after start-up, made and checked by
   * build.py for exactly the runtime in this file. "off" in localStorage switches it off;
   * a start from it that then fails marks it, so the next start of this build is normal.
   */
  const snapshot = { status: "none", detail: "" };

  function snapshotSetting() {
    try {
      return window.localStorage.getItem(SNAPSHOT_KEY) || "";
    } catch (error) {
      return "";
    }
  }

  function markSnapshotFailed() {
    try {
      window.localStorage.setItem(SNAPSHOT_KEY, "failed:" + (root.dataset.build || ""));
    } catch (error) {
      // Storage switched off: nothing is remembered, the next start tries again.
    }
  }

  function timeout(milliseconds, what) {
    return new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error(what + " took longer than " + milliseconds + " ms")), milliseconds);
    });
  }

  /** The snapshot without its zero pages, as build.py's sparse() stores it, made whole. */
  function expandSparse(packed) {
    const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
    if (new TextDecoder().decode(packed.subarray(0, 4)) !== "TWSP") {
      throw new Error("The embedded snapshot is not in the expected format");
    }
    const [total, page, pages] = [view.getUint32(4, true), view.getUint32(8, true), view.getUint32(12, true)];
    const whole = new Uint8Array(total);
    let offset = 16 + pages;
    for (let index = 0; index < pages; index += 1) {
      if (!packed[16 + index]) continue;
      const length = Math.min(page, total - index * page);
      whole.set(packed.subarray(offset, offset + length), index * page);
      offset += page;
    }
    if (offset !== packed.length) throw new Error("The embedded snapshot is damaged");
    return whole;
  }

  /** Whether this start should use the snapshot (and why not, in snapshot.status). */
  function snapshotWanted() {
    const setting = snapshotSetting();
    if (!assetElement("startup.snapshot")) return false;
    if (setting === "off") snapshot.status = "off";
    if (setting === "failed:" + root.dataset.build) snapshot.status = "skipped";
    return snapshot.status === "none";
  }

  /** Python restored from the embedded snapshot, or null to start normally. */
  async function startFromSnapshot(settings) {
    if (!snapshotWanted()) return null;
    try {
      const bytes = expandSparse(await assetBytes("startup.snapshot"));
      const pyodide = await Promise.race([
        globalThis.loadPyodide({ ...settings, _loadSnapshot: bytes }),
        timeout(SNAPSHOT_TIMEOUT_MS, "Starting from the snapshot"),
      ]);
      // The snapshot froze the random generator's state: give this start its own. (The
      // string hash seed stays frozen too; nothing in Trustwork relies on it being secret.)
      pyodide.runPython("import random; random.seed()");
      snapshot.status = "used";
      return pyodide;
    } catch (error) {
      console.warn("Trustwork: the start-up snapshot did not load; starting normally.", error);
      snapshot.status = "rejected";
      snapshot.detail = String(error);
      return null;
    }
  }

  /** What PyScript calls (through the import map) to get its interpreter. */
  async function loadTrustworkPyodide(options) {
    try {
      markStage("runtime");
      const development = developmentSources();
      if (!development) {
        // The runtime first, so that it compiles while the rest is unpacked.
        startDecoding(["pyodide.asm.wasm", "pyodide-factory.js"]);
        const compiling = compileRuntimeEarly();
        startDecoding(
          snapshotWanted() ? ["startup.snapshot", "python_stdlib.zip"] : ["python_stdlib.zip"],
          compiling,
        );
      }
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
      root.dataset.state = "ready";
    },
    stageTimes,
    /** How this start used the snapshot: none, used, rejected, off or skipped. */
    snapshot,
    /** The running Pyodide, for diagnosis in the console and for tests. */
    get interpreter() {
      return interpreter;
    },
  });
})();
