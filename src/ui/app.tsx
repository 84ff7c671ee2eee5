import { useMemo } from 'react';
import { useMachine } from '@xstate/react';
import { flowMachine } from '../app/flow-machine.ts';
import { deriveView } from '../app/derive-view.ts';
import type { LoadedCatalogs } from '../app/catalog-source.ts';
import { isoDateOf } from '../domain/business-days.ts';
import { FlowContext } from './flow-context.tsx';
import { Header } from './shell/header.tsx';
import { CatalogProblems } from './catalog/catalog-problems.tsx';
import { ProductPicker } from './catalog/product-picker.tsx';
import { Configurator } from './configurator/configurator.tsx';

export interface AppProps {
  readonly loaded: LoadedCatalogs;
  readonly now?: () => Date;
}

export function App({ loaded, now = () => new Date() }: AppProps) {
  const [snapshot, send] = useMachine(flowMachine, { input: { catalogs: loaded.catalogs, now } });
  const { catalog, choices } = snapshot.context;
  const today = isoDateOf(now());
  const view = useMemo(() => (catalog ? deriveView(catalog, choices, today) : null), [catalog, choices, today]);
  const flow = useMemo(() => ({ snapshot, send, view }), [snapshot, send, view]);

  return (
    <FlowContext.Provider value={flow}>
      <Header />
      <main id="main" className="page">
        {loaded.problems.length > 0 && <CatalogProblems problems={loaded.problems} />}
        {snapshot.matches('choosingProduct') ? <ProductPicker catalogs={loaded.catalogs} /> : <Configurator />}
      </main>
    </FlowContext.Provider>
  );
}
