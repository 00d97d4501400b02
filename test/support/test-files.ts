import fs from 'node:fs';
import path from 'node:path';

/** Where tests live: unit tests beside the code in src/, cross-cutting ones in test/. */
const testRoots = ['src', 'test'];
const isTestFile = (file: string) => file.endsWith('.test.ts');

/**
 * The test files to run, relative to `root` with forward slashes, sorted.
 * With no `paths`, every `*.test.ts` under src/ and test/; otherwise the
 * named files, and the test files under the named folders.
 *
 * @example
 * findTestFiles('/work/gavel', ['src/meetings']) // ['src/meetings/deadlines.test.ts', …]
 */
export function findTestFiles(root: string, paths: string[], cwd = root): string[] {
  const wanted = paths.length > 0 ? paths.map((p) => path.resolve(cwd, p)) : testRoots.map((r) => path.join(root, r));
  const found = new Set<string>();
  for (const target of wanted) {
    const stat = fs.statSync(target, { throwIfNoEntry: false });
    if (!stat) {
      if (paths.length > 0) throw new Error(`no such file or folder: ${path.relative(cwd, target) || target}`);
      continue;
    }
    if (stat.isFile()) found.add(target);
    else for (const file of testFilesUnder(target)) found.add(file);
  }
  return [...found].map((file) => path.relative(root, file).split(path.sep).join('/')).sort();
}

function testFilesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => isTestFile(file) && !file.split(path.sep).some((part) => part === 'node_modules' || part.startsWith('.')))
    .map((file) => path.join(folder, file));
}
