import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCatalog } from '../domain/load-catalog.ts';
import { copyOf, loadSample, sampleCatalogPath, sealedSpecOf } from '../domain/spec-fixtures.ts';
import { repositoryCatalogFiles } from './cli-support.ts';
import { runSpecVerify } from './spec-verify.ts';

const tmp = mkdtempSync(join(tmpdir(), 'spec-verify-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const desk = loadSample('standing-desk');
const spec = await sealedSpecOf(desk, { width: 170, accessories: ['drawer'] });

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSpecVerify(args, {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    readFile: (p) => readFileSync(p, 'utf8'),
    catalogFiles: repositoryCatalogFiles,
  });
  return { code, out, err };
}

function write(name: string, data: unknown): string {
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
  return file;
}

describe('spec:verify', () => {
  const good = write('spec.json', spec);

  it('passes a sealed spec, finding its catalog by id in catalog/ or given with --catalog', async () => {
    const expected = { code: 0, out: [`✓ spec.json: integrity ok, prices and lead time match catalog standing-desk v${desk.version}`], err: [] };
    expect(await run([good])).toEqual(expected);
    expect(await run([good, '--catalog', sampleCatalogPath('standing-desk')])).toEqual(expected);
    expect(await run(['--catalog', sampleCatalogPath('standing-desk'), good])).toEqual(expected);
  });

  it('fails on one changed cent, naming the pointer', async () => {
    const bad = copyOf(spec);
    const amount = bad.price.lines[1]!.amount;
    bad.price.lines[1]!.amount += 1;
    const result = await run([write('one-cent.json', bad)]);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([]);
    expect(result.err).toContain(`one-cent.json: /price/lines/1/amount: spec says ${amount + 1}, the catalog gives ${amount}`);
    expect(result.err).toContainEqual(expect.stringMatching(/^one-cent\.json: \/integrity\/hash: /));
  });

  it('fails against another catalog, for an unknown catalog id, on unreadable input and bad usage', async () => {
    expect(await run([good, '--catalog', sampleCatalogPath('bicycle')])).toMatchObject({
      code: 1,
      err: ['spec.json: /catalog/id: spec is for catalog "standing-desk", not "bicycle"'],
    });
    const foreign = { ...copyOf(spec), catalog: { ...spec.catalog, id: 'sofa' } };
    expect(await run([write('sofa.json', foreign)])).toMatchObject({ code: 1, err: [expect.stringContaining('no catalog with id "sofa"')] });
    expect(await run([join(tmp, 'missing.json')])).toMatchObject({ code: 1, err: [expect.stringContaining('missing.json: /: cannot read the spec')] });
    expect((await run([])).code).toBe(1);
    expect((await run([good, '--catalog'])).code).toBe(1);
  });

  it('checks a spec written in another of the catalog’s languages against that language', async () => {
    const parsed = parseCatalog(readFileSync(sampleCatalogPath('standing-desk'), 'utf8'), 'desk', { locale: 'es' });
    if (!parsed.ok) throw new Error('desk does not parse');
    expect(parsed.catalog.name).not.toBe(desk.name);
    const file = write('es.json', await sealedSpecOf(parsed.catalog, { width: 170 }));
    expect(await run([file])).toMatchObject({ code: 0 });
  });
});
