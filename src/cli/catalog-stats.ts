// npm run catalog:stats -- <catalog.json> [--json] [--clicks 200] [--seed 1]
// Exact count of valid configurations, compile time, per-click and explanation timings, dead values.
import { isEntryPoint } from './cli-support.ts';
import { readFileSync } from 'node:fs';
import { catalogToModel, type CatalogModel } from '../domain/catalog-model.ts';
import { formatProblem } from '../domain/catalog-error.ts';
import { createEngine, type Engine } from '../domain/engine/engine.ts';
import { UNASSIGNED, type FiniteModel } from '../domain/engine/model.ts';
import { parseCatalog } from '../domain/load-catalog.ts';

export interface CatalogStats {
  readonly catalog: string;
  readonly variables: number;
  readonly constraints: number;
  readonly engine: 'compiled' | 'search';
  /** Exact number of valid configurations, as a decimal string (it can have hundreds of digits). */
  readonly configurations: string;
  readonly compileMs: number;
  readonly clickMedianMs: number;
  readonly clickP95Ms: number;
  readonly explainMedianMs: number | null;
  /** Values no valid configuration uses, as "group=value". */
  readonly deadValues: readonly string[];
}

/** A small seeded PRNG (mulberry32) so runs are repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/**
 * Measures a model as the configurator uses it: compile once, then `clicks` random clicks from
 * the empty configuration — each assigns one currently selectable value of a free variable and
 * recomputes every valid domain (a complete configuration starts over) — and explanations of
 * the disabled values met on the way.
 */
export function modelStats(name: string, model: FiniteModel, options: { clicks?: number; seed?: number; now: () => number; describe?: (variable: number, value: number) => string }): CatalogStats {
  const { now } = options;
  const t0 = now();
  const engine: Engine = createEngine(model, { now });
  const compileMs = now() - t0;
  const count = engine.count();
  if (!count.ok) throw new Error(`${name}: counting gave up (${count.message})`);

  const random = seededRandom(options.seed ?? 1);
  const clickTimes: number[] = [];
  const explainTimes: number[] = [];
  let assignment = new Int32Array(model.variables.length).fill(UNASSIGNED);
  let domains = engine.validDomains(assignment);
  if (!domains.ok) throw new Error(`${name}: valid domains gave up (${domains.message})`);
  for (let click = 0; click < (options.clicks ?? 200) && count.value > 0n; click++) {
    const free = [];
    for (let v = 0; v < assignment.length; v++) if (assignment[v] === UNASSIGNED) free.push(v);
    if (free.length === 0) {
      assignment = new Int32Array(model.variables.length).fill(UNASSIGNED);
      domains = engine.validDomains(assignment);
      if (!domains.ok) throw new Error(`${name}: valid domains gave up (${domains.message})`);
      continue;
    }
    const variable = free[Math.floor(random() * free.length)]!;
    const domain = domains.value[variable]!;
    const enabled = domain.flatMap((ok, value) => (ok ? [value] : []));
    const disabled = domain.flatMap((ok, value) => (ok ? [] : [value]));
    if (disabled.length > 0 && explainTimes.length < 50) {
      const e0 = now();
      engine.explain(assignment, variable, disabled[Math.floor(random() * disabled.length)]!);
      explainTimes.push(now() - e0);
    }
    if (enabled.length === 0) throw new Error(`${name}: a free variable has no selectable value — the engine let the configuration reach a dead end`);
    assignment[variable] = enabled[Math.floor(random() * enabled.length)]!;
    const c0 = now();
    domains = engine.validDomains(assignment);
    clickTimes.push(now() - c0);
    if (!domains.ok) throw new Error(`${name}: valid domains gave up (${domains.message})`);
  }
  clickTimes.sort((a, b) => a - b);
  explainTimes.sort((a, b) => a - b);
  const dead = engine.deadValues();
  const describe = options.describe ?? ((variable: number, value: number) => `${model.variables[variable]!.id}=${model.variables[variable]!.labels?.[value] ?? value}`);
  return {
    catalog: name,
    variables: model.variables.length,
    constraints: model.constraints.length,
    engine: engine.kind,
    configurations: count.value.toString(),
    compileMs: round(compileMs),
    clickMedianMs: round(percentile(clickTimes, 0.5)),
    clickP95Ms: round(percentile(clickTimes, 0.95)),
    explainMedianMs: explainTimes.length > 0 ? round(percentile(explainTimes, 0.5)) : null,
    deadValues: dead.ok ? dead.value.map((d) => describe(d.variable, d.value)) : [`(gave up: ${dead.message})`],
  };
}

/** Names a model value as the catalog does: "group=value". */
function catalogDescriber(catalogModel: CatalogModel): (variable: number, value: number) => string {
  return (variable, value) => {
    const id = catalogModel.model.variables[variable]!.id;
    const label = catalogModel.model.variables[variable]!.labels?.[value] ?? String(value);
    return id.includes('/') ? `${id.replace('/', '=')}${value === 1 ? '' : ' (left out)'}` : `${id}=${label}`;
  };
}

export function runCatalogStats(args: readonly string[], io: { readFile(path: string): string; out(line: string): void; err(line: string): void; now: () => number }): number {
  const json = args.includes('--json');
  const flag = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const file = args.find((arg, i) => !arg.startsWith('--') && !['--clicks', '--seed'].includes(args[i - 1] ?? ''));
  if (!file) {
    io.err('usage: npm run catalog:stats -- <catalog.json> [--json] [--clicks 200] [--seed 1]');
    return 1;
  }
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.err(`${file}: cannot read file (${error instanceof Error ? error.message : String(error)})`);
    return 1;
  }
  const result = parseCatalog(text, file);
  if (!result.ok) {
    result.problems.forEach((p) => io.err(formatProblem(p)));
    return 1;
  }
  const catalogModel = catalogToModel(result.catalog);
  const stats = modelStats(file, catalogModel.model, {
    clicks: Number(flag('clicks') ?? 200),
    seed: Number(flag('seed') ?? 1),
    now: io.now,
    describe: catalogDescriber(catalogModel),
  });
  if (json) io.out(JSON.stringify(stats));
  else {
    io.out(`${result.catalog.name} (${file})`);
    io.out(`  this catalog allows ${BigInt(stats.configurations).toLocaleString('en')} distinct products`);
    io.out(`  engine: ${stats.engine}, ${stats.variables} variables, ${stats.constraints} constraints, compiled in ${stats.compileMs} ms`);
    io.out(`  per click: median ${stats.clickMedianMs} ms, p95 ${stats.clickP95Ms} ms; explanation median ${stats.explainMedianMs ?? '–'} ms`);
    io.out(`  dead values: ${stats.deadValues.length === 0 ? 'none' : stats.deadValues.join(', ')}`);
  }
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  process.exitCode = runCatalogStats(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    now: () => performance.now(),
  });
}
