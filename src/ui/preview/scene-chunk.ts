/**
 * The 3D scene's chunk (three.js and the models, ~265 KB gzip), imported once: when the preview
 * first needs it, or earlier, when the shopper shows interest in a product (pointer over or
 * pressing its button, keyboard focus on it), so opening a product waits less for it.
 */
const importScene = () => import('../../scene/product-canvas.tsx');

let loading: ReturnType<typeof importScene> | undefined;

/** The scene's module (for `lazy`); a failed import is tried again on the next call. */
export function loadSceneChunk(): ReturnType<typeof importScene> {
  loading ??= importScene().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Starts fetching the scene's chunk without waiting for it (errors are left to the preview, which retries). */
export function preloadSceneChunk(): void {
  loadSceneChunk().catch(() => {});
}
