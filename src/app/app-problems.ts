import { fillTemplate } from '../domain/fill-template.ts';

/**
 * Why something could not be kept in this browser or fetched from the order service (saved designs,
 * quotes, suggestions), as a code with parameters, so each reader words it in its own language:
 * `englishAppProblem` here (logs, tests), the UI from its message tables (`appProblem.<code>`, see
 * src/ui/i18n/problem-text.ts).
 */
export type AppProblem =
  | {
      readonly code: 'storageRefused' | 'storageFull' | 'designStorageRefused' | 'designStorageFull' | 'designsUnreadable' | 'notQuote' | 'alreadyVoted';
      readonly params?: undefined;
    }
  | { readonly code: 'quoteNotFound' | 'quoteWithoutSpec' | 'quoteUnreachable'; readonly params: { readonly number: string } }
  | { readonly code: 'quoteServiceFailed'; readonly params: { readonly number: string; readonly status: number } };

export type AppProblemCode = AppProblem['code'];

/** English texts; `{name}` is a parameter. */
export const APP_PROBLEM_TEXTS: Readonly<Record<AppProblemCode, string>> = {
  storageRefused: 'This browser does not allow saving here.',
  storageFull: 'This browser has no room to save this (or saving is turned off).',
  designStorageRefused: 'This browser does not allow saving designs.',
  designStorageFull: 'This browser has no room to save the design (or saving is turned off). Your design is still open.',
  designsUnreadable: 'Saved designs in this browser could not be read, so we did not overwrite them.',
  notQuote: 'This spec is not a quote.',
  alreadyVoted: 'You have already voted for this.',
  quoteNotFound: 'Quote {number} is not in this browser, and the order service has none that this link opens (check the whole link, with its key).',
  quoteServiceFailed: 'The order service could not give quote {number} (HTTP {status}).',
  quoteWithoutSpec: 'The order service sent quote {number} without its spec.',
  quoteUnreachable: 'Quote {number} is not in this browser, and the order service cannot be reached.',
};

/** A problem in English. */
export function englishAppProblem(problem: AppProblem): string {
  return fillTemplate(APP_PROBLEM_TEXTS[problem.code], problem.params);
}

/** A failed result: the problem, and its English as `message` (logs, tests). */
export function appFailure(problem: AppProblem): { readonly ok: false; readonly problem: AppProblem; readonly message: string } {
  return { ok: false, problem, message: englishAppProblem(problem) };
}
