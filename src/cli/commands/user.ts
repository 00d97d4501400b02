import { type Command, InvalidArgumentError } from 'commander';
import { z } from 'zod';
import { hashPassword, passwordProblem } from '../../accounts/password.ts';
import { staffRoleLabels, staffRoles, type StaffRole } from '../../accounts/roles.ts';
import { accountSnapshot, createPasswordLink, createStaffAccount } from '../../accounts/staff-accounts.ts';
import { listStaffUsers } from '../../accounts/staff-user-repository.ts';
import { withAudit } from '../../audit/with-audit.ts';
import { readConfig } from '../../config.ts';
import { openDatabase } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { GavelError } from '../../errors.ts';

/**
 * `gavel user add EMAIL --role ROLE`: how the first administrator is made,
 * before anyone can sign in to make the others. The account gets a one-time
 * link to choose a password (or, for scripts, a password on standard input).
 */
export function registerUser(program: Command): void {
  const user = program.command('user').description('staff accounts for the back office');

  user
    .command('add')
    .description('add a staff account and print a link to choose its password')
    .argument('<email>', 'their email address, which they sign in with', parseEmail)
    .requiredOption('--role <role>', `one of: ${staffRoles.join(', ')}`, parseRole)
    .option('--name <name>', 'their name as colleagues know it (default: from the email address)')
    .option('--password-stdin', 'read the password from standard input instead of printing a link')
    .action(async (email: string, options: { role: StaffRole; name?: string; passwordStdin?: boolean }) => {
      const config = readConfig();
      const name = options.name?.trim() || nameFromEmail(email);
      let passwordHash: string | null = null;
      if (options.passwordStdin) {
        const password = (await readStdin()).replace(/\r?\n$/, '');
        const problem = passwordProblem(password, { email, name });
        if (problem) throw new GavelError(`the password on standard input is not accepted: ${problem.toLowerCase()}`);
        passwordHash = await hashPassword(password);
      }
      const database = await openDatabase(config.database);
      try {
        await migrateToLatest(database.db);
        const result = await withAudit(database.db, null, async (trx, audit) => {
          const account = await createStaffAccount(trx, { email, name, role: options.role, passwordHash });
          await audit({ action: 'create', entity: 'staff_user', entityId: account.id, summary: `Added ${account.name} as ${staffRoleLabels[account.role]} with the gavel command`, after: accountSnapshot(account) });
          return { account, link: passwordHash ? null : await createPasswordLink(trx, account.id, 'invitation', config.publicUrl) };
        });
        console.log(`Added ${result.account.name} <${result.account.email}> as ${staffRoleLabels[result.account.role]}.`);
        if (result.link) {
          console.log(`To choose a password, open this link (it works once, for 7 days):\n  ${result.link.url}`);
        } else {
          console.log(`Sign in at ${config.publicUrl}/sign-in`);
        }
      } finally {
        await database.close();
      }
    });

  user
    .command('list')
    .description('list the staff accounts')
    .action(async () => {
      const database = await openDatabase(readConfig().database);
      try {
        await migrateToLatest(database.db);
        const users = await listStaffUsers(database.db);
        if (users.length === 0) console.log('No staff accounts yet: add one with `gavel user add EMAIL --role administrator`.');
        for (const u of users) {
          const state = !u.isActive ? 'deactivated' : u.hasPassword ? 'active' : 'invited';
          console.log(`${u.email}\t${staffRoleLabels[u.role]}\t${u.name}\t${state}`);
        }
      } finally {
        await database.close();
      }
    });
}

function parseEmail(value: string): string {
  const parsed = z.email().safeParse(value.trim());
  if (!parsed.success) throw new InvalidArgumentError(`"${value}" is not an email address.`);
  return parsed.data;
}

function parseRole(value: string): StaffRole {
  if (!(staffRoles as readonly string[]).includes(value)) throw new InvalidArgumentError(`--role must be one of ${staffRoles.join(', ')}, not "${value}".`);
  return value as StaffRole;
}

/** "jo.bloggs@council.example" → "Jo Bloggs": a starting point an administrator can change. */
export function nameFromEmail(email: string): string {
  return email
    .split('@')[0]!
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join(' ');
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new GavelError('--password-stdin reads a password piped in: echo "$PASSWORD" | gavel user add …');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
