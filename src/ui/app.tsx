import { Component, lazy, Suspense, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { LoadedCatalogs } from '../app/catalog-source.ts';
import { currentRoute, designProductId, isDesignHash, subscribeToRoute } from '../app/hash-route.ts';
import type { ProductCardPreview } from '../app/product-card-preview.ts';
import { Header } from './shell/header.tsx';
import { OpeningDesignPlaceholder, ProductPickerPlaceholder } from './catalog/product-picker-placeholder.tsx';
import { translate, useLang, useT, type Lang } from './i18n/i18n.ts';
import type { MessageKey } from './i18n/messages.en.ts';
import { shopModule } from './shop-chunk.ts';

export interface AppProps {
  /** The shop's catalogs, or a promise of them (main.tsx: the bundled catalogs' chunk): the shop shows a placeholder meanwhile. */
  readonly loaded: LoadedCatalogs | Promise<LoadedCatalogs>;
  readonly now?: () => Date;
  /** Catalog files (path → JSON text) the workbench offers as starting points; the bundled ones by default. */
  readonly sampleFiles?: Readonly<Record<string, string>>;
  /**
   * The catalogs with their texts in a language, for when the shopper switches language (main.tsx:
   * the bundled catalogs' chunk for that language, cached). Without it the catalogs stay as given.
   */
  readonly catalogsIn?: (lang: Lang) => LoadedCatalogs | Promise<LoadedCatalogs>;
  /**
   * Per language, the cards of the products in `loaded` (main.tsx: the bundled catalogs', computed
   * at build time): painted while the shop's code and catalogs load, and clickable meanwhile.
   * Without them the placeholder shows card outlines.
   */
  readonly productCards?: Readonly<Record<string, readonly ProductCardPreview[]>>;
}

/** Routes by the URL hash: `#/` is the shop, `#/workbench` the catalog workbench. */
export function App({ loaded: given, now = () => new Date(), sampleFiles, catalogsIn, productCards }: AppProps) {
  const route = useSyncExternalStore(subscribeToRoute, currentRoute, () => 'shop' as const);
  useEffect(startOrderOutbox, []);
  const loaded = useLocalizedCatalogs(given, catalogsIn);
  const t = useT();
  const lang = useLang();
  // A product chosen on the cards painted before the shop's code arrived: the shop opens it.
  const [chosenEarly, setChosenEarly] = useState<string | null>(null);
  const cards = productCards?.[lang] ?? productCards?.en;
  if (route === 'production') {
    return (
      <>
        <Header route="production" />
        <Suspense fallback={<RouteLoading what={t('app.page.production')} />}>
          <ProductionPage now={now} />
        </Suspense>
      </>
    );
  }
  if (route === 'workbench') {
    return (
      <>
        <Header route="workbench" />
        <LoadFailure what={t('app.page.workbench')}>
          <Suspense fallback={<RouteLoading what={t('app.page.workbench')} />}>
            <Workbench sampleFiles={sampleFiles} now={now} />
          </Suspense>
        </LoadFailure>
      </>
    );
  }
  if (route === 'sales' || route === 'suggestions' || route === 'your-data') {
    const Page = EXTRA_PAGES[route];
    return (
      <>
        <Header route={route} />
        <LoadFailure what={t(EXTRA_PAGE_NAMES[route])}>
          <Suspense fallback={<RouteLoading what={t(EXTRA_PAGE_NAMES[route])} />}>
            <Page loaded={loaded} now={now} />
          </Suspense>
        </LoadFailure>
      </>
    );
  }
  return (
    <LoadFailure what={t('app.page.shop')} header={<Header />}>
      <Suspense
        fallback={
          // A share link opens its design: the configurator's frame, not product cards, until the shop is there.
          typeof window !== 'undefined' && isDesignHash(window.location.hash) ? (
            <OpeningDesignPlaceholder productName={cards?.find((card) => card.id === designProductId(window.location.hash))?.name} />
          ) : (
            <ProductPickerPlaceholder cards={cards} onDesign={setChosenEarly} chosen={chosenEarly} />
          )
        }
      >
        <Shop loaded={loaded} now={now} openProduct={chosenEarly} />
      </Suspense>
    </LoadFailure>
  );
}

/**
 * The shop is a chunk of its own (flow machine, rules engine, configurator): the entry only has to
 * paint the page and the product cards. Its download starts as the entry starts (shop-chunk.ts),
 * alongside the catalogs' chunk.
 */
const Shop = lazy(() => shopModule.then((module) => ({ default: module.Shop })));

/**
 * The workbench is for merchandisers: its code, the catalog parser (zod) and the sample texts
 * load only when its route is opened, so shoppers never download them.
 */
const Workbench = lazy(async () => {
  const [{ Workbench }, { bundledCatalogFiles }] = await Promise.all([import('./workbench/workbench.tsx'), import('../app/catalog-source.ts')]);
  const bundled = bundledCatalogFiles();
  return {
    default: (props: { sampleFiles: AppProps['sampleFiles']; now: () => Date }) => <Workbench sampleFiles={props.sampleFiles ?? bundled} now={props.now} />,
  };
});

/** Production staff's orders page (src/ui/production), loaded only on its route. */
const ProductionPage = lazy(() => import('./production/production-page.tsx').then((module) => ({ default: module.ProductionPage })));

/** Sales mode, the merchandisers' suggestions list and the customer's "Your data" page: each its own chunk, loaded on its route. */
const EXTRA_PAGES = {
  sales: lazy(() => import('./sales/sales-page.tsx').then((module) => ({ default: module.SalesPage }))),
  suggestions: lazy(() => import('./codesign/suggestions-page.tsx').then((module) => ({ default: module.SuggestionsPage }))),
  'your-data': lazy(() => import('./your-data/your-data-page.tsx').then((module) => ({ default: module.YourDataPage }))),
};
const EXTRA_PAGE_NAMES: Readonly<Record<keyof typeof EXTRA_PAGES, MessageKey>> = {
  sales: 'app.page.sales',
  suggestions: 'app.page.suggestions',
  'your-data': 'app.page.yourData',
};

/** The catalogs in the current language: as given at first, then those of the new language when it changes. */
function useLocalizedCatalogs(given: AppProps['loaded'], catalogsIn: AppProps['catalogsIn']): AppProps['loaded'] {
  const lang = useLang();
  const [localized, setLocalized] = useState<{ lang: Lang; loaded: LoadedCatalogs } | null>(null);
  useEffect(() => {
    if (!catalogsIn) return;
    let live = true;
    // Until the new language's catalogs arrive, the page keeps showing the previous ones (no placeholder flash).
    void Promise.resolve(catalogsIn(lang)).then((loaded) => {
      if (live) setLocalized({ lang, loaded });
    });
    return () => {
      live = false;
    };
  }, [lang, catalogsIn]);
  return localized?.loaded ?? given;
}

/** Orders that could not be sent before (offline, service down) are sent again on every visit. */
function startOrderOutbox(): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  void import('../app/submit-order-outbox.ts').then(({ orderOutbox }) => {
    if (!stopped) stop = orderOutbox.start(window);
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

function RouteLoading({ what }: { what: string }) {
  const t = useT();
  return (
    <main id="main" className="page" tabIndex={-1} aria-busy="true">
      <p role="status">{t('app.loading', { what })}</p>
    </main>
  );
}

/** A lazy chunk (or the catalogs) that cannot be fetched, e.g. offline: say so instead of a blank page. */
class LoadFailure extends Component<{ what: string; header?: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error(`Could not load ${this.props.what}`, error);
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        {this.props.header}
        <main id="main" className="page" tabIndex={-1}>
          <section className="notice notice--error" role="alert">
            <h1>{translate('app.loadFailed', { what: this.props.what })}</h1>
            <p>{translate('app.loadFailedHelp')}</p>
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              {translate('app.reload')}
            </button>
          </section>
        </main>
      </>
    );
  }
}
