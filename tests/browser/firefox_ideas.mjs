// Idea campaigns in Debian's Firefox ESR (puppeteer-core, WebDriver BiDi), through the page on
// the demo organisation: say who you are, start a campaign that takes anonymous ideas, hand
// in an anonymous idea with typed HTML, give it a verdict with its reason, support it and
// react. Prints one JSON object; the pytest side judges it.
//   node firefox_ideas.mjs FILE_URL JSON_ARGS [FIREFOX]
import { go, setValue, recordPage, text, launchFirefox, openDemo } from "./firefox_steps.mjs";

const [fileUrl, argsJson, executablePath = "/usr/bin/firefox-esr"] = process.argv.slice(2);
const { payload, opens, closes } = JSON.parse(argsJson);
const report = { errors: [] };

const browser = await launchFirefox(executablePath);

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
  report.me = await text(page, "[data-me]");

  // A campaign, with HTML typed into its texts
  await go(page, "#ideas/new-idea_campaign");
  const form = 'form[data-form="create"][data-kind="idea_campaign"]';
  await page.waitForSelector(form);
  for (const name of ["title", "question", "criteria", "selection"]) {
    await setValue(page, `${form} [name="${name}"]`, payload);
  }
  await setValue(page, `${form} [name="opens"]`, opens);
  await setValue(page, `${form} [name="closes"]`, closes);
  await page.click(`${form} [name="anonymous_allowed"]`);
  await page.click(`${form} button[type="submit"]`);
  const campaign = await recordPage(page, "idea_campaign");
  report.campaignName = await page.$eval("[data-record-name]", (e) => e.firstChild.textContent.trim());
  report.criteria = await page.$$eval("[data-criteria] li", (items) => items.map((i) => i.textContent));
  report.campaignState = await page.$eval("[data-campaign-state]", (e) => e.dataset.campaignState);

  // An anonymous idea
  await page.click('[data-campaign] a[data-new="idea"]');
  const idea = 'form[data-form="create"][data-kind="idea"]';
  await page.waitForSelector(idea);
  report.prefilledCampaign = await page.$eval(`${idea} [name="campaign"]`, (e) => e.value) === campaign;
  await setValue(page, `${idea} [name="title"]`, payload);
  await setValue(page, `${idea} [name="description"]`, payload);
  await page.click(`${idea} [name="anonymous"]`);
  await page.click(`${idea} button[type="submit"]`);
  const ideaId = await recordPage(page, "idea");
  report.ideaName = await page.$eval("[data-record-name]", (e) => e.firstChild.textContent.trim());
  report.anonymous = !!(await page.$("[data-anonymous]"));
  report.historyWho = await page.$$eval("[data-history] [data-who]", (w) => w.length);

  // The verdict: refused without a reason, then given
  await page.select('form[data-form="verdict"] [name="status"]', "usable");
  await page.click('form[data-form="verdict"] button[type="submit"]');
  await page.waitForSelector('form[data-form="verdict"] [data-field="reason"] [data-field-error]');
  report.noReason = await text(page, 'form[data-form="verdict"] [data-field-error]');
  await setValue(page, 'form[data-form="verdict"] [name="reason"]', payload);
  await page.click('form[data-form="verdict"] button[type="submit"]');
  await page.waitForSelector('[data-verdict="usable"] [data-verdict-reason]');
  report.reason = await text(page, "[data-verdict-reason]");
  report.decided = await text(page, "[data-decided]");
  report.toProject = !!(await page.$("[data-to-project]"));

  // Support, and a reaction
  await page.click('form[data-form="support"] button');
  await page.waitForFunction(() => document.querySelector("[data-support-count]").textContent === "1");
  report.supports = await text(page, "[data-support-count]");
  await setValue(page, 'form[data-form="react"] [name="text"]', payload);
  await page.click('form[data-form="react"] button');
  await page.waitForSelector('[data-children="idea_reaction"] tr[data-record]');
  report.reaction = await page.$eval('[data-children="idea_reaction"] tr[data-record] td', (e) => e.textContent.trim());

  // The campaign's funnel
  await go(page, `#ideas/${campaign}`);
  await page.waitForSelector('[data-funnel] [data-step="usable"] [data-count]');
  report.funnel = await page.$$eval("[data-funnel] [data-step]", (rows) =>
    rows.map((row) => [row.dataset.step, row.querySelector("[data-count]").textContent]));
  report.ideaId = ideaId;
  report.hacked = await page.evaluate(() => window.hacked ?? null);
} catch (error) {
  report.errors.push(String(error && error.stack ? error.stack : error).slice(0, 2000));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
