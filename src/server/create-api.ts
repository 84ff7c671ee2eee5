import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { isoDateOf } from '../domain/business-days.ts';
import { ORDER_STATUSES } from '../domain/order-status.ts';
import { PICTURE_LIMITS, pictureFindings } from '../domain/picture-reference.ts';
import type { SpecFinding } from '../domain/verify-spec.ts';
import type { PublishedCatalogs } from './catalog-archive.ts';
import { clientAddress } from './client-address.ts';
import { csv } from './csv.ts';
import type { Database } from './database.ts';
import { OrderStore } from './order-store.ts';
import { productionTokenCheck, requireProductionToken } from './production-auth.ts';
import { QuoteKeys } from './quote-keys.ts';
import { QuoteStore, type Quote } from './quote-store.ts';
import { rateLimit } from './rate-limit.ts';
import { verifySubmission, type SubmissionRules } from './verify-submission.ts';

export interface ApiConfig {
  readonly db: Database;
  readonly archive: PublishedCatalogs;
  /** Bearer token for production's endpoints. */
  readonly productionToken: string;
  /** The secret quote access keys derive from (≥ 32 characters); by default one kept in the database. */
  readonly quoteKeySecret?: string;
  readonly clock?: () => Date;
  /** Largest request body accepted; larger ones get 413. */
  readonly maxBodyBytes?: number;
  /** Largest product picture accepted (PUT …/picture, raw PNG bytes); larger ones get 413. */
  readonly maxPictureBytes?: number;
  /** Per client IP, on the public endpoints (orders, quotes). */
  readonly rateLimit?: { readonly limit: number; readonly windowMs: number };
  readonly clientOf?: (c: Context) => string;
}

// Specs are a few KB to tens of KB; pictures travel on their own (binary, up to PICTURE_LIMITS.maxBytes), never in the JSON.
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
export const DEFAULT_RATE_LIMIT = { limit: 30, windowMs: 60_000 };

