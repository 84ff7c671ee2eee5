import { fillTemplate } from './fill-template.ts';
import type { OrderSpecCustomer } from './order-spec.ts';

/** A field of the customer block: "name", "email", "address.city", … */
export type CustomerField =
  'name' | 'company' | 'email' | 'phone' | 'address.line1' | 'address.line2' | 'address.postalCode' | 'address.city' | 'address.country';

/**
 * What is wrong with one field, as a code (with the limit for `tooLong`), so each reader words it in
 * its own language: `formatCustomerProblem` in English, the UI from its tables (`customerProblem.<code>`).
 */
export type CustomerProblem =
  | { readonly field: CustomerField; readonly code: Exclude<CustomerProblemCode, 'tooLong'>; readonly params?: undefined }
  | { readonly field: CustomerField; readonly code: 'tooLong'; readonly params: { readonly max: number } };

export type CustomerProblemCode = keyof typeof CUSTOMER_PROBLEM_TEXTS;

/** The English wording of each problem, shown under its field. */
export const CUSTOMER_PROBLEM_TEXTS = {
  nameMissing: 'Enter the customer’s name',
  emailMissing: 'Enter the customer’s email address',
  emailInvalid: 'Enter an email address such as name@example.com',
  phoneInvalid: 'Enter a phone number such as +34 600 123 456',
  line1Missing: 'Enter the street and number',
  postalCodeMissing: 'Enter the postal code',
  postalCodeInvalid: 'Enter a postal code such as 28001',
  cityMissing: 'Enter the city',
  countryMissing: 'Choose the country',
  tooLong: 'at most {max} characters',
} as const;

/** A customer problem in English. */
export function formatCustomerProblem(problem: CustomerProblem): string {
  return fillTemplate(CUSTOMER_PROBLEM_TEXTS[problem.code], problem.params);
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
  const problem = (field: CustomerField, code: Exclude<CustomerProblemCode, 'tooLong'>) => problems.push({ field, code });
  const tooLong = (field: CustomerField, value: string | undefined, max: number) => {
    if (value !== undefined && value.length > max) problems.push({ field, code: 'tooLong', params: { max } });
  };
  if (!customer.name?.trim()) problem('name', 'nameMissing');
  tooLong('name', customer.name, 200);
  tooLong('company', customer.company, 200);
  if (!customer.email?.trim()) problem('email', 'emailMissing');
  else if (!EMAIL.test(customer.email)) problem('email', 'emailInvalid');
  if (customer.phone && !PHONE.test(customer.phone)) problem('phone', 'phoneInvalid');
  const address = customer.address;
  if (address) {
    if (!address.line1.trim()) problem('address.line1', 'line1Missing');
    tooLong('address.line1', address.line1, 200);
    tooLong('address.line2', address.line2, 200);
    if (!address.postalCode.trim()) problem('address.postalCode', 'postalCodeMissing');
    else if (!/^[A-Za-z0-9 -]{2,16}$/.test(address.postalCode)) problem('address.postalCode', 'postalCodeInvalid');
    if (!address.city.trim()) problem('address.city', 'cityMissing');
    tooLong('address.city', address.city, 100);
    if (!COUNTRY.test(address.country)) problem('address.country', 'countryMissing');
  }
  return problems;
}
