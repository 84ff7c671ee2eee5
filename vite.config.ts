/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devWithoutCsp } from './scripts/vite-dev-csp.ts';
import { bundledCatalogs } from './scripts/vite-bundled-catalogs.ts';
import { shopChunk } from './scripts/vite-shop-chunk.ts';
import { formatMoneyIn } from './src/ui/format.ts';
import { INTL_LOCALES, parseLang } from './src/ui/i18n/i18n.ts';

// The order service (src/server) on API_PORT: /api goes to it in dev and in preview, so the app
// calls its own origin; xfwd tells it the shopper's address (for the rate limit).
const api = { '/api': { target: `http://127.0.0.1:${process.env.API_PORT ?? 8787}`, xfwd: true } };

export default defineConfig({
  plugins: [
    react(),
    devWithoutCsp(),
    // The sample catalogs, validated at build time; the product cards' prices written as the shop's languages write them.
    bundledCatalogs({
      priceText: ({ cents, currency }, locale) => {
        const lang = parseLang(locale);
        return lang === locale ? formatMoneyIn(INTL_LOCALES[lang], cents, currency) : undefined;
      },
    }),
    shopChunk(),
  ],
  server: { port: 5173, proxy: api },
  preview: { port: 4173, proxy: api },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    // jsdom tests wait for lazy chunks (shop, workbench) that parse and compile the catalogs; on a
    // busy 2-core machine that can pass 5 s. (A timeout is not a performance check.)
    testTimeout: 20_000,
  },
});
