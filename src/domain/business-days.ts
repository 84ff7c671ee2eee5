/** Calendar dates as ISO "YYYY-MM-DD" strings, computed in UTC so time zones never shift a day. */
export type IsoDate = string;

function parse(date: IsoDate): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`expected a date as YYYY-MM-DD, got "${date}"`);
  const parsed = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (parsed.toISOString().slice(0, 10) !== date) throw new RangeError(`"${date}" is not a calendar date`);
  return parsed;
}

function format(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function isBusinessDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  const weekday = parse(date).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/**
 * The date `days` business days after `start`. Day 0 is the first business day on or after
 * `start` (an order placed on a Saturday starts on Monday); weekends and holidays are skipped.
 */
export function addBusinessDays(start: IsoDate, days: number, holidays: ReadonlySet<IsoDate> = new Set()): IsoDate {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`expected a whole number of days ≥ 0, got ${days}`);
  const cursor = parse(start);
  const step = () => cursor.setUTCDate(cursor.getUTCDate() + 1);
  // As isBusinessDay, on the Date itself (the configurator counts lead times on every click).
  const open = () => {
    const weekday = cursor.getUTCDay();
    return weekday !== 0 && weekday !== 6 && (holidays.size === 0 || !holidays.has(format(cursor)));
  };
  while (!open()) step();
  for (let left = days; left > 0;) {
    step();
    if (open()) left--;
  }
  return format(cursor);
}

/** The calendar date of an instant in UTC. */
export function isoDateOf(instant: Date): IsoDate {
  return format(instant);
}
