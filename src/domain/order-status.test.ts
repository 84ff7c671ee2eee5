import { describe, expect, it } from 'vitest';
import { illegalTransitionReason, isOrderStatus, nextOrderStatus, ORDER_STATUSES } from './order-status.ts';

describe('order status', () => {
  it('moves forward one step at a time, and not after shipping', () => {
    expect(nextOrderStatus('received')).toBe('confirmed');
    expect(nextOrderStatus('confirmed')).toBe('in_production');
    expect(nextOrderStatus('in_production')).toBe('shipped');
    expect(nextOrderStatus('shipped')).toBeUndefined();
  });

  it('allows exactly the next step from every status', () => {
    for (const from of ORDER_STATUSES) {
      for (const to of ORDER_STATUSES) {
        const allowed = illegalTransitionReason(from, to) === undefined;
        expect(allowed, `${from} → ${to}`).toBe(nextOrderStatus(from) === to);
      }
    }
    expect(illegalTransitionReason('received', 'shipped')).toBe('an order that is "received" can only become "confirmed", not "shipped"');
    expect(illegalTransitionReason('shipped', 'received')).toMatch(/already shipped/);
  });

  it('recognises its statuses only', () => {
    expect(isOrderStatus('in_production')).toBe(true);
    for (const value of ['cancelled', '', null, 3, 'Received']) expect(isOrderStatus(value)).toBe(false);
  });
});
