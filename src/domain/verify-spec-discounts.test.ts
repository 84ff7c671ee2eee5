import { describe, expect, it } from 'vitest';
import { WHOLE_ORDER, type Discount } from './apply-discounts.ts';
import { discountEntry, type AuditEntry } from './audit-trail.ts';
import { parseCatalog } from './load-catalog.ts';
import { buildOrderSpec, type OrderExtras, type SealedOrderSpec } from './order-spec.ts';
import { sealSpec } from './spec-integrity.ts';
import { copyOf, loadSample, SPEC_CLOCK, type EditableSpec } from './spec-fixtures.ts';
import { readFileSync } from 'node:fs';
import { sampleCatalogPath } from './spec-fixtures.ts';
import { verifySpec } from './verify-spec.ts';

const desk = loadSample('standing-desk');
const at = SPEC_CLOCK.now;

function entry(discount: Discount, approval: 'staff' | 'manager'): AuditEntry {
  return discountEntry(at, { actor: 'Ana', reason: 'Showroom model', approval }, 'discount-set', discount, discount.target);
}

async function quoteSpec(discounts: Discount[], audit: AuditEntry[], pricing = {}, extras: OrderExtras = {}): Promise<SealedOrderSpec> {
  const built = buildOrderSpec(desk, {}, SPEC_CLOCK, pricing, {
    discounts,
    audit,
    quote: { number: 'Q-2026-000042', validUntil: '2026-12-30', preparedBy: 'Ana' },
    notes: 'Deliver to the back door',
    requests: [{ id: 'r1', groupId: 'top', text: 'A cork top', reference: 'cork.jpg', createdAt: at }],
    ...extras,
  });
  if (!built.ok) throw new Error('refused');
  return sealSpec(built.spec, desk);
}

describe('verifySpec with discounts, quotes and requests', () => {
  it('accepts discounts within the guardrails with their audit entries', async () => {
    const free = await quoteSpec([{ target: WHOLE_ORDER, percent: 10 }], [entry({ target: WHOLE_ORDER, percent: 10 }, 'staff')]);
    expect(free.price.lines.at(-1)).toMatchObject({ id: 'discount/total', amount: -6590, source: { kind: 'discount', target: WHOLE_ORDER } });
    expect(await verifySpec(JSON.parse(JSON.stringify(free)), desk)).toEqual([]);
    const manager = await quoteSpec([{ target: WHOLE_ORDER, percent: 18 }], [entry({ target: WHOLE_ORDER, percent: 18 }, 'manager')]);
    expect(await verifySpec(manager, desk)).toEqual([]);
  });

  it('refuses a manager-level discount without a manager on record', async () => {
    const spec = await quoteSpec([{ target: WHOLE_ORDER, percent: 18 }], [entry({ target: WHOLE_ORDER, percent: 18 }, 'staff')]);
    const index = spec.price.lines.length - 1;
    expect(await verifySpec(spec, desk)).toEqual([
      { pointer: `/price/lines/${index}`, message: expect.stringMatching(/^the catalog's guardrails refuse these discounts: .*manager's code is needed/) },
    ]);
  });

  it('refuses a discount below cost, and one with no audit entry', async () => {
    const below = await quoteSpec([{ target: WHOLE_ORDER, percent: 15 }], [entry({ target: WHOLE_ORDER, percent: 15 }, 'manager')], { channel: 'trade' });
    expect(await verifySpec(below, desk)).toEqual([
      { pointer: expect.stringMatching(/^\/price\/lines\/\d+$/), message: expect.stringContaining('below cost') },
    ]);
    const unrecorded = await quoteSpec([{ target: WHOLE_ORDER, percent: 5 }], []);
    expect(await verifySpec(unrecorded)).toEqual([
      { pointer: `/price/lines/${unrecorded.price.lines.length - 1}`, message: 'no audit entry gives this discount on "total"' },
    ]);
  });

  it('recomputes a discount line from the catalog', async () => {
    const spec = await quoteSpec([{ target: 'base', percent: 10 }], [entry({ target: 'base', percent: 10 }, 'staff')]);
    const copy: EditableSpec = copyOf(spec);
    const line = copy.price.lines.at(-1)!;
    line.amount -= 100;
    copy.price.total -= 100;
    copy.taxes[0]!.amount = spec.taxes[0]!.amount;
    const findings = await verifySpec(await sealSpec(copy as unknown as SealedOrderSpec, desk), desk);
    expect(findings).toContainEqual({
      pointer: `/price/lines/${copy.price.lines.length - 1}/amount`,
      message: `spec says ${line.amount}, the catalog gives ${line.amount + 100}`,
    });
  });

  it('refuses a quote held longer than the catalog allows', async () => {
    const spec = await quoteSpec([], [], {}, { quote: { number: 'Q-2026-000042', validUntil: '2027-03-01', preparedBy: 'Ana' } });
    expect(await verifySpec(spec, desk)).toEqual([
      { pointer: '/quote/validUntil', message: 'spec says 2027-03-01; the catalog holds prices from 2026-11-30 to 2026-12-30 at most' },
    ]);
  });

  it('reads specs from before quotes as having none', async () => {
    const spec = await quoteSpec([], [], {}, { quote: null, requests: [] });
    const old = copyOf(spec) as Partial<EditableSpec>;
    delete old.quote;
    delete old.audit;
    delete old.requests;
    const resealed = await sealSpec(old as unknown as SealedOrderSpec, desk);
    expect(await verifySpec(resealed, desk)).toEqual([]);
  });
});

describe('catalog guardrails', () => {
  const raw = () =>
    JSON.parse(readFileSync(sampleCatalogPath('standing-desk'), 'utf8')) as {
      sales?: { managerDiscountPercent: number };
      components: Record<string, unknown>[];
      baseCost?: unknown;
    };
  const problems = (data: unknown) => {
    const result = parseCatalog(JSON.stringify(data), 'catalog/standing-desk.json');
    return result.ok ? [] : result.problems.map((p) => `${p.pointer}: ${p.message}`);
  };

  it('points at bad sales settings and costs', () => {
    const data = raw();
    data.sales!.managerDiscountPercent = 5;
    data.components[2]!.cost = { EUR: -100, USD: 100 };
    data.baseCost = { EUR: 100 };
    expect(problems(data)).toEqual(expect.arrayContaining(['/sales/managerDiscountPercent: managerDiscountPercent must not be below freeDiscountPercent']));
    delete data.sales;
    expect(problems(data)).toEqual(
      expect.arrayContaining(['/components/2/cost: a cost cannot be negative', '/baseCost: no USD amount; the USD price list needs one']),
    );
  });
});
