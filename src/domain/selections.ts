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
  if (characterCount(value) > group.maxLength) return `${group.label} is at most ${group.maxLength} characters`;
  if (CONTROL_CHARACTERS.test(value)) return `${group.label} cannot contain control characters`;
  if (group.required && value.trim() === '') return `${group.label} is required`;
  if (value !== '' && group.pattern !== undefined && !(safePattern(group.pattern)?.test(value) ?? false)) return `${group.label} has characters that cannot be made`;
  return undefined;
}

/**
 * Catalog text patterns run against what customers type, so they must not be able to hang the
 * page (ReDoS). A pattern is refused when it repeats a group — `(a+)+`, `((a|b))*`, `(ab){2,}` —
 * has back-references, or has more than two unbounded repetitions (`\w*\w*\w*` backtracks
 * polynomially). What remains matches in at most quadratic time in the text's length (≤ 500).
 * Character classes with one repetition (`[\p{L} .-]*`) cover engravings and names.
 */
export function unsafePatternReason(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
  } catch {
    return 'not a valid regular expression';
  }
  let unbounded = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'back-references are not allowed in patterns';
      i++;
      continue;
    }
    if (c === '[') {
      // Skip the character class, honouring escapes inside it.
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      continue;
    }
    const quantifier = c === '*' || c === '+' || (c === '{' && /^\{\d+,\d*\}/.test(pattern.slice(i)));
    const bounded = c === '{' && /^\{\d+\}/.test(pattern.slice(i));
    // An optional group "( [a-z]+)?" is fine; a repeated one is not.
    if ((quantifier || bounded) && pattern[i - 1] === ')') {
      return 'a repeated group like (a+)+ can make checking a text hang; repeat single characters or classes instead, e.g. [a-z ]*';
    }
    if (quantifier && !/^\{\d+,\d+\}/.test(pattern.slice(i))) unbounded++;
  }
  if (unbounded > 2) return 'more than two unbounded repetitions (*, +, {n,}) can make checking a text hang; use one character class such as [a-z ]*';
  return undefined;
}

/** A catalog's text pattern, anchored to the whole text, or undefined when it is not usable. */
export function safePattern(pattern: string): RegExp | undefined {
  if (unsafePatternReason(pattern) !== undefined) return undefined;
  return new RegExp(`^(?:${pattern})$`, 'u');
}

/** Whether a text option holds something to make (whitespace alone counts as empty). */
export function isFilled(value: SelectionValue | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

const graphemes = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : undefined;

/** Characters as people count them: a flag, an emoji with a skin tone or an accented letter is one. */
export function characterCount(text: string): number {
  if (!graphemes) return [...text].length;
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
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

/** Steps as readable runs: [100, 105, 110, 150] with step 5 → "100–110, 150". */
export function describeStepRuns(values: readonly number[], step: number): string {
  const runs: [number, number][] = [];
  for (const value of values) {
    const last = runs.at(-1);
    if (last && Math.abs(value - last[1] - step) < step / 1000) last[1] = value;
    else runs.push([value, value]);
  }
  return runs.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`)).join(', ');
}
