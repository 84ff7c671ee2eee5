import { discountsOf } from '../domain/apply-discounts.ts';
import type { OrderSpec, SealedOrderSpec } from '../domain/order-spec.ts';
import type { PricingChoice } from '../domain/pricing-terms.ts';
import type { Selections, SelectionValue } from '../domain/selections.ts';
import { appFailure, type AppProblem } from './app-problems.ts';
import { NO_EXTRAS, type FlowExtras } from './flow-machine.ts';
import { isRecord, recordList } from './local-records.ts';

/** A quote kept in this browser, so it can be resumed without the order service. */
export interface QuoteRecord {
  readonly number: string;
  /** Whether the order service has it under the same number. */
  readonly onServer: boolean;
  /** The key that opens it on the order service (see src/server/quote-keys.ts), when it is there. */
  readonly key?: string;
  /** ISO 8601. */
  readonly savedAt: string;
  readonly catalogId: string;
  readonly catalogVersion: string;
  readonly customerName: string;
  readonly total: number;
  readonly currency: string;
  readonly design: QuoteDesign;
}

/** What reopening a quote needs: the customer's own choices, the price terms and the extras. */
export interface QuoteDesign {
  readonly choices: Selections;
  readonly pricing: PricingChoice;
  readonly extras: FlowExtras;
}

export const QUOTES_KEY = 'made-to-order:quotes';

/** A quote's access key as the order service makes them. */
const QUOTE_KEY = /^[\w-]{32}$/;

/**
 * Keys of the quotes this page has created or opened, until they are saved in their record: the
 * order service opens and updates a quote only with its key (`X-Quote-Key`).
 */
const keysSeen = new Map<string, string>();

/** Remembers the key that came with a quote (from the service, or a link's `k`); ignores anything else. */
export function rememberQuoteKey(number: string, key: string | null | undefined): void {
  if (key && QUOTE_KEY.test(key)) keysSeen.set(number, key);
}

/** The key of a quote, from this page or this browser's records. */
export function quoteKeyOf(number: string): string | undefined {
  return keysSeen.get(number) ?? quoteRecords.list().find((r) => r.number === number)?.key;
}

/** The header that opens a quote on the order service, when its key is known. */
function quoteKeyHeader(number: string): Record<string, string> {
  const key = quoteKeyOf(number);
  return key ? { 'X-Quote-Key': key } : {};
}

/** The link that reopens a quote (with its key, so it opens in another browser too). */
export function quoteLink(number: string): string {
  const key = quoteKeyOf(number);
  return `#/sales/quote/${encodeURIComponent(number)}${key ? `?k=${key}` : ''}`;
}

function readRecord(entry: unknown): QuoteRecord | null {
  if (!isRecord(entry) || !isRecord(entry.design)) return null;
  const { number, onServer, key, savedAt, catalogId, catalogVersion, customerName, total, currency, design } = entry;
  if (typeof number !== 'string' || typeof catalogId !== 'string' || typeof catalogVersion !== 'string' || typeof savedAt !== 'string') return null;
  if (typeof total !== 'number' || typeof currency !== 'string') return null;
  if (!isRecord(design.choices) || !isRecord(design.pricing) || !isRecord(design.extras)) return null;
  const extras = design.extras;
  for (const key of ['discounts', 'audit', 'requests'] as const) if (!Array.isArray(extras[key])) return null;
  return {
    number,
    onServer: onServer === true,
    ...(typeof key === 'string' && QUOTE_KEY.test(key) ? { key } : {}),
    savedAt,
    catalogId,
    catalogVersion,
    customerName: typeof customerName === 'string' ? customerName : '',
    total,
    currency,
    // The flow machine checks choices and pricing against the catalog when the quote is opened.
    design: design as unknown as QuoteDesign,
  };
}

export const quoteRecords = recordList<QuoteRecord>(QUOTES_KEY, readRecord);

