// Effectiveness dashboards in the browser: every view opens for its roles and passes axe-core, the
// exports download with real content, the model can be refitted, the profile saved, and the public
// summary works without signing in, with small groups hidden.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { choose, launch, login, openPage, PHONE, screenshot, seriousViolations, settled } from '../lib.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A page whose failed API calls are remembered (the session probe before signing in answers 401 by design). */
async function open(options) {
  const page = await openPage(browser, options);
  page.failedCalls = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && url.pathname.startsWith('/api/') && url.pathname !== '/api/auth/me') page.failedCalls.push(`${response.status()} ${url.pathname}${url.search}`);
  });
  return page;
}

async function check(page, name) {
  await settled(page);
  const violations = await seriousViolations(page);
  await screenshot(page, `analytics-${name}`);
  assert.deepEqual(violations, [], `${name}: ${violations.join('\n')}`);
  assert.deepEqual(page.failedCalls, [], `${name}: failed API calls`);
  const pageErrors = page.problems.filter((p) => !p.includes('Failed to load resource'));
  assert.deepEqual(pageErrors, [], `${name}: ${pageErrors.join('\n')}`);
}

/** Clicks a download link and returns the file's bytes. */
async function download(page, link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return readFileSync(await file.path());
}

const MEASURES = ['Siirtymäaste', 'Siirtymät suhteessa asiakkaisiin', 'Pysyvyys', 'Aika tulokseen', 'Tavoitekäytännöt', 'Läsnäolo', 'Asiakasmäärä valmentajaa kohden'];

test('the purchaser’s dashboard, its exports and the council report', { timeout: 300_000 }, async () => {
  const page = await open();
  await login(page, 'purchaser@demo.polku.fi');
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Vaikuttavuus', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Vaikuttavuus' }).waitFor();
  for (const name of MEASURES) await page.getByRole('heading', { level: 2, name }).waitFor();
  // Every chart has a table with the same numbers beside it.
  const transitions = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Siirtymäaste' }) });
  await transitions.locator('svg[role="img"]').waitFor();
  await transitions.locator('table').first().waitFor();
  await check(page, 'purchaser-dashboard');

  const csv = (await download(page, transitions.getByRole('link', { name: 'Lataa CSV' }))).toString('utf8');
  assert.match(csv, /^\ufeffRyhmä;Asiakkaita;Lukumäärä;n;Osuus/);
  assert.match(csv, /Yhteensä;\d+;\d+;\d+;/);
  const xlsx = await download(page, transitions.getByRole('link', { name: 'Lataa XLSX' }));
  assert.equal(xlsx.subarray(0, 2).toString('latin1'), 'PK');
  const pdf = await download(page, page.getByRole('link', { name: 'Raportti valtuustolle (PDF)' }));
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match(pdf.toString('latin1'), /Siirtym.aste/);

  await choose(page, 'analytics-by', 'Palveluntuottaja');
  await page.waitForURL(/by=provider/);
  await transitions.locator('table').first().locator('tbody tr').nth(2).waitFor();
  const rows = await transitions.locator('table').first().locator('tbody tr').count();
  assert.ok(rows >= 3, `expected a row per provider and the total, got ${rows}`);
  await check(page, 'purchaser-by-provider');

  // The counted destinations are the user's choice; the definition above the chart follows it.
  await page.getByText('Mitkä jatkot lasketaan siirtymiksi?').click();
  await page.locator('[id="analytics-counted-pay_subsidised_work"]').click({ force: true });
  await page.waitForURL(/counted=open_employment%2Cpay_subsidised_work%2Cwork_trial%2Ceducation/);
  await transitions.getByText(/Laskettu jatko: .*Palkkatukityö/).waitFor();
  await check(page, 'purchaser-counted');
  await page.context().close();
});

test('fair comparison, hypotheses and the municipal profile', { timeout: 300_000 }, async () => {
  const page = await open();
  await login(page, 'purchaser@demo.polku.fi');
  await page.goto('/analytics/fairness');
  await page.getByRole('heading', { level: 1, name: /Reilu vertailu/ }).waitFor();
  await page.getByRole('button', { name: 'Sovita malli uudelleen' }).click();
  await page.getByRole('table', { name: /Kertoimet/ }).waitFor({ timeout: 60_000 });
  await page.getByText('Ehdotetut riskipainot sopimukseen').waitFor();
  await check(page, 'fairness');

  await page.getByRole('navigation', { name: 'Vaikuttavuuden näkymät' }).getByRole('link', { name: 'Tutkimuksen oletukset' }).click();
  await page.getByRole('heading', { level: 2, name: /Tavoitteet asetetaan avoimesti/ }).waitFor();
  await page.getByText('Vetosuhde vakioituna asiakkaan ominaisuuksilla').first().waitFor();
  await check(page, 'hypotheses');

  await page.getByRole('navigation', { name: 'Vaikuttavuuden näkymät' }).getByRole('link', { name: 'Kuntaprofiili' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kuntaprofiili' }).waitFor();
  await page.locator('[id="profile-strategic_placement-4"]').check({ force: true });
  await page.locator('[id="profile-unemployed_seen_as-3"]').check({ force: true });
  await page.getByRole('button', { name: 'Tallenna arvio' }).click();
  await page.getByRole('status').filter({ hasText: /arvio tallennettu/ }).waitFor();
  await page.getByRole('region', { name: 'Arviot vuosittain' }).locator('tbody tr').first().waitFor();
  await check(page, 'profile');
  await page.context().close();
});

test('the unit manager’s and the coach’s dashboards', { timeout: 300_000 }, async () => {
  for (const role of ['unit_manager', 'coach']) {
    const page = await open();
    await login(page, `${role}@demo.polku.fi`);
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Vaikuttavuus', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Siirtymäaste' }).waitFor();
    await check(page, `${role}-dashboard`);
    await page.context().close();
  }
});

test('the researcher sees suppressed aggregates only', { timeout: 300_000 }, async () => {
  const page = await open();
  await login(page, 'researcher@demo.polku.fi');
  await page.goto('/analytics?by=provider');
  await page.getByText(/näytetään muodossa ”< 5”/).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Siirtymäaste' }).waitFor();
  await check(page, 'researcher-dashboard');
  await page.context().close();
});

test('the public summary needs no sign-in and works on a phone', { timeout: 300_000 }, async () => {
  const page = await open({ viewport: PHONE });
  await page.goto('/public/summary');
  await page.getByRole('heading', { level: 1, name: /julkinen yhteenveto/ }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Siirtymäaste' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Aika tulokseen' }).waitFor();
  await check(page, 'public-summary');
  await page.context().close();
});
