import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from './load-catalog.ts';
import type { SealedOrderSpec } from './order-spec.ts';
import { copyOf, sampleCatalogPath, sealedSpecOf } from './spec-fixtures.ts';
import { sealSpec } from './spec-integrity.ts';
import { verifySpec } from './verify-spec.ts';

const text = readFileSync(sampleCatalogPath('standing-desk'), 'utf8');
function parsed(locale: string) {
  const result = parseCatalog(text, 'catalog/standing-desk.json', { locale });
  if (!result.ok) throw new Error('the desk does not parse');
  return result;
}
const es = parsed('es');
const en = parsed('en');
const choices = { width: 170, top: 'solid-walnut', accessories: ['drawer'] };

describe('verifySpec in the spec’s language', () => {
  it('writes the catalog’s language into the spec, with the domain’s own words in it too', async () => {
    const spec = await sealedSpecOf(es.catalog, choices);
    expect(spec.locale).toBe('es');
    expect(spec.price.lines[0]!.label).toBe(`${es.catalog.name} (base)`);
    expect(spec.taxes.map((tax) => tax.label).join()).toMatch(/IVA/);
    expect((await sealedSpecOf(en.catalog, choices)).locale).toBe('en');
  });

  it('verifies a Spanish spec against the Spanish catalog, or against the catalog source localized in its locale', async () => {
    const spec = await sealedSpecOf(es.catalog, choices);
    expect(await verifySpec(JSON.parse(JSON.stringify(spec)), es.catalog)).toEqual([]);
    expect(await verifySpec(JSON.parse(JSON.stringify(spec)), { source: es.source })).toEqual([]);
  });

  it('fails a spec whose locale was changed, even sealed again', async () => {
    const spec = await sealedSpecOf(es.catalog, choices);
    const changed = copyOf(spec);
    changed.locale = 'en';
    const unsealed = await verifySpec(changed, { source: es.source });
    expect(unsealed).toContainEqual({ pointer: '/integrity/hash', message: expect.stringContaining('changed after it was sealed') });
    const resealed = await sealSpec(changed as unknown as SealedOrderSpec, es.catalog);
    const findings = await verifySpec(resealed, { source: es.source });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toContainEqual({ pointer: '/price/lines/0/label', message: expect.stringContaining('(base)') });
    // Against a catalog localized in another language, the locale itself is reported.
    expect(await verifySpec(JSON.parse(JSON.stringify(spec)), en.catalog)).toContainEqual({
      pointer: '/locale',
      message: `spec says "es", the catalog's texts are in "en"`,
    });
  });

  it('reads a spec from before languages as English', async () => {
    const spec = copyOf(await sealedSpecOf(en.catalog, choices));
    delete (spec as { locale?: string }).locale;
    const resealed = await sealSpec(spec as unknown as SealedOrderSpec, en.catalog);
    expect(await verifySpec(resealed, { source: en.source })).toEqual([]);
  });
});
