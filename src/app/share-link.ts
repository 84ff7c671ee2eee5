import type { Catalog } from '../domain/catalog-schema.ts';
import type { Selections } from '../domain/selections.ts';
import { invalidPricingReason, type PricingChoice } from '../domain/pricing-terms.ts';
import { DESIGN_ROUTE_PREFIX } from './hash-route.ts';
import { englishDesignNote, type DesignNoteWords } from './design-notes.ts';
import { restoreDesign, type RestoredDesign } from './restore-design.ts';

/**
 * Share links carry a design in the URL hash, so they work from any static host and never reach a
 * server: `#/design/<catalogId>/<catalogVersion>?s=1&c=<payload>`, where the payload is the
 * customer's own choices as JSON (group id → value id(s), number or text) in base64url.
 * Ids rather than indexes keep links readable after the catalog gains values. Prices and rules are
 * never in the link: they are recomputed from today's catalog when it is opened. Optional `m`
 * (delivery country) and `n` (quantity) carry the order's terms, so the link reproduces the same
 * spec. The price-list channel is never in a link: trade prices are for sales staff's quotes.
 * Optional `l` is the language it was shared in when not English ("es"): the shop opens in it (the UI reads
 * it, see src/ui/i18n); decoding ignores it, and an unknown value changes nothing.
 */
export const SHARE_LINK_SCHEMA_VERSION = 1;

/** Links longer than this are refused before any decoding (ours stay far below 2,000 characters). */
export const MAX_SHARE_LINK_CHARS = 4_000;

export interface SharedDesign {
  readonly catalogId: string;
  readonly catalogVersion: string;
  readonly choices: Selections;
  readonly pricing?: Pick<PricingChoice, 'country' | 'quantity'>;
  /** The language the link opens in, e.g. "es". */
  readonly lang?: string;
}

/** The hash of a share link for a design, e.g. `#/design/standing-desk/2026.11.3?s=1&c=eyJ3aWR0aCI6MTcwfQ`. */
export function encodeShareLink(design: SharedDesign): string {
  const payload = base64UrlEncode(JSON.stringify(design.choices));
  const id = encodeURIComponent(design.catalogId);
  const version = encodeURIComponent(design.catalogVersion);
  const terms = design.pricing ?? {};
  const extra = [
    terms.country !== undefined ? `&m=${encodeURIComponent(terms.country)}` : '',
    terms.quantity !== undefined && terms.quantity !== 1 ? `&n=${terms.quantity}` : '',
    design.lang !== undefined ? `&l=${encodeURIComponent(design.lang)}` : '',
  ].join('');
  return `#${DESIGN_ROUTE_PREFIX}${id}/${version}?s=${SHARE_LINK_SCHEMA_VERSION}&c=${payload}${extra}`;
}

/** The whole link to send: this page's address with the design's hash. */
export function shareUrl(pageUrl: string, design: SharedDesign): string {
  return `${pageUrl.split('#')[0]}${encodeShareLink(design)}`;
}

/**
 * Reads a share link's hash. The input is treated as hostile: it never throws, and what comes
 * back is only choices that are acceptable and fit today's rules, with notes on what changed
 * (worded by `words`: English unless the UI passes its own).
 */
export function decodeShareLink(hash: string, catalogs: readonly Catalog[], words: DesignNoteWords = englishDesignNote): RestoredDesign {
  const unknownProduct: RestoredDesign = { catalog: null, choices: {}, notes: [words({ code: 'productGone' })] };
  if (hash.length > MAX_SHARE_LINK_CHARS) return { ...unknownProduct, notes: [words({ code: 'linkTooLong' })] };
  const match = /^#?\/design\/([^/?#]+)\/([^/?#]*)\/?(?:\?([^#]*))?$/i.exec(hash);
  if (!match) return { ...unknownProduct, notes: [words({ code: 'linkUnreadable' })] };
  const catalogId = safeDecodeURIComponent(match[1]!);
  const catalogVersion = safeDecodeURIComponent(match[2]!) ?? '';
  const catalog = catalogs.find((c) => c.id === catalogId);
  if (!catalog) return unknownProduct;

  const params = new URLSearchParams(match[3] ?? '');
  const schema = params.get('s');
  const choices = readPayload(params.get('c'));
  const restored = restoreDesign(catalogs, { catalogId: catalog.id, catalogVersion, choices: choices ?? {} }, words);
  const notes = [...restored.notes];
  if (schema !== null && schema !== String(SHARE_LINK_SCHEMA_VERSION)) notes.unshift(words({ code: 'newerLink' }));
  if (choices === undefined) notes.push(words({ code: 'designUnreadable', params: { product: catalog.name.toLowerCase() } }));
  const pricing = readPricing(params, catalog, notes, words);
  return { ...restored, notes, ...(pricing ? { pricing } : {}) };
}

/** The link's order terms that fit the catalog; a note for each one dropped. */
function readPricing(params: URLSearchParams, catalog: Catalog, notes: string[], words: DesignNoteWords): PricingChoice | undefined {
  const pricing: { country?: string; quantity?: number } = {};
  const country = params.get('m');
  const quantity = params.get('n');
  if (country !== null) {
    if (invalidPricingReason(catalog, { country }) === undefined) pricing.country = country;
    else {
      const market = catalog.markets[0]?.name;
      notes.push(words(market === undefined ? { code: 'countryGoneNoMarket' } : { code: 'countryGone', params: { market } }));
    }
  }
  if (quantity !== null) {
    const n = /^\d{1,6}$/.test(quantity) ? Number(quantity) : NaN;
    if (invalidPricingReason(catalog, { quantity: n }) === undefined) pricing.quantity = n;
    else notes.push(words({ code: 'quantityGone', params: { max: catalog.maxQuantity } }));
  }
  return Object.keys(pricing).length > 0 ? pricing : undefined;
}

/** The payload's choices object, or undefined when it is missing or unreadable. */
function readPayload(payload: string | null): unknown {
  if (payload === null || !/^[A-Za-z0-9_-]*$/.test(payload)) return undefined;
  const text = base64UrlDecode(payload);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function safeDecodeURIComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function base64UrlEncode(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlDecode(payload: string): string | undefined {
  if (payload.length % 4 === 1) return undefined;
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
