import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogToModel } from '../domain/catalog-model.ts';
import { createEngine } from '../domain/engine/engine.ts';
import { parseCatalog } from '../domain/load-catalog.ts';
import { findViolations } from '../domain/rules.ts';
import { incompleteGroups, numberSteps, type SelectionValue } from '../domain/selections.ts';
import { runCatalogImport } from './catalog-import.ts';
import { runCatalogStats } from './catalog-stats.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

function importModel(from: 'dimacs' | 'xcsp', file: string) {
  const written = new Map<string, string>();
  const out: string[] = [];
  const err: string[] = [];
  const code = runCatalogImport(['--from', from, file, '--out', 'out.json'], {
    readFile: (path) =>
      path === file
        ? read(file)
        : (() => {
            throw new Error('no such file');
          })(),
    writeFile: (path, text) => void written.set(path, text),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, text: written.get('out.json'), out, err };
}

function countOf(text: string): bigint {
  const result = parseCatalog(text, 'out.json');
  if (!result.ok) throw new Error('imported catalog does not validate');
  const count = createEngine(catalogToModel(result.catalog).model).count();
  if (!count.ok) throw new Error(count.message);
  return count.value;
}

describe('catalog:import', () => {
  it('imports the printer feature model (DIMACS) into a valid catalog with the known exact count', () => {
    const { code, text } = importModel('dimacs', 'tests/fixtures/benchmarks/printer-Mendonca2009.dimacs');
    expect(code).toBe(0);
    const catalog = JSON.parse(text!);
    expect(catalog.groups).toHaveLength(172);
    expect(catalog.groups[0].values.map((v: { id: string }) => v.id)).toEqual(['no', 'yes']);
    expect(catalog.rules).toHaveLength(309);
    expect(countOf(text!)).toBe(2278241108363321839974600000n);
  });

  it('imports XCSP table models (supports and conflicts) with their known counts', () => {
    const zebra = importModel('xcsp', 'tests/fixtures/benchmarks/zebra-supports.xml');
    expect(zebra.code).toBe(0);
    expect(countOf(zebra.text!)).toBe(1n);
    const queens = importModel('xcsp', 'tests/fixtures/benchmarks/6queens-conflicts.xml');
    expect(queens.code).toBe(0);
    expect(JSON.parse(queens.text!).rules.every((r: { kind: string; forbidden?: unknown }) => r.kind === 'table' && r.forbidden)).toBe(true);
    expect(countOf(queens.text!)).toBe(4n);
  });

  it('refuses a model with no valid configuration, and bad input, with a clear message naming the file', () => {
    const unsat = importModel('xcsp', 'tests/fixtures/benchmarks/random-20_8_200_44-unsat.xml');
    expect(unsat.code).toBe(1);
    expect(unsat.err.join('\n')).toContain('random-20_8_200_44-unsat.xml: the model has no valid configuration');
    const missing = importModel('dimacs', 'nope.cnf');
    expect(missing.code).toBe(1);
    expect(missing.err.join('\n')).toContain('nope.cnf: cannot read file');
    const usage = runCatalogImport(['--from', 'csv', 'x', '--out', 'y'], { readFile: () => '', writeFile: () => {}, out: () => {}, err: () => {} });
    expect(usage).toBe(1);
  });
});

describe('catalog:stats', () => {
  it('counts the desk exactly (checked by enumerating every configuration) and prints one JSON object', () => {
    const result = parseCatalog(read('catalog/standing-desk.json'), 'desk');
    if (!result.ok) throw new Error('desk does not load');
    const desk = result.catalog;
    // Enumerate every combination of the groups the rules can see (the engraving text is free).
    const domains: SelectionValue[][] = desk.groups
      .filter((g) => g.kind !== 'text')
      .map((g) => {
        if (g.kind === 'number') return [...numberSteps(g)];
        if (g.kind === 'single') return g.values.map((v) => v.id);
        if (g.kind === 'multi') return Array.from({ length: 1 << g.values.length }, (_, mask) => g.values.filter((_, i) => (mask >> i) & 1).map((v) => v.id));
        return [];
      });
    const ids = desk.groups.filter((g) => g.kind !== 'text').map((g) => g.id);
    let valid = 0;
    const walk = (i: number, selection: Record<string, SelectionValue>) => {
      if (i === ids.length) {
        const full = { ...selection, engraving: '' };
        if (findViolations(desk, full).length === 0 && incompleteGroups(desk, full).length === 0) valid++;
        return;
      }
      for (const value of domains[i]!) walk(i + 1, { ...selection, [ids[i]!]: value });
    };
    walk(0, {});

    const out: string[] = [];
    let t = 0;
    const code = runCatalogStats(['catalog/standing-desk.json', '--json', '--clicks', '50'], {
      readFile: (p) => read(p),
      out: (l) => out.push(l),
      err: () => {},
      now: () => (t += 1),
    });
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const stats = JSON.parse(out[0]!);
    expect(stats.configurations).toBe(String(valid));
    expect(stats.deadValues).toEqual([]);
    for (const key of ['compileMs', 'clickMedianMs', 'clickP95Ms', 'explainMedianMs']) expect(typeof stats[key]).toBe('number');
  });
});
