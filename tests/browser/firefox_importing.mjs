// Importing a CSV list in Debian's Firefox ESR (puppeteer-core, WebDriver BiDi), through the
// page on the demo organisation: choose a Dutch Excel file of roles with the file input, read
// the preview (its counts, the cells it cannot take), import it, and take it out again.
// Prints one JSON object; the pytest side judges it.
//   node firefox_importing.mjs FILE_URL CSV_PATH [FIREFOX]
import { text, launchFirefox, openDemo } from "./firefox_steps.mjs";

const [fileUrl, csvPath, executablePath = "/usr/bin/firefox-esr"] = process.argv.slice(2);
const report = { errors: [] };

const browser = await launchFirefox(executablePath);

const roleNames = (page) => page.$$eval('[data-list="role"] tbody tr [data-record-link]',
                                        (links) => links.map((l) => l.textContent.trim()));

try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => report.errors.push(String(error).slice(0, 500)));
  page.on("dialog", (dialog) => dialog.accept());
  await openDemo(page, fileUrl, "en", "#people");
  await page.waitForSelector("[data-import-panel] summary");
  report.before = await roleNames(page);

  // The file, chosen as a person chooses it: the panel's file input
  await page.click("[data-import-panel] summary");
  await page.select("[data-import-kind]", "role");
  const input = await page.$("[data-import-file]");
  await input.uploadFile(csvPath);
  await page.waitForSelector("[data-import-preview]");
  report.title = await text(page, "[data-import-preview] h3");
  report.counts = await text(page, "[data-import-counts]");
  report.mapping = await page.$$eval("[data-import-map]", (selects) => selects.map((s) => s.value));
  report.cellErrors = await page.$$eval("[data-import-row] [data-cell-error]",
                                        (cells) => cells.map((c) => [c.dataset.cellError, c.querySelector("small").textContent]));
  report.apply = await text(page, "[data-import-apply]");

  // Import, then take it out again
  await page.click("[data-import-apply]");
  await page.waitForSelector("[data-import-done]");
  report.done = await text(page, "[data-done]");
  report.after = await roleNames(page);
  await page.click("[data-import-done] [data-action=undo-import]");
  await page.waitForFunction(() => !document.querySelector("[data-import-done]"));
  report.undone = await text(page, "[data-done]");
  report.end = await roleNames(page);
  report.hacked = await page.evaluate(() => window.hacked ?? null);
} catch (error) {
  report.errors.push(String(error && error.stack || error).slice(0, 1000));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
