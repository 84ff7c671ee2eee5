import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/catalog-schema.ts';
import { buildOrderSpec, type SealedOrderSpec } from '../domain/order-spec.ts';
import { sealSpec } from '../domain/spec-integrity.ts';
import type { PublishedCatalogs } from './catalog-archive.ts';
import type { DatabaseConfig } from './open-database.ts';
import { startApiServer, type ApiServer } from './start-api-server.ts';
import { createTestDatabase, startTestPostgres } from './test-support/test-postgres.ts';
import { customer, ORDER_CLOCK, orderSpec, orderSpecWithPicture, publishedDesk, SERVER_NOW, TEST_TOKEN } from './test-support/order-fixtures.ts';
import { PICTURE_LIMITS, pictureReference } from '../domain/picture-reference.ts';
import { solidPng } from '../domain/png-fixtures.ts';
import { sha256HexOfBytes } from '../domain/sha256.ts';

// Every test here runs twice: on embedded PGlite and on a real Postgres server.
const postgres = await startTestPostgres();
if (!postgres.ok) console.warn(`\n⚠ order API on real Postgres: SKIPPED: ${postgres.reason}\n`);
const tempDirs: string[] = [];
afterAll(async () => {
  if (postgres.ok) await postgres.stop();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}, 60_000);

const backends: { name: string; skip: string | undefined; database: (label: string) => Promise<DatabaseConfig> }[] = [
  {
    name: 'PGlite',
    skip: undefined,
    database: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'mto-test-pglite-'));
      tempDirs.push(dir);
      return { dataDir: dir };
    },
  },
  {
    name: 'Postgres',
    skip: postgres.ok ? undefined : postgres.reason,
    database: async (label) => ({ databaseUrl: await createTestDatabase((postgres as { url: string }).url, label) }),
  },
];

const auth = { Authorization: `Bearer ${TEST_TOKEN}` };

