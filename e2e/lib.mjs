// Shared helpers of the browser specs: the browser, signing in, the accessibility check, screenshots
// and the few Suomi.fi widgets that need more than a click (dropdowns, date fields).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export const BASE_URL = process.env.POLKU_E2E_URL ?? 'http://127.0.0.1:3000';
export const PASSWORD = process.env.POLKU_DEMO_PASSWORD ?? 'polku-demo-2026';
export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 900 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh browser context (own cookies) with one page. */
export async function openPage(browser, { viewport = DESKTOP, locale = 'fi-FI' } = {}) {
  const context = await browser.newContext({ viewport, locale, timezoneId: 'Europe/Helsinki', baseURL: BASE_URL });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.problems = problems;
  return page;
}

/** Signs in on the login page in Finnish and waits for the role's home page. */
export async function login(page, email, password = PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Salasana', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.locator('h1').first().waitFor();
}

export async function logout(page) {
  await page.getByRole('button', { name: /Kirjaudu ulos|Logga ut|Sign out/ }).click();
  await page.waitForURL('**/login');
}

/** Saves a full-page screenshot as e2e/screenshots/<name>.png. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Runs axe-core (WCAG 2.1 A and AA rules and best practices) and returns the serious and critical violations. */
export async function seriousViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Waits until no loading spinner is shown. */
export async function settled(page) {
  await page.waitForLoadState('networkidle');
  await page.locator('.loading').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
}

/** Chooses an option of a Suomi.fi Dropdown, found by the id given to the field. */
export async function choose(page, fieldId, optionText) {
  const button = page.locator(`[id="${fieldId}_button"]`);
  await button.click();
  const list = page.locator(`[id="${fieldId}-popover"]`);
  await list.getByRole('option', { name: optionText, exact: typeof optionText === 'string' }).first().click();
}

/** Types a date (d.M.yyyy) into a date field found by its id. */
export async function typeDate(page, fieldId, finnishDate) {
  const input = page.locator(`[id="${fieldId}"]`);
  await input.fill('');
  await input.fill(finnishDate);
}

/** A date n days from today as d.M.yyyy, in Helsinki. */
export function finnishDate(offsetDays = 0) {
  const now = new Date(Date.now() + offsetDays * 86_400_000);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(now);
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${Number(get('day'))}.${Number(get('month'))}.${get('year')}`;
}
