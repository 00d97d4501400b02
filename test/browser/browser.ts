import fs from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, installed by .ci/run; tests never download a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or null when they can. In CI a missing browser is a failure, not a skip. */
export function browserUnavailable(): string | null {
  if (fs.existsSync(chromiumPath)) return null;
  const reason = `no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI) throw new Error(reason);
  return reason;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core for WCAG 2.2 A and AA on the page as it stands. */
export async function findAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    // resultTypes: every violation in full; passes and the rest are not gathered node by node, which halves the time a check takes.
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/**
 * A screenshot of the whole page. Chromium without a GPU can take seconds
 * over a full-page capture of a page that has not drawn lately (any page
 * checked with axe, say); a small capture of the viewport first wakes its
 * compositor, and the whole capture then takes milliseconds.
 */
export async function screenshotFullPage(page: Page, file: string): Promise<void> {
  // CI keeps no pictures and nobody looks at them there: GAVEL_TEST_SCREENSHOTS=off saves their minutes.
  if (process.env.GAVEL_TEST_SCREENSHOTS === 'off') return;
  await page.screenshot({ type: 'jpeg', quality: 1 });
  await page.screenshot({ path: file, fullPage: true });
}

export interface CheckedViewport {
  name: string;
  width: number;
  height: number;
}

/** The widths every page is checked at: a desktop, and the narrowest phone WCAG's reflow asks for. */
export const checkedViewports: readonly CheckedViewport[] = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobile', width: 320, height: 800 },
];

/**
 * Checks the page as it stands at each width: WCAG 2.2 A/AA with axe, and
 * sideways scrolling (naming the elements past the edge; a box that
 * scrolls inside itself does not count); a full-page screenshot of each
 * width for people to look at. Returns the problems, in words, for a
 * test's list of failures. The page needs JavaScript on, for axe.
 */
export async function checkPageAtWidths(page: Page, name: string, screenshotPath: (viewport: CheckedViewport) => string, viewports: readonly CheckedViewport[] = checkedViewports): Promise<string[]> {
  const problems: string[] = [];
  for (const viewport of viewports) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    for (const v of await findAccessibilityViolations(page)) problems.push(`${name} at ${viewport.width}px: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const culprits = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.gavel-table-scroll'))
        .slice(-3)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`);
      return { by: document.documentElement.scrollWidth - width, culprits };
    });
    if (overflow.by > 0) problems.push(`${name}: scrolls sideways by ${overflow.by}px at ${viewport.width}px wide (${overflow.culprits.join(', ')})`);
    await screenshotFullPage(page, screenshotPath(viewport));
  }
  return problems;
}

/** A port nothing listens on, for a server whose address must be known before it starts (links in emails). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = (server.address() as AddressInfo);
      server.close(() => resolve(port));
    });
  });
}
