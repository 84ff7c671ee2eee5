import type { Cents } from '../domain/money.ts';
import type { IsoDate } from '../domain/business-days.ts';
import { i18nState, translate } from './i18n/i18n.ts';

// Money, dates and numbers are formatted for the shop's current language (en-GB or es-ES, see
// i18n.ts); formatters are cached per locale. Components re-render on a language change (`useT`).
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: (locale: string) => T): T {
  const locale = i18nState().locale;
  const id = `${locale}|${key}`;
  let format = formats.get(id) as T | undefined;
  if (!format) {
    format = make(locale);
    formats.set(id, format);
  }
  return format;
}

/** Money is formatted only here, at the edge, from integer minor units: "€659.00", "659,00 €". */
export function formatMoney(amount: Cents | number, currency: string): string {
  return moneyText(
    cached(`money|${currency}`, (locale) => new Intl.NumberFormat(locale, { style: 'currency', currency })),
    amount,
  );
}

/**
 * The same in a given Intl locale: the build writes the product cards' prices for the first paint
 * with it (vite.config.ts), so the entry creates no number formatter before it paints.
 */
export function formatMoneyIn(locale: string, amount: Cents | number, currency: string): string {
  return moneyText(new Intl.NumberFormat(locale, { style: 'currency', currency }), amount);
}

function moneyText(format: Intl.NumberFormat, amount: number): string {
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

/** "+€90.00", "−€10.00", or "Included" for zero. */
export function formatDelta(amount: number, currency: string): string {
  if (amount === 0) return translate('option.included');
  return `${amount > 0 ? '+' : '−'}${formatMoney(Math.abs(amount), currency)}`;
}

/** A number the language's way: "1,234.5" / "1234,5". */
export function formatNumber(value: number | bigint): string {
  return cached('number', (locale) => new Intl.NumberFormat(locale)).format(value);
}

/** "Tue, 8 Dec 2026" / "mar, 8 dic 2026" from "2026-12-08". */
export function formatDate(date: IsoDate): string {
  const format = cached(
    'date',
    (locale) => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  );
  return format.format(new Date(`${date}T00:00:00Z`));
}

/**
 * Creates the formatters the shop shows first (the first number or date formatter loads locale
 * data: up to a hundred ms on a phone), so the shop's first render does not pay for them.
 */
export function warmUpFormats(): void {
  formatMoney(0, 'EUR');
  formatDateRange('2026-01-05', '2026-01-07');
  formatDate('2026-01-05');
}

/** "3 days" — English only; components use `t` with plural forms. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "25 Nov", in the customer's time zone (default names of saved designs). */
export function formatDayMonth(date: Date): string {
  return cached('dayMonth', (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' })).format(date);
}

/** "25 Nov 2026" from an ISO 8601 timestamp, in the customer's time zone. */
export function formatSavedAt(iso: string): string {
  return cached('savedAt', (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' })).format(new Date(iso));
}

/** "Wed 23 – Mon 28 Dec" from two ISO dates (one date when they are the same). */
export function formatDateRange(from: IsoDate, to: IsoDate): string {
  const format = cached('range', (locale) => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }));
  const start = new Date(`${from}T00:00:00Z`);
  return from === to ? format.format(start) : format.formatRange(start, new Date(`${to}T00:00:00Z`));
}
