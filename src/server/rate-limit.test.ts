import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { rateLimit } from './rate-limit.ts';

describe('rateLimit', () => {
  it('answers 429 with Retry-After once a client is over its limit, per client, until the window ends', async () => {
    let time = 1_000_000;
    const app = new Hono();
    app.use(rateLimit({ limit: 2, windowMs: 60_000, clientOf: (c) => c.req.header('x-client') ?? '?', now: () => time }));
    app.get('/', (c) => c.text('ok'));
    const from = (client: string) => app.request('/', { headers: { 'x-client': client } });

    expect((await from('a')).status).toBe(200);
    expect((await from('a')).status).toBe(200);
    const limited = await from('a');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect((await limited.json()).error).toMatch(/at most 2 per 60 s/);
    expect((await from('b')).status).toBe(200);

    time += 45_000;
    expect((await from('a')).headers.get('retry-after')).toBe('15');
    time += 15_000;
    expect((await from('a')).status).toBe(200);
  });
});
