// The demo's service catalogue, purchase contracts and invoicing history (issue 3): every provider
// publishes services in Finnish, Swedish and English; the municipality contracts the private and
// third-sector providers with the compensation terms of docs/compensation.md (day and month basis,
// outcome and durability bonuses, risk weights, a remote-service amendment); the periods those
// contracts pay for are linked to them, and the month before last is invoiced and approved, so that
// the purchaser's next draft has real lines. Deterministic: seeded streams and the reference date only.

import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { addMonths, type IsoDate } from '../domain/calendar/dates.ts';
import type { CompensationTermsInput } from '../domain/compensation/terms.ts';
import type { DeliveryMode, ServiceKind, UnitType } from '../domain/codes.ts';
import { addMonthsToMonth, monthOf, monthStart } from '../domain/invoicing/months.ts';
import type { Actor } from '../server/access/actor.ts';
import { serviceStorage } from '../server/catalogue/services.ts';
import type { TServiceCreate } from '../server/catalogue/schemas.ts';
import { approveMonthWithin } from '../server/contracts/invoices.ts';
import { validTerms } from '../server/contracts/terms.ts';
import { MUNICIPALITY, NEIGHBOURS, PROVIDERS, SERVICE_MIX } from './catalogue.ts';
import type { DemoRows } from './build.ts';
import { DEMO_EMAILS } from './build.ts';
import { Random } from './random.ts';

type Trx = Transaction<DB>;
type L = { fi: string; sv: string; en: string };

/** Service kinds a municipality does not buy under these contracts (pay subsidy comes from the state). */
const NOT_PURCHASED: ReadonlySet<ServiceKind> = new Set(['pay_subsidised_work', 'other']);

