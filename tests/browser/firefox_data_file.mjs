// Firefox has no File System Access API: a data file is opened with <input type=file> and
// saved by downloading a new copy. This drives that path in Debian's Firefox ESR
// (puppeteer-core, WebDriver BiDi) and prints what it saw as one JSON object.
//   node firefox_data_file.mjs FILE_URL DATA_FILE [FIREFOX]
import puppeteer from "puppeteer-core";
import { KEEP_DOWNLOADS } from "./firefox_downloads.mjs";

const [fileUrl, dataFile, executablePath = "/usr/bin/firefox-esr"] = process.argv.slice(2);
const report = { errors: [] };

const browser = await puppeteer.launch({
  browser: "firefox", executablePath, headless: true, protocol: "webDriverBiDi",
});
try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => report.errors.push(String(error).slice(0, 500)));
  await page.evaluateOnNewDocument(KEEP_DOWNLOADS);
  await page.goto(fileUrl);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', { timeout: 120000 });
  report.explained = await page.$eval(".empty-state", (e) => e.textContent.includes("download"));
  const [chooser] = await Promise.all([
    page.waitForFileChooser({ timeout: 30000 }),
    page.click('.empty-state [data-action="open-file"]'),
  ]);
  await chooser.accept([dataFile]);
  await page.waitForSelector("[data-file-name]", { timeout: 30000 });
  report.fileName = await page.$eval("[data-file-name]", (e) => e.textContent);
  report.saveLabel = await page.$eval('[data-action="save"]', (e) => e.textContent);
  await page.$eval('form[data-form="organisation"] [name="name"]', (input) => { input.value = ""; });
  await page.type('form[data-form="organisation"] [name="name"]', "Bewerkt in Firefox");
  await page.click('form[data-form="organisation"] button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('[data-save-state]').dataset.saveState === 'unsaved');
  await page.click('[data-action="save"]');
  await page.waitForFunction(() => window.downloadedBlobs.length > 0, { timeout: 30000 });
  report.downloaded = await page.evaluate("window.downloadedBlobs[0].text()");
  await page.waitForFunction(
    () => document.querySelector('[data-save-state]').dataset.saveState !== 'saving'
  );
  report.stateAfter = await page.$eval("[data-save-state]", (e) => e.dataset.saveState);
} catch (error) {
  report.errors.push(String(error && error.stack ? error.stack : error).slice(0, 2000));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
