import { describe, expect, it } from 'vitest';
import { buildOrderSpec } from '../domain/order-spec.ts';
import { loadSample, SPEC_CLOCK } from '../domain/spec-fixtures.ts';
import { checkSpecIntegrity } from '../domain/spec-integrity.ts';
import { pictureReference } from '../domain/picture-reference.ts';
import { solidPng } from '../domain/png-fixtures.ts';
import { postOrder, putOrderPicture, sealOrderWithCustomer } from './submit-order.ts';

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

describe('putOrderPicture', () => {
  it('sends the raw PNG bytes to the order, and tells stored, refused and try-again-later apart', async () => {
    const png = solidPng(4, 3);
    const requests: { url: string; init: RequestInit }[] = [];
    const stored = await putOrderPicture('MTO-2026-000001', png, async (url, init) => {
      requests.push({ url: String(url), init: init! });
      return new Response(JSON.stringify({ created: true }), { status: 201 });
    });
    expect(stored).toEqual({ kind: 'stored' });
    expect(requests[0]!.url).toBe('/api/orders/MTO-2026-000001/picture');
    expect(requests[0]!.init).toMatchObject({ method: 'PUT', headers: { 'content-type': 'image/png' } });
    expect(new Uint8Array(requests[0]!.init.body as Uint8Array)).toEqual(png);

    expect(await putOrderPicture('MTO-2026-000001', png, reply(200, { created: false }))).toEqual({ kind: 'stored' });
    const findings = [{ pointer: '/picture/sha256', message: 'spec says a…, the picture received hashes to b…' }];
    expect(await putOrderPicture('MTO-2026-000001', png, reply(422, { error: 'not the picture', findings }))).toEqual({
      kind: 'rejected',
      message: 'not the picture',
      findings,
    });
    expect(await putOrderPicture('MTO-2026-000001', png, reply(413, { error: 'too large' }))).toMatchObject({ kind: 'rejected' });
    expect(await putOrderPicture('MTO-2026-000001', png, reply(503, {}))).toMatchObject({ kind: 'unavailable' });
    expect(
      await putOrderPicture('MTO-2026-000001', png, async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).toMatchObject({ kind: 'unavailable' });
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

  it('seals the picture reference with the customer, apart from the design, and leaves it out when there is none', async () => {
    const catalog = loadSample('standing-desk');
    const built = buildOrderSpec(catalog, {}, SPEC_CLOCK);
    if (!built.ok) throw new Error('refused');
    const reference = await pictureReference(solidPng(8, 6), { view: 'front-sketch', alt: 'Standing desk.' });
    if (!reference.ok) throw new Error(reference.reason);
    const details = { name: 'Ada', email: 'ada@example.com', orderFulfilment: true, marketing: false };
    const withPicture = await sealOrderWithCustomer(built.spec, catalog, details, new Date(SPEC_CLOCK.now), reference.picture);
    const without = await sealOrderWithCustomer(built.spec, catalog, details, new Date(SPEC_CLOCK.now));
    expect(withPicture.picture).toEqual(reference.picture);
    expect(without).not.toHaveProperty('picture');
    // The design's hash is the same with or without the picture; the picture has its own seal.
    expect(withPicture.integrity.hash).toBe(without.integrity.hash);
    expect(withPicture.integrity.pictureHash).toMatch(/^[0-9a-f]{64}$/);
    expect(without.integrity).not.toHaveProperty('pictureHash');
    expect(await checkSpecIntegrity(withPicture)).toEqual({ ok: true });
    expect(await checkSpecIntegrity(without)).toEqual({ ok: true });
  });
});
