// Reports and exports in Debian's Firefox ESR (puppeteer-core, WebDriver BiDi), through the page
// on the demo organisation: "Export CSV" on the ideas list hands the browser a CSV file (kept
// as the page made it), and the ideas' report shows without its controls. Prints one JSON
// object; the pytest side judges it.
//   node firefox_reports.mjs FILE_URL [FIREFOX]
import { go, text, launchFirefox, openDemo } from "./firefox_steps.mjs";
import { KEEP_DOWNLOADS } from "./firefox_downloads.mjs";

const [fileUrl, executablePath = "/usr/bin/firefox-esr"] = process.argv.slice(2);
const report = { errors: [] };

const browser = await launchFirefox(executablePath);

try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => report.errors.push(String(error).slice(0, 500)));
  await page.evaluateOnNewDocument(KEEP_DOWNLOADS);
  await openDemo(page, fileUrl, "nl", "#ideas");

  // Export CSV: the file as the page hands it to the browser, byte for byte
  await page.waitForSelector('[data-action="export-csv"][data-export="idea"]');
  report.names = await page.$$eval('[data-list="idea"] [data-record-link]',
                                   (links) => links.map((link) => link.textContent.trim()));
  await page.click('[data-action="export-csv"][data-export="idea"]');
  await page.waitForFunction(() => window.downloadedBlobs.length > 0, { timeout: 30000 });
  report.type = await page.evaluate(() => window.downloadedBlobs[0].type);
  report.bytes = await page.evaluate(async () =>
    Array.from(new Uint8Array(await window.downloadedBlobs[0].arrayBuffer())));
  await page.waitForSelector("[data-done]");
  report.notice = await text(page, "[data-done]");

  // The report of the area, without what edits it
  await go(page, "#ideas/report");
  await page.waitForSelector('[data-report="ideas"]');
  report.organisation = await text(page, "[data-report-organisation]");
  report.visibleControls = await page.$$eval(
    "[data-report] :is(form, button, [data-new])",
    (elements) => elements.filter((element) => element.getClientRects().length > 0).length);
  report.rows = await page.$$eval('[data-report] [data-list="idea"] tr[data-record]',
                                  (rows) => rows.length);
} catch (error) {
  report.errors.push(String(error).slice(0, 500));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