const UNIT_TEXTS: Record<UnitType, { target: L; description: L }> = {
  multi_service_centre: {
    target: { fi: 'Työttömät aikuiset, joiden työllistyminen vaatii tukea', sv: 'Arbetslösa vuxna som behöver stöd för att få arbete', en: 'Unemployed adults who need support to find work' },
    description: {
      fi: 'Monipalvelukeskuksessa harjoitellaan työelämän taitoja oikeissa töissä: kiinteistönhoito, keittiö, kierrätys ja toimistotyöt. Jokaisella on oma valmentaja ja tavoitteellinen suunnitelma.',
      sv: 'I servicecentret övar man arbetslivsfärdigheter i riktiga arbeten: fastighetsskötsel, kök, återvinning och kontorsarbete. Alla har en egen coach och en målinriktad plan.',
      en: 'The multi-service centre trains working-life skills in real work: property maintenance, kitchen, recycling and office work. Everyone has their own coach and a goal-oriented plan.',
    },
  },
  workshop: {
    target: { fi: 'Nuoret ja aikuiset, jotka hakevat suuntaa työhön tai opiskeluun', sv: 'Unga och vuxna som söker riktning mot arbete eller studier', en: 'Young people and adults looking for a direction towards work or studies' },
    description: {
      fi: 'Työpajalla tehdään puu-, metalli- ja tekstiilitöitä sekä kierrätystä. Pajalla voi suorittaa osatutkintoja ja saada todistuksen osaamisestaan.',
      sv: 'I verkstaden görs trä-, metall- och textilarbeten samt återvinning. Man kan avlägga delexamina och få intyg över sitt kunnande.',
      en: 'The workshop does wood, metal and textile work and recycling. Participants can complete parts of vocational qualifications and get a certificate of their skills.',
    },
  },
  social_enterprise: {
    target: { fi: 'Osatyökykyiset ja pitkään työttömänä olleet', sv: 'Personer med partiell arbetsförmåga och långtidsarbetslösa', en: 'People with partial work ability and the long-term unemployed' },
    description: {
      fi: 'Sosiaalinen yritys tarjoaa työtä ja työkokeiluja palvelu- ja tuotantotehtävissä. Työ tehdään tavallisten asiakkaiden tilauksiin.',
      sv: 'Det sociala företaget erbjuder arbete och arbetsprövning i service- och produktionsuppgifter för vanliga kunders beställningar.',
      en: 'The social enterprise offers work and work trials in service and production tasks, for ordinary customers’ orders.',
    },
  },
  mental_health_work_activity: {
    target: { fi: 'Mielenterveyskuntoutujat', sv: 'Personer i rehabilitering för psykisk ohälsa', en: 'People recovering from mental health problems' },
    description: {
      fi: 'Klubitalon työpainotteinen päivä: keittiö, toimisto ja viestintä. Toiminta perustuu vapaaehtoisuuteen, vertaisuuteen ja jäsenten omiin vahvuuksiin.',
      sv: 'Klubbhusets arbetsinriktade dag: kök, kontor och kommunikation. Verksamheten bygger på frivillighet, kamratstöd och medlemmarnas egna styrkor.',
      en: 'The clubhouse’s work-ordered day: kitchen, office and communications. The activity is based on free will, peer support and the members’ own strengths.',
    },
  },
  intellectual_disability_work_activity: {
    target: { fi: 'Kehitysvammaiset aikuiset', sv: 'Vuxna med intellektuell funktionsnedsättning', en: 'Adults with intellectual disabilities' },
    description: {
      fi: 'Työ- ja päivätoimintaa pienissä ryhmissä: alihankintatyöt, käsityöt ja ulkoilu. Ohjaajat tukevat jokaista omien tavoitteiden mukaan.',
      sv: 'Arbets- och dagverksamhet i små grupper: underleverantörsarbete, hantverk och friluftsliv. Handledarna stöder var och en enligt egna mål.',
      en: 'Work and day activity in small groups: subcontracting, crafts and outdoor activities. Instructors support everyone towards their own goals.',
    },
  },
  production_work_centre: {
    target: { fi: 'Vammaiset ja osatyökykyiset aikuiset', sv: 'Vuxna med funktionsnedsättning eller partiell arbetsförmåga', en: 'Adults with disabilities or partial work ability' },
    description: {
      fi: 'Tuotantokeskuksessa tehdään pakkaus-, kokoonpano- ja puutöitä yritysten tilauksiin ohjatusti ja omaan tahtiin.',
      sv: 'I produktionscentret görs förpacknings-, monterings- och träarbeten för företags beställningar, med handledning och i egen takt.',
      en: 'The production centre does packing, assembly and woodwork for companies’ orders, guided and at one’s own pace.',
    },
  },
  municipal_employment_services: {
    target: { fi: 'Kaupungin työllisyyspalvelujen asiakkaat', sv: 'Kunder vid stadens sysselsättningstjänster', en: 'Clients of the city’s employment services' },
    description: {
      fi: 'Kartoitusjakso, jossa selvitetään osaaminen, työkyky ja sopivat seuraavat askeleet. Mukana työkykykoordinaattori ja sosiaaliohjaaja.',
      sv: 'En kartläggningsperiod där kunnande, arbetsförmåga och lämpliga nästa steg utreds, med arbetsförmågekoordinator och socialhandledare.',
      en: 'A mapping period to find out skills, work ability and suitable next steps, with a work ability coordinator and a social instructor.',
    },
  },
  housing_service_unit: {
    target: { fi: 'Asumispalvelujen asukkaat, joilla on päihde- tai mielenterveystaustaa', sv: 'Boende i boendeservice med missbruks- eller psykisk bakgrund', en: 'Residents of housing services with a substance abuse or mental health background' },
    description: {
      fi: 'Arjen taitoja ja osallisuutta vahvistavaa toimintaa asumisyksikön yhteydessä: kiinteistön pienet työt, ruoanlaitto ja ryhmät.',
      sv: 'Verksamhet som stärker vardagsfärdigheter och delaktighet i anslutning till boendet: små fastighetsarbeten, matlagning och grupper.',
      en: 'Activity that strengthens everyday skills and participation next to the housing unit: small property tasks, cooking and groups.',
    },
  },
  other: {
    target: { fi: 'Työttömät aikuiset', sv: 'Arbetslösa vuxna', en: 'Unemployed adults' },
    description: {
      fi: 'Kierrätyskeskuksessa lajitellaan, korjataan ja myydään käytettyä tavaraa. Työ opettaa asiakaspalvelua ja logistiikkaa.',
      sv: 'I återvinningscentralen sorteras, repareras och säljs begagnade varor. Arbetet lär ut kundservice och logistik.',
      en: 'The recycling centre sorts, repairs and sells used goods. The work teaches customer service and logistics.',
    },
  },
};

