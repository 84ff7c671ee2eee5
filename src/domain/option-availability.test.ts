import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFixes, optionAvailability, type GroupAvailability } from './option-availability.ts';
import { resolveSelections } from './resolve-selections.ts';
import { findViolations, ruleGroups } from './rules.ts';
import { numberSteps, type Selections } from './selections.ts';
import { choicesArbitrary, loadDesk } from './test-support.ts';

const desk = loadDesk();

function availabilityOf(choices: Selections, groupId: string): GroupAvailability {
  const found = optionAvailability(desk, choices).find((a) => a.groupId === groupId);
  if (!found) throw new Error(`no availability for ${groupId}`);
  return found;
}

const range = (from: number, to: number, step: number) => Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step);

describe('optionAvailability on the desk', () => {
  it('returns one entry per group, in catalog order', () => {
    expect(optionAvailability(desk, {}).map((a) => a.groupId)).toEqual(['width', 'depth', 'top', 'frame', 'motor', 'accessories']);
  });

  it('with no choices nothing is blocked and every step is allowed', () => {
    const availability = optionAvailability(desk, {});
    for (const group of availability) expect(group.blockedValues.size).toBe(0);
    expect(availability.find((a) => a.groupId === 'width')?.allowedNumbers).toEqual(range(100, 200, 5));
    expect(availability.find((a) => a.groupId === 'depth')?.allowedNumbers).toEqual(range(60, 90, 5));
  });

  describe('with width 190 and a single motor both chosen', () => {
    const choices = { width: 190, motor: 'single' };

    it('solid walnut is blocked by walnut-up-to-180, fixed by width → 180', () => {
      const blocked = availabilityOf(choices, 'top').blockedValues.get('solid-walnut');
      expect(blocked?.rules.map((r) => r.id)).toEqual(['walnut-up-to-180']);
      expect(blocked?.fix).toEqual([{ groupId: 'width', value: 180 }]);
      expect(blocked?.conflict).toEqual(['width']);
    });

    it('the other tops are not blocked (the motor conflict does not involve the top)', () => {
      expect([...availabilityOf(choices, 'top').blockedValues.keys()]).toEqual(['solid-walnut']);
    });

    it('the single motor is blocked by wide-desk-needs-dual-motor, fixed by width → 160; dual is fine', () => {
      const motor = availabilityOf(choices, 'motor');
      const blocked = motor.blockedValues.get('single');
      expect(blocked?.rules.map((r) => r.id)).toEqual(['wide-desk-needs-dual-motor']);
      expect(blocked?.fix).toEqual([{ groupId: 'width', value: 160 }]);
      expect(motor.blockedValues.has('dual')).toBe(false);
    });

    it('width allows exactly 100..160 in steps of 5', () => {
      const width = availabilityOf(choices, 'width');
      expect(width.allowedNumbers).toEqual(range(100, 160, 5));
      expect(width.blockedValues.size).toBe(0);
    });
  });

  it('a chosen drawer limits depth to 70..90; a chosen depth 60 blocks the drawer (fix depth → 70)', () => {
    expect(availabilityOf({ accessories: ['drawer'] }, 'depth').allowedNumbers).toEqual([70, 75, 80, 85, 90]);
    const blocked = availabilityOf({ depth: 60 }, 'accessories').blockedValues;
    expect([...blocked.keys()]).toEqual(['drawer']);
    expect(blocked.get('drawer')?.fix).toEqual([{ groupId: 'depth', value: 70 }]);
  });

  it('a chosen walnut top limits width to 100..180 (the free motor follows the width)', () => {
    expect(availabilityOf({ top: 'solid-walnut' }, 'width').allowedNumbers).toEqual(range(100, 180, 5));
  });
});

describe('findFixes', () => {
  it('width 170 + single motor: width → 160 or motor → dual', () => {
    expect(findFixes(desk, { width: 170, motor: 'single' })).toEqual([
      { groupId: 'width', value: 160 },
      { groupId: 'motor', value: 'dual' },
    ]);
  });

  it('no fixes for valid choices', () => {
    expect(findFixes(desk, { width: 150, motor: 'single' })).toEqual([]);
  });

  it('only changes groups the customer chose (an unchosen group is repaired by resolving instead)', () => {
    expect(findFixes(desk, { width: 170 })).toEqual([]);
    expect(findFixes(desk, { width: 190, top: 'solid-walnut' })).toEqual([{ groupId: 'width', value: 180 }, { groupId: 'top', value: 'laminate-white' }]);
  });
});

describe('optionAvailability properties (random partial choices on the desk)', () => {
  it('no dead ends: every selectable value, once chosen, completes into a valid desk; every blocked one cannot, and its fix allows it', () => {
    fc.assert(
      fc.property(choicesArbitrary(desk), (choices) => {
        // Only choices that can still be completed: conflicting ones are shown as violations instead.
        if (findViolations(desk, resolveSelections(desk, choices)).length > 0) return;
        const resolved = resolveSelections(desk, choices);
        const completes = (c: Selections) => findViolations(desk, resolveSelections(desk, c)).length === 0;
        for (const availability of optionAvailability(desk, choices)) {
          const group = desk.groups.find((g) => g.id === availability.groupId)!;
          if (group.kind === 'number') {
            const allowed = new Set(availability.allowedNumbers);
            for (const step of numberSteps(group)) expect(completes({ ...choices, [group.id]: step })).toBe(allowed.has(step));
            continue;
          }
          if (group.kind === 'text') continue;
          for (const value of group.values) {
            const current = resolved[group.id];
            const picked = group.kind === 'single' ? value.id : [...new Set([...(Array.isArray(current) ? current : []), value.id])];
            const blocked = availability.blockedValues.get(value.id);
            expect(completes({ ...choices, [group.id]: picked })).toBe(!blocked);
            if (!blocked) continue;
            expect(blocked.rules.length).toBeGreaterThan(0);
            for (const rule of blocked.rules) expect(ruleGroups(rule).has(group.id)).toBe(true);
            const fixed: Record<string, unknown> = { ...choices };
            for (const change of blocked.fix) {
              expect(change.groupId).not.toBe(group.id);
              fixed[change.groupId] = change.value;
            }
            expect(completes({ ...(fixed as Selections), [group.id]: picked })).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a blocked value on the desk always has at least one fix (every rule links two groups)', () => {
    fc.assert(
      fc.property(choicesArbitrary(desk), (choices) => {
        for (const availability of optionAvailability(desk, choices)) {
          for (const blocked of availability.blockedValues.values()) expect(blocked.fix.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});
