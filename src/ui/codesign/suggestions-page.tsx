import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { suggestionBoard, suggestionsJson } from '../../app/suggestion-board.ts';
import { CODESIGN_TEXT } from './codesign-texts.ts';
import '../sales/sales.css';

const t = CODESIGN_TEXT.board;

/** For merchandisers (`#/suggestions`): what customers suggested, most wanted first, exportable as JSON. */
export function SuggestionsPage({ now }: { now: () => Date }) {
  const suggestions = useSyncExternalStore(suggestionBoard.subscribe, suggestionBoard.list, suggestionBoard.list);
  const sorted = useMemo(() => [...suggestions].sort((a, b) => a.catalogId.localeCompare(b.catalogId) || b.votes - a.votes), [suggestions]);
  const exported = useMemo(() => {
    const json = suggestionsJson(now());
    return { href: URL.createObjectURL(new Blob([json], { type: 'application/json' })), name: `suggestions-${now().toISOString().slice(0, 10)}.json` };
  }, [now, suggestions]); // eslint-disable-line react-hooks/exhaustive-deps -- a new export whenever the list changes
  useEffect(() => () => URL.revokeObjectURL(exported.href), [exported]);
  return (
    <main id="main" className="page" tabIndex={-1}>
      <section className="suggestion-page" aria-labelledby="suggestions-title">
        <h1 id="suggestions-title">{t.title}</h1>
        <p>{t.intro}</p>
        {sorted.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <div className="table-scroll">
            <table className="suggestion-table">
              <thead>
                <tr>
                  <th scope="col">{t.product}</th>
                  <th scope="col">{t.step}</th>
                  <th scope="col">{t.suggestion}</th>
                  <th scope="col">{t.reference}</th>
                  <th scope="col">{t.votes}</th>
                  <th scope="col">{t.date}</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((s) => (
                  <tr key={s.id}>
                    <td>{s.catalogId}</td>
                    <td>{s.groupId ?? t.wholeProduct}</td>
                    <td>{s.text}</td>
                    <td>{s.reference ?? '—'}</td>
                    <td>{s.votes}</td>
                    <td>{s.createdAt.slice(0, 10)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p>
          <a className="button button--primary" href={exported.href} download={exported.name}>
            {t.export}
          </a>
        </p>
      </section>
    </main>
  );
}
