/*
 * The page's Content-Security-Policy (index.html) forbids eval. zod 4 otherwise probes
 * `new Function` on its first object parse, and the browser reports a CSP violation even though
 * zod catches the error. zod keeps its global config on `globalThis.__zod_globalConfig`, so this
 * sets `jitless` without importing zod (which stays out of the entry chunk). Import it first.
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });

export {};
