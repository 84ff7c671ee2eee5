import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { SCREENS, withoutWebGL } from './support/screens.ts';

/*
 * Every screen (tests/e2e/support/screens.ts) is scanned with axe-core for WCAG 2.0/2.1/2.2 A and AA,
 * its interactive elements are measured (targets at least 24 × 24 CSS px, WCAG 2.5.8), and it is
 * laid out again at 320 CSS px wide (400% zoom of a 1280 px window, WCAG 1.4.10) and at 200% zoom
 * of a 1280 × 800 window: no sideways scrolling and nothing cut off.
 */

/**
 * Interactive elements smaller than 24 × 24 CSS px. Links inside running text are exempt (WCAG's
 * "inline" exception), as are elements hidden for screen readers only (the skip link, a file input
 * inside its styled label).
 */
function undersizedTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=radio], [role=checkbox], [role=link], [tabindex]:not([tabindex="-1"])';
    const problems: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      if (element.closest('.visually-hidden, .skip-link')) continue;
      const style = getComputedStyle(element);
      if (element.tagName === 'A' && style.display === 'inline' && element.parentElement && getComputedStyle(element.parentElement).display === 'block')
        continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < 23.5 || box.height < 23.5) {
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
        problems.push(
          `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${name}" is ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`,
        );
      }
    }
    return problems;
  });
}

/** Sideways scrolling of the page, and visible elements that stick out of the viewport or are clipped. */
function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    if (overflow > 0) problems.push(`the page scrolls sideways by ${overflow} px at ${width} px`);
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}`;
    for (const element of document.querySelectorAll<HTMLElement>('main *, header *, aside *')) {
      if (!element.checkVisibility({ checkVisibilityCSS: true })) continue;
      if (element.closest('.visually-hidden, .skip-link, canvas')) continue;
      // Elements inside a scroll box (the JSON editor, a wide table) are reachable by scrolling it.
      let inScroller = false;
      for (let ancestor = element.parentElement; ancestor && ancestor !== document.body && !inScroller; ancestor = ancestor.parentElement) {
        const { overflowX } = getComputedStyle(ancestor);
        inScroller = overflowX === 'auto' || overflowX === 'scroll';
      }
      if (inScroller) continue;
      const box = element.getBoundingClientRect();
      // Zero-size, and 1 px screen-reader-only text (the `visually-hidden` pattern), are not shown.
      if (box.width <= 1 || box.height <= 1) continue;
      if (box.left < -1 || box.right > width + 1) problems.push(`${describe(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} px of ${width}`);
      const style = getComputedStyle(element);
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      // A text field scrolls its own value (a long link or name): that is not content cut off.
      if (clips && element.tagName !== 'TEXTAREA' && element.tagName !== 'INPUT' && element.scrollWidth > element.clientWidth + 1)
        problems.push(`${describe(element)} cuts off its content (${element.scrollWidth} px in ${element.clientWidth} px)`);
    }
    return [...new Set(problems)].slice(0, 20);
  });
}

/** Lets resize observers (the 3D canvas) and layout catch up with a new viewport. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(250);
}

for (const screen of SCREENS) {
  test(`accessible: ${screen.name}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    if (!screen.webgl) await withoutWebGL(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await screen.open(page);

    expect(await seriousViolations(page), 'axe: no serious or critical violations').toEqual([]);
    expect(await undersizedTargets(page), 'targets of at least 24 × 24 px').toEqual([]);

    // 400% zoom of a 1280 px wide window: 320 CSS px.
    await page.setViewportSize({ width: 320, height: 640 });
    await settle(page);
    expect(await reflowProblems(page), 'reflow at 320 px').toEqual([]);
    expect(await seriousViolations(page), 'axe at 320 px').toEqual([]);
    // 200% zoom of a 1280 × 800 window.
    await page.setViewportSize({ width: 640, height: 400 });
    await settle(page);
    expect(await reflowProblems(page), 'reflow at 200% zoom').toEqual([]);
    expect(errors).toEqual([]);
  });
}
