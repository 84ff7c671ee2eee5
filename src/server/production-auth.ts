import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/**
 * Production's endpoints need `Authorization: Bearer <PRODUCTION_TOKEN>`. Compared in constant
 * time (over hashes, so lengths do not leak either).
 */
export function requireProductionToken(token: string): MiddlewareHandler {
  if (token.length < 16) throw new Error('PRODUCTION_TOKEN must be at least 16 characters');
  const expected = digest(token);
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match || !timingSafeEqual(digest(match[1]!), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="production"');
      return c.json({ error: match ? 'the production token is not valid' : 'production endpoints need "Authorization: Bearer <PRODUCTION_TOKEN>"' }, 401);
    }
    await next();
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
