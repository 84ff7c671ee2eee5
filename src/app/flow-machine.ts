import { assign, setup } from 'xstate';
import type { Catalog } from '../domain/catalog-schema.ts';
import { isoDateOf } from '../domain/business-days.ts';
import type { Change } from '../domain/option-availability.ts';
import { buildOrderSpec, type OrderSpec, type OrderSpecCustomer } from '../domain/order-spec.ts';
import { invalidDiscountReason, WHOLE_ORDER, type Discount } from '../domain/apply-discounts.ts';
import { approvalOf, discountEntry, invalidAuditReason, pricingEntry, type AuditEntry } from '../domain/audit-trail.ts';
import { customerProblems } from '../domain/customer-details.ts';
import { checkDiscountsFor, type DiscountApproval } from '../domain/discount-guardrails.ts';
import { domainLabels } from '../domain/domain-labels.ts';
import { invalidRequestReason, type OptionRequest } from '../domain/option-requests.ts';
import { priceBreakdown } from '../domain/price-breakdown.ts';
import { pricingTerms } from '../domain/pricing-terms.ts';
import { invalidQuoteReason, type QuoteInfo } from '../domain/quote-terms.ts';
import { invalidPricingReason, type PricingChoice } from '../domain/pricing-terms.ts';
import { resolveSelections } from '../domain/resolve-selections.ts';
import { findViolations } from '../domain/rules.ts';
import { findGroup, incompleteGroups, invalidValueReason, type SelectionValue, type Selections } from '../domain/selections.ts';

export interface FlowInput {
  readonly catalogs: readonly Catalog[];
  /** The clock, injected so tests control time. */
  readonly now: () => Date;
}

export interface FlowContext {
  readonly catalogs: readonly Catalog[];
  readonly now: () => Date;
  readonly catalog: Catalog | null;
  /** The customer's own choices (partial); everything else follows the catalog's defaults. */
  readonly choices: Selections;
  /** Index of the option step being shown (one step per option group). */
  readonly stepIndex: number;
  /** Where it goes, which price list, how many: part of the order, so it lives here. */
  readonly pricing: PricingChoice;
  readonly spec: OrderSpec | null;
  /** What sales staff and the customer add to the design; all of it goes into the spec. */
  readonly extras: FlowExtras;
}

export interface FlowExtras {
  readonly customer: OrderSpecCustomer | null;
  readonly discounts: readonly Discount[];
  /** Every price change by staff, oldest first. */
  readonly audit: readonly AuditEntry[];
  readonly notes: string;
  readonly quote: QuoteInfo | null;
  /** Options the customer suggested ("Suggest an option"). */
  readonly requests: readonly OptionRequest[];
}

export const NO_EXTRAS: FlowExtras = { customer: null, discounts: [], audit: [], notes: '', quote: null, requests: [] };

/** Who changes a price, and why (for the audit trail). */
export interface PriceChange {
  readonly actor: string;
  readonly reason: string;
}

export type FlowEvent =
  | { type: 'SELECT_PRODUCT'; productId: string }
  | { type: 'SELECT_OPTION'; groupId: string; value: SelectionValue }
  | { type: 'APPLY_FIX'; changes: readonly Change[] }
  /** Changes any of country, price-list channel and quantity; the rest stay. With `by`, staff's change goes into the audit trail. */
  | { type: 'SET_PRICING'; pricing: PricingChoice; by?: PriceChange }
  | { type: 'SET_CUSTOMER'; customer: OrderSpecCustomer | null }
  /** Gives (or changes) a discount; `approval` is "manager" once the app has checked a manager's code. */
  | { type: 'SET_DISCOUNT'; discount: Discount; by: PriceChange; approval: DiscountApproval }
  | { type: 'REMOVE_DISCOUNT'; target: string; by: PriceChange }
  | { type: 'SET_NOTES'; notes: string }
  | { type: 'SET_QUOTE'; quote: QuoteInfo | null }
  | { type: 'ADD_REQUEST'; request: OptionRequest }
  /** Opens a saved quote: a design with its pricing and extras, on its review page. */
  | { type: 'LOAD_QUOTE'; productId: string; choices: Selections; pricing: PricingChoice; extras: FlowExtras }
  | { type: 'NEXT' }
  | { type: 'REVIEW' }
  | { type: 'BACK' }
  | { type: 'EDIT_STEP'; index: number }
  | { type: 'CONFIRM' }
  | { type: 'BROWSE' }
  | { type: 'RESTART' }
  /** Opens a whole design (a share link or a saved design, already checked) on its review page. */
  | { type: 'LOAD_DESIGN'; productId: string; choices: Selections; pricing?: PricingChoice }
  /** The same catalogs in another language (same ids, versions and rules): the design and the step stay. */
  | { type: 'SET_CATALOGS'; catalogs: readonly Catalog[] };

