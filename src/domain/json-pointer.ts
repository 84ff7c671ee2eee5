/** RFC 6901 JSON pointer for a path of keys and indices ("" is the whole document). */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => '/' + String(key).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}