const KIND_NAMES: Partial<Record<ServiceKind, L>> = {
  rehabilitative_work_1a: { fi: 'Kuntouttava työtoiminta', sv: 'Arbetsverksamhet i rehabiliteringssyfte', en: 'Rehabilitative work activity' },
  rehabilitative_work_1b: { fi: 'Osallisuutta vahvistava työtoiminta', sv: 'Arbetsverksamhet som stärker delaktighet', en: 'Participation-strengthening work activity' },
  social_rehabilitation_1c: { fi: 'Sosiaalinen kuntoutus', sv: 'Social rehabilitering', en: 'Social rehabilitation' },
  work_activity_social_welfare_act: { fi: 'Sosiaalihuoltolain mukainen työtoiminta', sv: 'Arbetsverksamhet enligt socialvårdslagen', en: 'Work activity under the Social Welfare Act' },
  work_and_day_activity_disability_act: { fi: 'Työ- ja päivätoiminta', sv: 'Arbets- och dagverksamhet', en: 'Work and day activity' },
  work_trial: { fi: 'Työkokeilu', sv: 'Arbetsprövning', en: 'Work trial' },
  job_coaching: { fi: 'Työhönvalmennus', sv: 'Jobbcoachning', en: 'Job coaching' },
  mapping_group: { fi: 'Kartoitusjakso', sv: 'Kartläggningsperiod', en: 'Mapping period' },
  training: { fi: 'Ammatillinen koulutus', sv: 'Yrkesutbildning', en: 'Vocational training' },
};

/** The eight texts Tampere asked of remote services in 2020, in three languages. */
function remoteTexts(unit: string): Record<string, L> {
  return {
    content: {
      fi: `Etäjaksolla tehdään ${unit}n töitä kotoa käsin: tiedonhakua, sisällöntuotantoa ja pieniä toimistotehtäviä.`,
      sv: `Under distansperioden görs arbete för ${unit} hemifrån: informationssökning, innehållsproduktion och små kontorsuppgifter.`,
      en: `During remote days participants work for ${unit} from home: information search, content production and small office tasks.`,
    },
    methods: { fi: 'Ratkaisukeskeinen valmennus, vertaisryhmät ja tavoitteiden viikoittainen arviointi.', sv: 'Lösningsfokuserad coachning, kamratgrupper och veckovis utvärdering av målen.', en: 'Solution-focused coaching, peer groups and a weekly review of goals.' },
    toolsAndPlatforms: { fi: 'Teams-videopuhelut, Polun päiväkirja ja lainattava kannettava tietokone.', sv: 'Teams-videosamtal, Polkus dagbok och en bärbar dator som lånas ut.', en: 'Teams video calls, the Polku diary and a loaned laptop.' },
    dailyGuidance: { fi: 'Valmentaja soittaa jokaisena etäpäivänä aamulla ja iltapäivällä; chat on auki koko päivän.', sv: 'Coachen ringer varje distansdag på morgonen och eftermiddagen; chatten är öppen hela dagen.', en: 'The coach calls on every remote day in the morning and afternoon; the chat is open all day.' },
    documentationAndDiary: { fi: 'Läsnäolo kirjataan päivittäin Polkuun; asiakas kirjoittaa päiväkirjaa, jota valmentaja kommentoi.', sv: 'Närvaron registreras dagligen i Polku; klienten skriver dagbok som coachen kommenterar.', en: 'Attendance is recorded daily in Polku; the client keeps a diary on which the coach comments.' },
    ethicalPrinciples: { fi: 'Vapaaehtoisuus, yksityisyyden suoja ja yhdenvertaisuus: etätyö ei saa eristää.', sv: 'Frivillighet, integritetsskydd och likabehandling: distansarbete får inte isolera.', en: 'Free will, privacy and equal treatment: remote work must not isolate anyone.' },
    timetable: { fi: 'Etäpäivät klo 9–13, aloitus- ja lopetuspalaveri joka päivä.', sv: 'Distansdagar kl. 9–13, start- och avslutningsmöte varje dag.', en: 'Remote days 9 am – 1 pm, with a start and closing meeting every day.' },
    caseExample: { fi: 'Asiakas aloitti kahdella etäpäivällä viikossa ja siirtyi puolen vuoden jälkeen työkokeiluun.', sv: 'En klient började med två distansdagar i veckan och gick efter ett halvår över till arbetsprövning.', en: 'A client started with two remote days a week and moved to a work trial after six months.' },
  };
}

