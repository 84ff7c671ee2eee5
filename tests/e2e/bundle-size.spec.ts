import { expect, test } from '@playwright/test';
import { formatBundleReport, measureBundle } from '../../scripts/bundle-size.ts';

// The Playwright web server builds the app into E2E_OUT_DIR (default dist) before any test runs,
// so this reads exactly the build the other browser tests exercise.
const outDir = process.env.E2E_OUT_DIR ?? 'dist';

test('the entry chunk and the 3D scene chunk stay within their gzip budgets (shared/QUALITY.md)', () => {
  const report = measureBundle(outDir);
  console.log(formatBundleReport(report));
  expect(report.entryFiles.length).toBeGreaterThan(0);
  for (const check of report.checks) {
    expect(check.kb, `${check.name}: ${check.kb.toFixed(1)} KB gzip, budget ${check.budgetKb} KB`).toBeLessThanOrEqual(check.budgetKb);
  }
});

test('what is counted as the entry is enough for the first paint; a chunk that cannot load gets a message, not a blank page', async ({ page }) => {
  const { entryFiles } = measureBundle(outDir);
  // Only the counted entry scripts load: the lazy ones (shop, catalog worker, 3D scene) fail as if offline.
  await page.route(/\/assets\/[^/]+\.js$/, (route) =>
    entryFiles.includes(new URL(route.request().url()).pathname.slice(1)) ? route.continue() : route.abort(),
  );
  page.on('pageerror', () => {}); // the failed imports are expected here
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /What would you like us to make\?|We couldn’t load the shop/ })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('We couldn’t load the shop');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
});
