import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import canonicalize from 'canonicalize';
import { expect, test } from '@playwright/test';
import { orderSpecSchema } from '../../src/domain/order-spec-schema.ts';
import { runSpecVerify } from '../../src/cli/spec-verify.ts';

const DESK_CATALOG = 'catalog/standing-desk.json';

test('the done page seals the order spec: fingerprint, download, copy and print summary', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Design your standing desk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Width' })).toBeVisible();
  for (const step of ['Depth', 'Top']) {
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { level: 1, name: step })).toBeVisible();
  }
  await page.getByText('Solid oak', { exact: true }).click();
  for (const step of ['Frame colour', 'Motor', 'Accessories']) {
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { level: 1, name: step })).toBeVisible();
  }
  await page.getByText('Cable tray', { exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Review your design' }).click();
  await page.getByRole('button', { name: 'Confirm design' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your design is ready' })).toBeVisible();

  // The download is the sealed spec.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download order spec (JSON)' }).click();
  const download = await downloadPromise;
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  const spec = JSON.parse(text);
  // Recomputed here with another RFC 8785 implementation and Node's SHA-256: the design's hash
  // leaves the picture out; the picture reference is sealed to that hash.
  const { integrity, picture, ...design } = spec;
  const sha256 = (value: unknown) => createHash('sha256').update(canonicalize(value)!, 'utf8').digest('hex');
  expect(spec.schemaVersion).toBe(2);
  expect(integrity).toMatchObject({ algorithm: 'SHA-256', canonicalization: 'RFC 8785' });
  expect(integrity.hash).toBe(sha256(design));
  expect(picture).toMatchObject({ mediaType: 'image/png', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(integrity.pictureHash).toBe(sha256({ hash: integrity.hash, picture }));
  expect(orderSpecSchema.safeParse(spec).error?.issues ?? []).toEqual([]);
  expect(spec.choices.find((c: { groupId: string }) => c.groupId === 'top').value).toBe('solid-oak');

  // Production's check, offline: the spec against the catalog, and the picture downloaded beside it.
  const pictureDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download picture (PNG)' }).click();
  const picturePath = await (await pictureDownload).path();
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSpecVerify([path, '--catalog', DESK_CATALOG, '--picture', picturePath], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: (p) => readFileSync(p, 'utf8'),
    readBytes: (p) => new Uint8Array(readFileSync(p)),
    catalogFiles: () => [DESK_CATALOG],
  });
  expect(err).toEqual([]);
  expect(code).toBe(0);
  expect(out).toEqual([expect.stringMatching(/is the picture it refers to$/)]);

  // The page shows the fingerprint of exactly that spec.
  const fingerprint = page.getByTestId('spec-fingerprint');
  await expect(fingerprint).toHaveText(`Spec fingerprint ${integrity.hash.slice(0, 4)}…${integrity.hash.slice(-4)}`);
  await expect(fingerprint.locator('code')).toHaveAttribute('title', integrity.hash);

  // Copy spec puts the same JSON on the clipboard and says so.
  await page.getByRole('button', { name: 'Copy spec' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

  await page.screenshot({ path: '/tmp/order-spec-done.png', fullPage: true });

  // Print summary: the print stylesheet leaves the summary only.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: 'Print summary' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.configurator__preview', '.steps', '.done__actions']) await expect(page.locator(hidden).first()).toBeHidden();
  await expect(page.getByText('Standing desk · catalog version')).toBeVisible();
  await expect(fingerprint).toBeVisible();
  await expect(page.locator('.price-lines')).toBeVisible();
  await page.screenshot({ path: '/tmp/order-spec-print.png', fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  expect(errors).toEqual([]);
});

test('Copy spec says so when the clipboard is unavailable', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
  await page.goto('/');
  await page.getByRole('button', { name: 'Design your standing desk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Width' })).toBeVisible();
  for (let step = 0; step < 6; step++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Review your design' }).click();
  await page.getByRole('button', { name: 'Confirm design' }).click();
  await expect(page.getByTestId('spec-fingerprint')).toContainText('Spec fingerprint');
  await page.getByRole('button', { name: 'Copy spec' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copying is not available' })).toBeVisible();
});
