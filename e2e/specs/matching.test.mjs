// (issue 6) A client pastes a CV on "My skills and work", chooses suggested keywords (the chosen ones
// steer the next suggestions), saves the profile, shows it to one employer, and sees job and service
// suggestions with their reasons. The coach sees the profile and matches on the client's page; the
// chosen employer sees the client among the matches of its posting. Every page passes axe-core.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, login, openPage, screenshot, seriousViolations, settled } from '../lib.mjs';

const CLIENT = 'client@demo.polku.fi';
const COACH = 'coach@demo.polku.fi';
const MANAGER = 'unit_manager@demo.polku.fi';
const EMPLOYER = 'employer@demo.polku.fi';
const CV =
  'Olen tehnyt siivoustöitä toimistoissa ja kiinteistönhoitoa taloyhtiössä. Osaan lumityöt ja ruohonleikkuun. Haluaisin oppia ajamaan trukkia.';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function accessible(page, name) {
  await settled(page);
  const violations = await seriousViolations(page);
  await screenshot(page, `matching-${name}`);
  assert.deepEqual(violations, [], `${name}: axe-core found serious or critical problems`);
}

/** Calls the API as the signed-in user of the page, with the CSRF token as the web app does. */
async function call(page, method, url, body) {
  return page.evaluate(
    async ({ method, url, body }) => {
      const me = await (await fetch('/api/auth/me')).json();
      const res = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    },
    { method, url, body },
  );
}

