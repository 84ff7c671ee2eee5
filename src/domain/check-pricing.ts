import type { Catalog, Money } from './catalog-schema.ts';
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
 */
export function checkPricing(catalog: Catalog, error: Report): void {
  const lists = priceListsOf(catalog);
  const currencies = new Set(lists.map((list) => list.currency));

  const listIds = new Set<string>();
  const channelCurrency = new Set<string>();
  catalog.priceLists.forEach((list, i) => {
    if (listIds.has(list.id)) error(['priceLists', i, 'id'], `duplicate price list id "${list.id}"`);
    listIds.add(list.id);
    const key = `${list.channel} ${list.currency}`;
    if (channelCurrency.has(key)) error(['priceLists', i], `a second "${list.channel}" price list in ${list.currency}; a channel has one list per currency`);
    channelCurrency.add(key);
  });

  const countries = new Set<string>();
  catalog.markets.forEach((market, i) => {
    if (countries.has(market.country)) error(['markets', i, 'country'], `duplicate market "${market.country}"`);
    countries.add(market.country);
    if (!currencies.has(market.currency)) {
      error(['markets', i, 'currency'], `no price list is in ${market.currency}; add one to "priceLists" or use ${[...currencies].join(' or ')}`);
    }
  });

  catalog.quantityTiers.forEach((tier, i) => {
    if (i > 0 && tier.from <= catalog.quantityTiers[i - 1]!.from) error(['quantityTiers', i, 'from'], 'quantity tiers must be in increasing order of "from"');
    if (tier.from > catalog.maxQuantity) error(['quantityTiers', i, 'from'], `no order can reach ${tier.from} units: maxQuantity is ${catalog.maxQuantity}`);
  });

  for (const { path, money } of moneyFields(catalog)) {
    const isCost = path.at(-1) === 'cost' || path[0] === 'baseCost';
    const negative = typeof money === 'number' ? money < 0 : Object.values(money).some((amount) => amount < 0);
    // A negative cost would lower the floor discounts may not go below: never meaningful.
    if (isCost && negative) error(path, 'a cost cannot be negative');
    if (typeof money === 'number') {
      const others = [...currencies].filter((c) => c !== catalog.currency);
      if (money !== 0 && others.length > 0) {
        error(path, `a price list is in ${others.join(', ')}: write this amount per currency, e.g. {"${catalog.currency}": ${money}, "${others[0]}": …}`);
      }
      continue;
    }
    for (const currency of currencies) {
      if (money[currency] === undefined) error(path, `no ${currency} amount; the ${currency} price list needs one`);
    }
    for (const currency of Object.keys(money)) {
      if (!currencies.has(currency)) error([...path, currency], `no price list is in ${currency}`);
    }
  }
}
