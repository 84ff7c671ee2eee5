import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checkSpecIntegrity } from '../../src/domain/spec-integrity.ts';
import { heading, withoutWebGL } from './support/screens.ts';
import { pdfText } from './support/pdf-text.ts';

/*
 * Sales staff prepare a quote with a customer: sign in, customer details (an error shown, then
 * fixed), the trade price list, a discount refused without a manager's code and accepted with it,
 * one refused below cost; the quote printed to PDF (its text read with pdftotext), and resumed
 * from its link.
 */

async function signIn(page: Page) {
  await page.goto('/#/sales');
  await expect(heading(page, 'Sales sign-in')).toBeVisible();
  await page.getByLabel('Your name').fill('Ana Ruiz');
  await page.getByLabel('Staff PIN').fill('0000');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('That PIN is not right.');
  await page.getByLabel('Staff PIN').fill('2468');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as Ana Ruiz')).toBeVisible();
}

test('sales staff prepare, print and resume a quote within the discount guardrails', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await withoutWebGL(page);
  await signIn(page);
  await page.getByRole('button', { name: 'Design your standing desk' }).click();
  await page.getByRole('navigation', { name: 'Design steps' }).getByRole('button', { name: 'Review' }).click();
  await expect(heading(page, 'Review your standing desk')).toBeVisible();

  // Customer details: a wrong email is pointed at, then fixed.
  const customer = page.getByRole('form', { name: 'Customer' });
  await customer.getByLabel('Name', { exact: true }).fill('Lucía Gómez');
  await customer.getByLabel('Company (optional)').fill('Estudio Gómez');
  await customer.getByLabel('Email', { exact: true }).fill('lucia@example');
  await customer.getByLabel('Street and number').fill('Calle Mayor 1');
  await customer.getByLabel('Postal code').fill('28013');
  await customer.getByLabel('City', { exact: true }).fill('Madrid');
  await customer.getByRole('button', { name: 'Save customer details' }).click();
  await expect(customer.getByRole('alert')).toHaveText('Fix the problem below.');
  await expect(customer.getByLabel('Email', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(customer.getByText('Enter an email address such as name@example.com')).toBeVisible();
  await customer.getByLabel('Email', { exact: true }).fill('lucia@example.com');
  await customer.getByRole('button', { name: 'Save customer details' }).click();
  await expect(customer.getByText('Customer details saved.')).toBeVisible();
  await expect(customer.getByLabel('Email', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');

  // The trade price list, for a studio.
  await page.getByLabel('Price list').selectOption('trade');
  await expect(page.getByTestId('breakdown-payable')).toBeVisible();

  // 12 % is above the 10 % staff may give alone: refused without a manager's code, accepted with it.
  const discount = page.getByRole('form', { name: 'Discount' });
  const message = discount.getByTestId('discount-message');
  await discount.getByLabel('Percent off').fill('12');
  await discount.getByLabel('Reason').fill('Showroom fit-out, 6 desks to follow');
  await discount.getByRole('button', { name: 'Apply discount' }).click();
  await expect(message).toHaveText('This discount needs a manager’s code.');
  await expect(page.locator('[data-line-id="discount/total"]')).toHaveCount(0);
  await discount.getByLabel('Manager’s code (above the free limit)').fill('9999');
  await discount.getByRole('button', { name: 'Apply discount' }).click();
  await expect(message).toHaveText('That manager’s code is not right.');
  await discount.getByLabel('Manager’s code (above the free limit)').fill('1357');
  await discount.getByRole('button', { name: 'Apply discount' }).click();
  await expect(message).toHaveText('Discount of 12% on the whole order applied.');
  await expect(page.locator('.review [data-line-id="discount/total"]')).toContainText('Discount on the order (12%)');

  // 15 % on the trade list would sell below cost: refused even with the manager's code.
  await discount.getByLabel('Percent off').fill('15');
  await discount.getByLabel('Manager’s code (above the free limit)').fill('1357');
  await discount.getByRole('button', { name: 'Apply discount' }).click();
  await expect(message).toHaveText(/below cost/);
  await expect(page.locator('.review [data-line-id="discount/total"]')).toContainText('(12%)');

  const audit = page.getByTestId('audit-trail');
  await expect(audit).toContainText('Ana Ruiz: Price terms: price list trade');
  await expect(audit).toContainText('Ana Ruiz: Discount on the order: 12% (manager approved) · “Showroom fit-out, 6 desks to follow”');

  await page.getByLabel('Production notes').fill('Deliver to the showroom’s back entrance.');
  await page.getByLabel('Production notes').blur();
  await page.getByRole('button', { name: 'Prepare quote' }).click();

  const title = heading(page, /^Quote [A-Z]-/);
  await expect(title).toBeVisible();
  const number = ((await title.textContent()) ?? '').replace('Quote ', '');
  await expect(page.getByTestId('quote-saved')).toContainText(`Quote ${number} saved in this browser`);
  await expect(page.locator('.quote [data-line-id="discount/total"]')).toContainText(/-€\d/);
  // The quote's spec refers to the picture on it (the sketch here: no WebGL), sealed apart from the design.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download order spec (JSON)' }).click();
  const quoteSpec = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(quoteSpec.quote.number).toBe(number);
  expect(quoteSpec.picture).toMatchObject({ mediaType: 'image/png', view: 'front-sketch', width: 960, height: 720 });
  expect(await checkSpecIntegrity(quoteSpec)).toEqual({ ok: true });
  expect(quoteSpec.integrity.pictureHash).toMatch(/^[0-9a-f]{64}$/);

  // Printed to PDF: the quote's own text, not the site around it.
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(pdf);
  test.info().annotations.push({ type: 'pdf text', description: text === null ? 'pdftotext unavailable: checked the print-media page instead' : 'pdftotext' });
  if (text !== null) {
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      `Quote ${number}`,
      'Lucía Gómez',
      'Estudio Gómez',
      'Calle Mayor 1',
      'Trade price list',
      'Discount on the order (12%)',
      'ships by',
      'Prices are held until',
      'Deliver to the showroom’s back entrance.',
    ]) {
      expect(flat).toContain(expected);
    }
    expect(flat).not.toContain('Print or save as PDF');
    expect(flat).not.toContain('Catalog workbench');
  } else {
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.quote')).toContainText('Discount on the order (12%)');
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  }

  // Resumed later from its link: the same design, customer and discount.
  await page.emulateMedia({ media: 'screen' });
  const link = (await page.getByRole('link', { name: 'Link to resume this quote' }).getAttribute('href')) ?? '';
  expect(link).toMatch(new RegExp(`#/sales/quote/${number}\\?k=[\\w-]{32}$`));
  await page.getByRole('button', { name: 'New quote' }).click();
  await expect(heading(page, 'What would you like us to make?')).toBeVisible();
  await page.goto(`/#/sales/quote/${number}`);
  await expect(page.getByText(`Opened quote ${number}`)).toBeVisible();
  await expect(heading(page, 'Review your standing desk')).toBeVisible();
  await expect(page.locator('.review [data-line-id="discount/total"]')).toContainText('(12%)');
  await expect(page.getByRole('form', { name: 'Customer' }).getByLabel('Email', { exact: true })).toHaveValue('lucia@example.com');
  await expect(page.getByLabel('Price list')).toHaveValue('trade');

  // In another browser (nothing stored there) the link opens the quote from the order service with
  // its key; the number alone, or a wrong key, opens nothing.
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const elsewhere = await other.newPage();
  await withoutWebGL(elsewhere);
  await signIn(elsewhere);
  await elsewhere.goto(`/#/sales/quote/${number}`);
  await expect(elsewhere.getByText(`Quote ${number} is not in this browser`)).toBeVisible();
  await elsewhere.goto(`/#/sales/quote/${number}?k=${'A'.repeat(32)}`);
  await expect(elsewhere.getByText(`Quote ${number} is not in this browser`)).toBeVisible();
  await elsewhere.goto(link.slice(link.indexOf('#')));
  await expect(elsewhere.getByText(`Opened quote ${number} (from the order service)`)).toBeVisible();
  await expect(elsewhere.getByRole('form', { name: 'Customer' }).getByLabel('Email', { exact: true })).toHaveValue('lucia@example.com');
  await other.close();
});
