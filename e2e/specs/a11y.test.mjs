// (c) Every page, in its usual states (forms open, errors shown), passes axe-core with no serious or
// critical violations, on a desktop and on a phone; the skip link is the first stop for the keyboard.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { choose, launch, login, openPage, PHONE, screenshot, seriousViolations, settled } from '../lib.mjs';

let browser;
const found = [];

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Checks the page as it is now and remembers what failed, so one run lists every page's problems. */
async function check(page, name) {
  await settled(page);
  const violations = await seriousViolations(page);
  for (const v of violations) found.push(`${name}: ${v}`);
  await screenshot(page, `a11y-${name}`);
  return violations;
}

async function clickNav(page, name) {
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name, exact: true }).click();
  await page.locator('h1').first().waitFor();
}

async function clientTab(page, name) {
  await page.getByRole('navigation', { name: 'Asiakkaan tiedot' }).getByRole('link', { name, exact: true }).click();
  await settled(page);
}

test('signed out: login, wrong password, unknown page', { timeout: 120_000 }, async () => {
  const page = await openPage(browser);
  await page.goto('/login');
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The first Tab stop is the skip link, and it shows when focused.
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute('href') }));
  assert.deepEqual(focused, { text: 'Siirry sisältöön', href: '#main' });
  await check(page, 'login');

  await page.getByLabel('Sähköposti').fill('coach@demo.polku.fi');
  await page.getByLabel('Salasana', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Sähköpostiosoite tai salasana on väärin.' }).waitFor();
  await check(page, 'login-wrong-password');

  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await page.getByText('Tämä tieto on pakollinen.').first().waitFor();
  await check(page, 'login-empty');

  // Throttling: after five failures for one address the sixth attempt is refused for a while.
  // (An address without an account, so that no one is locked out of the other specs.)
  for (let attempt = 1; attempt <= 6; attempt += 1) {
    await page.getByLabel('Sähköposti').fill('nobody@example.fi');
    await page.getByLabel('Salasana', { exact: true }).fill(`wrong-${attempt}`);
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).waitFor();
    await page.getByRole('alert').filter({ hasText: /väärin|Liian monta/ }).waitFor();
  }
  await page.getByRole('alert').filter({ hasText: /Liian monta epäonnistunutta yritystä\. Yritä uudelleen (minuutin|\d+ minuutin) kuluttua\./ }).waitFor();
  await check(page, 'login-throttled');

  await page.goto('/no-such-page');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await check(page, 'not-found');
  await page.context().close();
});

test('coach pages', { timeout: 300_000 }, async () => {
  const page = await openPage(browser);
  await login(page, 'coach@demo.polku.fi');
  await check(page, 'coach-caseload');
  await page.getByLabel(/ei suunnitelmaa/).check({ force: true });
  await check(page, 'coach-caseload-filtered');

  await clickNav(page, 'Asiakashaku');
  await check(page, 'coach-client-search');
  await page.getByRole('searchbox').fill('nen');
  await page.getByRole('searchbox').press('Enter');
  await page.getByRole('table').waitFor();
  await check(page, 'coach-client-search-results');

  await clickNav(page, 'Uusi asiakas');
  await check(page, 'coach-new-client');
  await page.getByRole('button', { name: 'Tallenna asiakas' }).click();
  await page.locator('.error-summary').waitFor();
  await check(page, 'coach-new-client-errors');

  // A client with plenty of data: the first one in the caseload.
  await clickNav(page, 'Asiakkaani');
  await settled(page);
  await page.locator('.card-list .card-title').first().click();
  await page.getByRole('navigation', { name: 'Asiakkaan tiedot' }).waitFor();
  await check(page, 'coach-client-overview');
  await page.getByRole('button', { name: 'Muokkaa' }).click();
  await check(page, 'coach-client-overview-edit');

  await clientTab(page, 'Alkukartoitus');
  await check(page, 'coach-client-intake');

  await clientTab(page, 'Palvelujaksot');
  await check(page, 'coach-client-periods');
  await page.getByRole('button', { name: 'Aloita palvelujakso' }).click();
  await check(page, 'coach-client-period-start-form');
  await page.getByRole('button', { name: 'Aloita jakso' }).click();
  await page.locator('.error-summary').waitFor();
  await check(page, 'coach-client-period-start-errors');
  await page.getByRole('button', { name: 'Peruuta' }).first().click();
  const end = page.getByRole('button', { name: 'Päätä palvelujakso' });
  if (await end.count()) {
    await end.first().click();
    await check(page, 'coach-client-period-end-form');
  }

  await clientTab(page, 'Suunnitelma');
  await check(page, 'coach-client-plan');
  await page.getByRole('button', { name: 'Lisää tavoite' }).click();
  await check(page, 'coach-client-plan-add-goal');
  await page.getByRole('button', { name: 'Peruuta' }).first().click();
  const assess = page.getByRole('button', { name: 'Arvioi edistyminen' });
  if (await assess.count()) {
    await assess.first().click();
    await page.locator('details.assessments summary').first().click();
    await check(page, 'coach-client-plan-assessment');
  }

  await clientTab(page, 'Päiväkirja');
  const comment = page.getByRole('button', { name: 'Kommentoi' });
  if (await comment.count()) await comment.first().click();
  await check(page, 'coach-client-diary');

  await clientTab(page, 'Läsnäolo');
  await check(page, 'coach-client-attendance');
  await page.getByRole('button', { name: 'Edellinen kuukausi' }).click();
  await check(page, 'coach-client-attendance-previous-month');

  await clientTab(page, 'Työpaikkajaksot');
  await page.getByRole('button', { name: 'Lisää työpaikkajakso' }).click();
  await check(page, 'coach-client-placements');

  await clientTab(page, 'Lainalaitteet');
  await page.getByRole('button', { name: 'Kirjaa laina' }).click();
  await check(page, 'coach-client-devices');

  await clientTab(page, 'Ohjaukset');
  await page.getByRole('button', { name: 'Kirjaa ohjaus' }).click();
  await check(page, 'coach-client-referrals');

  await clickNav(page, 'Ryhmät');
  await check(page, 'coach-groups');
  await page.getByRole('link', { name: 'Perusta ryhmä' }).click();
  await page.locator('h1').waitFor();
  await choose(page, 'new-group-kind', 'Nuorten ryhmä (18–29 v.)');
  await page.getByLabel('Etäpalvelu', { exact: true }).check({ force: true });
  await check(page, 'coach-new-group');

  await clickNav(page, 'Ryhmät');
  await settled(page);
  await page.locator('.card-list .card-heading a').first().click();
  await page.getByRole('heading', { name: 'Ryhmän läsnäolo' }).waitFor();
  await page.getByRole('searchbox').fill('nen');
  await page.getByRole('searchbox').press('Enter');
  await check(page, 'coach-group');

  await clickNav(page, 'Työnantajat');
  await check(page, 'coach-employers');
  await page.getByRole('button', { name: 'Lisää työnantaja' }).click();
  await check(page, 'coach-employers-add');
  await page.getByRole('button', { name: 'Peruuta' }).click();
  await page.locator('table a').first().click();
  await page.getByRole('heading', { name: 'Työvoimatarpeet' }).waitFor();
  await page.getByRole('button', { name: 'Kirjaa yhteydenotto' }).click();
  await check(page, 'coach-employer');
  await page.context().close();
});

