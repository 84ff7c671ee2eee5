import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCatalog } from '../domain/load-catalog.ts';
import { loadSample, sampleCatalogPath } from '../domain/spec-fixtures.ts';
import { verifySpec } from '../domain/verify-spec.ts';
import { sealSpec } from '../domain/spec-integrity.ts';
import { flowMachine } from './flow-machine.ts';
import { designOfSpec } from './quote-records.ts';

const desk = loadSample('standing-desk');
const NOW = new Date('2026-11-30T09:15:00Z');
const ana = { actor: 'Ana', reason: 'Showroom model' };
const customer = { name: 'Lucía', email: 'lucia@example.com', consent: { orderFulfilment: true, marketing: false, recordedAt: NOW.toISOString() } };

function atReview() {
  const actor = createActor(flowMachine, { input: { catalogs: [desk], now: () => NOW } });
  actor.start();
  actor.send({ type: 'SELECT_PRODUCT', productId: desk.id });
  actor.send({ type: 'REVIEW' });
  return actor;
}

describe('flowMachine: sales and co-design', () => {
  it('gives discounts only within the guardrails, recording each in the audit trail', () => {
    const actor = atReview();
    const discount = { target: 'total', percent: 15 };
    expect(actor.getSnapshot().can({ type: 'SET_DISCOUNT', discount, by: ana, approval: 'staff' })).toBe(false);
    expect(actor.getSnapshot().can({ type: 'SET_DISCOUNT', discount, by: { ...ana, reason: ' ' }, approval: 'manager' })).toBe(false);
    actor.send({ type: 'SET_DISCOUNT', discount, by: ana, approval: 'manager' });
    const { extras } = actor.getSnapshot().context;
    expect(extras.discounts).toEqual([discount]);
    expect(extras.audit).toEqual([
      expect.objectContaining({ at: NOW.toISOString(), actor: 'Ana', action: 'discount-set', detail: 'Discount on the order: 15%', approval: 'manager' }),
    ]);
    // The trade list would take this discount below cost: refused while it stands.
    expect(actor.getSnapshot().can({ type: 'SET_PRICING', pricing: { channel: 'trade' }, by: ana })).toBe(false);
    actor.send({ type: 'REMOVE_DISCOUNT', target: 'total', by: ana });
    expect(actor.getSnapshot().context.extras.discounts).toEqual([]);
    actor.send({ type: 'SET_PRICING', pricing: { channel: 'trade' }, by: { actor: 'Ana', reason: '' } });
    expect(actor.getSnapshot().context.extras.audit.map((e) => e.action)).toEqual(['discount-set', 'discount-removed', 'pricing-set']);
  });

  it('puts customer, quote, notes, requests and discounts into a spec that verifies, and reopens from it', async () => {
    const actor = atReview();
    expect(actor.getSnapshot().can({ type: 'SET_CUSTOMER', customer: { ...customer, email: 'nope' } })).toBe(false);
    actor.send({ type: 'SET_CUSTOMER', customer });
    actor.send({ type: 'SET_DISCOUNT', discount: { target: 'base', percent: 10 }, by: ana, approval: 'staff' });
    actor.send({ type: 'SET_NOTES', notes: 'Back door' });
    actor.send({ type: 'ADD_REQUEST', request: { id: 'r1', groupId: 'top', text: 'Cork top', reference: null, createdAt: NOW.toISOString() } });
    expect(actor.getSnapshot().can({ type: 'SET_QUOTE', quote: { number: 'Q-2026-000001', validUntil: '2027-06-01', preparedBy: 'Ana' } })).toBe(false);
    actor.send({ type: 'SET_QUOTE', quote: { number: 'Q-2026-000001', validUntil: '2026-12-30', preparedBy: 'Ana' } });
    actor.send({ type: 'CONFIRM' });
    const spec = actor.getSnapshot().context.spec!;
    expect(spec).toMatchObject({ customer, notes: 'Back door', quote: { number: 'Q-2026-000001' }, requests: [{ text: 'Cork top' }] });
    expect(spec.price.lines.at(-1)).toMatchObject({ id: 'discount/base', label: 'Discount on Standing desk (base) (10%)' });
    expect(await verifySpec(await sealSpec(spec, desk), desk)).toEqual([]);

    const reopened = createActor(flowMachine, { input: { catalogs: [desk], now: () => NOW } });
    reopened.start();
    reopened.send({ type: 'LOAD_QUOTE', productId: desk.id, ...designOfSpec(spec) });
    expect(reopened.getSnapshot().value).toBe('reviewing');
    expect(reopened.getSnapshot().context.extras).toEqual(actor.getSnapshot().context.extras);
  });

  it('writes the audit trail in the catalog’s language, into a spec that verifies in it', async () => {
    const parsed = parseCatalog(readFileSync(sampleCatalogPath('standing-desk'), 'utf8'), 'catalog/standing-desk.json', { locale: 'es' });
    if (!parsed.ok) throw new Error('the desk does not parse');
    const actor = createActor(flowMachine, { input: { catalogs: [parsed.catalog], now: () => NOW } });
    actor.start();
    actor.send({ type: 'SELECT_PRODUCT', productId: desk.id });
    actor.send({ type: 'REVIEW' });
    actor.send({ type: 'SET_PRICING', pricing: { channel: 'trade' }, by: { actor: 'Ana', reason: '' } });
    actor.send({ type: 'SET_DISCOUNT', discount: { target: 'total', percent: 7.5 }, by: ana, approval: 'staff' });
    actor.send({ type: 'SET_DISCOUNT', discount: { target: 'base', percent: 2 }, by: ana, approval: 'staff' });
    actor.send({ type: 'REMOVE_DISCOUNT', target: 'base', by: ana });
    expect(actor.getSnapshot().context.extras.audit.map((entry) => entry.detail)).toEqual([
      'Condiciones de precio: lista de precios trade',
      'Descuento en el pedido: 7,5 %',
      'Descuento en Escritorio elevable (base): 2 %',
      'Descuento en Escritorio elevable (base) retirado (era del 2 %)',
    ]);
    actor.send({ type: 'SET_CUSTOMER', customer });
    actor.send({ type: 'SET_QUOTE', quote: { number: 'Q-2026-000002', validUntil: '2026-12-30', preparedBy: 'Ana' } });
    actor.send({ type: 'CONFIRM' });
    const spec = actor.getSnapshot().context.spec!;
    expect(spec.locale).toBe('es');
    expect(await verifySpec(JSON.parse(JSON.stringify(await sealSpec(spec, parsed.catalog))), { source: parsed.source })).toEqual([]);
  });

  it('refuses to confirm when changed choices make a discount too generous', () => {
    const actor = atReview();
    actor.send({ type: 'SET_DISCOUNT', discount: { target: 'top/solid-walnut', percent: 5 }, by: ana, approval: 'staff' });
    expect(actor.getSnapshot().context.extras.discounts).toEqual([]);
    actor.send({ type: 'SELECT_OPTION', groupId: 'top', value: 'solid-walnut' });
    actor.send({ type: 'SET_DISCOUNT', discount: { target: 'top/solid-walnut', percent: 5 }, by: ana, approval: 'staff' });
    expect(actor.getSnapshot().context.extras.discounts).toHaveLength(1);
    actor.send({ type: 'SELECT_OPTION', groupId: 'top', value: 'laminate-white' });
    expect(actor.getSnapshot().can({ type: 'CONFIRM' })).toBe(false);
  });
});
