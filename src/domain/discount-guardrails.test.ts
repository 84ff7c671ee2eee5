import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiscounts, discountsOf, invalidDiscountReason, WHOLE_ORDER, type Discount } from './apply-discounts.ts';
import { checkDiscounts, checkDiscountsFor, netOf, orderCost } from './discount-guardrails.ts';
import { sumCents } from './money.ts';
import { priceBreakdown } from './price-breakdown.ts';
import { pricingTerms, type PricingChoice } from './pricing-terms.ts';
import { defaultSelections } from './selections.ts';
import { loadSample } from './spec-fixtures.ts';
import { selectionArbitrary } from './test-support.ts';

// The samples allow 10 % off freely and 20 % with a manager's code. The standard desk (ES, retail,
// VAT included) lists at 659.00, 544.63 before VAT, and costs 400.00 to make; on the trade list
// (-15 %, before VAT) it is 462.94, so 15 % off there would sell it below cost.
const desk = loadSample('standing-desk');
const samples = [desk, loadSample('bicycle'), loadSample('modular-shelving')];
const standard = defaultSelections(desk);
const total = (percent: number): Discount[] => [{ target: WHOLE_ORDER, percent }];

describe('orderCost', () => {
  it('adds the base cost and each component’s cost × quantity, for every unit, in the list’s currency', () => {
    expect(orderCost(desk, standard, pricingTerms(desk))).toBe(40_000);
    expect(orderCost(desk, standard, pricingTerms(desk, { quantity: 3 }))).toBe(120_000);
    expect(orderCost(desk, standard, pricingTerms(desk, { country: 'US' }))).toBe(44_000);
    const dual = { ...standard, motor: 'dual' };
    // Two motor units (40.00 each) and the dual controller (30.00).
    expect(orderCost(desk, dual, pricingTerms(desk))).toBe(40_000 + 4_000 + 3_000);
  });
});

describe('applyDiscounts', () => {
  const price = priceBreakdown(desk, standard, pricingTerms(desk));

  it('adds line discounts, then the order discount on everything before it, after every other line', () => {
    const discounted = applyDiscounts(price, [
      { target: WHOLE_ORDER, percent: 5 },
      { target: 'base', percent: 10 },
    ]);
    expect(discounted.lines.slice(0, price.lines.length)).toEqual(price.lines);
    expect(discounted.lines.slice(price.lines.length).map((l) => [l.id, l.amount])).toEqual([
      ['discount/base', -4990],
      ['discount/total', -3046],
    ]);
    expect(discounted.total).toBe(65_900 - 4990 - 3046);
    expect(discountsOf(discounted.lines)).toEqual([
      { target: 'base', percent: 10 },
      { target: WHOLE_ORDER, percent: 5 },
    ]);
  });

  it('works the taxes out again on the discounted total', () => {
    const discounted = applyDiscounts(price, total(10));
    expect(discounted.total).toBe(59_310);
    expect(discounted.taxes[0]).toMatchObject({ included: true, amount: 10_293, base: 49_017 });
    const trade = applyDiscounts(priceBreakdown(desk, standard, pricingTerms(desk, { channel: 'trade' })), total(10));
    expect(trade.payable).toBe(trade.total + trade.taxes[0]!.amount);
  });

  it('says why a discount cannot be written down', () => {
    expect(invalidDiscountReason({ target: WHOLE_ORDER, percent: 0 }, price.lines)).toMatch(/above 0/);
    expect(invalidDiscountReason({ target: WHOLE_ORDER, percent: 101 }, price.lines)).toMatch(/at most 100/);
    expect(invalidDiscountReason({ target: WHOLE_ORDER, percent: 12.345 }, price.lines)).toMatch(/two decimals/);
    expect(invalidDiscountReason({ target: WHOLE_ORDER, percent: 12.5 }, price.lines)).toBeUndefined();
    expect(invalidDiscountReason({ target: 'top/walnut', percent: 5 }, price.lines)).toBe('there is no price line "top/walnut" to discount');
  });
});

