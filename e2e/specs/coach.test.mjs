// (a) A coach takes in a new client, maps the situation, starts a period, writes a goal with the
// client and assesses it, records attendance for the client and for a group, and ends the period
// with a transition: the 3- and 6-month follow-ups are scheduled.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { addDays, addMonths, isoWeekday, todayIso } from '../../src/domain/calendar/dates.ts';
import { isFinnishHoliday } from '../../src/domain/calendar/holidays.ts';
import { makePersonalId } from '../../src/domain/identity/personal-id.ts';
import { choose, launch, login, openPage, screenshot, settled, typeDate } from '../lib.mjs';

const fi = (iso) => `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;

/** The latest working day (Mon–Fri, not a public holiday) on or before `date`. */
function workingDayOnOrBefore(date) {
  let day = date;
  while (isoWeekday(day) > 5 || isFinnishHoliday(day)) day = addDays(day, -1);
  return day;
}

const today = todayIso();
const periodStart = addDays(today, -60);
const singleDay = workingDayOnOrBefore(addDays(today, -3));
const groupDay = workingDayOnOrBefore(addDays(singleDay, -1));
const suffix = String(Date.now()).slice(-5);
const firstName = 'Testi';
const lastName = `Asiakas${suffix}`;
// A test code (individual number 900–999), unique per run.
const personalId = makePersonalId(addDays('1990-01-01', Number(suffix) % 3000), 900 + (Number(suffix) % 99));

let browser;
let page;

before(async () => {
  browser = await launch();
  page = await openPage(browser);
});

after(async () => {
  await browser?.close();
});

test('a coach takes a new client from intake to a transition with follow-ups', { timeout: 240_000 }, async (t) => {
  await login(page, 'coach@demo.polku.fi');
  await page.getByRole('heading', { level: 1, name: 'Asiakkaani' }).waitFor();

  await t.test('the record: validation errors appear beside the fields, then the client is saved', async () => {
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Uusi asiakas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uusi asiakas' }).waitFor();
    await settled(page);
    await page.getByLabel('Etunimi').fill(firstName);
    await page.getByLabel('Sukunimi').fill(lastName);
    await page.getByLabel('Henkilötunnus').fill('010190-1234');
    await page.getByLabel('Kotikunnan numero').fill('83');
    await page.getByRole('button', { name: 'Tallenna asiakas' }).click();
    // The summary names the errors, and each error stands beside its field in Finnish.
    await page.getByText('Henkilötunnus ei ole oikea. Tarkista numerot ja tarkistusmerkki.').first().waitFor();
    await page.getByText('Kuntanumero on kolme numeroa, esimerkiksi 837.').first().waitFor();
    const summary = page.locator('.error-summary');
    assert.match(await summary.innerText(), /virhe/);
    await screenshot(page, 'coach-01-new-client-errors');

    await page.getByLabel('Henkilötunnus').fill(personalId);
    await page.getByLabel('Kotikunnan numero').fill('837');
    await page.getByLabel('englanti').check({ force: true });
    await page.getByLabel('Puhelin').fill('040 123 4567');
    await page.getByLabel('Sähköposti').fill(`testi.${suffix}@example.fi`);
    await choose(page, 'new-client-referrer', 'TE-toimisto tai työllisyysalue');
    if ((await page.locator('#new-client-homeUnitId_button').innerText()).includes('Valitse')) {
      await choose(page, 'new-client-homeUnitId', /./);
    }
    await page.getByLabel('Pitkäaikaistyöttömyys').check({ force: true });
    await page.getByLabel('Työttömyyden kesto kuukausina').fill('26');
    await page.getByLabel('Mielenterveyden haasteet').check({ force: true });
    await screenshot(page, 'coach-02-new-client-filled');
    await page.getByRole('button', { name: 'Tallenna asiakas' }).click();
    await page.waitForURL(/\/clients\/[0-9a-f-]+\/intake$/);
    await page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` }).waitFor();
    await page.getByText('Asiakas on tallennettu. Jatka alkukartoitukseen.').waitFor();
    // The identity code is never shown in full again.
    assert.ok(!(await page.content()).includes(personalId));
    assert.match(await page.locator('.client-subtitle').innerText(), /\*\*\*\*/);
  });

  await t.test('the intake mapping, with skipped self-assessment questions', async () => {
    await settled(page);
    await page.getByLabel('Työhistoria').fill('Varastotyöntekijä 2012–2019, kesätöitä kaupan kassalla.');
    await page.getByLabel('Koulutus').fill('Peruskoulu, logistiikan perustutkinto kesken.');
    await page.getByLabel('Asiakkaan omat tavoitteet').fill('Haluan takaisin varastotöihin ja saada trukkikortin.');
    await page.getByLabel('Velat ja maksuhäiriöt').fill('Maksuhäiriömerkintä, velkaneuvonta aloitettu.');
    // Health is answered, the rest are left as "prefer not to answer".
    await page.getByRole('group', { name: 'Terveys' }).getByLabel('4 – melko hyvin').check({ force: true });
    await page.getByRole('group', { name: 'Motivaatio' }).getByLabel('5 – hyvin').check({ force: true });
    await page.getByRole('button', { name: 'Tallenna alkukartoitus' }).click();
    await page.getByRole('status').filter({ hasText: 'Alkukartoitus on tallennettu.' }).waitFor();
    await screenshot(page, 'coach-03-intake-saved');
    await page.reload();
    await settled(page);
    assert.equal(await page.getByLabel('Työhistoria').inputValue(), 'Varastotyöntekijä 2012–2019, kesätöitä kaupan kassalla.');
    assert.ok(await page.getByRole('group', { name: 'Terveys' }).getByLabel('4 – melko hyvin').isChecked());
    assert.ok(await page.getByRole('group', { name: 'Asuminen' }).getByLabel('En halua vastata').isChecked());
  });

  await t.test('a service period starts', async () => {
    await page.getByRole('navigation', { name: 'Asiakkaan tiedot' }).getByRole('link', { name: 'Palvelujaksot' }).click();
    await settled(page);
    await page.getByRole('button', { name: 'Aloita palvelujakso' }).click();
    await choose(page, 'start-period-serviceKind', 'Kuntouttava työtoiminta, työ- ja koulutusorientoitunut (1A)');
    await typeDate(page, 'start-period-startDate', fi(periodStart));
    await page.getByLabel('Päiviä viikossa').fill('3');
    await page.getByLabel('Tunteja päivässä').fill('4');
    await page.getByRole('button', { name: 'Aloita jakso' }).click();
    await page.getByText('Palvelujakso on aloitettu.').waitFor();
    await page.getByText('Käynnissä').first().waitFor();
    await screenshot(page, 'coach-04-period-started');
  });

  await t.test('a goal is written together with the client and assessed', async () => {
    await page.getByRole('navigation', { name: 'Asiakkaan tiedot' }).getByRole('link', { name: 'Suunnitelma' }).click();
    await settled(page);
    await page.getByRole('button', { name: 'Lisää tavoite' }).click();
    await choose(page, 'add-goal-kind', 'Työllistyminen');
    await page.getByLabel('Tavoite', { exact: true }).fill('Työpaikka varastoalalta');
    await page.getByLabel('Asiakkaan omin sanoin').fill('Haluan oppia ajamaan trukkia ja päästä varastoon töihin.');
    await page.getByLabel('Kehittää työkykyä tai osaamista yksikön ulkopuolisia tehtäviä varten').check({ force: true });
    await typeDate(page, 'add-goal-targetDate', fi(addMonths(today, 6)));
    await page.getByRole('button', { name: 'Tallenna tavoite' }).click();
    await page.getByText('Tavoite on lisätty.').waitFor();
    await page.getByRole('heading', { name: 'Työpaikka varastoalalta' }).waitFor();
    // The summary: an employment goal exists from today.
    await page.getByText(`On, ${fi(today)} alkaen`).waitFor();

    await page.getByRole('button', { name: 'Arvioi edistyminen' }).click();
    await page.getByLabel('2 – alussa').check({ force: true });
    await page.getByLabel('Perustelu tai huomio').fill('Ensimmäinen trukkikoulutus sovittu.');
    await page.getByRole('button', { name: 'Tallenna arvio' }).click();
    await page.getByText('Arvio on tallennettu.').waitFor();
    await page.getByText('2/5 – alussa').first().waitFor();
    await screenshot(page, 'coach-05-plan');
  });

  await t.test('attendance for one day, shown in the month view', async () => {
    await page.getByRole('navigation', { name: 'Asiakkaan tiedot' }).getByRole('link', { name: 'Läsnäolo' }).click();
    await settled(page);
    await typeDate(page, 'add-attendance-date', fi(singleDay));
    await page.getByLabel('Tunnit').fill('4,5');
    await page.getByRole('button', { name: 'Tallenna läsnäolo' }).click();
    await page.getByText('Läsnäolo on tallennettu.').first().waitFor();
    await page.locator('.month-table .day-record').filter({ hasText: '4,5 h paikan päällä' }).first().waitFor();
    await screenshot(page, 'coach-06-attendance');
  });

  let groupUrl;
  await t.test('a group with a weekly timetable and remote link; attendance for the whole group', async () => {
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Ryhmät' }).click();
    await settled(page);
    await page.getByRole('link', { name: 'Perusta ryhmä' }).click();
    await settled(page);
    await page.getByLabel('Ryhmän nimi').fill(`Varastotyön teemaryhmä ${suffix}`);
    await choose(page, 'new-group-kind', 'Teemaryhmä');
    await page.getByLabel('Lähi- ja etäpalvelu').check({ force: true });
    await page.getByLabel('Etäyhteyden osoite').fill(`https://meet.example.fi/polku/varasto-${suffix}`);
    await typeDate(page, 'new-group-startDate', fi(periodStart));
    await page.getByRole('button', { name: 'Lisää kokoontumiskerta' }).click();
    await screenshot(page, 'coach-07-new-group');
    await page.getByRole('button', { name: 'Perusta ryhmä' }).click();
    await page.waitForURL(/\/groups\/[0-9a-f-]+$/);
    groupUrl = page.url();
    await page.getByText('Ryhmä on perustettu. Lisää seuraavaksi osallistujat.').waitFor();
    await page.getByText('maanantai klo 09.00–13.00').waitFor();
    await page.getByRole('link', { name: /Liity etänä/ }).waitFor();

    await typeDate(page, 'participant-joined', fi(periodStart));
    await page.getByLabel('Hae asiakasta nimellä').fill(lastName);
    await page.getByLabel('Hae asiakasta nimellä').press('Enter');
    await page.getByRole('button', { name: `Lisää ${firstName} ${lastName} ryhmään` }).click();
    await page.getByText(`${firstName} ${lastName} lisättiin ryhmään.`).waitFor();

    await typeDate(page, 'group-attendance-date', fi(groupDay));
    await settled(page);
    const row = page.getByRole('row', { name: new RegExp(`${firstName} ${lastName}`) });
    await row.getByRole('checkbox').check({ force: true });
    await page.getByRole('button', { name: 'Tallenna koko ryhmän läsnäolo' }).click();
    await page.getByText('Ryhmän läsnäolo on tallennettu').waitFor();
    await screenshot(page, 'coach-08-group-attendance');
  });

  await t.test('the period ends with a transition; follow-ups at 3 and 6 months', async () => {
    await page.goto('/clients');
    await page.getByRole('searchbox', { name: 'Hae nimellä tai henkilötunnuksen osalla' }).fill(lastName);
    await page.getByRole('searchbox', { name: 'Hae nimellä tai henkilötunnuksen osalla' }).press('Enter');
    await page.getByRole('link', { name: `${lastName}, ${firstName}` }).click();
    await page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` }).waitFor();

    // Both attendance records, the single day and the group day, are in the client's attendance.
    await page.getByRole('navigation', { name: 'Asiakkaan tiedot' }).getByRole('link', { name: 'Läsnäolo' }).click();
    await settled(page);
    const monthOf = (iso) => iso.slice(0, 7);
    if (monthOf(groupDay) === monthOf(today)) {
      await page.getByRole('cell', { name: `Varastotyön teemaryhmä ${suffix}` }).first().waitFor();
    }

    await page.getByRole('navigation', { name: 'Asiakkaan tiedot' }).getByRole('link', { name: 'Palvelujaksot' }).click();
    await settled(page);
    await page.getByRole('button', { name: 'Päätä palvelujakso' }).click();
    await choose(page, `end-period-${await periodIdOnPage()}-destination`, 'Koulutus');
    await page.getByLabel('Lisätietoa päättymisestä').fill('Aloittaa logistiikan perustutkinnon tammikuussa.');
    await page.getByRole('button', { name: 'Päätä jakso' }).click();
    const three = fi(addMonths(today, 3));
    const six = fi(addMonths(today, 6));
    await page.getByText(`Palvelujakso on päätetty. Seurannat ajastettu: 3 kk ${three}, 6 kk ${six}.`).waitFor();
    await page.getByText('Päättynyt').first().waitFor();
    await page.getByText(`eräpäivä ${three}`).waitFor();
    await page.getByText(`eräpäivä ${six}`).waitFor();
    await screenshot(page, 'coach-09-period-ended');

    await page.getByRole('button', { name: 'Kirjaa 3 kuukauden seuranta' }).click();
    const followUpForm = page.locator('form[id^="follow-up-"]');
    const followUpId = (await followUpForm.getAttribute('id')).replace(/^follow-up-/, '');
    await choose(page, `follow-up-${followUpId}-status`, 'Koulutus');
    await page.getByRole('button', { name: 'Tallenna seuranta' }).click();
    await page.getByText('Seuranta on kirjattu.').waitFor();
    await page.getByText(`Koulutus (kirjattu ${fi(today)})`).waitFor();
  });

  assert.ok(groupUrl);
  assert.deepEqual(
    page.problems.filter((p) => !p.includes('401')),
    [],
  );

  async function periodIdOnPage() {
    const form = page.locator('form[id^="end-period-"]');
    await form.waitFor();
    return (await form.getAttribute('id')).replace(/^end-period-/, '');
  }
});
