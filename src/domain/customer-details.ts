import type { OrderSpecCustomer } from './order-spec.ts';

/** A field of the customer block: "name", "email", "address.city", … */
export type CustomerField =
  'name' | 'company' | 'email' | 'phone' | 'address.line1' | 'address.line2' | 'address.postalCode' | 'address.city' | 'address.country';

export interface CustomerProblem {
  readonly field: CustomerField;
  readonly message: string;
}

// The same patterns the order spec schema checks (zod's email, the spec's phone), so details that pass here pass there.
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const PHONE = /^\+?[0-9 ()-]{6,24}$/;
const COUNTRY = /^[A-Z]{2}$/;

/**
 * What is wrong with customer details for a quote, field by field (none: fine). A quote needs a
 * name and a way to reach the customer by email; phone, company and address are optional, but an
 * address, once started, needs its first line, postal code, city and country.
 */
export function customerProblems(customer: OrderSpecCustomer): CustomerProblem[] {
  const problems: CustomerProblem[] = [];
  const tooLong = (field: CustomerField, value: string | undefined, max: number) => {
    if (value !== undefined && value.length > max) problems.push({ field, message: `at most ${max} characters` });
  };
  if (!customer.name?.trim()) problems.push({ field: 'name', message: 'Enter the customer’s name' });
  tooLong('name', customer.name, 200);
  tooLong('company', customer.company, 200);
  if (!customer.email?.trim()) problems.push({ field: 'email', message: 'Enter the customer’s email address' });
  else if (!EMAIL.test(customer.email)) problems.push({ field: 'email', message: 'Enter an email address such as name@example.com' });
  if (customer.phone && !PHONE.test(customer.phone)) problems.push({ field: 'phone', message: 'Enter a phone number such as +34 600 123 456' });
  const address = customer.address;
  if (address) {
    if (!address.line1.trim()) problems.push({ field: 'address.line1', message: 'Enter the street and number' });
    tooLong('address.line1', address.line1, 200);
    tooLong('address.line2', address.line2, 200);
    if (!address.postalCode.trim()) problems.push({ field: 'address.postalCode', message: 'Enter the postal code' });
    else if (!/^[A-Za-z0-9 -]{2,16}$/.test(address.postalCode)) problems.push({ field: 'address.postalCode', message: 'Enter a postal code such as 28001' });
    if (!address.city.trim()) problems.push({ field: 'address.city', message: 'Enter the city' });
    tooLong('address.city', address.city, 100);
    if (!COUNTRY.test(address.country)) problems.push({ field: 'address.country', message: 'Choose the country' });
  }
  return problems;
}
