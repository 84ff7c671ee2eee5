import type { PricingChoice } from '../domain/pricing-terms.ts';
import type { Catalog, MultiGroup, NumberGroup, OptionGroup, SingleGroup, TextGroup } from '../domain/catalog-schema.ts';
import { engineFor } from '../domain/configuration-engine.ts';
import { describeValue } from '../domain/describe-selection.ts';
import { resolveSelections } from '../domain/resolve-selections.ts';
import { findViolations, ruleGroups } from '../domain/rules.ts';
import { characterCount, findValue, invalidValueReason, snapToStep, type SelectionValue, type Selections } from '../domain/selections.ts';
import { domainLabels } from '../domain/domain-labels.ts';
import { englishDesignNote, type DesignNote, type DesignNoteWords } from './design-notes.ts';

/** A design as it arrives from outside (a share link, this browser's saved designs): nothing in it is trusted. */
export interface DesignToRestore {
  readonly catalogId: string;
  readonly catalogVersion: string;
  /** Choices by group id, as read; checked against today's catalog. */
  readonly choices: unknown;
}

export interface RestoredDesign {
  /** The product, or null when it is no longer offered. */
  readonly catalog: Catalog | null;
  /** Choices every one of which is acceptable and which together still lead to a valid product. */
  readonly choices: Selections;
  /** What was dropped or changed, in plain words for the customer (in the language of the `words` given; English by default). */
  readonly notes: readonly string[];
  /** The order's terms (country, price list, quantity) when the design carries them. */
  readonly pricing?: PricingChoice;
}

export const NO_LONGER_OFFERED = englishDesignNote({ code: 'productGone' });
export const OLDER_VERSION_NOTE = englishDesignNote({ code: 'olderVersion' });

/** At most this many notes, so a hostile design cannot flood the page. */
const MAX_NOTES = 12;

/**
 * Checks a design from outside against today's catalog and rules: unknown options and values are
 * dropped, numbers off the step are rounded to it, and choices that no longer fit together are
 * dropped in catalog order until the rest can be completed into a valid product. Never throws.
 * Prices and rules are never taken from the design; they are recomputed from the catalog.
 */
export function restoreDesign(catalogs: readonly Catalog[], design: DesignToRestore, words: DesignNoteWords = englishDesignNote): RestoredDesign {
  const catalog = catalogs.find((c) => c.id === design.catalogId) ?? null;
  if (!catalog) return { catalog: null, choices: {}, notes: [words({ code: 'productGone' })] };
  const notes: string[] = [];
  if (design.catalogVersion !== catalog.version) notes.push(words({ code: 'olderVersion' }));
  const raw = design.choices;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw !== undefined) notes.push(words({ code: 'choicesUnreadable', params: { product: lower(catalog.name) } }));
    return { catalog, choices: {}, notes };
  }
  const record = raw as Record<string, unknown>;

  const known = new Set(catalog.groups.map((g) => g.id));
  const unknownGroups = Object.keys(record).filter((id) => !known.has(id));
  if (unknownGroups.length > 0) {
    const names = unknownGroups.slice(0, 3).map(quote).join(', ');
    const product = lower(catalog.name);
    notes.push(
      words(
        unknownGroups.length > 3
          ? { code: 'optionsGoneMore', params: { product, names, more: unknownGroups.length - 3 } }
          : { code: 'optionsGone', params: { product, names } },
      ),
    );
  }

  const accepted: Record<string, SelectionValue> = {};
  for (const group of catalog.groups) {
    if (!Object.hasOwn(record, group.id)) continue;
    const checked = checkValue(catalog, group, record[group.id]);
    if (checked.notes.length > 0) notes.push(checked.notes.map(words).join(' '));
    if (checked.value !== undefined) accepted[group.id] = checked.value;
  }

  // Today's rules decide: keep choices in catalog order while they still lead to a valid product.
  const engine = engineFor(catalog);
  const kept: Record<string, SelectionValue> = {};
  for (const group of catalog.groups) {
    if (!Object.hasOwn(accepted, group.id)) continue;
    const value = accepted[group.id]!;
    if (engine.consistent({ ...kept, [group.id]: value })) kept[group.id] = value;
    else notes.push(words(conflictNote(catalog, group, value, kept)));
  }

  return { catalog, choices: kept, notes: notes.length > MAX_NOTES ? [...notes.slice(0, MAX_NOTES - 1), words({ code: 'moreChanges' })] : notes };
}

interface Checked {
  readonly value?: SelectionValue;
  /** Worded together, as one note. */
  readonly notes: readonly DesignNote[];
}

