import { use, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useMachine } from '@xstate/react';
import { initialTransition, transition } from 'xstate';
import { flowMachine, type FlowInput } from '../app/flow-machine.ts';
import { deriveView } from '../app/derive-view.ts';
import type { LoadedCatalogs } from '../app/catalog-source.ts';
import { isDesignHash } from '../app/hash-route.ts';
import { decodeShareLink } from '../app/share-link.ts';
import type { RestoredDesign } from '../app/restore-design.ts';
import { useViewStore } from '../app/view-store.ts';
import { isoDateOf } from '../domain/business-days.ts';
import { FlowContext } from './flow-context.tsx';
import { Header } from './shell/header.tsx';
import { CatalogProblems } from './catalog/catalog-problems.tsx';
import { ProductPicker } from './catalog/product-picker.tsx';
import { Configurator } from './configurator/configurator.tsx';
import { PageNotice } from './designs/page-notice.tsx';
import { RefusedOrdersNotice } from './review/refused-orders-notice.tsx';
import { loadDesignEvent, openDesign } from './designs/open-design.ts';
import { i18nState, linkLang, setLang, translate } from './i18n/i18n.ts';
import { designNoteWords } from './i18n/design-note-text.ts';

export interface ShopProps {
  /** The catalogs, or a promise of them: the shop suspends until they are there. */
  readonly loaded: LoadedCatalogs | Promise<LoadedCatalogs>;
  readonly now: () => Date;
  /** A product the shopper chose on the cards painted before this chunk arrived: the shop opens on it. */
  readonly openProduct?: string | null;
}

/** The shop (`#/`): the customer flow from choosing a product to the sealed order spec. */
export function Shop({ loaded: loading, now, openProduct = null }: ShopProps) {
  const loaded = loading instanceof Promise ? use(loading) : loading;
  const [start] = useState(() => {
    const opened = startingSnapshot({ catalogs: loaded.catalogs, now }, openProduct, linkedAtStart(loaded.catalogs));
    // The notice of what the link restored is in the first paint, above the design (set here, not in
    // an effect: the notice subscribes to the store after the paint, and the design would move down).
    // Setting the same notice again (StrictMode calls this twice) changes nothing.
    if (opened?.link) useViewStore.getState().showNotice({ title: translate('shop.linkOpened'), notes: opened.link.notes });
    return opened;
  });
  const [snapshot, send] = useMachine(flowMachine, { input: { catalogs: loaded.catalogs, now }, ...(start ? { snapshot: start.snapshot } : {}) });
  const { catalog, choices, pricing } = snapshot.context;
  const today = isoDateOf(now());
  const view = useMemo(() => (catalog ? deriveView(catalog, choices, today, pricing) : null), [catalog, choices, today, pricing]);
  const flow = useMemo(() => ({ snapshot, send, view }), [snapshot, send, view]);

  // Another language: the same catalogs with other texts. The design, the step and the price stay.
  // (Not on mount: the machine started with these catalogs, and a needless update would render the page twice.)
  const machineCatalogs = useRef(loaded.catalogs);
  useEffect(() => {
    if (machineCatalogs.current === loaded.catalogs) return;
    machineCatalogs.current = loaded.catalogs;
    send({ type: 'SET_CATALOGS', catalogs: loaded.catalogs });
  }, [loaded.catalogs, send]);

  // The share link the page was opened with is already open (startingSnapshot): the hash goes back
  // to `#/` before anything else reads it (the effect below would open it again).
  useLayoutEffect(() => {
    if (start?.link) clearDesignHash();
  }, [start]);

  // A share link opens its design once: the hash goes back to `#/` first, so a reload (or a
  // crash while reading it) does not apply it again.
  useEffect(() => {
    async function openLinkedDesign() {
      const hash = window.location.hash;
      if (!isDesignHash(hash)) return;
      clearDesignHash();
      // A link opens in the language it was shared in (at start-up main.tsx has already chosen it);
      // its notes are worded in that language, so wait for its table when switching.
      const lang = linkLang(hash);
      if (lang) {
        const switching = lang !== i18nState().lang;
        const switched = setLang(lang).catch(() => {});
        if (switching) await switched;
      }
      try {
        openDesign(send, decodeShareLink(hash, loaded.catalogs, designNoteWords()), translate('shop.linkOpened'));
      } catch (error) {
        console.warn('A shared design could not be opened', error);
        useViewStore.getState().showNotice({ title: translate('shop.linkFailed'), notes: [] });
      }
    }
    const onHashChange = () => void openLinkedDesign();
    onHashChange();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
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
        {choosing && <RefusedOrdersNotice />}
        {loaded.problems.length > 0 && <CatalogProblems problems={loaded.problems} />}
        {snapshot.matches('choosingProduct') ? <ProductPicker catalogs={loaded.catalogs} /> : <Configurator />}
      </main>
    </FlowContext.Provider>
  );
}

/**
 * Where the flow starts when the page opens on a product: past SELECT_PRODUCT when a product was
 * chosen on the cards before the shop arrived, or on the review of a share link's design (the link
 * the page was opened with), so the first paint is the configurator, with no product picker in
 * between. Pure: the machine's transition is computed, not run; the actor starts from it.
 */
function startingSnapshot(input: FlowInput, productId: string | null, link: RestoredDesign | null) {
  const [initial] = initialTransition(flowMachine, input);
  if (link?.catalog) {
    const [opened] = transition(flowMachine, initial, loadDesignEvent(link.catalog, link));
    if (opened.matches('reviewing')) return { snapshot: flowMachine.getPersistedSnapshot(opened), link };
  }
  if (!productId) return undefined;
  const [opened] = transition(flowMachine, initial, { type: 'SELECT_PRODUCT', productId });
  return opened.matches('choosingProduct') ? undefined : { snapshot: flowMachine.getPersistedSnapshot(opened), link: null };
}

/**
 * The design of the share link the page was opened with, read without side effects, when it can
 * open at once: in the language already shown (main.tsx starts in the link's language; if that
 * failed, the effect in Shop opens it once the language is there). Otherwise null.
 */
function linkedAtStart(catalogs: LoadedCatalogs['catalogs']): RestoredDesign | null {
  if (typeof window === 'undefined') return null;
  const hash = window.location.hash;
  if (!isDesignHash(hash)) return null;
  const lang = linkLang(hash);
  if (lang && lang !== i18nState().lang) return null;
  try {
    const design = decodeShareLink(hash, catalogs, designNoteWords());
    return design.catalog ? design : null;
  } catch {
    return null; // the effect reads it again and says it failed
  }
}

/** Puts the hash back to `#/` (the shop), keeping the history entry: a reload does not apply a link again. */
function clearDesignHash(): void {
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#/`);
}
