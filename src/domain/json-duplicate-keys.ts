/**
 * JSON.parse keeps the last of two equal keys in an object and drops the first without a word.
 * This scans valid JSON text for such duplicates and returns their paths (for JSON pointers).
 * One pass over the text; paths are only built for the duplicates found.
 */
export function findDuplicateKeys(text: string, limit = 100): (string | number)[][] {
  interface Frame {
    readonly parent: Frame | undefined;
    /** How this container is reached from its parent. */
    readonly step: string | number | undefined;
    readonly keys: Set<string> | undefined;
    key: string;
    index: number;
  }
  const pathOf = (frame: Frame | undefined): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let f = frame; f?.parent; f = f.parent) path.unshift(f.step!);
    return path;
  };
  const found: (string | number)[][] = [];
  let top: Frame | undefined;
  let expectKey = false;
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let j = i + 1;
      let escaped = false;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === 92 /* \ */) {
          escaped = true;
          j += 2;
        } else if (d === 34) break;
        else j++;
      }
      if (expectKey && top?.keys) {
        const raw = text.slice(i + 1, j);
        const key = escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key)) found.push([...pathOf(top), key]);
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = j;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      const step = top ? (top.keys ? top.key : top.index) : undefined;
      top = { parent: top, step, keys: c === 123 ? new Set() : undefined, key: '', index: 0 };
      expectKey = c === 123;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      top = top?.parent;
    } else if (c === 44 /* , */) {
      if (top?.keys) expectKey = true;
      else if (top) top.index++;
    }
  }
  return found;
}
