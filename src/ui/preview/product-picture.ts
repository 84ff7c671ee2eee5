import type { PictureView } from '../../domain/picture-reference.ts';
import { hasWebGL, previewCapture } from './preview-capture.ts';

/** The product picture's size in pixels (4:3, sharp enough for a printed A4 summary). */
export const PICTURE_SIZE = { width: 960, height: 720 } as const;
/** How long to wait for the 3D preview to load before drawing the sketch instead. */
const WAIT_FOR_3D_MS = 15_000;
const SKETCH_BACKGROUND = '#f4f1ec';

/**
 * A PNG picture of the configured product: from the 3D preview when the browser has WebGL (it
 * renders a fresh frame at the picture's size, from the 3/4 view), else the 2D sketch (a front
 * view) rasterised. `sketch` is the sketch's SVG element, drawn when 3D is not available or fails.
 */
export async function captureProductPicture(sketch: SVGSVGElement | null): Promise<{ blob: Blob; view: PictureView }> {
  if (hasWebGL()) {
    const capture = await previewCapture(WAIT_FOR_3D_MS);
    if (capture) {
      try {
        return { blob: await capture(PICTURE_SIZE), view: 'three-quarter' };
      } catch {
        // The context was lost or the canvas closed meanwhile: the sketch stands in, as on the page.
      }
    }
  }
  if (!sketch) throw new Error('nothing to draw the picture from');
  return { blob: await rasteriseSvg(sketch, PICTURE_SIZE), view: 'front-sketch' };
}

/** Draws an SVG element (self-contained: inline colours, no external resources) into a PNG. */
export async function rasteriseSvg(svg: SVGSVGElement, { width, height }: { width: number; height: number }): Promise<Blob> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = SKETCH_BACKGROUND;
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