describe('checkDiscounts', () => {
  const check = (discounts: Discount[], approval: 'staff' | 'manager' = 'staff', pricing: PricingChoice = {}) =>
    checkDiscountsFor(desk, standard, pricing, discounts, approval);

  it('lets staff give up to the free limit alone', () => {
    expect(check([])).toMatchObject({ ok: true, level: 'none', percentOff: 0 });
    expect(check(total(10))).toMatchObject({ ok: true, level: 'free', percentOff: 10 });
  });

  it('needs a manager’s code above the free limit, up to the manager’s limit', () => {
    expect(check(total(15))).toMatchObject({ ok: false, needsManager: true, reason: expect.stringContaining('manager') });
    expect(check(total(15), 'manager')).toMatchObject({ ok: true, level: 'manager', percentOff: 15 });
    expect(check(total(20), 'manager')).toMatchObject({ ok: true, level: 'manager' });
    expect(check(total(20.01), 'manager')).toMatchObject({ ok: false, needsManager: false, reason: expect.stringContaining('20%') });
  });

  it('counts a line discount by what it takes off the whole order', () => {
    // 50 % off the base (499.00 of 659.00) is 37.9 % of the order: above any limit.
    expect(check([{ target: 'base', percent: 50 }], 'manager')).toMatchObject({ ok: false });
    // 10 % off the base is 7.6 % of the order: free.
    expect(check([{ target: 'base', percent: 10 }])).toMatchObject({ ok: true, level: 'free', percentOff: 7.57 });
  });

  it('never sells below cost, even with a manager’s code', () => {
    expect(check(total(12), 'staff', { channel: 'trade' })).toMatchObject({ ok: false, needsManager: true });
    expect(check(total(12), 'manager', { channel: 'trade' })).toMatchObject({ ok: true });
    expect(check(total(15), 'manager', { channel: 'trade' })).toMatchObject({ ok: false, reason: expect.stringContaining('below cost') });
  });

  it('refuses two discounts on one line, and discounts a catalog without guardrails does not allow', () => {
    expect(check([...total(5), ...total(5)])).toMatchObject({ ok: false, reason: expect.stringContaining('two discounts') });
    const strict = loadSample('standing-desk', (data) => delete data.sales);
    expect(strict.sales).toEqual({ freeDiscountPercent: 0, managerDiscountPercent: 0, quoteValidityDays: 30 });
    expect(checkDiscountsFor(strict, standard, {}, total(1), 'manager')).toMatchObject({ ok: false });
  });

  it('gives each refusal as a code with parameters, and in English as `reason`', () => {
    expect(check(total(20.01), 'manager')).toMatchObject({
      ok: false,
      problem: { code: 'aboveLimit', params: { percent: 20.01, limit: 20 } },
      reason: '20.01% off is more than the 20% anyone may give on this product',
    });
    expect(check(total(15))).toMatchObject({
      problem: { code: 'needsManager', params: { percent: 15, limit: 10 } },
      reason: "15% off is more than the 10% staff may give alone: a manager's code is needed",
    });
    expect(check(total(15), 'manager', { channel: 'trade' })).toMatchObject({ problem: { code: 'belowCost' } });
    expect(check([...total(5), ...total(5)])).toMatchObject({ problem: { code: 'twoOnTarget', params: { target: WHOLE_ORDER } } });
    expect(check(total(12.345))).toMatchObject({ problem: { code: 'tooPrecise' }, reason: 'a discount has at most two decimals (e.g. 12.5)' });
    expect(check([{ target: 'top/walnut', percent: 5 }])).toMatchObject({
      problem: { code: 'noSuchLine', params: { target: 'top/walnut' } },
      reason: 'there is no price line "top/walnut" to discount',
    });
  });

  const discountArbitrary = (lineIds: string[]) =>
    fc.uniqueArray(
      fc.record({ target: fc.constantFrom(WHOLE_ORDER, ...lineIds), percent: fc.integer({ min: 1, max: 10_000 }).map((hundredths) => hundredths / 100) }),
      { selector: (d) => d.target, maxLength: 4 },
    );
  const pricingArbitrary = fc.record({
    country: fc.constantFrom('ES', 'PT', 'FR', 'DE', 'US'),
    channel: fc.constantFrom('retail', 'trade'),
    quantity: fc.integer({ min: 1, max: 30 }),
  });

  it('property: an accepted discount never takes the price below cost (nor is any given when the price already is), and never beyond the manager’s limit', () => {
    for (const catalog of samples) {
      fc.assert(
        fc.property(
          selectionArbitrary(catalog),
          pricingArbitrary,
          fc.constantFrom('staff' as const, 'manager' as const),
          fc.context(),
          (selections, pricing, approval, ctx) => {
            const terms = pricingTerms(catalog, pricing);
            const price = priceBreakdown(catalog, selections, terms);
            const cost = orderCost(catalog, selections, terms);
            return fc.assert(
              fc.property(discountArbitrary(price.lines.map((l) => l.id)), (discounts) => {
                const result = checkDiscounts(price, discounts, catalog.sales, cost, approval);
                ctx.log(JSON.stringify({ discounts, result: result.ok ? result.percentOff : result.reason }));
                if (!result.ok || result.level === 'none') return;
                expect(netOf(result.price)).toBeGreaterThanOrEqual(cost);
                expect((price.total - result.price.total) * 100).toBeLessThanOrEqual(catalog.sales.managerDiscountPercent * price.total + 1e-6);
                if (approval === 'staff') expect(result.level).not.toBe('manager');
              }),
              { numRuns: 10 },
            );
          },
        ),
        { numRuns: 20 },
      );
    }
  });

  it('property: the total is the sum of the lines, discount lines included, and payable adds the taxes not included', () => {
    fc.assert(
      fc.property(
        selectionArbitrary(desk),
        pricingArbitrary,
        fc.array(fc.integer({ min: 1, max: 10_000 }), { maxLength: 3 }),
        (selections, pricing, percents) => {
          const price = priceBreakdown(desk, selections, pricingTerms(desk, pricing));
          const ids = [WHOLE_ORDER, ...price.lines.map((l) => l.id)];
          const discounts = percents.map((p, i) => ({ target: ids[(p * 7 + i) % ids.length]!, percent: p / 100 }));
          const unique = discounts.filter((d, i) => discounts.findIndex((e) => e.target === d.target) === i);
          const discounted = applyDiscounts(price, unique);
          expect(discounted.total).toBe(sumCents(discounted.lines.map((l) => l.amount)));
          expect(discounted.payable).toBe(discounted.total + sumCents(discounted.taxes.filter((t) => !t.included).map((t) => t.amount)));
          expect(discounted.total).toBeLessThanOrEqual(price.total);
          // A line discount's base is the line as listed, so only stacked on the order's own
          // reductions (volume tier, price list, percent rules) can it take the total below zero:
          // the guardrails refuse that (never below cost: the property above; and the next test).
          const reduced = price.lines.some((line) => line.percentOf !== undefined && line.amount < 0);
          if (!reduced) expect(discounted.total).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('can go below zero only by stacking a line discount on the order’s own reductions, which the guardrails refuse', () => {
    // Five desks on the trade list: a volume tier and the list's own percentage reduce the order.
    const selections = { ...standard, width: 100, depth: 60 };
    const pricing: PricingChoice = { country: 'ES', channel: 'trade', quantity: 5 };
    const price = priceBreakdown(desk, selections, pricingTerms(desk, pricing));
    expect(price.lines.filter((line) => line.percentOf && line.amount < 0).map((line) => line.source.kind)).toEqual(['quantity-tier', 'price-list']);
    const extreme: Discount[] = [{ target: 'base', percent: 99 }, ...total(60)];
    expect(applyDiscounts(price, extreme).total).toBeLessThan(0);
    // Counted by what they take off the order, they are over 100 % off: refused, even with a manager's code.
    expect(checkDiscountsFor(desk, selections, pricing, extreme, 'manager')).toMatchObject({ ok: false, reason: expect.stringMatching(/^1\d\d\.\d+% off is more than/) });
  });
});
