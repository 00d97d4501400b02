/**
 * Search latency: loads a generated corpus of council documents and the
 * records around them (meetings, agenda items with minutes, resolutions,
 * recommendations, actions, forward plan entries, transcript segments),
 * runs a fixed set of queries (broad, selective, phrase, exclusion, "or",
 * misspelt) exactly as the search page does, and prints median and p95 on
 * PGlite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, on
 * PostgreSQL (in a scratch database, dropped after). The same queries run
 * on SQLite FTS5 (better-sqlite3) over the same corpus as the baseline.
 *
 *   BENCH_SEARCH_DOCS=2000    a quicker run (default 20,000, the issue's full size)
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/db/connection.ts';
import type { Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { findNameMatches } from '../src/search/name-match-repository.ts';
import { searchRecords } from '../src/search/search-repository.ts';

const documentCount = Number(process.env.BENCH_SEARCH_DOCS ?? 20000);
const docsPerMeeting = 8;

// A small deterministic generator: the same corpus on every run and engine.
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const committees = [
  ['Cabinet', 'cabinet'],
  ['Full Council', 'full-council'],
  ['Planning and Regulatory Committee', 'planning'],
  ['Licensing Committee', 'licensing'],
  ['Audit and Governance Committee', 'audit'],
  ['Children and Young People Scrutiny Committee', 'children-scrutiny'],
  ['Adults and Wellbeing Scrutiny Committee', 'adults-scrutiny'],
  ['Economy and Environment Scrutiny Committee', 'economy-scrutiny'],
  ['Corporate Resources Scrutiny Committee', 'resources-scrutiny'],
  ['Standards Committee', 'standards'],
  ['Health and Wellbeing Board', 'health-board'],
  ['Pensions Committee', 'pensions'],
] as const;

const topics = [
  ['surface water drainage', 'gully cleaning', 'flood risk', 'highway maintenance', 'pothole repairs', 'bus lane enforcement'],
  ['planning application', 'affordable housing', 'conservation area', 'listed building consent', 'section 106 contributions', 'green belt'],
  ['taxi licensing', 'hackney carriage fares', 'premises licence', 'street trading consent', 'gambling policy', 'late night levy'],
  ['internal audit plan', 'risk register', 'treasury management', 'statement of accounts', 'counter fraud', 'external auditor'],
  ['school places', 'special educational needs', 'children in care', 'early help', 'youth services', 'school transport'],
  ['adult social care', 'home care market', 'carers strategy', 'hospital discharge', 'dementia support', 'safeguarding adults'],
  ['medium term financial strategy', 'revenue budget', 'capital programme', 'council tax', 'savings proposals', 'general reserve'],
  ['library service', 'leisure centres', 'parks and open spaces', 'museum collections', 'arts grants', 'community hubs'],
  ['waste collection', 'recycling rates', 'fly tipping', 'street cleansing', 'garden waste', 'household waste recycling centre'],
  ['climate emergency', 'carbon reduction', 'electric vehicle charging', 'tree planting', 'air quality', 'active travel'],
] as const;

const places = ['Ashcombe', 'Brimley', 'Castleford Down', 'Dunmere', 'Eastwick', 'Fernleigh', 'Gorsey Bank', 'Hollins Cross', 'Ivybridge Moor', 'Kestle', 'Longdown', 'Marsham', 'Netherby', 'Oakhanger', 'Pellow', 'Quarrendon', 'Rushmere', 'Sallowfield', 'Thornbury Vale', 'Upcott', 'Wendover Fields', 'Yarrowby'];
// Street names are rare words: a query for one is selective, as a resident's search for their road is.
const streetStarts = ['Quill', 'Brack', 'Thorn', 'Wick', 'Marl', 'Hazel', 'Crook', 'Fallow', 'Gorse', 'Heron', 'Ketter', 'Lark', 'Mossen', 'Nettle', 'Otter', 'Pinder', 'Rook', 'Sedge', 'Tansy', 'Wren'];
const streetEnds = ['brook', 'stead', 'combe', 'ridge', 'worth', 'hurst', 'field', 'mere', 'holme', 'thwaite'];
const firstNames = ['Hannah', 'Alison', 'Tom', 'Paul', 'Ruth', 'Natalie', 'Mark', 'Hilary', 'Tracey', 'Bethan', 'Sally', 'Keith', 'Gillian', 'Nicola', 'Imran', 'Priya', 'Gareth', 'Siobhan', 'Declan', 'Margaret'];
const lastNames = ['Woodward', 'Sharma', 'Nash', 'Parry', 'Foster', 'Newbould', 'Walsh', 'Metcalfe', 'Harding', 'Riley', 'Crossley', 'Hewitt', 'Graham', 'Jarvis', 'Tanner', 'Okafor', 'Chaudhry', 'Llewellyn', 'Brennan', 'Hughes'];
const verbs = ['noted', 'welcomed', 'questioned', 'asked about', 'raised concerns about', 'supported', 'challenged officers on', 'requested an update on'];
const fillers = [
  'The report set out the background and the options considered.',
  'Officers explained the financial implications for the current year.',
  'The committee considered the equality impact assessment.',
  'Legal advice was given on the statutory duties of the council.',
  'Members discussed the consultation responses received.',
  'The portfolio holder answered questions from members of the committee.',
  'Performance against the agreed targets was summarised in the appendix.',
  'The chair thanked officers for a clear and thorough report.',
];

interface Corpus {
  people: string[];
  documents: { committee: number; meeting: number; title: string; text: string; topic: string; place: string; date: string }[];
}

export function buildCorpus(): Corpus {
  const rand = random(20260302);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const people = firstNames.flatMap((f) => lastNames.map((l) => `${f} ${l}`)).filter(() => rand() < 0.5);
  const documents: Corpus['documents'] = [];
  const start = Date.UTC(2022, 4, 1);
  for (let n = 0; n < documentCount; n++) {
    const meeting = Math.floor(n / docsPerMeeting);
    const area = topics[meeting % topics.length] ?? topics[0];
    const topic = pick(area);
    const place = pick(places);
    const date = new Date(start + Math.floor((meeting * 4 * 365 * 86_400_000) / Math.ceil(documentCount / docsPerMeeting))).toISOString().slice(0, 10);
    const street = `${streetStarts[n % streetStarts.length]}${streetEnds[Math.floor(n / streetStarts.length) % streetEnds.length]}`;
    const lines = [`${capitalise(topic)}: ${place}`, '', `The site is on ${street} Lane, ward of ${place}.`];
    const length = 30 + Math.floor(rand() * 60);
    for (let l = 0; l < length; l++) {
      const r = rand();
      if (r < 0.35) lines.push(pick(fillers));
      else if (r < 0.7) lines.push(`Councillor ${pick(people)} ${pick(verbs)} the ${pick(area)} in ${pick(places)}.`);
      else if (r < 0.9) lines.push(`The ${topic} proposals for ${place} would cost £${Math.floor(rand() * 900 + 100)},000 over ${Math.floor(rand() * 4) + 1} years.`);
      else lines.push(`Paragraph ${l}: see appendix ${String.fromCharCode(65 + (l % 6))} for the ${pick(pick(topics))} figures.`);
    }
    documents.push({ committee: meeting % committees.length, meeting, title: `${capitalise(topic)} in ${place}`, text: lines.join('\n'), topic, place, date });
  }
  return { people, documents };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

const none = { sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null };

export async function loadPostgres(db: Kysely<Database>, corpus: Corpus): Promise<void> {
  await db.insertInto('council').values({ name: 'Bench Council', shortName: 'Bench', slug: 'bench', nation: 'england', website: null, email: null, phone: null, address: null } as never).execute();
  const committeeIds: number[] = [];
  for (const [name, slug] of committees) {
    const row = await db
      .insertInto('committee')
      .values({ slug, name, kind: 'scrutiny', parentCommitteeId: null, purpose: null, quorum: 3, contactName: null, contactEmail: null, contactPhone: null, defaultVenue: null, questionDeadlineWorkingDays: null, questionDeadlineTime: null, reportDeadlineWorkingDays: null, ...none })
      .returning('id')
      .executeTakeFirstOrThrow();
    committeeIds.push(row.id);
  }
  for (const [i, fullName] of corpus.people.entries()) {
    const [given, family] = fullName.split(' ');
    await db
      .insertInto('person')
      .values({ slug: `person-${i}`, fullName, honorific: 'Councillor', givenName: given ?? null, familyName: family ?? null, kind: 'councillor', politicalGroupId: null, wardId: null, jobTitle: null, directorate: null, email: null, phone: null, ...none })
      .execute();
  }
  const meetingIds = new Map<number, number>();
  const batch = 100;
  for (let from = 0; from < corpus.documents.length; from += batch) {
    const slice = corpus.documents.slice(from, from + batch);
    for (const d of slice) {
      if (meetingIds.has(d.meeting)) continue;
      const committeeId = committeeIds[d.committee] as number;
      const row = await db
        .insertInto('meeting')
        .values({ committeeId, municipalYearId: null, slug: d.date, date: d.date, startsAt: null, endsAt: null, venue: null, remoteLink: null, videoUrl: null, status: 'minutes-approved', agendaPublishedAt: null, minutesPublishedAt: null, minutesApprovedAt: null, minutesApprovedByMeetingId: null, cancellationReason: null, ...none })
        .onConflict((oc) => oc.columns(['committeeId', 'slug']).doUpdateSet({ status: 'minutes-approved' }))
        .returning('id')
        .executeTakeFirstOrThrow();
      meetingIds.set(d.meeting, row.id);
    }
    await db
      .insertInto('document')
      .values(
        slice.map((d) => ({
          kind: 'report' as const,
          title: d.title,
          filename: 'report.txt',
          mediaType: 'text/plain',
          sha256: 'b'.repeat(64),
          byteSize: d.text.length,
          original: null,
          text: d.text,
          lineStarts: JSON.stringify(lineStarts(d.text)) as never,
          exemptParagraph: null,
          supersedesDocumentId: null,
          publishedAt: null,
          importedAt: null,
          committeeId: committeeIds[d.committee] as number,
          meetingId: meetingIds.get(d.meeting) as number,
          agendaItemId: null,
        })),
      )
      .execute();
    const items = await db
      .insertInto('agendaItem')
      .values(
        slice.map((d, k) => ({
          meetingId: meetingIds.get(d.meeting) as number,
          position: ((from + k) % docsPerMeeting) + 1,
          number: String(((from + k) % docsPerMeeting) + 1),
          minuteNumber: null,
          title: d.title,
          description: `Report on ${d.topic} in ${d.place}.`,
          standardKind: null,
          pageFrom: null,
          pageTo: null,
          exemptParagraph: null,
          minutes: d.text.split('\n').slice(2, 8).join('\n'),
          ...none,
        })),
      )
      .onConflict((oc) => oc.columns(['meetingId', 'position']).doNothing())
      .returning(['id', 'meetingId'])
      .execute();
    if (items.length) {
      await db.insertInto('resolution').values(items.map((item, k) => ({ agendaItemId: item.id, text: `RESOLVED: That the ${slice[k]?.topic} proposals for ${slice[k]?.place} be approved.`, outcome: 'carried' as const, ...none }))).execute();
      await db
        .insertInto('recommendation')
        .values(
          items.filter((_, k) => k % 3 === 0).map((item, k) => ({ committeeId: committeeIds[slice[k * 3]?.committee ?? 0] as number, meetingId: item.meetingId, agendaItemId: item.id, resolutionId: null, letter: 'a', reference: null, text: `That Cabinet review the ${slice[k * 3]?.topic} arrangements in ${slice[k * 3]?.place}.`, addresseeName: 'Cabinet', sentOn: null, receivedOn: null, responseDueOn: null, response: null, responseText: null, respondedOn: null, responseDecisionReference: null, implementationStatus: null, implementationDueOn: null, implementedOn: null, reviewOn: null, ...none })),
        )
        .execute();
      await db
        .insertInto('action')
        .values(items.filter((_, k) => k % 3 === 1).map((item, k) => ({ committeeId: committeeIds[slice[k * 3 + 1]?.committee ?? 0] as number, meetingId: item.meetingId, agendaItemId: item.id, number: `A${k}`, description: `Circulate the ${slice[k * 3 + 1]?.topic} figures for ${slice[k * 3 + 1]?.place} to members.`, ownerPersonId: null, ownerName: 'Officer', directorate: null, dueOn: null, dueText: null, completedOn: null, ...none })))
        .execute();
    }
    await db
      .insertInto('forwardPlanEntry')
      .values(slice.filter((_, k) => k % 10 === 0).map((d) => ({ reference: null, title: `${capitalise(d.topic)}: ${d.place}`, purpose: `To approve the ${d.topic} proposals for ${d.place}.`, decisionMaker: 'Cabinet', decisionMakerCommitteeId: committeeIds[0] as number, decisionKind: 'key' as const, decisionDueOn: d.date, decisionDueMonth: null, firstPublishedOn: null, directorate: null, leadOfficerName: null, leadOfficerPersonId: null, portfolioHolderName: null, exemptParagraph: null, urgencyRoute: null, decidedOn: null, decisionMeetingId: null, ...none })))
      .execute();
    // One transcript per meeting: a segment for each document's discussion.
    const transcriptFor = new Map<number, number>();
    for (const d of slice) {
      const meetingId = meetingIds.get(d.meeting) as number;
      if (transcriptFor.has(meetingId)) continue;
      const t = await db.insertInto('transcript').values({ meetingId, documentId: null, videoUrl: null }).returning('id').executeTakeFirstOrThrow();
      transcriptFor.set(meetingId, t.id);
    }
    await db
      .insertInto('transcriptSegment')
      .values(
        slice.flatMap((d, k) =>
          d.text
            .split('\n')
            .slice(8, 12)
            .map((text, s) => ({ transcriptId: transcriptFor.get(meetingIds.get(d.meeting) as number) as number, position: (from + k) * 10 + s, startsMs: ((from + k) % docsPerMeeting) * 600_000 + s * 15_000, endsMs: null, speakerName: null, speakerPersonId: null, text, sourceLineFrom: null, sourceLineTo: null })),
        ),
      )
      .execute();
  }
  await sql`analyze`.execute(db);
}

/** The fixed query set: at least 100, of every sort a resident types. */
export function buildQueries(corpus: Corpus): string[] {
  const broad = ['council', 'report', 'budget', 'members', 'proposals', 'committee', 'officers', 'appendix', 'financial', 'consultation'];
  const selective = [...places.map((p) => p.toLowerCase()), ...streetStarts.slice(0, 15).map((s, i) => `${s}${streetEnds[i % streetEnds.length]}`)];
  const phrases = topics.flat().slice(0, 30).map((t) => `"${t}"`);
  const combined = topics.flat().slice(30, 50).map((t, i) => `${t} ${places[i % places.length]}`);
  const exclusions = ['budget -capital', 'licence -taxi', 'school -transport', 'waste -garden', 'housing -affordable', 'flood -drainage', 'care -adult', 'audit -external', 'parks -leisure', 'carbon -vehicle'];
  const ors = ['taxi or hackney', 'library or museum', 'pothole or gully', 'recycling or tipping', 'dementia or carers', 'pensions or treasury', 'trees or planting', 'fraud or risk', 'youth or early', 'grants or arts'];
  const misspelt = ['woodwart', 'sharmer', 'metcalf', 'newbold', 'crosley', 'jarviss', 'llewelyn', 'chaudry', 'okafour', 'brenan', 'plannig', 'licensng', 'scrutney', 'goverance', 'pensons'];
  const named = corpus.people.slice(0, 5).map((p) => p.toLowerCase());
  return [...broad, ...selective, ...phrases, ...combined, ...exclusions, ...ors, ...misspelt, ...named];
}

