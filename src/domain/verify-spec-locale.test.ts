import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WHOLE_ORDER } from './apply-discounts.ts';
import { discountEntry, pricingEntry } from './audit-trail.ts';
import { domainLabels } from './domain-labels.ts';
import { parseCatalog } from './load-catalog.ts';
import { buildOrderSpec, type SealedOrderSpec } from './order-spec.ts';
import { copyOf, sampleCatalogPath, sealedSpecOf, SPEC_CLOCK } from './spec-fixtures.ts';
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

  it('verifies a Spanish quote whose audit trail is in Spanish: entries are matched by their discounts, not their words', async () => {
    const discount = { target: WHOLE_ORDER, percent: 5 };
    const by = { actor: 'Ana', reason: 'Cliente habitual', approval: 'staff' as const };
    const audit = [
      pricingEntry(SPEC_CLOCK.now, by, { quantity: 1 }, es.catalog.locale),
      discountEntry(SPEC_CLOCK.now, by, 'discount-set', discount, domainLabels(es.catalog.locale).theOrder, es.catalog.locale),
    ];
    expect(audit.map((entry) => entry.detail)).toEqual(['Condiciones de precio: cantidad 1', 'Descuento en el pedido: 5 %']);
    const built = buildOrderSpec(es.catalog, choices, SPEC_CLOCK, {}, { discounts: [discount], audit });
    if (!built.ok) throw new Error('refused');
    const spec = await sealSpec(built.spec, es.catalog);
    expect(spec.audit).toEqual(audit);
    expect(await verifySpec(JSON.parse(JSON.stringify(spec)), { source: es.source })).toEqual([]);
    // A trail that does not account for the discount still fails, whatever its language.
    const unrecorded = await sealSpec({ ...built.spec, audit: audit.slice(0, 1) }, es.catalog);
    expect(await verifySpec(unrecorded, { source: es.source })).toEqual([
      { pointer: `/price/lines/${spec.price.lines.length - 1}`, message: 'no audit entry gives this discount on "total"' },
    ]);
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
