/**
 * `npm run bench`: every benchmark, or the ones named (`npm run bench -- search`).
 * Each prints figures as ratios against a baseline measured in the same run,
 * so they compare across machines. BENCH_DATABASE_URL (or TEST_DATABASE_URL)
 * adds a PostgreSQL server; its user must be able to create databases.
 */
const benches = {
  portal: () => import('./portal.ts'),
  import: () => import('./import.ts'),
  search: () => import('./search.ts'),
  packs: () => import('./packs.ts'),
} satisfies Record<string, () => Promise<{ run(): Promise<string[]> }>>;

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (choose from ${Object.keys(benches).join(', ')})`);
  process.exit(2);
}

console.log(`Gavel benchmarks on Node ${process.version}, ${new Date().toISOString()}`);
for (const [name, load] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const started = performance.now();
  const lines = await (await load()).run();
  console.log(`\n## ${name} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  for (const line of lines) console.log(line);
}