for (const backend of backends) {
  describe.skipIf(backend.skip !== undefined)(`order API on ${backend.name}${backend.skip ? ` (skipped: ${backend.skip})` : ''}`, { timeout: 180_000 }, () => {
    let server: ApiServer;
    let database: DatabaseConfig;
    let archive: PublishedCatalogs;
    let desk: Catalog;
    const start = () =>
      startApiServer({
        ...database,
        port: 0,
        productionToken: TEST_TOKEN,
        clock: () => SERVER_NOW,
        rateLimit: { limit: 10_000, windowMs: 60_000 },
        log: () => {},
      });

    beforeAll(async () => {
      ({ archive, catalog: desk } = await publishedDesk());
      database = await backend.database(`mto_api_${process.pid}`);
      server = await start();
    }, 120_000);
    afterAll(async () => server?.close(), 60_000);

    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const get = (path: string, headers: Record<string, string> = auth) => fetch(`${server.url}${path}`, { headers });
    const move = (number: string, status: string, actor = 'Sam') => post(`/api/orders/${number}/status`, { status, actor }, auth);
    const putPicture = (number: string, bytes: Uint8Array, type = 'image/png') =>
      fetch(`${server.url}/api/orders/${number}/picture`, { method: 'PUT', headers: { 'content-type': type }, body: new Uint8Array(bytes) });

    it('takes the picture its sealed spec refers to, once, and serves it to production only', async () => {
      const png = solidPng(96, 72, [30, 60, 90]);
      const spec = await orderSpecWithPicture(desk, png, customer('Pictured'));
      expect(spec.picture).toMatchObject({ mediaType: 'image/png', width: 96, height: 72, byteLength: png.byteLength });
      const placed = await post('/api/orders', spec);
      expect(placed.status).toBe(201);
      const { number } = await placed.json();
      // Placed first, the picture follows: production sees that it has not arrived.
      expect((await (await get(`/api/orders/${number}`)).json()).pictureReceivedAt).toBeNull();
      expect((await get(`/api/orders/${number}/picture`)).status).toBe(404);

      expect((await putPicture(number, png, 'image/jpeg')).status).toBe(415);
      const stored = await putPicture(number, png);
      expect(stored.status).toBe(201);
      expect(await stored.json()).toEqual({ number, sha256: spec.picture!.sha256, created: true });
      // A retried upload changes nothing; neither does the spec sent again.
      const again = await putPicture(number, png);
      expect([again.status, (await again.json()).created]).toEqual([200, false]);
      const resent = await post('/api/orders', spec);
      expect([resent.status, (await resent.json()).number]).toEqual([200, number]);

      expect((await get(`/api/orders/${number}/picture`, {})).status).toBe(401);
      const served = await get(`/api/orders/${number}/picture`);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/png');
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      const bytes = new Uint8Array(await served.arrayBuffer());
      expect(bytes).toEqual(png);
      expect(await sha256HexOfBytes(bytes)).toBe(spec.picture!.sha256);
      const detail = await (await get(`/api/orders/${number}`)).json();
      expect(detail.pictureReceivedAt).toBe(SERVER_NOW.toISOString());
      expect(detail.spec.picture).toEqual(spec.picture);
    });

    it('refuses a picture that is not the one the spec refers to with 422 at /picture/sha256, tells production, and keeps waiting for the right one', async () => {
      const png = solidPng(96, 72, [30, 60, 91]);
      const { number } = await (await post('/api/orders', await orderSpecWithPicture(desk, png, customer('Swapped')))).json();
      const other = solidPng(96, 72, [250, 0, 0]);
      const refused = await putPicture(number, other);
      expect(refused.status).toBe(422);
      const body = await refused.json();
      expect(body.error).toMatch(new RegExp(`not the one the spec of ${number} refers to`));
      expect(body.findings).toEqual([
        {
          pointer: '/picture/sha256',
          message: expect.stringMatching(new RegExp(`^spec says [0-9a-f]{64}, the picture received hashes to ${await sha256HexOfBytes(other)}: `)),
        },
      ]);
      const notPng = await putPicture(number, new TextEncoder().encode('not a png'));
      expect(notPng.status).toBe(422);
      expect((await get(`/api/orders/${number}/picture`)).status).toBe(404);
      // Production sees why the picture is missing: the latest refusal, and how many there were.
      const waiting = await (await get(`/api/orders/${number}`)).json();
      expect(waiting.pictureReceivedAt).toBeNull();
      expect(waiting.pictureRefused).toEqual({ at: SERVER_NOW.toISOString(), attempts: 2, findings: (await notPng.json()).findings });
      expect((await putPicture(number, png)).status).toBe(201);
      // Once the right picture is in, refusals (earlier or later) no longer show.
      expect((await putPicture(number, other)).status).toBe(422);
      const arrived = await (await get(`/api/orders/${number}`)).json();
      expect(arrived.pictureRefused).toBeNull();
      expect(arrived.pictureReceivedAt).toBe(SERVER_NOW.toISOString());
    });

    it('accepts an order sealed as version 1 (waiting in a shop’s outbox across an update), and then its picture', async () => {
      const fixtures = new URL('../../tests/fixtures/order-specs/', import.meta.url);
      const spec = JSON.parse(readFileSync(new URL('v1-standing-desk-with-picture.json', fixtures), 'utf8'));
      const png = new Uint8Array(readFileSync(new URL('v1-standing-desk-with-picture.png', fixtures)));
      expect(spec.schemaVersion).toBe(1);
      const placed = await post('/api/orders', spec);
      expect(placed.status).toBe(201);
      const { number } = await placed.json();
      expect((await putPicture(number, png)).status).toBe(201);
      const detail = await (await get(`/api/orders/${number}`)).json();
      expect(detail.spec).toEqual(spec);
      expect(detail.pictureReceivedAt).toBe(SERVER_NOW.toISOString());
      // The same spec with its picture reference changed no longer matches its (version 1) seal.
      const retold = { ...spec, picture: { ...spec.picture, alt: 'Another picture' } };
      const refused = await post('/api/orders', retold);
      expect(refused.status).toBe(422);
      expect((await refused.json()).findings).toEqual([{ pointer: '/integrity/hash', message: expect.stringContaining('changed after it was sealed') }]);
    });

    it('accepts an order whose spec has no picture, and refuses a picture sent for it', async () => {
      const spec = await orderSpec(desk, customer('No picture'));
      expect(spec).not.toHaveProperty('picture');
      const placed = await post('/api/orders', spec);
      expect(placed.status).toBe(201);
      const { number } = await placed.json();
      const refused = await putPicture(number, solidPng(8, 6));
      expect(refused.status).toBe(422);
      expect((await refused.json()).findings).toEqual([{ pointer: '/picture', message: expect.stringContaining('refers to no picture') }]);
      expect((await (await get(`/api/orders/${number}`)).json()).pictureReceivedAt).toBeNull();
      expect((await putPicture('MTO-2026-999999', solidPng(8, 6))).status).toBe(404);
    });

    it('refuses pictures over the size limit with 413 (and a spec referring to one with 422)', async () => {
      const { number } = await (await post('/api/orders', await orderSpecWithPicture(desk, solidPng(16, 12), customer('Big')))).json();
      const big = new Uint8Array(PICTURE_LIMITS.maxBytes + 1);
      big.set(solidPng(16, 12));
      const response = await putPicture(number, big);
      expect(response.status).toBe(413);
      const spec = structuredClone(await orderSpecWithPicture(desk, solidPng(16, 12), customer('Bigger'))) as unknown as { picture: { byteLength: number } };
      spec.picture.byteLength = PICTURE_LIMITS.maxBytes + 1;
      const refused = await post('/api/orders', await sealSpec(spec as unknown as SealedOrderSpec, desk));
      expect(refused.status).toBe(422);
      expect((await refused.json()).findings).toEqual([{ pointer: '/picture/byteLength', message: expect.any(String) }]);
    });

    it('places an order: 201 with an order number, and production sees it with its bill of materials', async () => {
      const spec = await orderSpec(desk, customer('Grace Hopper'));
      const response = await post('/api/orders', spec);
      expect(response.status).toBe(201);
      const placed = await response.json();
      expect(placed).toMatchObject({ number: expect.stringMatching(/^MTO-2026-\d{6}$/), status: 'received', created: true });

      const detail = await (await get(`/api/orders/${placed.number}`)).json();
      expect(detail.spec.integrity.hash).toBe(spec.integrity.hash);
      expect(detail.spec.billOfMaterials).toEqual(spec.billOfMaterials);
      expect(detail).toMatchObject({
        number: placed.number,
        status: 'received',
        customerName: 'Grace Hopper',
        total: spec.price.total,
        catalog: { id: 'standing-desk' },
      });
      expect(detail.history).toEqual([{ from: null, to: 'received', actor: 'customer', at: SERVER_NOW.toISOString() }]);
    });

    it('refuses a tampered price with 422 naming the line, sealed again or not', async () => {
      const spec = await orderSpec(desk, customer('Mallory'));
      const tampered = structuredClone(spec) as unknown as { price: { lines: { amount: number }[]; total: number } };
      tampered.price.lines[0]!.amount -= 10_000;
      tampered.price.total -= 10_000;
      const unsealed = await post('/api/orders', tampered);
      expect(unsealed.status).toBe(422);
      expect((await unsealed.json()).findings).toContainEqual({ pointer: '/integrity/hash', message: expect.stringContaining('changed after it was sealed') });

      const resealed = await sealSpec(tampered as unknown as SealedOrderSpec, desk);
      const response = await post('/api/orders', resealed);
      expect(response.status).toBe(422);
      const body = await response.json();
      expect(body.error).toMatch(/refused/);
      expect(body.findings).toContainEqual({ pointer: '/price/lines/0/amount', message: expect.stringMatching(/^spec says -?\d+, the catalog gives \d+$/) });
      expect(body.findings).toContainEqual({ pointer: '/price/total', message: expect.stringContaining('the catalog gives') });
    });

    it('is idempotent on the spec: the same spec twice is one order (201, then 200 with the same number)', async () => {
      const spec = await orderSpec(desk, customer('Twice'));
      const first = await post('/api/orders', spec);
      const second = await post('/api/orders', spec);
      expect([first.status, second.status]).toEqual([201, 200]);
      const [a, b] = [await first.json(), await second.json()];
      expect(b.number).toBe(a.number);
      expect(b.created).toBe(false);
      // Concurrent retries too.
      const retries = await Promise.all(Array.from({ length: 5 }, () => post('/api/orders', spec)));
      expect(retries.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      for (const r of retries) expect((await r.json()).number).toBe(a.number);
    });

    it('takes 50 different specs submitted at once: 50 orders with 50 numbers, none lost', async () => {
      const specs = await Promise.all(Array.from({ length: 50 }, (_, i) => orderSpec(desk, customer(`Concurrent ${i}`))));
      const responses = await Promise.all(specs.map((spec) => post('/api/orders', spec)));
      expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
      const numbers = await Promise.all(responses.map(async (r) => (await r.json()).number as string));
      expect(new Set(numbers).size).toBe(50);
      const { orders } = await (await get('/api/orders?limit=500')).json();
      const listed = new Set((orders as { number: string }[]).map((o) => o.number));
      for (const number of numbers) expect(listed.has(number), number).toBe(true);
    });

    it('refuses specs dated another day, without consent or without a customer, and unknown catalog versions', async () => {
      const stale = await orderSpec(desk, customer('Late'), {}, { now: '2026-11-20T09:00:00.000Z', today: '2026-11-20' });
      const late = await post('/api/orders', stale);
      expect(late.status).toBe(422);
      expect((await late.json()).findings).toEqual([
        { pointer: '/leadTime/orderDate', message: expect.stringContaining('orders are placed today (2026-11-30)') },
      ]);

      // A day either way is fine (time zones).
      const tomorrow = await orderSpec(desk, customer('Tomorrow'), {}, { now: '2026-12-01T01:00:00.000Z', today: '2026-12-01' });
      expect((await post('/api/orders', tomorrow)).status).toBe(201);

      const noConsent = await post(
        '/api/orders',
        await orderSpec(desk, customer('No', { consent: { orderFulfilment: false, marketing: true, recordedAt: ORDER_CLOCK.now } })),
      );
      expect(noConsent.status).toBe(422);
      expect((await noConsent.json()).findings).toEqual([{ pointer: '/customer/consent/orderFulfilment', message: expect.stringContaining('has not agreed') }]);
      const anonymous = await post('/api/orders', await orderSpec(desk, null));
      expect(anonymous.status).toBe(422);
      expect((await anonymous.json()).findings).toEqual([{ pointer: '/customer', message: expect.stringContaining('consent.orderFulfilment') }]);

      const other = structuredClone(await orderSpec(desk, customer('Future'))) as unknown as { catalog: { version: string } };
      other.catalog.version = '2099.1.1';
      const unknown = await post('/api/orders', await sealSpec(other as unknown as SealedOrderSpec, desk));
      expect(unknown.status).toBe(422);
      expect((await unknown.json()).findings[0]).toEqual({
        pointer: '/catalog/version',
        message: expect.stringContaining('version "2099.1.1" is not published here'),
      });
      expect(archive.versions('standing-desk').length).toBeGreaterThan(0);
    });

    it('answers bad JSON, a wrong shape and oversized bodies with 4xx, and keeps serving', async () => {
      const bad = await post('/api/orders', '{"schemaVersion": 1,');
      expect(bad.status).toBe(400);
      expect((await bad.json()).error).toMatch(/not valid JSON/);
      const shape = await post('/api/orders', { hello: 'world' });
      expect(shape.status).toBe(422);
      expect((await shape.json()).findings.length).toBeGreaterThan(0);
      const big = await post('/api/orders', JSON.stringify({ notes: 'x'.repeat(300 * 1024) }));
      expect(big.status).toBe(413);
      const deep = await post('/api/orders', '['.repeat(100_000) + ']'.repeat(100_000));
      expect(deep.status).toBeGreaterThanOrEqual(400);
      expect(deep.status).toBeLessThan(500);
      expect((await get('/api/health', {})).status).toBe(200);
      expect((await post('/api/orders', await orderSpec(desk, customer('After the noise')))).status).toBe(201);
    });

    it('keeps production endpoints behind the bearer token (401)', async () => {
      const { number } = await (await post('/api/orders', await orderSpec(desk, customer('Private')))).json();
      for (const headers of [{}, { Authorization: 'Bearer wrong-token-wrong-token' }, { Authorization: TEST_TOKEN }] as Record<string, string>[]) {
        for (const path of ['/api/orders', `/api/orders/${number}`, `/api/orders/${number}/picture`, '/api/orders/bom.csv?date=2026-11-30']) {
          const response = await get(path, headers);
          expect(response.status, `${path} ${JSON.stringify(headers)}`).toBe(401);
          expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
        }
        expect((await post(`/api/orders/${number}/status`, { status: 'confirmed' }, headers)).status).toBe(401);
      }
    });

    it('moves orders received → confirmed → in_production → shipped, one step at a time, recording who and when', async () => {
      const { number } = await (await post('/api/orders', await orderSpec(desk, customer('Steps')))).json();
      const skip = await move(number, 'shipped');
      expect(skip.status).toBe(409);
      expect((await skip.json()).error).toBe(`${number}: an order that is "received" can only become "confirmed", not "shipped"`);
      for (const status of ['confirmed', 'in_production', 'shipped']) {
        const response = await move(number, status, `Sam (${status})`);
        expect(response.status, status).toBe(200);
        expect((await response.json()).status).toBe(status);
      }
      expect((await move(number, 'shipped')).status).toBe(409);
      expect((await move(number, 'received')).status).toBe(409);
      expect((await move(number, 'lost')).status).toBe(400);
      expect((await move('MTO-2026-999999', 'confirmed')).status).toBe(404);
      const detail = await (await get(`/api/orders/${number}`)).json();
      expect(detail.history.map((e: { from: string | null; to: string; actor: string }) => [e.from, e.to, e.actor])).toEqual([
        [null, 'received', 'customer'],
        ['received', 'confirmed', 'Sam (confirmed)'],
        ['confirmed', 'in_production', 'Sam (in_production)'],
        ['in_production', 'shipped', 'Sam (shipped)'],
      ]);
      for (const event of detail.history) expect(event.at).toBe(SERVER_NOW.toISOString());
      const shipped = await (await get('/api/orders?status=shipped')).json();
      expect(shipped.orders.map((o: { number: string }) => o.number)).toEqual([number]);
      expect((await get('/api/orders?status=lost')).status).toBe(400);
      expect((await (await get('/api/orders?from=2026-12-01')).json()).orders).toEqual([]);
    });

    it("exports the day's bill of materials as CSV, per order and per SKU", async () => {
      const byOrderResponse = await get('/api/orders/bom.csv?date=2026-11-30');
      expect(byOrderResponse.status).toBe(200);
      expect(byOrderResponse.headers.get('content-type')).toMatch(/^text\/csv/);
      const byOrder = (await byOrderResponse.text()).trimEnd().split('\r\n');
      expect(byOrder[0]).toBe('order,sku,name,quantity');
      const { orders } = await (await get('/api/orders?from=2026-11-30&to=2026-11-30&limit=500')).json();
      const spec = await orderSpec(desk);
      // Every order of the day has the default desk's parts.
      expect(byOrder.length - 1).toBe(orders.length * spec.billOfMaterials.length);
      const bySku = (await (await get('/api/orders/bom.csv?date=2026-11-30&by=sku')).text()).trimEnd().split('\r\n');
      expect(bySku[0]).toBe('sku,name,quantity,orders');
      for (const part of spec.billOfMaterials) {
        const row = bySku.find((line) => line.startsWith(`${part.sku},`));
        expect(row, part.sku).toBe(
          `${part.sku},${/[",]/.test(part.name) ? `"${part.name.replaceAll('"', '""')}"` : part.name},${part.quantity * orders.length},${orders.length}`,
        );
      }
      expect(await (await get('/api/orders/bom.csv?date=2026-01-01')).text()).toBe('order,sku,name,quantity\r\n');
      expect((await get('/api/orders/bom.csv')).status).toBe(400);
    });

    it('saves sales quotes: verified like orders, numbered, and opened or updated only with their key', async () => {
      const draft = await orderSpec(desk, null);
      const created = await post('/api/quotes', draft);
      expect(created.status).toBe(201);
      const quote = await created.json();
      expect(quote).toMatchObject({ number: expect.stringMatching(/^Q-2026-\d{6}$/), revision: 1, key: expect.stringMatching(/^[\w-]{32}$/) });
      // Saving the same spec again is the same quote, with the same key.
      const again = await post('/api/quotes', draft);
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ number: quote.number, key: quote.key });
      const other = await (await post('/api/quotes', await orderSpec(desk, customer('Other')))).json();
      expect(other.key).not.toBe(quote.key);

      const withKey = (key: string) => ({ 'x-quote-key': key });
      const resumed = await get(`/api/quotes/${quote.number}`, withKey(quote.key));
      expect(resumed.status).toBe(200);
      expect(resumed.headers.get('cache-control')).toContain('no-store');
      expect((await resumed.json()).spec.integrity.hash).toBe(draft.integrity.hash);
      // The number alone, another quote's key or a wrong key open nothing, and say no more than an unknown number.
      for (const headers of [{}, withKey(other.key), withKey(quote.key.replace(/^./, (c: string) => (c === 'A' ? 'B' : 'A')))]) {
        const refused = await get(`/api/quotes/${quote.number}`, headers);
        expect(refused.status).toBe(404);
        expect(await refused.json()).toEqual({ error: `no quote ${quote.number} that this key opens` });
      }
      expect((await get('/api/quotes/Q-2026-999999', withKey(quote.key))).status).toBe(404);
      // Production's token opens any quote.
      expect((await get(`/api/quotes/${quote.number}`)).status).toBe(200);

      const revised = await orderSpec(desk, customer('Quoted'), { top: 'solid-oak' });
      const put = (body: unknown, headers: Record<string, string>) =>
        fetch(`${server.url}/api/quotes/${quote.number}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });
      expect((await put(revised, {})).status).toBe(404);
      expect((await put(revised, withKey(other.key))).status).toBe(404);
      const updated = await put(revised, withKey(quote.key));
      expect(updated.status).toBe(200);
      expect(await updated.json()).toMatchObject({ number: quote.number, revision: 2 });
      expect((await (await get(`/api/quotes/${quote.number}`, withKey(quote.key))).json()).spec.integrity.hash).toBe(revised.integrity.hash);

      const tampered = structuredClone(revised) as unknown as { price: { total: number } };
      tampered.price.total = 1;
      expect((await put(tampered, withKey(quote.key))).status).toBe(422);
    });

    it('takes a quote revised with the picture on it as a new revision, though its design hash is the same, and keeps that first picture', async () => {
      const built = buildOrderSpec(desk, { top: 'bamboo' }, ORDER_CLOCK);
      if (!built.ok) throw new Error('refused');
      const draft = await sealSpec({ ...built.spec, customer: customer('Pictured') }, desk);
      const quote = await (await post('/api/quotes', draft)).json();
      const made = await pictureReference(solidPng(96, 72), { view: 'front-sketch', alt: 'Standing desk, bamboo top.' });
      if (!made.ok) throw new Error(made.reason);
      const pictured = await sealSpec({ ...draft, picture: made.picture }, desk);
      expect(pictured.integrity.hash).toBe(draft.integrity.hash);
      const put = (body: unknown) =>
        fetch(`${server.url}/api/quotes/${quote.number}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'x-quote-key': quote.key },
          body: JSON.stringify(body),
        });
      expect(await (await put(pictured)).json()).toMatchObject({ number: quote.number, revision: 2 });
      expect(await (await put(pictured)).json()).toMatchObject({ revision: 2 });
      // Opened on another device, the same design is drawn to other bytes: the first picture stays.
      const redrawn = await pictureReference(solidPng(96, 72, [9, 9, 9]), { view: 'three-quarter', alt: 'Standing desk, bamboo top.' });
      if (!redrawn.ok) throw new Error(redrawn.reason);
      expect(await (await put(await sealSpec({ ...draft, picture: redrawn.picture }, desk))).json()).toMatchObject({ revision: 2 });
      const stored = await (await get(`/api/quotes/${quote.number}`)).json();
      expect(stored.spec.picture).toEqual(made.picture);
      expect(stored.spec.integrity.pictureHash).toBe(pictured.integrity.pictureHash);
    });

    it('keeps quote keys across a restart (the secret is stored)', async () => {
      const quote = await (await post('/api/quotes', await orderSpec(desk, customer('Kept')))).json();
      await server.close();
      server = await start();
      const reopened = await get(`/api/quotes/${quote.number}`, { 'x-quote-key': quote.key });
      expect(reopened.status).toBe(200);
      expect((await reopened.json()).number).toBe(quote.number);
    });

    it('keeps orders across a restart', async () => {
      const { number } = await (await post('/api/orders', await orderSpec(desk, customer('Durable')))).json();
      await move(number, 'confirmed');
      await server.close();
      server = await start();
      const detail = await get(`/api/orders/${number}`);
      expect(detail.status).toBe(200);
      expect(await detail.json()).toMatchObject({ number, status: 'confirmed', customerName: 'Durable' });
      // Numbering continues after the restart.
      const next = await (await post('/api/orders', await orderSpec(desk, customer('After restart')))).json();
      expect(Number(next.number.slice(-6))).toBeGreaterThan(Number(number.slice(-6)));
    });
  });
}
