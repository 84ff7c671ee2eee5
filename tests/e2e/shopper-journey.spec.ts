import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { waitForFrame } from './support/scene.ts';

/** Reads a money amount like "€1,277.00" as integer cents. */
function centsOf(text: string): number {
  const digits = text.replace(/[^0-9.]/g, '');
  return Math.round(Number(digits) * 100);
}

async function total(page: Page): Promise<number> {
  return centsOf((await page.getByTestId('total').textContent()) ?? '');
}

async function expectStep(page: Page, title: string) {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('a shopper designs a desk, cannot confirm a rule-breaking combination, fixes it and downloads the spec', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));

  // The rules are compiled in a Web Worker, off the main thread.
  const worker = page.waitForEvent('worker');
  await page.goto('/');
  expect((await worker).url()).toContain('engine.worker');
  await expect(page.getByRole('heading', { name: 'What would you like us to make?' })).toBeVisible();
  await page.getByRole('button', { name: 'Design your standing desk' }).click();

  // Step 1: width. Typing a width updates the price; over 160 cm the motor follows to dual.
  await expectStep(page, 'Width');
  const standard = await total(page);
  const width = page.getByRole('textbox', { name: 'Width (cm)' });
  await width.fill('170');
  await width.press('Enter');
  await expect.poll(() => total(page)).not.toBe(standard);
  await expect(page.getByRole('navigation', { name: 'Design steps' })).toContainText('Dual motor');

  // A value outside the range is refused with a reason and the design keeps its width.
  await width.fill('999');
  await width.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Width must be between 100 and 200 cm');
  await width.press('Escape');
  await expect(width).toHaveValue('170');
  await page.getByRole('button', { name: 'Next' }).click();

  await expectStep(page, 'Depth');
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 3: the top. Solid oak changes price, lead time and the 3D preview.
  await expectStep(page, 'Top');
  const canvas = page.locator('.preview canvas');
  await expect(canvas).toBeVisible();
  await waitForFrame(page, 0);
  const before = await canvas.screenshot();
  const leadBefore = await page.getByTestId('lead-time').textContent();
  const priceBefore = await total(page);
  await page.getByText('Solid oak', { exact: true }).click();
  await expect(page.getByRole('radio', { name: /Solid oak/ })).toBeChecked();
  await expect.poll(() => total(page)).toBe(priceBefore + 29000);
  await expect(page.getByTestId('lead-time')).not.toHaveText(leadBefore ?? '');
  await expect.poll(async () => Buffer.compare(await canvas.screenshot(), before) !== 0).toBe(true);
  await expect(page.getByTestId('preview-description')).toContainText('Solid oak');
  await page.getByRole('button', { name: 'Next' }).click();

  await expectStep(page, 'Frame colour');
  await page.getByText('Brushed aluminium', { exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 5: the single motor cannot carry a 170 cm desk: disabled, with the reason and a fix.
  await expectStep(page, 'Motor');
  await expect(page.getByRole('radio', { name: /Single motor/ })).toBeDisabled();
  await expect(page.getByText('Desks wider than 160 cm need the dual motor to lift evenly.')).toBeVisible();
  await page.getByRole('button', { name: 'Set width to 160 cm and choose Single motor' }).click();
  await expect(page.getByRole('radio', { name: /Single motor/ })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();

  await expectStep(page, 'Accessories');
  await page.getByText('Cable tray', { exact: true }).click();
  await page.getByText('Drawer', { exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  // Engraving: a bad character is refused with a reason; a name costs €29 and a day.
  await expectStep(page, 'Engraving');
  const engraving = page.getByRole('textbox', { name: /Engraving/ });
  const beforeEngraving = await total(page);
  await engraving.fill('<Ada>');
  await expect(page.getByRole('alert')).toContainText('has characters that cannot be made');
  await expect.poll(() => total(page)).toBe(beforeEngraving);
  await engraving.fill('Ada Lovelace');
  await expect.poll(() => total(page)).toBe(beforeEngraving + 2900);
  await page.getByRole('button', { name: 'Review your design' }).click();

  // Go back to the width step and break the motor rule on purpose.
  await expectStep(page, 'Review your standing desk');
  await page.getByRole('button', { name: 'Change width' }).click();
  await expectStep(page, 'Width');
  await width.fill('170');
  await width.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Desks wider than 160 cm need the dual motor');
  await page.getByRole('button', { name: 'Review' }).click();

  await expectStep(page, 'Review your standing desk');
  const confirm = page.getByRole('button', { name: 'Confirm design' });
  await expect(confirm).toBeDisabled();
  await expect(page.getByRole('alert')).toContainText("This design can't be ordered yet");
  await expect(page.getByRole('alert')).toContainText('Desks wider than 160 cm need the dual motor to lift evenly.');

  // One click fixes it.
  await page.getByRole('button', { name: 'Switch to Dual motor' }).click();
  await expect(confirm).toBeEnabled();
  await expect(page.getByTestId('choice-motor')).toHaveText('Dual motor');
  await expect(page.getByTestId('choice-width')).toHaveText('170 cm');
  const shownTotal = await total(page);
  await confirm.click();

  await expectStep(page, 'Your design is ready');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download order spec (JSON)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^standing-desk-order-spec-\d{4}-\d{2}-\d{2}\.json$/);
  const spec = JSON.parse(await readFile(await download.path(), 'utf8'));

  expect(spec.schemaVersion).toBe(2);
  expect(spec.catalog).toMatchObject({ id: 'standing-desk', version: '2026.11.4' });
  const lines: { amount: number }[] = spec.price.lines;
  expect(lines.reduce((sum, line) => sum + line.amount, 0)).toBe(spec.price.total);
  expect(spec.price.total).toBe(shownTotal);
  const choice = (id: string) => spec.choices.find((c: { groupId: string }) => c.groupId === id);
  expect(choice('width').value).toBe(170);
  expect(choice('motor')).toMatchObject({ value: 'dual', labels: ['Dual motor'], source: 'customer' });
  expect(choice('top')).toMatchObject({ value: 'solid-oak', labels: ['Solid oak'] });
  expect(choice('accessories').value).toEqual(['cable-tray', 'drawer']);
  expect(choice('engraving')).toMatchObject({ value: 'Ada Lovelace', kind: 'text' });
  expect(spec.billOfMaterials).toContainEqual(expect.objectContaining({ sku: 'DSK-MOT-01', quantity: 2 }));
  expect(spec.leadTime.shipDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(Date.parse(spec.createdAt)).not.toBeNaN();
  expect(errors).toEqual([]);
});

test('the configurator works at phone width without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Design your standing desk' }).click();
  for (const title of ['Width', 'Depth', 'Top', 'Frame colour', 'Motor', 'Accessories', 'Engraving']) {
    await expectStep(page, title);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `no horizontal overflow on the ${title} step`).toBeLessThanOrEqual(0);
    await expect(page.getByTestId('total')).toBeInViewport();
    await page.getByRole('button', { name: title === 'Engraving' ? 'Review your design' : 'Next' }).click();
  }
  await expectStep(page, 'Review your standing desk');
  await expect(page.getByRole('button', { name: 'Confirm design' })).toBeEnabled();
});
