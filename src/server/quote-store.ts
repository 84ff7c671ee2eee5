import type { SealedOrderSpec } from '../domain/order-spec.ts';
import type { Database } from './database.ts';
import { nextDocumentNumber } from './document-number.ts';
import { instant } from './order-store.ts';

export interface Quote {
  readonly number: string;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly spec: SealedOrderSpec;
}

export type QuoteSaveResult =
  | { readonly ok: true; readonly created: boolean; readonly quote: Quote }
  | { readonly ok: false; readonly reason: 'not-found' }
  | { readonly ok: false; readonly reason: 'same-spec-elsewhere'; readonly number: string };

interface QuoteRow {
  number: string;
  revision: number;
  created_at: Date | string;
  updated_at: Date | string;
  spec: SealedOrderSpec | string;
}

/** Sales quotes: a verified spec kept under a quote number so the customer can come back to it. */
export class QuoteStore {
  constructor(private readonly db: Database) {}

  /** A new quote, or the existing one with the same spec (a retried save is one quote). */
  async create(spec: SealedOrderSpec, hash: string, now: Date): Promise<QuoteSaveResult> {
    const existing = await this.byHash(hash);
    if (existing) return { ok: true, created: false, quote: existing };
    const created = await this.db
      .transaction(async (tx) => {
        const number = await nextDocumentNumber(tx, 'Q', now.getUTCFullYear());
        const rows = await tx.query(
          `INSERT INTO quotes (number, spec_hash, spec, created_at, updated_at) VALUES ($1, $2, $3::jsonb, $4, $4)
           ON CONFLICT (spec_hash) DO NOTHING RETURNING id`,
          [number, hash, JSON.stringify(spec), now.toISOString()],
        );
        if (rows.length === 0) throw new SameSpec();
        return number;
      })
      .catch((error: unknown) => {
        if (error instanceof SameSpec) return undefined;
        throw error;
      });
    const quote = created ? await this.get(created) : await this.byHash(hash);
    if (!quote) throw new Error(`quote with spec hash ${hash} was saved but cannot be found`);
    return { ok: true, created: created !== undefined, quote };
  }

  /**
   * Replaces a quote's spec (a new revision) when its design changed (its hash), or when it now
   * refers to a picture and did not before. The same design drawn again (the quote opened on
   * another device draws other bytes) changes nothing: the first picture stays, as an order's does.
   */
  async update(number: string, spec: SealedOrderSpec, hash: string, now: Date): Promise<QuoteSaveResult> {
    try {
      await this.db.query(
        `UPDATE quotes SET spec = $2::jsonb, spec_hash = $3, revision = revision + 1, updated_at = $4
         WHERE number = $1 AND (spec_hash <> $3 OR (NOT spec ? 'picture' AND $2::jsonb ? 'picture'))`,
        [number, JSON.stringify(spec), hash, now.toISOString()],
      );
    } catch (error) {
      // Another quote holds this very spec (unique spec_hash): point to it rather than fail.
      if ((error as { code?: unknown }).code !== '23505') throw error;
      const holder = await this.byHash(hash);
      if (holder) return { ok: false, reason: 'same-spec-elsewhere', number: holder.number };
      throw error;
    }
    const quote = await this.get(number);
    return quote ? { ok: true, created: false, quote } : { ok: false, reason: 'not-found' };
  }

  async get(number: string): Promise<Quote | undefined> {
    const [row] = await this.db.query<QuoteRow>('SELECT number, revision, created_at, updated_at, spec FROM quotes WHERE number = $1', [number]);
    return row && toQuote(row);
  }

  private async byHash(hash: string): Promise<Quote | undefined> {
    const [row] = await this.db.query<QuoteRow>('SELECT number, revision, created_at, updated_at, spec FROM quotes WHERE spec_hash = $1', [hash]);
    return row && toQuote(row);
  }
}

class SameSpec extends Error {}

function toQuote(row: QuoteRow): Quote {
  return {
    number: row.number,
    revision: row.revision,
    createdAt: instant(row.created_at),
    updatedAt: instant(row.updated_at),
    spec: typeof row.spec === 'string' ? (JSON.parse(row.spec) as SealedOrderSpec) : row.spec,
  };
}
