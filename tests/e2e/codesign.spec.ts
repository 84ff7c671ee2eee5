import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { heading, openProduct, withoutWebGL } from './support/screens.ts';

/*
 * Co-design: a customer suggests a top the catalog lacks (with a sketch's name), votes on another
 * customer's idea; merchandisers see the suggestions and export them as JSON; the customer sees
 * and deletes what the shop keeps in the browser.
 */
test('customers suggest options and vote, merchandisers export them, and customers delete their data', async ({ page }) => {
  test.setTimeout(120_000);
  await withoutWebGL(page);
  await page.addInitScript(() => {
    if (localStorage.getItem('made-to-order:suggestions')) return;
    const other = {
      id: 'seed-1',
      catalogId: 'standing-desk',
      groupId: 'accessories',
      text: 'A headphone hook',
      reference: null,
      createdAt: '2026-11-20T10:00:00.000Z',
      votes: 3,
    };
    localStorage.setItem('made-to-order:suggestions', JSON.stringify({ schemaVersion: 1, records: [other] }));
  });
  await openProduct(page);
  await page.getByRole('button', { name: 'Suggest an option' }).click();
  await page.getByLabel('What would you like?').fill('A cork top, for pinning notes');
  await page
    .getByLabel(/Sketch or photo/)
    .setInputFiles({ name: 'cork-desk-sketch.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  await page.getByRole('button', { name: 'Add suggestion' }).click();
  await expect(page.getByText('Thank you: your suggestion goes with your design')).toBeVisible();
  const list = page.getByRole('region', { name: 'Suggestions for this standing desk' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('A cork top, for pinning notes (cork-desk-sketch.png)');
  await list.getByRole('button', { name: 'Up-vote: A headphone hook' }).click();
  await expect(list.getByRole('listitem').filter({ hasText: 'A headphone hook' })).toContainText('4 votes');
  await expect(list.getByRole('button', { name: 'Voted: A headphone hook' })).toBeDisabled();

  // The suggestion travels with the design's spec as a request.
  await page.getByRole('navigation', { name: 'Design steps' }).getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Confirm design' }).click();
  await expect(heading(page, 'Your design is ready')).toBeVisible();
  const specDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download order spec (JSON)' }).click();
  const spec = JSON.parse(readFileSync(await (await specDownload).path(), 'utf8')) as {
    requests: { text: string; reference: string | null; groupId: string }[];
  };
  expect(spec.requests).toEqual([expect.objectContaining({ text: 'A cork top, for pinning notes', reference: 'cork-desk-sketch.png', groupId: 'width' })]);

  // Merchandisers: the list, most wanted first, and the JSON export.
  await page.goto('/#/suggestions');
  await expect(heading(page, 'Customer suggestions')).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('A headphone hook');
  await expect(rows.nth(2)).toContainText('cork-desk-sketch.png');
  const exportDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export as JSON' }).click();
  const exported = JSON.parse(readFileSync(await (await exportDownload).path(), 'utf8')) as { kind: string; suggestions: { text: string; votes: number }[] };
  expect(exported.kind).toBe('made-to-order/suggestions');
  expect(exported.suggestions.map((s) => [s.text, s.votes])).toEqual([
    ['A headphone hook', 4],
    ['A cork top, for pinning notes', 1],
  ]);

  // Your data: what is stored, deleted by kind, then all.
  await page.goto('/#/your-data');
  await expect(heading(page, 'Your data')).toBeVisible();
  await expect(page.locator('[data-kind="suggestions"]')).toContainText('2 items');
  await page.locator('[data-kind="suggestions"]').getByRole('button', { name: 'Delete suggestions and votes' }).click();
  await expect(page.locator('[data-kind="suggestions"]')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('made-to-order:suggestions'))).toBeNull();
  await page.evaluate(() => localStorage.setItem('made-to-order:saved-designs', JSON.stringify({ schemaVersion: 1, designs: [] })));
  await page.reload();
  await expect(page.locator('[data-kind="designs"]')).toBeVisible();
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await expect(page.getByText('Nothing is stored in this browser.')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('made-to-order:')))).toEqual([]);
});
