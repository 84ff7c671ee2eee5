import '../app/strict-csp.ts'; // first: configures zod for the page's CSP before anything parses
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { LoadedCatalogs } from '../app/catalog-source.ts';
import { startCatalogs } from '../app/start-catalogs.ts';
import { App } from './app.tsx';
import { initialLang, setLang, type Lang } from './i18n/i18n.ts';
import './styles.css';

// The language comes first (a share link's, the one chosen before, the browser's), so the catalogs
// load in it while React paints; each language's catalogs are parsed once, in the worker.
const lang = initialLang();
const catalogs = new Map<Lang, Promise<LoadedCatalogs>>([[lang, startCatalogs(lang)]]);
function catalogsIn(next: Lang): Promise<LoadedCatalogs> {
  let loading = catalogs.get(next);
  if (!loading) {
    loading = startCatalogs(next);
    catalogs.set(next, loading);
  }
  return loading;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// A language other than English waits for its (small) message table, so the first paint is already in it.
void setLang(lang, { persist: false })
  .catch((error: unknown) => console.warn('The language could not be loaded; showing English.', error))
  .finally(() =>
    createRoot(root).render(
      <StrictMode>
        <App loaded={catalogs.get(lang)!} catalogsIn={catalogsIn} />
      </StrictMode>,
    ),
  );
