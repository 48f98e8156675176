// The dashboard in Debian's Firefox ESR (puppeteer-core, WebDriver BiDi), on the demo
// organisation in English: its outcomes, each chart as Firefox lays it out (the size of the
// drawing, its bars and points, its labels), the table behind each chart opened, and the
// period switch. Prints one JSON object; the pytest side judges it.
//   node firefox_dashboard.mjs FILE_URL [FIREFOX]
import { go, launchFirefox } from "./firefox_steps.mjs";

const [fileUrl, executablePath = "/usr/bin/firefox-esr"] = process.argv.slice(2);
const report = { errors: [] };

const browser = await launchFirefox(executablePath);

// What Firefox drew for each chart: its box, its marks and their boxes, its texts.
const drawn = () => [...document.querySelectorAll("[data-outcomes] figure[data-chart]")].map((figure) => {
  const svg = figure.querySelector("svg");
  const box = svg.getBoundingClientRect();
  // Every point, and every bar with a value above zero (a bar of zero has no area).
  const marks = [...svg.querySelectorAll("rect, circle")].filter(
    (mark) => mark.tagName === "circle" || Number(mark.dataset.value) > 0);
  return {
    key: figure.dataset.chart,
    width: box.width, height: box.height,
    marks: marks.length,
    drawnMarks: marks.filter((mark) => mark.getBBox().width > 0 && mark.getBBox().height > 0).length,
    tallest: Math.max(0, ...[...svg.querySelectorAll("rect")].map((rect) => rect.getBBox().height)),
    labels: [...svg.querySelectorAll("text.chart-label")].map((text) => text.textContent),
    labelsWide: [...svg.querySelectorAll("text.chart-label")].every((text) => text.getComputedTextLength() > 0),
    title: svg.querySelector("title").textContent,
    rows: figure.querySelectorAll("details table tbody tr").length,
  };
});

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  page.on("pageerror", (error) => report.errors.push(String(error).slice(0, 500)));
  await page.goto(fileUrl);
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready", { timeout: 120000 });
  await page.evaluate(() => localStorage.setItem("trustwork:language", "en"));
  await page.goto(fileUrl + "?demo=generated#dashboard");
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready", { timeout: 120000 });
  await page.waitForSelector("[data-outcomes]");

  report.outcomes = await page.$$eval("[data-outcome] h3", (items) => items.map((i) => i.textContent));
  report.figures = await page.$$eval("[data-indicator]", (cards) => cards.map(
    (card) => [card.dataset.indicator, card.querySelector("[data-figure]").textContent]));
  report.charts = await page.evaluate(drawn);

  // The table behind a chart, opened.
  const chart = '[data-chart="savings-trend"]';
  await page.click(`${chart} summary`);
  report.tableShown = await page.$eval(`${chart} details table`,
                                       (table) => table.getBoundingClientRect().height > 0);

  await go(page, "#dashboard/last-12-months");
  await page.waitForSelector('[data-outcomes][data-period="last-12-months"]');
  report.lastYearCharts = await page.evaluate(drawn);
  report.current = await page.$eval('[data-period-link][aria-current="page"]', (a) => a.dataset.periodLink);
} catch (error) {
  report.errors.push(String(error).slice(0, 500));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
