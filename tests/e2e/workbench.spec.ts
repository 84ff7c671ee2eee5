import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

/** Reads a money amount like "€1,277.00" as integer cents. */
async function total(page: Page): Promise<number> {
  const text = (await page.getByTestId('total').textContent()) ?? '';
  return Math.round(Number(text.replace(/[^0-9.]/g, '')) * 100);
}

test('a merchandiser finds a catalog problem by its pointer, fixes it and tries the product in the preview', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const desk = await readFile(new URL('../../catalog/standing-desk.json', import.meta.url), 'utf8');
  const broken = desk.replace(/"basePrice": \{[^}]*\}/, '"basePrice": 499.5');
  expect(broken).not.toBe(desk);

  // The 3D scene has its own journey test; software WebGL here would only slow the editing checks down.
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return type.startsWith('webgl') ? null : getContext.call(this, type as '2d', ...(rest as []));
    } as typeof getContext;
  });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Catalog workbench' }).click();
  await expect(page).toHaveURL(/#\/workbench$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Catalog workbench' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Start from' }).selectOption({ label: 'Standing desk' });
  const summary = page.getByTestId('problem-summary');
  await expect(summary).toHaveText('No problems');

  const editor = page.getByRole('textbox', { name: 'Catalog JSON' });
  await editor.fill(broken);
  const problem = page.getByRole('button', { name: 'Error pasted.json: /basePrice: expected integer cents, got 499.5' });
  await expect(problem).toBeVisible();
  await expect(summary).toHaveText('1 error');
  await expect(page.getByText('Showing the last valid version')).toBeVisible();

  // The problem takes the caret to `"basePrice": 499.5` in the text.
  await problem.click();
  await expect(editor).toBeFocused();
  const selection = await editor.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]);
  expect(selection[0]).toBe(broken.indexOf('"basePrice"'));
  expect(broken.slice(selection[0], selection[1])).toBe('"basePrice": 499.5');

  await editor.fill(desk);
  await expect(summary).toHaveText('No problems');
  await expect(page.getByText('Showing the last valid version')).toBeHidden();

  // The preview is the shoppers' configurator running on this catalog.
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { level: 1, name: 'Width' })).toBeVisible();
  await preview.getByRole('button', { name: 'Next' }).click();
  await expect(preview.getByRole('heading', { level: 1, name: 'Depth' })).toBeVisible();
  await preview.getByRole('button', { name: 'Next' }).click();
  await expect(preview.getByRole('heading', { level: 1, name: 'Top' })).toBeVisible();
  const before = await total(page);
  await preview.getByText('Solid oak', { exact: true }).click();
  await expect.poll(() => total(page)).toBe(before + 29000);

  await page.getByRole('link', { name: 'Shop', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'What would you like us to make?' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the workbench fits a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/workbench');
  await expect(page.getByTestId('problem-summary')).toHaveText('No problems');
  await expect(page.getByRole('textbox', { name: 'Catalog JSON' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
