// Groups with timetables and whole-group attendance, and employer work, on a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePersonalId } from '../../src/domain/identity/personal-id.ts';
import { addDays, isoWeekday, todayIso } from '../../src/domain/calendar/dates.ts';
import { isFinnishHoliday } from '../../src/domain/calendar/holidays.ts';
import { api, createWorld, signIn, type World } from '../support/world.ts';

let world: World;
let coach: ReturnType<typeof api>;
const today = todayIso();
let workday = addDays(today, -1);
while (isoWeekday(workday) > 5 || isFinnishHoliday(workday)) workday = addDays(workday, -1);
const clients: Record<string, string> = {};

beforeAll(async () => {
  world = await createWorld();
  coach = api(world, await signIn(world, 'coachA1'));
  const thisYear = Number(today.slice(0, 4));
  const people: Array<[string, string, number]> = [
    ['young', `${thisYear - 20}-03-01`, 940],
    ['older', `${thisYear - 45}-03-01`, 941],
    ['third', `${thisYear - 25}-03-01`, 942],
  ];
  for (const [key, birthDate, n] of people) {
    const res = await coach('POST', '/api/clients', {
      firstName: key, lastName: 'Ryhmäläinen', personalId: makePersonalId(birthDate, n), municipalityCode: '837', referrer: 'self', homeUnitId: world.ids.unitA1,
    });
    clients[key] = res.body.id;
  }
  await coach('POST', `/api/clients/${clients.young}/periods`, {
    unitId: world.ids.unitA1, serviceKind: 'mapping_group', startDate: addDays(today, -30), deliveryMode: 'remote', daysPerWeek: 3, hoursPerDay: 4,
  });
});
afterAll(async () => world?.close());

