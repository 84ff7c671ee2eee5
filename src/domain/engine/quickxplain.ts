/**
 * QuickXplain (Junker, AAAI 2004): a subset-minimal conflict among `items`.
 * `inconsistent(subset)` must say whether the background together with `subset` is inconsistent
 * (monotone: supersets of an inconsistent set are inconsistent).
 * Returns null when all items together are consistent, [] when the background alone is not.
 */
export function quickXplain<T>(items: readonly T[], inconsistent: (subset: readonly T[]) => boolean): T[] | null {
  if (!inconsistent(items)) return null;
  if (items.length === 0 || inconsistent([])) return [];
  const qx = (background: readonly T[], delta: boolean, cs: readonly T[]): T[] => {
    if (delta && inconsistent(background)) return [];
    if (cs.length === 1) return [...cs];
    const k = Math.floor(cs.length / 2);
    const c1 = cs.slice(0, k);
    const c2 = cs.slice(k);
    const d2 = qx([...background, ...c1], c1.length > 0, c2);
    const d1 = qx([...background, ...d2], d2.length > 0, c1);
    return [...d1, ...d2];
  };
  return qx([], false, items);
}
