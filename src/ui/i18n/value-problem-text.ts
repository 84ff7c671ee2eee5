import type { ValueProblem } from '../../domain/selections.ts';
import { translate, type Translate } from './i18n.ts';

/** Why a typed value is not acceptable, in the current language: "Width must be between 100 and 200 cm". */
export function valueProblemText(problem: ValueProblem, t: Translate = translate): string {
  return t(`valueProblem.${problem.code}`, problem.params);
}
