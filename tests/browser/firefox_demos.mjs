// A story demo in Debian's Firefox ESR (puppeteer-core, WebDriver BiDi): chosen in the empty
// state's chooser, its start screen read, then a pilot's page read in Dutch and again after
// the language switch (same address, other texts). Prints one JSON object; the pytest side
// judges it.
//   node firefox_demos.mjs FILE_URL PILOT_ID [FIREFOX]
import { go, launchFirefox, text } from "./firefox_steps.mjs";

const [fileUrl, pilot, executablePath = "/usr/bin/firefox-esr"] = process.argv.slice(2);
const report = { errors: [] };
const browser = await launchFirefox(executablePath);

try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => report.errors.push(String(error).slice(0, 500)));
  await page.goto(fileUrl);
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready", { timeout: 120000 });
  await page.evaluate(() => localStorage.setItem("trustwork:language", "nl"));
  await page.goto(fileUrl);
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready", { timeout: 120000 });
  report.choices = await page.$$eval(".empty-state [data-demo-chooser] [data-demo]",
                                     (buttons) => buttons.map((b) => b.dataset.demo));
  await page.click('.empty-state [data-demo="engineering"]');
  await page.waitForSelector('[data-demo-start="engineering"]');
  report.organisation = await text(page, "[data-organisation]");
  report.start = await text(page, '[data-demo-start="engineering"]');
  await go(page, `#pilots/${pilot}`);
  await page.waitForSelector(`[data-record-page="${pilot}"]`);
  report.dutchTitle = await text(page, "[data-record-name]");
  await page.click('[data-action="set-language"][data-language="en"]');
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await page.waitForSelector(`[data-record-page="${pilot}"]`);
  report.englishTitle = await text(page, "[data-record-name]");
  report.englishOrganisation = await text(page, "[data-organisation]");
  report.hash = await page.evaluate(() => location.hash);
} catch (error) {
  report.errors.push(String(error).slice(0, 500));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
