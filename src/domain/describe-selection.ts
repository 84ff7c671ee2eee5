import type { OptionGroup } from './catalog-schema.ts';
import { chosenValueIds, findValue, isFilled, type SelectionValue } from './selections.ts';
import { domainLabels, type DomainLabels } from './domain-labels.ts';

/** The labels of a group's value, for people: ["Solid walnut"], ["170 cm"], ["Cable tray", "Monitor arm"], ["“Ada”"]. */
export function valueLabels(group: OptionGroup, value: SelectionValue | undefined): string[] {
  if (group.kind === 'number') return typeof value === 'number' ? [`${value} ${group.unit}`] : [];
  if (group.kind === 'text') return isFilled(value) ? [`“${value}”`] : [];
  return chosenValueIds(group, value).map((id) => findValue(group, id)?.label ?? id);
}

/** One phrase for a group's value: "Solid walnut", "170 cm", "Cable tray and Monitor arm", "none" (in the language of `words`). */
export function describeValue(group: OptionGroup, value: SelectionValue | undefined, words: DomainLabels = domainLabels()): string {
  const labels = valueLabels(group, value);
  if (labels.length === 0) return words.none;
  if (labels.length === 1) return labels[0]!;
  return `${labels.slice(0, -1).join(', ')}${words.and}${labels.at(-1)}`;
}
