// (issue 3) A purchaser opens a contract from the home page, drafts the invoice of the month after
// the approved one, approves it after a confirmation and downloads it as CSV, PDF and Finvoice XML,
// whose contents are checked; an anonymous visitor searches the public catalogue in Swedish and
// English and opens a service; a coach refers a client to a service from its page. axe-core on
// every page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { choose, launch, login, openPage, screenshot, seriousViolations, settled } from '../lib.mjs';

let browser;
const found = [];

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function check(page, name) {
  await settled(page);
  for (const v of await seriousViolations(page)) found.push(`${name}: ${v}`);
  await screenshot(page, `purchasing-${name}`);
}

/** Clicks a download link and returns the file's bytes and suggested name. */
async function download(page, linkName) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  const where = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(where) };
}

test('a purchaser drafts, approves and downloads a month’s invoice', { timeout: 240_000 }, async () => {
  const page = await openPage(browser, { acceptDownloads: true });
  await login(page, 'purchaser@demo.polku.fi');
  await page.getByRole('link', { name: 'Sopimukset ja kuukausilaskut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sopimukset' }).waitFor();
  await check(page, 'contracts');

  // The first contract with an approved month (the demo approves the month before last).
  const row = page.locator('table tbody tr', { hasText: 'hyväksytty' }).first();
  await row.locator('th a').click();
  await page.getByRole('heading', { level: 2, name: 'Korvausehdot' }).waitFor();
  await settled(page);
  assert.ok(await page.getByRole('table', { name: 'Tulospalkkiot siirtymän mukaan' }).first().isVisible());
  await check(page, 'contract');

  // The draft form proposes the month after the approved one.
  await page.getByRole('button', { name: 'Laske luonnos' }).click();
  await page.getByRole('heading', { level: 2, name: 'Rivit asiakkaittain' }).waitFor();
  await settled(page);
  assert.match(await page.locator('.facts').first().innerText(), /luonnos/);
  assert.ok((await page.locator('table.invoice-lines tbody tr').count()) > 0, 'the draft has lines');
  await page.getByText('Sosiaalipalvelut ovat arvonlisäverottomia').waitFor();
  const totalText = (await page.locator('.total-row td').innerText()).trim();
  await check(page, 'invoice-draft');

  // Approval asks first, then locks the invoice and gives it a number.
  await page.getByRole('button', { name: 'Hyväksy lasku' }).click();
  await page.getByText('Hyväksytty lasku lukitaan').waitFor();
  await check(page, 'invoice-confirm');
  await page.getByRole('button', { name: 'Kyllä, hyväksy ja lukitse' }).click();
  const approved = await page.getByText(/Lasku hyväksytty, numero \d+/).textContent();
  const number = /numero (\d+)/.exec(approved)[1];
  await page.getByText('Lasku on hyväksytty ja lukittu').waitFor();
  await check(page, 'invoice-approved');

  const csv = await download(page, 'Lataa CSV');
  const csvText = csv.bytes.toString('utf8');
  assert.match(csv.name, new RegExp(`-${number}\\.csv$`));
  assert.ok(csvText.startsWith('\ufeffinvoice_number;'), 'CSV header');
  const csvLines = csvText.trim().split('\r\n').slice(1);
  assert.ok(csvLines.length > 0);
  assert.ok(csvLines.every((l) => l.startsWith(`${number};`) && l.includes(';approved;')));
  // The amounts in cents add up to the total shown on the page.
  const cents = csvLines.reduce((sum, l) => sum + Number(l.split(';')[15]), 0);
  const shown = Math.round(Number(totalText.replace(/[^\d,-]/g, '').replace(',', '.')) * 100);
  assert.equal(cents, shown);

  const pdf = await download(page, 'Lataa PDF');
  assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.ok(pdf.bytes.length > 1000);

  const xml = await download(page, 'Lataa Finvoice-verkkolasku (XML)');
  const xmlText = xml.bytes.toString('utf8');
  assert.match(xmlText, /<Finvoice Version="3\.0"/);
  assert.match(xmlText, new RegExp(`<InvoiceNumber>${number}</InvoiceNumber>`));
  const totalXml = /<InvoiceTotalVatIncludedAmount AmountCurrencyIdentifier="EUR">([\d,.-]+)</.exec(xmlText);
  assert.ok(totalXml, 'the total in the Finvoice');
  assert.equal(Math.round(Number(totalXml[1].replace(',', '.')) * 100), shown);
  await page.context().close();
});

test('a purchaser tries draft terms on last year’s data', { timeout: 180_000 }, async () => {
  const page = await openPage(browser);
  await login(page, 'purchaser@demo.polku.fi');
  await page.getByRole('link', { name: 'Kokeile korvausehtoja viime vuoden tiedoilla ennen allekirjoitusta' }).click();
  await page.getByRole('heading', { level: 1, name: 'Korvausehtojen kokeilu' }).waitFor();
  await check(page, 'preview-form');
  // A wrong destination code is named by its JSON path.
  const area = page.getByLabel('Korvausehdot (JSON)');
  const good = await area.inputValue();
  await area.fill(good.replace('"work_trial"', '"hired"'));
  await page.getByRole('button', { name: 'Laske', exact: true }).click();
  await page.getByText(/outcomeBonusCents\.hired/).first().waitFor();
  await check(page, 'preview-errors');
  await area.fill(good);
  await page.getByRole('button', { name: 'Laske', exact: true }).click();
  await page.getByRole('table', { name: 'Palveluntuottajittain' }).waitFor();
  assert.ok((await page.locator('table:has(caption:text("Palveluntuottajittain")) tbody tr').count()) > 0);
  await check(page, 'preview-results');
  await page.context().close();
});

