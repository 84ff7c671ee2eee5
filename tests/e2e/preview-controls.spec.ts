import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { collectErrors, difference, frames, openProduct, pixels, sample, settle, type SceneWindow } from './support/scene.ts';

/*
 * The preview's controls: preset camera views and reset, dimension lines with a cm/in switch, and
 * the product picture (PNG) on the done page, from the 3D view or, without WebGL, from the sketch.
 * SwiftShader frames are slow (100 ms+): every check waits for rendered frames, never for a time.
 */

/** Waits for the first frame after `before`, then for the camera move (if any) to end and the scene to settle. */
async function viewShown(page: Page, before: number) {
  await page.waitForFunction((n) => ((window as SceneWindow).__mtoScene?.frames ?? 0) > n, before);
  await page.waitForFunction(() => !(window as SceneWindow).__mtoScene?.cameraMoving(), undefined, { timeout: 20_000 });
  await settle(page, 500);
}

const views = (page: Page) => page.getByRole('group', { name: 'Camera view' });

test('preset views move the camera, Reset view comes back, and the pressed button says which view is shown', async ({ page }) => {
  const errors = collectErrors(page);
  const canvas = await openProduct(page, 'Design your standing desk', { settle: true });
  const start = await sample(canvas);
  await expect(views(page).getByRole('button', { name: 'Three-quarter' })).toHaveAttribute('aria-pressed', 'true');

  const shown: number[][] = [];
  for (const name of ['Front', 'Side', 'Top']) {
    const button = views(page).getByRole('button', { name, exact: true });
    const before = await frames(page);
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await viewShown(page, before);
    const view = await sample(canvas);
    expect(difference(view, start), `${name} differs from the 3/4 view`).toBeGreaterThan(0.05);
    for (const other of shown) expect(difference(view, other), `${name} differs from the views before it`).toBeGreaterThan(0.05);
    shown.push(view);
  }
  // Turning the model by hand leaves the preset: no view button is pressed.
  await page.getByRole('group', { name: '3D view of your design' }).press('ArrowLeft');
  await expect(views(page).getByRole('button', { name: 'Top' })).toHaveAttribute('aria-pressed', 'false');

  const before = await frames(page);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect(views(page).getByRole('button', { name: 'Three-quarter' })).toHaveAttribute('aria-pressed', 'true');
  await viewShown(page, before);
  expect(difference(await sample(canvas), start)).toBeLessThan(0.01);

  // Real buttons with text names, at least 24 × 24 px.
  for (const button of await page.locator('.preview__toolbar button').all()) {
    const box = await button.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
  }
  expect(errors).toEqual([]);
});

test('with reduced motion a preset view jumps: one frame, no animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const canvas = await openProduct(page, 'Design your made-to-measure bicycle', { settle: true });
  const start = await sample(canvas);
  const before = await frames(page);
  await views(page).getByRole('button', { name: 'Front', exact: true }).click();
  await viewShown(page, before);
  expect(await frames(page)).toBe(before + 1);
  expect(difference(await sample(canvas), start)).toBeGreaterThan(0.05);
});

