import { expect, test, type Page } from '@playwright/test';

/** Reads a money amount like "€1,277.00" as integer cents. */
function centsOf(text: string): number {
  return Math.round(Number(text.replace(/[^0-9.]/g, '')) * 100);
}

async function total(page: Page): Promise<number> {
  return centsOf((await page.getByTestId('total').textContent()) ?? '');
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return errors;
}

const reviewHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Review your standing desk' });
const notice = (page: Page) => page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Dismiss' }) });

/** The same link with its payload's choices edited. */
function editLink(link: string, edit: (choices: Record<string, unknown>) => void): string {
  const [base, query] = link.split('?') as [string, string];
  const params = new URLSearchParams(query);
  const choices = JSON.parse(Buffer.from(params.get('c') ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  edit(choices);
  params.set('c', Buffer.from(JSON.stringify(choices)).toString('base64url'));
  return `${base}?${params}`;
}

test('a shopper shares a design by link and saves designs in the browser', async ({ page, context, browser }) => {
  const errors = watchErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('button', { name: 'Design your standing desk' }).click();

  // A few choices: width, top, an accessory; then straight to the review.
  const width = page.getByRole('textbox', { name: 'Width (cm)' });
  await width.fill('150');
  await width.press('Enter');
  await page.getByRole('navigation', { name: 'Design steps' }).getByRole('button', { name: /^Top/ }).click();
  await page.getByText('Solid oak', { exact: true }).click();
  await page
    .getByRole('navigation', { name: 'Design steps' })
    .getByRole('button', { name: /^Accessories/ })
    .click();
  await page.getByText('Drawer', { exact: true }).click();
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(reviewHeading(page)).toBeVisible();
  const shownTotal = await total(page);

  // Share: the link is copied to the clipboard.
  await page.getByRole('button', { name: 'Share this design' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#\/design\/standing-desk\/[^/]+\?s=1&c=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThanOrEqual(2000);

  // Someone else opens it: same choices, same total, and the address no longer carries the design.
  const other = await browser.newContext();
  const friend = await other.newPage();
  const friendErrors = watchErrors(friend);
  await friend.goto(link);
  await expect(reviewHeading(friend)).toBeVisible();
  await expect(notice(friend)).toContainText('Opened a shared design.');
  await expect(friend.getByTestId('choice-width')).toHaveText('150 cm');
  await expect(friend.getByTestId('choice-top')).toHaveText('Solid oak');
  await expect(friend.getByTestId('choice-accessories')).toHaveText('Drawer');
  await expect.poll(() => total(friend)).toBe(shownTotal);
  expect(new URL(friend.url()).hash).toBe('#/');

  // A hand-edited link: the impossible width is dropped with a clear note; the rest still opens.
  await friend.goto(editLink(link, (choices) => (choices.width = 999)));
  await expect(notice(friend)).toContainText('This design asked for a 999 cm width; this standing desk goes up to 200 cm, so we kept the standard width.');
  await expect(friend.getByTestId('choice-width')).toHaveText('140 cm');
  await expect(friend.getByTestId('choice-top')).toHaveText('Solid oak');
  await friend.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice(friend)).toHaveCount(0);

  // Garbage, and a product we no longer offer: a plain message and a working page.
  await friend.goto(link.replace(/c=[^&]*$/, 'c=%%%garbage'));
  await expect(notice(friend)).toContainText('We couldn\u2019t read the design in this link, so we opened the standard standing desk.');
  await expect(reviewHeading(friend)).toBeVisible();
  await friend.goto(link.replace('/design/standing-desk/', '/design/hoverboard/'));
  await expect(notice(friend)).toContainText('This link is for a product we no longer offer.');
  await friend.getByRole('button', { name: 'Made-to-Order home' }).click();
  await expect(friend.getByRole('heading', { name: 'What would you like us to make?' })).toBeVisible();
  expect(friendErrors).toEqual([]);
  await other.close();

  // Save the design under a name; it survives a reload and reopens with today's price.
  await page.getByRole('textbox', { name: 'Name this design' }).fill('Oak desk for the study');
  await page.getByRole('button', { name: 'Save design' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as \u201cOak desk for the study\u201d' })).toBeVisible();
  await page.getByRole('button', { name: 'Save design' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as \u201cOak desk for the study (2)\u201d' })).toBeVisible();

  await page.reload();
  const saved = page.getByRole('region', { name: 'Your saved designs' });
  await expect(saved).toContainText('Oak desk for the study');
  await expect(saved).toContainText('Standing desk');
  await expect(saved).toContainText('stay in this browser only');
  await saved.getByRole('button', { name: 'Open Oak desk for the study (2)' }).click();
  await expect(reviewHeading(page)).toBeVisible();
  await expect(notice(page)).toContainText('Opened your saved design \u201cOak desk for the study (2)\u201d.');
  await expect(page.getByTestId('choice-top')).toHaveText('Solid oak');
  await expect.poll(() => total(page)).toBe(shownTotal);

  // Delete asks first; keeping it changes nothing.
  await page.getByRole('button', { name: 'Made-to-Order home' }).click();
  await saved.getByRole('button', { name: 'Delete Oak desk for the study (2)' }).click();
  await saved.getByRole('button', { name: 'Keep it' }).click();
  await saved.getByRole('button', { name: 'Delete Oak desk for the study (2)' }).click();
  await saved.getByRole('button', { name: 'Yes, delete Oak desk for the study (2)' }).click();
  await expect(saved.getByRole('listitem')).toHaveCount(1);
  await saved.getByRole('button', { name: 'Delete Oak desk for the study', exact: true }).click();
  await saved.getByRole('button', { name: 'Yes, delete Oak desk for the study', exact: true }).click();
  await expect(saved).toHaveCount(0);
  expect(errors).toEqual([]);
});
