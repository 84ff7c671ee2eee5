import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const steps = (page: Page) => page.getByRole('navigation', { name: 'Design steps' });

test('the shopper picks where it goes and how many: currency, VAT, tiers and delivery follow, and the spec records them', async ({ browser }) => {
  const moment = new Date('2026-11-25T10:00:00Z');
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.clock.setFixedTime(moment);
  await page.goto('/');
  await page.getByRole('button', { name: 'Design your standing desk' }).click();

  // Spain is the default market: consumer prices with 21 % VAT in them, and a delivery window.
  const summary = page.getByRole('complementary', { name: 'Price and delivery' });
  await expect(summary.getByTestId('total')).toHaveText('€659.00');
  await expect(summary).toContainText('incl. 21% VAT');
  await expect(summary.getByTestId('delivery')).toContainText('Arrives in Spain');

  await page.getByRole('button', { name: 'Price details' }).click();
  await expect(summary.locator('[data-tax-id="vat/ES"]')).toContainText('of which VAT 21% (Spain)');

  // The United States: the USD list (no exchange rate: the catalog's own dollar prices), no VAT.
  await page.getByLabel('Deliver to').selectOption('US');
  await expect(summary.getByTestId('total')).toHaveText('US$725.00');
  await expect(summary).toContainText('no VAT');
  await expect(summary.locator('[data-tax-id="vat/US"]')).toContainText('US sales tax, if any, is billed on delivery');

  // Five units reach the first volume tier.
  const quantity = page.getByRole('spinbutton', { name: 'How many' });
  await quantity.fill('5');
  await expect(summary.locator('[data-line-id="tier/5"]')).toContainText('Volume discount, 5 or more');
  await expect(summary.getByTestId('total')).toHaveText('US$3,443.75');
  await expect(summary).toContainText('for 5');
  // A quantity the catalog can't take is refused with the reason; the order keeps 5.
  await quantity.fill('1000');
  await expect(page.getByRole('alert')).toContainText('Enter a whole number from 1 to 100. Your order is still for 5.');
  await quantity.press('Tab');
  await expect(quantity).toHaveValue('5');

  await steps(page).getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Share this design' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/&m=US&n=5$/);

  await page.getByRole('button', { name: 'Confirm design' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your design is ready' })).toBeVisible();
  await expect(page.getByText(/Your 5 standing desks cost/)).toContainText('US$3,443.75');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download order spec (JSON)' }).click();
  const spec = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(spec.pricing).toEqual({
    priceList: { id: 'retail-usd', label: 'Retail prices (USD)', channel: 'retail' },
    taxMode: 'exclusive',
    market: { country: 'US', name: 'United States' },
    quantity: 5,
  });
  expect(spec.price.currency).toBe('USD');
  expect(spec.price.lines.reduce((sum: number, line: { amount: number }) => sum + line.amount, 0)).toBe(spec.price.total);
  expect(spec.price.payable).toBe(spec.price.total);
  expect(spec.leadTime.delivery.from <= spec.leadTime.delivery.to).toBe(true);
  expect(spec.leadTime.delivery.from > spec.leadTime.shipDate).toBe(true);
  await context.close();

  // The link opens with the same terms in a fresh browser.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.clock.setFixedTime(moment);
  await second.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(second.getByRole('heading', { level: 1, name: 'Review your standing desk' })).toBeVisible();
  await expect(second.getByRole('complementary', { name: 'Price and delivery' }).getByTestId('total')).toHaveText('US$3,443.75');
  await other.close();
});

test('an express build slot ships sooner at a price, and is never offered with titanium', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Design your made-to-measure bicycle' }).click();
  await steps(page)
    .getByRole('button', { name: /^Build slot/ })
    .click();
  const express = page.getByRole('radio', { name: /Express build/ });
  await expect(page.locator('label[for="option-build-slot-express"]')).toContainText('ships 5 days sooner');
  const before = await page.getByTestId('lead-time').textContent();
  await express.check();
  await expect(page.getByTestId('lead-time')).not.toHaveText(before!);
  await expect(page.getByTestId('lead-time')).toContainText(/Ships in \d+ business days/);

  // Titanium is welded by one specialist: with express chosen it is disabled, with the reason and a fix.
  await steps(page)
    .getByRole('button', { name: /^Frame material/ })
    .click();
  await expect(page.getByRole('radio', { name: /Titanium/ })).toBeDisabled();
  await expect(page.getByText("Titanium frames are welded by one specialist, so they can't be built express.")).toBeVisible();
});
