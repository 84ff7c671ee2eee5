import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCatalog } from '../domain/load-catalog.ts';
import { copyOf, loadSample, sampleCatalogPath, sealedSpecOf } from '../domain/spec-fixtures.ts';
import { pictureReference } from '../domain/picture-reference.ts';
import { solidPng } from '../domain/png-fixtures.ts';
import { sealSpec } from '../domain/spec-integrity.ts';
import { publishedCatalogFile, repositoryCatalogFiles } from './cli-support.ts';
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
    readBytes: (p) => new Uint8Array(readFileSync(p)),
    catalogFiles: repositoryCatalogFiles,
    publishedCatalogFile,
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

  it('verifies a spec against the published version it names, not only the newest', async () => {
    const older = publishedCatalogFile('standing-desk', '2026.11.2');
    expect(older).toBeDefined();
    const parsed = parseCatalog(readFileSync(older!, 'utf8'), 'desk 2026.11.2');
    if (!parsed.ok) throw new Error('the published desk 2026.11.2 does not parse');
    expect(parsed.catalog.version).not.toBe(desk.version);
    const file = write('older.json', await sealedSpecOf(parsed.catalog, { width: 170 }));
    expect(await run([file])).toEqual({ code: 0, out: ['✓ older.json: integrity ok, prices and lead time match catalog standing-desk v2026.11.2'], err: [] });
    // Names from a spec never reach outside the archive.
    expect(publishedCatalogFile('standing-desk', '../../package')).toBeUndefined();
    expect(publishedCatalogFile('..', 'standing-desk')).toBeUndefined();
  });

  it('reads a spec sealed as version 1, whose hash covers its picture reference', async () => {
    const fixture = new URL('../../tests/fixtures/order-specs/v1-standing-desk-with-picture.json', import.meta.url);
    const v1 = JSON.parse(readFileSync(fixture, 'utf8'));
    expect(v1.schemaVersion).toBe(1);
    expect(await run([write('v1.json', v1)])).toMatchObject({ code: 0, err: [] });
    const retold = { ...v1, picture: { ...v1.picture, alt: 'Another picture' } };
    expect(await run([write('v1-retold.json', retold)])).toMatchObject({
      code: 1,
      err: [expect.stringMatching(/^v1-retold\.json: \/integrity\/hash: spec says [0-9a-f]{64}, its content hashes to /)],
    });
  });

  it('checks the picture given with --picture against the reference in the spec', async () => {
    const png = solidPng(96, 72);
    const made = await pictureReference(png, { view: 'front-sketch', alt: 'Standing desk.' });
    if (!made.ok) throw new Error(made.reason);
    const pictured = write('pictured.json', await sealSpec({ ...spec, picture: made.picture }, desk));
    const pictureFile = join(tmp, 'picture.png');
    writeFileSync(pictureFile, png);
    expect(await run([pictured, '--picture', pictureFile])).toEqual({
      code: 0,
      out: [`✓ pictured.json: integrity ok, prices and lead time match catalog standing-desk v${desk.version}; picture.png is the picture it refers to`],
      err: [],
    });
    // Another picture, no picture in the spec, an unreadable file, the option twice.
    const otherFile = join(tmp, 'other.png');
    writeFileSync(otherFile, solidPng(96, 72, [0, 0, 0]));
    expect(await run([pictured, '--picture', otherFile])).toMatchObject({
      code: 1,
      err: [expect.stringMatching(/^pictured\.json: \/picture\/sha256: spec says [0-9a-f]{64}, the picture received hashes to [0-9a-f]{64}: /)],
    });
    expect(await run([good, '--picture', pictureFile])).toMatchObject({ code: 1, err: [expect.stringContaining('spec.json: /picture: the spec refers to no picture')] });
    expect(await run([pictured, '--picture', join(tmp, 'missing.png')])).toMatchObject({ code: 1, err: [expect.stringContaining('/picture: cannot read missing.png')] });
    expect((await run([pictured, '--picture', pictureFile, '--picture', otherFile])).code).toBe(1);
  });
});
