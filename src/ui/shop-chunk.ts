/**
 * The shop's chunk (flow machine, rules engine, configurator: one chunk, see
 * scripts/vite-shop-chunk.ts), requested when this module is evaluated: main.tsx imports it first,
 * so the request goes out before React and the rest of the entry evaluate.
 */
export const shopModule = import('./shop.tsx');
