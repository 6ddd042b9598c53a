// Name lists for the demo people. The names are common ones in Finland; the combinations are
// random, so any resemblance to a real person is a coincidence of common names.

export type Sex = 'female' | 'male';

export interface NamePool {
  female: readonly string[];
  male: readonly string[];
  last: readonly string[];
}

export const FINNISH_NAMES: NamePool = {
  female: [
    'Aino', 'Anna', 'Anne', 'Anu', 'Eija', 'Elina', 'Emilia', 'Emma', 'Hanna', 'Heidi', 'Helena',
    'Henna', 'Iida', 'Jaana', 'Janette', 'Jenni', 'Johanna', 'Kaisa', 'Katja', 'Kirsi', 'Laura',
    'Leena', 'Liisa', 'Maarit', 'Maria', 'Marjo', 'Marika', 'Milla', 'Minna', 'Niina', 'Noora',
    'Outi', 'Paula', 'Pauliina', 'Pia', 'Piia', 'Riikka', 'Ritva', 'Sanna', 'Sari', 'Satu',
    'Seija', 'Susanna', 'Suvi', 'Taina', 'Tanja', 'Terhi', 'Tiina', 'Tuula', 'Ulla', 'Veera',
    'Virpi', 'Jonna', 'Essi', 'Roosa', 'Ella', 'Sofia', 'Venla', 'Inka', 'Krista',
  ],
  male: [
    'Aki', 'Antti', 'Ari', 'Arto', 'Eero', 'Esa', 'Harri', 'Heikki', 'Jani', 'Jari', 'Jarmo',
    'Jouni', 'Juha', 'Juho', 'Jukka', 'Jussi', 'Kalle', 'Kari', 'Lauri', 'Markku', 'Marko',
    'Matti', 'Mika', 'Mikko', 'Niko', 'Olli', 'Pasi', 'Pekka', 'Petri', 'Petteri', 'Raimo',
    'Reijo', 'Sami', 'Seppo', 'Simo', 'Teemu', 'Timo', 'Toni', 'Tuomas', 'Tommi', 'Ville',
    'Vesa', 'Janne', 'Joonas', 'Aleksi', 'Eetu', 'Jesse', 'Miro', 'Onni', 'Rasmus', 'Tero',
    'Kimmo', 'Hannu', 'Pertti', 'Risto', 'Veikko', 'Joni', 'Valtteri', 'Samuli', 'Ilkka',
  ],
  last: [
    'Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen',
    'Koskinen', 'Järvinen', 'Lehtonen', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen',
    'Niemi', 'Heikkilä', 'Kinnunen', 'Salonen', 'Turunen', 'Salo', 'Laitinen', 'Tuominen',
    'Rantanen', 'Karjalainen', 'Jokinen', 'Mattila', 'Savolainen', 'Lahtinen', 'Ahonen',
    'Hiltunen', 'Leinonen', 'Kallio', 'Hakala', 'Miettinen', 'Aaltonen', 'Leppänen', 'Manninen',
    'Lindholm', 'Koivisto', 'Peltonen', 'Rautio', 'Väisänen', 'Kettunen', 'Honkanen', 'Anttila',
    'Mustonen', 'Pitkänen', 'Hirvonen', 'Toivonen', 'Vainio', 'Kosonen', 'Ketola', 'Huttunen',
    'Laaksonen', 'Oksanen', 'Peltola', 'Suominen', 'Nurmi', 'Rinne', 'Vuorinen', 'Lampinen',
    'Kivelä', 'Aalto', 'Räsänen', 'Kangas', 'Seppälä', 'Nyman', 'Ojala', 'Harju', 'Sundqvist',
    'Aho', 'Tamminen', 'Kurki', 'Pajunen', 'Hyvönen', 'Mäki', 'Ylinen', 'Valtonen', 'Syrjälä',
  ],
};

export const SWEDISH_NAMES: NamePool = {
  female: ['Annika', 'Ebba', 'Ellen', 'Frida', 'Ida', 'Linnea', 'Malin', 'Sara', 'Stina', 'Ulrika', 'Wilma'],
  male: ['Anders', 'Björn', 'Erik', 'Fredrik', 'Henrik', 'Johan', 'Kristian', 'Mats', 'Oskar', 'Patrik', 'Tobias'],
  last: ['Andersson', 'Backman', 'Björkqvist', 'Ekholm', 'Forsman', 'Holmström', 'Lindqvist', 'Nordström', 'Sjöberg', 'Westerlund'],
};

