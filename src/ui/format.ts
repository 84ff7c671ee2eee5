import type { Cents } from '../domain/money.ts';
import type { IsoDate } from '../domain/business-days.ts';

const LOCALE = 'en-GB';

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Money is formatted only here, at the edge, from integer minor units. */
export function formatMoney(amount: Cents | number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { style: 'currency', currency });
    moneyFormats.set(currency, format);
  }
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

/** "+€90.00", "−€10.00", or "Included" for zero. */
export function formatDelta(amount: number, currency: string): string {
  if (amount === 0) return 'Included';
  return `${amount > 0 ? '+' : '−'}${formatMoney(Math.abs(amount), currency)}`;
}

const dateFormat = new Intl.DateTimeFormat(LOCALE, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Tue, 8 Dec 2026" from "2026-12-08". */
export function formatDate(date: IsoDate): string {
  return dateFormat.format(new Date(`${date}T00:00:00Z`));
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const dayMonthFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short' });
const savedAtFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric' });

/** "25 Nov", in the customer's time zone (default names of saved designs). */
export function formatDayMonth(date: Date): string {
  return dayMonthFormat.format(date);
}

/** "25 Nov 2026" from an ISO 8601 timestamp, in the customer's time zone. */
export function formatSavedAt(iso: string): string {
  return savedAtFormat.format(new Date(iso));
}