test('a client finds work and services from a pasted CV', { timeout: 300_000 }, async (t) => {
  const page = await openPage(browser);
  await login(page, CLIENT);
  const me = (await call(page, 'GET', '/api/auth/me')).body.user;
  const record = (await call(page, 'GET', `/api/clients/${me.clientId}`)).body;

  // A provider publishes a service meant for people like the client (the demo has no catalogue).
  const manager = await openPage(browser);
  await login(manager, MANAGER);
  const created = await call(manager, 'POST', '/api/catalogue/services', {
    kind: 'job_coaching',
    deliveryMode: 'onsite',
    municipalityCodes: [record.municipalityCode],
    languages: ['fi'],
    targetFactors: record.backgroundFactors.map((f) => f.factor),
    texts: {
      name: { fi: 'Työhönvalmennus kiinteistöalalle' },
      description: { fi: 'Valmennusta kiinteistö- ja siivousalan töihin.' },
    },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal((await call(manager, 'POST', `/api/catalogue/services/${created.body.id}/publish`, {})).status, 200);

  await t.test('paste a CV and see suggestions with the words that triggered them', async () => {
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Osaamiseni ja työ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Osaamiseni ja työ' }).waitFor();
    await page.getByText('Tämä palvelu käyttää Euroopan komission ESCO-luokitusta.').waitFor();
    await accessible(page, '01-empty');
    await page.getByLabel('Ansioluettelo tai oma kuvaus').fill(CV);
    await page.getByRole('button', { name: 'Ehdota avainsanoja' }).click();
    const occupations = page.locator('fieldset', { has: page.getByRole('heading', { name: 'Ehdotetut ammatit' }) });
    await occupations.getByText('kiinteistönhoitaja', { exact: true }).waitFor();
    await occupations.getByText('siivooja', { exact: true }).waitFor();
    await page.getByText(/Sanat tekstissäsi: .*kiinteistönhoitoa/).first().waitFor();
    const aspirations = page.locator('fieldset', { has: page.getByRole('heading', { name: 'Mitä haluaisit oppia' }) });
    await aspirations.getByText('trukin ajaminen', { exact: true }).waitFor();
    await accessible(page, '02-suggestions');
  });

  await t.test('choose keywords; the chosen ones steer the next suggestions', async () => {
    const occupations = page.locator('fieldset', { has: page.getByRole('heading', { name: 'Ehdotetut ammatit' }) });
    const skills = page.locator('fieldset', { has: page.getByRole('heading', { name: 'Ehdotetut osaamiset' }) });
    const aspirations = page.locator('fieldset', { has: page.getByRole('heading', { name: 'Mitä haluaisit oppia' }) });
    await occupations.getByLabel('kiinteistönhoitaja', { exact: true }).check({ force: true });
    await occupations.getByLabel('siivooja', { exact: true }).check({ force: true });
    await skills.getByLabel('lumityöt', { exact: true }).check({ force: true });
    await aspirations.getByLabel('trukin ajaminen', { exact: true }).check({ force: true });
    const chosen = page.locator('#keywords-title').locator('xpath=ancestor::section[1]');
    await chosen.getByRole('list', { name: 'Ammatit' }).getByText('kiinteistönhoitaja').waitFor();
    await chosen.getByRole('list', { name: /Toiveet/ }).getByText('trukin ajaminen').waitFor();
    await page.getByRole('button', { name: 'Ehdota uudelleen valintojeni perusteella' }).click();
    // Chosen keywords are not suggested again.
    await occupations.getByLabel('kiinteistönhoitaja', { exact: true }).waitFor({ state: 'detached' });
    await settled(page);
    assert.ok((await occupations.locator('input[type=checkbox]').count()) > 0, 'other occupations are still offered');
  });

  await t.test('save the profile and show it to one employer', async () => {
    await page.getByRole('group', { name: 'Työaika' }).getByLabel('Kokoaikatyö').check({ force: true });
    await page.getByRole('button', { name: 'Tallenna profiili' }).click();
    await page.getByText('Profiili tallennettu.').waitFor();
    await page.getByLabel('Valitsemilleni työnantajille').check({ force: true });
    await page.getByRole('group', { name: 'Työnantajat, jotka näkevät profiilin' }).getByLabel('Pirkanmaan Kiinteistöhuolto Oy').check({ force: true });
    await page.getByRole('button', { name: 'Tallenna näkyvyys' }).click();
    await page.getByText('Näkyvyys tallennettu.').waitFor();
  });

  await t.test('see job and service suggestions with their reasons', async () => {
    const jobs = page.locator('#jobs-title').locator('xpath=ancestor::section[1]');
    await jobs.getByRole('heading', { level: 3, name: 'Kiinteistönhoitaja' }).first().waitFor();
    await jobs.getByText(/Ammatti sama: kiinteistönhoitaja/).first().waitFor();
    await jobs.getByText(/Sopivuus \d+ %/).first().waitFor();
    const services = page.locator('#services-title').locator('xpath=ancestor::section[1]');
    await services.getByRole('heading', { level: 3, name: 'Työhönvalmennus kiinteistöalalle' }).waitFor();
    await services.getByText(/Tarkoitettu ryhmälle:/).first().waitFor();
    await accessible(page, '03-matches');
    assert.deepEqual(page.problems.filter((p) => !p.includes('401')), []);
  });

  await t.test('the coach sees the profile and matches on the client’s page', async () => {
    const coach = await openPage(browser);
    await login(coach, COACH);
    await coach.goto(`/clients/${me.clientId}/work`);
    await coach.getByRole('heading', { level: 1, name: me.displayName }).waitFor();
    await settled(coach);
    const chosen = coach.locator('#keywords-title').locator('xpath=ancestor::section[1]');
    await chosen.getByText('kiinteistönhoitaja').waitFor();
    await coach.getByText('Vain asiakas itse voi muuttaa profiilin näkyvyyttä.').waitFor();
    await coach.locator('#needs-title').waitFor();
    await accessible(coach, '04-coach');
    assert.deepEqual(coach.problems.filter((p) => !p.includes('401')), []);
  });

  await t.test('the chosen employer sees the client among the matches of its posting', async () => {
    const employer = await openPage(browser);
    await login(employer, EMPLOYER);
    await employer.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Työpaikkailmoitukset' }).click();
    await employer.getByRole('heading', { level: 1, name: 'Työpaikkailmoitukset' }).waitFor();
    await accessible(employer, '05-employer-postings');
    await employer.getByRole('button', { name: 'Lisää ilmoitus' }).click();
    await employer.getByLabel('Otsikko').waitFor();
    await accessible(employer, '06-employer-new');
    await employer.getByRole('link', { name: 'Kiinteistönhoitaja' }).first().click();
    await employer.getByRole('heading', { level: 1, name: 'Kiinteistönhoitaja' }).waitFor();
    const seekers = employer.locator('#seekers-title').locator('xpath=ancestor::section[1]');
    const [first] = me.displayName.split(' ');
    await seekers.getByRole('heading', { level: 3, name: new RegExp(`^${first} `) }).waitFor();
    await accessible(employer, '07-employer-matches');
    assert.deepEqual(employer.problems.filter((p) => !p.includes('401')), []);
  });
});
