import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyDiscounts, WHOLE_ORDER, type Discount } from './apply-discounts.ts';
import { discountEntry } from './audit-trail.ts';
import { parseCatalog } from './load-catalog.ts';
import { buildOrderSpec } from './order-spec.ts';
import { priceBreakdown } from './price-breakdown.ts';
import { pricingTerms } from './pricing-terms.ts';
import { defaultSelections } from './selections.ts';
import { sampleCatalogPath, SPEC_CLOCK } from './spec-fixtures.ts';
import { sealSpec } from './spec-integrity.ts';
import { verifySpec } from './verify-spec.ts';

const text = readFileSync(sampleCatalogPath('standing-desk'), 'utf8');
function deskIn(locale: string) {
  const result = parseCatalog(text, 'catalog/standing-desk.json', { locale });
  if (!result.ok) throw new Error('the desk does not parse');
  return result.catalog;
}
const discounts: Discount[] = [
  { target: 'base', percent: 10 },
  { target: WHOLE_ORDER, percent: 2.5 },
];

describe('discount lines in the price’s language', () => {
  it('labels discount lines in the catalog’s language, like the other lines the domain words', () => {
    const labels = (locale: string) => {
      const desk = deskIn(locale);
      const price = priceBreakdown(desk, defaultSelections(desk), pricingTerms(desk));
      return applyDiscounts(price, discounts)
        .lines.slice(price.lines.length)
        .map((line) => line.label);
    };
    expect(labels('en')).toEqual(['Discount on Standing desk (base) (10%)', 'Discount on the order (2.5%)']);
    expect(labels('es')).toEqual(['Descuento en Escritorio elevable (base) (10 %)', 'Descuento en el pedido (2,5 %)']);
  });

  it('writes them into a Spanish order spec, which verifies against the catalog in its language', async () => {
    const desk = deskIn('es');
    const audit = discounts.map((discount) =>
      discountEntry(SPEC_CLOCK.now, { actor: 'Ana', reason: 'Cliente habitual', approval: 'staff' }, 'discount-set', discount, discount.target),
    );
    const result = buildOrderSpec(desk, {}, SPEC_CLOCK, {}, { discounts, audit });
    if (!result.ok) throw new Error('the spec was refused');
    expect(result.spec.locale).toBe('es');
    expect(result.spec.price.lines.filter((line) => line.source.kind === 'discount').map((line) => line.label)).toEqual([
      'Descuento en Escritorio elevable (base) (10 %)',
      'Descuento en el pedido (2,5 %)',
    ]);
    const sealed = JSON.parse(JSON.stringify(await sealSpec(result.spec, desk)));
    expect(await verifySpec(sealed, desk)).toEqual([]);
  });
});
