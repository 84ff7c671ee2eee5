import type { PriceBreakdown } from '../../domain/price-breakdown.ts';
import { formatMoney } from '../format.ts';

/** Every line of the price with why it is there; the total is the sum of the lines. */
export function PriceLines({ price }: { price: PriceBreakdown }) {
  return (
    <table className="price-lines">
      <caption className="visually-hidden">Price breakdown</caption>
      <tbody>
        {price.lines.map((line) => (
          <tr key={line.id} data-line-id={line.id}>
            <th scope="row">
              {line.label}
              {line.perUnit && (
                <span className="price-lines__detail">
                  {line.perUnit.units} {line.perUnit.unit}
                  {line.perUnit.from !== undefined && ` over ${line.perUnit.from} ${line.perUnit.unit}`} × {formatMoney(line.perUnit.unitPrice, price.currency)}
                </span>
              )}
              {line.percentOf && (
                <span className="price-lines__detail">
                  {line.percentOf.percent}% of {formatMoney(line.percentOf.base, price.currency)}
                </span>
              )}
            </th>
            <td>{formatMoney(line.amount, price.currency)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total (incl. VAT)</th>
          <td>{formatMoney(price.total, price.currency)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
