import { describe, expect, it } from 'vitest';
import { buildOrderSpec } from '../domain/order-spec.ts';
import { loadSample, SPEC_CLOCK } from '../domain/spec-fixtures.ts';
import { checkSpecIntegrity } from '../domain/spec-integrity.ts';
import { postOrder, sealOrderWithCustomer } from './submit-order.ts';

const reply =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  async () =>
    new Response(JSON.stringify(body), { status, headers });

describe('postOrder', () => {
  it('tells placed, refused and try-again-later apart', async () => {
    expect(await postOrder({}, reply(201, { number: 'MTO-2026-000001' }))).toEqual({ kind: 'placed', number: 'MTO-2026-000001' });
    expect(await postOrder({}, reply(200, { number: 'MTO-2026-000001' }))).toEqual({ kind: 'placed', number: 'MTO-2026-000001' });
    const findings = [{ pointer: '/price/total', message: 'spec says 1, the catalog gives 2' }];
    expect(await postOrder({}, reply(422, { error: 'the order spec was refused (1 problem)', findings }))).toEqual({
      kind: 'rejected',
      message: 'the order spec was refused (1 problem)',
      findings,
    });
    expect(await postOrder({}, reply(413, { error: 'too large' }))).toMatchObject({ kind: 'rejected', findings: [] });
    expect(await postOrder({}, reply(503, 'down'))).toMatchObject({ kind: 'unavailable' });
    expect(await postOrder({}, reply(429, { error: 'slow down' }, { 'retry-after': '30' }))).toEqual({
      kind: 'unavailable',
      message: 'slow down',
      retryAfterMs: 30_000,
    });
    expect(
      await postOrder({}, async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).toEqual({ kind: 'unavailable', message: 'the shop could not be reached (Failed to fetch)' });
  });
});

describe('sealOrderWithCustomer', () => {
  it('fills the customer block, then seals, so the seal covers the consent', async () => {
    const catalog = loadSample('standing-desk');
    const built = buildOrderSpec(catalog, {}, SPEC_CLOCK);
    if (!built.ok) throw new Error('refused');
    const sealed = await sealOrderWithCustomer(
      built.spec,
      catalog,
      { name: ' Ada ', email: 'ada@example.com', orderFulfilment: true, marketing: false },
      new Date(SPEC_CLOCK.now),
    );
    expect(sealed.customer).toEqual({
      name: 'Ada',
      email: 'ada@example.com',
      consent: { orderFulfilment: true, marketing: false, recordedAt: SPEC_CLOCK.now },
    });
    expect(await checkSpecIntegrity(sealed)).toEqual({ ok: true });
  });
});