/** Saves (or replaces, by number) a quote in this browser; returns a problem, or undefined. */
export function saveQuoteRecord(spec: OrderSpec | SealedOrderSpec, design: QuoteDesign, onServer: boolean, now: Date): AppProblem | undefined {
  if (!spec.quote) return { code: 'notQuote' };
  const key = quoteKeyOf(spec.quote.number);
  const record: QuoteRecord = {
    number: spec.quote.number,
    onServer,
    ...(key ? { key } : {}),
    savedAt: now.toISOString(),
    catalogId: spec.catalog.id,
    catalogVersion: spec.catalog.version,
    customerName: spec.customer?.name ?? '',
    total: spec.price.total,
    currency: spec.price.currency,
    design,
  };
  return quoteRecords.write([record, ...quoteRecords.list().filter((r) => r.number !== record.number)]);
}

/** A spec as a design to reopen: the choices the customer made, its price terms, discounts and the rest. */
export function designOfSpec(spec: OrderSpec | SealedOrderSpec): QuoteDesign {
  const choices: Record<string, SelectionValue> = {};
  for (const choice of spec.choices) if (choice.source === 'customer') choices[choice.groupId] = choice.value;
  return {
    choices,
    pricing: { country: spec.pricing.market?.country, channel: spec.pricing.priceList.channel, quantity: spec.pricing.quantity },
    extras: {
      ...NO_EXTRAS,
      customer: spec.customer,
      discounts: discountsOf(spec.price.lines),
      audit: spec.audit,
      notes: spec.notes,
      quote: spec.quote,
      requests: spec.requests,
    },
  };
}

export type QuoteLookup =
  | { readonly ok: true; readonly catalogId: string; readonly design: QuoteDesign; readonly from: 'browser' | 'server' }
  | { readonly ok: false; readonly problem: AppProblem; readonly message: string };

/** A quote by number: from this browser's records first, else from the order service. */
export async function findQuote(number: string, fetchImpl: typeof fetch = fetch): Promise<QuoteLookup> {
  const local = quoteRecords.list().find((r) => r.number === number);
  if (local) return { ok: true, catalogId: local.catalogId, design: local.design, from: 'browser' };
  try {
    const response = await fetchImpl(`/api/quotes/${encodeURIComponent(number)}`, {
      headers: { Accept: 'application/json', ...quoteKeyHeader(number) },
    });
    if (response.status === 404) return appFailure({ code: 'quoteNotFound', params: { number } });
    if (!response.ok) return appFailure({ code: 'quoteServiceFailed', params: { number, status: response.status } });
    const body = (await response.json()) as { spec?: SealedOrderSpec };
    if (!body.spec) return appFailure({ code: 'quoteWithoutSpec', params: { number } });
    return { ok: true, catalogId: body.spec.catalog.id, design: designOfSpec(body.spec), from: 'server' };
  } catch {
    return appFailure({ code: 'quoteUnreachable', params: { number } });
  }
}

/** Creates a quote on the order service; its number, or null when the service is unreachable or refuses. */
export async function createServerQuote(sealed: SealedOrderSpec, fetchImpl: typeof fetch = fetch): Promise<string | null> {
  try {
    const response = await fetchImpl('/api/quotes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(sealed) });
    if (!response.ok) return null;
    const body = (await response.json()) as { number?: unknown; key?: unknown };
    if (typeof body.number !== 'string') return null;
    rememberQuoteKey(body.number, typeof body.key === 'string' ? body.key : null);
    return body.number;
  } catch {
    return null;
  }
}

/** Stores the final spec under its number on the order service; a problem, or undefined. */
export async function updateServerQuote(number: string, sealed: SealedOrderSpec, fetchImpl: typeof fetch = fetch): Promise<string | undefined> {
  try {
    const response = await fetchImpl(`/api/quotes/${encodeURIComponent(number)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', ...quoteKeyHeader(number) },
      body: JSON.stringify(sealed),
    });
    if (response.ok) return undefined;
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    return body.error ?? `HTTP ${response.status}`;
  } catch {
    return 'the order service cannot be reached';
  }
}

/** A number for a quote made without the order service: "L-" and the date and time, e.g. L-20261130-0915. */
export function localQuoteNumber(now: Date): string {
  const iso = now.toISOString();
  return `L-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}
