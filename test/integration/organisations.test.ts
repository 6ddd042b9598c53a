// The organisation register: municipalities with their codes, providers with valid business IDs,
// units of the barometer's types, and who may manage them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createWorld, signIn, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(async () => world?.close());

describe('organisations and units', () => {
  it('lets an admin add a municipality and a provider, validating what each must have', async () => {
    const admin = api(world, await signIn(world, 'admin'));
    expect((await admin('POST', '/api/organisations', { kind: 'municipality', name: 'Nokian kaupunki', municipalityCode: '536' })).status).toBe(201);
    expect((await admin('POST', '/api/organisations', { kind: 'municipality', name: 'Toinen Nokia', municipalityCode: '536' })).body.messageKey).toBe('errors.municipalityExists');
    const noSector = await admin('POST', '/api/organisations', { kind: 'provider', name: 'Säätiö', businessId: '0737546-2' });
    expect(noSector.body.errors[0]).toMatchObject({ path: 'sector', messageKey: 'errors.required' });
    const badId = await admin('POST', '/api/organisations', { kind: 'provider', name: 'Säätiö', businessId: '0737546-1', sector: 'third_sector' });
    expect(badId.body.errors[0]).toMatchObject({ path: 'businessId', messageKey: 'errors.invalidBusinessId' });
    const provider = await admin('POST', '/api/organisations', { kind: 'provider', name: 'Säätiö sr', businessId: '0737546-2', sector: 'third_sector' });
    expect(provider.status).toBe(201);
    const unit = await admin('POST', `/api/organisations/${provider.body.id}/units`, { name: 'Työkeskus', unitType: 'production_work_centre', municipalityCode: '536' });
    expect(unit.status).toBe(201);
    const badType = await admin('POST', `/api/organisations/${provider.body.id}/units`, { name: 'X', unitType: 'factory', municipalityCode: '536' });
    expect(badType.body.errors[0]).toMatchObject({ path: 'unitType', messageKey: 'errors.invalidChoice' });
  });

  it('lets a unit manager add units and staff to their own organisation only', async () => {
    const manager = api(world, await signIn(world, 'managerA'));
    const unit = await manager('POST', `/api/organisations/${world.ids.providerA}/units`, { name: 'Uusi paja', unitType: 'workshop', municipalityCode: '837' });
    expect(unit.status).toBe(201);
    expect((await manager('POST', `/api/units/${unit.body.id}/staff`, { userId: world.ids.coachA2 })).status).toBe(204);
    expect((await manager('POST', `/api/units/${unit.body.id}/staff`, { userId: world.ids.coachB1 })).status).toBe(422);
    expect((await manager('POST', `/api/organisations/${world.ids.providerB}/units`, { name: 'Vieras', unitType: 'workshop', municipalityCode: '837' })).status).toBe(404);
    expect((await manager('POST', '/api/organisations', { kind: 'municipality', name: 'X', municipalityCode: '111' })).status).toBe(403);
    // The coach now works in the new unit and sees it.
    const coach = api(world, await signIn(world, 'coachA2'));
    const units = await coach('GET', '/api/units');
    expect(units.body.map((u: { id: string }) => u.id)).toContain(unit.body.id);
  });
});
