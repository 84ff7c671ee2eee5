import { use, useEffect, useMemo, useRef } from 'react';
import { useMachine } from '@xstate/react';
import { flowMachine } from '../app/flow-machine.ts';
import { deriveView } from '../app/derive-view.ts';
import type { LoadedCatalogs } from '../app/catalog-source.ts';
import { isDesignHash } from '../app/hash-route.ts';
import { decodeShareLink } from '../app/share-link.ts';
import { useViewStore } from '../app/view-store.ts';
import { isoDateOf } from '../domain/business-days.ts';
import { FlowContext } from './flow-context.tsx';
import { Header } from './shell/header.tsx';
import { CatalogProblems } from './catalog/catalog-problems.tsx';
import { ProductPicker } from './catalog/product-picker.tsx';
import { Configurator } from './configurator/configurator.tsx';
import { PageNotice } from './designs/page-notice.tsx';
import { openDesign } from './designs/open-design.ts';
import { linkLang, setLang, translate } from './i18n/i18n.ts';

export interface ShopProps {
  /** The catalogs, or a promise of them: the shop suspends until they are there. */
  readonly loaded: LoadedCatalogs | Promise<LoadedCatalogs>;
  readonly now: () => Date;
}

/** The shop (`#/`): the customer flow from choosing a product to the sealed order spec. */
export function Shop({ loaded: loading, now }: ShopProps) {
  const loaded = loading instanceof Promise ? use(loading) : loading;
  const [snapshot, send] = useMachine(flowMachine, { input: { catalogs: loaded.catalogs, now } });
  const { catalog, choices, pricing } = snapshot.context;
  const today = isoDateOf(now());
  const view = useMemo(() => (catalog ? deriveView(catalog, choices, today, pricing) : null), [catalog, choices, today, pricing]);
  const flow = useMemo(() => ({ snapshot, send, view }), [snapshot, send, view]);

  // Another language: the same catalogs with other texts. The design, the step and the price stay.
  useEffect(() => {
    send({ type: 'SET_CATALOGS', catalogs: loaded.catalogs });
  }, [loaded.catalogs, send]);

  // A share link opens its design once: the hash goes back to `#/` first, so a reload (or a
  // crash while reading it) does not apply it again.
  useEffect(() => {
    function openLinkedDesign() {
      const hash = window.location.hash;
      if (!isDesignHash(hash)) return;
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#/`);
      // A link opens in the language it was shared in (at start-up main.tsx has already chosen it).
      const lang = linkLang(hash);
      if (lang) void setLang(lang);
      try {
        openDesign(send, decodeShareLink(hash, loaded.catalogs), translate('shop.linkOpened'));
      } catch (error) {
        console.warn('A shared design could not be opened', error);
        useViewStore.getState().showNotice({ title: translate('shop.linkFailed'), notes: [] });
      }
    }
    openLinkedDesign();
    window.addEventListener('hashchange', openLinkedDesign);
    return () => window.removeEventListener('hashchange', openLinkedDesign);
  }, [loaded.catalogs, send]);

  // Every product opens with its 3D preview: once the shop is idle, fetch and load the scene's
  // chunk (three.js, ~250 KB gzip), so opening a product does not wait for it. Browsers without
  // requestIdleCallback (and jsdom) load it when the preview first needs it, as before.
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return;
    const id = window.requestIdleCallback(() => void import('../scene/product-canvas.tsx').catch(() => {}), { timeout: 4000 });
    return () => window.cancelIdleCallback(id);
  }, []);

  // A notice about an opened design is stale once the customer goes back to the products.
  const choosing = snapshot.matches('choosingProduct');
  const wasChoosing = useRef(choosing);
  useEffect(() => {
    if (choosing && !wasChoosing.current) useViewStore.getState().dismissNotice();
    wasChoosing.current = choosing;
  }, [choosing]);

  return (
    <FlowContext.Provider value={flow}>
      <Header />
      <main id="main" className="page" tabIndex={-1}>
        <PageNotice />
        {loaded.problems.length > 0 && <CatalogProblems problems={loaded.problems} />}
        {snapshot.matches('choosingProduct') ? <ProductPicker catalogs={loaded.catalogs} /> : <Configurator />}
      </main>
    </FlowContext.Provider>
  );
}
