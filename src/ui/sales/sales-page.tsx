import { use, useEffect, useMemo, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useMachine } from '@xstate/react';
import type { AppProblem } from '../../app/app-problems.ts';
import type { LoadedCatalogs } from '../../app/catalog-source.ts';
import { deriveView } from '../../app/derive-view.ts';
import { flowMachine } from '../../app/flow-machine.ts';
import { findQuote, quoteLink, quoteRecords, rememberQuoteKey } from '../../app/quote-records.ts';
import { isStaffPin, signedInStaff, signInStaff, signOutStaff } from '../../app/sales-access.ts';
import { isoDateOf } from '../../domain/business-days.ts';
import { FlowContext } from '../flow-context.tsx';
import { formatMoney } from '../format.ts';
import { useT } from '../i18n/i18n.ts';
import { appProblemText } from '../i18n/problem-text.ts';
import { ProductPicker } from '../catalog/product-picker.tsx';
import { Configurator } from '../configurator/configurator.tsx';
import { QuoteDocument } from './quote-document.tsx';
import { SalesPanel } from './sales-panel.tsx';
import { SALES_TEXT } from './sales-texts.ts';
import './sales.css';

export interface SalesPageProps {
  readonly loaded: LoadedCatalogs | Promise<LoadedCatalogs>;
  readonly now: () => Date;
}

/** Sales mode (`#/sales`): staff sign in, then configure with the customer and prepare a quote. */
export function SalesPage({ loaded, now }: SalesPageProps) {
  const [staff, setStaff] = useState<string | null>(() => signedInStaff());
  if (!staff) return <SalesSignIn onSignedIn={setStaff} />;
  return (
    <SalesDesk
      loaded={loaded}
      now={now}
      staff={staff}
      onSignOut={() => {
        signOutStaff();
        setStaff(null);
      }}
    />
  );
}

function SalesSignIn({ onSignedIn }: { onSignedIn: (name: string) => void }) {
  const t = SALES_TEXT.signIn;
  const [problem, setProblem] = useState<'missingName' | 'wrongPin' | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name') ?? '').trim();
    if (!name) return setProblem('missingName');
    if (!(await isStaffPin(String(form.get('pin') ?? '')))) return setProblem('wrongPin');
    signInStaff(name);
    onSignedIn(name);
  }
  return (
    <main id="main" className="page sales" tabIndex={-1}>
      <form className="sales-signin" onSubmit={(event) => void submit(event)} aria-labelledby="sales-signin-title">
        <h1 id="sales-signin-title">{t.title}</h1>
        <p>{t.intro}</p>
        <label className="sales-field">
          <span>{t.name}</span>
          <input name="name" autoComplete="name" maxLength={100} />
        </label>
        <label className="sales-field">
          <span>{t.pin}</span>
          <input name="pin" type="password" inputMode="numeric" autoComplete="off" maxLength={32} />
        </label>
        {problem && (
          <p className="field-error" role="alert">
            {t[problem]}
          </p>
        )}
        <button type="submit" className="button button--primary">
          {t.submit}
        </button>
      </form>
    </main>
  );
}

/** The quote number in `#/sales/quote/<number>?k=<key>`, if any; its key is remembered for the order service. */
function quoteNumberInHash(): string | null {
  const match = /^#\/sales\/quote\/([A-Za-z0-9-]{3,32})\/?(?:\?k=([\w-]{1,64}))?$/.exec(window.location.hash);
  if (!match) return null;
  const number = match[1]!.toUpperCase();
  rememberQuoteKey(number, match[2]);
  return number;
}

function SalesDesk({ loaded: loading, now, staff, onSignOut }: SalesPageProps & { staff: string; onSignOut: () => void }) {
  const t = SALES_TEXT.desk;
  const loaded = loading instanceof Promise ? use(loading) : loading;
  const [snapshot, send] = useMachine(flowMachine, { input: { catalogs: loaded.catalogs, now } });
  const { catalog, choices, pricing } = snapshot.context;
  const discounts = snapshot.context.extras.discounts;
  const today = isoDateOf(now());
  const view = useMemo(() => (catalog ? deriveView(catalog, choices, today, pricing, discounts) : null), [catalog, choices, today, pricing, discounts]);
  const flow = useMemo(() => ({ snapshot, send, view }), [snapshot, send, view]);
  // How opening a linked quote goes, worded at render so it follows a change of language.
  const [resume, setResume] = useState<{ number: string; from?: 'browser' | 'server' } | { problem: AppProblem } | null>(null);
  const words = useT();

  // A quote link opens the quote: from this browser's records, else from the order service.
  useEffect(() => {
    async function openLinkedQuote() {
      const number = quoteNumberInHash();
      if (!number) return;
      setResume({ number });
      const found = await findQuote(number);
      if (!found.ok) return setResume({ problem: found.problem });
      send({ type: 'LOAD_QUOTE', productId: found.catalogId, ...found.design });
      setResume({ number, from: found.from });
    }
    void openLinkedQuote();
    window.addEventListener('hashchange', openLinkedQuote);
    return () => window.removeEventListener('hashchange', openLinkedQuote);
  }, [send, t]);

  return (
    <FlowContext.Provider value={flow}>
      <main id="main" className="page sales" tabIndex={-1}>
        <div className="sales-bar">
          <p className="sales-bar__title">
            <strong>{t.title}</strong> · {t.signedInAs(staff)}
          </p>
          <button type="button" className="button button--small" onClick={onSignOut}>
            {t.signOut}
          </button>
        </div>
        {resume && (
          <p className="notice sales-resume" role="status">
            {'problem' in resume ? appProblemText(resume.problem, words) : resume.from ? t.resumed(resume.number, resume.from) : t.resuming(resume.number)}
          </p>
        )}
        {snapshot.matches('choosingProduct') && (
          <>
            <ProductPicker catalogs={loaded.catalogs} />
            <SavedQuotes />
          </>
        )}
        {(snapshot.matches('configuring') || snapshot.matches('reviewing')) && (
          <>
            <Configurator />
            <SalesPanel staff={staff} />
          </>
        )}
        {snapshot.matches('done') && <QuoteDocument />}
      </main>
    </FlowContext.Provider>
  );
}

function SavedQuotes() {
  const t = SALES_TEXT.desk;
  const records = useSyncExternalStore(quoteRecords.subscribe, quoteRecords.list, quoteRecords.list);
  return (
    <section className="sales-section" aria-labelledby="saved-quotes-title">
      <h2 id="saved-quotes-title">{t.savedQuotes}</h2>
      {records.length === 0 ? (
        <p>{t.noSavedQuotes}</p>
      ) : (
        <ul className="sales-list">
          {records.map((record) => (
            <li key={record.number}>
              <a href={quoteLink(record.number)}>
                {t.open} {record.number}
              </a>{' '}
              · {record.customerName || '—'} · {formatMoney(record.total, record.currency)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
