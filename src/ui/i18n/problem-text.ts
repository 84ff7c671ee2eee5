import type { AppProblem } from '../../app/app-problems.ts';
import type { CustomerProblem } from '../../domain/customer-details.ts';
import type { DiscountProblem } from '../../domain/discount-problems.ts';
import { translate, type Translate } from './i18n.ts';

/*
 * The domain's and app's problem codes in the current language. Keep the problem (not its words)
 * in a component's state and word it when rendering, so a message on screen follows a change of language.
 */

/** Why a discount is refused, as a sentence: "This would sell below cost: …". */
export function discountProblemText(problem: DiscountProblem, t: Translate = translate): string {
  return t(`discountProblem.${problem.code}`, problem.params);
}

/** What is wrong with a customer detail, shown under its field: "Enter the customer’s name". */
export function customerProblemText(problem: CustomerProblem, t: Translate = translate): string {
  return t(`customerProblem.${problem.code}`, problem.params);
}

/** Why saving in this browser or fetching a quote failed: "This browser does not allow saving designs." */
export function appProblemText(problem: AppProblem, t: Translate = translate): string {
  return t(`appProblem.${problem.code}`, problem.params);
}
