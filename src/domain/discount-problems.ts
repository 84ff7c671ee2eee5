import { fillTemplate } from './fill-template.ts';

/**
 * Why sales staff's discounts are refused, as a code with parameters, so each reader words it in
 * its own language: `formatDiscountProblem` in English (the domain, `verifySpec`, the server), the
 * UI from its message tables (`discountProblem.<code>`). `target` is a price line's id ("total" for
 * the whole order), `label` a line's label, percentages are numbers.
 */
export type DiscountProblem =
  | { readonly code: 'notPercent' | 'tooPrecise' | 'discountOfDiscount' | 'belowCost'; readonly params?: undefined }
  | { readonly code: 'noSuchLine' | 'twoOnTarget'; readonly params: { readonly target: string } }
  | { readonly code: 'notCharge'; readonly params: { readonly label: string } }
  | { readonly code: 'aboveLimit' | 'needsManager'; readonly params: { readonly percent: number; readonly limit: number } };

export type DiscountProblemCode = DiscountProblem['code'];

/** The English wording of each problem (mid-sentence, as it follows "the catalog's guardrails refuse these discounts: "). */
export const DISCOUNT_PROBLEM_TEXTS: Readonly<Record<DiscountProblemCode, string>> = {
  notPercent: 'a discount is a percentage above 0 and at most 100',
  tooPrecise: 'a discount has at most two decimals (e.g. 12.5)',
  noSuchLine: 'there is no price line "{target}" to discount',
  discountOfDiscount: 'a discount cannot be discounted again',
  notCharge: '"{label}" is not a charge, so it cannot be discounted',
  twoOnTarget: 'two discounts on "{target}"; give one',
  aboveLimit: '{percent}% off is more than the {limit}% anyone may give on this product',
  needsManager: "{percent}% off is more than the {limit}% staff may give alone: a manager's code is needed",
  belowCost: 'this would sell below cost: the order would bring in less than it costs to make',
};

/** A discount problem in English. */
export function formatDiscountProblem(problem: DiscountProblem): string {
  return fillTemplate(DISCOUNT_PROBLEM_TEXTS[problem.code], problem.params);
}
