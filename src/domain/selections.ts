import type { Catalog, MultiGroup, NumberGroup, OptionGroup, OptionValue, TextGroup } from './catalog-schema.ts';

/** A value of one option group: a value id (single), value ids (multi), a number, or a text. */
export type SelectionValue = string | readonly string[] | number;

/** Values by group id. A full selection has every group; the customer's own choices may be partial. */
export type Selections = Readonly<Record<string, SelectionValue>>;

export function defaultSelections(catalog: Catalog): Selections {
  const result: Record<string, SelectionValue> = {};
  for (const group of catalog.groups) result[group.id] = group.default;
  return result;
}

export function findGroup(catalog: Catalog, groupId: string): OptionGroup | undefined {
  return catalog.groups.find((group) => group.id === groupId);
}

export function findValue(group: OptionGroup, valueId: string): OptionValue | undefined {
  return group.kind === 'single' || group.kind === 'multi' ? group.values.find((value) => value.id === valueId) : undefined;
}

/** Reads a group's value from selections, whatever object it came from (own keys only). */
export function selectionOf(selections: Selections, groupId: string): SelectionValue | undefined {
  return Object.hasOwn(selections, groupId) ? selections[groupId] : undefined;
}

/** The value ids a single or multi group holds in a selection, in catalog order. */
export function chosenValueIds(group: OptionGroup, selection: SelectionValue | undefined): string[] {
  if (group.kind === 'single') return typeof selection === 'string' && findValue(group, selection) ? [selection] : [];
  if (group.kind === 'multi') return multiValues(group, selection);
  return [];
}

/** Every allowed value of a number group, smallest first. */
export function numberSteps(group: NumberGroup): number[] {
  const count = Math.round((group.max - group.min) / group.step);
  return Array.from({ length: count + 1 }, (_, i) => roundToStepPrecision(group, group.min + i * group.step));
}

/**
 * Avoids 0.1 + 0.2 style noise in step values: rounds to the decimals that `min` and `step`
 * can produce (e.g. min 62.5, step 5 → 1 decimal), so steps match `invalidValueReason`.
 */
function roundToStepPrecision(group: NumberGroup, value: number): number {
  const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
  return Number(value.toFixed(Math.min(10, Math.max(decimals(group.min), decimals(group.step)))));
}

/** Why `value` is not acceptable for `group`, or undefined when it is. */
export function invalidValueReason(group: OptionGroup, value: unknown): string | undefined {
  switch (group.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${group.label} must be a number`;
      if (value < group.min || value > group.max) return `${group.label} must be between ${group.min} and ${group.max} ${group.unit}`;
      const steps = (value - group.min) / group.step;
      if (Math.abs(steps - Math.round(steps)) > 1e-9) return `${group.label} goes in steps of ${group.step} ${group.unit}`;
      return undefined;
    }
    case 'single':
      if (typeof value !== 'string' || !findValue(group, value)) return `"${String(value)}" is not an option of ${group.label}`;
      return undefined;
    case 'multi':
      return invalidMultiReason(group, value);
    case 'text':
      return invalidTextReason(group, value);
  }
}

function invalidMultiReason(group: MultiGroup, value: unknown): string | undefined {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return `${group.label} must be a list of options`;
  const ids = value as string[];
  const unknown = ids.find((id) => !findValue(group, id));
  if (unknown !== undefined) return `"${unknown}" is not an option of ${group.label}`;
  if (new Set(ids).size !== ids.length) return `${group.label} lists an option twice`;
  const max = group.maxCount ?? group.values.length;
  if (ids.length < group.minCount) return `choose at least ${group.minCount} for ${group.label}`;
  if (ids.length > max) return `choose at most ${max} for ${group.label}`;
  return undefined;
}

// Control characters would corrupt labels, engravings and the spec; forbid them.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

function invalidTextReason(group: TextGroup, value: unknown): string | undefined {
  if (typeof value !== 'string') return `${group.label} must be text`;
  if ([...value].length > group.maxLength) return `${group.label} is at most ${group.maxLength} characters`;
  if (CONTROL_CHARACTERS.test(value)) return `${group.label} cannot contain control characters`;
  if (group.required && value.trim() === '') return `${group.label} is required`;
  if (value !== '' && group.pattern !== undefined && !safePattern(group.pattern)?.test(value)) return `${group.label} has characters that cannot be made`;
  return undefined;
}

/**
 * A repeated group that itself repeats or has alternatives — `(a+)+`, `(a|ab)*` — can take
 * exponential time on a crafted text (ReDoS). Catalog patterns may not use one; character
 * classes with a repetition (`[a-z ]*`) cover what engravings and names need.
 */
const RISKY_REPETITION = /\((?:[^()\\]|\\.)*(?:[+*?|]|\{\d)(?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d)/;

/** Why a catalog's text pattern cannot be used, or undefined when it can. */
export function unsafePatternReason(pattern: string): string | undefined {
  if (RISKY_REPETITION.test(pattern)) return 'a repeated group that itself repeats or has alternatives, like (a+)+, can make checking a text hang; use a character class such as [a-z ]*';
  if (/\\[1-9]|\\k</.test(pattern)) return 'back-references are not allowed in patterns';
  return safePattern(pattern) ? undefined : 'not a valid regular expression';
}

/** A catalog's text pattern as a RegExp, or undefined when it is not a valid expression. */
export function safePattern(pattern: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return undefined;
  }
}

/** Snaps a typed number to the nearest allowed step, within min/max. */
export function snapToStep(group: NumberGroup, value: number): number {
  const clamped = Math.min(group.max, Math.max(group.min, value));
  const steps = Math.round((clamped - group.min) / group.step);
  return roundToStepPrecision(group, group.min + steps * group.step);
}

/** Values a multi group holds now, in catalog order. */
export function multiValues(group: MultiGroup, selection: SelectionValue | undefined): string[] {
  const chosen = new Set(Array.isArray(selection) ? selection : []);
  return group.values.filter((v) => chosen.has(v.id)).map((v) => v.id);
}

/** Groups whose value in a full selection is not acceptable (e.g. a required text left empty). */
export function incompleteGroups(catalog: Catalog, selections: Selections): { groupId: string; reason: string }[] {
  return catalog.groups.flatMap((group) => {
    const reason = invalidValueReason(group, selectionOf(selections, group.id));
    return reason ? [{ groupId: group.id, reason }] : [];
  });
}
