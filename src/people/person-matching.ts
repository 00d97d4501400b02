/**
 * Who a name in an imported document is. Minutes print the same councillor
 * as "Cllr J Smith" in one place and "Councillor John Smith" in another;
 * both are the one John Smith on that committee. Jane Smith on the same
 * committee is someone else, and "J Smith" is nobody in particular when the
 * committee has both a John and a Jane: then no match is made, because
 * merging two people is worse than listing one twice.
 *
 *   matchPerson('J Smith', [{ id: 4, fullName: 'John Smith' }]) // 4
 *   matchPerson('Jane Smith', [{ id: 4, fullName: 'John Smith' }]) // null
 */
export interface KnownPerson {
  id: number;
  fullName: string;
}

export interface NameParts {
  /** Given names or initials, in order: ["J"], ["John", "Paul"], ["P", "R"]. */
  given: string[];
  family: string;
}

/** Splits a bare name (honorifics already removed) into given names and a family name. */
export function nameParts(fullName: string): NameParts {
  const tokens = fullName
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const family = tokens.pop() ?? '';
  // "PR Quinn": run-together capitals are initials, one each.
  const given = tokens.flatMap((t) => (/^[A-Z]{2,3}$/.test(t) ? [...t] : [t]));
  return { given, family };
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .toLowerCase();

/** True when two printed names can be the same person: same family name, and given names or initials that agree as far as both go. */
export function namesAgree(a: string, b: string): boolean {
  const x = nameParts(a);
  const y = nameParts(b);
  if (!x.family || fold(x.family) !== fold(y.family)) return false;
  const length = Math.min(x.given.length, y.given.length);
  for (let i = 0; i < length; i++) {
    if (!givenAgree(x.given[i]!, y.given[i]!)) return false;
  }
  return true;
}

function givenAgree(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return x === y;
}

/**
 * The one known person a name can be, or null. An exact spelling wins;
 * otherwise exactly one person whose name agrees with it (initials against
 * given names, a lone surname against a full name) is a match, and two or
 * more are an ambiguity that is left unresolved.
 */
export function matchPerson(name: string, people: readonly KnownPerson[]): number | null {
  const exact = people.filter((p) => fold(p.fullName) === fold(name));
  if (exact.length >= 1) return exact.length === 1 ? exact[0]!.id : null;
  const agreeing = people.filter((p) => namesAgree(p.fullName, name));
  const ids = new Set(agreeing.map((p) => p.id));
  return ids.size === 1 ? agreeing[0]!.id : null;
}

/**
 * The fuller of two spellings of one person, to keep on record: "John
 * Smith" rather than "J Smith", "Peter R Quinn" rather than "PR Quinn".
 */
export function fullerName(a: string, b: string): string {
  const score = (name: string) => {
    const { given } = nameParts(name);
    return given.reduce((sum, g) => sum + (g.length > 1 ? 10 : 1), 0);
  };
  return score(b) > score(a) ? b : a;
}
