/**
 * Catalog schema 1 → 2: rules gain a `kind`. Version 1 had only "if/then" rules, which are
 * `"kind": "requires"` in version 2. Everything else in version 1 is valid version 2.
 */
export function migrate0002(data: Record<string, unknown>): Record<string, unknown> {
  const rules = Array.isArray(data.rules)
    ? data.rules.map((rule: unknown) => (isPlainObject(rule) && !('kind' in rule) ? { kind: 'requires', ...rule } : rule))
    : data.rules;
  return { ...data, schemaVersion: 2, ...(rules === undefined ? {} : { rules }) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
