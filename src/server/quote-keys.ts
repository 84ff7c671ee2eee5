import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from './database.ts';

const SECRET_NAME = 'quote-keys';

/**
 * Access keys for sales quotes. A quote holds a customer's name, address and prices, and its
 * numbers run in sequence (Q-2026-000001, …002): the number alone must not open it. Each quote's
 * key is an HMAC of its number under a secret the service keeps (`QUOTE_KEY_SECRET`, or one it
 * makes on first start and stores in `server_secrets`), so nothing per quote is stored, a retried
 * save gets the same key again, and the key cannot be guessed from the number. The shop puts it in
 * the quote's link (`#/sales/quote/<number>?k=<key>`, never sent to a server by the browser) and
 * sends it as `X-Quote-Key`.
 */
export class QuoteKeys {
  private secret: Promise<Buffer> | undefined;

  constructor(
    private readonly db: Queryable,
    /** A configured secret (at least 32 characters); otherwise the stored one. */
    private readonly configured?: string,
  ) {
    if (configured !== undefined && configured.length < 32) throw new Error('QUOTE_KEY_SECRET must be at least 32 characters');
  }

  /** The key that opens quote `number`: 32 URL-safe characters (192 bits). */
  async keyOf(number: string): Promise<string> {
    return createHmac('sha256', await this.secretKey())
      .update(`quote:${number}`, 'utf8')
      .digest('base64url')
      .slice(0, 32);
  }

  /** Whether `key` opens quote `number`, compared in constant time. */
  async opens(number: string, key: string | undefined): Promise<boolean> {
    if (!key) return false;
    const expected = Buffer.from(await this.keyOf(number), 'utf8');
    const given = Buffer.from(key, 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private secretKey(): Promise<Buffer> {
    this.secret ??= this.loadSecret().catch((error: unknown) => {
      this.secret = undefined; // try again on the next request
      throw error;
    });
    return this.secret;
  }

  private async loadSecret(): Promise<Buffer> {
    if (this.configured !== undefined) return Buffer.from(this.configured, 'utf8');
    // Two services starting at once both insert; the first one wins and both read it back.
    await this.db.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
      SECRET_NAME,
      randomBytes(32).toString('base64url'),
    ]);
    const [row] = await this.db.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', [SECRET_NAME]);
    if (!row) throw new Error('the quote key secret could not be stored');
    return Buffer.from(row.value, 'utf8');
  }
}
