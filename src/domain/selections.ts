import type { Catalog, MultiGroup, NumberGroup, OptionGroup, OptionValue, TextGroup } from './catalog-schema.ts';
import { fillTemplate } from './fill-template.ts';

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

const stepsOf = new WeakMap<NumberGroup, readonly number[]>();

/** Every allowed value of a number group, smallest first (computed once per group object: the engine asks on every click). */
export function numberSteps(group: NumberGroup): readonly number[] {
  let steps = stepsOf.get(group);
  if (!steps) {
    const count = Math.round((group.max - group.min) / group.step);
    steps = Object.freeze(Array.from({ length: count + 1 }, (_, i) => roundToStepPrecision(group, group.min + i * group.step)));
    stepsOf.set(group, steps);
  }
  return steps;
}

/**
 * Avoids 0.1 + 0.2 style noise in step values: rounds to the decimals that `min` and `step`
 * can produce (e.g. min 62.5, step 5 → 1 decimal), so steps match `invalidValueReason`.
 */
function roundToStepPrecision(group: NumberGroup, value: number): number {
  const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
  return Number(value.toFixed(Math.min(10, Math.max(decimals(group.min), decimals(group.step)))));
}

/**
 * Why a value is not acceptable for its group, as a code with parameters (the group's label, the
 * limits), so each reader words it in its own language: `invalidValueReason` in English for the
 * domain, the CLIs and the server; the UI from its message tables (`valueProblem.<code>`).
 */
export type ValueProblem =
  | {
      readonly code: 'notNumber' | 'notList' | 'listsTwice' | 'notText' | 'controlCharacters' | 'required' | 'cannotMake';
      readonly params: { readonly label: string };
    }
  | { readonly code: 'outOfRange'; readonly params: { readonly label: string; readonly min: number; readonly max: number; readonly unit: string } }
  | { readonly code: 'offStep'; readonly params: { readonly label: string; readonly step: number; readonly unit: string } }
  | { readonly code: 'notOption'; readonly params: { readonly label: string; readonly value: string } }
  | { readonly code: 'tooFew' | 'tooMany'; readonly params: { readonly label: string; readonly count: number } }
  | { readonly code: 'tooLong'; readonly params: { readonly label: string; readonly max: number } };

export type ValueProblemCode = ValueProblem['code'];

/** The English wording of each problem; `{name}` is a parameter. Other languages: see catalog-messages.ts and the UI's tables. */
export const VALUE_PROBLEM_TEXTS: Readonly<Record<ValueProblemCode, string>> = {
  notNumber: '{label} must be a number',
  outOfRange: '{label} must be between {min} and {max} {unit}',
  offStep: '{label} goes in steps of {step} {unit}',
  notOption: '"{value}" is not an option of {label}',
  notList: '{label} must be a list of options',
  listsTwice: '{label} lists an option twice',
  tooFew: 'choose at least {count} for {label}',
  tooMany: 'choose at most {count} for {label}',
  notText: '{label} must be text',
  tooLong: '{label} is at most {max} characters',
  controlCharacters: '{label} cannot contain control characters',
  required: '{label} is required',
  cannotMake: '{label} has characters that cannot be made',
};

/** A problem in words, from a table of templates (English by default). Numbers are written as in JSON: 62.5, 1000. */
export function formatValueProblem(problem: ValueProblem, texts: Readonly<Record<ValueProblemCode, string>> = VALUE_PROBLEM_TEXTS): string {
  return fillTemplate(texts[problem.code], problem.params);
}

/** Why `value` is not acceptable for `group`, in English, or undefined when it is. */
export function invalidValueReason(group: OptionGroup, value: unknown): string | undefined {
  const problem = valueProblem(group, value);
  return problem && formatValueProblem(problem);
}

