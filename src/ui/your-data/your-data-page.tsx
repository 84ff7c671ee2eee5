import { useCallback, useEffect, useState } from 'react';
import { deleteStoredData, storedData, type DataKind } from '../../app/browser-data.ts';
import { CODESIGN_TEXT } from '../codesign/codesign-texts.ts';
import '../sales/sales.css';

const t = CODESIGN_TEXT.data;

/** "Your data" (`#/your-data`): what this shop keeps in this browser, with a delete button per kind and for all. */
export function YourDataPage() {
  const [kinds, setKinds] = useState(storedData);
  const [message, setMessage] = useState('');
  const refresh = useCallback(() => setKinds(storedData()), []);
  useEffect(() => {
    window.addEventListener('storage', refresh);
    window.addEventListener('made-to-order:data-deleted', refresh);
    return () => {
      window.removeEventListener('storage', refresh);
      window.removeEventListener('made-to-order:data-deleted', refresh);
    };
  }, [refresh]);

  function remove(kind: DataKind | 'all') {
    deleteStoredData(kind);
    setMessage(t.deleted(kind === 'all' ? t.everything : (t.kinds[kind] ?? kind).toLowerCase()));
  }

  return (
    <main id="main" className="page" tabIndex={-1}>
      <section className="data-page" aria-labelledby="your-data-title">
        <h1 id="your-data-title">{t.title}</h1>
        <p>{t.intro}</p>
        {kinds.length === 0 ? (
          <p>{t.nothing}</p>
        ) : (
          <>
            <ul className="data-kinds">
              {kinds.map((kind) => (
                <li key={kind.kind} className="data-kind" data-kind={kind.kind}>
                  <div>
                    <h2>{t.kinds[kind.kind]}</h2>
                    <p>{t.items(kind.count, kind.size)}</p>
                  </div>
                  <button type="button" className="button button--small" onClick={() => remove(kind.kind)}>
                    {t.delete}
                    <span className="visually-hidden"> {t.kinds[kind.kind]?.toLowerCase()}</span>
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="button button--primary" onClick={() => remove('all')}>
              {t.deleteAll}
            </button>
          </>
        )}
        <p role="status">{message}</p>
      </section>
    </main>
  );
}
