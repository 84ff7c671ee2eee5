import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadTime } from './lead-time.ts';
import { priceBreakdown, type PriceBreakdown } from './price-breakdown.ts';
import { channelsOf, invalidPricingReason, listedAmount, pricingTerms, quantityTier } from './pricing-terms.ts';
import { loadSample } from './spec-fixtures.ts';
import { defaultSelections } from './selections.ts';
import { catalogV2Problems, selectionArbitrary } from './test-support.ts';

// The samples: amounts include VAT (consumer prices), EUR and USD per amount, retail lists
// (EUR: VAT included; USD: before sales tax) and trade lists (-15 %, tax excluded); markets ES 21 %,
// PT 23 %, FR 20 %, DE 19 % in EUR and US (no VAT) in USD; quantity tiers 5+ (-5 %) and 20+ (-10 %).
const desk = loadSample('standing-desk');
const samples = [desk, loadSample('bicycle'), loadSample('modular-shelving')];
const standard = defaultSelections(desk);
const amounts = (price: PriceBreakdown) => Object.fromEntries(price.lines.map((line) => [line.id, line.amount]));

describe('pricing terms', () => {
  it('defaults to the first market, its currency and the retail list, one unit', () => {
    const terms = pricingTerms(desk);
    expect(terms.market?.country).toBe('ES');
    expect(terms.list).toMatchObject({ id: 'retail-eur', currency: 'EUR', taxMode: 'inclusive' });
    expect(terms.quantity).toBe(1);
    expect(terms.tier).toBeNull();
    expect(channelsOf(desk)).toEqual(['retail', 'trade']);
  });

  it('takes the chosen channel’s list in the market’s currency', () => {
    expect(pricingTerms(desk, { country: 'US' }).list.id).toBe('retail-usd');
    expect(pricingTerms(desk, { country: 'US', channel: 'trade' }).list.id).toBe('trade-usd');
    expect(pricingTerms(desk, { country: 'DE', channel: 'trade' }).list.id).toBe('trade-eur');
  });

  it('picks the quantity tier with the largest "from" reached', () => {
    const tiers = desk.quantityTiers;
    expect([1, 4, 5, 19, 20, 100].map((q) => quantityTier(tiers, q)?.percent ?? 0)).toEqual([0, 0, -5, -5, -10, -10]);
  });

  it('says why a choice cannot be priced, and falls back to the defaults for it', () => {
    expect(invalidPricingReason(desk, { country: 'XX' })).toBe(`we don't deliver to "XX"`);
    expect(invalidPricingReason(desk, { channel: 'wholesale' })).toBe('there is no "wholesale" price list');
    expect(invalidPricingReason(desk, { quantity: 0 })).toBe('the quantity must be a whole number from 1 to 100');
    expect(invalidPricingReason(desk, { quantity: 2.5 })).toBe('the quantity must be a whole number from 1 to 100');
    expect(invalidPricingReason(desk, { country: 'FR', channel: 'trade', quantity: 100 })).toBeUndefined();
    expect(pricingTerms(desk, { country: 'XX', quantity: 1e9 })).toMatchObject({ market: { country: 'ES' }, quantity: 1 });
  });
});

describe('prices per list, market and quantity (hand-checked)', () => {
  it('Spain, retail: the catalog’s consumer prices as written, 21 % VAT included in the total', () => {
    const price = priceBreakdown(desk, standard, pricingTerms(desk, { country: 'ES' }));
    expect(amounts(price)).toEqual({ base: 49900, width: 12000, depth: 4000 });
    expect(price.total).toBe(65900);
    // 65900 × 21 / 121 = 11437.19 → 11437; the rest is the base it is on.
    expect(price.taxes).toEqual([{ id: 'vat/ES', name: 'VAT', label: 'VAT 21% (Spain)', rate: 21, base: 54463, amount: 11437, included: true }]);
    expect(price.payable).toBe(65900);
  });

  it('Spain, trade: VAT taken out of each amount, the list’s -15 %, then 21 % VAT added', () => {
    const price = priceBreakdown(desk, standard, pricingTerms(desk, { country: 'ES', channel: 'trade' }));
    // 49900 / 1.21 = 41239.67 → 41240; 12000 / 1.21 → 9917; 4000 / 1.21 → 3306 (as 40 cm × 248 and 10 cm × 331).
    expect(amounts(price)).toEqual({ base: 41240, width: 9920, depth: 3310, 'list/trade-eur': -8171 });
    expect(price.lines.find((line) => line.id === 'width')?.perUnit).toEqual({ units: 40, unit: 'cm', unitPrice: 248, from: 100 });
    // 54470 × -15 % = -8170.5 → -8171 (halves away from zero); total 46299; VAT 46299 × 21 % = 9722.79 → 9723.
    expect(price.lines.at(-1)).toMatchObject({
      label: 'Trade price list',
      percentOf: { percent: -15, base: 54470 },
      source: { kind: 'price-list', listId: 'trade-eur' },
    });
    expect(price.total).toBe(46299);
    expect(price.taxes).toEqual([{ id: 'vat/ES', name: 'VAT', label: 'VAT 21% (Spain)', rate: 21, base: 46299, amount: 9723, included: false }]);
    expect(price.payable).toBe(46299 + 9723);
  });

  it('United States: the USD amounts as written (no exchange rate), no VAT, with the sales-tax note', () => {
    const price = priceBreakdown(desk, standard, pricingTerms(desk, { country: 'US' }));
    expect(price.currency).toBe('USD');
    expect(amounts(price)).toEqual({ base: 54900, width: 40 * 330, depth: 10 * 440 });
    expect(price.taxes).toEqual([
      { id: 'vat/US', name: 'VAT', label: 'No VAT; US sales tax, if any, is billed on delivery', rate: 0, base: 72500, amount: 0, included: false },
    ]);
    expect(price.payable).toBe(72500);
  });

  it('five units: every line × 5, then the 5+ tier’s -5 % of the lot', () => {
    const price = priceBreakdown(desk, standard, pricingTerms(desk, { quantity: 5 }));
    expect(price.lines[0]).toMatchObject({ id: 'base', times: { count: 5, each: 49900 }, amount: 249500 });
    expect(price.lines.at(-1)).toMatchObject({
      id: 'tier/5',
      amount: -16475,
      percentOf: { percent: -5, base: 329500 },
      source: { kind: 'quantity-tier', from: 5 },
    });
    expect(price.total).toBe(329500 - 16475);
  });
});

