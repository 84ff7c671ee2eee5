import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** Confirms the design on the review page and returns the sealed spec's hash (and its picture's) from the download. */
async function confirmAndDownloadHash(page: Page): Promise<{ hash: string; total: number; picture: string | undefined; view: string | undefined }> {
  await page.getByRole('button', { name: 'Confirm design' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your design is ready' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download order spec (JSON)' }).click();
  const spec = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  return { hash: spec.integrity.hash, total: spec.price.total, picture: spec.picture?.sha256, view: spec.picture?.view };
}

test('a share link opened in a fresh browser reproduces the same order spec, hash included', async ({ browser }) => {
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
  const original = await confirmAndDownloadHash(page);
  await first.close();

  const second = await browser.newContext();
  const other = await second.newPage();
  await other.clock.setFixedTime(moment);
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1, name: 'Review your standing desk' })).toBeVisible();
  const reopened = await confirmAndDownloadHash(other);
  // The seal covers the product picture's SHA-256: the same renderer draws the same design to the same bytes.
  expect(original.picture).toMatch(/^[0-9a-f]{64}$/);
  expect(reopened).toEqual(original);
  await second.close();
});
