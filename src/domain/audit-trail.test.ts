import { describe, expect, it } from 'vitest';
import { WHOLE_ORDER } from './apply-discounts.ts';
import { approvalOf, discountEntry, entryForDiscount, invalidAuditReason, pricingEntry, unrecordedDiscounts, type AuditEntry } from './audit-trail.ts';

const at = '2026-11-30T09:15:00.000Z';
const ana = { actor: 'Ana', reason: 'Repeat customer', approval: 'staff' as const };
const set = (percent: number, approval: 'staff' | 'manager' = 'staff', target = WHOLE_ORDER): AuditEntry =>
  discountEntry(at, { ...ana, approval }, 'discount-set', { target, percent }, target === WHOLE_ORDER ? 'the order' : target);

describe('audit trail', () => {
  it('records who changed which price, when and why, readable by people', () => {
    expect(set(15, 'manager')).toEqual({
      at,
      actor: 'Ana',
      action: 'discount-set',
      detail: 'Discount on the order: 15%',
      reason: 'Repeat customer',
      approval: 'manager',
      discount: { target: WHOLE_ORDER, percent: 15 },
    });
    expect(pricingEntry(at, { actor: ' Ana ', reason: '' }, { channel: 'trade', country: 'DE' })).toMatchObject({
      actor: 'Ana',
      action: 'pricing-set',
      detail: 'Price terms: price list trade, delivery to DE',
    });
  });

  it('words its entries in the spec’s language (English without one)', () => {
    const discount = { target: WHOLE_ORDER, percent: 12.5 };
    expect(discountEntry(at, ana, 'discount-set', discount, 'el pedido', 'es').detail).toBe('Descuento en el pedido: 12,5 %');
    expect(discountEntry(at, ana, 'discount-removed', discount, 'Nogal macizo', 'es-ES').detail).toBe('Descuento en Nogal macizo retirado (era del 12,5 %)');
    expect(discountEntry(at, ana, 'discount-removed', discount, 'Solid walnut').detail).toBe('Discount on Solid walnut removed (was 12.5%)');
    expect(discountEntry(at, ana, 'discount-set', discount, 'the order', 'fr').detail).toBe('Discount on the order: 12.5%');
    expect(pricingEntry(at, ana, { channel: 'trade', country: 'DE', quantity: 5 }, 'es').detail).toBe(
      'Condiciones de precio: lista de precios trade, entrega en DE, cantidad 5',
    );
    expect(pricingEntry(at, ana, {}, 'es').detail).toBe('Condiciones de precio: sin cambios');
    expect(pricingEntry(at, ana, {}).detail).toBe('Price terms: unchanged');
  });

  it('needs a name, and a reason for discounts', () => {
    expect(invalidAuditReason({ ...ana, actor: ' ', action: 'discount-set', discount: null })).toBe('say who made the change');
    expect(invalidAuditReason({ ...ana, reason: '', action: 'discount-set', discount: null })).toBe('give a reason for the discount');
    expect(invalidAuditReason({ ...ana, reason: '', action: 'pricing-set', discount: null })).toBeUndefined();
  });

  it('finds the entry that set a discount, unless it was removed since', () => {
    const trail = [set(5), set(8, 'staff', 'base'), set(12, 'manager')];
    expect(entryForDiscount(trail, WHOLE_ORDER)?.discount?.percent).toBe(12);
    const removed = [...trail, discountEntry(at, ana, 'discount-removed', { target: WHOLE_ORDER, percent: 12 }, 'the order')];
    expect(entryForDiscount(removed, WHOLE_ORDER)).toBeUndefined();
    expect(entryForDiscount(removed, 'base')?.discount?.percent).toBe(8);
  });

  it('takes the approval of the latest discount set: its approver saw the whole set', () => {
    expect(approvalOf([])).toBe('staff');
    expect(approvalOf([set(5), set(15, 'manager')])).toBe('manager');
    expect(approvalOf([set(15, 'manager'), set(2, 'staff', 'base')])).toBe('staff');
  });

  it('reports discounts the trail does not account for', () => {
    const trail = [set(10)];
    expect(unrecordedDiscounts(trail, [{ target: WHOLE_ORDER, percent: 10 }])).toEqual([]);
    expect(unrecordedDiscounts(trail, [{ target: WHOLE_ORDER, percent: 19 }])).toEqual([
      { index: 0, message: 'the audit trail gives 10% on "total", the price 19%' },
    ]);
    expect(
      unrecordedDiscounts(trail, [
        { target: WHOLE_ORDER, percent: 10 },
        { target: 'base', percent: 3 },
      ]),
    ).toEqual([{ index: 1, message: 'no audit entry gives this discount on "base"' }]);
  });
});
