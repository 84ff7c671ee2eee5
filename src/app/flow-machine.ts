import { assign, setup } from 'xstate';
import type { Catalog } from '../domain/catalog-schema.ts';
import { isoDateOf } from '../domain/business-days.ts';
import type { Change } from '../domain/option-availability.ts';
import { buildOrderSpec, type OrderSpec } from '../domain/order-spec.ts';
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
}

export type FlowEvent =
  | { type: 'SELECT_PRODUCT'; productId: string }
  | { type: 'SELECT_OPTION'; groupId: string; value: SelectionValue }
  | { type: 'APPLY_FIX'; changes: readonly Change[] }
  /** Changes any of country, price-list channel and quantity; the rest stay. */
  | { type: 'SET_PRICING'; pricing: PricingChoice }
  | { type: 'NEXT' }
  | { type: 'REVIEW' }
  | { type: 'BACK' }
  | { type: 'EDIT_STEP'; index: number }
  | { type: 'CONFIRM' }
  | { type: 'BROWSE' }
  | { type: 'RESTART' }
  /** Opens a whole design (a share link or a saved design, already checked) on its review page. */
  | { type: 'LOAD_DESIGN'; productId: string; choices: Selections; pricing?: PricingChoice };

function isAcceptable(catalog: Catalog | null, change: { groupId: string; value: SelectionValue }): boolean {
  const group = catalog && findGroup(catalog, change.groupId);
  return !!group && invalidValueReason(group, change.value) === undefined;
}

function withChanges(choices: Selections, changes: readonly { groupId: string; value: SelectionValue }[]): Selections {
  const next: Record<string, SelectionValue> = { ...choices };
  for (const change of changes) next[change.groupId] = change.value;
  return next;
}

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
    isAcceptablePricing: ({ context, event }) =>
      event.type === 'SET_PRICING' && !!context.catalog && invalidPricingReason(context.catalog, { ...context.pricing, ...event.pricing }) === undefined,
    hasNextStep: ({ context }) => !!context.catalog && context.stepIndex < context.catalog.groups.length - 1,
    hasPreviousStep: ({ context }) => context.stepIndex > 0,
    isStepIndex: ({ context, event }) =>
      event.type === 'EDIT_STEP' && !!context.catalog && Number.isInteger(event.index) && event.index >= 0 && event.index < context.catalog.groups.length,
    isConfigurationValid: ({ context }) => {
      if (!context.catalog) return false;
      const selections = resolveSelections(context.catalog, context.choices);
      return findViolations(context.catalog, selections).length === 0 && incompleteGroups(context.catalog, selections).length === 0;
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
      return { catalog, choices: {}, stepIndex: 0, spec: null, pricing };
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
      };
    }),
    selectOption: assign(({ context, event }) => (event.type === 'SELECT_OPTION' ? { choices: withChanges(context.choices, [event]) } : {})),
    applyFix: assign(({ context, event }) => (event.type === 'APPLY_FIX' ? { choices: withChanges(context.choices, event.changes) } : {})),
    setPricing: assign(({ context, event }) => (event.type === 'SET_PRICING' ? { pricing: { ...context.pricing, ...event.pricing } } : {})),
    nextStep: assign(({ context }) => ({ stepIndex: context.stepIndex + 1 })),
    previousStep: assign(({ context }) => ({ stepIndex: context.stepIndex - 1 })),
    goToStep: assign(({ event }) => (event.type === 'EDIT_STEP' ? { stepIndex: event.index } : {})),
    lastStep: assign(({ context }) => ({ stepIndex: Math.max(0, (context.catalog?.groups.length ?? 1) - 1) })),
    buildSpec: assign(({ context }) => {
      if (!context.catalog) return {};
      const now = context.now();
      const result = buildOrderSpec(context.catalog, context.choices, { now: now.toISOString(), today: isoDateOf(now) }, context.pricing);
      return result.ok ? { spec: result.spec } : {};
    }),
    reset: assign(({ context }) => ({ catalog: null, choices: {}, stepIndex: 0, spec: null, pricing: { country: context.pricing.country, channel: context.pricing.channel } })),
  },
}).createMachine({
  id: 'flow',
  context: ({ input }) => ({ catalogs: input.catalogs, now: input.now, catalog: null, choices: {}, stepIndex: 0, pricing: {}, spec: null }),
  initial: 'choosingProduct',
  // A shared or saved design can be opened from anywhere; it replaces the current design.
  on: { LOAD_DESIGN: { guard: 'isLoadableDesign', target: '.reviewing', actions: 'loadDesign' } },
  states: {
    choosingProduct: {
      on: { SELECT_PRODUCT: { guard: 'isKnownProduct', target: 'configuring', actions: 'chooseProduct' } },
    },
    configuring: {
      on: {
        SELECT_OPTION: { guard: 'isAcceptableOption', actions: 'selectOption' },
        APPLY_FIX: { guard: 'isAcceptableFix', actions: 'applyFix' },
        SET_PRICING: { guard: 'isAcceptablePricing', actions: 'setPricing' },
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
        APPLY_FIX: { guard: 'isAcceptableFix', actions: 'applyFix' },
        SELECT_OPTION: { guard: 'isAcceptableOption', actions: 'selectOption' },
        SET_PRICING: { guard: 'isAcceptablePricing', actions: 'setPricing' },
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
