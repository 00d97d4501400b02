import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

/**
 * A secret every server process of this instance shares, made by whichever
 * process asks first. Kept in the database so a council running several
 * processes needs no extra setting, and a restart keeps users signed in.
 */
export async function instanceSecret(db: Kysely<Database>, name: string): Promise<string> {
  await db
    .insertInto('instanceSecret')
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('instanceSecret').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}