test('staff pages fit a 375 px wide phone', { timeout: 180_000 }, async () => {
  const page = await openPage(browser, { viewport: PHONE });
  await login(page, 'coach@demo.polku.fi');
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const wide = [];
  for (const path of ['/caseload', '/clients?q=a', '/clients/new', '/groups', '/groups/new', '/employers']) {
    await page.goto(path);
    await page.locator('h1').first().waitFor();
    await settled(page);
    if ((await overflow()) > 0) wide.push(path);
  }
  await page.goto('/caseload');
  await settled(page);
  await page.locator('.card-list .card-title').first().click();
  for (const tab of ['Perustiedot', 'Alkukartoitus', 'Palvelujaksot', 'Suunnitelma', 'Päiväkirja', 'Läsnäolo', 'Työpaikkajaksot', 'Lainalaitteet', 'Ohjaukset']) {
    await clientTab(page, tab);
    if ((await overflow()) > 0) wide.push(tab);
  }
  await screenshot(page, 'phone-coach-referrals');
  await page.goto('/groups');
  await settled(page);
  await page.locator('.card-list .card-heading a').first().click();
  await page.getByRole('heading', { name: 'Ryhmän läsnäolo' }).waitFor();
  await settled(page);
  if ((await overflow()) > 0) wide.push('group');
  await screenshot(page, 'phone-coach-group');
  assert.deepEqual(wide, [], 'pages wider than the phone');
  await page.context().close();
});

test('unit manager: the client access log', { timeout: 120_000 }, async () => {
  const page = await openPage(browser);
  await login(page, 'unit_manager@demo.polku.fi');
  await check(page, 'manager-caseload');
  await page.locator('.card-list .card-title').first().click();
  await page.getByRole('navigation', { name: 'Asiakkaan tiedot' }).waitFor();
  await clientTab(page, 'Käyttöloki');
  await page.getByRole('table').waitFor();
  await check(page, 'manager-client-access-log');
  await page.context().close();
});

test('client pages on a phone', { timeout: 120_000 }, async () => {
  const page = await openPage(browser, { viewport: PHONE });
  await login(page, 'client@demo.polku.fi');
  await check(page, 'client-my-path');
  await page.getByRole('button', { name: 'Ehdota tavoitetta' }).click();
  await check(page, 'client-my-path-propose');
  for (const link of ['Päiväkirjani', 'Läsnäoloni', 'Ryhmäni', 'Kuka on katsonut tietojani']) {
    await clickNav(page, link);
    await check(page, `client-${link.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '-')}`);
  }
  await clickNav(page, 'Päiväkirjani');
  await page.getByRole('button', { name: 'Tallenna merkintä' }).click();
  await page.locator('.error-summary').waitFor();
  await check(page, 'client-diary-errors');
  await page.context().close();
});

test('the purchaser’s and the admin’s home pages', { timeout: 120_000 }, async () => {
  for (const role of ['purchaser', 'admin']) {
    const page = await openPage(browser);
    await login(page, `${role}@demo.polku.fi`);
    await check(page, `${role}-home`);
    if (role === 'purchaser') {
      assert.equal(new URL(page.url()).pathname, '/home');
      // Their menu has their own tools (effectiveness, surveys), and nothing that leads to client data.
      const hrefs = await page.locator('nav[aria-label="Päävalikko"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.deepEqual(hrefs, ['/home', '/analytics', '/surveys']);
      assert.deepEqual(hrefs.filter((h) => /^\/(clients|caseload|my|groups|employers)(\/|$)/.test(h)), []);
    }
    await page.context().close();
  }
});

test('no serious or critical accessibility violations on any page', () => {
  assert.deepEqual(found, []);
});
