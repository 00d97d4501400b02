import type { Block } from '../blocks.ts';

/**
 * What a minute decided: resolutions ("RESOLVED: That …", "AGREED:" with
 * bullets), recommendations (one per lettered or bulleted point after
 * "RECOMMENDATIONS:" or "… recommended that:"), and actions ("ACTIONS:",
 * "Action: …"). Letters and bullets are taken off.
 */

export interface Outcomes {
  resolutions: string[];
  recommendations: string[];
  actions: string[];
}

type Mode = keyof Outcomes | null;

const resolvedOpen = /^(?:it\s+was\s+)?(?:resolved|agreed|decision|decided|determined)\b(?:\s*\((?:unanimously|by\s+[^)]*)\))?\s*(?:unanimously\s*)?(?:[:–—-]\s*|(?=that\b)|$)/i;
const actionOpen = /^(?:actions?(?:\s+points?)?|action\s+required)\s*[:–-]\s*|^actions?\s*$/i;

export function readOutcomes(body: Block[]): Outcomes {
  const outcomes: Outcomes = { resolutions: [], recommendations: [], actions: [] };
  let mode: Mode = null;
  let taken = 0;
  const push = (text: string) => {
    if (!mode) return;
    const item = clean(text);
    if (item) { outcomes[mode].push(item); taken++; }
  };
  for (const block of body) {
    const text = block.text.trim();
    if (block.kind === 'list-item') {
      push(text);
      continue;
    }
    const opened = open(text);
    if (opened) {
      mode = opened.mode;
      taken = 0;
      if (opened.rest && !/:\s*$/.test(opened.rest)) push(opened.rest);
      continue;
    }
    if (!mode) continue;
    // "The Committee … recommended that:" introduces the lettered points that follow.
    if (/\brecommend(?:s|ed)?\b[^.]*\bthat\s*:?\s*$/i.test(text)) { mode = 'recommendations'; taken = 0; continue; }
    if (/:\s*$/.test(text) && text.length < 300) continue;
    // "RESOLVED:" on its own, then "That …" as the next paragraph.
    if (taken === 0 && /^that\b/i.test(text)) { push(text); continue; }
    mode = null;
  }
  return outcomes;
}

function open(text: string): { mode: keyof Outcomes; rest: string } | null {
  // "It was proposed by Cllr A, seconded by Cllr B and RESOLVED that …"
  const inside = /\b(?:and\s+)?(?:it\s+was\s+)?(?:RESOLVED|AGREED)\b\s*[:–—-]?\s*(that\b.*)$/.exec(text);
  if (inside && inside.index > 0) return { mode: 'resolutions', rest: inside[1]! };
  const r = resolvedOpen.exec(text);
  if (r && (/[:–—-]\s*$/.test(r[0]) || /^that\b/i.test(text.slice(r[0].length)) || r[0].trim() === text)) {
    return { mode: 'resolutions', rest: /^it\s+was\b/i.test(text) ? text : text.slice(r[0].length).trim() };
  }
  const a = actionOpen.exec(text);
  if (a) return { mode: 'actions', rest: text.slice(a[0].length).trim() };
  // "RECOMMENDATIONS:", "RECOMMENDED to Cabinet that:", "The Committee recommended to the Executive that …"
  const c = /^(?:recommendations?|recommended|(?:the\s+)?(?:committee|panel|board|council)\s+recommend(?:s|ed)?)\b(.*)$/i.exec(text);
  if (c) {
    const tail = c[1]!.trim();
    if (!tail || /^[:–—-]/.test(tail)) return { mode: 'recommendations', rest: tail.replace(/^[:–—-]\s*/, '') };
    const that = /^(?:to\s+[^:]*?\s+)?that\b\s*:?\s*(.*)$/i.exec(tail);
    if (that) return { mode: 'recommendations', rest: that[1]!.trim() };
  }
  return null;
}

function clean(text: string): string {
  return text
    .replace(/^\s*(?:[-•·*]\s*)?(?:\(?[a-z]{1,4}\)|\(?\d{1,2}\)|[a-z]\.)\s+/i, '')
    .replace(/^that\b/, 'That')
    .replace(/\s+/g, ' ')
    .trim();
}
