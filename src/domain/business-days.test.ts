import { describe, expect, it } from 'vitest';
import { addBusinessDays, isBusinessDay, isoDateOf } from './business-days.ts';

// Calendar used below (checked by hand):
//   2026-11-27 Fri, 11-28 Sat, 11-29 Sun, 11-30 Mon
//   2026-12-24 Thu, 12-25 Fri, 12-26 Sat, 12-27 Sun, 12-28 Mon, 12-31 Thu
//   2027-01-01 Fri, 01-04 Mon, 01-06 Wed, 01-07 Thu
const xmas = new Set(['2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01', '2027-01-06']);

describe('isBusinessDay', () => {
  it('is false on weekends and holidays, true otherwise', () => {
    expect(isBusinessDay('2026-11-27', new Set())).toBe(true); // Friday
    expect(isBusinessDay('2026-11-28', new Set())).toBe(false); // Saturday
    expect(isBusinessDay('2026-11-29', new Set())).toBe(false); // Sunday
    expect(isBusinessDay('2026-11-30', new Set())).toBe(true); // Monday
    expect(isBusinessDay('2026-11-30', new Set(['2026-11-30']))).toBe(false);
  });
});

describe('addBusinessDays', () => {
  it('counts within a week', () => {
    expect(addBusinessDays('2026-11-30', 1)).toBe('2026-12-01'); // Mon → Tue
    expect(addBusinessDays('2026-11-30', 4)).toBe('2026-12-04'); // Mon → Fri
  });

  it('skips weekends', () => {
    expect(addBusinessDays('2026-11-27', 1)).toBe('2026-11-30'); // Fri → Mon
    expect(addBusinessDays('2026-11-26', 3)).toBe('2026-12-01'); // Thu → Fri, Mon, Tue
    expect(addBusinessDays('2026-11-30', 10)).toBe('2026-12-14'); // two whole weeks
  });

  it('starts a weekend order on the Monday', () => {
    expect(addBusinessDays('2026-11-28', 0)).toBe('2026-11-30'); // Sat, day 0 is Monday
    expect(addBusinessDays('2026-11-29', 0)).toBe('2026-11-30'); // Sun
    expect(addBusinessDays('2026-11-28', 1)).toBe('2026-12-01'); // Sat → Tue
    expect(addBusinessDays('2026-11-29', 5)).toBe('2026-12-07'); // Sun → next Mon
  });

  it('returns the start itself for 0 days on a business day', () => {
    expect(addBusinessDays('2026-11-30', 0)).toBe('2026-11-30');
  });

  it('skips holidays, including a holiday on the start day', () => {
    const holidays = new Set(['2026-12-08']); // a Tuesday
    expect(addBusinessDays('2026-12-07', 1, holidays)).toBe('2026-12-09');
    expect(addBusinessDays('2026-12-07', 5, holidays)).toBe('2026-12-15'); // 9,10,11,14,15
    expect(addBusinessDays('2026-12-08', 0, holidays)).toBe('2026-12-09'); // starts on the holiday
    expect(addBusinessDays('2026-12-08', 1, holidays)).toBe('2026-12-10');
  });

  it('crosses month ends', () => {
    expect(addBusinessDays('2026-02-27', 1)).toBe('2026-03-02'); // Fri 27 Feb 2026 (not a leap year) → Mon 2 Mar
    expect(addBusinessDays('2026-04-30', 1)).toBe('2026-05-01'); // Thu → Fri
  });

  it('crosses the year end over Christmas and New Year holidays', () => {
    // 24 Dec (holiday, Thu) → day 0 is Mon 28 Dec; 29 (1), 30 (2), 31 hol, 1 Jan hol, weekend,
    // 4 Jan (3), 5 Jan (4), 6 Jan hol, 7 Jan (5), 8 Jan (6).
    expect(addBusinessDays('2026-12-24', 0, xmas)).toBe('2026-12-28');
    expect(addBusinessDays('2026-12-24', 2, xmas)).toBe('2026-12-30');
    expect(addBusinessDays('2026-12-24', 3, xmas)).toBe('2027-01-04');
    expect(addBusinessDays('2026-12-24', 5, xmas)).toBe('2027-01-07');
    expect(addBusinessDays('2026-12-24', 6, xmas)).toBe('2027-01-08');
    // Without holidays: Thu 24 Dec + 5 = Thu 31 Dec.
    expect(addBusinessDays('2026-12-24', 5)).toBe('2026-12-31');
  });

  it('handles 29 February in a leap year', () => {
    expect(addBusinessDays('2028-02-28', 1)).toBe('2028-02-29'); // Mon → Tue
  });

  it.each(['2026-02-30', '2026-13-01', '2026-00-10', '2026-1-5', '26-01-05', '2026-01-05T00:00:00Z', '', 'tomorrow'])(
    'rejects the start "%s"',
    (start) => {
      expect(() => addBusinessDays(start, 1)).toThrow(RangeError);
    },
  );

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s days', (days) => {
    expect(() => addBusinessDays('2026-11-30', days)).toThrow(RangeError);
  });
});

describe('isoDateOf', () => {
  it('gives the UTC calendar date', () => {
    expect(isoDateOf(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(isoDateOf(new Date('2026-12-31T23:30:00-02:00'))).toBe('2027-01-01');
  });
});
