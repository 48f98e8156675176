// Teams and people in Debian's Firefox ESR (puppeteer-core, WebDriver BiDi), through the page:
// open a data file with a confidential record (made by the test, outside the browser), say
// who you are, add a person, team, role and value with typed HTML, edit and see the history,
// unlock the confidential record (a wrong passphrase first), change it and the passphrase,
// and save by download. Prints one JSON object; the pytest side judges it.
//   node firefox_register.mjs FILE_URL DATA_FILE JSON_ARGS [FIREFOX]
import puppeteer from "puppeteer-core";
import { go, setValue } from "./firefox_steps.mjs";
import { KEEP_DOWNLOADS } from "./firefox_downloads.mjs";

const [fileUrl, dataFile, argsJson, executablePath = "/usr/bin/firefox-esr"] =
  process.argv.slice(2);
const { payload, note, team, passphrase, newSecret, newPassphrase } = JSON.parse(argsJson);
const report = { errors: [], console: [] };

const browser = await puppeteer.launch({
  browser: "firefox", executablePath, headless: true, protocol: "webDriverBiDi",
});

async function submit(page, form) {
  await page.click(`${form} button[type="submit"]`);
}

async function add(page, kind, fields) {
  await go(page, `#people/new-${kind}`);
  const form = `form[data-form="create"][data-kind="${kind}"]`;
  await page.waitForSelector(form);
  for (const [name, value] of Object.entries(fields)) {
    await setValue(page, `${form} [name="${name}"]`, value);
  }
  await submit(page, form);
  await page.waitForSelector(`[data-record-page][data-kind="${kind}"]`);
  return page.$eval("[data-record-page]", (e) => e.dataset.recordPage);
}

