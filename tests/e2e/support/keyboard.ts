import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab (or Shift+Tab) until `target` has focus, at most `limit` times: proves it is reachable by keyboard. */
export async function tabTo(page: Page, target: Locator, limit = 60, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `reached by ${key} within ${limit} presses`).toBeFocused();
}

/** Tabs to a text field and types into it (replacing what it held), as a keyboard user would. */
export async function typeInto(page: Page, field: Locator, text: string, limit = 60): Promise<void> {
  await tabTo(page, field, limit);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}
