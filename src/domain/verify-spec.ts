import { invalidPricingReason, pricingTerms } from './pricing-terms.ts';
import { discountsOf } from './apply-discounts.ts';
import { approvalOf, unrecordedDiscounts } from './audit-trail.ts';
import { checkDiscounts, orderCost } from './discount-guardrails.ts';
import { priceBreakdown } from './price-breakdown.ts';
import { addCalendarDays } from './quote-terms.ts';
import type { Catalog, CatalogSource } from './catalog-schema.ts';
import { localizeCatalog } from './localize.ts';
import { canonicalJson } from './canonical-json.ts';
import { jsonPointer } from './json-pointer.ts';
import { resolveSelections } from './resolve-selections.ts';
import { buildOrderSpec, choiceSource, type SealedOrderSpec } from './order-spec.ts';
import { orderSpecSchema } from './order-spec-schema.ts';
import { rulesFingerprint } from './rules-fingerprint.ts';
import { findViolations, ruleGroups } from './rules.ts';
import { findGroup, invalidValueReason, type SelectionValue, type Selections } from './selections.ts';
import type { Digest } from './sha256.ts';
import { checkSpecIntegrity } from './spec-integrity.ts';

/** One problem with a spec, at a JSON pointer into it ("" is the whole spec). */
export interface SpecFinding {
  readonly pointer: string;
  readonly message: string;
}

/**
 * Everything production should check before building from a spec, as findings (none: trust it):
 * 1. the shape, against the order spec schema (unknown keys refused), including the picture reference's
 *    (PNG media type, pixel size and byte length within the limits, a 64-hex-digit SHA-256): the picture
 *    is not in the spec, so its hash is checked where the bytes arrive (`pictureFindings`), not here;
 * 2. the seal: the design must hash to `integrity.hash`, and the picture reference (if any) to
 *    `integrity.pictureHash` (`checkSpecIntegrity`; specs of version 1 have only the first);
 * 3. the total must be the sum of the price lines, and the amount payable the total plus the taxes not included in it;
 * 4. every discount line has the audit entry that gave it;
 * 5. with the catalog: same catalog id, version and rules; every choice valid and no rule broken;
 *    and the labels, bill of materials, pricing terms, price lines, taxes, totals and lead time recomputed from the
 *    choices (ship date from the spec's own order date) equal to the spec's, line by line; discounts within the
 *    catalog's guardrails (a manager-level discount approved by a manager on record) and never below cost;
 *    a quote's prices held no longer than the catalog allows.
 * Labels are in the spec's `locale`: given the catalog's `source` (every language), it is localized in that
 * locale before anything is recomputed; a catalog already localized must be in that locale.
 */
export async function verifySpec(specJson: unknown, catalogOrSource?: Catalog | { readonly source: CatalogSource }, digest?: Digest): Promise<SpecFinding[]> {
  const parsed = orderSpecSchema.safeParse(specJson);
  if (!parsed.success) {
    const findings = parsed.error.issues.map((issue) => ({ pointer: jsonPointer(issue.path), message: issue.message }));
    // The seal can still be checked when it is there: it tells a damaged spec from an old or foreign one.
    if (hasHash(specJson)) findings.push(...(await integrityFindings(specJson, digest)));
    return findings;
  }
  // The seal covers the spec as received (defaults not filled in).
  const findings = await integrityFindings(specJson as SealedOrderSpec, digest);
  const spec = parsed.data as unknown as SealedOrderSpec;
  const sum = spec.price.lines.reduce((total, line) => total + line.amount, 0);
  if (sum !== spec.price.total) findings.push({ pointer: '/price/total', message: `spec says ${spec.price.total}, its lines add up to ${sum}` });
  const payable = spec.taxes.reduce<number>((total, tax) => total + (tax.included ? 0 : tax.amount), spec.price.total);
  if (payable !== spec.price.payable) {
    findings.push({ pointer: '/price/payable', message: `spec says ${spec.price.payable}, the total and the taxes not included in it add up to ${payable}` });
  }
  findings.push(...auditFindings(spec));
  const catalog = catalogOrSource && 'source' in catalogOrSource ? localizeCatalog(catalogOrSource.source, spec.locale) : catalogOrSource;
  if (catalog) findings.push(...(await catalogFindings(spec, catalog, digest)));
  return findings;
}