try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => report.errors.push(String(error).slice(0, 500)));
  page.on("console", (message) => report.console.push(message.text()));
  await page.evaluateOnNewDocument(KEEP_DOWNLOADS);
  await page.goto(fileUrl);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', { timeout: 120000 });
  const [chooser] = await Promise.all([
    page.waitForFileChooser({ timeout: 30000 }),
    page.click('.empty-state [data-action="open-file"]'),
  ]);
  await chooser.accept([dataFile]);
  await page.waitForSelector("[data-file-name]", { timeout: 30000 });

  // Who am I
  await go(page, "#people/me");
  await page.waitForSelector('form[data-form="add-me"]');
  await setValue(page, 'form[data-form="add-me"] [name="name"]', "Fenna Firefox");
  await submit(page, 'form[data-form="add-me"]');
  await page.waitForFunction(() => document.querySelector('[data-me]').textContent.includes('Fenna Firefox'));
  report.me = await page.$eval("[data-me]", (e) => e.textContent.trim());

  // The register, with typed HTML in every field
  const person = await add(page, "person", { name: payload, does: payload, contact: payload });
  const newTeam = await add(page, "team", { name: payload, purpose: payload, meets: payload,
                                            clients: payload, training: payload });
  const role = await add(page, "role", { name: payload, purpose: payload,
                                         accountable_for: payload, term_ends: "2020-01-01" });
  const value = await add(page, "value", { name: payload, description: payload });
  report.names = [];
  for (const id of [person, newTeam, role, value]) {
    await go(page, `#people/${id}`);
    await page.waitForSelector(`[data-record-page="${id}"]`);
    report.names.push(await page.$eval("[data-record-name]", (e) => e.firstChild.textContent.trim()));
  }
  await go(page, `#people/${person}`);
  await page.waitForSelector(`[data-record-page="${person}"]`);
  await setValue(page, 'form[data-form="update"] [name="does"]', "planner");
  await submit(page, 'form[data-form="update"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-history] [data-version]').length === 2);
  report.historyNewest = await page.$eval("[data-history] [data-version] [data-value]", (e) => e.textContent);
  report.historyWho = await page.$eval("[data-history] [data-version] [data-who]", (e) => e.textContent);
  await go(page, "#dashboard");
  await page.waitForSelector(`[data-reminder="${role}"]`);
  report.reminded = true;
  report.openness = await page.$eval("[data-open-percent]", (e) => e.textContent);

  // Recent changes, delete (asked first), and picking someone else as me
  await go(page, "#changes");
  await page.waitForSelector("[data-changes] tr[data-change]");
  report.newestChange = await page.$eval("[data-changes] tr[data-change]", (e) => e.textContent);
  page.on("dialog", (dialog) => dialog.accept());
  await go(page, `#people/${value}`);
  await page.waitForSelector(`[data-record-page="${value}"]`);
  await page.click('[data-action="delete-record"]');
  await page.waitForSelector("[data-done]");
  report.valueRowsAfterDelete = await page.$$eval(`[data-list="value"] tr[data-record="${value}"]`,
                                                  (rows) => rows.length);
  report.otherValueRows = await page.$$eval('[data-list="value"] tr[data-record]', (r) => r.length);
  await go(page, "#people/me");
  await page.waitForSelector('form[data-form="pick-me"]');
  const other = await page.$eval('form[data-form="pick-me"] option:not([value=""]):not([selected])',
                                 (o) => ({ value: o.value, name: o.textContent.trim() }));
  await page.select('form[data-form="pick-me"] select', other.value);
  await submit(page, 'form[data-form="pick-me"]');
  await page.waitForFunction((n) => document.querySelector("[data-me]").textContent.includes(n), {}, other.name);
  report.pickedOther = other.name;

  // The confidential record made outside the browser
  await go(page, `#people/${note}`);
  await page.waitForSelector("[data-locked]");
  report.lockedHtmlHasSecret = (await page.content()).includes("ZEER GEHEIM");
  await setValue(page, 'form[data-form="unlock"] [name="passphrase"]', "not the passphrase");
  await submit(page, 'form[data-form="unlock"]');
  await page.waitForSelector("[data-form-error]", { timeout: 60000 });
  report.wrongPassphrase = await page.$eval("[data-form-error]", (e) => e.textContent);
  await setValue(page, 'form[data-form="unlock"] [name="passphrase"]', passphrase);
  await submit(page, 'form[data-form="unlock"]');
  await page.waitForSelector('form[data-form="update"] [name="body"]', { timeout: 60000 });
  report.unlockedBody = await page.$eval('form[data-form="update"] [name="body"]', (e) => e.value);
  await setValue(page, 'form[data-form="update"] [name="body"]', newSecret);
  await submit(page, 'form[data-form="update"]');
  await page.waitForSelector("[data-done]");
  await go(page, `#people/${team}`);
  await page.waitForSelector("[data-unlocked]");
  await setValue(page, 'form[data-form="passphrase"] [name="new_passphrase"]', newPassphrase);
  await setValue(page, 'form[data-form="passphrase"] [name="repeat_passphrase"]', newPassphrase);
  await submit(page, 'form[data-form="passphrase"]');
  await page.waitForSelector("[data-done]", { timeout: 60000 });
  report.changed = await page.$eval("[data-done]", (e) => e.textContent);

  await page.click('[data-action="save"]');
  await page.waitForFunction(() => window.downloadedBlobs.length > 0, { timeout: 30000 });
  report.downloaded = await page.evaluate("window.downloadedBlobs[0].text()");
  report.hacked = await page.evaluate("window.hacked === undefined ? null : window.hacked");
  report.injected = await page.evaluate("document.querySelectorAll('#app img, #app script').length");
  report.storage = await page.evaluate(`(async () => {
    const parts = [JSON.stringify(Object.assign({}, localStorage))];
    for (const key of await trustworkFiles.storeKeys('')) parts.push(String(await trustworkFiles.storeGet(key)));
    return parts.join('\\n');
  })()`);
} catch (error) {
  report.errors.push(String(error && error.stack ? error.stack : error).slice(0, 2000));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
