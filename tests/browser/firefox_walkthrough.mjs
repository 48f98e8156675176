// Drives Debian's Firefox ESR over WebDriver BiDi (puppeteer-core) through the built
// single file, as a person would: open it, wait for ready, visit every area, switch the
// language and reload. Prints one JSON object with what it saw; the pytest side judges it.
import puppeteer from "puppeteer-core";

const [fileUrl, executablePath = "/usr/bin/firefox-esr"] = process.argv.slice(2);
const READY = () => document.documentElement.dataset.state !== 'loading';
const report = { requests: [], areas: [], errors: [] };

const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath,
  headless: true,
  protocol: "webDriverBiDi",
  extraPrefsFirefox: { "network.dns.disableIPv6": true },
});
try {
  const page = await browser.newPage();
  page.on("request", (request) => report.requests.push(request.url().slice(0, 200)));
  // Firefox also reports a refused event handler as a page error: kept apart from the app's.
  let errors = report.errors;
  page.on("pageerror", (error) => errors.push(String(error).slice(0, 500)));
  // What the page's content security policy refused, from the first script on.
  await page.evaluateOnNewDocument(`window.cspViolations = [];
    document.addEventListener("securitypolicyviolation",
      (event) => window.cspViolations.push(event.effectiveDirective));`);
  const started = Date.now();
  await page.goto(fileUrl);
  await page.waitForFunction(READY, { timeout: 120000 });
  report.state = await page.evaluate("document.documentElement.dataset.state");
  report.secondsToReady = (Date.now() - started) / 1000;
  report.snapshot = await page.evaluate("trustworkBoot.snapshot");
  report.bootError = await page.evaluate(
    "document.querySelector('[data-boot-error-detail]')?.textContent || ''"
  );
  if (report.state === "ready") {
    const keys = await page.$$eval("nav.areas a[data-area]", (links) =>
      links.map((link) => link.dataset.area)
    );
    for (const key of keys) {
      await page.click(`nav.areas a[data-area="${key}"]`);
      await page.waitForFunction((k) => document.querySelector("#area")?.dataset.area === k, {}, key);
      report.areas.push({
        key,
        heading: await page.$eval("#area h1", (h) => h.textContent),
        current: await page.$eval(`nav.areas a[data-area="${key}"]`, (a) => a.getAttribute("aria-current")),
      });
    }
    await page.click('[data-action="set-language"][data-language="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    report.navAfterSwitch = await page.$eval('nav.areas a[data-area="people"]', (a) => a.textContent.trim());
    await page.reload();
    await page.waitForFunction(READY, { timeout: 120000 });
    report.languageAfterReload = await page.evaluate("document.documentElement.lang");
    report.snapshotAfterReload = await page.evaluate("trustworkBoot.snapshot.status");
    report.navAfterReload = await page.$eval('nav.areas a[data-area="people"]', (a) => a.textContent.trim());
    report.violationsOfTheApp = await page.evaluate("window.cspViolations.slice()");
    // Markup with an inline event handler, as if a template had let it through.
    errors = report.errorsOfTheInjection = [];
    await page.evaluate(() => {
      const place = document.createElement("div");
      place.innerHTML = '<img src="data:," onerror="window.injectedRan = true">';
      document.body.append(place);
    });
    await page.waitForFunction(() => window.cspViolations.length > 0);
    report.violationsOfTheInjection = await page.evaluate("window.cspViolations.slice()");
    report.injectedRan = await page.evaluate("window.injectedRan === true");
  }
} catch (error) {
  report.errors.push(String(error && error.stack ? error.stack : error).slice(0, 2000));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