describe('price properties over every sample, selection, market, channel and quantity', () => {
  const termsArbitrary = (catalog: (typeof samples)[number]) =>
    fc.record({
      country: fc.constantFrom(...catalog.markets.map((m) => m.country)),
      channel: fc.constantFrom(...channelsOf(catalog)),
      quantity: fc.integer({ min: 1, max: catalog.maxQuantity }),
    });

  it('the total is the sum of the lines, payable adds only the taxes not included, VAT is the rate of its base to the cent', () => {
    for (const catalog of samples) {
      fc.assert(
        fc.property(selectionArbitrary(catalog), termsArbitrary(catalog), (selections, choice) => {
          const price = priceBreakdown(catalog, selections, pricingTerms(catalog, choice));
          expect(price.total).toBe(price.lines.reduce((sum, line) => sum + line.amount, 0));
          expect(price.payable).toBe(price.total + price.taxes.filter((t) => !t.included).reduce((sum, t) => sum + t.amount, 0));
          for (const amount of [price.total, price.payable, ...price.lines.map((l) => l.amount)]) expect(Number.isSafeInteger(amount)).toBe(true);
          for (const tax of price.taxes) {
            expect(Number.isSafeInteger(tax.amount)).toBe(true);
            if (tax.included) expect(tax.base + tax.amount).toBe(price.total);
            else expect(tax.base).toBe(price.total);
            // Rounded once: half a cent of the exact tax (an included tax is rounded on the total, so
            // measured on its base that half cent grows by the rate).
            const tolerance = 0.5 * (tax.included ? 1 + tax.rate / 100 : 1) + 1e-6;
            expect(Math.abs(tax.amount - (tax.base * tax.rate) / 100)).toBeLessThanOrEqual(tolerance);
          }
          for (const line of price.lines) if (line.times) expect(line.amount).toBe(line.times.each * line.times.count);
        }),
        { numRuns: 60 },
      );
    }
  });

  it('more units never cost more per unit, and without a tier n units cost exactly n × one', () => {
    for (const catalog of samples) {
      fc.assert(
        fc.property(selectionArbitrary(catalog), termsArbitrary(catalog), (selections, choice) => {
          const one = priceBreakdown(catalog, selections, pricingTerms(catalog, { ...choice, quantity: 1 }));
          const many = priceBreakdown(catalog, selections, pricingTerms(catalog, choice));
          if (one.total < 0) return;
          if (quantityTier(catalog.quantityTiers, choice.quantity) === null) {
            const listPercent = one.lines.find((l) => l.source.kind === 'price-list');
            if (!listPercent) expect(many.total).toBe(one.total * choice.quantity);
          }
          // Percentages round once per order, so allow a cent of rounding per percentage line.
          expect(many.total).toBeLessThanOrEqual(one.total * choice.quantity + 2);
        }),
        { numRuns: 60 },
      );
    }
  });

  it('a price list in another currency only ever uses that currency’s amounts', () => {
    fc.assert(
      fc.property(selectionArbitrary(desk), (selections) => {
        const usd = priceBreakdown(desk, selections, pricingTerms(desk, { country: 'US' }));
        const doubled = loadSample('standing-desk', (data) => doubleCurrency(data, 'EUR'));
        expect(priceBreakdown(doubled, selections, pricingTerms(doubled, { country: 'US' }))).toEqual({
          ...usd,
          terms: pricingTerms(doubled, { country: 'US' }),
        });
      }),
      { numRuns: 10 },
    );
  });

  it('listing a net amount with VAT and taking it out again is within a cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom(...desk.markets.filter((m) => m.currency === 'EUR').map((m) => m.country)),
        (amount, country) => {
          const retail = pricingTerms(desk, { country });
          const trade = pricingTerms(desk, { country, channel: 'trade' });
          const net = listedAmount(amount, trade);
          expect(Math.abs(listedAmount(net, { ...retail, pricesIncludeVat: false }) - amount)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('delivery window', () => {
  it('counts the market’s delivery days on from the ship date, skipping weekends and holidays', () => {
    // Ordered Mon 30 Nov 2026: the standard desk ships Mon 21 Dec; Spain delivers 2–3 business days
    // later: Wed 23 Dec, then (24 and 25 Dec are holidays, 26–27 a weekend) Mon 28 Dec.
    const spain = desk.markets.find((m) => m.country === 'ES')!;
    const lead = leadTime(desk, standard, '2026-11-30', spain);
    expect(lead.delivery).toEqual({ from: addDays(lead.shipDate, spain.deliveryDays.min), to: addDays(lead.shipDate, spain.deliveryDays.max) });
    expect(leadTime(desk, standard, '2026-12-11', spain)).toMatchObject({ shipDate: '2026-12-21', delivery: { from: '2026-12-23', to: '2026-12-28' } });
    expect(leadTime(desk, standard, '2026-11-30', null).delivery).toBeNull();
  });
});

describe('catalog checks for prices', () => {
  const lists = [
    { id: 'retail-eur', label: 'Retail', channel: 'retail', currency: 'EUR', taxMode: 'inclusive' },
    { id: 'retail-usd', label: 'Retail US', channel: 'retail', currency: 'USD', taxMode: 'exclusive' },
  ];
  const market = { country: 'ES', name: 'Spain', currency: 'EUR', vatRate: 21, deliveryDays: { min: 1, max: 2 } };
  const groups = [{ id: 'colour', label: 'Colour', kind: 'single', default: 'red', values: [{ id: 'red', label: 'Red' }] }];
  const messages = (fields: Record<string, unknown>) => catalogV2Problems({ groups, ...fields }).map((p) => `${p.pointer}: ${p.message}`);

  it('asks for an amount per currency where a list is in another currency, pointing at it', () => {
    expect(messages({ basePrice: 1000, priceLists: lists, markets: [market] })).toContain(
      '/basePrice: a price list is in USD: write this amount per currency, e.g. {"EUR": 1000, "USD": …}',
    );
    expect(messages({ basePrice: { EUR: 1000 }, priceLists: lists, markets: [market] })).toContain('/basePrice: no USD amount; the USD price list needs one');
    expect(messages({ basePrice: { EUR: 1000, USD: 1100, GBP: 900 }, priceLists: lists, markets: [market] })).toContain(
      '/basePrice/GBP: no price list is in GBP',
    );
  });

  it('refuses markets without a list in their currency, duplicates, and unreachable tiers', () => {
    const both = { basePrice: { EUR: 1000, USD: 1100 }, priceLists: lists };
    expect(messages({ ...both, markets: [{ ...market, currency: 'GBP' }] })).toContain(
      '/markets/0/currency: no price list is in GBP; add one to "priceLists" or use EUR or USD',
    );
    expect(messages({ ...both, markets: [market, market] })).toContain('/markets/1/country: duplicate market "ES"');
    expect(messages({ ...both, priceLists: [...lists, { ...lists[0], id: 'other' }] })).toContain(
      '/priceLists/2: a second "retail" price list in EUR; a channel has one list per currency',
    );
    expect(
      messages({
        ...both,
        quantityTiers: [
          { from: 5, percent: -5 },
          { from: 5, percent: -10 },
        ],
        maxQuantity: 4,
      }),
    ).toEqual([
      '/quantityTiers/0/from: no order can reach 5 units: maxQuantity is 4',
      '/quantityTiers/1/from: quantity tiers must be in increasing order of "from"',
      '/quantityTiers/1/from: no order can reach 5 units: maxQuantity is 4',
    ]);
  });

  it('accepts a catalog without lists or markets: one list in its currency, no tax, no delivery window', () => {
    expect(messages({ basePrice: 1000 })).toEqual([]);
  });
});

function doubleCurrency(data: Record<string, unknown>, currency: string): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record[currency] === 'number' && Object.keys(record).every((k) => /^[A-Z]{3}$/.test(k))) record[currency] = (record[currency] as number) * 2;
    else Object.values(record).forEach(visit);
  };
  visit(data);
}

function addDays(date: string, days: number): string {
  // Spain's window from the sample's own calendar, counted independently of leadTime.
  const holidays = new Set(desk.calendar.holidays);
  const cursor = new Date(`${date}T00:00:00Z`);
  for (let left = days; left > 0;) {
    cursor.setUTCDate(cursor.getUTCDate() + 1);
    const iso = cursor.toISOString().slice(0, 10);
    if (cursor.getUTCDay() !== 0 && cursor.getUTCDay() !== 6 && !holidays.has(iso)) left--;
  }
  return cursor.toISOString().slice(0, 10);
}