function checkValue(catalog: Catalog, group: OptionGroup, value: unknown): Checked {
  switch (group.kind) {
    case 'number':
      return checkNumber(catalog, group, value);
    case 'single':
      return checkSingle(group, value);
    case 'multi':
      return checkMulti(group, value);
    case 'text':
      return checkText(group, value);
  }
}

function checkNumber(catalog: Catalog, group: NumberGroup, value: unknown): Checked {
  const label = lower(group.label);
  if (typeof value !== 'number' || !Number.isFinite(value)) return { notes: [{ code: 'numberUnreadable', params: { label } }] };
  const asked = { value: shortNumber(value), unit: group.unit, label, product: lower(catalog.name) };
  if (value > group.max) return { notes: [{ code: 'numberTooHigh', params: { ...asked, max: group.max } }] };
  if (value < group.min) return { notes: [{ code: 'numberTooLow', params: { ...asked, min: group.min } }] };
  if (invalidValueReason(group, value) === undefined) return { value, notes: [] };
  const snapped = snapToStep(group, value);
  return { value: snapped, notes: [{ code: 'numberSnapped', params: { ...asked, step: group.step, snapped } }] };
}

function checkSingle(group: SingleGroup, value: unknown): Checked {
  if (typeof value === 'string' && findValue(group, value)) return { value, notes: [] };
  const label = lower(group.label);
  return {
    notes: [typeof value === 'string' ? { code: 'valueGone', params: { label, value: quote(value) } } : { code: 'valueUnreadable', params: { label } }],
  };
}

function checkMulti(group: MultiGroup, value: unknown): Checked {
  const label = lower(group.label);
  if (!Array.isArray(value)) return { notes: [{ code: 'listUnreadable', params: { label } }] };
  const wanted = new Set(value.filter((v): v is string => typeof v === 'string'));
  const unknown = [...wanted].filter((id) => !findValue(group, id));
  const notes: DesignNote[] = [];
  if (unknown.length > 0 || value.some((v) => typeof v !== 'string')) {
    const names = unknown.slice(0, 3).map(quote).join(', ');
    notes.push(names ? { code: 'listValuesGone', params: { names, label, count: unknown.length } } : { code: 'listValuesUnreadable', params: { label } });
  }
  let ids = group.values.filter((v) => wanted.has(v.id)).map((v) => v.id);
  const max = group.maxCount ?? group.values.length;
  if (ids.length > max) {
    ids = ids.slice(0, max);
    notes.push({ code: 'listTooMany', params: { count: max, label } });
  }
  if (ids.length < group.minCount) {
    notes.push({ code: 'listTooFew', params: { count: group.minCount, label } });
    return { notes };
  }
  return { value: ids, notes };
}

function checkText(group: TextGroup, value: unknown): Checked {
  const label = lower(group.label);
  if (typeof value !== 'string') return { notes: [{ code: 'textUnreadable', params: { label } }] };
  if (invalidValueReason(group, value) === undefined) return { value, notes: [] };
  if (characterCount(value) > group.maxLength) return { notes: [{ code: 'textTooLong', params: { label, max: group.maxLength } }] };
  if (group.required && value.trim() === '') return { notes: [{ code: 'textMissing', params: { label } }] };
  return { notes: [{ code: 'textCannotMake', params: { label } }] };
}

function conflictNote(catalog: Catalog, group: OptionGroup, value: SelectionValue, kept: Selections): DesignNote {
  const tried = resolveSelections(catalog, { ...kept, [group.id]: value });
  const rule = findViolations(catalog, tried).find((r) => ruleGroups(r).has(group.id));
  const label = lower(group.label);
  if (group.kind === 'text') return rule ? { code: 'textConflictRule', params: { label, rule: rule.message } } : { code: 'textConflict', params: { label } };
  // The value's words ("none", " and ") follow the catalog's language, like its labels.
  const described = describeValue(group, value, domainLabels(catalog.locale));
  return rule ? { code: 'conflictRule', params: { value: described, label, rule: rule.message } } : { code: 'conflict', params: { value: described, label } };
}

function lower(text: string): string {
  return text.toLowerCase();
}

/** Quotes something read from outside for a note: short, one line, no control characters. */
function quote(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim();
  return `\u201c${clean.length > 30 ? `${clean.slice(0, 30)}\u2026` : clean}\u201d`;
}

function shortNumber(value: number): string {
  return Math.abs(value) >= 1e6 ? value.toExponential(2) : String(Number(value.toFixed(3)));
}