test('the Dimensions toggle draws labelled lines over the 3D view, in cm or inches', async ({ page }) => {
  const errors = collectErrors(page);
  const canvas = await openProduct(page, 'Design your standing desk', { settle: true });
  const overlay = page.getByTestId('dimension-overlay');
  await expect(overlay).toHaveCount(0);

  const toggle = page.getByRole('button', { name: 'Dimensions' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('Width 140 cm');
  await expect(overlay).toContainText('Depth 70 cm');
  await expect(overlay).toContainText('Sitting height 74 cm');
  await expect(overlay).toHaveAttribute('aria-label', 'Dimensions: Width 140 cm, Depth 70 cm, Sitting height 74 cm');
  // Placed on the view: each label sits inside the canvas.
  await settle(page, 500);
  const area = await canvas.boundingBox();
  for (const id of ['width', 'depth', 'sitting-height']) {
    const label = overlay.locator(`[data-dimension="${id}"] text`);
    await expect(label).toBeVisible();
    const box = await label.boundingBox();
    expect(box && area && box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width && box.y + box.height <= area.y + area.height).toBe(
      true,
    );
  }

  await page.getByRole('group', { name: 'Units' }).getByRole('button', { name: 'in' }).click();
  await expect(overlay).toContainText('Width 55.1 in');
  await expect(overlay).not.toContainText('cm');

  // The lines follow the design.
  await page
    .getByRole('navigation', { name: 'Design steps' })
    .getByRole('button', { name: /^Width/ })
    .click();
  const width = page.getByRole('textbox', { name: 'Width (cm)' });
  await width.fill('150');
  await width.press('Enter');
  await expect(overlay).toContainText('Width 59.1 in');

  await toggle.click();
  await expect(overlay).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('without WebGL the sketch shows the same dimension labels', async ({ page }) => {
  await withoutWebGL(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Design your modular shelving' }).click();
  await expect(page.locator('.preview canvas')).toHaveCount(0);
  // Only the dimensions toggle: camera views need the 3D view.
  await expect(views(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Dimensions' }).click();
  const sketch = page.getByTestId('sketch-dimensions');
  await expect(sketch).toContainText('Width 249 cm');
  await expect(sketch).toContainText('Height 200 cm');
  await expect(sketch).toContainText('Depth 37 cm');
});

/** Designs the default product and confirms it, landing on the done page. */
async function confirmDesign(page: Page, button: string) {
  await page.goto('/');
  await page.getByRole('button', { name: button }).click();
  await page
    .getByRole('navigation', { name: 'Design steps' })
    .getByRole('button', { name: /^Review/ })
    .click();
  await page.getByRole('button', { name: 'Confirm design' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your design is ready' })).toBeVisible();
}

/** Width and height from a PNG's header, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

test('the done page shows a picture of the design from the 3D view and downloads it as a PNG', async ({ page }) => {
  const errors = collectErrors(page);
  await confirmDesign(page, 'Design your made-to-measure bicycle');
  const figure = page.getByTestId('product-picture');
  const image = figure.getByRole('img');
  await expect(image).toBeVisible({ timeout: 30_000 });
  await expect(image).toHaveAttribute('alt', /Made-to-measure bicycle/);
  expect(await image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(960);

  // Once the spec is sealed with the picture's reference, the file is named after the seal.
  const hash = await page.getByTestId('spec-fingerprint').locator('code').getAttribute('title');
  const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('link', { name: 'Download picture (PNG)' }).click()]);
  expect(download.suggestedFilename()).toBe(`bicycle-${hash!.slice(0, 12)}-picture.png`);
  const bytes = await downloaded(download);
  expect(pngSize(bytes)).toEqual({ width: 960, height: 720 });
  // A rendered bike, not a blank or tiny image.
  expect(bytes.length).toBeGreaterThan(40_000);
  const colours = await image.evaluate((element) => {
    const canvas = document.createElement('canvas');
    canvas.width = 96;
    canvas.height = 72;
    const context = canvas.getContext('2d');
    context?.drawImage(element as HTMLImageElement, 0, 0, 96, 72);
    const data = context?.getImageData(0, 0, 96, 72).data ?? [];
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4) seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    return seen.size;
  });
  expect(colours).toBeGreaterThan(200);
  // The printed summary keeps the picture, without the download button.
  await page.emulateMedia({ media: 'print' });
  await expect(image).toBeVisible();
  await expect(figure.getByRole('link', { name: 'Download picture (PNG)' })).toBeHidden();
  expect(errors).toEqual([]);
});

test('without WebGL the picture is drawn from the 2D sketch', async ({ page }) => {
  await withoutWebGL(page);
  await confirmDesign(page, 'Design your standing desk');
  const figure = page.getByTestId('product-picture');
  await expect(figure.getByRole('img')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('link', { name: 'Download picture (PNG)' }).click()]);
  const bytes = await downloaded(download);
  expect(pngSize(bytes)).toEqual({ width: 960, height: 720 });
  expect(bytes.length).toBeGreaterThan(3_000);
});

/** Makes the page believe the browser has no WebGL. */
async function withoutWebGL(page: Page) {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
      return (getContext as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof getContext;
  });
}

const gltfModels = (page: Page) => page.evaluate(() => (window as SceneWindow).__mtoScene?.gltfModels?.() ?? []);

async function addBottleCages(page: Page): Promise<Locator> {
  const canvas = await openProduct(page, 'Design your made-to-measure bicycle', { settle: true });
  await views(page).getByRole('button', { name: 'Side', exact: true }).click();
  await page.waitForFunction(() => !(window as SceneWindow).__mtoScene?.cameraMoving());
  await page
    .getByRole('navigation', { name: 'Design steps' })
    .getByRole('button', { name: /^Accessories/ })
    .click();
  await settle(page, 500);
  return canvas;
}

test('the catalog’s glTF bottle cage replaces the drawn one once loaded', async ({ page }) => {
  const errors = collectErrors(page);
  const glb = page.waitForResponse((response) => response.url().endsWith('/models/bottle-cage.glb'));
  const canvas = await addBottleCages(page);
  const without = await pixels(canvas);
  expect(await gltfModels(page)).toEqual([]);
  await page.getByRole('checkbox', { name: /^Two bottle cages/ }).check();
  // Self-hosted, fetched only when the part is first shown.
  expect((await glb).status()).toBe(200);
  await expect.poll(() => gltfModels(page), { timeout: 20_000 }).toEqual(['models/bottle-cage.glb']);
  await settle(page, 500);
  expect(await pixels(canvas)).not.toBe(without);
  // Off and on again: no second download, the model comes straight back.
  await page.getByRole('checkbox', { name: /^Two bottle cages/ }).uncheck();
  await expect.poll(() => gltfModels(page)).toEqual([]);
  await page.getByRole('checkbox', { name: /^Two bottle cages/ }).check();
  await expect.poll(() => gltfModels(page)).toEqual(['models/bottle-cage.glb']);
  expect(errors).toEqual([]);
});

test('when the glTF file fails the drawn bottle cage stays', async ({ page }) => {
  await page.route('**/models/bottle-cage.glb', (route) => route.fulfill({ status: 404, body: 'missing' }));
  const canvas = await addBottleCages(page);
  const without = await pixels(canvas);
  const before = await frames(page);
  await page.getByRole('checkbox', { name: /^Two bottle cages/ }).check();
  await page.waitForFunction((n) => ((window as SceneWindow).__mtoScene?.frames ?? 0) > n, before);
  await settle(page, 500);
  // The built-in cages are drawn (the picture changed), and no model is shown.
  expect(await pixels(canvas)).not.toBe(without);
  expect(await gltfModels(page)).toEqual([]);
});