/** Compensation terms per provider (by name), as in the issue's example; validated before use. */
const TERMS: Record<string, CompensationTermsInput> = {
  'Pirkanmaan Työvalmennussäätiö sr': {
    basis: 'day', dayPriceCents: 4500, remoteDayPriceCents: 3900, minHours: 3,
    outcomeBonusCents: { open_employment: 150000, education: 100000, work_trial: 40000 },
    minDaysForOutcome: 30, bonusWindowDays: 365,
    durability: { days: 90, bonusCents: 50000, statuses: ['open_employment', 'education'] },
    riskWeights: { factors: { disability: 0.5, mental_health: 0.5 }, max: 1.75 },
  },
  'Hervannan Työpajat ry': {
    basis: 'day', dayPriceCents: 4200, minHours: 3,
    outcomeBonusCents: { open_employment: 120000, education: 120000, work_trial: 30000, work_practice: 20000 },
    durability: { days: 90, bonusCents: 40000, statuses: ['open_employment', 'education'] },
  },
  'Sosiaalinen yritys Kehrä Oy': {
    basis: 'day', dayPriceCents: 4800, remoteDayPriceCents: 4000, minHours: 4,
    outcomeBonusCents: { open_employment: 150000, pay_subsidised_work: 50000 },
    riskWeights: { factors: { long_term_unemployed: 0.25, disability: 0.5, immigrant_background: 0.25 }, max: 1.5 },
  },
  'Mielenterveysyhdistys Aallokko ry': {
    basis: 'month', monthPriceCents: 61000, minHours: 3,
    outcomeBonusCents: { open_employment: 150000, education: 100000, rehabilitation: 30000 },
    riskWeights: { factors: { mental_health: 0.25, substance_abuse: 0.5 }, max: 1.75 },
  },
  'Asumispalvelusäätiö Kotipolku sr': {
    basis: 'month', monthPriceCents: 52000, minHours: 3,
    outcomeBonusCents: { open_employment: 150000, education: 80000, other_service: 20000 },
    minDaysForOutcome: 60,
  },
  'Tuotantokeskus Työtaito Oy': {
    basis: 'day', dayPriceCents: 5200, minHours: 4,
    outcomeBonusCents: { open_employment: 200000, pay_subsidised_work: 60000 },
    durability: { days: 180, bonusCents: 80000, statuses: ['open_employment'] },
    riskWeights: { factors: { intellectual_disability: 0.5, disability: 0.25 }, max: 1.75 },
  },
};

/** The remote-service addendum: remote days paid at a price of their own from a date. */
const REMOTE_AMENDMENT_PROVIDER = 'Pirkanmaan Työvalmennussäätiö sr';
const REMOTE_AMENDMENT_TERMS: CompensationTermsInput = {
  ...TERMS[REMOTE_AMENDMENT_PROVIDER],
  remoteDayPriceCents: 3600,
};

export interface DemoContractsSummary {
  services: number;
  contracts: number;
  linkedPeriods: number;
  approvedInvoices: number;
}

/**
 * Adds the catalogue, the contracts and the approved month to the freshly generated demo world,
 * inside the generator's transaction (after its checks and indexes are back in place).
 */
