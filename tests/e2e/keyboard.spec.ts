import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { tabTo } from './support/keyboard.ts';
import { heading, openStep, DESK, withoutWebGL } from './support/screens.ts';

/*
 * The shopper's whole flow with the keyboard alone: only Tab, the arrow keys, Space and Enter
 * (no clicks, no typing). Option groups are radio groups (one tab stop; the arrows move and
 * select), focus lands on each step's heading, and price and lead time are announced politely.
 */

async function expectHeadingFocused(page: Page, name: string | RegExp) {
  await expect(heading(page, name)).toBeFocused();
}

const status = (page: Page) => page.getByRole('complementary', { name: 'Price and delivery' }).getByRole('status');
const nextButton = (page: Page) => page.getByRole('button', { name: 'Next', exact: true });

test.beforeEach(async ({ page }) => {
  await withoutWebGL(page);
});

test('a shopper designs and downloads a desk with Tab, arrows, Space and Enter only', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');

  await tabTo(page, page.getByRole('button', { name: 'Design your standing desk' }));
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'Width');

  // The slider: arrows change the width; the price follows and is announced.
  const before = await status(page).textContent();
  await tabTo(page, page.getByRole('slider', { name: /Width/ }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('textbox', { name: 'Width (cm)' })).toHaveValue('150');
  await expect(status(page)).not.toHaveText(before ?? '');

  await tabTo(page, nextButton(page));
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'Depth');
  await tabTo(page, nextButton(page));
  await page.keyboard.press('Enter');

  // The top: one tab stop on the chosen value; arrows move and select.
  await expectHeadingFocused(page, 'Top');
  const tops = page.getByRole('radiogroup', { name: 'Top' }).getByRole('radio');
  await page.keyboard.press('Tab');
  await expect(tops.nth(0)).toBeFocused();
  await expect(tops.nth(0)).toBeChecked();
  const priceBefore = await page.getByTestId('total').textContent();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(tops.nth(2)).toBeFocused();
  await expect(tops.nth(2)).toBeChecked();
  await expect(page.getByTestId('total')).not.toHaveText(priceBefore ?? '');
  await page.keyboard.press('ArrowUp');
  await expect(tops.nth(1)).toBeChecked();
  // Tab leaves the group: the other radios are not tab stops.
  await page.keyboard.press('Tab');
  expect(await tops.evaluateAll((radios) => radios.some((radio) => radio === document.activeElement))).toBe(false);

  await tabTo(page, nextButton(page));
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'Frame colour');
  const frames = page.getByRole('radiogroup', { name: 'Frame colour' }).getByRole('radio');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(frames.nth(1)).toBeChecked();
  await tabTo(page, nextButton(page));
  await page.keyboard.press('Enter');

  await expectHeadingFocused(page, 'Motor');
  await tabTo(page, nextButton(page));
  await page.keyboard.press('Enter');

  // Accessories: checkboxes, toggled with Space.
  await expectHeadingFocused(page, 'Accessories');
  const tray = page.getByRole('checkbox', { name: /Cable tray/ });
  await tabTo(page, tray);
  await page.keyboard.press('Space');
  await expect(tray).toBeChecked();
  await tabTo(page, nextButton(page));
  await page.keyboard.press('Enter');

  await expectHeadingFocused(page, 'Engraving');
  await tabTo(page, page.getByRole('button', { name: 'Review your design' }));
  await page.keyboard.press('Enter');

  await expectHeadingFocused(page, 'Review your standing desk');
  await expect(page.getByTestId('choice-accessories')).toHaveText('Cable tray');
  // Change a choice from the review page and come back with the step list.
  await tabTo(page, page.getByRole('button', { name: 'Change top' }));
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'Top');
  await expect(tops.nth(1)).toBeChecked();
  await tabTo(page, page.getByRole('navigation', { name: 'Design steps' }).getByRole('button', { name: 'Review' }));
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'Review your standing desk');

  await tabTo(page, page.getByRole('button', { name: 'Confirm design' }));
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'Your design is ready');
  const download = page.getByRole('link', { name: 'Download order spec (JSON)' });
  await expect(download).toBeVisible();
  const downloaded = page.waitForEvent('download');
  await tabTo(page, download);
  await page.keyboard.press('Enter');
  const spec = JSON.parse(await readFile(await (await downloaded).path(), 'utf8'));
  const choice = (id: string) => spec.choices.find((c: { groupId: string }) => c.groupId === id);
  expect(choice('width').value).toBe(150);
  expect(choice('top').value).toBe('laminate-anthracite');
  expect(choice('frame').value).toBe('white');
  expect(choice('accessories').value).toEqual(['cable-tray']);
  expect(errors).toEqual([]);
});

test('radio groups skip disabled values, and every option has a text name (swatches too)', async ({ page }) => {
  await openStep(page, DESK, 0);
  // 170 cm needs the dual motor: the single motor is disabled and the arrows skip it.
  const width = page.getByRole('slider', { name: /Width/ });
  await width.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('textbox', { name: 'Width (cm)' })).toHaveValue('170');
  await page
    .getByRole('navigation', { name: 'Design steps' })
    .getByRole('button', { name: /^Motor/ })
    .press('Enter');
  await expectHeadingFocused(page, 'Motor');
  const motors = page.getByRole('radiogroup', { name: 'Motor' }).getByRole('radio');
  await expect(motors.nth(0)).toBeDisabled();
  // Tab passes the disabled value's one-click fix, then reaches the group on its chosen value.
  await tabTo(page, page.getByRole('button', { name: /and choose Single motor/ }), 5);
  await tabTo(page, motors.nth(1), 3);
  await page.keyboard.press('ArrowDown');
  await expect(motors.nth(1)).toBeFocused();
  await expect(motors.nth(0)).not.toBeChecked();

  for (const step of [2, 3]) {
    await page.getByRole('navigation', { name: 'Design steps' }).getByRole('listitem').nth(step).getByRole('button').press('Enter');
    await expectHeadingFocused(page, DESK.steps[step]!);
    const names = await page
      .getByRole('radio')
      .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).labels?.[0]?.querySelector('.option__label')?.textContent?.trim() ?? ''));
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) expect(name).toMatch(/^[A-Z][a-z]/);
    // The swatch is decoration beside the name, hidden from assistive technology.
    for (const swatch of await page.locator('.swatch').all()) await expect(swatch).toHaveAttribute('aria-hidden', 'true');
  }
});

test('price and lead time are announced politely, once a typed number is committed, not on every keystroke', async ({ page }) => {
  await openStep(page, DESK, 0);
  const region = status(page);
  await expect(region).toHaveCount(1);
  expect(await region.getAttribute('aria-live')).not.toBe('assertive');
  await expect(region).toContainText(/€/);
  await expect(region).toContainText(/business day/);
  await region.evaluate((element) => {
    const counter = { changes: 0 };
    (window as unknown as { __statusChanges: typeof counter }).__statusChanges = counter;
    new MutationObserver(() => counter.changes++).observe(element, { subtree: true, childList: true, characterData: true });
  });
  const changes = () => page.evaluate(() => (window as unknown as { __statusChanges: { changes: number } }).__statusChanges.changes);
  const before = await region.textContent();

  const field = page.getByRole('textbox', { name: 'Width (cm)' });
  await field.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  // Digits are the only typing here: what a number field is for.
  for (const key of ['1', '8', '0']) await page.keyboard.press(key);
  expect(await changes(), 'no announcement while typing').toBe(0);
  await page.keyboard.press('Enter');
  await expect(region).not.toHaveText(before ?? '');
  expect(await changes()).toBeGreaterThan(0);
});
