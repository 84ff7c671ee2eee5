import { expect, test, type Page } from '@playwright/test';
import { waitForFrame } from './support/scene.ts';
import { DESK, heading } from './support/screens.ts';

/*
 * The built shop runs under its Content-Security-Policy (a meta tag in index.html) without a single
 * violation, and loads nothing from anywhere but its own origin over a whole journey: catalogs,
 * the rules worker, the 3D chunk, WebGL, the sealed spec download, share links, saved designs and
 * the catalog workbench.
 */

interface Watch {
  readonly foreign: string[];
  readonly violations: string[];
}

async function watch(page: Page, origin: string): Promise<Watch> {
  const seen: Watch = { foreign: [], violations: [] };
  page.on('request', (request) => {
    const url = request.url();
    // data: and blob: URLs never leave the browser; everything else must be this origin.
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) seen.foreign.push(`${request.method()} ${url}`);
  });
  page.on('worker', (worker) => {
    if (new URL(worker.url()).origin !== origin && !worker.url().startsWith('blob:')) seen.foreign.push(`worker ${worker.url()}`);
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/Content[- ]Security[- ]Policy|Refused to (load|execute|apply|evaluate|connect|create|frame)/i.test(text)) seen.violations.push(`console: ${text}`);
  });
  page.on('pageerror', (error) => seen.violations.push(`page error: ${error.message}`));
  await page.exposeFunction('__reportCspViolation', (text: string) => seen.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      void report(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return seen;
}

test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toBeTruthy();
  const directives = new Map(
    policy!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values] as const),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toMatch(/https?:|\*/);
  // No inline scripts in the page at all (the policy would block them anyway).
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('a whole journey makes no third-party request and no CSP violation', async ({ page, baseURL }) => {
  test.setTimeout(180_000); // a long journey, with software WebGL, on a shared machine
  const seen = await watch(page, new URL(baseURL!).origin);

  // A shared design link first: it opens on the review page.
  const payload = Buffer.from(JSON.stringify({ width: 170, top: 'solid-oak' })).toString('base64url');
  await page.goto(`/#/design/${DESK.id}/${DESK.version}?s=1&c=${payload}`);
  await expect(heading(page, 'Review your standing desk')).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();

  // The 3D preview (WebGL, the lazy chunk) while configuring.
  await page.getByRole('button', { name: 'Change top' }).click();
  await expect(heading(page, 'Top')).toBeVisible();
  await expect(page.locator('.preview canvas')).toBeVisible();
  await waitForFrame(page, 0, 30_000);
  await page.getByText('Solid walnut', { exact: true }).click();
  await page.getByRole('navigation', { name: 'Design steps' }).getByRole('button', { name: 'Review' }).click();

  // Save and share, then confirm and download the sealed spec (a blob: URL).
  await page.getByRole('button', { name: 'Save design' }).click();
  await expect(page.getByText(/^Saved as/)).toBeVisible();
  await page.getByRole('button', { name: 'Share this design' }).click();
  await page.getByRole('button', { name: 'Confirm design' }).click();
  await expect(heading(page, 'Your design is ready')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download order spec (JSON)' }).click();
  await download;

  // The saved design on the start page, then the catalog workbench with an edit.
  await page.getByRole('button', { name: 'Start a new design' }).click();
  await page.getByRole('button', { name: /^Open/ }).first().click();
  await expect(heading(page, 'Review your standing desk')).toBeVisible();
  await page.goto('/#/workbench');
  await expect(heading(page, 'Catalog workbench')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('problem-summary')).toHaveText(/No problems|warning/, { timeout: 30_000 });
  const editor = page.getByRole('textbox', { name: 'Catalog JSON' });
  await expect(editor).not.toHaveValue('');
  await editor.fill((await editor.inputValue()).replace('"version"', '"versoin"'));
  await expect(page.getByTestId('problem-summary')).toContainText('error');

  // Let late requests (fonts, chunks, the worker) arrive before judging.
  await page.waitForLoadState('networkidle');
  expect(seen.foreign, 'requests to other origins').toEqual([]);
  expect(seen.violations, 'CSP violations and page errors').toEqual([]);
});