function stats(ms: number[]): { median: number; p95: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { median: at(0.5), p95: at(0.95) };
}

/** The search page's work for one query: the results page and the name matches. */
async function timePostgres(db: Kysely<Database>, queries: string[]): Promise<number[]> {
  const run = (q: string) =>
    Promise.all([searchRecords(db, { q, kinds: [], committees: [], from: null, to: null, limit: 20, offset: 0 }), findNameMatches(db, q)]);
  for (const q of queries) await run(q); // warm-up: plans cached, pages in memory
  const times: number[] = [];
  for (const q of queries) {
    const started = performance.now();
    await run(q);
    times.push(performance.now() - started);
    if (process.env.BENCH_SEARCH_VERBOSE) console.log(`${(performance.now() - started).toFixed(1).padStart(8)} ms  ${q}`);
  }
  return times;
}

/**
 * Which indexes the search's conditions use, from EXPLAIN. Where the planner
 * prefers a sequential scan (a small table), EXPLAIN again with sequential
 * scans off shows the index is usable and would be taken as the table grows.
 */
async function explainIndexes(db: Kysely<Database>): Promise<string[]> {
  const conditions: [string, RawBuilder<unknown>][] = [
    ['search_entry', sql`select record_id from search_entry where search @@ websearch_to_tsquery('english', 'quillbrook')`],
    ['person.full_name', sql`select id from person where 'woodwart' <% full_name`],
    ['committee.name', sql`select id from committee where 'plannig' <% name`],
  ];
  const lines: string[] = [];
  for (const [name, query] of conditions) {
    const plan = async (executor: Kysely<Database>) =>
      (await sql<Record<string, string>>`explain ${query}`.execute(executor)).rows.map((r) => Object.values(r)[0]).join(' ');
    const chosen = indexUsed(await plan(db));
    if (chosen) {
      lines.push(`${name}: ${chosen}`);
      continue;
    }
    const forced = await db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      return indexUsed(await plan(trx));
    });
    lines.push(`${name}: sequential scan chosen at this size; ${forced ? `${forced} when sequential scans are off` : 'no usable index!'}`);
  }
  return lines;
}

