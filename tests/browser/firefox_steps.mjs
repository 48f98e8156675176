// The steps the Firefox journeys share (puppeteer-core over WebDriver BiDi): follow an
// address inside the open page, set a control's value, and read a record page or a text;
// start Firefox, and open the built file with the demo organisation in a language.
import puppeteer from "puppeteer-core";

export async function go(page, hash) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForFunction((h) => location.hash === h, {}, hash);
}

export async function setValue(page, selector, value) {
  await page.$eval(selector, (element, v) => { element.value = v; }, value);
}

export async function recordPage(page, kind) {
  await page.waitForSelector(`[data-record-page][data-kind="${kind}"]`);
  return page.$eval("[data-record-page]", (e) => e.dataset.recordPage);
}

export async function text(page, selector) {
  return page.$eval(selector, (e) => e.textContent.trim());
}

/** Debian's Firefox ESR, headless, driven over WebDriver BiDi. */
export function launchFirefox(executablePath) {
  return puppeteer.launch({
    browser: "firefox", executablePath, headless: true, protocol: "webDriverBiDi",
  });
}

async function ready(page) {
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready",
                             { timeout: 120000 });
}

/** The built file in `language` with the demo organisation, at `location` (a hash). */
export async function openDemo(page, fileUrl, language, location) {
  await page.goto(fileUrl);
  await ready(page);
  await page.evaluate((l) => localStorage.setItem("trustwork:language", l), language);
  await page.goto(fileUrl + "?demo=generated" + location);
  await ready(page);
}
