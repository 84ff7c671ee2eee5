import type { OrderSpec } from '../../domain/order-spec.ts';
import { useT } from '../i18n/i18n.ts';

/** The parts production builds from: name, SKU and quantity, as in the order spec. */
export function BomTable({ lines, label }: { lines: OrderSpec['billOfMaterials']; label?: string }) {
  const t = useT();
  return (
    <table className="bom" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{t('done.part')}</th>
          <th scope="col">{t('done.sku')}</th>
          <th scope="col">{t('done.qty')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.componentId}>
            <td>{line.name}</td>
            <td>
              <code>{line.sku}</code>
            </td>
            <td>{line.quantity}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
