import type { SealedOrderSpec } from './order-spec.ts';
import type { OrderStatus } from './order-status.ts';
import type { SpecFinding } from './verify-spec.ts';

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
  /**
   * Pictures sent for this order that were not the one its spec refers to (null: none, or the right
   * one has arrived since): the latest one's findings, when, and how many were refused.
   */
  readonly pictureRefused: PictureRefusal | null;
  readonly history: readonly OrderEvent[];
}

/** Why pictures sent for an order were refused: the latest refusal, and how many there have been. */
export interface PictureRefusal {
  readonly at: string;
  readonly attempts: number;
  readonly findings: readonly SpecFinding[];
}
