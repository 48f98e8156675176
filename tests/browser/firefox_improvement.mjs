// Continuous improvement in Debian's Firefox ESR (puppeteer-core, WebDriver BiDi), through the
// page on the demo organisation: start a team's project from an empty month of the grid, move a
// project on the board, add a plan step and tick it off, carry the project into the next month.
// Prints one JSON object; the pytest side judges it.
//   node firefox_improvement.mjs FILE_URL TITLE [FIREFOX]
import { go, setValue, launchFirefox } from "./firefox_steps.mjs";

const [fileUrl, title, executablePath = "/usr/bin/firefox-esr"] = process.argv.slice(2);
const report = { errors: [] };

const browser = await launchFirefox(executablePath);

try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => report.errors.push(String(error).slice(0, 500)));
  await page.goto(`${fileUrl}?demo=generated#improvement`);
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready", { timeout: 120000 });
  await page.click('[data-action="set-language"][data-language="en"]');
  await page.waitForFunction(() => document.documentElement.lang === "en");

  // The grid: an empty month that has begun starts that team's project for that month.
  await page.waitForSelector("[data-project-grid] td.gap [data-start-project]");
  const gap = await page.$eval("[data-project-grid] td.gap", (cell) => ({
    month: cell.dataset.cell, team: cell.parentElement.dataset.teamRow }));
  report.gapMonth = gap.month;
  await page.click("[data-project-grid] td.gap [data-start-project]");
  const form = 'form[data-form="create"][data-kind="improvement_project"]';
  await page.waitForSelector(form);
  report.prefilled = await page.$eval(form, (f) => ({ team: f.team.value, month: f.month.value }));
  report.gapTeam = gap.team;
  await setValue(page, `${form} [name="title"]`, title);
  await page.click(`${form} button[type="submit"]`);
  await page.waitForSelector('[data-record-page][data-kind="improvement_project"]');
  const project = await page.$eval("[data-record-page]", (e) => e.dataset.recordPage);
  await go(page, "#improvement");
  await page.waitForSelector(`[data-project="${project}"]`);
  report.cellAfter = await page.$eval(`[data-project="${project}"]`, (chip) => ({
    month: chip.closest("td").dataset.cell, gap: chip.closest("td").classList.contains("gap") }));

  // The board: one click moves the new project (planned) on to running.
  await page.click('[data-view-link="board"]');
  await page.waitForSelector(`[data-column="planned"] [data-card="${project}"]`);
  await page.click(`[data-card="${project}"] [data-action="move-project"][data-status="running"]`);
  await page.waitForSelector(`[data-column="running"] [data-card="${project}"]`);
  report.moved = true;

  // The project's page: a plan step, added and ticked off; then carried into the next month.
  await go(page, `#improvement/${project}`);
  const add = 'form[data-form="create"][data-kind="project_step"]';
  await page.waitForSelector(add);
  await setValue(page, `${add} [name="text"]`, "Meet hoe het nu gaat");
  await page.click(`${add} button[type="submit"]`);
  await page.waitForSelector('[data-phase="plan"] [data-step]');
  await page.click('[data-phase="plan"] [data-step] [data-action="set-step"][data-state="done"]');
  await page.waitForSelector('[data-phase="plan"] [data-step][data-state="done"]');
  report.stepsDone = await page.$eval("[data-steps-done]", (e) => e.textContent.trim());
  await page.click('[data-action="carry-project"]');
  await page.waitForFunction((p) => {
    const shown = document.querySelector("[data-record-page]");
    return shown && shown.dataset.recordPage !== p;
  }, {}, project);
  report.carried = await page.$eval('[data-fixed-field="continues"] a', (a) => a.getAttribute("href"));
  report.carriedMonth = await page.$eval('form[data-form="update"] [name="month"]', (e) => e.value);
} catch (error) {
  report.failure = String(error).slice(0, 1000);
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