async function pickLanguage(page, name) {
  await page.locator('.language-menu').first().click();
  await page.getByRole('menuitem', { name }).click();
}

test('an anonymous visitor searches the catalogue in Swedish and English and opens a service', { timeout: 180_000 }, async () => {
  const page = await openPage(browser);
  await page.goto('/login');
  await page.getByRole('link', { name: 'Selaa palveluja kirjautumatta' }).click();
  await page.getByRole('heading', { level: 1, name: 'Palveluhaku' }).waitFor();
  await check(page, 'catalogue-fi');

  await pickLanguage(page, 'Svenska (SV)');
  await page.getByRole('heading', { level: 1, name: 'Tjänstesökning' }).waitFor();
  // Swedish words find the Swedish texts: "verkstad" is in the workshops' descriptions.
  await page.getByLabel('Sökord').fill('verkstad');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await page.waitForURL(/q=verkstad/);
  // Swedish search finds services (waits for the answer of this search, not an earlier one).
  await page.locator('.result-count', { hasText: /Hittade [1-9]\d* tjänster/ }).waitFor();
  await settled(page);
  await check(page, 'catalogue-sv-results');

  await pickLanguage(page, 'English (EN)');
  await page.getByRole('heading', { level: 1, name: 'Service search' }).waitFor();
  await page.getByLabel('Search words').fill('remote');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.waitForURL(/q=remote/);
  await page.locator('.result-count', { hasText: /[1-9]\d* services found/ }).waitFor();
  await settled(page);
  const results = page.locator('.catalogue-results > li');
  await results.first().locator('h2 a').click();
  await page.getByRole('heading', { level: 2, name: 'Remote delivery' }).waitFor();
  for (const label of ['How daily personal guidance is ensured', 'Ethical principles', 'Case example']) await page.getByText(label, { exact: true }).first().waitFor();
  await page.getByRole('heading', { level: 2, name: 'Earlier versions of the description' }).waitFor();
  await check(page, 'catalogue-service-en');
  // The choice of language stays for the next visitor of this browser only: back to Finnish.
  await pickLanguage(page, 'Suomi (FI)');
  await page.context().close();
});

test('a coach refers a client of the caseload to a service from its page', { timeout: 180_000 }, async () => {
  const page = await openPage(browser);
  await login(page, 'coach@demo.polku.fi');
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Palvelut', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Palveluhaku' }).waitFor();
  await settled(page);
  await page.locator('.catalogue-results > li h2 a').first().click();
  await page.getByRole('heading', { level: 2, name: 'Ohjaa asiakas palveluun' }).waitFor();
  await settled(page);
  const serviceName = (await page.locator('h1').innerText()).trim();
  await check(page, 'catalogue-service-coach');
  // Sending without a client names the missing field.
  await page.getByRole('button', { name: 'Ohjaa palveluun' }).click();
  await page.locator('.error-summary').waitFor();
  await check(page, 'catalogue-refer-errors');
  await choose(page, 'refer-clientId', /./);
  const client = (await page.locator('[id="refer-clientId_button"]').innerText()).trim();
  await page.getByRole('button', { name: 'Ohjaa palveluun' }).click();
  await page.getByText(`Asiakas ohjattu palveluun ${serviceName}`).waitFor();

  // The referral is on the client's record, naming the service and its provider.
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Asiakkaani' }).click();
  const [last, ...first] = client.split(' ');
  await page.getByRole('link', { name: `${last}, ${first.join(' ')}`, exact: true }).first().click();
  await page.getByRole('navigation', { name: 'Asiakkaan tiedot' }).getByRole('link', { name: 'Ohjaukset', exact: true }).click();
  await settled(page);
  await page.getByText(serviceName).first().waitFor();
  await page.context().close();
});

test('a provider’s unit manager edits a service in English, withdraws it and publishes it again', { timeout: 180_000 }, async () => {
  const page = await openPage(browser);
  await login(page, 'unit_manager@demo.polku.fi');
  await page.goto('/provider/services');
  await page.getByRole('heading', { level: 1, name: 'Organisaation palvelut' }).waitFor();
  await check(page, 'provider-services');
  await page.locator('table tbody tr').first().getByRole('link', { name: 'Muokkaa' }).click();
  await page.getByRole('heading', { level: 2, name: 'Kuvaukset' }).waitFor();
  await page.locator('label[for="service-lang-en"]').click();
  const description = page.getByLabel('Kuvaus (EN)');
  const text = `${await description.inputValue()} Updated ${Date.now()}.`;
  await description.fill(text);
  await check(page, 'provider-edit');
  await page.getByRole('button', { name: 'Tallenna palvelu' }).click();
  await page.waitForURL(/\/catalogue\/[0-9a-f-]+$/);
  // The earlier description stays in the history.
  await page.getByRole('heading', { level: 2, name: 'Kuvauksen aiemmat versiot' }).waitFor();
  assert.ok((await page.locator('details summary').count()) >= 1);
  await page.goto('/provider/services');
  await settled(page);
  const row = page.locator('table tbody tr').first();
  await row.getByRole('button', { name: /Poista julkaisusta/ }).click();
  await page.getByText(/on poistettu julkaisusta/).waitFor();
  await row.getByRole('button', { name: /Julkaise/ }).click();
  await page.getByText(/on julkaistu/).waitFor();
  await page.context().close();
});

test('no serious or critical accessibility violations on the purchasing and catalogue pages', () => {
  assert.deepEqual(found, []);
});
