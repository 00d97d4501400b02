import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { formatDateLong, formatDateShort, formatTime } from '../web/format.ts';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Email templates: the shared layouts in email/views, then every feature's
 * own views/ folder, so a feature keeps its emails beside its pages
 * (src/tracking/views/emails/action-reminder.html.njk is template
 * 'emails/action-reminder').
 */
function templateFolders(): string[] {
  const featureViews = readdirSync(srcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'email')
    .map((entry) => path.join(srcDir, entry.name, 'views'))
    .filter((folder) => existsSync(folder));
  return [path.join(srcDir, 'email', 'views'), ...featureViews];
}

export interface EmailViews {
  /** HTML bodies: values are escaped. */
  html: nunjucks.Environment;
  /** Plain-text bodies: nothing is escaped, there is no markup to break. */
  text: nunjucks.Environment;
}

let views: EmailViews | undefined;

export function emailViews(): EmailViews {
  if (views) return views;
  const loader = new nunjucks.FileSystemLoader(templateFolders(), { noCache: process.env.NODE_ENV === 'development' });
  views = { html: withFilters(new nunjucks.Environment(loader, { autoescape: true })), text: withFilters(new nunjucks.Environment(loader, { autoescape: false })) };
  return views;
}

function withFilters(env: nunjucks.Environment): nunjucks.Environment {
  env.addFilter('dateLong', (value: string | null | undefined) => (value ? formatDateLong(value) : ''));
  env.addFilter('dateShort', (value: string | null | undefined) => (value ? formatDateShort(value) : ''));
  env.addFilter('time', (value: Date | null | undefined) => (value ? formatTime(value) : ''));
  return env;
}
