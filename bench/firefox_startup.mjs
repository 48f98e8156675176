// Start-up figures in Firefox ESR (puppeteer-core over WebDriver BiDi) for pages measured in
// turns, run by run. Usage: node firefox_startup.mjs PAGES_JSON RUNS [FIREFOX]
// PAGES_JSON: [[url, "both"|"one"], ...] ("both": also with the start-up snapshot off).
// Prints one JSON array: per page, {cold: [...], warm: [...], "cold-no-snapshot": ...}.
import puppeteer from "puppeteer-core";

const [pagesJson, runsText = "3", executablePath = "/usr/bin/firefox-esr"] = process.argv.slice(2);
const pages = JSON.parse(pagesJson);
const runs = Number(runsText);
const READY = () => window.trustworkReadyAt !== undefined || document.documentElement.dataset.state === 'error';
const FIGURES = `(() => {
  const paint = performance.getEntriesByType("paint").find((e) => e.name === "first-contentful-paint");
  return { ready: window.trustworkReadyAt ?? null, paint: paint ? paint.startTime : null,
           state: document.documentElement.dataset.state,
           snapshot: window.trustworkBoot ? window.trustworkBoot.snapshot.status : null };
})()`;

async function launch() {
  return puppeteer.launch({ browser: "firefox", executablePath, headless: true, protocol: "webDriverBiDi" });
}

async function measure(page, load) {
  await load();
  await page.waitForFunction(READY, { timeout: 180000 });
  return page.evaluate(FIGURES);
}

async function newPage(browser, setup) {
  const page = await browser.newPage();
  if (setup) await page.evaluateOnNewDocument(setup);
  return page;
}

// cold: a new browser with a fresh profile per run; warm: reloads in one browser per page;
// each with the start-up snapshot and, where asked, with it switched off.
const OFF = "localStorage.setItem('trustwork:startup-snapshot', 'off')";
const result = pages.map(() => ({}));
for (const [path, setup] of [["", null], ["-no-snapshot", OFF]]) {
  const wanted = pages.flatMap(([url, paths], index) =>
    paths === "both" || !setup ? [{ url, found: result[index] }] : []);
  for (const { found } of wanted) {
    found["cold" + path] = [];
    found["warm" + path] = [];
  }
  for (let i = 0; i < runs; i += 1) {
    for (const { url, found } of wanted) {
      const browser = await launch();
      try {
        const page = await newPage(browser, setup);
        found["cold" + path].push(await measure(page, () => page.goto(url)));
      } finally {
        await browser.close();
      }
    }
  }
  const browsers = [];
  try {
    const tabs = [];
    for (const { url } of wanted) {
      const browser = await launch();
      browsers.push(browser);
      const page = await newPage(browser, setup);
      await measure(page, () => page.goto(url));
      tabs.push(page);
    }
    for (let i = 0; i < runs; i += 1) {
      for (const [index, { found }] of wanted.entries()) {
        found["warm" + path].push(await measure(tabs[index], () => tabs[index].reload()));
      }
    }
  } finally {
    for (const browser of browsers) await browser.close();
  }
}
console.log(JSON.stringify(result));
