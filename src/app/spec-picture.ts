import { useEffect, useState } from 'react';
import type { OrderSpec } from '../domain/order-spec.ts';
import { pictureReference, type OrderSpecPicture, type PictureView } from '../domain/picture-reference.ts';

/**
 * How long the done page waits for the product picture before sealing the spec without it. The
 * picture itself waits up to 15 s for the 3D preview, then draws the sketch; made pictures take
 * 0.1–3 s on the sample products.
 */
export const SPEC_PICTURE_WAIT_MS = 20_000;

/** What the product picture on the page is doing, for the design it shows (`design`: the scene's description). */
export type PictureReport =
  | { readonly status: 'making'; readonly design: string }
  | { readonly status: 'failed'; readonly design: string }
  | { readonly status: 'ready'; readonly design: string; readonly png: Uint8Array; readonly view: PictureView };

/** The picture a spec refers to: its bytes (to send with the order) and the reference sealed into the spec. */
export interface SpecPictureFile {
  readonly png: Uint8Array;
  readonly reference: OrderSpecPicture;
}

export type SpecPicture =
  /** Still being made: the spec is not sealed yet. */
  | { readonly status: 'waiting' }
  /** Decided once per spec: the picture, or null when it failed, could not be referred to or took too long. */
  | { readonly status: 'settled'; readonly file: SpecPictureFile | null };

/**
 * Settles which picture (if any) `spec` refers to: the page's picture once it is made for the
 * design on show (`design`), nothing when it fails or after `waitMs`, so sealing never hangs. Once
 * settled it stays for that spec: a picture arriving late does not change a spec already sealed
 * (and perhaps downloaded).
 */
export function useSpecPicture(spec: OrderSpec | null, design: string | undefined, report: PictureReport | null, waitMs = SPEC_PICTURE_WAIT_MS): SpecPicture {
  const [settled, setSettled] = useState<{ readonly for: OrderSpec; readonly file: SpecPictureFile | null } | null>(null);
  const decided = settled !== null && settled.for === spec;
  // A report about another design (the page has just changed) says nothing about this spec.
  const current = report && report.design === design ? report : null;

  useEffect(() => {
    if (!spec || decided) return;
    const timer = setTimeout(() => setSettled((before) => (before?.for === spec ? before : { for: spec, file: null })), waitMs);
    return () => clearTimeout(timer);
  }, [spec, decided, waitMs]);

  useEffect(() => {
    if (!spec || decided || !current || current.status === 'making') return;
    let live = true;
    const settle = (file: SpecPictureFile | null) => live && setSettled((before) => (before?.for === spec ? before : { for: spec, file }));
    if (current.status === 'failed') Promise.resolve().then(() => settle(null));
    else {
      const { png } = current;
      pictureReference(png, { view: current.view, alt: current.design }).then(
        (result) => {
          if (!result.ok) console.warn(`the order spec is sealed without its picture: ${result.reason}`);
          settle(result.ok ? { png, reference: result.picture } : null);
        },
        () => settle(null),
      );
    }
    return () => {
      live = false;
    };
  }, [spec, decided, current]);

  return decided ? { status: 'settled', file: settled.file } : { status: 'waiting' };
}
