import { describe, expect, it } from 'vitest';
import { csv } from './csv.ts';

describe('csv', () => {
  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(
      csv([
        ['sku', 'name', 'quantity'],
        ['A-1', 'Top, oak "select"', 2],
        ['B', 'two\nlines', 1],
      ]),
    ).toBe('sku,name,quantity\r\nA-1,"Top, oak ""select""",2\r\nB,"two\nlines",1\r\n');
  });

  it('keeps spreadsheet formulas from running', () => {
    expect(csv([['=HYPERLINK("x")', '-1', -1]])).toBe(`"'=HYPERLINK(""x"")",'-1,-1\r\n`);
  });
});
