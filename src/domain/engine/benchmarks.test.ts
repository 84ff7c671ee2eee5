import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeCnf } from './cnf.ts';
import { countModels } from './count.ts';
import { parseDimacs } from './dimacs.ts';
import { createEngine, type Answer } from './engine.ts';
import { emptyAssignment, isSolution, UNASSIGNED, type FiniteModel } from './model.ts';
import { parseXcsp } from './xcsp.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../../tests/fixtures/benchmarks/${name}`, import.meta.url), 'utf8');

function ok<T>(r: Answer<T>): T {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

const counts: [string, bigint][] = [
  ['printer-Mendonca2009.dimacs', 2278241108363321839974600000n],
  ['pc-richmond-Sprey2020.dimacs', 3326549945784326553600n],
  ['zebra-supports.xml', 1n],
  ['6queens-conflicts.xml', 4n],
  ['random-20_8_200_44-unsat.xml', 0n],
];

const load = (name: string): FiniteModel => (name.endsWith('.xml') ? parseXcsp(fixture(name)) : parseDimacs(fixture(name)));

describe('benchmark counts', () => {
  it.each(counts)('%s: compiled and search engines count exactly', (name, expected) => {
    const model = load(name);
    const compiled = createEngine(model);
    expect(compiled.kind).toBe('compiled');
    expect(ok(compiled.count())).toBe(expected);
    const search = createEngine(model, { forceSearch: true });
    expect(ok(search.count())).toBe(expected);
    // both engines agree on the valid domains from the start
    expect(ok(search.validDomains(emptyAssignment(model)))).toEqual(ok(compiled.validDomains(emptyAssignment(model))));
  });

  it('zebra: the single solution is what the valid domains leave', () => {
    const model = load('zebra-supports.xml');
    const e = createEngine(model);
    const doms = ok(e.validDomains(emptyAssignment(model)));
    expect(doms.every((d) => d.filter(Boolean).length === 1)).toBe(true);
    const solution = Int32Array.from(doms, (d) => d.indexOf(true));
    expect(isSolution(model, solution)).toBe(true);
    const zebra = model.variables.findIndex((v) => v.id === 'zebra');
    expect(model.variables[zebra]!.labels![solution[zebra]!]).toBe('5');
  });

  it('pc-richmond: per-value counts add up to the total and explanations are minimal', () => {
    const model = load('pc-richmond-Sprey2020.dimacs');
    const e = createEngine(model);
    const a = emptyAssignment(model);
    const per = ok(e.countPerValue(a));
    for (const p of per) expect(p[0]! + p[1]!).toBe(3326549945784326553600n);
    // choose a few enabled values, then explain some disabled value
    for (let x = 0; x < model.variables.length && a.filter((v) => v !== UNASSIGNED).length < 6; x += 37) {
      const d = ok(e.validDomains(a))[x]!;
      a[x] = d[1] ? 1 : 0;
    }
    const doms = ok(e.validDomains(a));
    const x = doms.findIndex((d, i) => a[i] === UNASSIGNED && !d.every(Boolean) && ok(e.explain(a, i, d.indexOf(false))).conflict.length > 0);
    expect(x).toBeGreaterThanOrEqual(0);
    const v = doms[x]!.indexOf(false);
    const ex = ok(e.explain(a, x, v));
    expect(ex.selectable).toBe(false);
    expect(ex.constraints!.length).toBeGreaterThan(0);
    expect(ex.fix!.length).toBeGreaterThan(0);
  });

  it('automotive01 (2513 variables): the search engine answers valid domains exactly along a click path', () => {
    const model = load('automotive01-Kowal2016.dimacs');
    expect(model.variables.length).toBe(2513);
    expect(model.constraints.length).toBe(10300);
    const e = createEngine(model, { forceSearch: true });
    const a = emptyAssignment(model);
    let seed = 7;
    for (let click = 0; click < 8; click++) {
      const doms = ok(e.validDomains(a));
      const free = [...a.keys()].filter((i) => a[i] === UNASSIGNED && doms[i]!.every(Boolean));
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const x = free[seed % free.length]!;
      a[x] = seed % 2;
    }
    // every choice made from enabled values keeps the configuration completable
    const s = createEngine(model, { forceSearch: true });
    expect(ok(s.validDomains(a)).every((d) => d.some(Boolean))).toBe(true);
  }, 30_000);

  it('counts printer with the raw counter under assumptions consistently', () => {
    const model = load('printer-Mendonca2009.dimacs');
    const enc = encodeCnf(model);
    const all = countModels(enc.nVars, enc.clauses);
    const withX = countModels(enc.nVars, enc.clauses, [enc.valueLit(5, 1)]);
    const withoutX = countModels(enc.nVars, enc.clauses, [enc.valueLit(5, 0)]);
    expect(all.ok && withX.ok && withoutX.ok && withX.count + withoutX.count === all.count).toBe(true);
  });
});

// automotive01's exact count (211 digits) takes ~30 s in Node with this counter, over the unit-test
// budget: it is checked by `npx tsx scripts/bench-engine.ts` instead.
