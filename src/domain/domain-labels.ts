/**
 * The few words the domain writes into price and tax labels and the audit trail itself ("(base)",
 * "Volume discount", "Discount on the order: 15%"): they go into the order spec next to the catalog's
 * own texts, so they follow the catalog's language. English is the fallback for a language without a table.
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
  /** Sales staff's discount on one price line: "Discount on Solid walnut (10%)". */
  readonly discountOnLine: (line: string, percent: number) => string;
  /** Sales staff's discount on the whole order: "Discount on the order (5%)". */
  readonly discountOnOrder: (percent: number) => string;
  /** The whole order as a discount's target in the audit trail: "the order". */
  readonly theOrder: string;
  /** The audit trail's entry for a discount given: "Discount on the order: 15%". */
  readonly auditDiscountSet: (target: string, percent: number) => string;
  /** The audit trail's entry for a discount taken back: "Discount on Solid walnut removed (was 10%)". */
  readonly auditDiscountRemoved: (target: string, percent: number) => string;
  /** The audit trail's entry for new price terms: "Price terms: price list trade, delivery to DE, quantity 5". */
  readonly auditPriceTerms: (terms: { readonly channel?: string; readonly country?: string; readonly quantity?: number }) => string;
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
  discountOnLine: (line, percent) => `Discount on ${line} (${percent}%)`,
  discountOnOrder: (percent) => `Discount on the order (${percent}%)`,
  theOrder: 'the order',
  auditDiscountSet: (target, percent) => `Discount on ${target}: ${percent}%`,
  auditDiscountRemoved: (target, percent) => `Discount on ${target} removed (was ${percent}%)`,
  auditPriceTerms: ({ channel, country, quantity }) => {
    const parts = [
      channel !== undefined ? `price list ${channel}` : undefined,
      country !== undefined ? `delivery to ${country}` : undefined,
      quantity !== undefined ? `quantity ${quantity}` : undefined,
    ].filter((part) => part !== undefined);
    return `Price terms: ${parts.join(', ') || 'unchanged'}`;
  },
};

const es: DomainLabels = {
  baseLine: (product) => `${product} (base)`,
  volumeDiscount: (from) => `Descuento por volumen, ${from} o más`,
  taxName: 'IVA',
  taxLine: (name, rate, market) => `${name} ${spanishNumber(rate)} % (${market})`,
  noTax: (name, market) => `Sin ${name} (${market})`,
  standardPrices: 'Precios estándar',
  none: 'ninguno',
  and: ' y ',
  discountOnLine: (line, percent) => `Descuento en ${line} (${spanishNumber(percent)} %)`,
  discountOnOrder: (percent) => `Descuento en el pedido (${spanishNumber(percent)} %)`,
  theOrder: 'el pedido',
  auditDiscountSet: (target, percent) => `Descuento en ${target}: ${spanishNumber(percent)} %`,
  auditDiscountRemoved: (target, percent) => `Descuento en ${target} retirado (era del ${spanishNumber(percent)} %)`,
  auditPriceTerms: ({ channel, country, quantity }) => {
    const parts = [
      channel !== undefined ? `lista de precios ${channel}` : undefined,
      country !== undefined ? `entrega en ${country}` : undefined,
      quantity !== undefined ? `cantidad ${quantity}` : undefined,
    ].filter((part) => part !== undefined);
    return `Condiciones de precio: ${parts.join(', ') || 'sin cambios'}`;
  },
};

/** 12.5 → "12,5": the decimal comma, as the tax line writes its rate. */
function spanishNumber(value: number): string {
  return String(value).replace('.', ',');
}

const TABLES: Readonly<Record<string, DomainLabels>> = { en, es };

/** The labels for a locale ("es-MX" → "es"), English when there is no table for it. */
export function domainLabels(locale = 'en'): DomainLabels {
  return TABLES[locale] ?? TABLES[locale.split('-')[0] ?? ''] ?? en;
}
