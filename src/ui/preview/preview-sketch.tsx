import type { Ref } from 'react';
import type { DimensionAnnotation } from '../../domain/dimension-annotations.ts';
import type { SceneSpec } from '../../domain/scene-spec.ts';

/** Sketch lines (viewBox units) for the dimensions a front or side view can show; the rest are listed. */
type Placements = Readonly<Record<string, readonly [number, number, number, number]>>;

/** A 2D front view of the design: the loading placeholder, the fallback without WebGL and the picture without it. */
export function PreviewSketch({
  scene,
  note,
  dimensions = [],
  svgRef,
}: {
  scene: SceneSpec;
  note?: string;
  dimensions?: readonly DimensionAnnotation[];
  svgRef?: Ref<SVGSVGElement>;
}) {
  const placements = scene.template === 'desk' ? deskPlacements(scene) : scene.template === 'shelving' ? shelvingPlacements(scene) : BICYCLE_PLACEMENTS;
  return (
    <div className="preview-sketch">
      <svg ref={svgRef} viewBox="0 0 400 260" role="img" aria-label={scene.description}>
        <rect x="0" y="232" width="400" height="2" fill="#d9d4cb" />
        {scene.template === 'desk' && <DeskSketch scene={scene} />}
        {scene.template === 'bicycle' && <BicycleSketch scene={scene} />}
        {scene.template === 'shelving' && <ShelvingSketch scene={scene} />}
        {dimensions.length > 0 && <SketchDimensions dimensions={dimensions} placements={placements} />}
      </svg>
      {note && <p className="preview-sketch__note">{note}</p>}
    </div>
  );
}

const INK = '#1f2937';

/** Dimension lines where the sketch can draw them, the other labels listed top left. */
function SketchDimensions({ dimensions, placements }: { dimensions: readonly DimensionAnnotation[]; placements: Placements }) {
  const listed = dimensions.filter((d) => !placements[d.id]);
  return (
    <g data-testid="sketch-dimensions" fontSize="11" fontWeight="600" fill={INK}>
      {dimensions.map((d) => {
        const line = placements[d.id];
        if (!line) return null;
        const [x1, y1, x2, y2] = line;
        const length = Math.hypot(x2 - x1, y2 - y1) || 1;
        const [nx, ny] = [(-(y2 - y1) / length) * 4, ((x2 - x1) / length) * 4];
        const width = d.label.length * 6.2 + 12;
        const [cx, cy] = [Math.min(398 - width / 2, Math.max(2 + width / 2, (x1 + x2) / 2)), (y1 + y2) / 2];
        return (
          <g key={d.id} stroke={INK} strokeWidth="1.2" strokeLinecap="round">
            <line x1={x1} y1={y1} x2={x2} y2={y2} />
            <line x1={x1 - nx} y1={y1 - ny} x2={x1 + nx} y2={y1 + ny} />
            <line x1={x2 - nx} y1={y2 - ny} x2={x2 + nx} y2={y2 + ny} />
            <rect x={cx - width / 2} y={cy - 8} width={width} height="16" rx="8" fill="#ffffff" strokeOpacity="0.25" />
            <text x={cx} y={cy} stroke="none" textAnchor="middle" dominantBaseline="central">
              {d.label}
            </text>
          </g>
        );
      })}
      {listed.map((d, i) => (
        <text key={d.id} x="8" y={16 + i * 15}>
          {d.label}
        </text>
      ))}
    </g>
  );
}

/** The desk sketch's extent: its top from x to x + w at y = 92, on the floor at y = 232. */
function deskLayout(scene: SceneSpec) {
  const w = (scene.dimensions.width ?? 140) * (300 / 220);
  return { x: 200 - w / 2, w };
}

function deskPlacements(scene: SceneSpec): Placements {
  const { x, w } = deskLayout(scene);
  return { width: [x, 78, x + w, 78], 'sitting-height': [x + w + 12, 232, x + w + 12, 92] };
}

/** The shelving sketch's extent. */
function shelvingLayout(scene: SceneSpec) {
  const bays = Math.max(1, Math.min(8, Math.round(scene.dimensions.bays ?? 3)));
  const h = Math.min(200, (scene.dimensions.height ?? 200) * 0.8);
  const bayWidth = Math.min(60, 320 / bays);
  return { bays, h, bayWidth, x0: 200 - (bays * bayWidth) / 2, top: 228 - h };
}

function shelvingPlacements(scene: SceneSpec): Placements {
  const { bays, bayWidth, x0, top } = shelvingLayout(scene);
  const right = x0 + bays * bayWidth;
  return { width: [x0, top - 12, right, top - 12], height: [right + 12, 228, right + 12, top] };
}

/** Along the seat tube, behind it; under the wheels, hub to hub. */
const BICYCLE_PLACEMENTS: Placements = { 'frame-size': [162, 185, 137, 115], wheelbase: [110, 246, 290, 246] };

function DeskSketch({ scene }: { scene: SceneSpec }) {
  const top = scene.materials.top?.color ?? '#d8d2c8';
  const frame = scene.materials.frame?.color ?? '#333333';
  const { x, w } = deskLayout(scene);
  const legInset = Math.min(18, w * 0.12);
  return (
    <g>
      <rect x={x} y="92" width={w} height="8" rx="2" fill={top} stroke="#00000033" />
      {[x + legInset, x + w - legInset - 8].map((legX) => (
        <g key={legX} fill={frame}>
          <rect x={legX} y="100" width="8" height="128" />
          <rect x={legX - 22} y="226" width="52" height="6" rx="2" />
        </g>
      ))}
      <rect x={x + legInset + 8} y="100" width={Math.max(0, w - 2 * legInset - 16)} height="5" fill={frame} />
    </g>
  );
}

function BicycleSketch({ scene }: { scene: SceneSpec }) {
  const frame = scene.materials.frame?.color ?? '#b22222';
  return (
    <g fill="none" strokeLinecap="round">
      <circle cx="110" cy="180" r="50" stroke="#222" strokeWidth="6" />
      <circle cx="290" cy="180" r="50" stroke="#222" strokeWidth="6" />
      <path d="M110 180 L175 180 L150 110 Z M175 180 L260 105 L150 110 M260 105 L290 180" stroke={frame} strokeWidth="7" strokeLinejoin="round" />
      <path d="M150 110 L143 92 M128 90 L160 90 M260 105 L256 88 L276 84" stroke="#222" strokeWidth="5" />
    </g>
  );
}

function ShelvingSketch({ scene }: { scene: SceneSpec }) {
  const colour = scene.materials.carcass?.color ?? '#c8a273';
  const { bays, h, bayWidth, x0, top } = shelvingLayout(scene);
  const levels = Math.max(2, Math.round(h / 40));
  return (
    <g fill={colour} stroke="#00000033">
      {Array.from({ length: bays }, (_, b) => (
        <g key={b}>
          <rect x={x0 + b * bayWidth} y={top} width={bayWidth} height={h} fillOpacity="0.35" />
          {Array.from({ length: levels + 1 }, (_, l) => (
            <rect key={l} x={x0 + b * bayWidth} y={top + (l * h) / levels - 2} width={bayWidth} height="4" />
          ))}
        </g>
      ))}
      {Array.from({ length: bays + 1 }, (_, u) => (
        <rect key={u} x={x0 + u * bayWidth - 2} y={top} width="4" height={h} />
      ))}
    </g>
  );
}
