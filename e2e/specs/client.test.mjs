// (b) A client on a phone reads their goals, writes a diary entry shared with the coach, and sees
// in "who has viewed my data" that their coach has read their record.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, login, openPage, PHONE, screenshot, settled } from '../lib.mjs';

const CLIENT = 'client@demo.polku.fi';
const COACH = 'coach@demo.polku.fi';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Who the demo client is, and who their coach is, as the API tells them. */
async function whoIs(page) {
  return page.evaluate(async () => (await (await fetch('/api/auth/me')).json()).user);
}

test('a client on a phone follows their own path', { timeout: 180_000 }, async (t) => {
  // The coach opens the client's record first, so that the reads are in the client's access log.
  const coachPage = await openPage(browser);
  await login(coachPage, COACH);
  const coach = await whoIs(coachPage);

  const page = await openPage(browser, { viewport: PHONE });
  await login(page, CLIENT);
  const me = await whoIs(page);
  const [firstName] = me.displayName.split(' ');
  const lastName = me.displayName.split(' ').slice(1).join(' ');

  await coachPage.goto(`/clients?q=${encodeURIComponent(lastName)}`);
  await coachPage.getByRole('link', { name: `${lastName}, ${firstName}` }).click();
  await coachPage.getByRole('heading', { level: 1, name: me.displayName }).waitFor();
  await coachPage.getByRole('navigation', { name: 'Asiakkaan tiedot' }).getByRole('link', { name: 'Suunnitelma' }).click();
  await settled(coachPage);

  const diaryText = `Harjoittelin trukilla ajoa varastolla ${Date.now()}.`;

  await t.test('my path: my goals in my own words, with progress', async () => {
    await page.goto('/my');
    await page.getByRole('heading', { level: 1, name: `Hei ${firstName}!` }).waitFor();
    await settled(page);
    const goals = page.locator('#my-goals-title').locator('xpath=ancestor::section[1]');
    assert.ok((await goals.locator('.card').count()) >= 1, 'at least one goal is shown');
    await goals.getByText('Omin sanoin').first().waitFor();
    await goals.getByText(/\d\/5 – /).first().waitFor();
    await screenshot(page, 'client-01-my-path');
  });

  await t.test('my diary: write an entry and let my coach read it', async () => {
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Päiväkirjani' }).click();
    await page.getByRole('heading', { level: 1, name: 'Päiväkirjani' }).waitFor();
    await settled(page);
    await page.getByLabel('Mitä tein').fill(diaryText);
    await page.getByLabel('Miten meni').fill('Meni hyvin, jännitti vähän.');
    await page.getByLabel('Hyvä päivä', { exact: true }).check({ force: true });
    await page.getByLabel('Valmentajani saa lukea tämän merkinnän').check({ force: true });
    await page.getByRole('button', { name: 'Tallenna merkintä' }).click();
    await page.getByRole('status').filter({ hasText: 'Merkintä on tallennettu.' }).waitFor();
    const entry = page.locator('.diary-entry').filter({ hasText: diaryText });
    await entry.waitFor();
    await entry.getByText('Jaettu valmentajalle').waitFor();
    await screenshot(page, 'client-02-diary');
  });

  await t.test('the coach reads the shared entry', async () => {
    await coachPage.getByRole('navigation', { name: 'Asiakkaan tiedot' }).getByRole('link', { name: 'Päiväkirja' }).click();
    await coachPage.getByText(diaryText).waitFor();
  });

  await t.test('who has viewed my data: the coach’s reads are there', async () => {
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kuka on katsonut tietojani' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kuka on katsonut tietojani' }).waitFor();
    await settled(page);
    const coachRows = page.locator('.access-log .card').filter({ hasText: coach.displayName });
    assert.ok((await coachRows.count()) >= 2, 'the coach’s reads of the record and the plan are logged');
    await coachRows.filter({ hasText: 'katselu: asiakkaan perustiedot' }).first().waitFor();
    await coachRows.filter({ hasText: 'katselu: suunnitelma ja tavoitteet' }).first().waitFor();
    await coachRows.filter({ hasText: 'Peruste: Asiakassuhde' }).first().waitFor();
    // The client's own reads are logged too, on the ground of their own data, but shown only on request.
    assert.equal(await page.locator('.access-log .card').filter({ hasText: 'Omat tiedot' }).count(), 0);
    await page.getByLabel('Näytä myös omat katseluni').check({ force: true });
    await page.locator('.access-log .card').filter({ hasText: 'Omat tiedot' }).first().waitFor();
    await screenshot(page, 'client-03-access-log');
  });

  await t.test('my attendance and my groups fit the phone screen', async () => {
    for (const [link, heading] of [
      ['Läsnäoloni', 'Läsnäoloni'],
      ['Ryhmäni', 'Ryhmäni'],
    ]) {
      await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await settled(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${heading}: the page is ${overflow} px wider than the phone`);
      await screenshot(page, `client-04-${link === 'Läsnäoloni' ? 'attendance' : 'groups'}`);
    }
    await page.getByRole('link', { name: /Liity etänä/ }).first().waitFor();
  });

  assert.deepEqual(page.problems.filter((p) => !p.includes('401')), []);
  assert.deepEqual(coachPage.problems.filter((p) => !p.includes('401')), []);
  await coachPage.context().close();
  await page.context().close();
});
