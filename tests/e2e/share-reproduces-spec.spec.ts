import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checkSpecIntegrity } from '../../src/domain/spec-integrity.ts';
import { withoutWebGL } from './support/screens.ts';

/** Confirms the design on the review page and returns the downloaded sealed spec. */
async function confirmAndDownload(page: Page): Promise<SealedSpecJson> {
  await page.getByRole('button', { name: 'Confirm design' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your design is ready' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download order spec (JSON)' }).click();
  return JSON.parse(readFileSync(await (await download).path(), 'utf8'));
}

interface SealedSpecJson {
  readonly schemaVersion: number;
  readonly picture?: { readonly sha256: string; readonly view: string };
  readonly integrity: { readonly hash: string; readonly pictureHash?: string };
  readonly [key: string]: unknown;
}

test('a share link opened in a fresh browser reproduces the same order spec, design hash included', async ({ browser }) => {
  // The spec records when it was made; both shoppers confirm at the same (fixed) moment.
  const moment = new Date('2026-11-25T10:00:00Z');

  const first = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await first.newPage();
  await page.clock.setFixedTime(moment);
  await page.goto('/');
  await page.getByRole('button', { name: 'Design your standing desk' }).click();
  const width = page.getByRole('textbox', { name: 'Width (cm)' });
  await width.fill('170');
  await width.press('Enter');
  await page.getByRole('navigation', { name: 'Design steps' }).getByRole('button', { name: /^Top/ }).click();
  await page.getByText('Bamboo', { exact: true }).click();
  await page
    .getByRole('navigation', { name: 'Design steps' })
    .getByRole('button', { name: /^Accessories/ })
    .click();
  await page.getByText('Monitor arm', { exact: true }).click();
  await page
    .getByRole('navigation', { name: 'Design steps' })
    .getByRole('button', { name: /^Engraving/ })
    .click();
  await page.getByRole('textbox', { name: /Engraving/ }).fill('Ada');
  await page.getByRole('button', { name: 'Review your design' }).click();

  await page.getByRole('button', { name: 'Share this design' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.length).toBeLessThanOrEqual(2000);
  const original = await confirmAndDownload(page);
  await first.close();

  // Opened on a device that draws another picture: without WebGL, the 2D sketch instead of the 3D view.
  const second = await browser.newContext();
  const other = await second.newPage();
  await withoutWebGL(other);
  await other.clock.setFixedTime(moment);
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1, name: 'Review your standing desk' })).toBeVisible();
  const reopened = await confirmAndDownload(other);
  // The design's hash leaves the picture out: its PNG bytes come from the device's renderer
  // (here another view; another GPU draws other bytes too), so the same link gives the same hash on any device.
  expect(original.picture).toMatchObject({ view: 'three-quarter' });
  expect(reopened.picture).toMatchObject({ view: 'front-sketch' });
  expect(reopened.picture!.sha256).not.toBe(original.picture!.sha256);
  expect(original.schemaVersion).toBe(2);
  expect(original.integrity.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(reopened.integrity.hash).toBe(original.integrity.hash);
  const {
    picture: _a,
    integrity: { pictureHash: _b, ...originalSeal },
    ...originalDesign
  } = original;
  const {
    picture: _c,
    integrity: { pictureHash: _d, ...reopenedSeal },
    ...reopenedDesign
  } = reopened;
  expect(reopenedDesign).toEqual(originalDesign);
  expect(reopenedSeal).toEqual(originalSeal);
  // Each spec refers to the picture its browser drew, sealed to that spec, whatever its bytes.
  for (const spec of [original, reopened]) {
    expect(spec.picture?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(spec.integrity.pictureHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await checkSpecIntegrity(spec)).toEqual({ ok: true });
  }
  await second.close();
});
