// Surveys end to end: a unit manager builds a survey in the builder (Likert, 0–10, a required
// choice and a question shown only after a certain answer), opens a round and gets its link and QR
// code; a respondent answers on a phone-sized screen (errors shown, answers saved and restored after
// a reload, then sent); after more answers the manager reads the results. axe-core on every page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { choose, finnishDate, launch, login, openPage, screenshot, seriousViolations, settled, typeDate } from '../lib.mjs';

const MANAGER = 'unit_manager@demo.polku.fi';
const PHONE_390 = { width: 390, height: 844 };

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function axe(page, name) {
  await settled(page);
  const violations = await seriousViolations(page);
  await screenshot(page, `surveys-${name}`);
  assert.deepEqual(violations, [], `${name}: ${violations.join('\n')}`);
}

const id = (path) => `survey-editor-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

test('build a survey, answer it on a phone and read the results', { timeout: 300_000 }, async (t) => {
  const page = await openPage(browser);
  await login(page, MANAGER);
  const title = `Etäpalvelun pikakysely ${Date.now()}`;
  let link;

  await t.test('the builder: four kinds of question and a condition', async () => {
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kyselyt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kyselyt' }).waitFor();
    await axe(page, '01-list');
    await page.getByRole('link', { name: 'Uusi kysely' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uusi kysely' }).waitFor();
    await page.locator(`[id="${id('title.fi')}"]`).fill(title);

    // 1: Likert (the default type) with labels at the ends.
    await page.locator(`[id="${id('definition.questions.0.text.fi')}"]`).fill('Palvelu auttoi minua');
    await page.locator(`[id="${id('definition.questions.0.labels')}"]`).fill('Ei lainkaan | Erittäin paljon');
    // 2: recommendation 0–10.
    await page.getByRole('button', { name: 'Lisää kysymys' }).click();
    await choose(page, id('definition.questions.1.type'), 'Suositteluasteikko 0–10');
    await page.locator(`[id="${id('definition.questions.1.text.fi')}"]`).fill('Suosittelisitko palvelua ystävällesi?');
    // 3: a required single choice.
    await page.getByRole('button', { name: 'Lisää kysymys' }).click();
    await choose(page, id('definition.questions.2.type'), 'Yksi vaihtoehto');
    await page.locator(`[id="${id('definition.questions.2.text.fi')}"]`).fill('Jatkaisitko etänä?');
    await page.locator(`[id="${id('definition.questions.2.options')}"]`).fill('kylla = Kyllä\nei = En');
    await page.locator('[id="survey-editor-2-required"]').check({ force: true });
    // 4: long text shown only to those who would not continue.
    await page.getByRole('button', { name: 'Lisää kysymys' }).click();
    await choose(page, id('definition.questions.3.type'), 'Pitkä teksti');
    await page.locator(`[id="${id('definition.questions.3.text.fi')}"]`).fill('Miksi et jatkaisi?');
    await choose(page, id('definition.questions.3.showIf.code'), 'Q3: Jatkaisitko etänä?');
    await page.locator(`[id="${id('definition.questions.3.showIf.value')}"]`).fill('ei');
    await axe(page, '02-builder');
    await page.getByRole('button', { name: 'Luo kysely' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('4 kysymystä, 4 osiota').waitFor();
  });

  await t.test('a round with its open link and QR code', async () => {
    await typeDate(page, 'new-round-form-closesOn', finnishDate(14));
    await page.getByRole('button', { name: 'Avaa kierros', exact: true }).click();
    const box = page.locator('.link-box a').first();
    await box.waitFor();
    link = await box.getAttribute('href');
    assert.match(link, /\/answer\/[A-Za-z0-9_-]{20,}$/);
    await page.getByRole('img', { name: 'QR-koodi vastauslinkistä' }).waitFor();
    await axe(page, '03-round');
  });

  const phone = await openPage(browser, { viewport: PHONE_390 });
  await t.test('answering on a phone: errors, saving as one goes, resuming after a reload', async () => {
    await phone.goto(link);
    await phone.getByRole('heading', { level: 1, name: title }).waitFor();
    await axe(phone, '04-answer');
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no sideways scrolling on a phone (page is ${width} px wide)`);

    await phone.getByLabel('5 Erittäin paljon').check();
    await phone.locator('#q-Q2').getByLabel('9', { exact: true }).check();
    await phone.getByRole('button', { name: 'Lähetä vastaus' }).click();
    await phone.getByRole('alert').getByText('Tarkista vastaukset (1)').waitFor();
    await axe(phone, '05-answer-errors');
    // The link in the summary leads to the question.
    await phone.getByRole('alert').getByRole('link').first().click();

    assert.equal(await phone.getByLabel('Miksi et jatkaisi?').count(), 0, 'the follow-up is hidden until "En" is chosen');
    await phone.getByLabel('En', { exact: true }).check();
    await phone.getByLabel('Miksi et jatkaisi?').fill('Kaipaan ihmisiä ympärilleni.');
    await phone.getByRole('status').filter({ hasText: 'Vastaukset tallennettu.' }).waitFor();

    await phone.reload();
    await phone.getByRole('status').filter({ hasText: 'Aiemmin tallennetut vastauksesi on palautettu.' }).waitFor();
    assert.equal(await phone.getByLabel('5 Erittäin paljon').isChecked(), true);
    assert.equal(await phone.getByLabel('Miksi et jatkaisi?').inputValue(), 'Kaipaan ihmisiä ympärilleni.');

    await phone.getByRole('button', { name: 'Lähetä vastaus' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Kiitos vastauksestasi!' }).waitFor();
    await axe(phone, '06-thanks');
  });

  await t.test('in Swedish the page keeps working', async () => {
    const other = await openPage(browser, { viewport: PHONE_390 });
    await other.goto(link);
    await other.getByRole('button', { name: 'SV' }).click();
    await other.getByRole('button', { name: 'Skicka svaret' }).waitFor();
    assert.equal(await other.evaluate(() => document.documentElement.lang), 'sv');
    await other.context().close();
  });

  await t.test('four more respondents answer (five in all), then the results show', async () => {
    const token = link.split('/').pop();
    const statuses = await phone.evaluate(async (token) => {
      const answers = [
        { Q1: 4, Q2: 10, Q3: 'kylla' },
        { Q1: 3, Q2: 7, Q3: 'kylla' },
        { Q1: 2, Q2: 5, Q3: 'ei', Q4: 'Yhteys pätki.' },
        { Q1: 5, Q2: 9, Q3: 'kylla' },
      ];
      const out = [];
      for (const a of answers) {
        const r = await fetch(`/api/answer/${token}/submit`, { method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ answers: a }) });
        out.push(r.status);
      }
      return out;
    }, token);
    assert.deepEqual(statuses, [201, 201, 201, 201]);

    await page.getByRole('navigation', { name: 'Kysely' }).getByRole('link', { name: 'Tulokset' }).click();
    await page.getByText('Vastauksia: 5').waitFor();
    await page.getByRole('heading', { name: 'Suositteluindeksi (NPS)' }).waitFor();
    // NPS of 10, 9, 9, 7, 5: 3 promoters, 1 detractor of 5 → 40.
    await page.getByText(/^NPS 40 \(95 %:n luottamusväli/).waitFor();
    const table = page.getByRole('region', { name: 'Q1: Palvelu auttoi minua' });
    await table.getByRole('row', { name: /5 Erittäin paljon/ }).getByRole('cell', { name: '40,0' }).waitFor();
    await page.getByRole('img', { name: /Q1: Palvelu auttoi minua/ }).waitFor();
    await axe(page, '07-results');
  });
});