function indexUsed(plan: string): string | undefined {
  const index = /(?:Bitmap Index Scan on|Index Scan using|Index Only Scan using) (\w+)/.exec(plan)?.[1];
  return index ? `index ${index}` : undefined;
}

function sqliteBaseline(corpus: Corpus, queries: string[]): number[] {
  const db = new Sqlite(':memory:');
  // One FTS5 table over the same records, columns weighted like the tsvectors (title above text).
  db.exec(`create virtual table records using fts5(kind unindexed, committee unindexed, date unindexed, title, body, tokenize = 'porter unicode61');
           create virtual table names using fts5(name, tokenize = 'trigram');`);
  const insert = db.prepare('insert into records (kind, committee, date, title, body) values (?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const [k, d] of corpus.documents.entries()) {
      insert.run('document', d.committee, d.date, d.title, d.text);
      insert.run('agenda-item', d.committee, d.date, d.title, d.text.split('\n').slice(2, 8).join('\n'));
      insert.run('resolution', d.committee, d.date, '', `RESOLVED: That the ${d.topic} proposals for ${d.place} be approved.`);
      if (k % 3 === 0) insert.run('recommendation', d.committee, d.date, '', `That Cabinet review the ${d.topic} arrangements in ${d.place}.`);
      if (k % 3 === 1) insert.run('action', d.committee, d.date, '', `Circulate the ${d.topic} figures for ${d.place} to members.`);
      if (k % 10 === 0) insert.run('forward-plan', 0, d.date, `${d.topic}: ${d.place}`, `To approve the ${d.topic} proposals for ${d.place}.`);
      for (const line of d.text.split('\n').slice(8, 12)) insert.run('transcript', d.committee, d.date, '', line);
    }
    const name = db.prepare('insert into names (name) values (?)');
    for (const p of corpus.people) name.run(p);
    for (const [c] of committees) name.run(c);
  })();
  const total = db.prepare('select count(*) n from records where records match ?');
  const kinds = db.prepare('select kind, count(*) n from records where records match ? group by kind');
  const byCommittee = db.prepare('select committee, count(*) n from records where records match ? group by committee');
  const page = db.prepare(
    `select kind, rowid, snippet(records, 4, '[', ']', ' … ', 24) s from records where records match ?
     order by bm25(records, 0, 0, 0, 5.0, 1.0) * (case kind when 'resolution' then 2.5 when 'recommendation' then 2.2 else 1 end), date desc limit 20`,
  );
  const names = db.prepare('select name from names where names match ? limit 5');
  const run = (q: string) => {
    const fts = toFts5(q);
    if (!fts) return;
    total.get(fts);
    kinds.all(fts);
    byCommittee.all(fts);
    page.all(fts);
    // FTS5 has no similarity search; trigram substring matching on the first three letters stands in.
    const stem = q.replace(/[^a-z]/gi, '').slice(0, 3);
    if (stem.length === 3) names.all(`"${stem}"`);
  };
  for (const q of queries) run(q);
  const times: number[] = [];
  for (const q of queries) {
    const started = performance.now();
    run(q);
    times.push(performance.now() - started);
  }
  db.close();
  return times;
}

