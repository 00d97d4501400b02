import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as sass from 'sass';

const sourceDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(sourceDir, '..', '..', '..');
const nodeModules = path.join(repoRoot, 'node_modules');
const govukDir = path.join(nodeModules, 'govuk-frontend', 'dist', 'govuk');
const builtDir = path.join(repoRoot, 'dist', 'assets');
const entry = path.join(sourceDir, 'gavel.scss');
const cssPath = path.join(builtDir, 'gavel.css');

/**
 * What to serve under `/assets/`: one @fastify/static registration each
 * (`decorateReply: false` after the first). The prefixes differ, so the
 * wildcard routes do not clash; the most specific prefix wins.
 *
 * GOV.UK Frontend's own `assets/` (fonts, crown favicons, manifest, crest)
 * is deliberately not served: the portal uses none of it.
 *
 * @example
 * for (const [i, dir] of assetDirectories.entries()) {
 *   await app.register(fastifyStatic, { ...dir, decorateReply: i === 0 });
 * }
 */
export const assetDirectories: readonly { prefix: string; root: string }[] = [
  { prefix: '/assets/', root: builtDir },
  { prefix: '/assets/images/', root: path.join(sourceDir, 'images') },
  { prefix: '/assets/scripts/', root: path.join(sourceDir, 'scripts') },
  { prefix: '/assets/govuk/', root: govukDir },
];

/** Every file the layout makes the browser fetch, by URL; printed by a direct run. */
export const layoutAssets: readonly { url: string; file: string }[] = [
  { url: '/assets/gavel.css', file: cssPath },
  { url: '/assets/images/favicon.svg', file: path.join(sourceDir, 'images', 'favicon.svg') },
  { url: '/assets/govuk/govuk-frontend.min.js', file: path.join(govukDir, 'govuk-frontend.min.js') },
  { url: '/assets/scripts/init.js', file: path.join(sourceDir, 'scripts', 'init.js') },
];

/**
 * Compiles `gavel.scss` into `dist/assets/gavel.css`, unless the CSS is newer
 * than every `.scss` here and was built from the installed GOV.UK Frontend, so
 * a second `npm start` costs a few `stat` calls instead of a Sass compile.
 *
 * @example
 * const { path, built } = await buildCss();
 */
export async function buildCss(options: { force?: boolean } = {}): Promise<{ path: string; built: boolean }> {
  if (!options.force && (await isUpToDate())) return { path: cssPath, built: false };
  // The synchronous compiler: in the pure-JavaScript Sass it is the faster one.
  const result = sass.compile(entry, {
    loadPaths: [nodeModules],
    style: 'compressed',
    // GOV.UK Frontend's own deprecation warnings are not ours to fix.
    quietDeps: true,
  });
  await mkdir(builtDir, { recursive: true });
  await writeFile(cssPath, result.css);
  return { path: cssPath, built: true };
}

async function isUpToDate(): Promise<boolean> {
  const built = await stat(cssPath).catch(() => undefined);
  if (!built) return false;
  for (const source of await scssFiles(sourceDir)) {
    if ((await stat(source)).mtimeMs > built.mtimeMs) return false;
  }
  // npm extracts packages with a fixed old mtime, so an upgraded GOV.UK
  // Frontend is caught by the version it writes into the CSS instead.
  const { version } = JSON.parse(await readFile(path.join(nodeModules, 'govuk-frontend', 'package.json'), 'utf8')) as { version: string };
  const builtWith = /--govuk-frontend-version:\s*"([^"]+)"/.exec(await readFile(cssPath, 'utf8'))?.[1];
  return builtWith === version;
}

async function scssFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.scss')).map((e) => path.join(e.parentPath, e.name));
}

// `node --import tsx src/web/assets/build-css.ts` (npm run build:css): always build.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const { path: built } = await buildCss({ force: true });
  console.log(`Built ${path.relative(repoRoot, built)} in ${Math.round(performance.now() - started)} ms`);
  console.log('The layout makes the browser request:');
  for (const { url, file } of layoutAssets) {
    console.log(`  ${url.padEnd(38)} ${existsSync(file) ? '' : 'MISSING '}${path.relative(repoRoot, file)}`);
  }
}
