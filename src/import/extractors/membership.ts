import type { Block } from '../blocks.ts';
import type { MembershipRole } from '../extraction.ts';
import { cleanName, splitList, trimToName } from '../names.ts';
import type { Sourced } from '../records.ts';

/**
 * The membership list on an agenda's front sheet, from its "Membership"
 * heading to the agenda. A role is printed before the name ("Chairperson
 * Councillor Priya Hollis"), on a line of its own before it ("Chairman" /
 * "Councillor JG Jarvis"), or after it in brackets ("Councillor A Smith
 * (Vice-Chair)"). "Co-optee" and "Non-voting member" labels carry on to the
 * names listed under them until a councillor or another label comes.
 */

type Member = Sourced<{ name: string; role: MembershipRole }>;

const roleLabel =
  /^(vice[-\s]?chair(?:man|person|woman)?|chair(?:man|person|woman)?|(?:statutory\s+|education\s+|voting\s+|non-voting\s+)?co-?opt(?:ed|ee)s?(?:\s+members?)?|non[-\s]voting\s+(?:co-?opted\s+)?members?|members?|councillors?|substitutes?)\b\s*:?\s*/i;

export function readMembership(blocks: Block[]): Member[] {
  const start = blocks.findIndex((b) => /^(?:committee\s+)?membership\b\s*:?/i.test(b.text) || /^members\s*:?$/i.test(b.text));
  if (start < 0) return [];
  const members: Member[] = [];
  let pending: MembershipRole | null = null;
  let sticky: MembershipRole | null = null;
  const first = blocks[start]!;
  const inline = first.text.replace(/^(?:committee\s+)?membership\b\s*:?\s*/i, '');
  const list = inline ? [{ ...first, lines: [inline] }, ...blocks.slice(start + 1)] : blocks.slice(start + 1);
  for (const block of list) {
    if (block !== first && isEnd(block)) break;
    if (/^substitutes?\b/i.test(block.text)) break;
    const lines = block.cells ? [block.cells.filter(Boolean).join(' ')] : block.lines;
    for (const raw of lines) {
      // "Councillors: A Brown (Chair), C Davis, E Evans" lists members after a label.
      const listed = /^(?:councillors|members|cllrs)\s*:\s*/i.exec(raw.trim());
      const line = listed ? raw.trim().slice(listed[0].length) : raw;
      let rest = line.trim();
      let role: MembershipRole | null = null;
      const label = roleLabel.exec(rest);
      if (label) {
        role = toRole(label[1]!);
        rest = rest.slice(label[0].length);
        if (/^councillors?$/i.test(label[1]!)) { role = null; rest = line.trim(); }
      }
      if (!rest) {
        if (role === 'chair' || role === 'vice-chair') pending = role;
        else sticky = role === 'member' ? null : role;
        continue;
      }
      if (role === 'co-optee' || role === 'non-voting') sticky = role;
      else if (role) sticky = null;
      for (const part of splitList(rest)) {
        const bracketRole = /\(([^)]*)\)/.exec(part)?.[1];
        const name = cleanName(part, { allowSingle: Boolean(listed) }) ?? cleanName(trimToName(part));
        if (!name) continue;
        const councillor = /\b(councillor|cllr)\b/i.test(part);
        let chosen: MembershipRole = role ?? pending ?? (bracketRole ? toRole(bracketRole) : null) ?? (sticky && !(councillor && sticky === 'co-optee') ? sticky : 'member');
        if (chosen === 'member' && bracketRole && toRole(bracketRole)) chosen = toRole(bracketRole)!;
        pending = null;
        if (!members.some((m) => m.name === name)) members.push({ name, role: chosen, at: block.at });
      }
    }
  }
  return members;
}

function isEnd(block: Block): boolean {
  return /^(?:agenda|items?|business|pages|no\.?\s+item)\b/i.test(block.text) || (block.kind === 'row' && /\bpages?\b/i.test(block.text)) || /^\d+\.?\s+[A-Z]/.test(block.text);
}

export function toRole(label: string): MembershipRole | null {
  const l = label.toLowerCase();
  if (/vice[-\s]?chair/.test(l)) return 'vice-chair';
  if (/\bchair/.test(l)) return 'chair';
  if (/non[-\s]?voting/.test(l)) return 'non-voting';
  if (/co-?opt/.test(l)) return 'co-optee';
  if (/\bmember|councillor/.test(l)) return 'member';
  return null;
}
