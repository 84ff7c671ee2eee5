import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useMachine } from '@xstate/react';
import { flowMachine } from '../app/flow-machine.ts';
import { deriveView } from '../app/derive-view.ts';
import { bundledCatalogFiles, type LoadedCatalogs } from '../app/catalog-source.ts';
import { currentRoute, subscribeToRoute } from '../app/hash-route.ts';
import { prewarmEngines } from '../app/engine-prewarm.ts';
import { isoDateOf } from '../domain/business-days.ts';
import { FlowContext } from './flow-context.tsx';
import { Header } from './shell/header.tsx';
import { Workbench } from './workbench/workbench.tsx';
import { CatalogProblems } from './catalog/catalog-problems.tsx';
import { ProductPicker } from './catalog/product-picker.tsx';
import { Configurator } from './configurator/configurator.tsx';

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
  const { catalog, choices } = snapshot.context;
  const today = isoDateOf(now());
  const view = useMemo(() => (catalog ? deriveView(catalog, choices, today) : null), [catalog, choices, today]);
  const flow = useMemo(() => ({ snapshot, send, view }), [snapshot, send, view]);

  return (
    <FlowContext.Provider value={flow}>
      <Header />
      <main id="main" className="page" tabIndex={-1}>
        {loaded.problems.length > 0 && <CatalogProblems problems={loaded.problems} />}
        {snapshot.matches('choosingProduct') ? <ProductPicker catalogs={loaded.catalogs} /> : <Configurator />}
      </main>
    </FlowContext.Provider>
  );
}