export async function generateDemoContracts(trx: Trx, rows: DemoRows, options: { seed: number; today: IsoDate }): Promise<DemoContractsSummary> {
  const rng = new Random(options.seed, 'contracts');
  const municipality = rows.organisation.find((o) => o.kind === 'municipality' && o.municipalityCode === MUNICIPALITY.code)!;
  const purchaser = rows.appUser.find((u) => u.email === DEMO_EMAILS.purchaser)!;
  const created = `${addMonths(options.today, -25)}T09:00:00Z`;
  const serviceRows: Array<Record<string, unknown>> = [];
  const versionRows: Array<Record<string, unknown>> = [];
  const servicesOf = new Map<string, Array<{ id: string; kind: ServiceKind }>>();

  // Catalogue: one published service per unit, of the unit's most common purchasable kind.
  for (const providerDef of PROVIDERS) {
    const provider = rows.organisation.find((o) => o.kind === 'provider' && o.name === providerDef.name)!;
    const manager = rows.appUser.find((u) => u.role === 'unit_manager' && u.organisationId === provider.id)!;
    const list: Array<{ id: string; kind: ServiceKind }> = [];
    providerDef.units.forEach((unit, u) => {
      const mix = Object.entries(SERVICE_MIX[unit.type]) as Array<[ServiceKind, number]>;
      const kind = mix.filter(([k]) => KIND_NAMES[k]).sort((a, b) => b[1] - a[1])[0][0];
      // Housing and mental-health units work partly at a distance; the foundation's second centre fully.
      const deliveryMode: DeliveryMode =
        providerDef.name === REMOTE_AMENDMENT_PROVIDER && u === 1 ? 'remote' : ['mental_health_work_activity', 'housing_service_unit'].includes(unit.type) || u === 0 && providerDef.sector === 'third_sector' ? 'hybrid' : 'onsite';
      const kindName = KIND_NAMES[kind]!;
      const texts = UNIT_TEXTS[unit.type];
      const municipalities = unit.municipality === MUNICIPALITY.code ? [MUNICIPALITY.code, ...(rng.chance(0.5) ? NEIGHBOURS.map((n) => n.code) : [])] : [unit.municipality, MUNICIPALITY.code];
      const input: Omit<TServiceCreate, 'providerId'> = {
        kind,
        deliveryMode,
        municipalityCodes: municipalities,
        languages: rng.chance(0.3) ? ['fi', 'sv', 'en'] : rng.chance(0.5) ? ['fi', 'en'] : ['fi'],
        targetFactors: [],
        priceCents: 4000 + 100 * rng.int(0, 15),
        priceUnit: 'day',
        capacity: 10 * rng.int(2, 8),
        texts: {
          name: { fi: `${kindName.fi}, ${unit.name}`, sv: `${kindName.sv}, ${unit.name}`, en: `${kindName.en}, ${unit.name}` },
          targetGroup: texts.target,
          area: { fi: unit.address, sv: unit.address, en: unit.address },
          schedule: { fi: 'Arkisin klo 8.30–14.30, 2–5 päivää viikossa', sv: 'Vardagar kl. 8.30–14.30, 2–5 dagar i veckan', en: 'Weekdays 8.30 am – 2.30 pm, 2–5 days a week' },
          description: texts.description,
          priceNote: { fi: 'Hinta sisältää ohjauksen ja lounaan.', sv: 'Priset inkluderar handledning och lunch.', en: 'The price includes guidance and lunch.' },
          ...(deliveryMode === 'onsite' ? {} : { remote: remoteTexts(unit.name) }),
        },
      };
      const id = rng.uuid();
      // Some descriptions were revised once: version 1 is kept as the history.
      const revised = rng.chance(0.4);
      const first = serviceStorage(revised ? { ...input, texts: { ...input.texts, description: { fi: texts.description.fi.split('. ')[0] + '.', sv: texts.description.sv.split('. ')[0] + '.', en: texts.description.en.split('. ')[0] + '.' } } } : input);
      const current = serviceStorage(input);
      const updated = revised ? `${addMonths(options.today, -rng.int(2, 12))}T10:00:00Z` : created;
      serviceRows.push({ id, providerId: provider.id, ...current.columns, version: revised ? 2 : 1, published: true, publishedAt: created, createdBy: manager.id, createdAt: created, updatedAt: updated });
      versionRows.push({ serviceId: id, version: 1, content: JSON.stringify(first.content), createdBy: manager.id, createdAt: created });
      if (revised) versionRows.push({ serviceId: id, version: 2, content: JSON.stringify(current.content), createdBy: manager.id, createdAt: updated });
      list.push({ id, kind });
    });
    servicesOf.set(provider.id!, list);
  }
  await trx.insertInto('catalogueService').values(serviceRows as never).execute();
  await trx.insertInto('catalogueServiceVersion').values(versionRows as never).execute();

  // Contracts with the private and third-sector providers, from the first month of the window.
  const start = monthStart(monthOf(addMonths(options.today, -24)));
  const year = Number(options.today.slice(0, 4));
  const contractIds: string[] = [];
  const links: Array<{ periodId: string; contractId: string }> = [];
  let n = 0;
  for (const providerDef of PROVIDERS) {
    const terms = TERMS[providerDef.name];
    if (!terms) continue;
    n += 1;
    const provider = rows.organisation.find((o) => o.kind === 'provider' && o.name === providerDef.name)!;
    const unitIds = new Set(rows.unit.filter((u) => u.organisationId === provider.id).map((u) => u.id!));
    const kinds = [...new Set(providerDef.units.flatMap((u) => Object.keys(SERVICE_MIX[u.type]) as ServiceKind[]))].filter((k) => !NOT_PURCHASED.has(k));
    const id = rng.uuid();
    const endDate = n % 2 === 0 ? `${year + 1}-12-31` : null;
    contractIds.push(id);
    await trx
      .insertInto('contract')
      .values({
        id, purchaserId: municipality.id!, providerId: provider.id!, reference: `TRE-${start.slice(0, 4)}-${String(n).padStart(2, '0')}`,
        title: `Työllisyyspalvelujen ostosopimus: ${providerDef.name}`, startDate: start, endDate, serviceKinds: kinds,
        terms: JSON.stringify(validTerms(terms)),
        note: 'Tulosperusteinen korvausmalli; sosiaalipalvelut ovat arvonlisäverottomia (AVL 37 §).',
        paymentIban: 'FI2112345600000785', paymentBic: 'NDEAFIHH', buyerReference: `TRE-TYO-${String(n).padStart(2, '0')}`,
        paymentTermDays: 21, createdBy: purchaser.id, createdAt: created, updatedAt: created,
      })
      .execute();
    const covered = (servicesOf.get(provider.id!) ?? []).filter((s) => kinds.includes(s.kind));
    if (covered.length) await trx.insertInto('contractService').values(covered.map((s) => ({ contractId: id, serviceId: s.id }))).execute();
    await trx
      .insertInto('contractDocument')
      .values({ id: rng.uuid(), contractId: id, title: 'Hankintapäätös', url: `https://www.tampere.fi/paatoksenteko/hankinnat/TRE-${start.slice(0, 4)}-${n}`, createdBy: purchaser.id, createdAt: created })
      .execute();
    if (providerDef.name === REMOTE_AMENDMENT_PROVIDER) {
      const text = 'Etäpalvelun lisäsopimus\n\nEtäpäivät korvataan 1.1. alkaen hinnalla 36,00 €/pv. Päivittäinen henkilökohtainen ohjaus varmistetaan puhelimitse.\n';
      const content = Buffer.from(text, 'utf8');
      const effectiveFrom = monthStart(monthOf(addMonths(options.today, -14)));
      await trx
        .insertInto('contractDocument')
        .values({ id: rng.uuid(), contractId: id, title: 'Etäpalvelun lisäsopimus', fileName: 'etapalvelun-lisasopimus.txt', contentType: 'text/plain', sizeBytes: content.length, content, createdBy: purchaser.id, createdAt: `${effectiveFrom}T09:00:00Z` })
        .execute();
      await trx
        .insertInto('contractAmendment')
        .values({ id: rng.uuid(), contractId: id, effectiveFrom, title: 'Etäpalvelun lisäsopimus', terms: JSON.stringify(validTerms(REMOTE_AMENDMENT_TERMS)), note: 'Etäpäivän hinta 39,00 € → 36,00 €', createdBy: purchaser.id, createdAt: `${effectiveFrom}T09:00:00Z` })
        .execute();
    }
    for (const p of rows.servicePeriod) {
      if (unitIds.has(p.unitId) && kinds.includes(p.serviceKind as ServiceKind) && p.startDate >= start && (endDate === null || p.startDate <= endDate)) {
        links.push({ periodId: p.id!, contractId: id });
      }
    }
  }
  // The contract of each period it pays for: one statement (the invoices' triggers see one change).
  if (links.length) {
    await sql`
      update service_period p set contract_id = u.contract_id
        from unnest(${`{${links.map((l) => l.periodId).join(',')}}`}::uuid[], ${`{${links.map((l) => l.contractId).join(',')}}`}::uuid[]) as u (period_id, contract_id)
       where p.id = u.period_id`.execute(trx);
  }

  // The month before last, invoiced and approved early in the next month by the demo purchaser.
  const approvedMonth = addMonthsToMonth(monthOf(options.today), -2);
  const actor: Actor = {
    userId: purchaser.id!, email: purchaser.email, displayName: purchaser.displayName, role: 'purchaser',
    organisationId: municipality.id!, locale: 'fi', clientId: null, unitIds: [],
  };
  const approved = await approveMonthWithin(trx, actor, contractIds, approvedMonth, `${monthStart(addMonthsToMonth(approvedMonth, 1))}T10:00:00Z`);
  return { services: serviceRows.length, contracts: contractIds.length, linkedPeriods: links.length, approvedInvoices: approved.length };
}
