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
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

let webGLSupport: boolean | undefined;
/** Whether this browser can show the 3D preview (probed once). */
export const hasWebGL = (): boolean => (webGLSupport ??= probeWebGL());
