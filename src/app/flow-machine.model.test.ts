import { adjacencyMapToArray } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../domain/catalog-schema.ts';
import { priceBreakdown } from '../domain/price-breakdown.ts';
import { resolveSelections } from '../domain/resolve-selections.ts';
import { findViolations } from '../domain/rules.ts';
import { incompleteGroups, invalidValueReason } from '../domain/selections.ts';
import { flowMachine } from './flow-machine.ts';
import { flowAdjacency, flowModel, shortestFlowPaths, type FlowSnapshot } from './flow-test-model.ts';
import { loadSample } from '../domain/spec-fixtures.ts';

/*
 * Model-based tests of the flow machine (xstate/graph): every state the shopper can reach through
 * the UI's events is generated with a shortest path to it, and invariants are checked on every
 * state and on every transition between them.
 */

const catalogs = [loadSample('standing-desk'), loadSample('modular-shelving')];
const model = flowModel(catalogs);
const paths = shortestFlowPaths(model);
const transitions = adjacencyMapToArray(flowAdjacency(model));

function isValid(catalog: Catalog, snapshot: FlowSnapshot): boolean {
  const selections = resolveSelections(catalog, snapshot.context.choices);
  return findViolations(catalog, selections).length === 0 && incompleteGroups(catalog, selections).length === 0;
}

// Generous: a shared 2-core machine; the per-input budget is asserted separately.
describe('flow machine, model-based', { timeout: 120_000 }, () => {
  it('reaches every state of the machine and every step of every modelled product', () => {
    const values = new Set(paths.map((p) => String(p.state.value)));
    const stateNodes = Object.keys(flowMachine.root.states);
    expect([...values].sort()).toEqual([...stateNodes].sort());
    for (const catalog of catalogs) {
      const steps = new Set(
        paths.filter((p) => p.state.matches('configuring') && p.state.context.catalog?.id === catalog.id).map((p) => p.state.context.stepIndex),
      );
      expect(steps.size, catalog.id).toBe(catalog.groups.length);
    }
    // Both a confirmable and a blocked review are reachable (the width/motor rule of the desk).
    const reviews = paths.filter((p) => p.state.matches('reviewing') && p.state.context.catalog?.id === 'standing-desk');
    expect(reviews.some((p) => isValid(p.state.context.catalog!, p.state))).toBe(true);
    expect(reviews.some((p) => !isValid(p.state.context.catalog!, p.state))).toBe(true);
    console.info(
      `flow model: ${paths.length} states, ${transitions.length} transitions, longest shortest path ${Math.max(...paths.map((p) => p.steps.length))} events`,
    );
  });

  it('holds its invariants in every reachable state', () => {
    for (const { state } of paths) {
      const { catalog, choices, stepIndex, spec } = state.context;
      if (state.matches('configuring') || state.matches('reviewing') || state.matches('done')) expect(catalog).not.toBeNull();
      if (!catalog) {
        expect(choices).toEqual({});
        continue;
      }
      expect(stepIndex).toBeGreaterThanOrEqual(0);
      expect(stepIndex).toBeLessThan(catalog.groups.length);
      // Only acceptable values are ever stored.
      for (const [groupId, value] of Object.entries(choices)) {
        const group = catalog.groups.find((g) => g.id === groupId);
        expect(group && invalidValueReason(group, value), `${groupId}=${JSON.stringify(value)}`).toBeUndefined();
      }
      // The price is the sum of its lines.
      const price = priceBreakdown(catalog, resolveSelections(catalog, choices));
      expect(price.lines.reduce((sum, line) => sum + line.amount, 0)).toBe(price.total);
      // No invalid configuration can be confirmed; every valid one can.
      if (state.matches('reviewing')) expect(state.can({ type: 'CONFIRM' })).toBe(isValid(catalog, state));
      if (state.matches('done')) {
        expect(isValid(catalog, state)).toBe(true);
        expect(spec).not.toBeNull();
        expect(spec!.price.lines.reduce((sum, line) => sum + line.amount, 0)).toBe(spec!.price.total);
      } else {
        expect(spec).toBeNull();
      }
    }
  });

  it('keeps the choices on every move between steps, to the review, back and to the products', () => {
    const keeping = new Set(['NEXT', 'BACK', 'REVIEW', 'EDIT_STEP', 'BROWSE']);
    let checked = 0;
    for (const { state, event, nextState } of transitions) {
      if (keeping.has(event.type) || (event.type === 'SELECT_PRODUCT' && state.context.catalog?.id === event.productId)) {
        expect(nextState.context.choices, `${model.serializeState(state)} --${event.type}-->`).toEqual(state.context.choices);
        checked++;
      }
      if (event.type === 'EDIT_STEP' && nextState.matches('configuring')) expect(nextState.context.stepIndex).toBe(event.index);
      if (event.type === 'BACK' && state.matches('reviewing')) expect(nextState.context.stepIndex).toBe(state.context.catalog!.groups.length - 1);
      if (event.type === 'SELECT_OPTION') expect(nextState.context.choices[event.groupId]).toEqual(event.value);
      if (event.type === 'CONFIRM' && nextState.matches('done')) expect(nextState.context.spec?.choices.length).toBe(state.context.catalog!.groups.length);
      if (event.type === 'RESTART') expect(nextState.context).toMatchObject({ catalog: null, choices: {}, spec: null });
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('a one-click fix on the review page always makes the design confirmable', () => {
    const fixes = transitions.filter((t) => t.event.type === 'APPLY_FIX' && t.state.matches('reviewing'));
    expect(fixes.length).toBeGreaterThan(0);
    for (const { nextState } of fixes) expect(nextState.can({ type: 'CONFIRM' })).toBe(true);
  });
});
