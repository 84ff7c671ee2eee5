import fc from 'fast-check';

/*
 * Shared by the fuzz suites (*.fuzz.test.ts): hostile values, random mutations of real JSON, a
 * per-input time budget and a check that nothing reached the built-in prototypes.
 */

/** Generous: a 2-core machine shared with other test runs. Real inputs take milliseconds. */
export const BUDGET_MS = 1_000;

const PROTOTYPES: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
];

/** A fingerprint of the built-in prototypes' own keys; compare before and after hostile input. */
export function prototypeFingerprint(): string {
  return PROTOTYPES.map(([name, proto]) => `${name}: ${Reflect.ownKeys(proto).map(String).sort().join(',')}`).join('\n');
}

/** Keys a polluted prototype would show on a fresh object. */
export const POLLUTION_PROBES = ['polluted', 'isAdmin', 'x', 'kind', 'id', 'price', 'label', 'groups', 'toJSON'] as const;

export function pollutedKeys(): string[] {
  const fresh: Record<string, unknown> = {};
  return POLLUTION_PROBES.filter((key) => key !== 'toJSON' && fresh[key] !== undefined);
}

/** Runs `work` and returns how long it took in milliseconds. */
export function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Values that break careless code: reserved keys, huge and odd numbers, long strings, deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    1e9,
    -1e9,
    1e308,
    -1e308,
    5e-324,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
    12.5,
    '',
    ' ',
    '\u0000',
    '\ud800',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    null,
    true,
    [],
    {},
    { __proto__: null, polluted: true },
    JSON.parse('{"__proto__": {"polluted": true}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  ),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: 0, max: 100_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 30, max: 300 }).map((depth) => nest(depth)),
  fc.jsonValue({ maxDepth: 4 }),
);

function nest(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Every place in a JSON value where a mutation can happen: [container, key]. */
function slots(root: unknown): [Record<string, unknown> | unknown[], string | number][] {
  const found: [Record<string, unknown> | unknown[], string | number][] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      value.forEach((child, i) => {
        found.push([value, i]);
        stack.push(child);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        found.push([value as Record<string, unknown>, key]);
        stack.push(child);
      }
    }
  }
  return found;
}

export type Mutation =
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'add-key'; readonly at: number; readonly key: string; readonly value: unknown }
  | { readonly kind: 'swap'; readonly at: number; readonly with: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add-key' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'lable', 'kind', 'id'), fc.string({ maxLength: 12 })),
    value: hostileValue,
  }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
);

/** A deep copy of `json` with the mutations applied (JSON.parse copies keep `__proto__` as an own key). */
export function mutate(json: unknown, mutations: readonly Mutation[]): unknown {
  const root = { root: JSON.parse(JSON.stringify(json)) as unknown };
  for (const m of mutations) {
    const places = slots(root);
    if (places.length === 0) break;
    const [container, key] = places[m.at % places.length]!;
    const target = container as Record<string | number, unknown>;
    switch (m.kind) {
      case 'replace':
        target[key] = m.value;
        break;
      case 'delete':
        if (Array.isArray(container)) container.splice(key as number, 1);
        else delete target[key];
        break;
      case 'add-key': {
        const object = target[key];
        if (object !== null && typeof object === 'object' && !Array.isArray(object))
          Object.defineProperty(object, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
        else target[key] = m.value;
        break;
      }
      case 'swap': {
        const [otherContainer, otherKey] = places[m.with % places.length]!;
        target[key] = structuredCloneSafe((otherContainer as Record<string | number, unknown>)[otherKey]);
      }
    }
  }
  return root.root;
}

function structuredCloneSafe(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}
