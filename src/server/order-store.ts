import type { SealedOrderSpec } from '../domain/order-spec.ts';
import type { OrderSpecPicture } from '../domain/picture-reference.ts';
import { illegalTransitionReason, type OrderStatus } from '../domain/order-status.ts';
import type { SpecFinding } from '../domain/verify-spec.ts';
import type { Database, Queryable } from './database.ts';
import type { OrderDetail, OrderSummary } from '../domain/order-record.ts';

export type { OrderDetail, OrderEvent, OrderSummary } from '../domain/order-record.ts';
import { nextDocumentNumber } from './document-number.ts';

export interface OrderFilter {
  readonly status?: OrderStatus;
  /** Received on or after this UTC day (YYYY-MM-DD). */
  readonly from?: string;
  /** Received on or before this UTC day. */
  readonly to?: string;
  readonly limit: number;
}

export type TransitionResult =
  | { readonly ok: true; readonly order: OrderDetail }
  | { readonly ok: false; readonly reason: 'not-found' }
  | { readonly ok: false; readonly reason: 'illegal'; readonly status: OrderStatus; readonly message: string };

export interface BomRow {
  readonly orderNumber: string;
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
}

const SUMMARY_COLUMNS = `o.number, o.status, o.received_at,
  o.spec->'catalog' AS catalog, (o.spec->'price'->>'total')::float8 AS total, o.spec->'price'->>'currency' AS currency,
  o.spec->'leadTime'->>'shipDate' AS ship_date, o.spec->'customer'->>'name' AS customer_name`;

interface SummaryRow {
  number: string;
  status: OrderStatus;
  received_at: Date | string;
  catalog: { id: string; version: string; name: string } | string;
  total: number;
  currency: string;
  ship_date: string;
  customer_name: string | null;
}

/** Orders as received and moved through production, in Postgres (embedded or server). */
export class OrderStore {
  constructor(private readonly db: Database) {}

  /**
   * Stores a verified spec as a new order, or finds the order already placed with the same spec
   * (its seal): a retried submit never makes a second order.
   */
  async place(spec: SealedOrderSpec, hash: string, now: Date): Promise<{ created: boolean; order: OrderSummary }> {
    const existing = await this.findByHash(hash);
    if (existing) return { created: false, order: existing };
    const number = await this.db
      .transaction(async (tx) => {
        const number = await nextDocumentNumber(tx, 'MTO', now.getUTCFullYear());
        const [row] = await tx.query<{ id: number }>(
          `INSERT INTO orders (number, spec_hash, spec, received_at, received_on) VALUES ($1, $2, $3::jsonb, $4, $5)
         ON CONFLICT (spec_hash) DO NOTHING RETURNING id`,
          [number, hash, JSON.stringify(spec), now.toISOString(), now.toISOString().slice(0, 10)],
        );
        // Someone placed the same spec in the meantime: roll back (the number is not used up).
        if (!row) throw new AlreadyPlaced();
        let line = 0;
        for (const part of spec.billOfMaterials) {
          await tx.query('INSERT INTO order_bom_lines (order_id, line, component_id, sku, name, quantity) VALUES ($1, $2, $3, $4, $5, $6)', [
            row.id,
            line++,
            part.componentId,
            part.sku,
            part.name,
            part.quantity,
          ]);
        }
        await insertEvent(tx, row.id, null, 'received', 'customer', now);
        return number;
      })
      .catch((error: unknown) => {
        if (error instanceof AlreadyPlaced) return undefined;
        throw error;
      });
    if (number === undefined) {
      const order = await this.findByHash(hash);
      if (!order) throw new Error(`order with spec hash ${hash} was placed concurrently but cannot be found`);
      return { created: false, order };
    }
    return { created: true, order: (await this.summary('o.number = $1', [number]))! };
  }

