import { useEffect, useState } from 'react';
import type { Catalog } from '../domain/catalog-schema.ts';
import type { OrderSpec, SealedOrderSpec } from '../domain/order-spec.ts';
import { sealSpec } from '../domain/spec-integrity.ts';
import { useSpecPicture, type PictureReport, type SpecPicture, type SpecPictureFile } from './spec-picture.ts';

export type SealState =
  | { readonly status: 'sealing' }
  | { readonly status: 'sealed'; readonly spec: SealedOrderSpec; readonly json: string }
  | { readonly status: 'failed'; readonly message: string };

/** The sealed spec as the customer downloads or copies it: pretty JSON with a final newline. */
export function specJson(spec: SealedOrderSpec): string {
  return JSON.stringify(spec, null, 2) + '\n';
}

/** "3f9a…c21e": enough of the hash to compare by eye. */
export function shortHash(hash: string): string {
  return hash.length <= 10 ? hash : `${hash.slice(0, 4)}…${hash.slice(-4)}`;
}

/** The sealed spec's picture file name: the product and the start of the design's hash, so the file and its spec are known to belong together. */
export function pictureFileName(spec: SealedOrderSpec): string {
  return `${spec.catalog.id}-${spec.integrity.hash.slice(0, 12)}-picture.png`;
}

const NO_PICTURE: SpecPicture = { status: 'settled', file: null };

/**
 * Seals the machine's spec (WebCrypto is async, the machine's `buildOrderSpec` is not) for the
 * done page; re-seals when the spec or catalog changes and ignores results that arrive late.
 * The spec refers to the picture (sealed apart from the design, `integrity.pictureHash`), so it
 * waits until `picture` has settled (which has its own time limit); without a `picture` to wait
 * for, the spec is sealed straight away, without one.
 */
export function useSealedSpec(spec: OrderSpec | null, catalog: Catalog | null, picture: SpecPicture = NO_PICTURE): SealState {
  const file = picture.status === 'settled' ? picture.file : undefined;
  const [state, setState] = useState<{ for: OrderSpec | null; file: SpecPictureFile | null | undefined; seal: SealState }>({
    for: null,
    file: undefined,
    seal: { status: 'sealing' },
  });
  useEffect(() => {
    if (!spec || !catalog || file === undefined) return;
    let current = true;
    sealSpec(file ? { ...spec, picture: file.reference } : spec, catalog).then(
      (sealed) => current && setState({ for: spec, file, seal: { status: 'sealed', spec: sealed, json: specJson(sealed) } }),
      (error: unknown) => current && setState({ for: spec, file, seal: { status: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [spec, catalog, file]);
  return state.for === spec && state.file === file ? state.seal : { status: 'sealing' };
}

/**
 * The sealed spec of a page that shows the product picture (the done page, a quote): the spec
 * refers to the picture on the page (`design`: the scene's description), so sealing waits for it,
 * for a limited time (useSpecPicture). `onPicture` is for the page's SnapshotFigure.
 */
export function usePictureSealedSpec(spec: OrderSpec | null, catalog: Catalog | null, design: string | undefined) {
  const [report, setReport] = useState<PictureReport | null>(null);
  const picture = useSpecPicture(spec, design, report);
  return { seal: useSealedSpec(spec, catalog, picture), picture, onPicture: setReport };
}