/** websearch syntax in FTS5's: phrases stay quoted, -word becomes NOT, or becomes OR, other words are quoted terms. */
function toFts5(q: string): string {
  const tokens = q.match(/-?"[^"]*"|\S+/g) ?? [];
  const positive: string[] = [];
  const negative: string[] = [];
  let or = false;
  for (const token of tokens) {
    if (token.toLowerCase() === 'or') {
      or = true;
      continue;
    }
    const negated = token.startsWith('-');
    const word = token.replace(/^-/, '').replace(/"/g, '');
    if (!word) continue;
    const term = `"${word}"`;
    if (negated) negative.push(term);
    else if (or && positive.length) positive.push(`OR ${term}`);
    else positive.push(term);
    or = false;
  }
  if (!positive.length) return '';
  return positive.join(' ') + negative.map((n) => ` NOT ${n}`).join('');
}

async function benchEngine(name: string, handle: DatabaseHandle, corpus: Corpus, queries: string[]): Promise<{ lines: string[]; p95: number; median: number }> {
  const loadStarted = performance.now();
  let times: number[];
  let indexes: string[];
  let loadSeconds: number;
  try {
    await migrateToLatest(handle.db);
    await loadPostgres(handle.db, corpus);
    loadSeconds = (performance.now() - loadStarted) / 1000;
    times = await timePostgres(handle.db, queries);
    indexes = await explainIndexes(handle.db);
  } finally {
    await handle.close();
  }
  const { median, p95 } = stats(times);
  return {
    median,
    p95,
    lines: [
      `${name.padEnd(10)} search     median ${median.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   (${queries.length} queries, loaded in ${loadSeconds.toFixed(0)} s)`,
      ...indexes.map((l) => `${name.padEnd(10)} EXPLAIN    ${l}`),
    ],
  };
}

export async function run(): Promise<string[]> {
  const corpus = buildCorpus();
  const queries = buildQueries(corpus);
  const lines = [`search: ${documentCount} documents, ${queries.length} queries (results page of 20 with counts per kind and committee, snippets, name matches)`];

  const sqliteTimes = sqliteBaseline(corpus, queries);
  const sqlite = stats(sqliteTimes);
  lines.push(`sqlite     fts5       median ${sqlite.median.toFixed(1).padStart(6)} ms   p95 ${sqlite.p95.toFixed(1).padStart(6)} ms   (baseline, in process)`);

  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gavel-bench-search-'));
  try {
    const pglite = await benchEngine('pglite', await openDatabase({ engine: 'pglite', dataDir }), corpus, queries);
    lines.push(...pglite.lines, ratio('pglite', pglite, sqlite));
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }

  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const scratch = `gavel_bench_search_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${scratch}`);
    try {
      const url = new URL(serverUrl);
      url.pathname = `/${scratch}`;
      const postgres = await benchEngine('postgres', await openDatabase({ engine: 'postgres', url: url.toString() }), corpus, queries);
      lines.push(...postgres.lines, ratio('postgres', postgres, sqlite));
    } finally {
      await admin.query(`drop database if exists ${scratch}`);
      await admin.end();
    }
  } else {
    lines.push('postgres   skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL');
  }
  return lines;
}

function ratio(name: string, engine: { median: number; p95: number }, baseline: { median: number; p95: number }): string {
  return `${name.padEnd(10)} vs fts5   median ×${(engine.median / baseline.median).toFixed(1)}   p95 ×${(engine.p95 / baseline.p95).toFixed(1)}`;
}

// `node --import tsx bench/search.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await run()) console.log(line);
}
