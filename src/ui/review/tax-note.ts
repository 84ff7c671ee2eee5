import type { PriceBreakdown } from '../../domain/price-breakdown.ts';
import { formatMoney } from '../format.ts';
import { translate } from '../i18n/i18n.ts';

/** What the shown total means for tax: "incl. 21% VAT", "excl. VAT · €559.23 with VAT", "no VAT …". */
export function taxNote(price: Pick<PriceBreakdown, 'taxes' | 'payable' | 'currency'>): string | undefined {
  const tax = price.taxes[0];
  if (!tax) return undefined;
  if (tax.included) return translate('tax.included', { rate: tax.rate, tax: tax.name });
  if (tax.rate === 0) return translate('tax.none', { tax: tax.name });
  return translate('tax.excluded', { tax: tax.name, payable: formatMoney(price.payable, price.currency) });
}
