import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  productionApi,
  ProductionApiError,
  storedProductionToken,
  storeProductionToken,
  type OrderDetail as Order,
  type OrderFilter,
  type OrderSummary,
} from '../../app/production-api.ts';
import { nextOrderStatus } from '../../domain/order-status.ts';
import { OrderDetail } from './order-detail.tsx';
import { OrderList } from './order-list.tsx';
import { TokenForm } from './token-form.tsx';
import './production.css';
import { translate, useT } from '../i18n/i18n.ts';

const ACTOR_KEY = 'made-to-order:production-actor';

/** `#/production`: the orders placed in the shop, for the workshop. Needs the production token. */
export function ProductionPage({ now = () => new Date() }: { now?: () => Date }) {
  const [token, setToken] = useState(storedProductionToken);
  const [actor, setActor] = useState(() => sessionStorageItem(ACTOR_KEY) ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [filter, setFilter] = useState<OrderFilter>({});
  const [orders, setOrders] = useState<OrderSummary[] | null>(null);
  const [selected, setSelected] = useState<Order | null>(null);
  const [busy, setBusy] = useState(false);
  const [csvDate, setCsvDate] = useState(() => now().toISOString().slice(0, 10));
  const api = useMemo(() => (token ? productionApi(token) : null), [token]);
  const t = useT();

  const fail = useCallback((error: unknown) => {
    if (error instanceof ProductionApiError && error.status === 401) {
      storeProductionToken(null);
      setToken(null);
      setProblem(translate('prod.tokenRejected'));
    } else setProblem(error instanceof Error ? error.message : String(error));
  }, []);

  useEffect(() => {
    if (!api) return;
    let current = true;
    api.listOrders(filter).then(
      (list) => current && (setOrders(list), setProblem(null)),
      (error: unknown) => current && fail(error),
    );
    return () => {
      current = false;
    };
  }, [api, filter, fail]);

  if (!api) {
    return (
      <main id="main" className="page production" tabIndex={-1}>
        <h1 className="step__title">{t('prod.title')}</h1>
        <TokenForm
          problem={problem}
          onSubmit={(entered, name) => {
            storeProductionToken(entered);
            if (name) sessionStorageSet(ACTOR_KEY, name);
            setActor(name);
            setProblem(null);
            setOrders(null);
            setToken(entered);
          }}
        />
      </main>
    );
  }

  async function open(number: string) {
    try {
      setSelected(await api!.getOrder(number));
    } catch (error) {
      fail(error);
    }
  }

  async function advance(order: Order) {
    const next = nextOrderStatus(order.status);
    if (!next) return;
    setBusy(true);
    try {
      const moved = await api!.moveOrder(order.number, next, actor);
      setSelected(moved);
      setOrders((list) => list && list.map((o) => (o.number === moved.number ? { ...o, status: moved.status } : o)));
      setProblem(null);
    } catch (error) {
      fail(error);
      // Someone else may have moved it: show where it really is.
      if (error instanceof ProductionApiError && error.status === 409) void open(order.number);
    } finally {
      setBusy(false);
    }
  }

  async function downloadCsv(by: 'order' | 'sku') {
    try {
      const blob = await api!.billOfMaterialsCsv(csvDate, by);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `bom-${csvDate}-by-${by}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (error) {
      fail(error);
    }
  }

  return (
    <main id="main" className="page production" tabIndex={-1}>
      <div className="production__bar">
        <h1 className="step__title">{t('prod.title')}</h1>
        <button
          type="button"
          className="button"
          onClick={() => {
            storeProductionToken(null);
            setToken(null);
            setSelected(null);
          }}
        >
          {t('prod.forgetToken')}
        </button>
      </div>
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      <div className="production__csv">
        <label>
          {t('prod.partsFor')}
          <input type="date" value={csvDate} onChange={(e) => setCsvDate(e.target.value)} />
        </label>
        <button type="button" className="button" onClick={() => void downloadCsv('order')} disabled={!csvDate}>
          {t('prod.csvPerOrder')}
        </button>
        <button type="button" className="button" onClick={() => void downloadCsv('sku')} disabled={!csvDate}>
          {t('prod.csvPerSku')}
        </button>
      </div>
      <div className="production__layout">
        <OrderList orders={orders} filter={filter} onFilter={setFilter} selected={selected?.number ?? null} onSelect={(number) => void open(number)} />
        {selected && <OrderDetail order={selected} busy={busy} onAdvance={(order) => void advance(order)} loadPicture={api.orderPicture} />}
      </div>
    </main>
  );
}

function sessionStorageItem(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function sessionStorageSet(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // Blocked: the name lasts as long as the page.
  }
}
