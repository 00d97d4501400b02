import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { PersonKind } from '../../people/people-tables.ts';
import { fullerName, type KnownPerson, matchPerson, nameParts } from '../../people/person-matching.ts';
import { slugify } from '../../demo/names.ts';
import { findPeopleNamed, insertPerson, listCommitteePeople, renamePerson } from './import-repository.ts';

export interface PersonToFind {
  name: string;
  kind: PersonKind;
  committeeId: number;
  from: number;
  to: number;
}

/**
 * Finds people named in one document, creating those Gavel does not know.
 * A name is matched against the committee's people (members and everyone
 * recorded at its meetings, those this document has added included), then
 * against exact namesakes anywhere; only then is a new person created.
 */
export class PeopleResolver {
  readonly #committeePeople = new Map<number, KnownPerson[]>();
  created = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly documentId: number,
  ) {}

  async find(person: PersonToFind): Promise<number> {
    const known = await this.#peopleOf(person.committeeId);
    const match = matchPerson(person.name, known);
    if (match !== null) {
      const current = known.find((p) => p.id === match)!;
      const better = fullerName(current.fullName, person.name);
      if (better !== current.fullName) {
        await renamePerson(this.db, match, { fullName: better, givenName: nameParts(better).given.join(' ') || null });
        current.fullName = better;
      }
      return match;
    }
    const namesakes = await findPeopleNamed(this.db, person.name);
    if (namesakes.length === 1) {
      known.push(namesakes[0]!);
      return namesakes[0]!.id;
    }
    const parts = nameParts(person.name);
    const id = await insertPerson(this.db, {
      fullName: person.name,
      slug: slugify(person.name) || 'person',
      honorific: person.kind === 'councillor' ? 'Councillor' : null,
      givenName: parts.given.join(' ') || null,
      familyName: parts.family || null,
      kind: person.kind,
      origin: 'import',
      sourceDocumentId: this.documentId,
      sourceLineFrom: person.from,
      sourceLineTo: person.to,
    });
    this.created++;
    known.push({ id, fullName: person.name });
    return id;
  }

  async #peopleOf(committeeId: number): Promise<KnownPerson[]> {
    let people = this.#committeePeople.get(committeeId);
    if (!people) {
      people = await listCommitteePeople(this.db, committeeId);
      this.#committeePeople.set(committeeId, people);
    }
    return people;
  }
}
