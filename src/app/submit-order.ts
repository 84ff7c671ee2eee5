import type { Catalog } from '../domain/catalog-schema.ts';
import type { OrderSpec, OrderSpecCustomer, SealedOrderSpec } from '../domain/order-spec.ts';
import type { OrderSpecPicture } from '../domain/picture-reference.ts';
import type { SpecFinding } from '../domain/verify-spec.ts';
import { sealSpec } from '../domain/spec-integrity.ts';

/** Where the order service listens: same origin (Vite proxies /api to it in dev and preview). */
export const ORDERS_ENDPOINT = '/api/orders';

export interface CustomerDetails {
  readonly name: string;
  readonly email: string;
  /** Agreed to their details being used to make and deliver the order (required to order). */
  readonly orderFulfilment: boolean;
  /** Agreed to marketing emails (optional, separate). */
  readonly marketing: boolean;
}

export type SubmitResult =
  /** The service has the order (201 new, 200 already placed with this very spec). */
  | { readonly kind: 'placed'; readonly number: string }
  /** The service refused the spec; sending it again cannot help. */
  | { readonly kind: 'rejected'; readonly message: string; readonly findings: readonly SpecFinding[] }
  /** Not reachable, failing (5xx) or busy (429): keep the spec and try again later. */
  | { readonly kind: 'unavailable'; readonly message: string; readonly retryAfterMs?: number };

/** What became of the product picture sent after its order (`PUT /api/orders/<number>/picture`). */
export type PictureUploadResult =
  /** The service has it (201 new, 200 already had these very bytes). */
  | { readonly kind: 'stored' }
  /** Refused (not the picture the spec refers to, too big…); sending it again cannot help. */
  | { readonly kind: 'rejected'; readonly message: string; readonly findings: readonly SpecFinding[] }
  | { readonly kind: 'unavailable'; readonly message: string; readonly retryAfterMs?: number };

/**
 * The spec as it is sent: the customer block filled in from the form and the picture reference
 * the done page settled on (none: no picture could be made), then sealed, so the seal covers who
 * ordered, what they agreed to (and when) and, sealed apart from the design, the picture they saw.
 */
export function sealOrderWithCustomer(
  spec: OrderSpec,
  catalog: Catalog,
  details: CustomerDetails,
  now: Date,
  picture: OrderSpecPicture | null = null,
): Promise<SealedOrderSpec> {
  const customer: OrderSpecCustomer = {
    name: details.name.trim(),
    email: details.email.trim(),
    consent: { orderFulfilment: details.orderFulfilment, marketing: details.marketing, recordedAt: now.toISOString() },
  };
  const { picture: _stale, ...content } = spec;
  return sealSpec(picture ? { ...content, customer, picture } : { ...content, customer }, catalog);
}

/** Sends one sealed spec to the order service and says what became of it. Never throws. */
export async function postOrder(spec: unknown, fetchFn: typeof fetch = (...args) => fetch(...args)): Promise<SubmitResult> {
  let response: Response;
  try {
    response = await fetchFn(ORDERS_ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(spec) });
  } catch (error) {
    return { kind: 'unavailable', message: `the shop could not be reached (${error instanceof Error ? error.message : String(error)})` };
  }
  const body = (await response.json().catch(() => ({}))) as { number?: unknown; error?: unknown; findings?: unknown };
  if ((response.status === 200 || response.status === 201) && typeof body.number === 'string') return { kind: 'placed', number: body.number };
  const message = typeof body.error === 'string' ? body.error : `the shop answered ${response.status} ${response.statusText}`.trim();
  if (response.status === 429 || response.status >= 500 || response.ok) {
    const retryAfter = Number(response.headers.get('retry-after'));
    return { kind: 'unavailable', message, ...(retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}) };
  }
  return { kind: 'rejected', message, findings: findingsOf(body.findings) };
}

/**
 * Sends the PNG an order's spec refers to, as raw bytes; the service stores it only if it hashes
 * to the spec's `picture.sha256`. Never throws.
 */
export async function putOrderPicture(number: string, png: Uint8Array, fetchFn: typeof fetch = (...args) => fetch(...args)): Promise<PictureUploadResult> {
  let response: Response;
  try {
    response = await fetchFn(`${ORDERS_ENDPOINT}/${encodeURIComponent(number)}/picture`, {
      method: 'PUT',
      headers: { 'content-type': 'image/png' },
      body: new Uint8Array(png),
    });
  } catch (error) {
    return { kind: 'unavailable', message: `the shop could not be reached (${error instanceof Error ? error.message : String(error)})` };
  }
  if (response.status === 200 || response.status === 201) return { kind: 'stored' };
  const body = (await response.json().catch(() => ({}))) as { error?: unknown; findings?: unknown };
  const message = typeof body.error === 'string' ? body.error : `the shop answered ${response.status} ${response.statusText}`.trim();
  if (response.status === 429 || response.status >= 500 || response.ok) {
    const retryAfter = Number(response.headers.get('retry-after'));
    return { kind: 'unavailable', message, ...(retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}) };
  }
  return { kind: 'rejected', message, findings: findingsOf(body.findings) };
}

function findingsOf(value: unknown): SpecFinding[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((f: unknown) => {
    const { pointer, message } = (f ?? {}) as { pointer?: unknown; message?: unknown };
    return typeof pointer === 'string' && typeof message === 'string' ? [{ pointer, message }] : [];
  });
}
