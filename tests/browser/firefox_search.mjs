// The search in Debian's Firefox ESR (puppeteer-core, WebDriver BiDi), through the page on the
import { launchFirefox, openDemo } from "./firefox_steps.mjs";
// demo organisation: "/" goes to the search, typed words without accents find records of
// several areas with the words marked, the arrow key reaches a result and Enter opens it;
// then what changed since a moment long ago counts in the navigation and on the dashboard
// until "mark all as seen".
// Prints one JSON object; the pytest side judges it.
//   node firefox_search.mjs FILE_URL SINCE [FIREFOX]

const [fileUrl, since, executablePath = "/usr/bin/firefox-esr"] = process.argv.slice(2);
const report = { errors: [] };

const browser = await launchFirefox(executablePath);

try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => report.errors.push(String(error).slice(0, 500)));
  await openDemo(page, fileUrl, "en", "#dashboard");

  await page.click("main h1");
  await page.keyboard.press("/");
  report.focused = await page.evaluate(() => document.activeElement.id);
  await page.keyboard.type("coordinator");
  await page.waitForSelector("[data-search-results] mark");
  report.marked = await page.$eval("[data-search-results] mark", (e) => e.textContent);
  await page.$eval("#search-field", (e) => { e.value = ""; });
  await page.keyboard.type("beter");
  await page.waitForFunction(() => {
    const count = document.querySelector("[data-search-count]");
    return count && count.textContent.includes("beter");
  });
  report.areas = await page.$$eval("[data-search-area]", (areas) => areas.map((a) => a.dataset.searchArea));
  await page.keyboard.press("ArrowDown");
  report.firstFocused = await page.evaluate(() => document.activeElement.hasAttribute("data-search-hit"));
  const target = await page.evaluate(() => document.activeElement.getAttribute("href"));
  await page.keyboard.press("Enter");
  await page.waitForFunction((t) => location.hash === t && document.querySelector("[data-record-page]"), {}, target);
  report.opened = true;
  report.resultsLeft = await page.$$eval("[data-search-results]", (found) => found.length);

  // Since you last looked: as if this person last looked at every area months ago, the
  // demo's changes since then are news; "mark all as seen" clears them.
  await page.evaluate((moment) => {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith("trustwork:seen:")) {
        localStorage.setItem(key, localStorage.getItem(key).replace(/=\S+/g, `=${moment}`));
      }
    }
  }, since);
  await openDemo(page, fileUrl, "en", "#dashboard");
  await page.waitForSelector("[data-unseen-changes]");
  report.unseen = await page.$eval("[data-unseen-changes]", (e) => Number(e.dataset.unseenChanges));
  report.listed = await page.$$eval("[data-unseen-change]", (items) => items.length);
  report.navCounts = await page.$$eval("nav.areas [data-unseen]",
                                       (counts) => counts.map((c) => Number(c.dataset.unseen)));
  await page.click('[data-action="mark-all-seen"]');
  await page.waitForSelector("[data-nothing-unseen]");
  report.navAfter = await page.$$eval("nav.areas [data-unseen]", (counts) => counts.length);
} catch (error) {
  report.errors.push(String(error && error.stack ? error.stack : error).slice(0, 2000));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