  async list(filter: OrderFilter): Promise<OrderSummary[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.status) where.push(`o.status = $${params.push(filter.status)}`);
    if (filter.from) where.push(`o.received_on >= $${params.push(filter.from)}::date`);
    if (filter.to) where.push(`o.received_on <= $${params.push(filter.to)}::date`);
    const rows = await this.db.query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM orders o ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY o.id DESC LIMIT $${params.push(filter.limit)}`,
      params,
    );
    return rows.map(toSummary);
  }

  async get(number: string): Promise<OrderDetail | undefined> {
    return detail(this.db, number);
  }

  /** Moves an order one step on (see order-status.ts), recording who and when. */
  async transition(number: string, to: OrderStatus, actor: string, now: Date): Promise<TransitionResult> {
    return this.db.transaction(async (tx): Promise<TransitionResult> => {
      const [row] = await tx.query<{ id: number; status: OrderStatus }>('SELECT id, status FROM orders WHERE number = $1 FOR UPDATE', [number]);
      if (!row) return { ok: false, reason: 'not-found' };
      const illegal = illegalTransitionReason(row.status, to);
      if (illegal) return { ok: false, reason: 'illegal', status: row.status, message: `${number}: ${illegal}` };
      await tx.query('UPDATE orders SET status = $1 WHERE id = $2', [to, row.id]);
      await insertEvent(tx, row.id, row.status, to, actor, now);
      return { ok: true, order: (await detail(tx, number))! };
    });
  }

  /** The picture reference in an order's spec (null: the spec refers to none); undefined when there is no such order. */
  async pictureReference(number: string): Promise<{ readonly orderId: number; readonly reference: OrderSpecPicture | null } | undefined> {
    const [row] = await this.db.query<{ id: number; picture: OrderSpecPicture | string | null }>(
      `SELECT id, spec->'picture' AS picture FROM orders WHERE number = $1`,
      [number],
    );
    return row && { orderId: row.id, reference: row.picture === null ? null : json(row.picture) };
  }

  /**
   * Keeps the picture of an order, checked against its spec's reference by the caller. The first
   * one stays: a retried upload (the same bytes, as the hash says) changes nothing.
   */
  async savePicture(orderId: number, reference: OrderSpecPicture, bytes: Uint8Array, now: Date): Promise<{ created: boolean }> {
    const rows = await this.db.query(
      `INSERT INTO order_pictures (order_id, media_type, sha256, bytes, received_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (order_id) DO NOTHING RETURNING order_id`,
      [orderId, reference.mediaType, reference.sha256, bytes, now.toISOString()],
    );
    return { created: rows.length > 0 };
  }

  /**
   * Records that a picture sent for an order was refused (`findings`: how it differs from the
   * spec's reference), unless the right one has already arrived: production then sees why the
   * picture is missing. Only the latest refusal is kept, with a count.
   */
  async refusePicture(orderId: number, findings: readonly SpecFinding[], now: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO order_picture_refusals (order_id, findings, refused_at, attempts)
       SELECT $1, $2::jsonb, $3, 1 WHERE NOT EXISTS (SELECT 1 FROM order_pictures WHERE order_id = $1)
       ON CONFLICT (order_id) DO UPDATE SET findings = EXCLUDED.findings, refused_at = EXCLUDED.refused_at,
         attempts = order_picture_refusals.attempts + 1`,
      [orderId, JSON.stringify(findings), now.toISOString()],
    );
  }

  /** An order's picture as received, if it has arrived. */
  async picture(number: string): Promise<{ readonly mediaType: string; readonly sha256: string; readonly bytes: Uint8Array<ArrayBuffer> } | undefined> {
    const [row] = await this.db.query<{ media_type: string; sha256: string; bytes: Uint8Array }>(
      'SELECT p.media_type, p.sha256, p.bytes FROM order_pictures p JOIN orders o ON o.id = p.order_id WHERE o.number = $1',
      [number],
    );
    // pg gives a Buffer (a view into a shared pool), PGlite a Uint8Array: copied into bytes of their own.
    return row && { mediaType: row.media_type, sha256: row.sha256, bytes: new Uint8Array(row.bytes) };
  }

  /** The bill of materials of the orders received on `day` (UTC), summed per order and SKU. */
  async bomByOrder(day: string): Promise<BomRow[]> {
    const rows = await this.db.query<{ number: string; sku: string; name: string; quantity: number }>(
      `SELECT o.number, l.sku, min(l.name) AS name, sum(l.quantity)::int AS quantity
       FROM orders o JOIN order_bom_lines l ON l.order_id = o.id
       WHERE o.received_on = $1::date GROUP BY o.number, l.sku ORDER BY o.number, l.sku`,
      [day],
    );
    return rows.map((row) => ({ orderNumber: row.number, sku: row.sku, name: row.name, quantity: row.quantity }));
  }

  /** The same, summed per SKU over all of the day's orders (what to pick from stock). */
  async bomBySku(day: string): Promise<(Omit<BomRow, 'orderNumber'> & { readonly orders: number })[]> {
    return this.db.query(
      `SELECT l.sku, min(l.name) AS name, sum(l.quantity)::int AS quantity, count(DISTINCT o.id)::int AS orders
       FROM orders o JOIN order_bom_lines l ON l.order_id = o.id
       WHERE o.received_on = $1::date GROUP BY l.sku ORDER BY l.sku`,
      [day],
    );
  }

  private async findByHash(hash: string): Promise<OrderSummary | undefined> {
    return this.summary('o.spec_hash = $1', [hash]);
  }

  private async summary(condition: string, params: unknown[]): Promise<OrderSummary | undefined> {
    const [row] = await this.db.query<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM orders o WHERE ${condition}`, params);
    return row && toSummary(row);
  }
}

class AlreadyPlaced extends Error {}

async function insertEvent(tx: Queryable, orderId: number, from: OrderStatus | null, to: OrderStatus, actor: string, at: Date): Promise<void> {
  await tx.query('INSERT INTO order_events (order_id, from_status, to_status, actor, at) VALUES ($1, $2, $3, $4, $5)', [
    orderId,
    from,
    to,
    actor,
    at.toISOString(),
  ]);
}

async function detail(db: Queryable, number: string): Promise<OrderDetail | undefined> {
  const [row] = await db.query<
    SummaryRow & {
      id: number;
      spec: SealedOrderSpec | string;
      picture_received_at: Date | string | null;
      refusal_findings: SpecFinding[] | string | null;
      refused_at: Date | string | null;
      refusals: number | null;
    }
  >(
    `SELECT o.id, o.spec, p.received_at AS picture_received_at,
       r.findings AS refusal_findings, r.refused_at, r.attempts AS refusals, ${SUMMARY_COLUMNS}
     FROM orders o LEFT JOIN order_pictures p ON p.order_id = o.id LEFT JOIN order_picture_refusals r ON r.order_id = o.id
     WHERE o.number = $1`,
    [number],
  );
  if (!row) return undefined;
  const events = await db.query<{ from_status: OrderStatus | null; to_status: OrderStatus; actor: string; at: Date | string }>(
    'SELECT from_status, to_status, actor, at FROM order_events WHERE order_id = $1 ORDER BY id',
    [row.id],
  );
  const arrived = row.picture_received_at !== null;
  return {
    ...toSummary(row),
    spec: json(row.spec),
    pictureReceivedAt: row.picture_received_at === null ? null : instant(row.picture_received_at),
    // Refusals before the right picture arrived no longer matter.
    pictureRefused:
      arrived || row.refusal_findings === null || row.refused_at === null
        ? null
        : { at: instant(row.refused_at), attempts: Number(row.refusals), findings: json(row.refusal_findings) },
    history: events.map((event) => ({ from: event.from_status, to: event.to_status, actor: event.actor, at: instant(event.at) })),
  };
}

function toSummary(row: SummaryRow): OrderSummary {
  const catalog = json(row.catalog);
  return {
    number: row.number,
    status: row.status,
    receivedAt: instant(row.received_at),
    catalog: { id: catalog.id, version: catalog.version, name: catalog.name },
    total: Number(row.total),
    currency: row.currency,
    shipDate: row.ship_date,
    customerName: row.customer_name,
  };
}

/** Both drivers parse jsonb; this guards the day one of them does not. */
function json<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

export function instant(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
