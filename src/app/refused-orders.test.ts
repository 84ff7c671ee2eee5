import { describe, expect, it } from 'vitest';
import { loadSample, sealedSpecOf } from '../domain/spec-fixtures.ts';
import { refusalKind, refusedOrderOf } from './refused-orders.ts';
import { decodeShareLink, encodeShareLink } from './share-link.ts';

describe('refusedOrderOf', () => {
  it('gives back the design a queued spec was made from: its own choices, terms and language, reopened as a share link', async () => {
    const desk = loadSample('standing-desk');
    const spec = await sealedSpecOf(desk, { width: 160, top: 'solid-oak', accessories: ['cable-tray'] });
    const refused = refusedOrderOf(JSON.parse(JSON.stringify(spec)));
    expect(refused).toMatchObject({ product: desk.name, confirmedOn: spec.leadTime.orderDate });
    expect(refused!.design).toMatchObject({
      catalogId: desk.id,
      catalogVersion: desk.version,
      choices: { width: 160, top: 'solid-oak', accessories: ['cable-tray'] },
    });
    // Defaults and adjusted values are not the customer's: they are worked out again.
    const defaults = spec.choices.filter((c) => c.source !== 'customer').map((c) => c.groupId);
    expect(defaults.length).toBeGreaterThan(0);
    for (const groupId of defaults) expect(refused!.design.choices).not.toHaveProperty(groupId);

    const reopened = decodeShareLink(encodeShareLink(refused!.design), [desk]);
    expect(reopened.catalog?.id).toBe(desk.id);
    expect(reopened.choices).toMatchObject({ width: 160, top: 'solid-oak', accessories: ['cable-tray'] });
    expect(reopened.notes).toEqual([]);
  });

  it('is null for anything that is not recognisably an order spec, and drops malformed choices', () => {
    for (const junk of [
      null,
      1,
      'spec',
      [],
      {},
      { catalog: {}, choices: [], leadTime: {} },
      { catalog: { id: 1 }, choices: [], leadTime: { orderDate: 'x' } },
    ]) {
      expect(refusedOrderOf(junk)).toBeNull();
    }
    const odd = refusedOrderOf({
      catalog: { id: 'standing-desk', version: '1', name: 'Desk' },
      leadTime: { orderDate: '2026-11-23' },
      choices: [{ groupId: 'width', value: { __proto__: 1 }, source: 'customer' }, { groupId: 'top', value: 'oak', source: 'customer' }, 'junk'],
    });
    expect(odd?.design.choices).toEqual({ top: 'oak' });
  });
});

describe('refusalKind', () => {
  const at = (...pointers: string[]) => pointers.map((pointer) => ({ pointer, message: 'the service says why' }));

  it('tells an order that waited too long from one whose catalog changed, whose details are missing, or anything else', () => {
    expect(refusalKind(at('/leadTime/orderDate'))).toBe('stale');
    // The date decides: prices and dates are worked out again today anyway.
    expect(refusalKind(at('/price/total', '/leadTime/orderDate', '/customer'))).toBe('stale');
    expect(refusalKind(at('/customer/consent/orderFulfilment'))).toBe('details');
    expect(refusalKind(at('/customer', '/price/total'))).toBe('details');
    expect(refusalKind(at('/catalog/version'))).toBe('catalog');
    expect(refusalKind(at('/price/lines/2/amount', '/billOfMaterials/0/sku', '/leadTime/shipDate', '/choices/3/value'))).toBe('catalog');
    expect(refusalKind(at('/price/total', '/integrity/hash'))).toBe('other');
    expect(refusalKind(at('/schemaVersion'))).toBe('other');
    expect(refusalKind(at('/customers'))).toBe('other');
    expect(refusalKind(at('/pricelist'))).toBe('other');
    expect(refusalKind([])).toBe('other');
    expect(refusalKind(undefined)).toBe('other');
  });
});
