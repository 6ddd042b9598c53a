// Service suggestions with hand-counted points: goal 3, work ability 2, target group 2, delivery 1,
// language 1, municipality 1.
import { describe, expect, it } from 'vitest';
import { suggestServices, type ClientSituation, type ServiceOffer } from '../../../src/domain/matching/services.ts';

const situation: ClientSituation = {
  municipalityCode: '837',
  languages: ['fi'],
  backgroundFactors: ['long_term_unemployed', 'mental_health'],
  goalKinds: ['employment', 'life_management'],
  workAbility: 4,
  deliveryModes: ['remote'],
};

const offer = (id: string, o: Partial<ServiceOffer>): ServiceOffer => ({
  id,
  kind: 'other',
  deliveryMode: 'onsite',
  municipalityCodes: ['837'],
  languages: [],
  targetFactors: [],
  ...o,
});

const services = [
  offer('A', { kind: 'job_coaching', languages: ['fi'], targetFactors: ['long_term_unemployed'] }),
  offer('B', { kind: 'social_rehabilitation_1c', deliveryMode: 'remote', municipalityCodes: ['091'], languages: ['fi', 'sv'], targetFactors: ['mental_health'] }),
  offer('C', { kind: 'work_trial', municipalityCodes: ['091'] }),
  offer('D', { kind: 'training', deliveryMode: 'hybrid', languages: ['sv'] }),
  offer('E', { kind: 'theme_group' }),
  offer('F', { kind: 'work_and_day_activity_disability_act', languages: ['fi'], targetFactors: ['intellectual_disability'] }),
];

describe('service suggestions', () => {
  it('ranks by points with the reasons, leaving out what the client cannot reach or use', () => {
    const out = suggestServices(situation, services);
    expect(out.map((s) => [s.serviceId, s.score])).toEqual([
      ['A', 9], // goal 3 + high work ability 2 + target 2 + language 1 + municipality 1
      ['B', 7], // goal 3 + target 2 + remote 1 + language 1 (offered elsewhere, but remotely)
      ['E', 4], // goal 3 + municipality 1
    ]);
    expect(out[0].reasons).toEqual([
      { kind: 'goal', goalKind: 'employment' },
      { kind: 'workAbility', level: 'high' },
      { kind: 'target', factor: 'long_term_unemployed' },
      { kind: 'language', language: 'fi' },
      { kind: 'municipality', municipalityCode: '837' },
    ]);
    expect(out[1].reasons).toContainEqual({ kind: 'delivery', mode: 'remote' });
  });

  it('turns to services that build work ability up when it is low', () => {
    const low = suggestServices({ ...situation, goalKinds: [], backgroundFactors: [], workAbility: 2 }, services);
    // B: low work ability 2 + remote 1 + language 1; F: 2 + language 1 + municipality 1 (ties by
    // id); E: 2 + municipality 1
    expect(low.map((s) => [s.serviceId, s.score])).toEqual([
      ['B', 4],
      ['F', 4],
      ['E', 3],
    ]);
    expect(low[0].reasons[0]).toEqual({ kind: 'workAbility', level: 'low' });
  });

  it('suggests nothing on place and language alone', () => {
    expect(suggestServices({ ...situation, goalKinds: [], backgroundFactors: [], workAbility: null }, services)).toEqual([]);
  });
});
