import { useLayoutEffect, useMemo, type RefObject } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import type { DimensionAnnotation } from '../domain/dimension-annotations.ts';

/*
 * Dimension lines drawn as an SVG layer over the canvas: crisp text at any size, readable in the
 * DOM, no textures or geometries on the GPU. The 3D side only projects the end points on each
 * rendered frame (so they follow the camera) and writes them into the SVG.
 */

const INK = '#1f2937';
const TICK = 5;
const LABEL_HEIGHT = 20;
const LABEL_PAD = 6;
/** Shorter lines on screen (pixels) are not drawn. */
const MIN_LINE = 24;

/** The SVG layer; empty until the first frame places it. */
export function DimensionOverlay({
  annotations,
  svgRef,
  label,
}: {
  annotations: readonly DimensionAnnotation[];
  svgRef: RefObject<SVGSVGElement | null>;
  label: string;
}) {
  return (
    <svg
      ref={svgRef}
      className="preview__dimensions"
      role="img"
      aria-label={label}
      data-testid="dimension-overlay"
      style={{ pointerEvents: 'none', overflow: 'visible', width: '100%', height: '100%' }}
    >
      {annotations.map((a) => (
        <g key={a.id} data-dimension={a.id} visibility="hidden" stroke={INK} strokeLinecap="round">
          <line data-part="extension-from" strokeWidth={1} strokeOpacity={0.5} />
          <line data-part="extension-to" strokeWidth={1} strokeOpacity={0.5} />
          <line data-part="line" strokeWidth={1.4} />
          <line data-part="tick-from" strokeWidth={1.4} />
          <line data-part="tick-to" strokeWidth={1.4} />
          <rect
            data-part="label-box"
            height={LABEL_HEIGHT}
            rx={LABEL_HEIGHT / 2}
            fill="#ffffff"
            fillOpacity={0.92}
            stroke={INK}
            strokeOpacity={0.25}
            strokeWidth={1}
          />
          <text
            data-part="label"
            stroke="none"
            fill={INK}
            fontSize={12}
            fontWeight={600}
            textAnchor="middle"
            dominantBaseline="central"
            style={{ fontFamily: 'inherit' }}
          >
            {a.label}
          </text>
        </g>
      ))}
    </svg>
  );
}

const set = (element: Element | null, attributes: Record<string, number | string>) => {
  if (!element) return;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
};

/**
 * Inside the canvas: projects the annotations' points (model coordinates, turned by `rotationY`
 * like the model) to the overlay's pixels whenever a frame is rendered.
 */
export function DimensionProjector({
  annotations,
  rotationY,
  svgRef,
}: {
  annotations: readonly DimensionAnnotation[];
  rotationY: number;
  svgRef: RefObject<SVGSVGElement | null>;
}) {
  const invalidate = useThree((state) => state.invalidate);
  // A frame places new or changed lines.
  useLayoutEffect(() => invalidate(), [annotations, invalidate]);
  const scratch = useMemo(() => new Vector3(), []);
  const up = useMemo(() => new Vector3(0, 1, 0), []);

  useFrame(({ camera, size }) => {
    const svg = svgRef.current;
    if (!svg) return;
    const project = (p: readonly [number, number, number]): [number, number] | null => {
      scratch.set(p[0], p[1], p[2]).applyAxisAngle(up, rotationY).project(camera);
      if (scratch.z > 1) return null; // behind the camera
      return [((scratch.x + 1) / 2) * size.width, ((1 - scratch.y) / 2) * size.height];
    };
    const placed: { x: number; y: number; width: number }[] = [];
    for (const a of annotations) {
      const group = svg.querySelector(`[data-dimension="${a.id}"]`);
      if (!group) continue;
      const from = project(a.from);
      const to = project(a.to);
      const start = project(a.start);
      const end = project(a.end);
      // A line seen end-on (the height from above) measures nothing readable in this view.
      if (!from || !to || !start || !end || Math.hypot(end[0] - start[0], end[1] - start[1]) < MIN_LINE) {
        group.setAttribute('visibility', 'hidden');
        continue;
      }
      const part = (name: string) => group.querySelector(`[data-part="${name}"]`);
      set(part('extension-from'), { x1: from[0], y1: from[1], x2: start[0], y2: start[1] });
      set(part('extension-to'), { x1: to[0], y1: to[1], x2: end[0], y2: end[1] });
      set(part('line'), { x1: start[0], y1: start[1], x2: end[0], y2: end[1] });
      // Ticks square to the line on screen.
      const dx = end[0] - start[0];
      const dy = end[1] - start[1];
      const length = Math.hypot(dx, dy) || 1;
      const [nx, ny] = [(-dy / length) * TICK, (dx / length) * TICK];
      set(part('tick-from'), { x1: start[0] - nx, y1: start[1] - ny, x2: start[0] + nx, y2: start[1] + ny });
      set(part('tick-to'), { x1: end[0] - nx, y1: end[1] - ny, x2: end[0] + nx, y2: end[1] + ny });
      // The label in the middle of the line, inside the view.
      const text = part('label') as SVGTextElement | null;
      const width = (text?.getComputedTextLength?.() ?? a.label.length * 7) + 2 * LABEL_PAD + 4;
      const cx = Math.min(size.width - width / 2 - 2, Math.max(width / 2 + 2, (start[0] + end[0]) / 2));
      let cy = Math.min(size.height - LABEL_HEIGHT / 2 - 2, Math.max(LABEL_HEIGHT / 2 + 2, (start[1] + end[1]) / 2));
      // Labels that would cover one another step down below the earlier one.
      for (let tries = 0; tries < 4; tries++) {
        const clash = placed.find((p) => Math.abs(p.x - cx) < (p.width + width) / 2 + 4 && Math.abs(p.y - cy) < LABEL_HEIGHT + 2);
        if (!clash) break;
        cy = clash.y + LABEL_HEIGHT + 4;
      }
      placed.push({ x: cx, y: cy, width });
      set(text, { x: cx, y: cy });
      set(part('label-box'), { x: cx - width / 2, y: cy - LABEL_HEIGHT / 2, width });
      group.setAttribute('visibility', 'visible');
    }
  });
  return null;
}
