import { describe, expect, it } from 'vitest';
import { sealSpec } from './spec-integrity.ts';
import { copyOf, loadSample, sealedSpecOf, type EditableSpec } from './spec-fixtures.ts';
import type { SealedOrderSpec } from './order-spec.ts';
import { verifySpec } from './verify-spec.ts';

const desk = loadSample('standing-desk');
const spec = await sealedSpecOf(desk, { width: 170, top: 'solid-walnut', accessories: ['drawer'], engraving: 'Ada' });

/** A copy of the spec changed by `edit`, sealed again (so only the catalog comparison can catch it) or not. */
async function tampered(edit: (spec: EditableSpec) => void, reseal = true): Promise<unknown> {
  const copy = copyOf(spec);
  edit(copy);
  return reseal ? sealSpec(copy as unknown as SealedOrderSpec, desk) : copy;
}

describe('verifySpec', () => {
  it('finds nothing wrong with a sealed spec, with or without its catalog', async () => {
    expect(await verifySpec(spec)).toEqual([]);
    expect(await verifySpec(JSON.parse(JSON.stringify(spec)), desk)).toEqual([]);
    for (const id of ['bicycle', 'modular-shelving'] as const) {
      const catalog = loadSample(id);
      expect(await verifySpec(await sealedSpecOf(catalog, {}), catalog)).toEqual([]);
    }
  });

  it('reports a single changed cent in a price line at its pointer, and the seal it breaks', async () => {
    const index = spec.price.lines.findIndex((line) => line.id === 'top/solid-walnut');
    const amount = spec.price.lines[index]!.amount;
    const changed = await tampered((s) => (s.price.lines[index]!.amount += 1), false);
    const findings = await verifySpec(changed, desk);
    expect(findings).toContainEqual({ pointer: '/integrity/hash', message: expect.stringContaining('changed after it was sealed') });
    expect(findings).toContainEqual({ pointer: `/price/lines/${index}/amount`, message: `spec says ${amount + 1}, the catalog gives ${amount}` });
    expect(findings).toContainEqual({ pointer: '/price/total', message: `spec says ${spec.price.total}, its lines add up to ${spec.price.total + 1}` });
  });

  it('reports a changed total, even when the spec was sealed again', async () => {
    const changed = await tampered((s) => (s.price.total += 1));
    expect(await verifySpec(changed, desk)).toEqual([
      { pointer: '/price/total', message: `spec says ${spec.price.total + 1}, its lines add up to ${spec.price.total}` },
      { pointer: '/price/payable', message: `spec says ${spec.price.payable}, the total and the taxes not included in it add up to ${spec.price.payable + 1}` },
      { pointer: '/price/total', message: `spec says ${spec.price.total + 1}, the catalog gives ${spec.price.total}` },
    ]);
  });

  it('reports a changed VAT line at its pointer (the desk sample prices Spain, VAT included)', async () => {
    const vat = spec.taxes[0]!;
    expect(vat).toMatchObject({ id: 'vat/ES', rate: 21, included: true });
    const changed = await tampered((s) => (s.taxes[0]!.amount += 1));
    expect(await verifySpec(changed, desk)).toEqual([{ pointer: '/taxes/0/amount', message: `spec says ${vat.amount + 1}, the catalog gives ${vat.amount}` }]);
  });

  it('reports pricing terms the catalog cannot give', async () => {
    const changed = await tampered((s) => (s.pricing.quantity = 100_000));
    expect(await verifySpec(changed, desk)).toContainEqual({ pointer: '/pricing', message: 'the catalog cannot price this order: the quantity must be a whole number from 1 to 100' });
  });

  it('reports a changed quantity in the bill of materials', async () => {
    const index = spec.billOfMaterials.findIndex((line) => line.quantity === 1);
    const changed = await tampered((s) => (s.billOfMaterials[index]!.quantity = 2));
    expect(await verifySpec(changed, desk)).toEqual([{ pointer: `/billOfMaterials/${index}/quantity`, message: 'spec says 2, the catalog gives 1' }]);
  });

  it('recomputes the ship date from the spec’s own order date', async () => {
    const changed = await tampered((s) => (s.leadTime.shipDate = '2026-12-31'));
    expect(await verifySpec(changed, desk)).toEqual([
      { pointer: '/leadTime/shipDate', message: `spec says "2026-12-31", the catalog gives "${spec.leadTime.shipDate}"` },
    ]);
    // Verified on another day, the same spec still matches.
    expect(await verifySpec(spec, desk)).toEqual([]);
  });

  it('reports a changed choice that breaks a rule', async () => {
    const motor = spec.choices.findIndex((choice) => choice.groupId === 'motor');
    const changed = await tampered((s) => {
      s.choices[motor]!.value = 'single';
      s.choices[motor]!.labels = ['Single motor'];
    });
    const findings = await verifySpec(changed, desk);
    expect(findings).toEqual([{ pointer: '/choices/0', message: expect.stringMatching(/^breaks rule "wide-desk-needs-dual-motor": /) }]);
  });

  it('reports a choice the catalog does not offer, and a default that is not the default', async () => {
    const top = spec.choices.findIndex((choice) => choice.groupId === 'top');
    expect(await verifySpec(await tampered((s) => (s.choices[top]!.value = 'gold')), desk)).toEqual([
      { pointer: `/choices/${top}/value`, message: expect.any(String) },
    ]);
    const relabelled = await tampered((s) => (s.choices[top]!.source = 'default'));
    expect(await verifySpec(relabelled, desk)).toEqual([
      { pointer: `/choices/${top}/value`, message: `spec says "solid-walnut" (default), the catalog gives "laminate-white" for the customer's choices` },
      { pointer: `/choices/${top}/source`, message: 'spec says "default", the catalog gives "adjusted"' },
    ]);
  });

  it('reports a spec for another catalog version or another product, and changed rules', async () => {
    const newer = loadSample('standing-desk', (data) => (data.version = '2027.1.0'));
    const findings = await verifySpec(spec, newer);
    expect(findings[0]).toEqual({ pointer: '/catalog/version', message: `spec says "${spec.catalog.version}", the catalog gives "2027.1.0"` });
    expect(await verifySpec(spec, loadSample('bicycle'))).toEqual([{ pointer: '/catalog/id', message: 'spec is for catalog "standing-desk", not "bicycle"' }]);
    const repriced = loadSample(
      'standing-desk',
      (data) =>
        ((data.groups as { id: string; values?: { id: string; price: Record<string, number> }[] }[])
          .find((g) => g.id === 'top')!
          .values!.find((v) => v.id === 'solid-walnut')!.price.EUR! += 100),
    );
    const repricedFindings = await verifySpec(spec, repriced);
    expect(repricedFindings.map((f) => f.pointer)).toEqual(expect.arrayContaining(['/catalog/rulesFingerprint', '/price/total']));
    expect(repricedFindings.some((f) => /^\/price\/lines\/\d+\/amount$/.test(f.pointer))).toBe(true);
  });

  it('reports schema problems with their pointers', async () => {
    const findings = await verifySpec({ ...copyOf(spec), schemaVersion: 9, extra: true });
    expect(findings.map((f) => f.pointer)).toEqual(expect.arrayContaining(['/schemaVersion', '', '/integrity/hash']));
    expect(await verifySpec('not a spec')).toEqual([{ pointer: '', message: expect.any(String) }]);
  });
});
