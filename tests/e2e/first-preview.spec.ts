import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Route } from '@playwright/test';
import { waitForFrame } from './support/scene.ts';
import { SHOP_CHUNK } from './support/screens.ts';

/*
 * The first preview comes before the shop's code has finished arriving, and nothing jumps when the
 * shop takes over: a share link opens in the configurator's frame (not on product cards), and a
 * product card chosen early shows its standard design's sketch where the preview will be.
 * (How fast, on a phone profile, is measured in `npm run bench`: scripts/bench-preview.ts.)
 */

const PHONE = { width: 390, height: 844 };
const desk = JSON.parse(readFileSync('catalog/standing-desk.json', 'utf8')) as { id: string; version: string };

/** Records layout shifts (not those right after input) and whether a product card was ever on the page. */
async function watchPage(page: Page) {
  await page.addInitScript(() => {
    const seen = { shifts: [] as string[], cards: 0 };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
        if (entry.hadRecentInput) continue;
        const nodes = (entry.sources ?? []).map((source) => (source.node instanceof Element ? `${source.node.tagName}.${source.node.className}` : '?'));
        seen.shifts.push(`${entry.value.toFixed(4)} ${nodes.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver(() => {
      if (document.querySelector('.product-card')) seen.cards++;
    }).observe(document, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __seen: { shifts: string[]; cards: number } }).__seen);
}

/** The preview stage's top on the page (not the viewport) and height, and how far the page is scrolled. */
function stageBox(page: Page) {
  return page.locator('.preview__stage').evaluate((stage) => {
    const box = stage.getBoundingClientRect();
    return { top: box.top + window.scrollY, height: box.height, scrollY: window.scrollY };
  });
}

/** Holds back the shop's chunk until `release` is called (then serves it as usual). */
async function holdShopChunk(page: Page): Promise<() => void> {
  const held: Route[] = [];
  let released = false;
  await page.route(SHOP_CHUNK, (route) => (released ? route.continue() : void held.push(route)));
  return () => {
    released = true;
    for (const route of held.splice(0)) void route.continue();
  };
}

test('a share link opens in place on a phone: the configurator’s frame, then the design, and nothing moves, 3D tools included', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const seen = await watchPage(page);
  const release = await holdShopChunk(page);
  await page.goto(`/#/design/${desk.id}/${desk.version}?s=1&c=${Buffer.from('{"width":170,"motor":"dual"}').toString('base64url')}`);
  await expect(page.getByRole('status')).toHaveText('Opening the shared design…');
  await expect(page.locator('main[aria-busy="true"] .configurator .preview__stage')).toBeVisible();
  const early = await stageBox(page);
  release();

  await expect(page.getByRole('heading', { level: 1, name: 'Review your standing desk' })).toBeVisible();
  await expect(page.locator('.page-notice')).toContainText('Opened a shared design.');
  await expect(page.getByTestId('preview-description')).toContainText('Standing desk, 170 cm × 70 cm');
  const opened = await stageBox(page);
  expect(Math.abs(opened.top - early.top), 'stage moved on the page').toBeLessThanOrEqual(1);
  // WebGL probed and the 3D view drawn: its tools (views, reset) were in place, unseen, all along.
  await waitForFrame(page, 0);
  await expect(page.getByRole('button', { name: 'Reset view' })).toBeVisible();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const { shifts, cards } = await seen();
  expect(shifts, 'layout shifts while the design opened').toEqual([]);
  expect(cards, 'product cards shown on the way').toBe(0);
  expect(new URL(page.url()).hash).toBe('#/');
});

test('a product chosen before the shop’s code arrives shows its standard design’s sketch where the preview opens', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const seen = await watchPage(page);
  const release = await holdShopChunk(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Design your standing desk' }).click();

  const sketch = page.getByRole('img', { name: /^Standing desk, 140 cm × 70 cm/ });
  await expect(sketch).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Opening your standing desk…');
  const early = await stageBox(page);
  release();

  await expect(page.getByRole('heading', { level: 1, name: 'Width' })).toBeVisible();
  await expect(page.getByTestId('preview-description')).toContainText('Standing desk, 140 cm × 70 cm');
  // The shop's preview stage is where the early sketch was: the picture does not jump.
  const opened = await stageBox(page);
  expect(Math.abs(opened.top - early.top), 'stage moved on the page').toBeLessThanOrEqual(1);
  expect(Math.abs(opened.height - early.height), 'stage changed height').toBeLessThanOrEqual(1);
  await waitForFrame(page, 0);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect((await seen()).shifts, 'layout shifts (other than right after the tap)').toEqual([]);
});
