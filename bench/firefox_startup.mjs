// Start-up figures in Firefox ESR (puppeteer-core over WebDriver BiDi) for one page URL.
// Usage: node firefox_startup.mjs URL RUNS both|one [FIREFOX]   Prints one JSON object.
import puppeteer from "puppeteer-core";

const [url, runsText = "5", paths = "one", executablePath = "/usr/bin/firefox-esr"] =
  process.argv.slice(2);
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

// cold: a new browser with a fresh profile per run; warm: reloads in one browser; each
// with the start-up snapshot and with it switched off.
const OFF = "localStorage.setItem('trustwork:startup-snapshot', 'off')";
const result = {};
const PATHS = [["", null], ["-no-snapshot", OFF]];
for (const [path, setup] of paths === "both" ? PATHS : PATHS.slice(0, 1)) {
  const cold = (result["cold" + path] = []);
  const warm = (result["warm" + path] = []);
  for (let i = 0; i < runs; i += 1) {
    const browser = await launch();
    const page = await browser.newPage();
    if (setup) await page.evaluateOnNewDocument(setup);
    cold.push(await measure(page, () => page.goto(url)));
    await browser.close();
  }
  const browser = await launch();
  const page = await browser.newPage();
  if (setup) await page.evaluateOnNewDocument(setup);
  await measure(page, () => page.goto(url));
  for (let i = 0; i < runs; i += 1) warm.push(await measure(page, () => page.reload()));
  await browser.close();
}
console.log(JSON.stringify(result));
