import { expect, test, type Page } from '@playwright/test';

// The order service runs beside the app (playwright.config.ts webServer) with a fresh database and
// this token.
const TOKEN = process.env.E2E_PRODUCTION_TOKEN ?? 'e2e-production-token-not-secret';

/** Designs the default standing desk and confirms it, landing on the done page. */
async function designDesk(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Design your standing desk' }).click();
  const review = page.getByRole('button', { name: 'Review your design' });
  await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
  while (!(await review.isVisible())) await page.getByRole('button', { name: 'Next' }).click();
  await review.click();
  await page.getByRole('button', { name: 'Confirm design' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your design is ready' })).toBeVisible();
}

async function fillOrderForm(page: Page, name: string) {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Email', { exact: true }).fill('ada@example.com');
  await page.getByRole('checkbox', { name: /make, deliver and tell me about this order/ }).check();
}

test('the shopper places an order; production sees it with its bill of materials and ships it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const sent: string[] = [];
  page.on('request', (request) => request.url().includes('/api/') && sent.push(`${request.method()} ${new URL(request.url()).pathname}`));

  await designDesk(page);
  // Nothing leaves the browser before the customer presses the button.
  expect(sent).toEqual([]);
  await fillOrderForm(page, 'Ada Lovelace');
  // Consent to fulfilment is required; marketing is separate and optional.
  await expect(page.getByRole('checkbox', { name: /news and offers/ })).not.toBeChecked();
  await page.getByRole('button', { name: 'Place order' }).click();
  const number = page.getByTestId('order-number');
  await expect(number).toHaveText(/^MTO-\d{4}-\d{6}$/);
  const orderNumber = (await number.textContent())!;
  const partNames = await page.locator('table.bom tbody tr td:first-child').allTextContents();
  expect(partNames.length).toBeGreaterThan(0);

  await page.goto('/#/production');
  await expect(page.getByRole('heading', { level: 1, name: 'Production orders' })).toBeVisible();
  await page.getByLabel('Production token').fill(TOKEN);
  await page.getByLabel(/Your name/).fill('Sam at the workshop');
  await page.getByRole('button', { name: 'Show orders' }).click();
  await page.getByRole('button', { name: orderNumber }).click();
  const detail = page.getByRole('region', { name: `Order ${orderNumber}` });
  await expect(detail).toBeVisible();
  await expect(detail.getByText('Ada Lovelace')).toBeVisible();
  const bom = detail.getByRole('table', { name: `Bill of materials of ${orderNumber}` });
  await expect(bom.locator('tbody tr td:first-child')).toHaveText(partNames);

  for (const [button, status] of [
    ['Mark as confirmed', 'Confirmed'],
    ['Mark as in production', 'In production'],
    ['Mark as shipped', 'Shipped'],
  ] as const) {
    await detail.getByRole('button', { name: button }).click();
    await expect(detail.getByTestId('order-status')).toHaveText(status);
  }
  await expect(detail.getByText('This order has shipped.')).toBeVisible();
  await expect(detail.getByRole('listitem').filter({ hasText: 'by Sam at the workshop' })).toHaveCount(3);
  // The token stays in this tab's sessionStorage, nowhere else.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => localStorage.getItem(key)?.includes('e2e-production-token')))).toEqual([]);
  expect(errors).toEqual([]);
});

test('an order placed while the shop is unreachable is kept and sent when the connection is back', async ({ page, context }) => {
  await designDesk(page);
  await fillOrderForm(page, 'Offline Customer');
  await page.route('**/api/orders', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'saved on this device' })).toBeVisible();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('made-to-order:order-outbox') ?? '{}'));
  expect(stored.entries).toHaveLength(1);
  expect(stored.entries[0]).toMatchObject({ state: 'pending', spec: { customer: { name: 'Offline Customer' } } });

  await page.unroute('**/api/orders');
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(page.getByTestId('order-number')).toHaveText(/^MTO-\d{4}-\d{6}$/);
});

test("a refused order shows the service's reasons", async ({ page }) => {
  await designDesk(page);
  await fillOrderForm(page, 'Refused');
  await page.route('**/api/orders', (route) =>
    route.fulfill({
      status: 422,
      contentType: 'application/json',
      body: JSON.stringify({
        error: 'the order spec was refused (1 problem)',
        findings: [{ pointer: '/price/total', message: 'spec says 1, the catalog gives 2' }],
      }),
    }),
  );
  await page.getByRole('button', { name: 'Place order' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The order was not accepted' });
  await expect(alert).toContainText('/price/total: spec says 1, the catalog gives 2');
});
