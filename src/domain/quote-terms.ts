import type { IsoDate } from './business-days.ts';

/** A sales quote: its number, until when its prices hold, and who prepared it. */
export interface QuoteInfo {
  readonly number: string;
  /** The last day the quoted prices hold (ISO date). */
  readonly validUntil: IsoDate;
  /** The sales staff member who prepared it. */
  readonly preparedBy: string;
}

export const QUOTE_NUMBER_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,31}$/;

/** The calendar date `days` days after `date` (UTC, so no time zone shifts a day). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** Why a quote cannot be issued on `today` with a catalog holding prices `validityDays`, or undefined. */
export function invalidQuoteReason(quote: QuoteInfo, today: IsoDate, validityDays: number): string | undefined {
  if (!QUOTE_NUMBER_PATTERN.test(quote.number)) return 'a quote number is 3 to 32 capital letters, digits and dashes, e.g. Q-2026-000042';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(quote.validUntil) || addCalendarDays(quote.validUntil, 0) !== quote.validUntil)
    return 'the validity date must be a date such as 2026-12-31';
  if (quote.validUntil < today) return 'the validity date is in the past';
  const latest = addCalendarDays(today, validityDays);
  if (quote.validUntil > latest) return `prices can be held for ${validityDays} days at most: until ${latest}`;
  if (quote.preparedBy.trim().length === 0 || quote.preparedBy.length > 100) return 'say who prepared the quote';
  return undefined;
}
