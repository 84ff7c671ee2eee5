/*
 * The bridge between the lazily loaded 3D preview and the rest of the page: the canvas hands over
 * its picture-taking function while it can take pictures (WebGL up, context not lost), and the
 * product picture on the done page asks for it here. Outside React state on purpose: it is a
 * function, not something any component renders.
 */

/** Renders the product as a PNG of the given pixel size (the 3D view's capture). */
export type PictureCapture = (size: { width: number; height: number }) => Promise<Blob>;

let current: PictureCapture | null = null;
const waiting = new Set<(capture: PictureCapture) => void>();

/** Called by the preview panel with the canvas's capture, or null when it goes away. */
export function setPreviewCapture(capture: PictureCapture | null): void {
  current = capture;
  if (!capture) return;
  for (const resolve of [...waiting]) resolve(capture);
  waiting.clear();
}

/** The 3D capture, waiting up to `timeoutMs` for the 3D preview to load; null without it. */
export function previewCapture(timeoutMs: number): Promise<PictureCapture | null> {
  if (current) return Promise.resolve(current);
  return new Promise((resolve) => {
    const done = (capture: PictureCapture | null) => {
      clearTimeout(timer);
      waiting.delete(done);
      resolve(capture);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    waiting.add(done);
  });
}

function probeWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    // Give the probe's context back at once: browsers keep only a few WebGL contexts alive.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return !!gl;
  } catch {
    return false;
  }
}

let webGLSupport: boolean | undefined;
/**
 * Whether this browser can show the 3D preview (probed once). A page's first WebGL context takes
 * from tens to hundreds of ms on a phone, so the preview paints its sketch before probing
 * (`knownWebGL`, `subscribeToWebGLProbe`); the 3D scene's code is still loading then anyway.
 */
export const hasWebGL = (): boolean => (webGLSupport ??= probeWebGL());

/** What the probe found, or undefined before it ran. */
export const knownWebGL = (): boolean | undefined => webGLSupport;

/** For useSyncExternalStore with `knownWebGL`: probes after the next paint unless known, then tells the listener. */
export function subscribeToWebGLProbe(listener: () => void): () => void {
  if (webGLSupport !== undefined) return () => {};
  let live = true;
  const probe = () => {
    if (!live) return;
    hasWebGL();
    listener();
  };
  // A timer set in the next frame's callback runs after that frame is painted.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(probe, 0));
  else setTimeout(probe, 0);
  return () => {
    live = false;
  };
}
