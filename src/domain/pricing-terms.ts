import type { Catalog, Market, Money, PriceList, QuantityTier } from './catalog-schema.ts';
import { cents, multiplyCents, type Cents } from './money.ts';
import { domainLabels } from './domain-labels.ts';

/** What the customer (or sales staff) picked: where it goes, which channel's prices, how many. */
export interface PricingChoice {
  /** ISO 3166 country of one of the catalog's markets. */
  readonly country?: string;
  /** A price-list channel such as "retail" or "trade". */
  readonly channel?: string;
  /** Units of this design in the order. */
  readonly quantity?: number;
}

/** The terms a price is computed on, resolved from the catalog and a `PricingChoice`. */
export interface PricingTerms {
  readonly list: PriceList;
  /** Null when the catalog names no markets: no tax and no delivery window. */
  readonly market: Market | null;
  readonly quantity: number;
  /** The quantity tier that applies, if any. */
  readonly tier: QuantityTier | null;
  /** The catalog's amounts include the market's VAT (see `listedAmount`). */
  readonly pricesIncludeVat: boolean;
  /** The catalog's language, for the labels the domain writes itself (English when unset). */
  readonly locale?: string;
}

/** The list used when a catalog declares none: its own currency, retail, tax excluded. */
export function implicitPriceList(catalog: Catalog): PriceList {
  return { id: 'standard', label: domainLabels(catalog.locale).standardPrices, channel: 'retail', currency: catalog.currency, taxMode: 'exclusive' };
}

export function priceListsOf(catalog: Catalog): readonly PriceList[] {
  return catalog.priceLists.length > 0 ? catalog.priceLists : [implicitPriceList(catalog)];
}

/** Channels the catalog has lists for, in catalog order ("retail" first when present). */
export function channelsOf(catalog: Catalog): readonly string[] {
  const channels = [...new Set(priceListsOf(catalog).map((list) => list.channel))];
  return channels.includes('retail') ? ['retail', ...channels.filter((c) => c !== 'retail')] : channels;
}

/** Why a pricing choice cannot be used with this catalog, or undefined when it can. */
export function invalidPricingReason(catalog: Catalog, choice: PricingChoice): string | undefined {
  if (choice.country !== undefined && !catalog.markets.some((m) => m.country === choice.country)) return `we don't deliver to "${choice.country}"`;
  if (choice.channel !== undefined && !channelsOf(catalog).includes(choice.channel)) return `there is no "${choice.channel}" price list`;
  if (choice.quantity !== undefined && (!Number.isInteger(choice.quantity) || choice.quantity < 1 || choice.quantity > catalog.maxQuantity)) {
    return `the quantity must be a whole number from 1 to ${catalog.maxQuantity}`;
  }
  return undefined;
}

/**
 * The terms for a choice: the chosen market (else the first), the chosen channel's list in that
 * market's currency (else the first list in it), the quantity and its tier. A choice that doesn't
 * fit the catalog falls back to the defaults (callers check `invalidPricingReason` to say so).
 */
export function pricingTerms(catalog: Catalog, choice: PricingChoice = {}): PricingTerms {
  const market = catalog.markets.find((m) => m.country === choice.country) ?? catalog.markets[0] ?? null;
  const lists = priceListsOf(catalog);
  const inCurrency = market ? lists.filter((list) => list.currency === market.currency) : lists;
  const channel = choice.channel ?? channelsOf(catalog)[0];
  const list = inCurrency.find((l) => l.channel === channel) ?? inCurrency[0] ?? lists[0]!;
  const wanted = choice.quantity ?? 1;
  const quantity = Number.isInteger(wanted) && wanted >= 1 && wanted <= catalog.maxQuantity ? wanted : 1;
  return { list, market, quantity, tier: quantityTier(catalog.quantityTiers, quantity), pricesIncludeVat: catalog.pricesIncludeVat, locale: catalog.locale };
}

/** The tier with the largest `from` at or below the quantity. */
export function quantityTier(tiers: readonly QuantityTier[], quantity: number): QuantityTier | null {
  let best: QuantityTier | null = null;
  for (const tier of tiers) if (quantity >= tier.from && (!best || tier.from > best.from)) best = tier;
  return best;
}

/** The catalog amount in the list's currency, as written (no exchange rate is ever applied). */
export function amountInCurrency(money: Money, currency: string): Cents {
  if (typeof money === 'number') return cents(money);
  const amount = money[currency];
  // The catalog check makes sure every amount names every list's currency; never guess a rate.
  if (amount === undefined) throw new RangeError(`no ${currency} amount in ${JSON.stringify(money)}`);
  return cents(amount);
}

/** The market's VAT rate where there is a market, else 0. */
export function marketVatRate(terms: PricingTerms): number {
  return terms.market?.vatRate ?? 0;
}

/**
 * A catalog amount as listed on these terms, in the list's currency, rounded to the cent (halves
 * away from zero) amount by amount, so every price the customer sees is a whole cent and lines add
 * up to the total:
 * - net amounts on a tax-inclusive list get the market's VAT added;
 * - VAT-inclusive amounts (`pricesIncludeVat`) on a tax-exclusive list have it taken out;
 * - otherwise the amount is listed as written.
 */
export function listedAmount(money: Money, terms: PricingTerms): Cents {
  const amount = amountInCurrency(money, terms.list.currency);
  const rate = marketVatRate(terms);
  const inclusive = terms.list.taxMode === 'inclusive';
  if (rate === 0 || inclusive === terms.pricesIncludeVat) return amount;
  return inclusive ? multiplyCents(amount, 1 + rate / 100) : multiplyCents(amount, 100 / (100 + rate));
}
