import '../app/strict-csp.ts'; // first: configures zod for the page's CSP before anything parses
import { catalogsIn, startLang } from './start-loading.ts'; // next: the shop's code and catalogs start loading
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { productCards } from 'virtual:bundled-catalogs';
import { App } from './app.tsx';
import { setLang } from './i18n/i18n.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// A language other than English waits for its (small) message table, so the first paint is already in it.
void setLang(startLang, { persist: false })
  .catch((error: unknown) => console.warn('The language could not be loaded; showing English.', error))
  .finally(() =>
    createRoot(root).render(
      <StrictMode>
        <App loaded={catalogsIn(startLang)} catalogsIn={catalogsIn} productCards={productCards} />
      </StrictMode>,
    ),
  );
