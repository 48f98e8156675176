// Decisions by consent in Debian's Firefox ESR (puppeteer-core, WebDriver BiDi), through the
// page on the demo organisation: say who you are, make a proposal with typed HTML, object
// without and with a reason, amend it, consent to the new version, record the outcome with
// its review date, find it in the filtered decision log, and signal a rule. Prints one JSON
// object; the pytest side judges it.
//   node firefox_decisions.mjs FILE_URL JSON_ARGS [FIREFOX]
import { go, setValue, recordPage, text, launchFirefox, openDemo } from "./firefox_steps.mjs";

const [fileUrl, argsJson, executablePath = "/usr/bin/firefox-esr"] = process.argv.slice(2);
const { payload, review } = JSON.parse(argsJson);
const report = { errors: [] };

const browser = await launchFirefox(executablePath);

async function done(page, expected) {
  await page.waitForFunction((t) => document.querySelector("[data-done]")?.textContent.trim() === t,
                             {}, expected);
}

try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => report.errors.push(String(error).slice(0, 500)));
  await openDemo(page, fileUrl, "en", "#people/me");

  // Who am I
  await page.waitForSelector('form[data-form="pick-me"]');
  const [me, meName] = await page.$eval('form[data-form="pick-me"] option:nth-child(3)',
                                        (o) => [o.value, o.textContent.trim()]);
  report.meName = meName;
  await page.select('form[data-form="pick-me"] select', me);
  await page.click('form[data-form="pick-me"] button');
  await page.waitForFunction(() => document.querySelector('[data-me-now]'));

  // A proposal on a round, with HTML typed into its texts
  await go(page, "#decisions/new-proposal");
  const form = 'form[data-form="create"][data-kind="proposal"]';
  await page.waitForSelector(form);
  const round = await page.$eval(`${form} [name="round"] option:nth-child(2)`, (o) => o.value);
  await page.select(`${form} [name="round"]`, round);
  for (const name of ["title", "topic", "proposal"]) {
    await setValue(page, `${form} [name="${name}"]`, payload);
  }
  await page.click(`${form} button[type="submit"]`);
  const proposal = await recordPage(page, "proposal");
  report.name = await page.$eval("[data-record-name]", (e) => e.firstChild.textContent.trim());
  report.text = await text(page, "[data-proposal-text]");

  // An objection needs its reason; given, it blocks adoption
  const respond = 'form[data-form="respond"]';
  await page.select(`${respond} [name="response"]`, "objection");
  await page.click(`${respond} button[type="submit"]`);
  await page.waitForSelector(`${respond} [data-field="reason"] [data-field-error]`);
  report.noReason = await text(page, `${respond} [data-field-error]`);
  await setValue(page, `${respond} [name="reason"]`, payload);
  await page.click(`${respond} button[type="submit"]`);
  await page.waitForSelector('[data-responses] tr[data-response="objection"]');
  report.reason = await text(page, "[data-response-reason]");
  const decide = 'form[data-form="decide"]';
  await page.select(`${decide} [name="outcome"]`, "adopted");
  await setValue(page, `${decide} [name="rationale"]`, payload);
  await setValue(page, `${decide} [name="review_date"]`, review);
  await page.click(`${decide} button[type="submit"]`);
  await page.waitForSelector(`${decide} [data-field="outcome"] [data-field-error]`);
  report.stands = await text(page, `${decide} [data-field-error]`);

  // Amended, then consent to the new version, then adopted as amended
  await setValue(page, 'form[data-form="amend"] [name="text"]', `2: ${payload}`);
  await page.click('form[data-form="amend"] button[type="submit"]');
  await page.waitForSelector('[data-proposal-text][data-version="2"]');
  report.amended = await text(page, "[data-proposal-text]");
  report.earlier = !!(await page.$("[data-earlier]"));
  await page.select(`${respond} [name="response"]`, "consent");
  await page.click(`${respond} button[type="submit"]`);
  await page.waitForSelector('[data-responses] tr[data-response="consent"]');
  await page.select(`${decide} [name="outcome"]`, "adopted_amended");
  await setValue(page, `${decide} [name="rationale"]`, payload);
  await setValue(page, `${decide} [name="review_date"]`, review);
  await page.click(`${decide} button[type="submit"]`);
  await page.waitForSelector('[data-outcome="adopted_amended"] [data-rationale]');
  report.rationale = await text(page, "[data-rationale]");
  report.closed = !(await page.$(respond));

  // The decision log, filtered on its outcome and topic
  await go(page, "#decisions/log");
  const log = 'form[data-form="decision-log"]';
  await page.waitForSelector(log);
  await page.select(`${log} [name="outcome"]`, "adopted_amended");
  await page.select(`${log} [name="topic"]`, payload);
  await page.click(`${log} button[type="submit"]`);
  await page.waitForFunction(() => location.hash.includes("outcome"));
  await page.waitForSelector("[data-decision-log] tr[data-log-entry]");
  report.log = await page.$$eval("[data-decision-log] tr[data-log-entry]",
                                 (rows) => rows.map((r) => r.dataset.logEntry));
  report.proposal = proposal;

  // A signal on the first rule of the register
  await go(page, "#decisions");
  await page.waitForSelector("[data-rules-register] tr[data-rule] a");
  await page.click("[data-rules-register] tr[data-rule] a");
  await recordPage(page, "rule");
  await page.select('form[data-form="signal"] [name="signal"]', "makes_no_sense");
  await setValue(page, 'form[data-form="signal"] [name="comment"]', payload);
  await page.click('form[data-form="signal"] button[type="submit"]');
  await done(page, "Your signal is in.");
  report.signal = await page.$eval("[data-signal-comment]", (e) => e.textContent);
  report.hacked = await page.evaluate(() => window.hacked ?? null);
} catch (error) {
  report.errors.push(String(error && error.stack ? error.stack : error).slice(0, 2000));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
