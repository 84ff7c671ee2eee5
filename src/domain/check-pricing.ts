import type { Catalog, Money } from './catalog-schema.ts';
import { catalogMessages, type CatalogMessages } from './catalog-messages.ts';
import { priceListsOf } from './pricing-terms.ts';

type Report = (path: PropertyKey[], message: string) => void;

/** Every amount in a catalog with where it is, for checks that look at all of them. */
export function moneyFields(catalog: Catalog): { path: PropertyKey[]; money: Money }[] {
  const fields: { path: PropertyKey[]; money: Money }[] = [{ path: ['basePrice'], money: catalog.basePrice }];
  if (catalog.baseCost !== undefined) fields.push({ path: ['baseCost'], money: catalog.baseCost });
  catalog.components.forEach((component, i) => {
    if (component.price !== undefined) fields.push({ path: ['components', i, 'price'], money: component.price });
    if (component.cost !== undefined) fields.push({ path: ['components', i, 'cost'], money: component.cost });
  });
  catalog.groups.forEach((group, g) => {
    if (group.kind === 'number') fields.push({ path: ['groups', g, 'pricePerUnit'], money: group.pricePerUnit });
    else if (group.kind === 'text') fields.push({ path: ['groups', g, 'price'], money: group.price });
    else group.values.forEach((value, v) => fields.push({ path: ['groups', g, 'values', v, 'price'], money: value.price }));
  });
  catalog.priceRules.forEach((rule, r) => {
    if (rule.kind === 'surcharge') fields.push({ path: ['priceRules', r, 'amount'], money: rule.amount });
    if (rule.kind === 'tiers') rule.tiers.forEach((tier, t) => fields.push({ path: ['priceRules', r, 'tiers', t, 'unitPrice'], money: tier.unitPrice }));
  });
  return fields;
}

/**
 * Price lists, markets and quantity tiers fit together, and every amount can be priced on every
 * list: an amount written as one number is in the catalog's `currency`; one written per currency
 * must name each list's currency (no exchange rates are ever guessed) and only those.
 * Problems are worded in `words`' language (English by default).
 */
export function checkPricing(catalog: Catalog, error: Report, words: CatalogMessages = catalogMessages()): void {
  const m = words.text;
  const lists = priceListsOf(catalog);
  const currencies = new Set(lists.map((list) => list.currency));

  const listIds = new Set<string>();
  const channelCurrency = new Set<string>();
  catalog.priceLists.forEach((list, i) => {
    if (listIds.has(list.id)) error(['priceLists', i, 'id'], m('price.duplicateList', { id: list.id }));
    listIds.add(list.id);
    const key = `${list.channel} ${list.currency}`;
    if (channelCurrency.has(key)) error(['priceLists', i], m('price.secondList', { channel: list.channel, currency: list.currency }));
    channelCurrency.add(key);
  });

  const countries = new Set<string>();
  catalog.markets.forEach((market, i) => {
    if (countries.has(market.country)) error(['markets', i, 'country'], m('price.duplicateMarket', { country: market.country }));
    countries.add(market.country);
    if (!currencies.has(market.currency)) {
      error(['markets', i, 'currency'], m('price.noListInCurrency', { currency: market.currency, currencies: [...currencies].join(m('price.or')) }));
    }
  });

  catalog.quantityTiers.forEach((tier, i) => {
    if (i > 0 && tier.from <= catalog.quantityTiers[i - 1]!.from) error(['quantityTiers', i, 'from'], m('price.tiersOrder'));
    if (tier.from > catalog.maxQuantity) error(['quantityTiers', i, 'from'], m('price.tierUnreachable', { from: tier.from, max: catalog.maxQuantity }));
  });

  for (const { path, money } of moneyFields(catalog)) {
    const isCost = path.at(-1) === 'cost' || path[0] === 'baseCost';
    const negative = typeof money === 'number' ? money < 0 : Object.values(money).some((amount) => amount < 0);
    // A negative cost would lower the floor discounts may not go below: never meaningful.
    if (isCost && negative) error(path, m('price.negativeCost'));
    if (typeof money === 'number') {
      const others = [...currencies].filter((c) => c !== catalog.currency);
      if (money !== 0 && others.length > 0) {
        error(path, m('price.perCurrency', { others: others.join(', '), currency: catalog.currency, amount: money, other: others[0]! }));
      }
      continue;
    }
    for (const currency of currencies) {
      if (money[currency] === undefined) error(path, m('price.missingAmount', { currency }));
    }
    for (const currency of Object.keys(money)) {
      if (!currencies.has(currency)) error([...path, currency], m('price.noSuchList', { currency }));
    }
  }
}
