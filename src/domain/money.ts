/** Integer minor units (cents) of a currency. Never a float. */
export type Cents = number & { readonly __brand: 'Cents' };

export function cents(amount: number): Cents {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`expected integer cents, got ${amount}`);
  }
  return amount as Cents;
}

export function sumCents(amounts: readonly Cents[]): Cents {
  let total = 0;
  for (const a of amounts) total += a;
  return cents(total);
}

/**
 * Multiplies a per-unit price by a (possibly fractional) quantity and rounds to the
 * nearest cent, halves away from zero. This is the one rounding rule for money:
 * each breakdown line is rounded once, and totals are sums of rounded lines.
 */
export function multiplyCents(perUnit: Cents, quantity: number): Cents {
  const exact = perUnit * quantity;
  // Remove binary noise (e.g. 0.1 * 3) before rounding so 12.5 rounds to 13, not 12.
  const cleaned = Number(exact.toFixed(6));
  return cents(Math.sign(cleaned) * Math.round(Math.abs(cleaned)));
}
