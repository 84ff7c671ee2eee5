import type { OrderSpec } from '../domain/order-spec.ts';
import type { OrderStatus } from '../domain/order-status.ts';
import type { OrderDetail, OrderSummary } from '../domain/order-record.ts';

export type { OrderDetail, OrderSummary } from '../domain/order-record.ts';

/**
 * Production's client for the order service (src/server/create-api.ts). The bearer token lives
 * in sessionStorage only: gone when the tab closes, never in localStorage or the URL.
 */
export const PRODUCTION_TOKEN_KEY = 'made-to-order:production-token';

export interface OrderFilter {
  readonly status?: OrderStatus | '';
  readonly from?: string;
  readonly to?: string;
}

export type BillOfMaterialsLine = OrderSpec['billOfMaterials'][number];

/** A refused request, with the service's own words; `status` 401 means the token is wrong. */
export class ProductionApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export function storedProductionToken(): string | null {
  try {
    return sessionStorage.getItem(PRODUCTION_TOKEN_KEY);
  } catch {
    return null;
  }
}

export function storeProductionToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(PRODUCTION_TOKEN_KEY, token);
    else sessionStorage.removeItem(PRODUCTION_TOKEN_KEY);
  } catch {
    // sessionStorage blocked: the token lasts as long as the page.
  }
}

export function productionApi(token: string, fetchFn: typeof fetch = (...args) => fetch(...args)) {
  async function call(path: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await fetchFn(path, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } });
    } catch (error) {
      throw new ProductionApiError(`the order service could not be reached (${error instanceof Error ? error.message : String(error)})`, 0);
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { error?: unknown };
      throw new ProductionApiError(typeof body.error === 'string' ? body.error : `the order service answered ${response.status}`, response.status);
    }
    return response;
  }
  return {
    async listOrders(filter: OrderFilter): Promise<OrderSummary[]> {
      const query = new URLSearchParams();
      for (const key of ['status', 'from', 'to'] as const) if (filter[key]) query.set(key, filter[key]);
      return ((await (await call(`/api/orders?${query}`)).json()) as { orders: OrderSummary[] }).orders;
    },
    async getOrder(number: string): Promise<OrderDetail> {
      return (await (await call(`/api/orders/${encodeURIComponent(number)}`)).json()) as OrderDetail;
    },
    async moveOrder(number: string, status: OrderStatus, actor: string): Promise<OrderDetail> {
      const response = await call(`/api/orders/${encodeURIComponent(number)}/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ status, actor: actor || 'production' }),
      });
      return (await response.json()) as OrderDetail;
    },
    /** The product picture the order's spec refers to, as received (a Blob, since the request needs the token). */
    async orderPicture(number: string): Promise<Blob> {
      return (await call(`/api/orders/${encodeURIComponent(number)}/picture`)).blob();
    },
    /** The day's bill of materials as CSV (a Blob, since the request needs the token). */
    async billOfMaterialsCsv(date: string, by: 'order' | 'sku'): Promise<Blob> {
      return (await call(`/api/orders/bom.csv?${new URLSearchParams({ date, by })}`)).blob();
    },
  };
}

export type ProductionApi = ReturnType<typeof productionApi>;
