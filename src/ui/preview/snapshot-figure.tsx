import { useEffect, useRef, useState } from 'react';
import type { PictureReport } from '../../app/spec-picture.ts';
import { useFlow } from '../flow-context.tsx';
import { captureProductPicture, PICTURE_SIZE } from './product-picture.ts';
import { PreviewSketch } from './preview-sketch.tsx';
import { PREVIEW_TEXT } from './preview-texts.ts';
import './preview.css';

type Picture = { status: 'making' } | { status: 'ready'; blob: Blob; url: string } | { status: 'failed' };

/** The picture the mounted figure shows (or is making), for {@link productPicturePng}. */
let currentPicture: ReturnType<typeof captureProductPicture> | null = null;

/**
 * The PNG bytes of the product picture shown on the done page (null when no picture is shown or
 * it could not be made), e.g. to record its SHA-256 with the order.
 */
export async function productPicturePng(): Promise<Uint8Array | null> {
  const picture = currentPicture;
  if (!picture) return null;
  try {
    return new Uint8Array(await (await picture).blob.arrayBuffer());
  } catch {
    return null;
  }
}

/**
 * The configured product as a picture, for the done page and its printed summary, with a PNG
 * download (named `fileName` when given, e.g. after the spec that refers to it). `onPicture` hears
 * what the picture is doing for the design on show, with its bytes once made.
 */
export function SnapshotFigure({ onPicture, fileName }: { onPicture?: (report: PictureReport) => void; fileName?: string }) {
  const { snapshot, view } = useFlow();
  const productId = snapshot.context.catalog?.id ?? 'design';
  const scene = view?.scene;
  const sketchRef = useRef<SVGSVGElement>(null);
  const [picture, setPicture] = useState<Picture>({ status: 'making' });
  const onPictureRef = useRef(onPicture);
  useEffect(() => {
    onPictureRef.current = onPicture;
  }, [onPicture]);

  const design = scene?.description;
  useEffect(() => {
    if (!design) return;
    let cancelled = false;
    let url: string | null = null;
    onPictureRef.current?.({ status: 'making', design });
    const making = captureProductPicture(sketchRef.current);
    currentPicture = making;
    making.then(
      async ({ blob, view: pictureView }) => {
        if (cancelled) return;
        url = URL.createObjectURL(blob);
        setPicture({ status: 'ready', blob, url });
        const png = new Uint8Array(await blob.arrayBuffer());
        if (!cancelled) onPictureRef.current?.({ status: 'ready', design, png, view: pictureView });
      },
      () => {
        if (cancelled) return;
        setPicture({ status: 'failed' });
        onPictureRef.current?.({ status: 'failed', design });
      },
    );
    return () => {
      cancelled = true;
      if (currentPicture === making) currentPicture = null;
      if (url) URL.revokeObjectURL(url);
      setPicture({ status: 'making' });
    };
  }, [design]);

  if (!scene) return null;
  return (
    <figure className="snapshot-figure" data-testid="product-picture" aria-label={PREVIEW_TEXT.picture.title}>
      {picture.status === 'ready' ? (
        <img className="snapshot-figure__image" src={picture.url} alt={scene.description} width={PICTURE_SIZE.width} height={PICTURE_SIZE.height} />
      ) : (
        <p className="snapshot-figure__status" role="status">
          {picture.status === 'making' ? PREVIEW_TEXT.picture.making : PREVIEW_TEXT.picture.failed}
        </p>
      )}
      {/* The sketch the picture falls back to without WebGL; never shown. */}
      <div hidden>
        <PreviewSketch scene={scene} svgRef={sketchRef} />
      </div>
      {picture.status === 'ready' && (
        <figcaption className="snapshot-figure__caption">
          <a className="button snapshot-figure__download" href={picture.url} download={fileName ?? PREVIEW_TEXT.picture.fileName(productId)}>
            {PREVIEW_TEXT.picture.download}
          </a>
        </figcaption>
      )}
    </figure>
  );
}