describe('groups', () => {
  let groupId: string;
  it('creates a group with a weekly timetable and a remote link', async () => {
    const res = await coach('POST', '/api/groups', {
      unitId: world.ids.unitA1, name: 'Nuorten ryhmä', kind: 'youth', deliveryMode: 'hybrid', remoteLink: 'https://meet.example.fi/nuoret',
      startDate: addDays(today, -30), endDate: addDays(today, 60),
      timetable: [{ weekday: 1, startTime: '09:00', endTime: '13:00', place: 'Sali 2' }, { weekday: 3, startTime: '09:00', endTime: '13:00' }],
    });
    expect(res.status).toBe(201);
    expect(res.body.timetable.map((s: { weekday: number; startTime: string }) => [s.weekday, s.startTime])).toEqual([[1, '09:00'], [3, '09:00']]);
    groupId = res.body.id;
  });

  it('refuses a timetable slot that ends before it starts, and a link that is not a web address', async () => {
    const res = await coach('POST', '/api/groups', {
      unitId: world.ids.unitA1, name: 'X', kind: 'theme', deliveryMode: 'remote', remoteLink: 'javascript:alert(1)', startDate: today,
      timetable: [{ weekday: 2, startTime: '13:00', endTime: '09:00' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string; messageKey: string }) => [e.path, e.messageKey]).sort()).toEqual([
      ['remoteLink', 'errors.invalidUrl'],
      ['timetable.0.endTime', 'errors.timeOrder'],
    ]);
  });

  it('takes participants of ages 18–29 into the youth group', async () => {
    expect((await coach('POST', `/api/groups/${groupId}/participants`, { clientId: clients.young, joinedOn: addDays(today, -30) })).status).toBe(200);
    expect((await coach('POST', `/api/groups/${groupId}/participants`, { clientId: clients.third, joinedOn: addDays(today, -30) })).status).toBe(200);
    const older = await coach('POST', `/api/groups/${groupId}/participants`, { clientId: clients.older, joinedOn: addDays(today, -30) });
    expect(older.status).toBe(422);
    expect(older.body.errors[0].messageKey).toBe('errors.youthGroupAge');
  });

  it('records the whole group’s attendance at once, tied to each client’s period when there is one', async () => {
    const res = await coach('POST', `/api/groups/${groupId}/attendance`, {
      date: workday,
      entries: [{ clientId: clients.young, hours: 4, mode: 'remote' }, { clientId: clients.third, hours: 3, mode: 'onsite' }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ saved: 2, removed: 0 });
    const rows = await coach('GET', `/api/groups/${groupId}/attendance?date=${workday}`);
    expect(rows.body).toHaveLength(2);
    const youngRows = await coach('GET', `/api/clients/${clients.young}/attendance`);
    expect(youngRows.body[0].periodId).not.toBeNull();
    expect(youngRows.body[0].groupName).toBe('Nuorten ryhmä');
    // Marking a client absent removes the day; entering again corrects rather than duplicates.
    const again = await coach('POST', `/api/groups/${groupId}/attendance`, {
      date: workday,
      entries: [{ clientId: clients.young, hours: 3.5, mode: 'remote' }, { clientId: clients.third, hours: 0, mode: 'onsite' }],
    });
    expect(again.body).toMatchObject({ saved: 1, removed: 1 });
    const after = await coach('GET', `/api/groups/${groupId}/attendance?date=${workday}`);
    expect(after.body.map((r: { hours: number }) => r.hours)).toEqual([3.5]);
  });

  it('makes a group entry on a day the period already has into that same day, marked with the group', async () => {
    let day = addDays(workday, -1);
    while (isoWeekday(day) > 5 || isFinnishHoliday(day)) day = addDays(day, -1);
    const periods = await coach('GET', `/api/clients/${clients.young}/periods`);
    const single = await coach('POST', `/api/clients/${clients.young}/attendance`, { periodId: periods.body[0].id, date: day, hours: 2, mode: 'remote' });
    expect(single.status).toBe(201);
    await coach('POST', `/api/groups/${groupId}/attendance`, { date: day, entries: [{ clientId: clients.young, hours: 4, mode: 'remote' }] });
    const rows = await coach('GET', `/api/clients/${clients.young}/attendance?from=${day}&to=${day}`);
    expect(rows.body).toHaveLength(1);
    expect(rows.body[0]).toMatchObject({ id: single.body.id, hours: 4, groupId });
  });

  it('refuses non-participants, public holidays and dates outside the group', async () => {
    const outsider = await coach('POST', `/api/groups/${groupId}/attendance`, { date: workday, entries: [{ clientId: clients.older, hours: 4, mode: 'onsite' }] });
    expect(outsider.body.errors[0]).toMatchObject({ path: 'entries.0.clientId', messageKey: 'errors.notParticipant' });
    const year = Number(today.slice(0, 4));
    const holiday = await coach('POST', `/api/groups/${groupId}/attendance`, { date: `${year}-01-06`, entries: [{ clientId: clients.young, hours: 4, mode: 'onsite' }] });
    expect(holiday.body.errors[0].messageKey).toBe('errors.publicHoliday');
    const late = await coach('POST', `/api/groups/${groupId}/attendance`, { date: addDays(today, 90), entries: [{ clientId: clients.young, hours: 4, mode: 'onsite' }] });
    expect(late.body.errors[0].messageKey).toBe('errors.outsideGroupDates');
  });

  it('shows the client their group and its link, but not the other participants', async () => {
    await world.handle.db.updateTable('client').set({ userId: world.ids.clientX }).where('id', '=', clients.young).execute();
    const own = api(world, await signIn(world, 'clientX'));
    const group = await own('GET', `/api/groups/${groupId}`);
    expect(group.status).toBe(200);
    expect(group.body.remoteLink).toBe('https://meet.example.fi/nuoret');
    expect(group.body.participants).toEqual([]);
  });
});

describe('employers', () => {
  it('keeps employers, their needs, contacts and placements', async () => {
    const bad = await coach('POST', '/api/employers', { name: 'Rakennus Oy', businessId: '0737546-3' });
    expect(bad.body.errors[0]).toMatchObject({ path: 'businessId', messageKey: 'errors.invalidBusinessId' });
    const employer = await coach('POST', '/api/employers', { name: 'Rakennus Oy', businessId: '0737546-2' });
    expect(employer.status).toBe(201);
    expect((await coach('POST', '/api/employers', { name: 'Kopio Oy', businessId: '0737546-2' })).status).toBe(409);
    const id = employer.body.id;
    expect((await coach('POST', `/api/employers/${id}/needs`, { unitId: world.ids.unitA1, description: 'Siivousapua työmaalle', positions: 2 })).status).toBe(201);
    expect((await coach('POST', `/api/employers/${id}/contacts`, { unitId: world.ids.unitA1, contactDate: today, channel: 'visit', contactPerson: 'Matti' })).status).toBe(201);
    expect((await coach('POST', `/api/clients/${clients.third}/placements`, { employerId: id, startDate: today, tasks: 'Siivous' })).status).toBe(201);
    const detail = await coach('GET', `/api/employers/${id}`);
    expect(detail.body.needs).toHaveLength(1);
    expect(detail.body.contacts[0].contactPerson).toBe('Matti');
    expect(detail.body.placements[0].clientId).toBe(clients.third);
    const list = await coach('GET', '/api/employers');
    expect(list.body.find((e: { id: string }) => e.id === id)).toMatchObject({ openNeeds: 1, contacts: 1, lastContactOn: today });

    // Another provider's coach sees the employer but not this unit's notes or placements.
    const other = api(world, await signIn(world, 'coachB1'));
    const seen = await other('GET', `/api/employers/${id}`);
    expect(seen.body.needs).toEqual([]);
    expect(seen.body.contacts).toEqual([]);
    expect(seen.body.placements).toEqual([]);
    expect((await other('POST', `/api/employers/${id}/needs`, { unitId: world.ids.unitA1, description: 'x' })).status).toBe(422);
  });
});
