import type { SceneSpec } from '../../domain/scene-spec.ts';

/** A 2D front view of the design: the loading placeholder and the fallback without WebGL. */
export function PreviewSketch({ scene, note }: { scene: SceneSpec; note: string }) {
  return (
    <div className="preview-sketch">
      <svg viewBox="0 0 400 260" role="img" aria-label={scene.description}>
        <rect x="0" y="232" width="400" height="2" fill="#d9d4cb" />
        {scene.template === 'desk' && <DeskSketch scene={scene} />}
        {scene.template === 'bicycle' && <BicycleSketch scene={scene} />}
        {scene.template === 'shelving' && <ShelvingSketch scene={scene} />}
      </svg>
      <p className="preview-sketch__note">{note}</p>
    </div>
  );
}

function DeskSketch({ scene }: { scene: SceneSpec }) {
  const width = scene.dimensions.width ?? 140;
  const top = scene.materials.top?.color ?? '#d8d2c8';
  const frame = scene.materials.frame?.color ?? '#333333';
  const w = width * (300 / 220);
  const x = 200 - w / 2;
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
  const bays = Math.max(1, Math.min(8, Math.round(scene.dimensions.bays ?? 3)));
  const height = scene.dimensions.height ?? 200;
  const h = Math.min(200, height * 0.8);
  const bayWidth = Math.min(60, 320 / bays);
  const x0 = 200 - (bays * bayWidth) / 2;
  const top = 228 - h;
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