function isAcceptable(catalog: Catalog | null, change: { groupId: string; value: SelectionValue }): boolean {
  const group = catalog && findGroup(catalog, change.groupId);
  return !!group && invalidValueReason(group, change.value) === undefined;
}

const MAX_NOTES = 10_000;

/** Whether the discounts would be allowed with this design and pricing, on the approval on record. */
function discountsHold(catalog: Catalog, choices: Selections, pricing: PricingChoice, discounts: readonly Discount[], audit: readonly AuditEntry[]): boolean {
  return discounts.length === 0 || checkDiscountsFor(catalog, choices, pricing, discounts, approvalOf(audit)).ok;
}

/** The label a discount's target has on the current price ("the order", or the line's label), in the catalog's language. */
function targetLabel(context: FlowContext, target: string): string {
  if (target === WHOLE_ORDER || !context.catalog) return domainLabels(context.catalog?.locale).theOrder;
  const price = priceBreakdown(context.catalog, resolveSelections(context.catalog, context.choices), pricingTerms(context.catalog, context.pricing));
  return price.lines.find((line) => line.id === target)?.label ?? target;
}

function withChanges(choices: Selections, changes: readonly { groupId: string; value: SelectionValue }[]): Selections {
  const next: Record<string, SelectionValue> = { ...choices };
  for (const change of changes) next[change.groupId] = change.value;
  return next;
}

/** What changes the design (or its order terms) while configuring and on the review page alike. */
const DESIGN_EDITS = {
  SELECT_OPTION: { guard: 'isAcceptableOption', actions: 'selectOption' },
  APPLY_FIX: { guard: 'isAcceptableFix', actions: 'applyFix' },
  SET_PRICING: { guard: 'isAcceptablePricing', actions: 'setPricing' },
  SET_CUSTOMER: { guard: 'isAcceptableCustomer', actions: 'setCustomer' },
  SET_DISCOUNT: { guard: 'isAcceptableDiscount', actions: 'setDiscount' },
  REMOVE_DISCOUNT: { guard: 'isGivenDiscount', actions: 'removeDiscount' },
  SET_NOTES: { guard: 'isAcceptableNotes', actions: 'setNotes' },
  SET_QUOTE: { guard: 'isAcceptableQuote', actions: 'setQuote' },
  ADD_REQUEST: { guard: 'isAcceptableRequest', actions: 'addRequest' },
} as const;

