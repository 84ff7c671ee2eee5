import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../domain/load-catalog.ts';
import type { Catalog } from '../domain/catalog-schema.ts';
import { findViolations } from '../domain/rules.ts';
import { resolveSelections } from '../domain/resolve-selections.ts';
import { invalidValueReason } from '../domain/selections.ts';
import { flowMachine, type FlowEvent } from './flow-machine.ts';

function loadDesk(): Catalog {
  const result = parseCatalog(readFileSync(new URL('../../catalog/standing-desk.json', import.meta.url), 'utf8'), 'catalog/standing-desk.json');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.catalog;
}

const desk = loadDesk();
const otherProduct: Catalog = { ...desk, id: 'other-desk', name: 'Other desk' };
const NOW = new Date('2026-11-25T10:30:00Z');

function start(catalogs: readonly Catalog[] = [desk, otherProduct]) {
  const actor = createActor(flowMachine, { input: { catalogs, now: () => NOW } });
  actor.start();
  return actor;
}

describe('flowMachine', () => {
  it('starts by choosing a product and ignores unknown products', () => {
    const actor = start();
    expect(actor.getSnapshot().value).toBe('choosingProduct');
    actor.send({ type: 'SELECT_PRODUCT', productId: 'nope' });
    expect(actor.getSnapshot().value).toBe('choosingProduct');
    actor.send({ type: 'SELECT_PRODUCT', productId: 'standing-desk' });
    expect(actor.getSnapshot().value).toBe('configuring');
    expect(actor.getSnapshot().context).toMatchObject({ stepIndex: 0, choices: {} });
  });

  it('stores acceptable choices and ignores bad ones without losing work', () => {
    const actor = start();
    actor.send({ type: 'SELECT_PRODUCT', productId: 'standing-desk' });
    actor.send({ type: 'SELECT_OPTION', groupId: 'width', value: 150 });
    const bad: FlowEvent[] = [
      { type: 'SELECT_OPTION', groupId: 'width', value: 151 },
      { type: 'SELECT_OPTION', groupId: 'width', value: 1e9 },
      { type: 'SELECT_OPTION', groupId: 'width', value: 'wide' },
      { type: 'SELECT_OPTION', groupId: 'top', value: 'gold' },
      { type: 'SELECT_OPTION', groupId: 'accessories', value: ['drawer', 'drawer'] },
      { type: 'SELECT_OPTION', groupId: '__proto__', value: 'x' },
      { type: 'APPLY_FIX', changes: [] },
    ];
    for (const event of bad) {
      expect(actor.getSnapshot().can(event)).toBe(false);
      actor.send(event);
    }
    expect(actor.getSnapshot().context.choices).toEqual({ width: 150 });
  });

  it('walks the steps one option group at a time, then reviews', () => {
    const actor = start();
    actor.send({ type: 'SELECT_PRODUCT', productId: 'standing-desk' });
    for (let i = 1; i < desk.groups.length; i++) {
      actor.send({ type: 'NEXT' });
      expect(actor.getSnapshot().context.stepIndex).toBe(i);
    }
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('reviewing');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('configuring');
    expect(actor.getSnapshot().context.stepIndex).toBe(desk.groups.length - 1);
    actor.send({ type: 'EDIT_STEP', index: 1 });
    expect(actor.getSnapshot().context.stepIndex).toBe(1);
    actor.send({ type: 'EDIT_STEP', index: desk.groups.length });
    actor.send({ type: 'EDIT_STEP', index: -1 });
    actor.send({ type: 'EDIT_STEP', index: 0.5 });
    expect(actor.getSnapshot().context.stepIndex).toBe(1);
  });

  it('keeps the design when the customer goes back to the products and returns to the same one', () => {
    const actor = start();
    actor.send({ type: 'SELECT_PRODUCT', productId: 'standing-desk' });
    actor.send({ type: 'SELECT_OPTION', groupId: 'top', value: 'solid-oak' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('choosingProduct');
    actor.send({ type: 'SELECT_PRODUCT', productId: 'standing-desk' });
    expect(actor.getSnapshot().context.choices).toEqual({ top: 'solid-oak' });
    actor.send({ type: 'BACK' });
    actor.send({ type: 'SELECT_PRODUCT', productId: 'other-desk' });
    expect(actor.getSnapshot().context.choices).toEqual({});
  });

  it('BROWSE goes back to the products from any step or the review, keeping the design', () => {
    const actor = start();
    actor.send({ type: 'SELECT_PRODUCT', productId: 'standing-desk' });
    actor.send({ type: 'SELECT_OPTION', groupId: 'top', value: 'solid-oak' });
    actor.send({ type: 'REVIEW' });
    actor.send({ type: 'BROWSE' });
    expect(actor.getSnapshot().value).toBe('choosingProduct');
    actor.send({ type: 'SELECT_PRODUCT', productId: 'standing-desk' });
    expect(actor.getSnapshot().context.choices).toEqual({ top: 'solid-oak' });
  });

  it('refuses to confirm a configuration that breaks a rule, and confirms once fixed', () => {
    const actor = start();
    actor.send({ type: 'SELECT_PRODUCT', productId: 'standing-desk' });
    actor.send({ type: 'SELECT_OPTION', groupId: 'motor', value: 'single' });
    actor.send({ type: 'SELECT_OPTION', groupId: 'width', value: 170 });
    actor.send({ type: 'REVIEW' });
    expect(actor.getSnapshot().value).toBe('reviewing');
    expect(actor.getSnapshot().can({ type: 'CONFIRM' })).toBe(false);
    actor.send({ type: 'CONFIRM' });
    expect(actor.getSnapshot().value).toBe('reviewing');
    expect(actor.getSnapshot().context.spec).toBeNull();

    actor.send({ type: 'APPLY_FIX', changes: [{ groupId: 'motor', value: 'dual' }] });
    expect(actor.getSnapshot().can({ type: 'CONFIRM' })).toBe(true);
    actor.send({ type: 'CONFIRM' });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('done');
    expect(context.spec?.createdAt).toBe(NOW.toISOString());
    expect(context.spec?.leadTime.orderDate).toBe('2026-11-25');
    expect(context.spec?.choices.find((c) => c.groupId === 'motor')).toMatchObject({ value: 'dual', source: 'customer' });

    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().value).toBe('choosingProduct');
    expect(actor.getSnapshot().context).toMatchObject({ catalog: null, choices: {}, spec: null });
  });

  it('LOAD_DESIGN opens a checked design on its review page from any state, replacing the current one', () => {
    const design: FlowEvent = { type: 'LOAD_DESIGN', productId: 'standing-desk', choices: { width: 150, top: 'solid-oak', accessories: ['drawer'] } };
    const setups: ((actor: ReturnType<typeof start>) => void)[] = [
      () => {},
      (actor) => actor.send({ type: 'SELECT_PRODUCT', productId: 'other-desk' }),
      (actor) => {
        actor.send({ type: 'SELECT_PRODUCT', productId: 'standing-desk' });
        actor.send({ type: 'SELECT_OPTION', groupId: 'top', value: 'bamboo' });
        actor.send({ type: 'REVIEW' });
      },
      (actor) => {
        actor.send({ type: 'SELECT_PRODUCT', productId: 'standing-desk' });
        actor.send({ type: 'REVIEW' });
        actor.send({ type: 'CONFIRM' });
      },
    ];
    for (const setup of setups) {
      const actor = start();
      setup(actor);
      expect(actor.getSnapshot().can(design)).toBe(true);
      actor.send(design);
      const { value, context } = actor.getSnapshot();
      expect(value).toBe('reviewing');
      expect(context.catalog?.id).toBe('standing-desk');
      expect(context).toMatchObject({ choices: { width: 150, top: 'solid-oak', accessories: ['drawer'] }, stepIndex: 0, spec: null });
    }
  });

  it('LOAD_DESIGN refuses unknown products and unacceptable choices without losing work', () => {
    const actor = start();
    actor.send({ type: 'SELECT_PRODUCT', productId: 'standing-desk' });
    actor.send({ type: 'SELECT_OPTION', groupId: 'width', value: 150 });
    const bad: FlowEvent[] = [
      { type: 'LOAD_DESIGN', productId: 'nope', choices: {} },
      { type: 'LOAD_DESIGN', productId: 'standing-desk', choices: { width: 999 } },
      { type: 'LOAD_DESIGN', productId: 'standing-desk', choices: { width: 152 } },
      { type: 'LOAD_DESIGN', productId: 'standing-desk', choices: { top: 'gold' } },
      { type: 'LOAD_DESIGN', productId: 'standing-desk', choices: { colour: 'red' } },
      { type: 'LOAD_DESIGN', productId: 'standing-desk', choices: JSON.parse('{"__proto__": "x"}') as Record<string, string> },
      { type: 'LOAD_DESIGN', productId: 'standing-desk', choices: { engraving: 'x'.repeat(25) } },
    ];
    for (const event of bad) {
      expect(actor.getSnapshot().can(event), JSON.stringify(event)).toBe(false);
      actor.send(event);
    }
    expect(actor.getSnapshot().value).toBe('configuring');
    expect(actor.getSnapshot().context.choices).toEqual({ width: 150 });
  });

  it('keeps its invariants on any sequence of events', () => {
    const steps = desk.groups.length;
    const eventArb: fc.Arbitrary<FlowEvent> = fc.oneof(
      fc.constantFrom<FlowEvent>({ type: 'NEXT' }, { type: 'BACK' }, { type: 'REVIEW' }, { type: 'CONFIRM' }, { type: 'RESTART' }, { type: 'BROWSE' }),
      fc.constant<FlowEvent>({ type: 'SELECT_PRODUCT', productId: 'standing-desk' }),
      fc.integer({ min: -1, max: steps }).map((index): FlowEvent => ({ type: 'EDIT_STEP', index })),
      fc.integer({ min: 95, max: 205 }).map((value): FlowEvent => ({ type: 'SELECT_OPTION', groupId: 'width', value })),
      fc.constantFrom('single', 'dual', 'bogus').map((value): FlowEvent => ({ type: 'SELECT_OPTION', groupId: 'motor', value })),
      fc.constantFrom('laminate-white', 'solid-walnut').map((value): FlowEvent => ({ type: 'SELECT_OPTION', groupId: 'top', value })),
      fc.subarray(['drawer', 'castors']).map((value): FlowEvent => ({ type: 'SELECT_OPTION', groupId: 'accessories', value })),
      fc.constantFrom(55, 60, 70).map((value): FlowEvent => ({ type: 'SELECT_OPTION', groupId: 'depth', value })),
      fc
        .record(
          {
            width: fc.integer({ min: 95, max: 205 }),
            motor: fc.constantFrom('single', 'dual', 'bogus'),
            accessories: fc.subarray(['drawer', 'castors', 'drawer']),
          },
          { requiredKeys: [] },
        )
        .map((choices): FlowEvent => ({ type: 'LOAD_DESIGN', productId: 'standing-desk', choices })),
    );
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        const actor = start([desk]);
        for (const event of events) {
          actor.send(event);
          const { context, value } = actor.getSnapshot();
          expect(context.stepIndex).toBeGreaterThanOrEqual(0);
          expect(context.stepIndex).toBeLessThan(steps);
          for (const [groupId, chosen] of Object.entries(context.choices)) {
            const group = desk.groups.find((g) => g.id === groupId);
            expect(group && invalidValueReason(group, chosen)).toBeUndefined();
          }
          if (value === 'done') {
            const spec = context.spec!;
            expect(spec.price.lines.reduce((sum, line) => sum + line.amount, 0)).toBe(spec.price.total);
            expect(findViolations(desk, resolveSelections(desk, context.choices))).toEqual([]);
          }
        }
        actor.stop();
      }),
      { numRuns: 200 },
    );
  });
});

