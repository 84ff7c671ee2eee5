import type { PricingChoice } from '../domain/pricing-terms.ts';
import type { Catalog, MultiGroup, NumberGroup, OptionGroup, SingleGroup, TextGroup } from '../domain/catalog-schema.ts';
import { engineFor } from '../domain/configuration-engine.ts';
import { describeValue } from '../domain/describe-selection.ts';
import { resolveSelections } from '../domain/resolve-selections.ts';
import { findViolations, ruleGroups } from '../domain/rules.ts';
import { characterCount, findValue, invalidValueReason, snapToStep, type SelectionValue, type Selections } from '../domain/selections.ts';

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
  /** What was dropped or changed, in plain words for the customer. */
  readonly notes: readonly string[];
  /** The order's terms (country, price list, quantity) when the design carries them. */
  readonly pricing?: PricingChoice;
}

export const NO_LONGER_OFFERED = 'This link is for a product we no longer offer.';
export const OLDER_VERSION_NOTE =
  'This design was made with an earlier version of the catalog; we kept every choice that still exists and checked it against today\u2019s rules.';

/** At most this many notes, so a hostile design cannot flood the page. */
const MAX_NOTES = 12;

/**
 * Checks a design from outside against today's catalog and rules: unknown options and values are
 * dropped, numbers off the step are rounded to it, and choices that no longer fit together are
 * dropped in catalog order until the rest can be completed into a valid product. Never throws.
 * Prices and rules are never taken from the design; they are recomputed from the catalog.
 */
export function restoreDesign(catalogs: readonly Catalog[], design: DesignToRestore): RestoredDesign {
  const catalog = catalogs.find((c) => c.id === design.catalogId) ?? null;
  if (!catalog) return { catalog: null, choices: {}, notes: [NO_LONGER_OFFERED] };
  const notes: string[] = [];
  if (design.catalogVersion !== catalog.version) notes.push(OLDER_VERSION_NOTE);
  const raw = design.choices;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw !== undefined) notes.push(`We couldn\u2019t read the choices in this design, so we opened the standard ${lower(catalog.name)}.`);
    return { catalog, choices: {}, notes };
  }
  const record = raw as Record<string, unknown>;

  const known = new Set(catalog.groups.map((g) => g.id));
  const unknownGroups = Object.keys(record).filter((id) => !known.has(id));
  if (unknownGroups.length > 0) {
    const names = unknownGroups.slice(0, 3).map(quote).join(', ') + (unknownGroups.length > 3 ? ` and ${unknownGroups.length - 3} more` : '');
    notes.push(`This design had options this ${lower(catalog.name)} no longer has (${names}), so we left them out.`);
  }

  const accepted: Record<string, SelectionValue> = {};
  for (const group of catalog.groups) {
    if (!Object.hasOwn(record, group.id)) continue;
    const checked = checkValue(catalog, group, record[group.id]);
    if (checked.note) notes.push(checked.note);
    if (checked.value !== undefined) accepted[group.id] = checked.value;
  }

  // Today's rules decide: keep choices in catalog order while they still lead to a valid product.
  const engine = engineFor(catalog);
  const kept: Record<string, SelectionValue> = {};
  for (const group of catalog.groups) {
    if (!Object.hasOwn(accepted, group.id)) continue;
    const value = accepted[group.id]!;
    if (engine.consistent({ ...kept, [group.id]: value })) kept[group.id] = value;
    else notes.push(conflictNote(catalog, group, value, kept));
  }

  return { catalog, choices: kept, notes: notes.length > MAX_NOTES ? [...notes.slice(0, MAX_NOTES - 1), 'Some other choices were changed too.'] : notes };
}

interface Checked {
  readonly value?: SelectionValue;
  readonly note?: string;
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
  const standard = `so we kept the standard ${label}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return { note: `This design\u2019s ${label} was not a number, ${standard}.` };
  const asked = `This design asked for a ${shortNumber(value)} ${group.unit} ${label}`;
  if (value > group.max) return { note: `${asked}; this ${lower(catalog.name)} goes up to ${group.max} ${group.unit}, ${standard}.` };
  if (value < group.min) return { note: `${asked}; this ${lower(catalog.name)} starts at ${group.min} ${group.unit}, ${standard}.` };
  if (invalidValueReason(group, value) === undefined) return { value };
  const snapped = snapToStep(group, value);
  return { value: snapped, note: `${asked}; the ${label} goes in steps of ${group.step} ${group.unit}, so we used ${snapped} ${group.unit}.` };
}

function checkSingle(group: SingleGroup, value: unknown): Checked {
  if (typeof value === 'string' && findValue(group, value)) return { value };
  const what = typeof value === 'string' ? ` (${quote(value)})` : '';
  return { note: `This design asked for a ${lower(group.label)} we no longer offer${what}, so we kept the standard ${lower(group.label)}.` };
}

function checkMulti(group: MultiGroup, value: unknown): Checked {
  const label = lower(group.label);
  if (!Array.isArray(value)) return { note: `We couldn\u2019t read the ${label} in this design, so we kept the standard ${label}.` };
  const wanted = new Set(value.filter((v): v is string => typeof v === 'string'));
  const unknown = [...wanted].filter((id) => !findValue(group, id));
  const notes: string[] = [];
  if (unknown.length > 0 || value.some((v) => typeof v !== 'string')) {
    const names = unknown.slice(0, 3).map(quote).join(', ');
    notes.push(
      names
        ? `We no longer offer ${names} among the ${label}, so we left ${unknown.length === 1 ? 'it' : 'them'} out.`
        : `Some ${label} in this design could not be read, so we left them out.`,
    );
  }
  let ids = group.values.filter((v) => wanted.has(v.id)).map((v) => v.id);
  const max = group.maxCount ?? group.values.length;
  if (ids.length > max) {
    ids = ids.slice(0, max);
    notes.push(`You can choose at most ${max} ${label}, so we kept the first ${max}.`);
  }
  if (ids.length < group.minCount) {
    notes.push(`At least ${group.minCount} ${label} are needed, so we kept the standard ${label}.`);
    return { note: notes.join(' ') };
  }
  return { value: ids, ...(notes.length > 0 ? { note: notes.join(' ') } : {}) };
}

function checkText(group: TextGroup, value: unknown): Checked {
  const label = lower(group.label);
  if (typeof value !== 'string') return { note: `We couldn\u2019t read the ${label} in this design, so we left it out.` };
  if (invalidValueReason(group, value) === undefined) return { value };
  if (characterCount(value) > group.maxLength) return { note: `The ${label} in this design is longer than ${group.maxLength} characters, so we left it out.` };
  if (group.required && value.trim() === '') return { note: `This design had no ${label}; please add one.` };
  return { note: `The ${label} in this design has characters we can\u2019t make, so we left it out.` };
}

function conflictNote(catalog: Catalog, group: OptionGroup, value: SelectionValue, kept: Selections): string {
  const tried = resolveSelections(catalog, { ...kept, [group.id]: value });
  const rule = findViolations(catalog, tried).find((r) => ruleGroups(r).has(group.id));
  const why = rule ? `: ${rule.message}` : ' under today\u2019s rules.';
  const described = group.kind === 'text' ? 'the text' : describeValue(group, value);
  return `We left out ${described} for the ${lower(group.label)}, as it no longer fits with your other choices${why}`;
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
