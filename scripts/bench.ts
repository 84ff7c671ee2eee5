/**
 * npm run bench — figures against shared/QUALITY.md, printed, never asserted:
 * 1. catalog:stats over the sample catalogs and the public benchmark models (imported from
 *    DIMACS/XCSP exactly as `catalog:import` does), with their known exact counts checked;
 * 2. bundle sizes and the first preview's timing in a throttled browser follow in
 *    scripts/bench-preview.ts (a fresh production build, sizes via scripts/bundle-size.ts).
 * The engine-level benchmark (synthetic 100-variable model with 50,000-row tables) follows in
 * scripts/bench-engine.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { catalogToModel } from '../src/domain/catalog-model.ts';
import { parseCatalog } from '../src/domain/load-catalog.ts';
import { runCatalogImport } from '../src/cli/catalog-import.ts';
import { modelStats, type CatalogStats } from '../src/cli/catalog-stats.ts';

const root = new URL('../', import.meta.url);
const now = () => performance.now();
const quick = process.argv.includes('--quick');

/** Known exact counts (tests/fixtures/benchmarks/README.md). */
const KNOWN: Record<string, string> = {
  'printer-Mendonca2009.dimacs': '2278241108363321839974600000',
  'pc-richmond-Sprey2020.dimacs': '3326549945784326553600',
  'automotive01-Kowal2016.dimacs':
    '5278539219821314670274577698978249614226329764180035258768650428139431316943478950493164460261562310215535134411549961261182654628944393235199702191846914047929088235490694238744799357173760000000000000000000000',
  'zebra-supports.xml': '1',
  '6queens-conflicts.xml': '4',
};

function statsOfCatalogText(name: string, text: string): CatalogStats {
  const result = parseCatalog(text, name);
  if (!result.ok) throw new Error(`${name}: does not validate`);
  return modelStats(name, catalogToModel(result.catalog).model, { clicks: 200, seed: 1, now });
}

const rows: (CatalogStats & { expected?: string })[] = [];
for (const file of readdirSync(new URL('catalog/', root)).filter((f) => f.endsWith('.json'))) {
  rows.push(statsOfCatalogText(`catalog/${file}`, readFileSync(new URL(`catalog/${file}`, root), 'utf8')));
}
for (const file of Object.keys(KNOWN)) {
  if (quick && file.startsWith('automotive')) continue;
  let imported = '';
  const code = runCatalogImport(['--from', file.endsWith('.xml') ? 'xcsp' : 'dimacs', `tests/fixtures/benchmarks/${file}`, '--out', 'memory.json'], {
    readFile: (path) => readFileSync(new URL(path, root), 'utf8'),
    writeFile: (_path, text) => void (imported = text),
    out: () => {},
    err: (line) => console.error(line),
  });
  if (code !== 0) continue;
  rows.push({ ...statsOfCatalogText(file, imported), expected: KNOWN[file] });
}

const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const digits = (count: string) => (count.length > 24 ? `${count.slice(0, 10)}…(${count.length} digits)` : count);
console.log('\nRules engine per catalog (200 random clicks from the empty configuration; each recomputes all valid domains)\n');
console.log(
  [
    pad('catalog', 34),
    pad('vars', 6),
    pad('engine', 9),
    pad('compile ms', 11),
    pad('click med', 10),
    pad('click p95', 10),
    pad('explain', 9),
    pad('dead', 6),
    'configurations',
  ].join(' '),
);
for (const row of rows) {
  const check = row.expected === undefined ? '' : row.expected === row.configurations ? ' ✓ matches the known count' : ` ✗ expected ${digits(row.expected)}`;
  console.log(
    [
      pad(row.catalog, 34),
      pad(String(row.variables), 6),
      pad(row.engine, 9),
      pad(row.compileMs.toFixed(1), 11),
      pad(row.clickMedianMs.toFixed(3), 10),
      pad(row.clickP95Ms.toFixed(3), 10),
      pad(row.explainMedianMs === null ? '–' : row.explainMedianMs.toFixed(2), 9),
      pad(String(row.deadValues.length), 6),
      digits(row.configurations) + check,
    ].join(' '),
  );
}
console.log(
  '\nTargets (shared/QUALITY.md): per click median ≤ 5 ms and p95 ≤ 20 ms on ~100-variable table models; ≤ 50 ms median on feature models with thousands of variables; explanations ≤ 50 ms.',
);
const worst = rows.reduce((a, b) => (b.clickMedianMs > a.clickMedianMs ? b : a));
console.log(`Slowest click median: ${worst.clickMedianMs} ms (${worst.catalog}).`);
