import { expect, type Locator, type Page } from '@playwright/test';

/*
 * Helpers for the 3D preview's browser tests. The scene publishes a test hook (window.__mtoScene,
 * see src/scene/) with its rendered frame count. SwiftShader frames are slow (100 ms+): every
 * check waits for rendered frames, never for a fixed time.
 */

export interface SceneHook {
  frames: number;
  memory: () => { geometries: number; textures: number };
  cameraMoving: () => boolean;
  gltfModels?: () => string[];
}
export type SceneWindow = Window & {
  __mtoScene?: SceneHook;
  __mtoLoseContext?: { loseContext(): void; restoreContext(): void };
};

/** How many frames the scene has rendered so far (0 before it starts). */
export const frames = (page: Page) => page.evaluate(() => (window as SceneWindow).__mtoScene?.frames ?? 0);

/** Waits until the scene has rendered a frame after `after` (a count from {@link frames}). */
export async function waitForFrame(page: Page, after: number, timeout?: number) {
  await page.waitForFunction((n) => ((window as SceneWindow).__mtoScene?.frames ?? 0) > n, after, timeout ? { timeout } : undefined);
}

/** Waits until no frame has been rendered for `quietMs` (the scene settled after a change). */
export async function settle(page: Page, quietMs = 400, timeout = 15_000) {
  await expect
    .poll(
      async () => {
        const before = await frames(page);
        await page.waitForTimeout(quietMs);
        return (await frames(page)) === before;
      },
      { timeout },
    )
    .toBe(true);
}

/** Opens the shop, starts a product's design and waits for its first 3D frame (and, if asked, for the scene to settle). */
export async function openProduct(page: Page, button: string, options: { settle?: boolean } = {}): Promise<Locator> {
  await page.goto('/');
  await page.getByRole('button', { name: button }).click();
  const canvas = page.locator('.preview canvas');
  await expect(canvas).toBeVisible();
  await waitForFrame(page, 0);
  if (options.settle) await settle(page, 500);
  return canvas;
}

/** The WebGL canvas's current pixels (the drawing buffer is preserved), as a data URL. */
export const pixels = (canvas: Locator) => canvas.evaluate((element) => (element as HTMLCanvasElement).toDataURL('image/png'));

/** A coarse grey-level sample of the canvas (64 × 48), for comparing views with a tolerance. */
export const sample = (canvas: Locator) =>
  canvas.evaluate((element) => {
    const small = document.createElement('canvas');
    small.width = 64;
    small.height = 48;
    const context = small.getContext('2d');
    if (!context) return [];
    context.drawImage(element as HTMLCanvasElement, 0, 0, small.width, small.height);
    const data = context.getImageData(0, 0, small.width, small.height).data;
    const grey: number[] = [];
    for (let i = 0; i < data.length; i += 4) grey.push(((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0)) / 3);
    return grey;
  });

/** The share of samples (from {@link sample}) that differ by more than a few grey levels. */
export const difference = (a: number[], b: number[]) => a.filter((value, i) => Math.abs(value - (b[i] ?? 0)) > 8).length / Math.max(1, a.length);

/** Collects page errors and console errors, to assert none happened. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return errors;
}
