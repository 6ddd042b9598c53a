// (d) The language menu switches the whole interface to Swedish and English, <html lang> follows,
// and a signed-in user's choice is saved to the account (it survives a reload and a new browser).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage, PASSWORD, screenshot, seriousViolations, settled } from '../lib.mjs';

const USER = 'unit_manager@demo.polku.fi';
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function pickLanguage(page, name) {
  await page.locator('.language-menu').first().click();
  await page.getByRole('menuitem', { name }).click();
}

const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);

test('the language menu switches between Finnish, Swedish and English', { timeout: 180_000 }, async (t) => {
  const page = await openPage(browser);

  await t.test('signed out: the login page in all three languages', async () => {
    await page.goto('/login');
    await page.getByRole('heading', { level: 1, name: 'Kirjaudu Polkuun' }).waitFor();
    assert.equal(await htmlLang(page), 'fi');

    await pickLanguage(page, 'Svenska (SV)');
    await page.getByRole('heading', { level: 1, name: 'Logga in i Polku' }).waitFor();
    assert.equal(await htmlLang(page), 'sv');
    await page.getByLabel('Lösenord').waitFor();
    await screenshot(page, 'language-01-login-sv');

    await pickLanguage(page, 'English (EN)');
    await page.getByRole('heading', { level: 1, name: 'Sign in to Polku' }).waitFor();
    assert.equal(await htmlLang(page), 'en');
    // Errors come in the chosen language too.
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText('This field is required.').first().waitFor();
    assert.deepEqual(await seriousViolations(page), []);
  });

  await t.test('signing in keeps the language picked on the login page', async () => {
    await page.getByLabel('Email').fill(USER);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    await settled(page);
    assert.equal(await htmlLang(page), 'en');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Find a client' }).waitFor();
    await screenshot(page, 'language-02-caseload-en');
  });

  await t.test('signed in: Swedish, saved to the account', async () => {
    await pickLanguage(page, 'Svenska (SV)');
    await page.getByRole('heading', { level: 1, name: 'Mina klienter' }).waitFor();
    assert.equal(await htmlLang(page), 'sv');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Klientsökning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klientsökning' }).waitFor();
    assert.match(await page.title(), /Klientsökning/);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Klientsökning' }).waitFor();
    await screenshot(page, 'language-03-search-sv');
    assert.deepEqual(await seriousViolations(page), []);

    // A new browser (no local storage) gets the account's language after signing in.
    const other = await openPage(browser);
    await other.goto('/login');
    await other.getByLabel('Sähköposti').fill(USER);
    await other.getByLabel('Salasana', { exact: true }).fill(PASSWORD);
    await other.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await other.getByRole('heading', { level: 1, name: 'Mina klienter' }).waitFor();
    assert.equal(await htmlLang(other), 'sv');
    await other.context().close();
  });

  await t.test('back to Finnish', async () => {
    await pickLanguage(page, 'Suomi (FI)');
    await page.getByRole('heading', { level: 1, name: 'Asiakashaku' }).waitFor();
    assert.equal(await htmlLang(page), 'fi');
    const saved = await page.evaluate(async () => (await (await fetch('/api/auth/me')).json()).user.locale);
    assert.equal(saved, 'fi');
  });

  assert.deepEqual(page.problems.filter((p) => !p.includes('401')), []);
  await page.context().close();
});
