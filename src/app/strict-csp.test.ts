import { describe, expect, it } from 'vitest';
import './strict-csp.ts';
import { z } from 'zod';

describe('strict-csp', () => {
  it('turns zod\u2019s eval-based fast path off (the page\u2019s CSP forbids eval), and zod still validates', () => {
    expect(z.config().jitless).toBe(true);
    expect(z.strictObject({ a: z.number() }).safeParse({ a: 1 }).success).toBe(true);
    expect(z.strictObject({ a: z.number() }).safeParse({ a: 1, b: 2 }).success).toBe(false);
  });
});
