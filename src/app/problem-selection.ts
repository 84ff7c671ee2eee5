import type { CatalogProblem } from '../domain/catalog-error.ts';
import { locateJsonPointer } from './json-pointer-location.ts';
import { offsetOfLineColumn } from './text-position.ts';

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The text an editor selects when a merchandiser picks a problem: the member's key and value
 * (`"basePrice": 499.5`) for a number, string or boolean; just the key and opening bracket for an
 * object or array, so the caret lands on the right line without selecting a whole block. A JSON
 * syntax error points at the position the parser reported.
 */
export function problemSelection(text: string, problem: Pick<CatalogProblem, 'pointer' | 'message'>): TextRange {
  if (problem.pointer === '') {
    const offset = jsonSyntaxErrorOffset(text, problem.message);
    if (offset !== undefined) return { start: offset, end: Math.min(offset + 1, text.length) };
  }
  const location = locateJsonPointer(text, problem.pointer);
  const isContainer = text[location.start] === '{' || text[location.start] === '[';
  const end = isContainer ? Math.min(location.start + 1, text.length) : location.end;
  return { start: location.keyStart ?? location.start, end };
}

/**
 * The offset a JSON.parse error message reports, in the wordings of V8 ("at position 12",
 * "(line 2 column 5)"), SpiderMonkey ("at line 2 column 5") and "Unexpected end of JSON input".
 */
export function jsonSyntaxErrorOffset(text: string, message: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position) return Math.min(Number(position[1]), text.length);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return offsetOfLineColumn(text, Number(lineColumn[1]), Number(lineColumn[2]));
  if (/end of (JSON )?(input|data)/i.test(message)) return text.length;
  return undefined;
}
