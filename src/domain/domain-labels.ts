/**
 * The few words the domain writes into price and tax labels itself ("(base)", "Volume discount"):
 * they go into the order spec next to the catalog's own texts, so they follow the catalog's
 * language. English is the fallback for a language without a table.
 */
export interface DomainLabels {
  /** The price line of the product before options: "Standing desk (base)". */
  readonly baseLine: (product: string) => string;
  /** The quantity tier's line: "Volume discount, 5 or more". */
  readonly volumeDiscount: (from: number) => string;
  /** A tax's name when the market names none. */
  readonly taxName: string;
  /** "VAT 21% (Spain)". */
  readonly taxLine: (name: string, rate: number, market: string) => string;
  /** "No VAT (United States)", when the market gives no note of its own. */
  readonly noTax: (name: string, market: string) => string;
  /** The price list of a catalog that declares none. */
  readonly standardPrices: string;
  /** A group with nothing chosen (no accessories, no engraving). */
  readonly none: string;
  /** Before the last of several values: "Cable tray and Drawer". */
  readonly and: string;
}

const en: DomainLabels = {
  baseLine: (product) => `${product} (base)`,
  volumeDiscount: (from) => `Volume discount, ${from} or more`,
  taxName: 'VAT',
  taxLine: (name, rate, market) => `${name} ${rate}% (${market})`,
  noTax: (name, market) => `No ${name} (${market})`,
  standardPrices: 'Standard prices',
  none: 'none',
  and: ' and ',
};

const es: DomainLabels = {
  baseLine: (product) => `${product} (base)`,
  volumeDiscount: (from) => `Descuento por volumen, ${from} o más`,
  taxName: 'IVA',
  taxLine: (name, rate, market) => `${name} ${String(rate).replace('.', ',')} % (${market})`,
  noTax: (name, market) => `Sin ${name} (${market})`,
  standardPrices: 'Precios estándar',
  none: 'ninguno',
  and: ' y ',
};

const TABLES: Readonly<Record<string, DomainLabels>> = { en, es };

/** The labels for a locale ("es-MX" → "es"), English when there is no table for it. */
export function domainLabels(locale = 'en'): DomainLabels {
  return TABLES[locale] ?? TABLES[locale.split('-')[0] ?? ''] ?? en;
}
