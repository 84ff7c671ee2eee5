/** Where a JSON pointer's value sits in a JSON text. */
export interface JsonLocation {
  /** Offset of the value's first character. */
  readonly start: number;
  /** Offset just after the value. */
  readonly end: number;
  /** Offset of the member's key (its opening quote) when the value is an object member. */
  readonly keyStart: number | undefined;
  /** The part of the pointer that was found: the pointer itself, or its nearest existing parent. */
  readonly pointer: string;
  readonly exact: boolean;
}

/** RFC 6901: "" is the whole document; "~1" is "/" and "~0" is "~" inside a token. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  const tokens = (pointer.startsWith('/') ? pointer.slice(1) : pointer).split('/');
  return tokens.map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function pointerOf(tokens: readonly string[]): string {
  return tokens.map((token) => '/' + token.replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

/**
 * Finds the value a JSON pointer refers to by scanning the text, so an editor can put the caret
 * there. Tolerant: the text may have been edited since the pointer was reported, so broken or
 * truncated JSON never throws; when part of the path is missing it answers the nearest parent
 * that exists. Duplicate keys resolve to the last one, as JSON.parse does. Linear in the text.
 */
export function locateJsonPointer(text: string, pointer: string): JsonLocation {
  const tokens = pointerTokens(pointer);
  let start = skipSpace(text, 0);
  let keyStart: number | undefined;
  let depth = 0;
  for (; depth < tokens.length; depth++) {
    const child = findChild(text, start, tokens[depth]!);
    if (!child) break;
    start = child.start;
    keyStart = child.keyStart;
  }
  return { start, end: skipValue(text, start), keyStart, pointer: pointerOf(tokens.slice(0, depth)), exact: depth === tokens.length };
}

interface Child {
  readonly start: number;
  readonly keyStart: number | undefined;
}

function findChild(text: string, at: number, token: string): Child | undefined {
  if (text[at] === '{') return findMember(text, at, token);
  if (text[at] === '[' && /^(0|[1-9][0-9]*)$/.test(token)) return findElement(text, at, Number(token));
  return undefined;
}

function findMember(text: string, open: number, key: string): Child | undefined {
  let found: Child | undefined;
  let i = skipSpace(text, open + 1);
  while (i < text.length && text[i] === '"') {
    const keyStart = i;
    const keyEnd = skipString(text, i);
    i = skipSpace(text, keyEnd);
    if (text[i] !== ':') break;
    const valueStart = skipSpace(text, i + 1);
    if (decodeKey(text.slice(keyStart, keyEnd)) === key) found = { start: valueStart, keyStart };
    i = skipSpace(text, skipValue(text, valueStart));
    if (text[i] !== ',') break;
    i = skipSpace(text, i + 1);
  }
  return found;
}

function findElement(text: string, open: number, index: number): Child | undefined {
  let i = skipSpace(text, open + 1);
  if (text[i] === ']') return undefined;
  for (let n = 0; i < text.length; n++) {
    if (n === index) return { start: i, keyStart: undefined };
    i = skipSpace(text, skipValue(text, i));
    if (text[i] !== ',') return undefined;
    i = skipSpace(text, i + 1);
  }
  return undefined;
}

function decodeKey(raw: string): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : undefined);
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  return i;
}

/** From an opening quote to just after the closing one (or the end of the line if unterminated). */
function skipString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') return i + 1;
    else if (c === '\n') return i;
  }
  return text.length;
}

/** From a value's first character to just after it; containers are matched bracket by bracket. */
function skipValue(text: string, i: number): number {
  const first = text[i];
  if (first === '"') return skipString(text, i);
  if (first === '{' || first === '[') {
    let depth = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i = skipString(text, i);
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return text.length;
  }
  while (i < text.length && !/[\s,\]}:]/.test(text[i]!)) i++;
  return i;
}
