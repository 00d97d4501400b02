import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { formatDateLong, formatDateShort, formatDateTime, formatTime } from './format.ts';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const govukDir = path.resolve(srcDir, '..', 'node_modules', 'govuk-frontend', 'dist');

/**
 * Template folders: the shared layout, then every feature's own `views/`,
 * then GOV.UK Frontend's components. A feature's templates live beside its
 * routes, so a change to the meeting page touches one folder.
 */
function templateFolders(): string[] {
  const featureViews = readdirSync(srcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'web')
    .map((entry) => path.join(srcDir, entry.name, 'views'))
    .filter((folder) => readdirSync(path.dirname(folder)).includes('views'));
  return [path.join(srcDir, 'web', 'views'), ...featureViews, govukDir];
}

export function createViewEnvironment(): nunjucks.Environment {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(templateFolders(), { noCache: process.env.NODE_ENV === 'development' }), {
    autoescape: true,
    throwOnUndefined: false,
  });
  env.addFilter('dateLong', (value: string | null | undefined) => (value ? formatDateLong(value) : ''));
  env.addFilter('dateShort', (value: string | null | undefined) => (value ? formatDateShort(value) : ''));
  env.addFilter('dateTime', (value: Date | null | undefined) => (value ? formatDateTime(value) : ''));
  env.addFilter('time', (value: Date | null | undefined) => (value ? formatTime(value) : ''));
  env.addFilter('pluralise', (count: number, singular: string, plural = `${singular}s`) => `${count} ${count === 1 ? singular : plural}`);
  // Minutes and reports are stored as plain text with blank lines between paragraphs.
  env.addFilter('paragraphs', (value: string | null | undefined) => (value ? value.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean) : []));
  return env;
}
