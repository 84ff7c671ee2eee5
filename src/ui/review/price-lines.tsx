import type { PriceLine, TaxLine } from '../../domain/price-breakdown.ts';
import type { Cents } from '../../domain/money.ts';
import { formatMoney, formatNumber } from '../format.ts';
import { useT } from '../i18n/i18n.ts';

export interface PriceLinesProps {
  readonly price: { readonly currency: string; readonly lines: readonly PriceLine[]; readonly total: Cents; readonly payable: Cents };
  readonly taxes: readonly TaxLine[];
}

/**
 * Every line of the price with why it is there; the total is the sum of the lines. Tax is shown
 * as the catalog's list has it: "of which" on a tax-inclusive list, added on top (with the amount
 * to pay) on an exclusive one.
 */
export function PriceLines({ price, taxes }: PriceLinesProps) {
  const t = useT();
  const money = (amount: Cents) => formatMoney(amount, price.currency);
  const added = taxes.filter((tax) => !tax.included);
  const included = taxes.filter((tax) => tax.included);
  const totalLabel = included.length > 0 ? t('price.totalInclVat') : added.length > 0 ? t('price.totalBeforeTax') : t('price.total');
  return (
    <table className="price-lines">
      <caption className="visually-hidden">{t('price.caption')}</caption>
      <tbody>
        {price.lines.map((line) => (
          <tr key={line.id} data-line-id={line.id}>
            <th scope="row">
              {line.label}
              {line.perUnit && (
                <span className="price-lines__detail">
                  {formatNumber(line.perUnit.units)} {line.perUnit.unit}
                  {line.perUnit.from !== undefined && t('price.over', { from: line.perUnit.from, unit: line.perUnit.unit })} × {money(line.perUnit.unitPrice)}
                </span>
              )}
              {line.percentOf && (
                <span className="price-lines__detail">{t('price.percentOf', { percent: line.percentOf.percent, base: money(line.percentOf.base) })}</span>
              )}
              {line.times && (
                <span className="price-lines__detail">
                  {line.times.count} × {money(line.times.each)}
                </span>
              )}
            </th>
            <td>{money(line.amount)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{totalLabel}</th>
          <td data-testid="breakdown-total">{money(price.total)}</td>
        </tr>
        {included.map((tax) => (
          <tr key={tax.id} className="price-lines__tax" data-tax-id={tax.id}>
            <th scope="row">
              {t('price.ofWhich', { tax: tax.label })}
              <span className="price-lines__detail">{t('price.on', { base: money(tax.base) })}</span>
            </th>
            <td>{money(tax.amount)}</td>
          </tr>
        ))}
        {added.map((tax) => (
          <tr key={tax.id} className="price-lines__tax" data-tax-id={tax.id}>
            <th scope="row">
              {tax.label}
              {tax.rate > 0 && <span className="price-lines__detail">{t('price.percentOf', { percent: tax.rate, base: money(tax.base) })}</span>}
            </th>
            <td>{money(tax.amount)}</td>
          </tr>
        ))}
        {added.length > 0 && (
          <tr className="price-lines__payable">
            <th scope="row">{t('price.toPay')}</th>
            <td data-testid="breakdown-payable">{money(price.payable)}</td>
          </tr>
        )}
      </tfoot>
    </table>
  );
}
