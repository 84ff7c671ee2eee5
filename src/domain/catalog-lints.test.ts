import { describe, expect, it } from 'vitest';
import { engineLints } from './catalog-lints.ts';
import { loadDesk, makeCatalog } from './test-support.ts';

const groups = [
  { id: 'width', kind: 'number', label: 'Width', unit: 'cm', min: 100, max: 200, step: 20, default: 100 },
  { id: 'wood', kind: 'single', label: 'Wood', default: 'oak', values: [{ id: 'oak', label: 'Oak' }, { id: 'ebony', label: 'Ebony' }] },
  { id: 'glue', kind: 'single', label: 'Glue', default: 'pva', values: [{ id: 'pva', label: 'PVA' }, { id: 'epoxy', label: 'Epoxy' }] },
  { id: 'extras', kind: 'multi', label: 'Extras', default: ['feet'], values: [{ id: 'feet', label: 'Feet' }, { id: 'lamp', label: 'Lamp' }] },
];

describe('engineLints', () => {
  it('the sample desk has no dead or forced options', () => {
    expect(engineLints(loadDesk(), 'desk.json')).toEqual([]);
  });

  it('finds dead and forced values, unreachable number steps, always-included extras', () => {
    const catalog = makeCatalog({
      schemaVersion: 2,
      groups,
      rules: [
        { id: 'no-ebony', kind: 'excludes', message: 'Ebony is not sold.', conditions: [{ option: 'wood', is: 'ebony' }] },
        { id: 'pva-only', kind: 'excludes', message: 'Epoxy is out.', conditions: [{ option: 'glue', is: 'epoxy' }] },
        { id: 'max-160', kind: 'requires', message: 'Up to 160 cm.', if: { option: 'width', gt: 160 }, then: { option: 'wood', is: 'ebony' } },
        { id: 'needs-feet', kind: 'table', message: 'Feet are always fitted.', options: ['extras'], forbidden: [[['lamp']]] },
      ],
    });
    const messages = engineLints(catalog, 'x.json').map((p) => `${p.pointer} ${p.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^\/groups\/1\/values\/1 "ebony" can never be chosen/));
    expect(messages).toContainEqual(expect.stringMatching(/^\/groups\/1\/values\/0 "oak" is forced/));
    expect(messages).toContainEqual(expect.stringMatching(/^\/groups\/2\/values\/1 "epoxy" can never be chosen/));
    expect(messages).toContainEqual(expect.stringMatching(/^\/groups\/0 2 of 6 values can never be chosen \(180–200 cm\)/));
    expect(messages).toContainEqual(expect.stringMatching(/^\/groups\/3\/values\/1 "lamp" can never be added/));
  });

  it('a catalog whose rules allow no product is an error', () => {
    const catalog = makeCatalog({
      schemaVersion: 2,
      groups: groups.slice(1, 2),
      rules: [{ id: 'wood-a', kind: 'table', message: 'Only oak.', options: ['wood'], allowed: [['oak']] }],
    });
    expect(engineLints(catalog, 'x.json')).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'warning', pointer: '/groups/0/values/1' })]));
    const impossible = { ...catalog, rules: [...catalog.rules, { id: 'no-oak', kind: 'excludes' as const, message: 'No oak.', conditions: [{ option: 'wood', is: 'oak' }] }] };
    expect(engineLints(impossible, 'x.json')).toEqual([expect.objectContaining({ severity: 'error', pointer: '/rules' })]);
  });

  it('default rules that feed each other are reported', () => {
    const catalog = makeCatalog({
      schemaVersion: 2,
      groups: groups.slice(1, 3),
      rules: [
        { id: 'oak-pva', kind: 'default', if: { option: 'glue', is: 'pva' }, option: 'wood', value: 'oak' },
        { id: 'pva-oak', kind: 'default', if: { option: 'wood', is: 'oak' }, option: 'glue', value: 'pva' },
      ],
    });
    const messages = engineLints(catalog, 'x.json').map((p) => `${p.pointer} ${p.message}`);
    expect(messages).toContain('/rules/0 default rules for "wood" depend on each other in a cycle; the result depends on rule order');
    expect(messages).toContain('/rules/1 default rules for "glue" depend on each other in a cycle; the result depends on rule order');
  });
});
