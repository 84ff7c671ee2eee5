/**
 * Where a placed order is in production. Orders only move forward, one step at a time, so the
 * history reads as the workshop's real sequence and a mis-click cannot skip a step.
 */
export const ORDER_STATUSES = ['received', 'confirmed', 'in_production', 'shipped'] as const;

export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  received: 'Received',
  confirmed: 'Confirmed',
  in_production: 'In production',
  shipped: 'Shipped',
};

export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === 'string' && (ORDER_STATUSES as readonly string[]).includes(value);
}

/** The one status an order can move to next, or undefined once it has shipped. */
export function nextOrderStatus(status: OrderStatus): OrderStatus | undefined {
  return ORDER_STATUSES[ORDER_STATUSES.indexOf(status) + 1];
}

/** Why `from` → `to` is not allowed, or undefined when it is. */
export function illegalTransitionReason(from: OrderStatus, to: OrderStatus): string | undefined {
  const next = nextOrderStatus(from);
  if (next === to) return undefined;
  if (next === undefined) return `the order has already shipped; it cannot become "${to}"`;
  return `an order that is "${from}" can only become "${next}", not "${to}"`;
}
