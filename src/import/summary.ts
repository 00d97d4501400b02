import type { Extraction } from './extraction.ts';

/** `gavel extract --format text`: what was found, for a person to check at a glance. */
export function summarise(extraction: Extraction): string {
  const out: string[] = [];
  const { source, council } = extraction;
  out.push(`${source.file}: ${source.documentType}${council ? ` from ${council}` : ''}`);
  for (const m of extraction.meetings) {
    const when = [m.date ?? 'date not given', m.startTime].filter(Boolean).join(' ');
    out.push('', `Meeting: ${m.committee || '(committee not named)'}, ${when}${m.venue ? `, ${m.venue}` : ''}`);
    if (m.membership.length) out.push(`  membership: ${m.membership.map((p) => (p.role === 'member' ? p.name : `${p.name} (${p.role})`)).join(', ')}`);
    if (m.agenda.length) {
      out.push(`  agenda: ${m.agenda.length} items`);
      for (const a of m.agenda) out.push(`    ${a.number}. ${a.title}${a.pages ? ` (pages ${a.pages})` : ''}`);
    }
    const a = m.attendance;
    if (a) {
      if (a.present.length) out.push(`  present: ${a.present.join(', ')}`);
      if (a.chair) out.push(`  chair: ${a.chair}${a.viceChair ? `; vice-chair: ${a.viceChair}` : ''}`);
      if (a.apologies.length) out.push(`  apologies: ${a.apologies.join(', ')}`);
      if (a.remoteNonVoting.length) out.push(`  attended remotely: ${a.remoteNonVoting.join(', ')}`);
      if (a.substitutes.length) out.push(`  substitutes: ${a.substitutes.map((s) => `${s.substitute} for ${s.for}`).join(', ')}`);
      if (a.inAttendance.length) out.push(`  in attendance: ${a.inAttendance.join(', ')}`);
    }
    if (m.declarations) out.push(`  declarations: ${m.declarations.length ? m.declarations.map((d) => `${d.member}${d.item ? ` (item ${d.item})` : ''}`).join(', ') : 'none'}`);
    if (m.items.length) {
      out.push(`  minuted items: ${m.items.length}`);
      for (const i of m.items) {
        const counts = [
          i.resolutions.length && `${i.resolutions.length} resolved`,
          i.recommendations.length && `${i.recommendations.length} recommended`,
          i.actions.length && `${i.actions.length} actions`,
        ].filter(Boolean);
        out.push(`    ${i.number}. ${i.title}${counts.length ? ` [${counts.join(', ')}]` : ''}`);
      }
    }
    if (m.endTime) out.push(`  ended: ${m.endTime}`);
  }
  const lists: [string, number][] = [
    ['action log entries', extraction.actionLog.length],
    ['work programme items', extraction.workProgramme.length],
    ['forward plan entries', extraction.forwardPlan.length],
    ['tracked recommendations', extraction.recommendationTracker.length],
  ];
  const found = lists.filter(([, n]) => n > 0);
  if (found.length) out.push('', ...found.map(([what, n]) => `${what}: ${n}`));
  if (!extraction.meetings.length && !found.length) out.push('', 'Nothing recognised in this document.');
  return out.join('\n');
}
