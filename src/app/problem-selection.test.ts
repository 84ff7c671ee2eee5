import { describe, expect, it } from 'vitest';
import { jsonSyntaxErrorOffset, problemSelection } from './problem-selection.ts';
import { lineColumnOf, offsetOfLineColumn } from './text-position.ts';

const text = `{
  "basePrice": 499.5,
  "groups": [
    { "id": "width" }
  ]
}`;

function selected(problem: { pointer: string; message: string }): string {
  const { start, end } = problemSelection(text, problem);
  return text.slice(start, end);
}

describe('problemSelection', () => {
  it('selects the key and a primitive value', () => {
    expect(selected({ pointer: '/basePrice', message: 'expected integer cents, got 499.5' })).toBe('"basePrice": 499.5');
    expect(selected({ pointer: '/groups/0/id', message: 'duplicate' })).toBe('"id": "width"');
  });

  it('selects only the key and opening bracket of a container', () => {
    expect(selected({ pointer: '/groups', message: 'too few' })).toBe('"groups": [');
    expect(selected({ pointer: '/groups/0', message: 'x' })).toBe('{');
  });

  it('lands on the nearest parent when the key is missing', () => {
    expect(selected({ pointer: '/groups/0/label', message: 'required' })).toBe('{');
  });

  it('points at the position of a JSON syntax error', () => {
    const broken = '{\n  "a": 1\n  "b": 2\n}';
    let message = '';
    try {
      JSON.parse(broken);
    } catch (error) {
      message = `not valid JSON (${(error as Error).message})`;
    }
    const { start } = problemSelection(broken, { pointer: '', message });
    expect(broken.slice(start)).toMatch(/^"b"/);
  });
});

describe('jsonSyntaxErrorOffset', () => {
  const sample = 'ab\ncdef\ng';
  it('reads the wordings of V8 and SpiderMonkey', () => {
    expect(jsonSyntaxErrorOffset(sample, 'Unexpected token } in JSON at position 4')).toBe(4);
    expect(jsonSyntaxErrorOffset(sample, "Expected ',' or '}' after property value in JSON at position 5 (line 2 column 3)")).toBe(5);
    expect(jsonSyntaxErrorOffset(sample, 'JSON.parse: expected property name at line 2 column 3 of the JSON data')).toBe(5);
    expect(jsonSyntaxErrorOffset(sample, 'Unexpected end of JSON input')).toBe(sample.length);
    expect(jsonSyntaxErrorOffset(sample, 'at position 999')).toBe(sample.length);
    expect(jsonSyntaxErrorOffset(sample, 'schemaVersion 9 is newer than this app')).toBeUndefined();
  });
});

describe('text positions', () => {
  it('converts between offsets and 1-based lines and columns', () => {
    const sample = 'ab\ncdef\ng';
    expect(lineColumnOf(sample, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnOf(sample, 2)).toEqual({ line: 1, column: 3 });
    expect(lineColumnOf(sample, 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumnOf(sample, 9)).toEqual({ line: 3, column: 2 });
    expect(offsetOfLineColumn(sample, 2, 3)).toBe(5);
    expect(offsetOfLineColumn(sample, 9, 1)).toBe(sample.length);
  });
});
