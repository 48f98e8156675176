// Presentation mode in Debian's Firefox ESR (puppeteer-core, WebDriver BiDi), on the demo
import { launchFirefox, openDemo } from "./firefox_steps.mjs";
// organisation: started from the header, stepped forward and back by the arrow and page keys
// with the indicator and the screen following, editing controls out of sight, and Escape
// back to where it started.
// Prints one JSON object; the pytest side judges it.
//   node firefox_presentation.mjs FILE_URL [FIREFOX]

const [fileUrl, executablePath = "/usr/bin/firefox-esr"] = process.argv.slice(2);
const report = { errors: [], steps: [] };

const browser = await launchFirefox(executablePath);

const where = (page) => page.evaluate(() => ({
  step: document.querySelector("[data-presenting-step]")?.textContent ?? null,
  hash: location.hash,
  area: document.querySelector("main#area").dataset.area,
}));

async function press(page, key, step) {
  await page.keyboard.press(key);
  await page.waitForFunction((s) => {
    const shown = document.querySelector("[data-presenting-step]");
    return shown !== null && shown.textContent.startsWith(s + " ");
  }, {}, String(step));
  report.steps.push({ key, ...(await where(page)) });
}

try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => report.errors.push(String(error).slice(0, 500)));
  await page.setViewport({ width: 1280, height: 720 });
  await openDemo(page, fileUrl, "en", "#ideas");
  await page.click('header [data-action="present"]');
  await page.waitForSelector("[data-presenting-indicator]");
  report.started = await where(page);
  report.formsVisible = await page.$$eval("form, main button, nav.areas, [data-filebar]",
    (found) => found.filter((element) => element.checkVisibility()).length);
  await press(page, "ArrowRight", 2);
  await press(page, "PageDown", 3);
  await press(page, "ArrowLeft", 2);
  await press(page, "PageUp", 1);
  await press(page, "End", 8);
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.documentElement.hasAttribute("data-presenting"));
  report.left = await where(page);
  report.formsAfter = await page.$$eval("form", (found) => found.filter((f) => f.checkVisibility()).length);
} catch (error) {
  report.errors.push(String(error && error.stack ? error.stack : error).slice(0, 2000));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
