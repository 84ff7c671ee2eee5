import type { SealedOrderSpec } from './order-spec.ts';
import type { OrderStatus } from './order-status.ts';

/** An order as the order service lists it: the contract between src/server and production's page. */
export interface OrderSummary {
  readonly number: string;
  readonly status: OrderStatus;
  readonly receivedAt: string;
  readonly catalog: { readonly id: string; readonly version: string; readonly name: string };
  readonly total: number;
  readonly currency: string;
  readonly shipDate: string;
  readonly customerName: string | null;
}

/** One status step of an order: who moved it, when. */
export interface OrderEvent {
  readonly from: OrderStatus | null;
  readonly to: OrderStatus;
  readonly actor: string;
  readonly at: string;
}

export interface OrderDetail extends OrderSummary {
  readonly spec: SealedOrderSpec;
  /** When the picture the spec refers to (`spec.picture`) arrived; null while it has not (or the spec has none). */
  readonly pictureReceivedAt: string | null;
  readonly history: readonly OrderEvent[];
}
