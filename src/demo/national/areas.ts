// The 45 employment areas (työllisyysalueet) that took over the public employment services on
// 1 January 2025, simplified for the national demo: each area is one purchasing organisation named
// after its lead municipality, with its clients living in the member municipalities listed. The
// municipality codes are Statistics Finland's; the memberships are abridged (small municipalities
// left out) and the populations rounded, so the areas' sizes are in the right proportion, not exact.

export interface AreaDef {
  /** Short name; the organisation is called "<name>n työllisyysalue" style by areaName(). */
  name: string;
  /** Population in thousands, rounded: the area's share of the clients and providers. */
  population: number;
  /** Member municipalities: [Statistics Finland code, name]; the first is the lead municipality. */
  members: ReadonlyArray<readonly [string, string]>;
}

export const AREAS: readonly AreaDef[] = [
  { name: 'Helsinki', population: 675, members: [['091', 'Helsinki']] },
  { name: 'Espoo', population: 355, members: [['049', 'Espoo'], ['235', 'Kauniainen'], ['257', 'Kirkkonummi']] },
  { name: 'Vantaa–Kerava', population: 285, members: [['092', 'Vantaa'], ['245', 'Kerava']] },
  { name: 'Keski-Uusimaa', population: 200, members: [['186', 'Järvenpää'], ['858', 'Tuusula'], ['543', 'Nurmijärvi'], ['106', 'Hyvinkää'], ['505', 'Mäntsälä'], ['611', 'Pornainen']] },
  { name: 'Länsi-Uusimaa', population: 120, members: [['444', 'Lohja'], ['927', 'Vihti'], ['224', 'Karkkila'], ['710', 'Raasepori'], ['078', 'Hanko'], ['149', 'Inkoo'], ['755', 'Siuntio']] },
  { name: 'Itä-Uusimaa', population: 100, members: [['638', 'Porvoo'], ['434', 'Loviisa'], ['753', 'Sipoo'], ['018', 'Askola'], ['504', 'Myrskylä'], ['616', 'Pukkila'], ['407', 'Lapinjärvi']] },
  { name: 'Turku', population: 330, members: [['853', 'Turku'], ['202', 'Kaarina'], ['680', 'Raisio'], ['529', 'Naantali'], ['423', 'Lieto'], ['704', 'Rusko'], ['445', 'Parainen'], ['577', 'Paimio'], ['738', 'Sauvo']] },
  { name: 'Salo', population: 60, members: [['734', 'Salo'], ['918', 'Somero']] },
  { name: 'Vakka-Suomi', population: 30, members: [['895', 'Uusikaupunki'], ['400', 'Laitila']] },
  { name: 'Loimaa', population: 16, members: [['430', 'Loimaa']] },
  { name: 'Pori', population: 110, members: [['609', 'Pori'], ['886', 'Ulvila'], ['079', 'Harjavalta'], ['531', 'Nakkila'], ['271', 'Kokemäki']] },
  { name: 'Rauma', population: 60, members: [['684', 'Rauma'], ['051', 'Eurajoki'], ['050', 'Eura']] },
  { name: 'Hämeenlinna', population: 85, members: [['109', 'Hämeenlinna'], ['165', 'Janakkala']] },
  { name: 'Riihimäki', population: 50, members: [['694', 'Riihimäki'], ['433', 'Loppi'], ['098', 'Hausjärvi']] },
  { name: 'Forssa', population: 25, members: [['061', 'Forssa'], ['169', 'Jokioinen']] },
  { name: 'Lahti', population: 210, members: [['398', 'Lahti'], ['111', 'Heinola'], ['560', 'Orimattila'], ['316', 'Kärkölä'], ['576', 'Padasjoki'], ['081', 'Hartola']] },
  { name: 'Tampere', population: 485, members: [['837', 'Tampere'], ['536', 'Nokia'], ['211', 'Kangasala'], ['604', 'Pirkkala'], ['980', 'Ylöjärvi'], ['418', 'Lempäälä'], ['562', 'Orivesi'], ['143', 'Ikaalinen'], ['581', 'Parkano']] },
  { name: 'Valkeakoski–Akaa', population: 37, members: [['908', 'Valkeakoski'], ['020', 'Akaa']] },
  { name: 'Sastamala', population: 24, members: [['790', 'Sastamala']] },
  { name: 'Kouvola', population: 79, members: [['286', 'Kouvola']] },
  { name: 'Kotka–Hamina', population: 70, members: [['285', 'Kotka'], ['075', 'Hamina']] },
  { name: 'Lappeenranta', population: 73, members: [['405', 'Lappeenranta']] },
  { name: 'Imatra', population: 25, members: [['153', 'Imatra']] },
  { name: 'Mikkeli', population: 51, members: [['491', 'Mikkeli']] },
  { name: 'Savonlinna', population: 31, members: [['740', 'Savonlinna']] },
  { name: 'Pieksämäki', population: 17, members: [['593', 'Pieksämäki']] },
  { name: 'Kuopio', population: 145, members: [['297', 'Kuopio'], ['749', 'Siilinjärvi']] },
  { name: 'Ylä-Savo', population: 20, members: [['140', 'Iisalmi']] },
  { name: 'Varkaus', population: 20, members: [['915', 'Varkaus']] },
  { name: 'Joensuu', population: 100, members: [['167', 'Joensuu'], ['276', 'Kontiolahti'], ['309', 'Outokumpu']] },
  { name: 'Jyväskylä', population: 215, members: [['179', 'Jyväskylä'], ['410', 'Laukaa'], ['500', 'Muurame'], ['182', 'Jämsä'], ['249', 'Keuruu']] },
  { name: 'Äänekoski', population: 30, members: [['992', 'Äänekoski'], ['729', 'Saarijärvi']] },
  { name: 'Seinäjoki', population: 110, members: [['743', 'Seinäjoki'], ['408', 'Lapua'], ['233', 'Kauhava'], ['005', 'Alajärvi']] },
  { name: 'Suupohja', population: 12, members: [['232', 'Kauhajoki']] },
  { name: 'Vaasa', population: 130, members: [['905', 'Vaasa'], ['499', 'Mustasaari'], ['545', 'Närpiö'], ['287', 'Kristiinankaupunki']] },
  { name: 'Kokkola', population: 48, members: [['272', 'Kokkola']] },
  { name: 'Pietarsaari', population: 19, members: [['598', 'Pietarsaari']] },
  { name: 'Oulu', population: 250, members: [['564', 'Oulu'], ['244', 'Kempele'], ['425', 'Liminka']] },
  { name: 'Raahe', population: 24, members: [['678', 'Raahe']] },
  { name: 'Oulun eteläinen', population: 40, members: [['977', 'Ylivieska'], ['069', 'Haapajärvi'], ['071', 'Haapavesi']] },
  { name: 'Kajaani', population: 48, members: [['205', 'Kajaani'], ['765', 'Sotkamo']] },
  { name: 'Rovaniemi', population: 80, members: [['698', 'Rovaniemi'], ['320', 'Kemijärvi']] },
  { name: 'Kemi–Tornio', population: 40, members: [['240', 'Kemi'], ['851', 'Tornio']] },
  { name: 'Koillismaa', population: 15, members: [['305', 'Kuusamo']] },
  { name: 'Tunturi-Lappi', population: 7, members: [['261', 'Kittilä']] },
];

/** The area whose purchaser, unit manager and coach are the demo logins. */
export const DEMO_AREA = 'Tampere';

export const areaOrganisationName = (area: AreaDef) => `${area.name} – työllisyysalue`;
