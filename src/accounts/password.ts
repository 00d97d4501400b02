import { type Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * Passwords are hashed with Argon2id, the memory-hard function OWASP puts
 * first, at its recommended minimum cost (19 MiB, 2 passes, 1 lane): about
 * 30 ms a sign-in here, and a stolen hash costs an attacker as much per guess.
 * Tests lower the cost through GAVEL_PASSWORD_COST=test, never production.
 */
// The library's enum is a const enum, which isolated modules cannot import: 2 is its Argon2id.
const argon2id = 2 as Algorithm;
const productionCost = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const testCost = { memoryCost: 1_024, timeCost: 1, parallelism: 1 };

function cost() {
  return process.env.GAVEL_PASSWORD_COST === 'test' ? testCost : productionCost;
}

export async function hashPassword(password: string): Promise<string> {
  return hash(password, { ...cost(), algorithm: argon2id });
}

/** False for a wrong password or a hash that is not one of ours; never throws on bad input. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing anyone knows: compared against when the account does not exist, so timing does not tell. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(`no account ${Math.random()}`);
  return decoyHash;
}

export const passwordRules = { minLength: 12, maxLength: 256 } as const;

/**
 * NCSC guidance: length beats complexity rules, so the one rule is a
 * minimum length, and the obvious choices are refused.
 */
export function passwordProblem(password: string, context: { email: string; name: string }): string | null {
  if (password.length < passwordRules.minLength) return `Password must be at least ${passwordRules.minLength} characters`;
  if (password.length > passwordRules.maxLength) return `Password must be ${passwordRules.maxLength} characters or fewer`;
  const lower = password.toLowerCase();
  const obvious = [context.email.toLowerCase(), context.email.split('@')[0]!.toLowerCase(), context.name.toLowerCase().replace(/\s+/g, '')];
  if (obvious.some((word) => word.length >= 4 && lower.replace(/\s+/g, '').includes(word))) return 'Password must not contain your name or email address';
  if (/^(.)\1+$/.test(password) || /^(?:password|qwerty|letmein|123456)/i.test(password)) return 'Choose a password that is harder to guess';
  return null;
}
