import type { Kysely } from 'kysely';
import { findCouncil } from '../council/council-repository.ts';
import type { Database } from '../db/database.ts';
import { emailViews } from './email-views.ts';

export interface EmailContent {
  subject: string;
  /**
   * The template's name without its ending: 'agenda-published' renders
   * agenda-published.txt.njk and agenda-published.html.njk, each extending
   * the shared email-layout.
   */
  template: string;
  context?: Record<string, unknown>;
  /** Shown in the footer of both bodies, and sent as List-Unsubscribe. */
  unsubscribeUrl?: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/**
 * Renders an email's plain-text and HTML bodies inside the layout that
 * names the council. Templates see `council`, `subject`, `unsubscribeUrl`
 * and the context.
 */
export async function renderEmail(db: Kysely<Database>, content: EmailContent): Promise<RenderedEmail> {
  const council = await findCouncil(db);
  const context = {
    council: council ?? { name: 'Gavel', shortName: 'Gavel', email: null, phone: null, website: null, brandColour: '#1d70b8' },
    subject: content.subject,
    unsubscribeUrl: content.unsubscribeUrl,
    ...content.context,
  };
  const views = emailViews();
  return {
    subject: content.subject,
    text: tidyText(views.text.render(`${content.template}.txt.njk`, context)),
    html: views.html.render(`${content.template}.html.njk`, context),
  };
}

// Template tags leave blank lines and trailing spaces behind; a reader sees at most one blank line.
function tidyText(text: string): string {
  return `${text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
