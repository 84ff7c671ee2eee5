import { describe, expect, it } from 'vitest';
import { findQuote } from './quote-records.ts';

/** A fetch that answers every request with `response` (or fails, as when the service is down). */
const answering = (response: (() => Response) | 'offline') =>
  (async () => {
    if (response === 'offline') throw new TypeError('Failed to fetch');
    return response();
  }) as unknown as typeof fetch;

describe('findQuote', () => {
  it('says why a quote cannot be opened as a code with the quote number, and in English', async () => {
    expect(
      await findQuote(
        'Q-2026-000404',
        answering(() => new Response('{}', { status: 404 })),
      ),
    ).toEqual({
      ok: false,
      problem: { code: 'quoteNotFound', params: { number: 'Q-2026-000404' } },
      message: expect.stringMatching(/^Quote Q-2026-000404 is not in this browser/),
    });
    expect(
      await findQuote(
        'Q-2026-000500',
        answering(() => new Response('{}', { status: 503 })),
      ),
    ).toEqual({
      ok: false,
      problem: { code: 'quoteServiceFailed', params: { number: 'Q-2026-000500', status: 503 } },
      message: 'The order service could not give quote Q-2026-000500 (HTTP 503).',
    });
    expect(
      await findQuote(
        'Q-2026-000001',
        answering(() => Response.json({})),
      ),
    ).toMatchObject({
      ok: false,
      problem: { code: 'quoteWithoutSpec', params: { number: 'Q-2026-000001' } },
    });
    expect(await findQuote('Q-2026-000002', answering('offline'))).toEqual({
      ok: false,
      problem: { code: 'quoteUnreachable', params: { number: 'Q-2026-000002' } },
      message: 'Quote Q-2026-000002 is not in this browser, and the order service cannot be reached.',
    });
  });
});
