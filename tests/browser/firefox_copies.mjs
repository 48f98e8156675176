// Firefox merges another copy of the open file: the shared file opened with
// <input type=file>, "Merge a copy…" picks the copy the same way, the page says what came in
// and saves by download; another organisation's copy is refused. Prints what it saw as one
// JSON object.
//   node firefox_copies.mjs FILE_URL SHARED_FILE COPY_FILE OTHER_FILE [FIREFOX]
import puppeteer from "puppeteer-core";
import { KEEP_DOWNLOADS } from "./firefox_downloads.mjs";

const [fileUrl, sharedFile, copyFile, otherFile, executablePath = "/usr/bin/firefox-esr"] =
  process.argv.slice(2);
const report = { errors: [] };

async function choose(page, selector, file) {
  const [chooser] = await Promise.all([
    page.waitForFileChooser({ timeout: 30000 }),
    page.click(selector),
  ]);
  await chooser.accept([file]);
}

const browser = await puppeteer.launch({
  browser: "firefox", executablePath, headless: true, protocol: "webDriverBiDi",
});
try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => report.errors.push(String(error).slice(0, 500)));
  await page.evaluateOnNewDocument(KEEP_DOWNLOADS);
  await page.goto(fileUrl);
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready", { timeout: 120000 });
  report.routineBeforeOpening = await page.$eval(".empty-state [data-download-routine]", (e) => e.textContent);
  await choose(page, '.empty-state [data-action="open-file"]', sharedFile);
  await page.waitForSelector("[data-file-name]", { timeout: 30000 });
  report.routine = await page.$eval("[data-download-routine]", (e) => e.textContent);

  await choose(page, '[data-action="merge-copy"]', copyFile);
  await page.waitForSelector("[data-copy-report]", { timeout: 30000 });
  report.copyReport = await page.$eval("[data-copy-report]", (e) => e.textContent);
  await page.waitForFunction(() => window.downloadedBlobs.length > 0, { timeout: 30000 });
  report.downloaded = await page.evaluate("window.downloadedBlobs[0].text()");
  await page.waitForFunction(
    () => document.querySelector("[data-save-state]").dataset.saveState !== "saving"
  );
  report.stateAfter = await page.$eval("[data-save-state]", (e) => e.dataset.saveState);

  await choose(page, '[data-action="merge-copy"]', otherFile);
  await page.waitForSelector("[data-problem]", { timeout: 30000 });
  report.refusal = await page.$eval("[data-problem]", (e) => e.textContent.trim());
  report.downloadsAfterRefusal = await page.evaluate("window.downloadedBlobs.length");
} catch (error) {
  report.errors.push(String(error && error.stack ? error.stack : error).slice(0, 2000));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
