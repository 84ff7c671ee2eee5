import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repositoryCatalogFiles } from '../cli/cli-support.ts';
import { sampleCatalogPath } from '../domain/spec-fixtures.ts';
import { catalogPublications, loadPublishedCatalogs, publishCatalogs } from './catalog-archive.ts';

describe('the published catalog archive', () => {
  it('has every catalog in catalog/ published, unchanged since (orders are verified against it)', () => {
    const stale = catalogPublications(repositoryCatalogFiles()).filter((p) => p.state !== 'published');
    // The messages say exactly what to run.
    expect(stale.map((p) => p.message)).toEqual([]);
  });

  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'mto-archive-'));
    dirs.push(dir);
    return dir;
  };

  it('publishes new versions, never overwrites one, and says what to do when a catalog changed', () => {
    const work = tempDir();
    const archive = join(work, 'published');
    const file = join(work, 'desk.json');
    const data = JSON.parse(readFileSync(sampleCatalogPath('standing-desk'), 'utf8'));
    writeFileSync(file, JSON.stringify(data, null, 2));

    expect(catalogPublications([file], archive)[0]).toMatchObject({ state: 'unpublished', message: expect.stringContaining('run `npm run catalog:publish`') });
    expect(publishCatalogs([file], archive).published).toHaveLength(1);
    // Formatting is not a change.
    writeFileSync(file, JSON.stringify(data));
    expect(catalogPublications([file], archive)[0]!.state).toBe('published');

    // A part's SKU changed, the version not.
    data.components[0].sku += '-B';
    writeFileSync(file, JSON.stringify(data));
    const changed = catalogPublications([file], archive)[0]!;
    expect(changed.state).toBe('changed');
    expect(changed.message).toContain(`standing-desk version ${data.version} was published`);
    expect(changed.message).toContain('give the catalog a new "version" in');
    expect(changed.message).toContain('then run `npm run catalog:publish`');
    const refused = publishCatalogs([file], archive);
    expect(refused.published).toEqual([]);
    expect(refused.refused.map((p) => p.state)).toEqual(['changed']);

    data.version = `${data.version}.1`;
    writeFileSync(file, JSON.stringify(data));
    expect(publishCatalogs([file], archive).published).toHaveLength(1);
  });

  it('finds a published version in the language the spec was made in', async () => {
    const { archive, problems } = await loadPublishedCatalogs();
    expect(problems).toEqual([]);
    const version = archive.versions('standing-desk').at(-1)!;
    expect(archive.find('standing-desk', version, 'no such fingerprint')?.id).toBe('standing-desk');
    expect(archive.find('standing-desk', '0.0.0-never', '')).toBeUndefined();
    expect(archive.versions('no-such-catalog')).toEqual([]);
  });
});
