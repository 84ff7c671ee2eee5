import { CanvasTexture, Color, MirroredRepeatWrapping, SRGBColorSpace } from 'three';

/** The drawn wood covers this much real surface (metres), so grain keeps its scale at any desk size. */
export const WOOD_TEXTURE_SIZE = { width: 2, depth: 1 } as const;

const PIXELS = { width: 1024, height: 512 } as const;
const MAX_CACHED = 8;

/**
 * Drawn canvases by colour (CPU memory only, a handful at most). The GPU texture made from one
 * is created per use and must be disposed by its owner.
 */
const canvases = new Map<string, HTMLCanvasElement>();

/**
 * A subtle wood-grain texture (glued-up staves, long grain along u) tinted from `color`; without a
 * colour, an empty texture to paint later with {@link setWoodColor}.
 */
export function createWoodTexture(color?: string): CanvasTexture {
  const texture = new CanvasTexture(color === undefined ? document.createElement('canvas') : woodCanvas(color.toLowerCase()));
  texture.colorSpace = SRGBColorSpace;
  texture.wrapS = MirroredRepeatWrapping;
  texture.wrapT = MirroredRepeatWrapping;
  return texture;
}

/**
 * Repaints a wood texture for another colour in place (same size canvas, so the GPU texture is
 * reused rather than a new one created).
 */
export function setWoodColor(texture: CanvasTexture, color: string): void {
  const canvas = woodCanvas(color.toLowerCase());
  if (texture.image === canvas) return;
  texture.image = canvas;
  texture.needsUpdate = true;
}

function woodCanvas(color: string): HTMLCanvasElement {
  const cached = canvases.get(color);
  if (cached) return cached;
  const canvas = drawWood(color);
  if (canvases.size >= MAX_CACHED) {
    const oldest = canvases.keys().next().value;
    if (oldest !== undefined) canvases.delete(oldest);
  }
  canvases.set(color, canvas);
  return canvas;
}

function drawWood(color: string): HTMLCanvasElement {
  const { width, height } = PIXELS;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;

  const random = mulberry32(hash(color));
  const base = new Color(color);
  const hsl = { h: 0, s: 0, l: 0 };
  base.getHSL(hsl, SRGBColorSpace);
  const tone = (dl: number, ds = 0) =>
    `#${new Color().setHSL(hsl.h, clamp01(hsl.s + ds), clamp01(hsl.l + dl), SRGBColorSpace).getHexString()}`;

  ctx.fillStyle = color;
  ctx.fillRect(0, 0, width, height);

  // Staves: strips 7–13 cm wide running the length of the top, each a slightly different tone.
  let y = 0;
  while (y < height) {
    const stave = Math.min(height - y, Math.round(36 + random() * 30));
    ctx.fillStyle = tone((random() - 0.5) * 0.05, (random() - 0.5) * 0.04);
    ctx.fillRect(0, y, width, stave);
    drawGrain(ctx, random, y, stave, tone);
    y += stave;
  }

  // Fine pores: short dark dashes along the grain.
  ctx.globalAlpha = 0.08;
  ctx.fillStyle = tone(-0.18);
  for (let i = 0; i < 2600; i++) ctx.fillRect(random() * width, random() * height, 2 + random() * 7, 1);
  ctx.globalAlpha = 1;
  return canvas;
}

function drawGrain(
  ctx: CanvasRenderingContext2D,
  random: () => number,
  top: number,
  size: number,
  tone: (dl: number, ds?: number) => string,
): void {
  const { width } = PIXELS;
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, top, width, size);
  ctx.clip();
  const lines = Math.round(size * (0.35 + random() * 0.25));
  const f1 = 0.002 + random() * 0.004;
  const f2 = 0.011 + random() * 0.01;
  const p1 = random() * 10;
  const p2 = random() * 10;
  const amp1 = 2 + random() * 6;
  for (let i = 0; i < lines; i++) {
    const y0 = top + random() * size;
    const amp2 = random() * 1.2;
    const dark = random() < 0.7;
    ctx.strokeStyle = dark ? tone(-0.08 - random() * 0.1, 0.03) : tone(0.05 + random() * 0.05);
    ctx.globalAlpha = 0.08 + random() * 0.22;
    ctx.lineWidth = 0.6 + random() * 1.6;
    ctx.beginPath();
    for (let x = 0; x <= width; x += 16) {
      const yy = y0 + amp1 * Math.sin(x * f1 + p1) + amp2 * Math.sin(x * f2 + p2 + i);
      if (x === 0) ctx.moveTo(x, yy);
      else ctx.lineTo(x, yy);
    }
    ctx.stroke();
  }
  ctx.restore();
  ctx.globalAlpha = 1;
}

function clamp01(v: number): number {
  return Math.min(1, Math.max(0, v));
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
