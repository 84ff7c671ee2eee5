import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useMachine } from '@xstate/react';
import { flowMachine } from '../app/flow-machine.ts';
import { deriveView } from '../app/derive-view.ts';
import { bundledCatalogFiles, type LoadedCatalogs } from '../app/catalog-source.ts';
import { currentRoute, isDesignHash, subscribeToRoute } from '../app/hash-route.ts';
import { decodeShareLink } from '../app/share-link.ts';
import { useViewStore } from '../app/view-store.ts';
import { prewarmEngines } from '../app/engine-prewarm.ts';
import { isoDateOf } from '../domain/business-days.ts';
import { FlowContext } from './flow-context.tsx';
import { Header } from './shell/header.tsx';
import { Workbench } from './workbench/workbench.tsx';
import { CatalogProblems } from './catalog/catalog-problems.tsx';
import { ProductPicker } from './catalog/product-picker.tsx';
import { Configurator } from './configurator/configurator.tsx';
import { PageNotice } from './designs/page-notice.tsx';
import { openDesign } from './designs/open-design.ts';

export interface AppProps {
  readonly loaded: LoadedCatalogs;
  readonly now?: () => Date;
  /** Catalog files (path → JSON text) the workbench offers as starting points; the bundled ones by default. */
  readonly sampleFiles?: Readonly<Record<string, string>>;
}

/** Routes by the URL hash: `#/` is the shop, `#/workbench` the catalog workbench. */
export function App({ loaded, now = () => new Date(), sampleFiles }: AppProps) {
  const route = useSyncExternalStore(subscribeToRoute, currentRoute, () => 'shop' as const);
  if (route === 'workbench') {
    return (
      <>
        <Header route="workbench" />
        <Workbench sampleFiles={sampleFiles ?? bundledCatalogFiles()} now={now} />
      </>
    );
  }
  return <Shop loaded={loaded} now={now} />;
}

function Shop({ loaded, now }: { loaded: LoadedCatalogs; now: () => Date }) {
  useEffect(() => prewarmEngines(loaded.catalogs), [loaded.catalogs]);
  const [snapshot, send] = useMachine(flowMachine, { input: { catalogs: loaded.catalogs, now } });
  const { catalog, choices, pricing } = snapshot.context;
  const today = isoDateOf(now());
  const view = useMemo(() => (catalog ? deriveView(catalog, choices, today, pricing) : null), [catalog, choices, today, pricing]);
  const flow = useMemo(() => ({ snapshot, send, view }), [snapshot, send, view]);

  // A share link opens its design once: the hash goes back to `#/` first, so a reload (or a
  // crash while reading it) does not apply it again.
  useEffect(() => {
    function openLinkedDesign() {
      const hash = window.location.hash;
      if (!isDesignHash(hash)) return;
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#/`);
      try {
        openDesign(send, decodeShareLink(hash, loaded.catalogs), 'Opened a shared design.');
      } catch (error) {
        console.warn('A shared design could not be opened', error);
        useViewStore.getState().showNotice({ title: 'We couldn\u2019t open the design in this link.', notes: [] });
      }
    }
    openLinkedDesign();
    window.addEventListener('hashchange', openLinkedDesign);
    return () => window.removeEventListener('hashchange', openLinkedDesign);
  }, [loaded.catalogs, send]);

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
