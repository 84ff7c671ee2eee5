import type { OptionGroup } from '../../domain/catalog-schema.ts';
import { valueLabels } from '../../domain/describe-selection.ts';
import type { SelectionValue } from '../../domain/selections.ts';
import { translate } from './i18n.ts';

/** One phrase for a group's value in the current language: "Solid walnut", "170 cm", "Cable tray and Drawer", "none". */
export function describeChoice(group: OptionGroup, value: SelectionValue | undefined): string {
  const labels = valueLabels(group, value);
  if (labels.length === 0) return translate('value.none');
  if (labels.length === 1) return labels[0]!;
  return `${labels.slice(0, -1).join(', ')}${translate('value.and')}${labels.at(-1)}`;
}
