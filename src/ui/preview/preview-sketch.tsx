import type { SceneSpec } from '../../domain/scene-spec.ts';

/** A 2D front view of the design: the loading placeholder and the fallback without WebGL. */
export function PreviewSketch({ scene, note }: { scene: SceneSpec; note: string }) {
  const width = scene.dimensions.width ?? 140;
  const top = scene.materials.top?.color ?? '#d8d2c8';
  const frame = scene.materials.frame?.color ?? '#333333';
  const scale = 300 / 220;
  const w = width * scale;
  const x = 200 - w / 2;
  const legInset = Math.min(18, w * 0.12);
  return (
    <div className="preview-sketch">
      <svg viewBox="0 0 400 260" role="img" aria-label={scene.description}>
        <rect x="0" y="232" width="400" height="2" fill="#d9d4cb" />
        <rect x={x} y="92" width={w} height="8" rx="2" fill={top} stroke="#00000033" />
        {[x + legInset, x + w - legInset - 8].map((legX) => (
          <g key={legX} fill={frame}>
            <rect x={legX} y="100" width="8" height="128" />
            <rect x={legX - 22} y="226" width="52" height="6" rx="2" />
          </g>
        ))}
        <rect x={x + legInset + 8} y="100" width={Math.max(0, w - 2 * legInset - 16)} height="5" fill={frame} />
      </svg>
      <p className="preview-sketch__note">{note}</p>
    </div>
  );
}
