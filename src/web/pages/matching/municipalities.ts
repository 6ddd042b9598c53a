// Municipalities offered as places of work: the Tampere region first (where the demo world lives),
// then the largest towns. Statistics Finland codes with Finnish and Swedish names.
export const MUNICIPALITIES: ReadonlyArray<{ code: string; fi: string; sv: string }> = [
  { code: '837', fi: 'Tampere', sv: 'Tammerfors' },
  { code: '536', fi: 'Nokia', sv: 'Nokia' },
  { code: '211', fi: 'Kangasala', sv: 'Kangasala' },
  { code: '604', fi: 'Pirkkala', sv: 'Birkala' },
  { code: '418', fi: 'Lempäälä', sv: 'Lempäälä' },
  { code: '980', fi: 'Ylöjärvi', sv: 'Ylöjärvi' },
  { code: '562', fi: 'Orivesi', sv: 'Orivesi' },
  { code: '091', fi: 'Helsinki', sv: 'Helsingfors' },
  { code: '049', fi: 'Espoo', sv: 'Esbo' },
  { code: '092', fi: 'Vantaa', sv: 'Vanda' },
  { code: '853', fi: 'Turku', sv: 'Åbo' },
  { code: '564', fi: 'Oulu', sv: 'Uleåborg' },
  { code: '179', fi: 'Jyväskylä', sv: 'Jyväskylä' },
  { code: '398', fi: 'Lahti', sv: 'Lahtis' },
  { code: '297', fi: 'Kuopio', sv: 'Kuopio' },
  { code: '609', fi: 'Pori', sv: 'Björneborg' },
  { code: '109', fi: 'Hämeenlinna', sv: 'Tavastehus' },
  { code: '905', fi: 'Vaasa', sv: 'Vasa' },
];

export function municipalityName(code: string | null | undefined, lang: string): string {
  if (!code) return '';
  const m = MUNICIPALITIES.find((x) => x.code === code);
  if (!m) return code;
  return lang === 'sv' ? m.sv : m.fi;
}