/** Discount lines the audit trail does not account for, at the line's pointer. */
function auditFindings(spec: SealedOrderSpec): SpecFinding[] {
  const discountLines = spec.price.lines.flatMap((line, index) => (line.source.kind === 'discount' ? [index] : []));
  return unrecordedDiscounts(spec.audit, discountsOf(spec.price.lines)).map(({ index, message }) => ({
    pointer: jsonPointer(['price', 'lines', discountLines[index]!]),
    message,
  }));
}

function hasHash(value: unknown): value is { integrity: { hash: string; pictureHash?: string } } {
  if (typeof value !== 'object' || value === null) return false;
  const integrity = (value as { integrity?: unknown }).integrity;
  if (typeof integrity !== 'object' || integrity === null) return false;
  const { hash, pictureHash } = integrity as { hash?: unknown; pictureHash?: unknown };
  return typeof hash === 'string' && (pictureHash === undefined || typeof pictureHash === 'string');
}

async function integrityFindings(spec: { integrity: { hash: string; pictureHash?: string } }, digest?: Digest): Promise<SpecFinding[]> {
  let check;
  try {
    check = await checkSpecIntegrity(spec, digest);
  } catch (error) {
    return [{ pointer: '', message: `cannot be hashed: ${error instanceof Error ? error.message : String(error)}` }];
  }
  if (check.ok) return [];
  return check.mismatches.map(({ pointer, expected, actual }) => {
    if (pointer === '/integrity/hash')
      return { pointer, message: `spec says ${expected}, its content hashes to ${actual}: it was changed after it was sealed` };
    if (expected === null) return { pointer, message: `missing: the spec refers to a picture, so the seal must cover it (its reference hashes to ${actual})` };
    if (actual === null) return { pointer, message: `spec says ${expected}, but there is no picture reference for it to seal` };
    return { pointer, message: `spec says ${expected}, the picture reference hashes to ${actual}: it was changed after it was sealed` };
  });
}

async function catalogFindings(spec: SealedOrderSpec, catalog: Catalog, digest?: Digest): Promise<SpecFinding[]> {
  if (spec.catalog.id !== catalog.id) return [{ pointer: '/catalog/id', message: `spec is for catalog "${spec.catalog.id}", not "${catalog.id}"` }];
  const findings: SpecFinding[] = [];
  const locale = catalog.locale ?? 'en';
  if (spec.locale !== locale) findings.push({ pointer: '/locale', message: `spec says "${spec.locale}", the catalog's texts are in "${locale}"` });
  const expectedCatalog = { id: catalog.id, version: catalog.version, name: catalog.name, rulesFingerprint: await rulesFingerprint(catalog, digest) };
  diff(spec.catalog, expectedCatalog, ['catalog'], findings);
  // Against another version the comparison means nothing: say which version to use.
  if (spec.catalog.version !== catalog.version) return findings;

  const choiceFindings = selectionFindings(spec, catalog);
  if (choiceFindings.length > 0) return [...findings, ...choiceFindings];

  const full: Record<string, SelectionValue> = {};
  const customer: Record<string, SelectionValue> = {};
  for (const choice of spec.choices) {
    full[choice.groupId] = choice.value;
    if (choice.source === 'customer') customer[choice.groupId] = choice.value;
  }
  // What the customer did not choose must be what the catalog picks for their choices.
  const resolved = resolveSelections(catalog, customer);
  spec.choices.forEach((choice, index) => {
    const picked = resolved[choice.groupId];
    if (choice.source !== 'customer' && canonicalJson(picked) !== canonicalJson(choice.value)) {
      findings.push({
        pointer: jsonPointer(['choices', index, 'value']),
        message: `spec says ${show(choice.value)} (${choice.source}), the catalog gives ${show(picked)} for the customer's choices`,
      });
    }
  });
  const pricing = { country: spec.pricing.market?.country, channel: spec.pricing.priceList.channel, quantity: spec.pricing.quantity };
  const pricingProblem = invalidPricingReason(catalog, pricing);
  if (pricingProblem) return [...findings, { pointer: '/pricing', message: `the catalog cannot price this order: ${pricingProblem}` }];
  if (spec.pricing.market === null && catalog.markets.length > 0) {
    return [
      ...findings,
      { pointer: '/pricing/market', message: `the spec names no market; the catalog delivers to ${catalog.markets.map((m) => m.country).join(', ')}` },
    ];
  }
  const discounts = discountsOf(spec.price.lines);
  const rebuilt = buildOrderSpec(catalog, full, { now: spec.createdAt, today: spec.leadTime.orderDate }, pricing, { discounts });
  if (!rebuilt.ok) return [...findings, { pointer: '/choices', message: 'the catalog refuses these choices' }];
  if (discounts.length > 0) {
    const terms = pricingTerms(catalog, pricing);
    const check = checkDiscounts(priceBreakdown(catalog, full, terms), discounts, catalog.sales, orderCost(catalog, full, terms), approvalOf(spec.audit));
    const first = spec.price.lines.findIndex((line) => line.source.kind === 'discount');
    if (!check.ok)
      findings.push({ pointer: jsonPointer(['price', 'lines', first]), message: `the catalog's guardrails refuse these discounts: ${check.reason}` });
  }
  if (spec.quote) {
    const latest = addCalendarDays(spec.leadTime.orderDate, catalog.sales.quoteValidityDays);
    if (spec.quote.validUntil < spec.leadTime.orderDate || spec.quote.validUntil > latest) {
      findings.push({
        pointer: '/quote/validUntil',
        message: `spec says ${spec.quote.validUntil}; the catalog holds prices from ${spec.leadTime.orderDate} to ${latest} at most`,
      });
    }
  }
  const expected = {
    ...rebuilt.spec,
    // Who chose what is recomputed from the customer's choices: a default must be the default.
    choices: rebuilt.spec.choices.map((choice) => ({ ...choice, source: choiceSource(findGroup(catalog, choice.groupId)!, customer, choice.value) })),
  };
  for (const key of ['choices', 'dimensions', 'billOfMaterials', 'pricing', 'price', 'leadTime', 'taxes'] as const)
    diff(spec[key], expected[key], [key], findings);
  return findings;
}

