import { useEffect, useState } from 'react';
import type { Catalog } from '../domain/catalog-schema.ts';
import type { OrderSpec, SealedOrderSpec } from '../domain/order-spec.ts';
import { sealSpec } from '../domain/spec-integrity.ts';

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

/**
 * Seals the machine's spec (WebCrypto is async, the machine's `buildOrderSpec` is not) for the
 * done page; re-seals when the spec or catalog changes and ignores results that arrive late.
 */
export function useSealedSpec(spec: OrderSpec | null, catalog: Catalog | null): SealState {
  const [state, setState] = useState<{ for: OrderSpec | null; seal: SealState }>({ for: null, seal: { status: 'sealing' } });
  useEffect(() => {
    if (!spec || !catalog) return;
    let current = true;
    sealSpec(spec, catalog).then(
      (sealed) => current && setState({ for: spec, seal: { status: 'sealed', spec: sealed, json: specJson(sealed) } }),
      (error: unknown) => current && setState({ for: spec, seal: { status: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [spec, catalog]);
  return state.for === spec ? state.seal : { status: 'sealing' };
}