const ORDER_NUMBER = /^MTO-\d{4}-\d{6,}$/;
const QUOTE_NUMBER = /^Q-\d{4}-\d{6,}$/;
const isoDay = z.iso.date('expected a date as YYYY-MM-DD');
const listQuery = z.strictObject({
  status: z.enum(ORDER_STATUSES).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const bomQuery = z.strictObject({ date: isoDay, by: z.enum(['order', 'sku']).default('order') });
const transitionBody = z.strictObject({ status: z.enum(ORDER_STATUSES), actor: z.string().trim().min(1).max(100).default('production') });

/**
 * The order intake and production API (Hono). Public: POST /api/orders, PUT the order's picture,
 * the quotes. Production (bearer token): listing, detail, the picture, status changes, the
 * bill-of-materials CSV.
 */
export function createApi(config: ApiConfig): Hono {
  const clock = config.clock ?? (() => new Date());
  const orders = new OrderStore(config.db);
  const quotes = new QuoteStore(config.db);
  const quoteKeys = new QuoteKeys(config.db, config.quoteKeySecret);
  const production = requireProductionToken(config.productionToken);
  const isProduction = productionTokenCheck(config.productionToken);
  const limited = rateLimit({ ...(config.rateLimit ?? DEFAULT_RATE_LIMIT), clientOf: config.clientOf ?? clientAddress });
  const sizedTo = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) => {
        // The rest of the body is never read: the connection cannot carry another request.
        c.header('Connection', 'close');
        return c.json({ error: `the request body is larger than ${Math.round(maxSize / 1024)} KB` }, 413);
      },
    });
  const sized = sizedTo(config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  const pictureSized = sizedTo(config.maxPictureBytes ?? PICTURE_LIMITS.maxBytes);

  /** The verified spec of a request, or the response refusing it. */
  async function submission(c: Context, rules: SubmissionRules) {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch (error) {
      return { response: c.json({ error: `the request body is not valid JSON (${error instanceof Error ? error.message : String(error)})` }, 400) };
    }
    const result = await verifySubmission(body, config.archive, rules);
    if (!result.ok) return { response: refused(c, result.findings) };
    return { spec: result.spec, hash: result.hash };
  }

  const app = new Hono();
  app.onError((error, c) => {
    console.error(`${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return c.json({ error: 'the order service failed; please try again' }, 500);
  });
  app.notFound((c) => c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404));

  app.get('/api/health', async (c) => {
    await config.db.query('SELECT 1');
    return c.json({ ok: true, database: config.db.kind });
  });

  app.post('/api/orders', limited, sized, async (c) => {
    const now = clock();
    const received = await submission(c, { today: isoDateOf(now), requireConsent: true });
    if (received.response) return received.response;
    const { created, order } = await orders.place(received.spec, received.hash, now);
    return c.json({ number: order.number, status: order.status, receivedAt: order.receivedAt, created }, created ? 201 : 200);
  });

  app.get('/api/orders', production, async (c) => {
    const query = listQuery.safeParse(c.req.query());
    if (!query.success) return badQuery(c, query.error);
    return c.json({ orders: await orders.list(query.data) });
  });

  app.get('/api/orders/bom.csv', production, async (c) => {
    const query = bomQuery.safeParse(c.req.query());
    if (!query.success) return badQuery(c, query.error);
    const { date, by } = query.data;
    const rows =
      by === 'order'
        ? [['order', 'sku', 'name', 'quantity'], ...(await orders.bomByOrder(date)).map((r) => [r.orderNumber, r.sku, r.name, r.quantity])]
        : [['sku', 'name', 'quantity', 'orders'], ...(await orders.bomBySku(date)).map((r) => [r.sku, r.name, r.quantity, r.orders])];
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="bom-${date}-by-${by}.csv"`);
    return c.body(csv(rows));
  });

  app.get('/api/orders/:number', production, async (c) => {
    const number = c.req.param('number');
    const order = ORDER_NUMBER.test(number) ? await orders.get(number) : undefined;
    return order ? c.json(order) : c.json({ error: `no order ${number}` }, 404);
  });

  // The picture the order's sealed spec refers to, sent by the shop once the order is placed:
  // stored only if its SHA-256 (and size) are the spec's, so anyone may send it but nobody can change it.
  app.put('/api/orders/:number/picture', limited, pictureSized, async (c) => {
    const number = c.req.param('number');
    const order = ORDER_NUMBER.test(number) ? await orders.pictureReference(number) : undefined;
    if (!order) return c.json({ error: `no order ${number}` }, 404);
    const { reference } = order;
    if (!reference) {
      const findings = [{ pointer: '/picture', message: `the spec of ${number} refers to no picture, so none can be attached to it` }];
      return c.json({ error: 'the picture was refused (1 problem)', findings }, 422);
    }
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (mediaType !== reference.mediaType)
      return c.json({ error: `the picture must be sent as ${reference.mediaType}, not "${mediaType || 'no Content-Type'}"` }, 415);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const findings = await pictureFindings(reference, bytes);
    if (findings.length > 0) {
      // Kept for production, who would otherwise wait for a picture that is not coming.
      await orders.refusePicture(order.orderId, findings, clock());
      return c.json(
        { error: `the picture is not the one the spec of ${number} refers to (${findings.length} problem${findings.length === 1 ? '' : 's'})`, findings },
        422,
      );
    }
    const { created } = await orders.savePicture(order.orderId, reference, bytes, clock());
    return c.json({ number, sha256: reference.sha256, created }, created ? 201 : 200);
  });

  app.get('/api/orders/:number/picture', production, async (c) => {
    const number = c.req.param('number');
    const picture = ORDER_NUMBER.test(number) ? await orders.picture(number) : undefined;
    if (!picture) return c.json({ error: `no picture has arrived for ${number}` }, 404);
    c.header('Content-Type', picture.mediaType);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'private, no-store');
    c.header('ETag', `"${picture.sha256}"`);
    c.header('Content-Disposition', `inline; filename="${number}-picture.png"`);
    return c.body(picture.bytes);
  });

  app.post('/api/orders/:number/status', production, sized, async (c) => {
    const body = transitionBody.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success)
      return c.json({ error: 'expected {"status": one of ' + ORDER_STATUSES.join(', ') + ', "actor"?: who}', findings: findingsOf(body.error) }, 400);
    const number = c.req.param('number');
    const result = ORDER_NUMBER.test(number)
      ? await orders.transition(number, body.data.status, body.data.actor, clock())
      : ({ ok: false, reason: 'not-found' } as const);
    if (result.ok) return c.json(result.order);
    if (result.reason === 'not-found') return c.json({ error: `no order ${number}` }, 404);
    return c.json({ error: result.message, status: result.status }, 409);
  });

  // Quotes open with their access key (X-Quote-Key, see quote-keys.ts) or production's token; a
  // wrong or missing key gets the same 404 as an unknown number, so numbers cannot be probed.
  const withKey = async (quote: Quote) => ({ ...quote, key: await quoteKeys.keyOf(quote.number) });
  const mayOpen = async (c: Context, number: string) => (await quoteKeys.opens(number, c.req.header('x-quote-key'))) || isProduction(c);
  const noQuote = (c: Context, number: string) => c.json({ error: `no quote ${number} that this key opens` }, 404);

  app.post('/api/quotes', limited, sized, async (c) => {
    const received = await submission(c, { requireConsent: false });
    if (received.response) return received.response;
    const result = await quotes.create(received.spec, received.hash, clock());
    if (!result.ok) throw new Error('creating a quote cannot fail this way');
    // Saving the same spec again is the same quote: whoever holds the spec may have its key.
    return c.json(await withKey(result.quote), result.created ? 201 : 200);
  });

  app.put('/api/quotes/:number', limited, sized, async (c) => {
    const number = c.req.param('number');
    if (!QUOTE_NUMBER.test(number) || !(await mayOpen(c, number))) return noQuote(c, number);
    const received = await submission(c, { requireConsent: false });
    if (received.response) return received.response;
    const result = await quotes.update(number, received.spec, received.hash, clock());
    if (result.ok) return c.json(result.quote);
    if (result.reason === 'not-found') return noQuote(c, number);
    return c.json({ error: `this exact spec is already saved as quote ${result.number}`, number: result.number }, 409);
  });

  app.get('/api/quotes/:number', limited, async (c) => {
    const number = c.req.param('number');
    const quote = QUOTE_NUMBER.test(number) && (await mayOpen(c, number)) ? await quotes.get(number) : undefined;
    if (!quote) return noQuote(c, number);
    c.header('Cache-Control', 'private, no-store');
    return c.json(quote);
  });

  return app;
}

function refused(c: Context, findings: readonly SpecFinding[]) {
  return c.json({ error: `the order spec was refused (${findings.length} problem${findings.length === 1 ? '' : 's'})`, findings }, 422);
}

function badQuery(c: Context, error: z.ZodError) {
  return c.json({ error: 'bad query parameters', findings: findingsOf(error) }, 400);
}

function findingsOf(error: z.ZodError): SpecFinding[] {
  return error.issues.map((issue) => ({ pointer: issue.path.map((key) => `/${String(key)}`).join(''), message: issue.message }));
}
