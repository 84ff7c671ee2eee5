import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';

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

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const bytesOf = async (download: Download) => readFile(await download.path());

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
  // The sealed spec refers to the product picture: the SHA-256 of exactly the PNG the page offers,
  // which is named after the spec's seal.
  const fingerprint = page.getByTestId('spec-fingerprint').locator('code');
  const seal = (await fingerprint.getAttribute('title'))!;
  const [specDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download order spec (JSON)' }).click()]);
  const downloadedSpec = JSON.parse((await bytesOf(specDownload)).toString('utf8'));
  expect(downloadedSpec.integrity.hash).toBe(seal);
  const figure = page.getByTestId('product-picture');
  await expect(figure.getByRole('img')).toHaveAttribute('alt', downloadedSpec.picture.alt);
  const [pictureDownload] = await Promise.all([page.waitForEvent('download'), figure.getByRole('link', { name: 'Download picture (PNG)' }).click()]);
  expect(pictureDownload.suggestedFilename()).toBe(`standing-desk-${seal.slice(0, 12)}-picture.png`);
  const png = await bytesOf(pictureDownload);
  expect(downloadedSpec.picture).toEqual({
    mediaType: 'image/png',
    width: 960,
    height: 720,
    byteLength: png.length,
    sha256: sha256(png),
    view: 'three-quarter',
    alt: expect.stringMatching(/^Standing desk/),
  });

  // Nothing leaves the browser before the customer presses the button.
  expect(sent).toEqual([]);
  await fillOrderForm(page, 'Ada Lovelace');
  // Consent to fulfilment is required; marketing is separate and optional.
  await expect(page.getByRole('checkbox', { name: /news and offers/ })).not.toBeChecked();
  const pictureSent = page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().endsWith('/picture'));
  const specSent = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/api/orders'));
  await page.getByRole('button', { name: 'Place order' }).click();
  const number = page.getByTestId('order-number');
  await expect(number).toHaveText(/^MTO-\d{4}-\d{6}$/);
  const orderNumber = (await number.textContent())!;
  // The order's spec (sealed again with the customer's details) refers to the same picture, and the
  // picture follows it, as the very bytes downloaded.
  const placedSpec = (await specSent).postDataJSON();
  expect(placedSpec.picture).toEqual(downloadedSpec.picture);
  const upload = await pictureSent;
  expect(upload.status()).toBe(201);
  expect(upload.url()).toMatch(new RegExp(`/api/orders/${orderNumber}/picture$`));
  expect(sha256(upload.request().postDataBuffer()!)).toBe(downloadedSpec.picture.sha256);
  expect(sent).toEqual(['POST /api/orders', `PUT /api/orders/${orderNumber}/picture`]);
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
  // Beside the bill of materials, the picture the customer saw, served as the spec's hash says.
  const shown = detail.getByTestId('order-picture').getByRole('img', { name: downloadedSpec.picture.alt });
  await expect(shown).toBeVisible();
  expect(await shown.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBe(960);
  const served = await page.request.get(`/api/orders/${orderNumber}/picture`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  expect(served.headers()['content-type']).toBe('image/png');
  expect(sha256(await served.body())).toBe(downloadedSpec.picture.sha256);
  expect((await page.request.get(`/api/orders/${orderNumber}/picture`)).status()).toBe(401);

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
  // Production's page passes axe, and on a phone (down to 320 px) its tables never make the page scroll sideways.
  expect(await seriousViolations(page)).toEqual([]);
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width} px`).toBe(0);
  }
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

test("a refused order says why in the customer's terms, shows the service's reasons and opens the design again", async ({ page }) => {
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
  // Said in terms the customer can act on; the service's own words one click away.
  await expect(alert).toContainText('Our catalog has changed since you designed it');
  await expect(alert.getByText('/price/total')).toBeHidden();
  await alert.getByText('What the shop said').click();
  await expect(alert.getByRole('listitem')).toHaveText('/price/total: spec says 1, the catalog gives 2');
  // The design opens again, priced as the catalog is today.
  await alert.getByRole('link', { name: 'Open this design again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review your standing desk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Confirm design' })).toBeEnabled();
});

test('an order that waited offline for days is refused for its date; the next visit says so and reopens the design at today’s prices', async ({ page }) => {
  test.setTimeout(120_000);
  // The customer confirms and places the order three days ago, while the shop cannot be reached…
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
  await page.clock.setFixedTime(threeDaysAgo);
  await page.goto('/');
  await page.getByRole('button', { name: 'Design your standing desk' }).click();
  await page.getByRole('textbox', { name: 'Width (cm)' }).fill('160');
  await page.getByRole('textbox', { name: 'Width (cm)' }).press('Enter');
  await page.getByRole('navigation', { name: 'Design steps' }).getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Confirm design' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your design is ready' })).toBeVisible();
  await fillOrderForm(page, 'Away Customer');
  await page.route('**/api/orders', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'saved on this device' })).toBeVisible();
  await page.unroute('**/api/orders');

  // …and comes back today: the outbox sends it, the service refuses its date.
  await page.clock.setFixedTime(new Date());
  await page.goto('/');
  const notice = page.getByRole('region', { name: 'An order you placed was not accepted' });
  await expect(notice).toBeVisible();
  await expect(notice.getByTestId('refused-order')).toContainText('Your standing desk, confirmed on');
  await expect(notice).toContainText('waited in this browser (offline) for more than a day');
  await notice.getByText('What the shop said').click();
  await expect(notice).toContainText('/leadTime/orderDate');

  // Reopening the design brings back the customer's own choices, priced today; the notice is gone for good.
  await notice.getByRole('link', { name: 'Open this design again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review your standing desk' })).toBeVisible();
  await expect(page.getByTestId('choice-width')).toHaveText('160 cm');
  await expect(page.getByRole('button', { name: 'Confirm design' })).toBeEnabled();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'What would you like us to make?' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'An order you placed was not accepted' })).toHaveCount(0);
});
