// npm run catalog:import -- --from dimacs|xcsp <model> --out <catalog.json> [--id id] [--name "Name"]
// Turns a feature model (DIMACS CNF) or a table CSP (XCSP 2.1) into a catalog, so the rules
// engine can be tested on industrial models and merchandisers can migrate rules from other tools.
import { isEntryPoint } from './cli-support.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseDimacs } from '../domain/engine/dimacs.ts';
import { EngineError, UNASSIGNED, type FiniteModel } from '../domain/engine/model.ts';
import { SearchEngine } from '../domain/engine/search.ts';
import { parseXcsp } from '../domain/engine/xcsp.ts';
import { validateCatalog } from '../domain/load-catalog.ts';
import { formatProblem } from '../domain/catalog-error.ts';
import { modelToCatalog, slugId } from '../domain/model-to-catalog.ts';

export interface ImportIo {
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = 'usage: npm run catalog:import -- --from dimacs|xcsp <model file> --out <catalog.json> [--id <id>] [--name <name>]';

export function runCatalogImport(args: readonly string[], io: ImportIo): number {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const value = args[i + 1];
      if (value === undefined) return fail(io, `${arg} needs a value\n${USAGE}`);
      flags.set(arg.slice(2), value);
      i++;
    } else positional.push(arg);
  }
  const from = flags.get('from');
  const out = flags.get('out');
  const input = positional[0];
  if ((from !== 'dimacs' && from !== 'xcsp') || !out || !input || positional.length !== 1) return fail(io, USAGE);

  let text: string;
  try {
    text = io.readFile(input);
  } catch (error) {
    return fail(io, `${input}: cannot read file (${error instanceof Error ? error.message : String(error)})`);
  }
  let model: FiniteModel;
  try {
    model = from === 'dimacs' ? parseDimacs(text) : parseXcsp(text);
  } catch (error) {
    return fail(io, `${input}: ${error instanceof EngineError || error instanceof Error ? error.message : String(error)}`);
  }

  // The standard product must be a valid one: take the defaults from a solution.
  const solution = new SearchEngine(model).solution(new Int32Array(model.variables.length).fill(UNASSIGNED));
  if (!solution.ok) return fail(io, `${input}: could not find a valid configuration in time (${solution.message})`);
  if (!solution.value) return fail(io, `${input}: the model has no valid configuration at all, so it cannot be a catalog`);

  const name = basename(input, extname(input));
  const catalog = modelToCatalog(model, {
    id: flags.get('id') ?? slugId(name, new Set(), 'imported'),
    name: flags.get('name') ?? name,
    description: `Imported from ${from === 'dimacs' ? 'DIMACS CNF' : 'XCSP'} file ${basename(input)}: ${model.variables.length} options, ${model.constraints.length} rules.`,
    boolean: from === 'dimacs',
    defaults: solution.value,
  });
  const json = JSON.stringify(catalog, null, 2) + '\n';
  const check = validateCatalog(JSON.parse(json), out);
  if (!check.ok) {
    check.problems.slice(0, 20).forEach((p) => io.err(formatProblem(p)));
    return fail(io, `${input}: the imported catalog does not validate`);
  }
  io.writeFile(out, json);
  io.out(`✓ ${out}: ${model.variables.length} option groups, ${(catalog.rules as unknown[]).length} rules from ${input}`);
  return 0;
}

function fail(io: ImportIo, message: string): number {
  io.err(message);
  return 1;
}

if (isEntryPoint(import.meta.url)) {
  process.exitCode = runCatalogImport(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, text) => writeFileSync(path, text),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