/** Every group chosen exactly once with a value the catalog offers, and no rule broken. */
function selectionFindings(spec: SealedOrderSpec, catalog: Catalog): SpecFinding[] {
  const findings: SpecFinding[] = [];
  const indexOf = new Map<string, number>();
  spec.choices.forEach((choice, index) => {
    const group = findGroup(catalog, choice.groupId);
    if (!group) findings.push({ pointer: jsonPointer(['choices', index, 'groupId']), message: `the catalog has no option "${choice.groupId}"` });
    else if (indexOf.has(choice.groupId))
      findings.push({ pointer: jsonPointer(['choices', index, 'groupId']), message: `"${choice.groupId}" is chosen twice` });
    else {
      indexOf.set(choice.groupId, index);
      const reason = invalidValueReason(group, choice.value);
      if (reason) findings.push({ pointer: jsonPointer(['choices', index, 'value']), message: reason });
    }
  });
  for (const group of catalog.groups) {
    if (!indexOf.has(group.id)) findings.push({ pointer: '/choices', message: `no choice for "${group.id}" (${group.label})` });
  }
  if (findings.length > 0) return findings;
  const selections: Selections = Object.fromEntries(spec.choices.map((choice) => [choice.groupId, choice.value]));
  for (const rule of findViolations(catalog, selections)) {
    const first = [...ruleGroups(rule)]
      .map((id) => indexOf.get(id))
      .filter((i) => i !== undefined)
      .sort((a, b) => a - b)[0];
    findings.push({ pointer: first === undefined ? '/choices' : jsonPointer(['choices', first]), message: `breaks rule "${rule.id}": ${rule.message}` });
  }
  return findings;
}

/** Reports every leaf where the spec differs from what the catalog gives, at its pointer. */
function diff(actual: unknown, expected: unknown, path: (string | number)[], findings: SpecFinding[]): void {
  if (Array.isArray(actual) && Array.isArray(expected)) {
    for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
      if (i >= actual.length) findings.push({ pointer: jsonPointer([...path, i]), message: `missing: the catalog gives ${show(expected[i])}` });
      else if (i >= expected.length)
        findings.push({ pointer: jsonPointer([...path, i]), message: `spec has ${show(actual[i])}, the catalog gives nothing here` });
      else diff(actual[i], expected[i], [...path, i], findings);
    }
    return;
  }
  if (isRecord(actual) && isRecord(expected)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of keys) {
      const [a, e] = [actual[key], expected[key]];
      if (a === undefined && e !== undefined) findings.push({ pointer: jsonPointer([...path, key]), message: `missing: the catalog gives ${show(e)}` });
      else if (a !== undefined && e === undefined)
        findings.push({ pointer: jsonPointer([...path, key]), message: `spec has ${show(a)}, the catalog gives nothing here` });
      else diff(a, e, [...path, key], findings);
    }
    return;
  }
  if (actual !== expected) {
    findings.push({ pointer: jsonPointer(path), message: `spec says ${show(actual)}, the catalog gives ${show(expected)}` });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (typeof value === 'number') return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
