import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

/** Reads a Spanish money amount like "1.277,00 €" as integer cents. */
function centsOfSpanish(text: string): number {
  const digits = text.replace(/[^0-9,]/g, '').replace(',', '.');
  return Math.round(Number(digits) * 100);
}

async function expectStep(page: Page, title: string) {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('a shopper switches to Spanish, designs a desk, shares it in Spanish and downloads a Spanish spec', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'What would you like us to make?' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The switch is in the header; the UI, the catalog's texts and the formats follow.
  await page.getByRole('banner').getByLabel('Language').selectOption('es');
  await expect(page.getByRole('heading', { name: '¿Qué quieres que fabriquemos?' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const design = page.getByRole('button', { name: 'Diseña tu escritorio elevable' });
  await expect(design).toBeVisible();
  // Euros the Spanish way: amount, comma, non-breaking space, sign.
  await expect(page.locator('.product-card').filter({ hasText: 'Escritorio elevable' })).toContainText(/\d{3},00\u00a0€ en versión estándar/);
  expect(await page.evaluate(() => window.localStorage.getItem('made-to-order:lang'))).toBe('es');
  await design.click();

  await expectStep(page, 'Ancho');
  await expect(page.getByText('Paso 1 de 7')).toBeVisible();
  await expect(page.getByTestId('total')).toHaveText(/^\d{1,3}(\.\d{3})*,\d{2}\u00a0€$/);
  // Spanish dates: "antes del lun, 14 dic 2026"-style (a Spanish weekday and month abbreviation).
  await expect(page.getByTestId('lead-time')).toContainText(/Se envía en \d+ días laborables · antes del (lun|mar|mié|jue|vie|sáb|dom)/);
  const width = page.getByRole('textbox', { name: 'Ancho (cm)' });
  // A width the desk cannot have is refused in Spanish, and the design keeps its width.
  await width.fill('250');
  await width.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Ancho debe estar entre 100 y 200 cm. Tu diseño sigue usando 140 cm.');
  await width.fill('150');
  await width.press('Enter');
  await page.getByRole('button', { name: 'Siguiente' }).click();
  await expectStep(page, 'Fondo');
  await page.getByRole('button', { name: 'Siguiente' }).click();
  await expectStep(page, 'Tablero');
  await page.getByText('Roble macizo', { exact: true }).click();
  await expect(page.getByRole('radio', { name: /Roble macizo/ })).toBeChecked();
  await page
    .getByRole('navigation', { name: 'Pasos del diseño' })
    .getByRole('button', { name: /Revisión/ })
    .click();

  await expectStep(page, 'Revisa tu escritorio elevable');
  await expect(page.getByTestId('choice-top')).toHaveText('Roble macizo');
  await expect(page.getByText('Escritorio elevable (base)')).toBeVisible();
  await expect(page.locator('.price-lines')).toContainText('IVA');
  const shown = centsOfSpanish((await page.getByTestId('total').textContent()) ?? '');
  expect(shown).toBeGreaterThan(0);

  // The share link keeps the language: a friend with a fresh browser opens it in Spanish.
  await page.getByRole('button', { name: 'Compartir este diseño' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Enlace copiado' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/&l=es(&|$)/);
  const other = await browser.newContext({ locale: 'en-GB' });
  const friend = await other.newPage();
  await friend.goto(link);
  await expectStep(friend, 'Revisa tu escritorio elevable');
  await expect(friend.locator('html')).toHaveAttribute('lang', 'es');
  await expect(friend.getByTestId('choice-top')).toHaveText('Roble macizo');
  await expect(friend.getByTestId('total')).toHaveText(/,\d{2}\u00a0€$/);
  await other.close();
  // An unknown language in a link is ignored: the design opens, in the browser's own language.
  const third = await browser.newContext({ locale: 'en-GB' });
  const stranger = await third.newPage();
  await stranger.goto(link.replace('l=es', 'l=xx'));
  await expectStep(stranger, 'Review your standing desk');
  await expect(stranger.getByTestId('choice-top')).toHaveText('Solid oak');
  await third.close();

  await page.getByRole('button', { name: 'Confirmar el diseño' }).click();
  await expectStep(page, 'Tu diseño está listo');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Descargar la especificación (JSON)' }).click();
  const spec = JSON.parse(await readFile(await (await downloadPromise).path(), 'utf8'));
  expect(spec.locale).toBe('es');
  expect(spec.catalog.name).toBe('Escritorio elevable');
  expect(spec.choices.find((c: { groupId: string }) => c.groupId === 'top')).toMatchObject({ value: 'solid-oak', labels: ['Roble macizo'] });
  expect(spec.price.lines[0].label).toBe('Escritorio elevable (base)');
  expect(spec.price.total).toBe(shown);
  expect(errors).toEqual([]);
});
