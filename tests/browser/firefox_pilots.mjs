// The pilots' main journey in Debian's Firefox ESR (puppeteer-core, WebDriver BiDi), through
// the page on the demo organisation: say who you are, open a pilot, write its page with
// script, HTML and javascript: link payloads, compare two versions, join and leave, react.
// Prints one JSON object; the pytest side judges it.
//   node firefox_pilots.mjs FILE_URL JSON_ARGS [FIREFOX]
import { go, setValue, launchFirefox } from "./firefox_steps.mjs";

const [fileUrl, argsJson, executablePath = "/usr/bin/firefox-esr"] = process.argv.slice(2);
const { payload } = JSON.parse(argsJson);
const report = { errors: [] };

const browser = await launchFirefox(executablePath);

async function send(page, form) {
  await page.$eval(form, (element) => element.requestSubmit());
}

async function done(page) {
  await page.waitForSelector("[data-done]");
  return page.$eval("[data-done]", (e) => e.textContent.trim());
}

try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => report.errors.push(String(error).slice(0, 500)));
  await page.goto(fileUrl + "?demo=generated#people/me");
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready",
                             { timeout: 120000 });
  await page.waitForSelector('form[data-form="add-me"]');
  await setValue(page, 'form[data-form="add-me"] [name="name"]', "Fenna Firefox");
  await send(page, 'form[data-form="add-me"]');
  await page.waitForFunction(
    () => document.querySelector("[data-me]").textContent.includes("Fenna Firefox"));

  await go(page, "#pilots");
  await page.waitForSelector("[data-list] tr[data-record] a[data-record-link]");
  const pilot = await page.$eval("[data-list] tr[data-record]", (row) => row.dataset.record);
  await go(page, `#pilots/${pilot}`);
  await page.waitForSelector("[data-page-text] h4");
  report.versionsBefore = await page.$$eval("[data-revision-list] li", (items) => items.length);

  await setValue(page, 'form[data-form="edit-page"] [name="text"]', payload);
  await send(page, 'form[data-form="edit-page"]');
  report.saved = await done(page);
  report.heading = await page.$eval("[data-page-text] h4", (e) => e.textContent);
  report.dangerous = await page.$$eval("[data-page-text] :is(script, img, iframe, [onerror])",
                                       (found) => found.length);
  report.links = await page.$$eval("[data-page-text] a", (links) => links.map((a) => a.href));
  report.versionsAfter = await page.$$eval("[data-revision-list] li", (items) => items.length);

  await page.click("[data-revision-list] li [data-diff-link]");
  await page.waitForSelector("[data-diff]");
  report.diff = await page.$eval("[data-diff]", (e) => [e.dataset.old, e.dataset.new]);
  report.added = await page.$$eval("[data-diff-lines] ins", (found) => found.length);

  await go(page, `#pilots/${pilot}`);
  await page.waitForSelector('[data-action="take-part"][data-joining="true"]');
  await page.click('[data-action="take-part"][data-joining="true"]');
  report.joined = await done(page);
  report.participants = await page.$eval("[data-participants]", (e) => e.textContent);
  await page.click('[data-action="take-part"][data-joining="false"]');
  await page.waitForSelector('[data-action="take-part"][data-joining="true"]');
  report.history = await page.$$eval("[data-participation-history] li",
                                     (items) => items.slice(0, 2).map((li) => li.dataset.step));

  await setValue(page, 'form[data-form="pilot-react"][data-answers=""] [name="text"]', payload);
  await send(page, 'form[data-form="pilot-react"][data-answers=""]');
  report.reacted = await done(page);
  report.reaction = await page.$eval("[data-reaction]:last-of-type [data-reaction-text]",
                                     (e) => e.textContent);
  report.hacked = await page.evaluate(() => window.hacked ?? null);
} catch (error) {
  report.errors.push(String(error.stack || error).slice(0, 1000));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
