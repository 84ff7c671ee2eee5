import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import type { SnapshotFrom } from 'xstate';
import type { Catalog } from '../domain/catalog-schema.ts';
import { findFixes, optionAvailability } from '../domain/option-availability.ts';
import { resolveSelections } from '../domain/resolve-selections.ts';
import type { SelectionValue } from '../domain/selections.ts';
import { flowMachine, type FlowEvent, type FlowInput } from './flow-machine.ts';

/*
 * A finite model of what a shopper can do in the UI, for model-based tests of the flow machine
 * (src/app/flow-machine.model.test.ts) and for replaying generated paths in the browser
 * (tests/e2e/model-paths.spec.ts). Events are offered as the UI offers them: options only for the
 * step on screen and only when not disabled, fixes only as the review page lists them.
 */

export type FlowSnapshot = SnapshotFrom<typeof flowMachine>;

/** The few values per option group the model tries (ids of the sample catalogs). */
export type ModelValues = Readonly<Record<string, Readonly<Record<string, readonly SelectionValue[]>>>>;

export const MODEL_VALUES: ModelValues = {
  'standing-desk': { width: [150, 170], motor: ['single', 'dual'], top: ['solid-oak'], accessories: [['drawer']] },
  'modular-shelving': {},
};

export interface FlowModel {
  readonly input: FlowInput;
  readonly events: (snapshot: FlowSnapshot) => FlowEvent[];
  readonly serializeState: (snapshot: FlowSnapshot) => string;
}

export function flowModel(catalogs: readonly Catalog[], values: ModelValues = MODEL_VALUES, now = () => new Date('2026-11-25T10:30:00Z')): FlowModel {
  const modelled = catalogs.filter((c) => values[c.id]);
  function events(snapshot: FlowSnapshot): FlowEvent[] {
    const { catalog, choices, stepIndex } = snapshot.context;
    const browse: FlowEvent[] = [{ type: 'BROWSE' }];
    switch (snapshot.value) {
      case 'choosingProduct':
        return modelled.map((c) => ({ type: 'SELECT_PRODUCT', productId: c.id }));
      case 'configuring': {
        if (!catalog) return [];
        const group = catalog.groups[stepIndex]!;
        const blocked = optionAvailability(catalog, choices).find((a) => a.groupId === group.id)?.blockedValues;
        const shown = JSON.stringify(resolveSelections(catalog, choices)[group.id]);
        const selects = (values[catalog.id]?.[group.id] ?? [])
          // Disabled values cannot be picked; picking what is already shown changes nothing on screen.
          .filter((value) => (typeof value !== 'string' || !blocked?.has(value)) && JSON.stringify(value) !== shown)
          .map((value): FlowEvent => ({ type: 'SELECT_OPTION', groupId: group.id, value }));
        return [...selects, { type: 'NEXT' }, { type: 'BACK' }, { type: 'REVIEW' }, { type: 'EDIT_STEP', index: 0 }, ...browse];
      }
      case 'reviewing': {
        if (!catalog) return [];
        const fixes = findFixes(catalog, choices).map((change): FlowEvent => ({ type: 'APPLY_FIX', changes: [change] }));
        return [{ type: 'CONFIRM' }, { type: 'BACK' }, { type: 'EDIT_STEP', index: 0 }, ...fixes, ...browse];
      }
      case 'done':
        return [{ type: 'RESTART' }];
      default:
        return [];
    }
  }
  return {
    input: { catalogs, now },
    events,
    serializeState: (snapshot) => {
      const { catalog, choices, stepIndex, spec } = snapshot.context;
      const sorted = Object.keys(choices)
        .sort()
        .map((key) => [key, choices[key]]);
      return `${String(snapshot.value)}|${catalog?.id ?? '-'}|${stepIndex}|${JSON.stringify(sorted)}|${spec ? 'spec' : ''}`;
    },
  };
}

/** Every state the model reaches, with a shortest path of UI events to it. */
export function shortestFlowPaths(model: FlowModel) {
  return getShortestPaths(flowMachine, { input: model.input, events: model.events, serializeState: model.serializeState });
}

/** Every state with every transition the model offers from it (for invariants on transitions). */
export function flowAdjacency(model: FlowModel) {
  return getAdjacencyMap(flowMachine, { input: model.input, events: model.events, serializeState: model.serializeState });
}