/** The customer flow: choose product → one step per option group → review → done (spec). */
export const flowMachine = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    input: {} as FlowInput,
  },
  guards: {
    isKnownProduct: ({ context, event }) => event.type === 'SELECT_PRODUCT' && context.catalogs.some((c) => c.id === event.productId),
    isAcceptableOption: ({ context, event }) => event.type === 'SELECT_OPTION' && isAcceptable(context.catalog, event),
    isAcceptableFix: ({ context, event }) =>
      event.type === 'APPLY_FIX' && event.changes.length > 0 && event.changes.every((change) => isAcceptable(context.catalog, change)),
    isLoadableDesign: ({ context, event }) => {
      if (event.type !== 'LOAD_DESIGN') return false;
      const catalog = context.catalogs.find((c) => c.id === event.productId) ?? null;
      return (
        !!catalog &&
        Object.entries(event.choices).every(([groupId, value]) => isAcceptable(catalog, { groupId, value })) &&
        invalidPricingReason(catalog, event.pricing ?? {}) === undefined
      );
    },
    isAcceptablePricing: ({ context, event }) => {
      if (event.type !== 'SET_PRICING' || !context.catalog) return false;
      const pricing = { ...context.pricing, ...event.pricing };
      if (invalidPricingReason(context.catalog, pricing) !== undefined) return false;
      if (event.by && invalidAuditReason({ ...event.by, action: 'pricing-set', approval: 'staff', discount: null })) return false;
      // Discounts given on other terms must still be allowed on the new ones (e.g. not below cost on the trade list).
      return discountsHold(context.catalog, context.choices, pricing, context.extras.discounts, context.extras.audit);
    },
    isAcceptableCustomer: ({ event }) => event.type === 'SET_CUSTOMER' && (event.customer === null || customerProblems(event.customer).length === 0),
    isAcceptableDiscount: ({ context, event }) => {
      if (event.type !== 'SET_DISCOUNT' || !context.catalog) return false;
      if (invalidAuditReason({ ...event.by, action: 'discount-set', approval: event.approval, discount: event.discount })) return false;
      const discounts = [...context.extras.discounts.filter((d) => d.target !== event.discount.target), event.discount];
      return checkDiscountsFor(context.catalog, context.choices, context.pricing, discounts, event.approval).ok;
    },
    isGivenDiscount: ({ context, event }) =>
      event.type === 'REMOVE_DISCOUNT' &&
      context.extras.discounts.some((d) => d.target === event.target) &&
      invalidAuditReason({ ...event.by, action: 'discount-removed', approval: 'staff', discount: null }) === undefined,
    isAcceptableNotes: ({ event }) => event.type === 'SET_NOTES' && event.notes.length <= MAX_NOTES,
    isAcceptableQuote: ({ context, event }) =>
      event.type === 'SET_QUOTE' &&
      !!context.catalog &&
      (event.quote === null || invalidQuoteReason(event.quote, isoDateOf(context.now()), context.catalog.sales.quoteValidityDays) === undefined),
    isAcceptableRequest: ({ context, event }) =>
      event.type === 'ADD_REQUEST' &&
      invalidRequestReason(event.request) === undefined &&
      !context.extras.requests.some((r) => r.id === event.request.id) &&
      context.extras.requests.length < 100,
    isLoadableQuote: ({ context, event }) => {
      if (event.type !== 'LOAD_QUOTE') return false;
      const catalog = context.catalogs.find((c) => c.id === event.productId) ?? null;
      return (
        !!catalog &&
        Object.entries(event.choices).every(([groupId, value]) => isAcceptable(catalog, { groupId, value })) &&
        invalidPricingReason(catalog, event.pricing) === undefined
      );
    },
    hasNextStep: ({ context }) => !!context.catalog && context.stepIndex < context.catalog.groups.length - 1,
    hasPreviousStep: ({ context }) => context.stepIndex > 0,
    isStepIndex: ({ context, event }) =>
      event.type === 'EDIT_STEP' && !!context.catalog && Number.isInteger(event.index) && event.index >= 0 && event.index < context.catalog.groups.length,
    isConfigurationValid: ({ context }) => {
      if (!context.catalog) return false;
      const selections = resolveSelections(context.catalog, context.choices);
      return (
        findViolations(context.catalog, selections).length === 0 &&
        incompleteGroups(context.catalog, selections).length === 0 &&
        // Choices changed after a discount was given may have made it too generous (or left its line gone).
        context.extras.discounts.every(
          (d) => invalidDiscountReason(d, priceBreakdown(context.catalog!, selections, pricingTerms(context.catalog!, context.pricing)).lines) === undefined,
        ) &&
        discountsHold(context.catalog, context.choices, context.pricing, context.extras.discounts, context.extras.audit)
      );
    },
  },
  actions: {
    chooseProduct: assign(({ context, event }) => {
      if (event.type !== 'SELECT_PRODUCT') return {};
      const catalog = context.catalogs.find((c) => c.id === event.productId) ?? null;
      // Coming back to the same product keeps the customer's work.
      if (catalog && context.catalog?.id === catalog.id) return { catalog };
      // Where it goes and which prices carry over to another product; how many does not.
      const { quantity: _quantity, ...pricing } = context.pricing;
      // Discounts and requests belong to the design; who the customer is stays.
      return {
        catalog,
        choices: {},
        stepIndex: 0,
        spec: null,
        pricing,
        extras: { ...NO_EXTRAS, customer: context.extras.customer, notes: context.extras.notes },
      };
    }),
    loadDesign: assign(({ context, event }) => {
      if (event.type !== 'LOAD_DESIGN') return {};
      const catalog = context.catalogs.find((c) => c.id === event.productId) ?? null;
      return {
        catalog,
        choices: withChanges(
          {},
          Object.entries(event.choices).map(([groupId, value]) => ({ groupId, value })),
        ),
        stepIndex: 0,
        pricing: event.pricing ?? {},
        spec: null,
        extras: NO_EXTRAS,
      };
    }),
    loadQuote: assign(({ context, event }) => {
      if (event.type !== 'LOAD_QUOTE') return {};
      const catalog = context.catalogs.find((c) => c.id === event.productId) ?? null;
      return { catalog, choices: { ...event.choices }, stepIndex: 0, pricing: event.pricing, spec: null, extras: event.extras };
    }),
    setCustomer: assign(({ context, event }) => (event.type === 'SET_CUSTOMER' ? { extras: { ...context.extras, customer: event.customer } } : {})),
    setDiscount: assign(({ context, event }) => {
      if (event.type !== 'SET_DISCOUNT') return {};
      const entry = discountEntry(
        context.now().toISOString(),
        { ...event.by, approval: event.approval },
        'discount-set',
        event.discount,
        targetLabel(context, event.discount.target),
        context.catalog?.locale,
      );
      const discounts = [...context.extras.discounts.filter((d) => d.target !== event.discount.target), event.discount];
      return { extras: { ...context.extras, discounts, audit: [...context.extras.audit, entry] } };
    }),
    removeDiscount: assign(({ context, event }) => {
      if (event.type !== 'REMOVE_DISCOUNT') return {};
      const removed = context.extras.discounts.find((d) => d.target === event.target)!;
      const entry = discountEntry(
        context.now().toISOString(),
        { ...event.by, approval: 'staff' },
        'discount-removed',
        removed,
        targetLabel(context, event.target),
        context.catalog?.locale,
      );
      return { extras: { ...context.extras, discounts: context.extras.discounts.filter((d) => d !== removed), audit: [...context.extras.audit, entry] } };
    }),
    setNotes: assign(({ context, event }) => (event.type === 'SET_NOTES' ? { extras: { ...context.extras, notes: event.notes } } : {})),
    setQuote: assign(({ context, event }) => (event.type === 'SET_QUOTE' ? { extras: { ...context.extras, quote: event.quote } } : {})),
    addRequest: assign(({ context, event }) =>
      event.type === 'ADD_REQUEST' ? { extras: { ...context.extras, requests: [...context.extras.requests, event.request] } } : {},
    ),
    selectOption: assign(({ context, event }) => (event.type === 'SELECT_OPTION' ? { choices: withChanges(context.choices, [event]) } : {})),
    applyFix: assign(({ context, event }) => (event.type === 'APPLY_FIX' ? { choices: withChanges(context.choices, event.changes) } : {})),
    setPricing: assign(({ context, event }) => {
      if (event.type !== 'SET_PRICING') return {};
      const pricing = { ...context.pricing, ...event.pricing };
      if (!event.by) return { pricing };
      const entry = pricingEntry(context.now().toISOString(), event.by, event.pricing, context.catalog?.locale);
      return { pricing, extras: { ...context.extras, audit: [...context.extras.audit, entry] } };
    }),
    nextStep: assign(({ context }) => ({ stepIndex: context.stepIndex + 1 })),
    previousStep: assign(({ context }) => ({ stepIndex: context.stepIndex - 1 })),
    goToStep: assign(({ event }) => (event.type === 'EDIT_STEP' ? { stepIndex: event.index } : {})),
    lastStep: assign(({ context }) => ({ stepIndex: Math.max(0, (context.catalog?.groups.length ?? 1) - 1) })),
    buildSpec: assign(({ context }) => {
      if (!context.catalog) return {};
      const now = context.now();
      const result = buildOrderSpec(context.catalog, context.choices, { now: now.toISOString(), today: isoDateOf(now) }, context.pricing, context.extras);
      return result.ok ? { spec: result.spec } : {};
    }),
    reset: assign(({ context }) => ({
      catalog: null,
      choices: {},
      stepIndex: 0,
      spec: null,
      pricing: { country: context.pricing.country, channel: context.pricing.channel },
      extras: NO_EXTRAS,
    })),
  },
}).createMachine({
  id: 'flow',
  context: ({ input }) => ({ catalogs: input.catalogs, now: input.now, catalog: null, choices: {}, stepIndex: 0, pricing: {}, spec: null, extras: NO_EXTRAS }),
  initial: 'choosingProduct',
  // A shared or saved design can be opened from anywhere; it replaces the current design.
  on: {
    SET_CATALOGS: {
      actions: assign(({ context, event }) => ({
        catalogs: event.catalogs,
        catalog: (context.catalog && event.catalogs.find((c) => c.id === context.catalog!.id && c.version === context.catalog!.version)) ?? context.catalog,
      })),
    },
    LOAD_DESIGN: { guard: 'isLoadableDesign', target: '.reviewing', actions: 'loadDesign' },
    LOAD_QUOTE: { guard: 'isLoadableQuote', target: '.reviewing', actions: 'loadQuote' },
  },
  states: {
    choosingProduct: {
      on: { SELECT_PRODUCT: { guard: 'isKnownProduct', target: 'configuring', actions: 'chooseProduct' } },
    },
    configuring: {
      on: {
        ...DESIGN_EDITS,
        NEXT: [{ guard: 'hasNextStep', actions: 'nextStep' }, { target: 'reviewing' }],
        BACK: [{ guard: 'hasPreviousStep', actions: 'previousStep' }, { target: 'choosingProduct' }],
        EDIT_STEP: { guard: 'isStepIndex', actions: 'goToStep' },
        REVIEW: { target: 'reviewing' },
        // Back to the products; the design is kept for when the customer returns to it.
        BROWSE: { target: 'choosingProduct' },
      },
    },
    reviewing: {
      on: {
        ...DESIGN_EDITS,
        BACK: { target: 'configuring', actions: 'lastStep' },
        EDIT_STEP: { guard: 'isStepIndex', target: 'configuring', actions: 'goToStep' },
        CONFIRM: { guard: 'isConfigurationValid', target: 'done', actions: 'buildSpec' },
        BROWSE: { target: 'choosingProduct' },
      },
    },
    done: {
      on: { RESTART: { target: 'choosingProduct', actions: 'reset' } },
    },
  },
});