describe('flowMachine: the order terms (country, quantity)', () => {
  it('takes valid terms, refuses bad ones without losing the rest, and prices the spec on them', () => {
    const actor = start();
    actor.send({ type: 'SELECT_PRODUCT', productId: 'standing-desk' });
    actor.send({ type: 'SET_PRICING', pricing: { country: 'US', quantity: 5 } });
    for (const bad of [{ country: 'XX' }, { quantity: 0 }, { quantity: 2.5 }, { quantity: desk.maxQuantity + 1 }, { channel: 'nope' }]) {
      actor.send({ type: 'SET_PRICING', pricing: bad });
    }
    expect(actor.getSnapshot().context.pricing).toEqual({ country: 'US', quantity: 5 });
    actor.send({ type: 'REVIEW' });
    actor.send({ type: 'CONFIRM' });
    const spec = actor.getSnapshot().context.spec!;
    expect(spec.pricing).toMatchObject({ market: { country: 'US' }, quantity: 5, priceList: { id: 'retail-usd' } });
    expect(spec.price.currency).toBe('USD');
    expect(spec.price.lines.some((line) => line.id === 'tier/5')).toBe(true);
  });

  it('keeps the country for another product but not the quantity; a restart keeps the country too', () => {
    const actor = start();
    actor.send({ type: 'SELECT_PRODUCT', productId: 'standing-desk' });
    actor.send({ type: 'SET_PRICING', pricing: { country: 'DE', quantity: 3 } });
    actor.send({ type: 'BROWSE' });
    actor.send({ type: 'SELECT_PRODUCT', productId: 'other-desk' });
    expect(actor.getSnapshot().context.pricing).toEqual({ country: 'DE' });
  });

  it('opens a design with its terms, and refuses a design whose terms the catalog cannot give', () => {
    const actor = start();
    actor.send({ type: 'LOAD_DESIGN', productId: 'standing-desk', choices: { width: 150 }, pricing: { country: 'FR', quantity: 2 } });
    expect(actor.getSnapshot().context).toMatchObject({ choices: { width: 150 }, pricing: { country: 'FR', quantity: 2 } });
    actor.send({ type: 'LOAD_DESIGN', productId: 'standing-desk', choices: { width: 160 }, pricing: { country: 'XX' } });
    expect(actor.getSnapshot().context.choices).toEqual({ width: 150 });
  });
});