/** Why `value` is not acceptable for `group`, or undefined when it is. */
export function valueProblem(group: OptionGroup, value: unknown): ValueProblem | undefined {
  const label = group.label;
  switch (group.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'notNumber', params: { label } };
      if (value < group.min || value > group.max) return { code: 'outOfRange', params: { label, min: group.min, max: group.max, unit: group.unit } };
      const steps = (value - group.min) / group.step;
      if (Math.abs(steps - Math.round(steps)) > 1e-9) return { code: 'offStep', params: { label, step: group.step, unit: group.unit } };
      return undefined;
    }
    case 'single':
      if (typeof value !== 'string' || !findValue(group, value)) return { code: 'notOption', params: { label, value: String(value) } };
      return undefined;
    case 'multi':
      return multiProblem(group, value);
    case 'text':
      return textProblem(group, value);
  }
}

function multiProblem(group: MultiGroup, value: unknown): ValueProblem | undefined {
  const label = group.label;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return { code: 'notList', params: { label } };
  const ids = value as string[];
  const unknown = ids.find((id) => !findValue(group, id));
  if (unknown !== undefined) return { code: 'notOption', params: { label, value: unknown } };
  if (new Set(ids).size !== ids.length) return { code: 'listsTwice', params: { label } };
  const max = group.maxCount ?? group.values.length;
  if (ids.length < group.minCount) return { code: 'tooFew', params: { label, count: group.minCount } };
  if (ids.length > max) return { code: 'tooMany', params: { label, count: max } };
  return undefined;
}

// Control characters would corrupt labels, engravings and the spec; forbid them.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

function textProblem(group: TextGroup, value: unknown): ValueProblem | undefined {
  const label = group.label;
  if (typeof value !== 'string') return { code: 'notText', params: { label } };
  if (characterCount(value) > group.maxLength) return { code: 'tooLong', params: { label, max: group.maxLength } };
  if (CONTROL_CHARACTERS.test(value)) return { code: 'controlCharacters', params: { label } };
  if (group.required && value.trim() === '') return { code: 'required', params: { label } };
  if (value !== '' && group.pattern !== undefined && !(safePattern(group.pattern)?.test(value) ?? false)) return { code: 'cannotMake', params: { label } };
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
  const code = unsafePatternProblem(pattern);
  return code && UNSAFE_PATTERN_TEXTS[code];
}

/** Why a pattern is refused, as a code (see `unsafePatternReason`; other languages: catalog-messages.ts). */
export type UnsafePatternCode = 'invalid' | 'backReference' | 'repeatedGroup' | 'unbounded';

export const UNSAFE_PATTERN_TEXTS: Readonly<Record<UnsafePatternCode, string>> = {
  invalid: 'not a valid regular expression',
  backReference: 'back-references are not allowed in patterns',
  repeatedGroup: 'a repeated group like (a+)+ can make checking a text hang; repeat single characters or classes instead, e.g. [a-z ]*',
  unbounded: 'more than two unbounded repetitions (*, +, {n,}) can make checking a text hang; use one character class such as [a-z ]*',
};

/** `unsafePatternReason` as a code. */
export function unsafePatternProblem(pattern: string): UnsafePatternCode | undefined {
  try {
    new RegExp(pattern, 'u');
  } catch {
    return 'invalid';
  }
  let unbounded = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'backReference';
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
    if ((quantifier || bounded) && pattern[i - 1] === ')') return 'repeatedGroup';
    if (quantifier && !/^\{\d+,\d+\}/.test(pattern.slice(i))) unbounded++;
  }
  if (unbounded > 2) return 'unbounded';
  return undefined;
}

/** A catalog's text pattern, anchored to the whole text, or undefined when it is not usable. */
export function safePattern(pattern: string): RegExp | undefined {
  if (unsafePatternProblem(pattern) !== undefined) return undefined;
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

/** Groups whose value in a full selection is not acceptable (e.g. a required text left empty), with why in English. */
export function incompleteGroups(catalog: Catalog, selections: Selections): { groupId: string; reason: string }[] {
  return incompleteProblems(catalog, selections).map(({ groupId, problem }) => ({ groupId, reason: formatValueProblem(problem) }));
}

/** `incompleteGroups` with why as a code and parameters, for readers in other languages. */
export function incompleteProblems(catalog: Catalog, selections: Selections): { groupId: string; problem: ValueProblem }[] {
  return catalog.groups.flatMap((group) => {
    const problem = valueProblem(group, selectionOf(selections, group.id));
    return problem ? [{ groupId: group.id, problem }] : [];
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
