// The steps the Firefox journeys share (puppeteer-core over WebDriver BiDi): follow an
// address inside the open page, set a control's value, and read a record page or a text.

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
