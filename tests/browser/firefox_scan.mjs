// The trust scan in Debian's Firefox ESR (puppeteer-core, WebDriver BiDi), through the page
// on the demo organisation: start a round with its ballot box (a round passphrase), answer
// five ballots in seminar mode (the form empty again after each), close the round and read
// its results. Prints one JSON object; the pytest side judges it.
//   node firefox_scan.mjs FILE_URL JSON_ARGS [FIREFOX]
import { go, setValue, recordPage, launchFirefox, openDemo } from "./firefox_steps.mjs";

const [fileUrl, argsJson, executablePath = "/usr/bin/firefox-esr"] = process.argv.slice(2);
const { passphrase, title } = JSON.parse(argsJson);
const report = { errors: [], afterEach: [] };

const browser = await launchFirefox(executablePath);

try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => report.errors.push(String(error).slice(0, 500)));
  await openDemo(page, fileUrl, "en", "#scan/new-scan_round");

  // A round with its ballot box
  const form = 'form[data-form="create"][data-kind="scan_round"]';
  await page.waitForSelector(form);
  await setValue(page, `${form} [name="title"]`, title);
  await setValue(page, `${form} [name="passphrase"]`, passphrase);
  await setValue(page, `${form} [name="repeat_passphrase"]`, passphrase);
  await page.click(`${form} button[type="submit"]`);
  const round = await recordPage(page, "scan_round");
  report.state = await page.$eval("[data-scan-round]", (e) => e.dataset.state);

  // Five people answer in seminar mode
  await go(page, `#scan/${round}/seminar`);
  const ballot = 'form[data-form="ballot"]';
  for (let number = 0; number < 5; number += 1) {
    await page.waitForSelector(`[data-seminar-count="${number}"]`);
    await page.click(`${ballot} input[name="answer.openness.1"][value="${number === 0 ? 1 : 4}"]`);
    await page.click(`${ballot} input[name="answer.goals.2"][value="5"]`);
    await setValue(page, `${ballot} [name="open"]`, `FIREFOX-OPEN-${number}`);
    await page.click(`${ballot} button[type="submit"]`);
    await page.waitForSelector(`[data-seminar-count="${number + 1}"]`, { timeout: 30000 });
    report.afterEach.push(await page.$eval(ballot, (f) => [
      f.querySelectorAll("input:checked").length, f.querySelector('[name="open"]').value]));
  }

  // Closing (the box is open in the page that made it)
  await go(page, `#scan/${round}`);
  await page.waitForSelector('form[data-form="close-round"]');
  await page.click('form[data-form="close-round"] button');
  await page.waitForSelector('[data-scan-round][data-state="closed"]', { timeout: 60000 });
  report.groups = await page.$$eval("[data-group-results]", (items) => items.map((i) => i.dataset.groupResults));
  report.respondents = await page.$eval('[data-group-results="everyone"] [data-respondents]', (e) => e.dataset.respondents);
  report.openness = await page.$eval('[data-theme-row="openness"] [data-distribution]', (e) => e.dataset.distribution);
  report.weakest = await page.$eval('[data-scan-results] [data-weakest]', (e) => e.dataset.weakest);
  report.hacked = await page.evaluate(() => window.hacked ?? null);
  report.openAnswers = await page.$$eval("[data-open-answers] li", (items) => items.map((i) => i.textContent).sort());
} catch (error) {
  report.errors.push(String(error).slice(0, 800));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
