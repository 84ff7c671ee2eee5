import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { tabTo, typeInto } from './support/keyboard.ts';
import { heading, withoutWebGL } from './support/screens.ts';

/*
 * The sales and co-design journeys with the keyboard alone: Tab to each control, type into text
 * fields, Enter and Space to act, arrows in select menus. No clicks. Checks that every step is
 * reachable, that forms submit with Enter, and that focus lands where the next step is.
 */

test.beforeEach(async ({ page }) => {
  await withoutWebGL(page);
});

const reviewChip = (page: Page) => page.getByRole('navigation', { name: 'Design steps' }).getByRole('button', { name: 'Review' });

test('sales staff sign in, fill in the customer, get a manager-approved discount and prepare the quote by keyboard', async ({ page }) => {
  test.setTimeout(150_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/#/sales');
  await expect(heading(page, 'Sales sign-in')).toBeVisible();

  await typeInto(page, page.getByLabel('Your name'), 'Ana Ruiz');
  await typeInto(page, page.getByLabel('Staff PIN'), '2468', 3);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Signed in as Ana Ruiz')).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Design your standing desk' }));
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Width')).toBeFocused();
  await tabTo(page, reviewChip(page));
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Review your standing desk')).toBeFocused();

  // Customer details: typed field by field, saved with Enter from the last one.
  const customer = page.getByRole('form', { name: 'Customer' });
  await typeInto(page, customer.getByLabel('Name', { exact: true }), 'Lucía Gómez');
  await typeInto(page, customer.getByLabel('Email', { exact: true }), 'lucia@example', 4);
  await typeInto(page, customer.getByLabel('Street and number'), 'Calle Mayor 1', 4);
  await typeInto(page, customer.getByLabel('Postal code'), '28013', 3);
  await typeInto(page, customer.getByLabel('City', { exact: true }), 'Madrid', 4);
  await tabTo(page, customer.getByRole('button', { name: 'Save customer details' }), 8);
  await page.keyboard.press('Enter');
  await expect(customer.getByRole('alert')).toHaveText('Fix the problem below.');
  // The field at fault gets the focus, so it can be fixed at once.
  const email = customer.getByLabel('Email', { exact: true });
  await expect(email).toBeFocused();
  await page.keyboard.type('.com');
  await page.keyboard.press('Enter');
  await expect(customer.getByText('Customer details saved.')).toBeVisible();
  await expect(email).not.toHaveAttribute('aria-invalid', 'true');

  // The trade price list: a select menu, changed with the arrow keys.
  const list = page.getByLabel('Price list');
  await tabTo(page, list);
  for (let i = 0; i < 3 && (await list.inputValue()) !== 'trade'; i++) await page.keyboard.press('ArrowDown');
  await expect(list).toHaveValue('trade');
  await expect(page.getByTestId('breakdown-payable')).toBeVisible();

  // 12 % needs the manager's code: refused without it, applied with it, all with Enter.
  const discount = page.getByRole('form', { name: 'Discount' });
  const message = discount.getByTestId('discount-message');
  await typeInto(page, discount.getByLabel('Percent off'), '12');
  await typeInto(page, discount.getByLabel('Reason'), 'Showroom fit-out', 6);
  await page.keyboard.press('Enter');
  await expect(message).toHaveText('This discount needs a manager’s code.');
  await typeInto(page, discount.getByLabel('Manager’s code (above the free limit)'), '1357', 6);
  await page.keyboard.press('Enter');
  await expect(message).toHaveText('Discount of 12% on the whole order applied.');
  await expect(page.locator('.review [data-line-id="discount/total"]')).toContainText('(12%)');

  await tabTo(page, page.getByRole('button', { name: 'Prepare quote' }));
  await page.keyboard.press('Enter');
  const title = heading(page, /^Quote [A-Z]-/);
  await expect(title).toBeFocused();
  await expect(page.locator('.quote')).toContainText('Lucía Gómez');
  await expect(page.locator('.quote [data-line-id="discount/total"]')).toContainText(/-€\d/);
  await tabTo(page, page.getByRole('button', { name: 'Print or save as PDF' }));
  expect(errors).toEqual([]);
});

test('a customer suggests an option and up-votes another by keyboard; the merchandiser exports them', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    if (localStorage.getItem('made-to-order:suggestions')) return;
    const other = {
      id: 'seed-1',
      catalogId: 'standing-desk',
      groupId: 'width',
      text: 'A headphone hook',
      reference: null,
      createdAt: '2026-11-20T10:00:00.000Z',
      votes: 3,
    };
    localStorage.setItem('made-to-order:suggestions', JSON.stringify({ schemaVersion: 1, records: [other] }));
  });
  await page.goto('/');
  await tabTo(page, page.getByRole('button', { name: 'Design your standing desk' }));
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Width')).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'Suggest an option' }));
  await page.keyboard.press('Enter');
  // Opening the form puts the cursor in its text field.
  const idea = page.getByLabel('What would you like?');
  await expect(idea).toBeFocused();
  await page.keyboard.type('A cork top, for pinning notes');
  await tabTo(page, page.getByRole('button', { name: 'Add suggestion' }), 6);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Thank you: your suggestion goes with your design')).toBeVisible();

  const board = page.getByRole('region', { name: 'Suggestions for this standing desk' });
  await expect(board.getByRole('listitem')).toHaveCount(2);
  await tabTo(page, board.getByRole('button', { name: 'Up-vote: A headphone hook' }), 20);
  await page.keyboard.press('Space');
  await expect(board.getByRole('listitem').filter({ hasText: 'A headphone hook' })).toContainText('4 votes');
  // The pressed button becomes "Voted" and keeps the focus where it was.
  await expect(board.getByRole('button', { name: 'Voted: A headphone hook' })).toBeDisabled();
  await expect(board.getByRole('button', { name: 'Voted: A headphone hook' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(board.getByRole('listitem').filter({ hasText: 'A headphone hook' })).toContainText('4 votes');

  // The merchandiser's page: reached from the site's navigation, exported with Enter.
  await page.goto('/#/suggestions');
  await expect(heading(page, 'Customer suggestions')).toBeVisible();
  const download = page.waitForEvent('download');
  await tabTo(page, page.getByRole('link', { name: 'Export as JSON' }));
  await page.keyboard.press('Enter');
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { suggestions: { text: string; votes: number }[] };
  expect(exported.suggestions.map((s) => [s.text, s.votes])).toEqual([
    ['A headphone hook', 4],
    ['A cork top, for pinning notes', 1],
  ]);
});
