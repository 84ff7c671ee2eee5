import type { MiddlewareHandler } from 'hono';

export interface RateLimitOptions {
  /** Requests allowed per client in each window. */
  readonly limit: number;
  readonly windowMs: number;
  /** Who the client is (the IP address). */
  readonly clientOf: (c: Parameters<MiddlewareHandler>[0]) => string;
  readonly now?: () => number;
}

/**
 * A fixed-window counter per client, in memory: enough to stop one client flooding the intake
 * (one process; behind several instances, use the proxy's limits). Over the limit → 429 with
 * Retry-After in seconds.
 */
export function rateLimit({ limit, windowMs, clientOf, now = Date.now }: RateLimitOptions): MiddlewareHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const time = now();
    // Forget finished windows now and then, so the map does not grow with every address seen.
    if (windows.size > 10_000) for (const [key, w] of windows) if (time - w.start >= windowMs) windows.delete(key);
    const client = clientOf(c);
    let window = windows.get(client);
    if (!window || time - window.start >= windowMs) {
      window = { start: time, count: 0 };
      windows.set(client, window);
    }
    window.count++;
    if (window.count > limit) {
      const retryAfter = Math.max(1, Math.ceil((window.start + windowMs - time) / 1000));
      c.header('Retry-After', String(retryAfter));
      return c.json({ error: `too many requests from ${client}: at most ${limit} per ${Math.round(windowMs / 1000)} s; try again in ${retryAfter} s` }, 429);
    }
    await next();
  };
}
