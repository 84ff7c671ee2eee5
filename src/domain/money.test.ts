import { describe, expect, it } from 'vitest';
import { cents, multiplyCents, sumCents } from './money.ts';

describe('cents', () => {
  it('accepts safe integers, including zero and negatives', () => {
    expect(cents(0)).toBe(0);
    expect(cents(49900)).toBe(49900);
    expect(cents(-500)).toBe(-500);
    expect(cents(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([12.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, -(2 ** 60)])(
    'rejects %s',
    (amount) => {
      expect(() => cents(amount)).toThrow(RangeError);
      expect(() => cents(amount)).toThrow(/expected integer cents/);
    },
  );
});

describe('sumCents', () => {
  it('adds amounts and sums an empty list to 0', () => {
    expect(sumCents([cents(49900), cents(12000), cents(-100)])).toBe(61800);
    expect(sumCents([])).toBe(0);
  });

  it('refuses a sum that is no longer a safe integer', () => {
    expect(() => sumCents([cents(Number.MAX_SAFE_INTEGER), cents(1)])).toThrow(RangeError);
  });
});

describe('multiplyCents', () => {
  it('multiplies by whole quantities exactly', () => {
    expect(multiplyCents(cents(300), 70)).toBe(21000);
    expect(multiplyCents(cents(400), 0)).toBe(0);
  });

  it('rounds to the nearest cent', () => {
    expect(multiplyCents(cents(10), 0.33)).toBe(3); // 3.3
    expect(multiplyCents(cents(10), 0.37)).toBe(4); // 3.7
  });

  it('rounds halves away from zero', () => {
    expect(multiplyCents(cents(25), 0.5)).toBe(13); // 12.5
    expect(multiplyCents(cents(5), 0.5)).toBe(3); // 2.5 (banker's rounding would give 2)
    expect(multiplyCents(cents(-25), 0.5)).toBe(-13); // -12.5 (Math.round would give -12)
    expect(multiplyCents(cents(-5), 0.5)).toBe(-3);
    expect(multiplyCents(cents(25), -0.5)).toBe(-13);
  });

  it('removes binary noise before rounding', () => {
    const pointThree = 0.1 * 3; // 0.30000000000000004
    expect(multiplyCents(cents(300), pointThree)).toBe(90); // 90.00000000000001
    expect(multiplyCents(cents(5), pointThree)).toBe(2); // exactly 1.5 → 2
    expect(multiplyCents(cents(15), pointThree)).toBe(5); // exactly 4.5 → 5
    // 25 × 0.58 is exactly 14.5, but in binary floating point it comes out as 14.499999999999998.
    expect(25 * 0.58).toBeLessThan(14.5);
    expect(multiplyCents(cents(25), 0.58)).toBe(15);
    expect(multiplyCents(cents(-25), 0.58)).toBe(-15);
    // 15 × 4.1 is exactly 61.5 (61.49999999999999 in floating point).
    expect(multiplyCents(cents(15), 4.1)).toBe(62);
  });

  it('always returns a safe integer', () => {
    for (const quantity of [0.01, 0.1, 0.3, 1 / 3, 2 / 3, 1.005, 7.77]) {
      expect(Number.isSafeInteger(multiplyCents(cents(333), quantity))).toBe(true);
    }
  });
});
