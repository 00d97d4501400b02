/**
 * A topic's address from its name: "Home to school transport (SEND)" →
 * "home-to-school-transport-send", with -2, -3 when taken. Kept when the
 * name changes later, so links people shared keep working.
 *
 * @example
 * topicSlug('Children’s services & early help', new Set(['childrens-services-and-early-help'])); // 'childrens-services-and-early-help-2'
 */
export function topicSlug(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/['’]/g, '')
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 100)
      .replace(/-+$/, '') || 'topic';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
