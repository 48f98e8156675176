/*
 * Trustwork files: the thin edge between the Python app and the browser's files.
 *
 * Savers, best first: the File System Access API (Chrome, Edge) reads and writes the
 * data file itself and remembers it for one-click reopening; elsewhere a file is opened
 * with <input type=file> and saved by downloading a new copy. A copy of the file to merge is
 * picked the same way; where the person allows the file's folder (Chrome, Edge), its names
 * are listed, so the page can notice a sync engine's conflicted copies. It also keeps a small
 * namespaced key-value store in IndexedDB (remembered file and folders, journal of unsaved
 * work).
 * While a file chosen to be opened is read, and until Python takes it over, it marks the
 * app as working (`data-reading` on #app, drawn by app.css).
 * All of it is plain bytes and text: what to write, and whether it may, Python decides.
 * The data file goes both ways as UTF-8 bytes (a Uint8Array), never as a JS string: Python
 * takes bytes in with one copy, where a 10 MB string costs a conversion each way and its
 * own copy in the JS heap.
 *
 * Defines `trustworkFiles`.
 */
(function () {
  "use strict";

  const DATABASE = "trustwork:files";
  const STORE = "values";
  const REMEMBERED = "file:remembered";
  const REMEMBERED_FOLDER = "folder:remembered:"; // + the key the page gives (its file)
  const JSON_TYPES = [{ description: "Trustwork", accept: { "application/json": [".json"] } }];
  const MAX_BYTES = 100 * 1024 * 1024; // as the Python codec: larger files are not read
  // Every file picked gets a token; the page saves to the file whose token it holds, so a
  // save that started before another file was opened still goes to the right file.
  const handles = new Map();
  let nextToken = 1;
  let handleForTests = null;
  // This page's own id. While the page lives it holds a Web Lock of that name, so another
  // page can tell a journal of a page that crashed from one of a page still open.
  const TAB = "tab-" + Math.random().toString(36).slice(2) + Date.now().toString(36);
  if (navigator.locks) {
    navigator.locks.request("trustwork:" + TAB, () => new Promise(() => undefined));
  }
  let unsaved = 0;

  function openDatabase() {
    return new Promise((resolve, reject) => {
      const opening = indexedDB.open(DATABASE, 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
      opening.onblocked = () => reject(new Error("The browser's storage is busy"));
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
        transaction.onabort = () => reject(transaction.error || new Error("aborted"));
      });
    } finally {
      database.close();
    }
  }

  const storeGet = (key) => withStore("readonly", (store) => store.get(key));
  const storeKeys = (prefix) =>
    withStore("readonly", (store) => store.getAllKeys(IDBKeyRange.bound(prefix, prefix + "\uffff")));

  /** The ids of the pages open now (all of them, as far as this browser can tell). */
  async function liveTabs() {
    if (!navigator.locks) return null; // cannot tell: treat other pages as alive
    const { held } = await navigator.locks.query();
    return held.map((lock) => lock.name.replace(/^trustwork:/, ""));
  }
  const storePut = (key, value) => withStore("readwrite", (store) => store.put(value, key));
  /**
   * Keeps a file's content (bytes) as a text blob: storing a 14 MB string copied it in one
   * task (60-90 ms on the large demo), a blob is handed over as it is.
   */
  const storeFileText = (key, data) =>
    storePut(key, new Blob([data], { type: "application/json;charset=utf-8" })).catch(
      // A browser that keeps no blobs here (some private windows): the text, then.
      () => storePut(key, new TextDecoder().decode(data))
    );
  /** A kept file's text (kept as a string by earlier versions, as a blob now), or null. */
  async function storeGetFileText(key) {
    const stored = await storeGet(key);
    if (stored instanceof Blob) return stored.text();
    return typeof stored === "string" ? stored : null;
  }
  const storeDelete = (key) => withStore("readwrite", (store) => store.delete(key));

  /** The file's bytes and the stamp (time and size) of that same read. */
  async function readHandle(handle) {
    const file = await handle.getFile();
    const stamp = file.lastModified + ":" + file.size;
    if (file.size > MAX_BYTES) {
      return { name: file.name, data: new Uint8Array(0), stamp, tooLarge: file.size };
    }
    return { name: file.name, data: new Uint8Array(await file.arrayBuffer()), stamp, tooLarge: 0 };
  }

  // A data file the person chose to open is read from its drive (a large file on a network
  // drive takes a while) with the page saying it is working (data-reading, app.css), until
  // the page's Python takes it over (readTakenOver), which says so itself from then on
  // (aria-busy), so that the bar does not blink between the two. A read that fails is
  // taken over here. Counted: a second file can be chosen while the first is read.
  let readsToOpen = 0;

  function showReading() {
    const app = document.getElementById("app");
    if (!app) return;
    if (readsToOpen > 0) app.dataset.reading = "";
    else delete app.dataset.reading;
  }

  async function readToOpen(read) {
    readsToOpen += 1;
    showReading();
    try {
      return await read();
    } catch (error) {
      readTakenOver();
      throw error;
    }
  }

  /** Python has taken over a file read to be opened (or nothing came of it). */
  function readTakenOver() {
    readsToOpen = Math.max(0, readsToOpen - 1);
    showReading();
  }

  function tokenFor(handle) {
    const token = nextToken++;
    handles.set(token, handle);
    return token;
  }

  function handleOf(token) {
    const handle = handles.get(token);
    if (!handle) throw new Error("That file is no longer open");
    return handle;
  }

  async function askToWrite(handle) {
    try {
      await handle.requestPermission({ mode: "readwrite" }); // while the click still counts
    } catch (error) {
      // file:// pages may not ask; the first save asks, or says why it could not
    }
  }

  async function adopt(handle) {
    await storePut(REMEMBERED, handle).catch(() => undefined); // remembering is a convenience
    return { ...(await readToOpen(() => readHandle(handle))), token: tokenFor(handle) };
  }

  function takeTestHandle() {
    const handle = handleForTests;
    handleForTests = null;
    return handle;
  }

  function cancelled(error) {
    return error && error.name === "AbortError";
  }

  /** Asks for a data file and reads it; null when the person cancels. */
  async function pickToOpen() {
    try {
      const handle = takeTestHandle() || (await window.showOpenFilePicker({ types: JSON_TYPES }))[0];
      await askToWrite(handle);
      return await adopt(handle);
    } catch (error) {
      if (cancelled(error)) return null;
      throw error;
    }
  }

  /** Asks where a new data file goes; null when the person cancels. */
  async function pickToCreate(suggestedName) {
    try {
      const handle =
        takeTestHandle() || (await window.showSaveFilePicker({ suggestedName, types: JSON_TYPES }));
      await storePut(REMEMBERED, handle).catch(() => undefined);
      return { name: handle.name, token: tokenFor(handle) };
    } catch (error) {
      if (cancelled(error)) return null;
      throw error;
    }
  }

  async function permitted(handle) {
    const options = { mode: "readwrite" };
    if ((await handle.queryPermission(options)) === "granted") return true;
    try {
      return (await handle.requestPermission(options)) === "granted";
    } catch (error) {
      return false; // file:// pages may not ask: the person picks the file again instead
    }
  }

  /** The name of the file opened last time on this computer, or null. */
  async function remembered() {
    if (!canPickFiles()) return null;
    const handle = await storeGet(REMEMBERED).catch(() => null);
    return handle ? handle.name : null;
  }

  /**
   * Opens the remembered file again. When the browser will not grant access without a
   * new pick, the picker opens there; `same` says whether the picked file is the same one.
   */
  async function reopen() {
    const handle = await storeGet(REMEMBERED);
    if (!handle) return null;
    if (await permitted(handle)) return { ...(await adopt(handle)), same: true };
    const picked = await pickToOpen();
    if (!picked) return null;
    const same = await handleOf(picked.token).isSameEntry(handle).catch(() => false);
    return { ...picked, same };
  }

  function read(token) {
    return readHandle(handleOf(token));
  }

  /** When and how big the file is now: cheap enough to ask every few seconds. */
  async function stampOf(token) {
    const file = await handleOf(token).getFile();
    return file.lastModified + ":" + file.size;
  }

  /** Writes the file's new content (bytes). */
  async function write(token, data) {
    const writable = await handleOf(token).createWritable();
    try {
      await writable.write(data);
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => undefined); // the file keeps its last good content
      throw error;
    }
  }

  /**
   * <input type=file>, for browsers without the File System Access API. The chosen file
   * arrives as a "trustwork:<purpose>-chosen" event ({name, data}; purpose "file" to open
   * it, "copy" to merge it into the open one), whenever the person picks it: a dialog's
   * cancel and change events do not come in the same order everywhere.
   */
  function openWithInput(purpose = "file") {
    let input = document.querySelector(`input[data-file-input="${purpose}"]`);
    if (!input) {
      input = document.createElement("input");
      input.type = "file";
      input.accept = ".json,application/json";
      input.hidden = true;
      input.dataset.fileInput = purpose;
      input.addEventListener("change", async () => {
        const file = input.files && input.files[0];
        if (!file) return;
        const read = () => file.arrayBuffer();
        const data = new Uint8Array(await (purpose === "file" ? readToOpen(read) : read()));
        const detail = { name: file.name, data };
        input.value = ""; // choosing the same file again is a new choice
        window.dispatchEvent(new CustomEvent(`trustwork:${purpose}-chosen`, { detail }));
      });
      document.body.append(input);
    }
    input.click();
  }

  /** Asks for a copy of the data file to merge, and reads it (never writes it); null when
   * the person cancels. */
  async function pickCopy() {
    try {
      const handle = takeTestHandle() || (await window.showOpenFilePicker({ types: JSON_TYPES }))[0];
      return await readHandle(handle);
    } catch (error) {
      if (cancelled(error)) return null;
      throw error;
    }
  }

  // The folder of the open file, once the person allows it (Chrome, Edge): where a sync
  // engine puts its conflicted copies. Reached by token, like files.
  const folders = new Map();
  let folderForTests = null;

  function folderOf(token) {
    const folder = folders.get(token);
    if (!folder) throw new Error("That folder is no longer allowed");
    return folder;
  }

  /** Whether the open file (token `fileToken`) is in `folder`; null when the browser will
   * not say before the folder is allowed again. */
  function holds(folder, fileToken) {
    return folder.resolve(handleOf(fileToken)).then((path) => path !== null, () => null);
  }

  function folderToken(folder) {
    const token = nextToken++;
    folders.set(token, folder);
    return token;
  }

  /**
   * Asks for the folder of the open file (token `fileToken`), read and write; null when the
   * person cancels. `holdsFile` says whether the open file is in it.
   */
  async function pickFolder(fileToken) {
    let folder = folderForTests;
    folderForTests = null;
    try {
      folder = folder || (await window.showDirectoryPicker({ mode: "readwrite" }));
    } catch (error) {
      if (cancelled(error)) return null;
      throw error;
    }
    return { token: folderToken(folder), holdsFile: (await holds(folder, fileToken)) === true };
  }

  /** Keeps an allowed folder for the next visit, under `key` (in place of the one before). */
  function rememberFolder(token, key) {
    return storePut(REMEMBERED_FOLDER + key, folderOf(token)).catch(() => undefined);
  }

  function forgetRememberedFolder(key) {
    return storeDelete(REMEMBERED_FOLDER + key).catch(() => undefined);
  }

  /**
   * The folder remembered under `key`, for the open file (token `fileToken`); null when there
   * is none. Its `state`: "allowed" (with a `token`, as `pickFolder` gives), "ask" (the
   * browser wants the person to allow it again: call again with `ask` on their click),
   * "refused", or "elsewhere" (the open file is no longer in it).
   */
  async function rememberedFolder(fileToken, key, ask) {
    const folder = await storeGet(REMEMBERED_FOLDER + key).catch(() => null);
    if (!folder) return null;
    const options = { mode: "readwrite" };
    let permission = await folder.queryPermission(options);
    if (permission === "prompt" && ask) {
      // while the click still counts; file:// pages may not ask at all
      permission = await folder.requestPermission(options).catch(() => "denied");
    }
    const holdsFile = await holds(folder, fileToken);
    if (holdsFile === false || (permission === "granted" && holdsFile !== true)) {
      return { state: "elsewhere" };
    }
    if (permission === "granted") return { state: "allowed", token: folderToken(folder) };
    return { state: permission === "prompt" ? "ask" : "refused" };
  }

  /** The names of the files in an allowed folder. */
  async function folderNames(token) {
    const names = [];
    for await (const [name, entry] of folderOf(token).entries()) {
      if (entry.kind === "file") names.push(name);
    }
    return names;
  }

  /** A file in an allowed folder, read as `read` reads the data file. */
  async function readInFolder(token, name) {
    return readHandle(await folderOf(token).getFileHandle(name));
  }

  /** Renames a file in an allowed folder (never over another file); false when the
   * browser cannot rename it. */
  async function renameInFolder(token, name, newName) {
    const folder = folderOf(token);
    const exists = await folder.getFileHandle(newName).then(() => true, () => false);
    const handle = await folder.getFileHandle(name);
    if (exists || typeof handle.move !== "function") return false;
    await handle.move(newName);
    return true;
  }

  function canPickFolder() {
    return "showDirectoryPicker" in window && canPickFiles();
  }

  /** Saves by download (bytes): the person puts the new copy in place of the old one. Also
   *  hands over an export (a CSV file: its media type as ``type``). */
  function download(name, data, type = "application/json") {
    const url = URL.createObjectURL(new Blob([data], { type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  function canPickFiles() {
    return "showOpenFilePicker" in window && "showSaveFilePicker" in window;
  }

  window.addEventListener("beforeunload", (event) => {
    if (unsaved > 0) {
      event.preventDefault();
      event.returnValue = "";
    }
  });

  window.trustworkFiles = Object.freeze({
    canPickFiles,
    pickToOpen,
    readTakenOver,
    pickToCreate,
    remembered,
    reopen,
    read,
    stampOf,
    write,
    openWithInput,
    pickCopy,
    canPickFolder,
    pickFolder,
    rememberFolder,
    forgetRememberedFolder,
    rememberedFolder,
    folderNames,
    readInFolder,
    renameInFolder,
    download,
    storeGet,
    storeKeys,
    storePut,
    storeFileText,
    storeGetFileText,
    liveTabs,
    tab: TAB,
    storeDelete,
    /** Lets go of a file the page no longer shows. */
    forget(token) {
      handles.delete(token);
    },
    /** The count of unsaved changes, so leaving the page can warn. */
    setUnsaved(count) {
      unsaved = count;
    },
    /** Tests only: the next pick returns this handle instead of showing a picker. */
    useHandleForTests(handle) {
      handleForTests = handle;
    },
    /** Tests only: the next folder pick returns this directory handle (an OPFS folder). */
    useFolderForTests(handle) {
      folderForTests = handle;
    },
    /** Lets go of a folder the page no longer looks in. */
    forgetFolder(token) {
      folders.delete(token);
    },
  });
})();
