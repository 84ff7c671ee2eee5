import { describe, expect, it } from 'vitest';
import { loadSample, sealedSpecOf } from '../domain/spec-fixtures.ts';
import { refusedOrderOf } from './refused-orders.ts';
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
