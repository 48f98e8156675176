// Start-up figures in Firefox ESR (puppeteer-core over WebDriver BiDi) for one page URL.
// Usage: node firefox_startup.mjs URL RUNS [FIREFOX]   Prints one JSON object.
// cold: a new browser with a fresh profile per run; warm: reloads in one browser.
import puppeteer from "puppeteer-core";

const [url, runsText = "5", executablePath = "/usr/bin/firefox-esr"] = process.argv.slice(2);
const runs = Number(runsText);
const READY = "window.trustworkReadyAt !== undefined || document.documentElement.dataset.state === 'error'";
const FIGURES = `(() => {
  const paint = performance.getEntriesByType("paint").find((e) => e.name === "first-contentful-paint");
  return { ready: window.trustworkReadyAt ?? null, paint: paint ? paint.startTime : null,
           state: document.documentElement.dataset.state,
           snapshot: window.trustworkSnapshot ? window.trustworkSnapshot.status : null };
})()`;

async function launch() {
  return puppeteer.launch({ browser: "firefox", executablePath, headless: true, protocol: "webDriverBiDi" });
}

async function measure(page, load) {
  await load();
  await page.waitForFunction(READY, { timeout: 180000 });
  return page.evaluate(FIGURES);
}

const cold = [];
for (let i = 0; i < runs; i += 1) {
  const browser = await launch();
  const page = await browser.newPage();
  cold.push(await measure(page, () => page.goto(url)));
  await browser.close();
}
// warm: reloads once the start-up snapshot is stored; warm-no-snapshot: switched off.
const warm = [];
const warmNoSnapshot = [];
const browser = await launch();
const page = await browser.newPage();
await measure(page, () => page.goto(url));
await page.waitForFunction(
  "!window.trustworkSnapshot || ['stored', 'failed'].includes(trustworkSnapshot.status)",
  { timeout: 300000 }
);
for (let i = 0; i < runs; i += 1) warm.push(await measure(page, () => page.reload()));
if (await page.evaluate("!!window.trustworkSnapshot")) {
  await page.evaluate("localStorage.setItem('trustwork:startup-snapshot', 'off')");
  for (let i = 0; i < runs; i += 1) warmNoSnapshot.push(await measure(page, () => page.reload()));
}
await browser.close();
console.log(JSON.stringify({ cold, warm, "warm-no-snapshot": warmNoSnapshot }));
