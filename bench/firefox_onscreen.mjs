// Time to the data on screen in Firefox ESR (puppeteer-core over WebDriver BiDi): the same
// steps as bench/onscreen.py takes in Chromium, for pages measured in turns.
// Usage: node firefox_onscreen.mjs PAGES_JSON RUNS NOTES [FIREFOX]   Prints one JSON array.
// PAGES_JSON: [{name, url, tag, dataFile}]; a page with a dataFile is Trustwork, else TiddlyWiki.
// NOTES: the script bench/common.py puts into every measured page first (one source for both).
import puppeteer from "puppeteer-core";

const [pagesJson, runsText, notes, executablePath = "/usr/bin/firefox-esr"] = process.argv.slice(2);
const pages = JSON.parse(pagesJson);
const runs = Number(runsText);
const TIMEOUT = 180000;

const READY = () =>
  window.trustworkReadyAt !== undefined || document.documentElement.dataset.state === "error";
const TRUSTWORK_SHOWN = (name) => {
  const file = document.querySelector("[data-file-name]");
  const shown = file !== null && file.textContent.trim() === name
    && document.querySelector("[data-organisation]") !== null;
  if (shown && window.benchSeen.shownAt === null) window.benchSeen.shownAt = performance.now();
  return shown;
};
const TIDDLYWIKI_SHOWN = () => {
  const shown = window.$tw !== undefined && $tw.wiki !== undefined && $tw.rootWidget !== undefined
    && document.querySelector(".tc-story-river .tc-tiddler-frame") !== null;
  if (shown && window.benchSeen.shownAt === null) window.benchSeen.shownAt = performance.now();
  return shown;
};

async function launch() {
  return puppeteer.launch({ browser: "firefox", executablePath, headless: true, protocol: "webDriverBiDi" });
}

async function newPage(browser) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(notes);
  return page;
}

async function onScreen(page, subject, load) {
  await load();
  if (subject.dataFile) {
    await page.waitForFunction(READY, { timeout: TIMEOUT });
    if ((await page.evaluate(() => document.documentElement.dataset.state)) !== "ready") {
      return { state: "error" };
    }
    const [chooser] = await Promise.all([
      page.waitForFileChooser({ timeout: TIMEOUT }),
      page.evaluate(() => trustworkFiles.openWithInput()),
    ]);
    await chooser.accept([subject.dataFile]);
    const name = subject.dataFile.split("/").pop();
    await page.waitForFunction(TRUSTWORK_SHOWN, { timeout: TIMEOUT, polling: "raf" }, name);
  } else {
    await page.waitForFunction(TIDDLYWIKI_SHOWN, { timeout: TIMEOUT, polling: "raf" });
  }
  await page.keyboard.press("Shift");
  await page.waitForFunction(() => window.benchSeen.keyAt !== null, { timeout: TIMEOUT });
  if (subject.dataFile) {
    return page.evaluate(() => ({
      state: document.documentElement.dataset.state, ready: window.trustworkReadyAt ?? null,
      chosen: window.benchSeen.chosenAt, shown: window.benchSeen.shownAt,
      answered: window.benchSeen.keyAt }));
  }
  return page.evaluate((tag) => ({
    state: "ready", shown: window.benchSeen.shownAt, answered: window.benchSeen.keyAt,
    tiddlers: $tw.wiki.filterTiddlers("[tag[" + tag + "]]").length }), subject.tag);
}

// cold: a new browser (a fresh profile) per run; warm: reloads in one browser per page,
// after one unmeasured load. The pages in turns, run by run.
const found = pages.map(() => ({ cold: [], warm: [] }));
for (let run = 0; run < runs; run += 1) {
  for (const [index, subject] of pages.entries()) {
    const browser = await launch();
    try {
      const page = await newPage(browser);
      found[index].cold.push(await onScreen(page, subject, () => page.goto(subject.url)));
    } finally {
      await browser.close();
    }
  }
}
const opened = [];
try {
  for (const subject of pages) {
    const browser = await launch();
    opened.push(browser);
    const page = await newPage(browser);
    await onScreen(page, subject, () => page.goto(subject.url));
    subject.page = page;
  }
  for (let run = 0; run < runs; run += 1) {
    for (const [index, subject] of pages.entries()) {
      found[index].warm.push(await onScreen(subject.page, subject, () => subject.page.reload()));
    }
  }
} finally {
  for (const browser of opened) await browser.close();
}
console.log(JSON.stringify(found));