/** Names of people with an immigrant background, by their first language. */
export const IMMIGRANT_NAMES: Readonly<Record<string, NamePool>> = {
  ar: {
    female: ['Amira', 'Fatima', 'Layla', 'Mariam', 'Noor', 'Rania', 'Zainab'],
    male: ['Ahmed', 'Ali', 'Hassan', 'Karim', 'Mohammed', 'Omar', 'Yousef'],
    last: ['Al-Hashimi', 'Hassan', 'Ibrahim', 'Jaber', 'Khalil', 'Mansour', 'Saleh'],
  },
  so: {
    female: ['Amina', 'Faduma', 'Hodan', 'Istahil', 'Khadra', 'Sahra'],
    male: ['Abdi', 'Abdullahi', 'Farah', 'Hamza', 'Mahad', 'Yusuf'],
    last: ['Abdi', 'Ahmed', 'Farah', 'Hussein', 'Jama', 'Mohamud', 'Warsame'],
  },
  ru: {
    female: ['Anastasia', 'Irina', 'Natalia', 'Olga', 'Svetlana', 'Tatjana'],
    male: ['Aleksei', 'Dmitri', 'Igor', 'Sergei', 'Vladimir', 'Juri'],
    last: ['Ivanov', 'Kuznetsov', 'Morozov', 'Petrov', 'Smirnov', 'Volkov'],
  },
  et: {
    female: ['Kadri', 'Kristiina', 'Liis', 'Maarja', 'Triin'],
    male: ['Andres', 'Jaan', 'Margus', 'Priit', 'Tõnu'],
    last: ['Kask', 'Mägi', 'Saar', 'Tamm', 'Sepp'],
  },
  fa: {
    female: ['Maryam', 'Nasrin', 'Parisa', 'Shirin', 'Zahra'],
    male: ['Ali Reza', 'Hamid', 'Mehdi', 'Reza', 'Saeed'],
    last: ['Ahmadi', 'Hosseini', 'Karimi', 'Mohammadi', 'Rahimi'],
  },
  en: {
    female: ['Grace', 'Joy', 'Mercy', 'Sarah', 'Emily'],
    male: ['Daniel', 'James', 'John', 'Michael', 'Samuel'],
    last: ['Brown', 'Johnson', 'Okafor', 'Mensah', 'Smith', 'Williams'],
  },
};

/** The first-language mix of the immigrant-background clients, with the languages a client uses. */
export const IMMIGRANT_LANGUAGES: ReadonlyArray<readonly [string, number, readonly string[]]> = [
  ['ar', 0.26, ['ar', 'fi']],
  ['so', 0.2, ['so']],
  ['ru', 0.22, ['ru', 'fi']],
  ['et', 0.1, ['et', 'fi']],
  ['fa', 0.1, ['fa', 'fi']],
  ['en', 0.12, ['en']],
];

/** Lower-case ASCII for e-mail addresses: Mäkelä → makela, Björkqvist → bjorkqvist. */
export function emailPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Streets of Tampere and its neighbours for demo addresses, with postal codes and post towns. */
export const STREETS: ReadonlyArray<readonly [string, string, string]> = [
  ['Hervannan valtaväylä', '33720', 'Tampere'],
  ['Insinöörinkatu', '33720', 'Tampere'],
  ['Nekalantie', '33800', 'Tampere'],
  ['Lielahdenkatu', '33400', 'Tampere'],
  ['Hatanpään valtatie', '33100', 'Tampere'],
  ['Pispalan valtatie', '33270', 'Tampere'],
  ['Tesomankatu', '33310', 'Tampere'],
  ['Kalevan puistotie', '33500', 'Tampere'],
  ['Sammonkatu', '33540', 'Tampere'],
  ['Teiskontie', '33500', 'Tampere'],
  ['Linnainmaantie', '33580', 'Tampere'],
  ['Härmälänkatu', '33900', 'Tampere'],
  ['Kaukajärvenkatu', '33710', 'Tampere'],
  ['Itsenäisyydenkatu', '33500', 'Tampere'],
  ['Sarankulmankatu', '33900', 'Tampere'],
  ['Tullikatu', '33100', 'Tampere'],
];

export const NEIGHBOUR_STREETS: Readonly<Record<string, ReadonlyArray<readonly [string, string, string]>>> = {
  '536': [
    ['Pirkkalaistori', '37100', 'Nokia'],
    ['Välikatu', '37100', 'Nokia'],
  ],
  '211': [
    ['Kuohuntie', '36200', 'Kangasala'],
    ['Ukonkatu', '36200', 'Kangasala'],
  ],
};
