import { describe, expect, it } from 'vitest';
import type { Queryable } from './database.ts';
import { QuoteKeys } from './quote-keys.ts';

/** A database that must not be asked: a configured secret is used as it is. */
const untouchable: Queryable = {
  query: () => Promise.reject(new Error('the database was asked for the secret')),
  exec: () => Promise.reject(new Error('no')),
};

describe('QuoteKeys', () => {
  const secret = 'x'.repeat(40);

  it('derives a stable 32-character URL-safe key per quote number from the secret', async () => {
    const keys = new QuoteKeys(untouchable, secret);
    const first = await keys.keyOf('Q-2026-000001');
    expect(first).toMatch(/^[\w-]{32}$/);
    expect(await keys.keyOf('Q-2026-000001')).toBe(first);
    expect(await keys.keyOf('Q-2026-000002')).not.toBe(first);
    // Another secret, other keys: a key cannot be made without the service's secret.
    expect(await new QuoteKeys(untouchable, 'y'.repeat(40)).keyOf('Q-2026-000001')).not.toBe(first);
  });

  it('opens a quote only with its own key', async () => {
    const keys = new QuoteKeys(untouchable, secret);
    const key = await keys.keyOf('Q-2026-000001');
    expect(await keys.opens('Q-2026-000001', key)).toBe(true);
    expect(await keys.opens('Q-2026-000002', key)).toBe(false);
    expect(await keys.opens('Q-2026-000001', undefined)).toBe(false);
    expect(await keys.opens('Q-2026-000001', '')).toBe(false);
    expect(await keys.opens('Q-2026-000001', key.slice(0, 31))).toBe(false);
    expect(await keys.opens('Q-2026-000001', `${key}x`)).toBe(false);
  });

  it('refuses a configured secret shorter than 32 characters', () => {
    expect(() => new QuoteKeys(untouchable, 'short')).toThrow('QUOTE_KEY_SECRET must be at least 32 characters');
  });
});