test('a researcher reads the demo surveys: factor analysis, reliability and NPS change', { timeout: 180_000 }, async () => {
  const page = await openPage(browser);
  await login(page, 'researcher@demo.polku.fi');
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kyselyt', exact: true }).click();
  await page.getByRole('link', { name: 'Työllistämisen asiantuntijoiden kysely' }).click();
  await page.getByRole('navigation', { name: 'Kysely' }).getByRole('link', { name: 'Tulokset' }).click();
  await page.getByText('Vastauksia: 168').waitFor();
  await page.getByRole('heading', { name: 'Eksploratiivinen faktorianalyysi' }).waitFor();
  await page.getByText(/^KMO 0,\d{3}; Bartlett/).waitFor();
  await page.getByRole('heading', { name: 'Summamuuttujien reliabiliteetti' }).waitFor();
  await page.getByRole('heading', { name: 'Korrelaatiot (Pearson)' }).waitFor();
  await axe(page, '08-expert-results');

  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kyselyt', exact: true }).click();
  await page.getByRole('link', { name: 'Asiakaspalaute etäpalvelusta' }).click();
  await page.getByRole('navigation', { name: 'Kysely' }).getByRole('link', { name: 'Tulokset' }).click();
  await page.getByText(/^Muutos kierroksesta kevät 2020: /).waitFor();
  await axe(page, '09-feedback-results');
});

test('a unit manager imports responses from a CSV and sees the problem rows', { timeout: 180_000 }, async () => {
  const page = await openPage(browser);
  await login(page, MANAGER);
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kyselyt', exact: true }).click();
  await page.getByRole('link', { name: 'Työvalmennus asumispalveluyksiköissä' }).click();
  await page.getByRole('navigation', { name: 'Kysely' }).getByRole('link', { name: 'Tuo vastauksia' }).click();
  const csv = ['has_coach;rating;arr_01', 'Kyllä;4;5', 'ei;Hyvin;3', 'ehkä;2;1', 'no;7;2'].join('\n');
  await page.locator('#import-file-input').setInputFiles({ name: 'webropol.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByText('2 / 4 riviä kunnossa.').waitFor();
  const issues = page.getByRole('region', { name: 'Virheet' });
  await issues.getByRole('row', { name: /^4 has_coach ehkä/ }).waitFor();
  await issues.getByRole('row', { name: /^5 rating/ }).waitFor();
  await axe(page, '10-import');
  await page.getByText('Jätä virheelliset rivit pois').click();
  await page.getByRole('button', { name: 'Tuo vastaukset' }).click();
  await page.getByRole('status').filter({ hasText: '2 vastausta tuotu.' }).waitFor();
});
