/**
 * Names for the demo council: common English given and family names,
 * combined at random, and invented places. No list here names a real
 * council or a real person; any match with a real councillor is chance.
 */

export const femaleGivenNames = [
  'Alison', 'Amanda', 'Angela', 'Anita', 'Bethan', 'Carol', 'Caroline', 'Catherine', 'Charlotte', 'Claire',
  'Deborah', 'Diane', 'Elaine', 'Eleanor', 'Emma', 'Fiona', 'Gemma', 'Gillian', 'Hannah', 'Harriet',
  'Helen', 'Hilary', 'Jacqueline', 'Janet', 'Jennifer', 'Joanna', 'Julie', 'Karen', 'Kate', 'Laura',
  'Lesley', 'Linda', 'Lucy', 'Margaret', 'Nadia', 'Natalie', 'Nicola', 'Pauline', 'Priya', 'Rachel',
  'Rebecca', 'Ruth', 'Sally', 'Samantha', 'Sarah', 'Shirley', 'Sophie', 'Susan', 'Tracey', 'Yvonne',
] as const;

export const maleGivenNames = [
  'Adrian', 'Alan', 'Andrew', 'Anthony', 'Barry', 'Ben', 'Brian', 'Christopher', 'Colin', 'Daniel',
  'David', 'Dominic', 'Edward', 'Gareth', 'Gary', 'Geoffrey', 'Graham', 'Hamid', 'Ian', 'James',
  'Jonathan', 'Keith', 'Kevin', 'Malcolm', 'Mark', 'Martin', 'Matthew', 'Michael', 'Neil', 'Nigel',
  'Oliver', 'Patrick', 'Paul', 'Peter', 'Philip', 'Raj', 'Richard', 'Robert', 'Roger', 'Simon',
  'Stephen', 'Stuart', 'Terry', 'Thomas', 'Timothy', 'Trevor', 'Tom', 'Vikram', 'William', 'Yusuf',
] as const;

export const familyNames = [
  'Ahmed', 'Ainsworth', 'Allen', 'Appleby', 'Ashworth', 'Atkinson', 'Bailey', 'Barker', 'Barnes', 'Bennett',
  'Birch', 'Blackwood', 'Bradshaw', 'Brennan', 'Brooks', 'Bruce', 'Burgess', 'Carter', 'Chapman', 'Chaudhry',
  'Clarke', 'Collins', 'Cooper', 'Crossley', 'Dale', 'Davies', 'Dawson', 'Denton', 'Dixon', 'Doyle',
  'Drummond', 'Edwards', 'Ellis', 'Farrow', 'Fenwick', 'Fletcher', 'Forsyth', 'Foster', 'Gardner', 'Gill',
  'Goddard', 'Gough', 'Graham', 'Greenwood', 'Hales', 'Hammond', 'Harding', 'Hartley', 'Hayward', 'Hendry',
  'Hewitt', 'Holt', 'Horton', 'Hughes', 'Hussain', 'Iqbal', 'Jarvis', 'Jennings', 'Kaur', 'Kemp',
  'Kendrick', 'Khan', 'Lambert', 'Lawson', 'Lockwood', 'Lowe', 'Maddox', 'Marsh', 'Mason', 'McCarthy',
  'Mellor', 'Metcalfe', 'Mills', 'Morley', 'Nash', 'Newbould', 'Nolan', 'Oakley', "O'Neill", 'Osborne',
  'Palmer', 'Parry', 'Patel', 'Pearce', 'Pemberton', 'Pickering', 'Porter', 'Pritchard', 'Quinn', 'Rahman',
  'Rees', 'Riley', 'Rowe', 'Sandhu', 'Saunders', 'Sharma', 'Shaw', 'Singh', 'Slater', 'Stanton',
  'Stokes', 'Sutcliffe', 'Tanner', 'Thornton', 'Tomlinson', 'Turnbull', 'Underwood', 'Vaughan', 'Wadsworth', 'Walsh',
  'Warburton', 'Webb', 'Whitaker', 'Whitfield', 'Wilkinson', 'Winter', 'Woodward', 'Wright', 'Yates', 'Young',
] as const;

/** Invented wards of the invented borough of Wrenmoor, with the seats each returns (40 in all). */
export const wardSeats: readonly (readonly [name: string, seats: number])[] = [
  ['Abbeyfields', 3],
  ['Ashcombe and Millbrook', 2],
  ['Bramley Heath', 3],
  ['Castle', 2],
  ['Eastgate', 3],
  ['Fernhill', 2],
  ['Hartwell', 3],
  ['Kingsmead', 2],
  ['Larkrise', 3],
  ['Moorside', 2],
  ['Oakhurst', 3],
  ['Priory', 2],
  ['Riverside', 3],
  ['St Anne\'s', 2],
  ['Sedgebrook', 3],
  ['Wrenbridge Central', 2],
];

/** Streets and sites for planning applications and addresses. */
export const streets = [
  'Mill Lane', 'Station Road', 'Church Street', 'Orchard Way', 'Back Lane', 'Chapel Road', 'Victoria Street', 'Brook Road',
  'The Green', 'Kiln Lane', 'Quarry Road', 'Tanners Row', 'Sheepwash Lane', 'Foundry Street', 'Castle Hill', 'Ropewalk',
] as const;

/** Primary and secondary schools, for declarations and reports. */
export const schools = [
  'Oakhurst Primary School', 'St Anne\'s CE Primary School', 'Larkrise Community Primary School', 'Wrenbridge Academy',
  'Bramley Heath Junior School', 'Moorside High School', 'Priory Park School', 'Sedgebrook CE Primary School',
] as const;

/** "St Anne's CE Primary" → "st-annes-ce-primary". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hands out slugs, adding -2, -3 for a name already used. */
export class SlugRegistry {
  readonly #used = new Set<string>();

  take(text: string): string {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; this.#used.has(slug); n++) slug = `${base}-${n}`;
    this.#used.add(slug);
    return slug;
  }
}
