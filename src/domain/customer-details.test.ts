import { describe, expect, it } from 'vitest';
import { customerProblems, formatCustomerProblem, type CustomerProblem, type CustomerProblemCode } from './customer-details.ts';
import type { OrderSpecCustomer } from './order-spec.ts';

const consent = { orderFulfilment: true, marketing: false, recordedAt: '2026-11-30T09:15:00.000Z' };
const lucia: OrderSpecCustomer = { name: 'Lucía Gómez', email: 'lucia@example.com', consent };
const address = { line1: 'Calle Mayor 1', postalCode: '28013', city: 'Madrid', country: 'ES' };

describe('customerProblems', () => {
  it('accepts a name and an email, with or without a whole address', () => {
    expect(customerProblems(lucia)).toEqual([]);
    expect(customerProblems({ ...lucia, phone: '+34 600 123 456', address })).toEqual([]);
  });

  it('names each field at fault with a code (and the limit for a text too long)', () => {
    expect(customerProblems({ ...lucia, name: ' ', email: 'lucia@example' })).toEqual([
      { field: 'name', code: 'nameMissing' },
      { field: 'email', code: 'emailInvalid' },
    ]);
    expect(customerProblems({ ...lucia, email: '', phone: 'call me' })).toEqual([
      { field: 'email', code: 'emailMissing' },
      { field: 'phone', code: 'phoneInvalid' },
    ]);
    expect(customerProblems({ ...lucia, company: 'x'.repeat(201) })).toEqual([{ field: 'company', code: 'tooLong', params: { max: 200 } }]);
    expect(customerProblems({ ...lucia, address: { line1: '', postalCode: '#', city: 'M'.repeat(101), country: 'es' } })).toEqual([
      { field: 'address.line1', code: 'line1Missing' },
      { field: 'address.postalCode', code: 'postalCodeInvalid' },
      { field: 'address.city', code: 'tooLong', params: { max: 100 } },
      { field: 'address.country', code: 'countryMissing' },
    ]);
    expect(customerProblems({ ...lucia, address: { ...address, postalCode: ' ', city: '' } }).map((p) => p.code)).toEqual(['postalCodeMissing', 'cityMissing']);
  });

  it('words each problem in English', () => {
    const problem = (code: Exclude<CustomerProblemCode, 'tooLong'>): CustomerProblem => ({ field: 'name', code });
    expect(formatCustomerProblem(problem('nameMissing'))).toBe('Enter the customer’s name');
    expect(formatCustomerProblem(problem('emailInvalid'))).toBe('Enter an email address such as name@example.com');
    expect(formatCustomerProblem({ field: 'company', code: 'tooLong', params: { max: 200 } })).toBe('at most 200 characters');
  });
});
