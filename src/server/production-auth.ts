import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';

/**
 * Production's endpoints need `Authorization: Bearer <PRODUCTION_TOKEN>`. Compared in constant
 * time (over hashes, so lengths do not leak either).
 */
export function requireProductionToken(token: string): MiddlewareHandler {
  const valid = productionTokenCheck(token);
  return async (c, next) => {
    if (!valid(c)) {
      const match = /^Bearer\s+\S+\s*$/i.test(c.req.header('authorization') ?? '');
      c.header('WWW-Authenticate', 'Bearer realm="production"');
      return c.json({ error: match ? 'the production token is not valid' : 'production endpoints need "Authorization: Bearer <PRODUCTION_TOKEN>"' }, 401);
    }
    await next();
  };
}

/** Whether a request carries production's bearer token (for endpoints that also accept other proof). */
export function productionTokenCheck(token: string): (c: Context) => boolean {
  if (token.length < 16) throw new Error('PRODUCTION_TOKEN must be at least 16 characters');
  const expected = digest(token);
  return (c) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    return !!match && timingSafeEqual(digest(match[1]!), expected);
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
