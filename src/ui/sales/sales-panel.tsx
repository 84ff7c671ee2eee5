import { useId, useState, type FormEvent } from 'react';
import { createServerQuote, localQuoteNumber } from '../../app/quote-records.ts';
import { isManagerCode } from '../../app/sales-access.ts';
import { WHOLE_ORDER, type Discount } from '../../domain/apply-discounts.ts';
import { isoDateOf } from '../../domain/business-days.ts';
import { customerProblems, type CustomerField, type CustomerProblem } from '../../domain/customer-details.ts';
import { checkDiscountsFor } from '../../domain/discount-guardrails.ts';
import type { Catalog } from '../../domain/catalog-schema.ts';
import { buildOrderSpec, type OrderSpecCustomer } from '../../domain/order-spec.ts';
import { channelsOf } from '../../domain/pricing-terms.ts';
import { addCalendarDays } from '../../domain/quote-terms.ts';
import { sealSpec } from '../../domain/spec-integrity.ts';
import { useFlow } from '../flow-context.tsx';
import { useT, type Translate } from '../i18n/i18n.ts';
import { customerProblemText, discountProblemText } from '../i18n/problem-text.ts';
import { AuditList } from './audit-list.tsx';
import { SALES_TEXT } from './sales-texts.ts';

const t = SALES_TEXT.panel;

/** A message kept as how to word it, not as words: it is worded at render, so it follows a change of language. */
interface Message {
  readonly words: (translate: Translate) => string;
  readonly error: boolean;
}

/** Beside the configurator in sales mode: price terms, customer, discount, quote and notes. */
export function SalesPanel({ staff }: { staff: string }) {
  return (
    <section className="sales-panel" aria-labelledby="sales-panel-title">
      <h2 id="sales-panel-title">{t.title}</h2>
      <PriceTerms staff={staff} />
      <CustomerDetails />
      <DiscountForm staff={staff} />
      <QuoteForm staff={staff} />
      <div className="sales-section">
        <h3>{t.audit}</h3>
        <AuditList />
      </div>
    </section>
  );
}

function PriceTerms({ staff }: { staff: string }) {
  const { snapshot, send, view } = useFlow();
  const { catalog } = snapshot.context;
  const [refused, setRefused] = useState(false);
  if (!catalog || !view) return null;
  const terms = view.price.terms;
  function change(pricing: { channel?: string; country?: string }) {
    const event = { type: 'SET_PRICING' as const, pricing, by: { actor: staff, reason: '' } };
    const can = snapshot.can(event);
    setRefused(!can);
    if (can) send(event);
  }
  return (
    <fieldset className="sales-section sales-terms">
      <legend>{t.terms}</legend>
      <label className="sales-field">
        <span>{t.channel}</span>
        <select value={terms.list.channel} onChange={(event) => change({ channel: event.target.value })}>
          {channelsOf(catalog).map((channel) => (
            <option key={channel} value={channel}>
              {t.channels[channel] ?? channel}
            </option>
          ))}
        </select>
      </label>
      {catalog.markets.length > 0 && (
        <label className="sales-field">
          <span>{t.country}</span>
          <select value={terms.market?.country ?? ''} onChange={(event) => change({ country: event.target.value })}>
            <MarketOptions markets={catalog.markets} />
          </select>
        </label>
      )}
      {refused && (
        <p className="field-error" role="alert">
          {t.termsRefused}
        </p>
      )}
    </fieldset>
  );
}

/** The catalog's markets as a select menu's options, by country code. */
function MarketOptions({ markets }: { markets: Catalog['markets'] }) {
  return markets.map((market) => (
    <option key={market.country} value={market.country}>
      {market.name}
    </option>
  ));
}

/** The form control behind each field a customer problem can name. */
const FIELD_NAMES: Readonly<Record<CustomerField, string>> = {
  name: 'name',
  company: 'company',
  email: 'email',
  phone: 'phone',
  'address.line1': 'line1',
  'address.line2': 'line2',
  'address.postalCode': 'postalCode',
  'address.city': 'city',
  'address.country': 'country',
};

function CustomerDetails() {
  const { snapshot, send } = useFlow();
  const { catalog, extras, now } = snapshot.context;
  const customer = extras.customer;
  const [problems, setProblems] = useState<readonly CustomerProblem[]>([]);
  const [saved, setSaved] = useState(false);
  const id = useId();
  const words = useT();
  if (!catalog) return null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const hasAddress = ['line1', 'postalCode', 'city'].some((name) => text(name) !== '');
    const details: OrderSpecCustomer = {
      name: text('name'),
      ...(text('company') ? { company: text('company') } : {}),
      email: text('email'),
      ...(text('phone') ? { phone: text('phone') } : {}),
      ...(hasAddress
        ? {
            address: {
              line1: text('line1'),
              ...(text('line2') ? { line2: text('line2') } : {}),
              postalCode: text('postalCode'),
              city: text('city'),
              country: text('country'),
            },
          }
        : {}),
      consent: { orderFulfilment: form.get('consentOrder') === 'on', marketing: form.get('consentMarketing') === 'on', recordedAt: now().toISOString() },
    };
    const found = customerProblems(details);
    setProblems(found);
    setSaved(found.length === 0);
    if (found.length === 0) send({ type: 'SET_CUSTOMER', customer: details });
    // The first field at fault gets the focus, so it can be fixed at once (its message is its description).
    const first = found[0] && FIELD_NAMES[found[0].field];
    if (first) (event.currentTarget.elements.namedItem(first) as HTMLElement | null)?.focus();
  }

  const field = (name: string, key: CustomerField, label: string, props: { type?: string; autoComplete?: string; defaultValue?: string } = {}) => {
    const problem = problems.find((p) => p.field === key);
    return (
      <div className="sales-field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <input
          id={`${id}-${name}`}
          name={name}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete}
          defaultValue={props.defaultValue}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-${name}-error` : undefined}
        />
        {problem && (
          <span className="field-error" id={`${id}-${name}-error`}>
            {customerProblemText(problem, words)}
          </span>
        )}
      </div>
    );
  };

  return (
    <form className="sales-section sales-customer" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.customer}</h3>
      {problems.length > 0 && (
        <p className="field-error" role="alert">
          {t.fixErrors(problems.length)}
        </p>
      )}
      <div className="sales-grid">
        {field('name', 'name', t.name, { autoComplete: 'off', defaultValue: customer?.name })}
        {field('company', 'company', t.company, { autoComplete: 'off', defaultValue: customer?.company })}
        {field('email', 'email', t.email, { type: 'email', autoComplete: 'off', defaultValue: customer?.email })}
        {field('phone', 'phone', t.phone, { type: 'tel', autoComplete: 'off', defaultValue: customer?.phone })}
      </div>
      {/* The address is optional as a whole; once started, it needs street, postal code, city and country. */}
      <fieldset className="sales-address" aria-describedby={`${id}-address-hint`}>
        <legend>{t.address}</legend>
        <p className="sales-hint" id={`${id}-address-hint`}>
          {t.addressHint}
        </p>
        <div className="sales-grid">
          {field('line1', 'address.line1', t.line1, { defaultValue: customer?.address?.line1 })}
          {field('line2', 'address.line2', t.line2, { defaultValue: customer?.address?.line2 })}
          {field('postalCode', 'address.postalCode', t.postalCode, { defaultValue: customer?.address?.postalCode })}
          {field('city', 'address.city', t.city, { defaultValue: customer?.address?.city })}
          <label className="sales-field">
            <span>{t.addressCountry}</span>
            <select name="country" defaultValue={customer?.address?.country ?? snapshot.context.pricing.country ?? catalog.markets[0]?.country ?? ''}>
              <MarketOptions markets={catalog.markets} />
            </select>
          </label>
        </div>
      </fieldset>
      <label className="sales-check">
        <input type="checkbox" name="consentOrder" defaultChecked={customer?.consent.orderFulfilment} /> {t.consentOrder}
      </label>
      <label className="sales-check">
        <input type="checkbox" name="consentMarketing" defaultChecked={customer?.consent.marketing} /> {t.consentMarketing}
      </label>
      <button type="submit" className="button">
        {t.saveCustomer}
      </button>
      <p role="status" className="sales-status">
        {saved && customer ? t.customerSaved : ''}
      </p>
    </form>
  );
}

function DiscountForm({ staff }: { staff: string }) {
  const { snapshot, send, view } = useFlow();
  const { catalog, choices, pricing, extras } = snapshot.context;
  const [message, setMessage] = useState<Message | null>(null);
  const id = useId();
  const words = useT();
  if (!catalog || !view) return null;
  const lines = view.price.lines.filter((line) => line.amount > 0);
  const labelOf = (target: string) => (target === WHOLE_ORDER ? t.wholeOrder.toLowerCase() : (lines.find((l) => l.id === target)?.label ?? target));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const discount: Discount = { target: String(form.get('target')), percent: Number(String(form.get('percent')).replace(',', '.')) };
    const by = { actor: staff, reason: String(form.get('reason') ?? '').trim() };
    const code = String(form.get('managerCode') ?? '');
    if (!catalog) return;
    const next = [...extras.discounts.filter((d) => d.target !== discount.target), discount];
    let approval: 'staff' | 'manager' = 'staff';
    const alone = checkDiscountsFor(catalog, choices, pricing, next, 'staff');
    if (!alone.ok) {
      if (!alone.needsManager) return setMessage({ words: (tr) => discountProblemText(alone.problem, tr), error: true });
      if (!code.trim()) return setMessage({ words: () => t.needsManager, error: true });
      if (!(await isManagerCode(code))) return setMessage({ words: () => t.wrongManagerCode, error: true });
      const withManager = checkDiscountsFor(catalog, choices, pricing, next, 'manager');
      if (!withManager.ok) return setMessage({ words: (tr) => discountProblemText(withManager.problem, tr), error: true });
      approval = 'manager';
    }
    const setDiscount = { type: 'SET_DISCOUNT' as const, discount, by, approval };
    if (!snapshot.can(setDiscount)) return setMessage({ words: () => (by.reason ? t.needsManager : t.needsReason), error: true });
    send(setDiscount);
    const codeInput = formElement.elements.namedItem('managerCode');
    if (codeInput instanceof HTMLInputElement) codeInput.value = '';
    setMessage({ words: () => t.discountApplied(discount.percent, labelOf(discount.target)), error: false });
  }

  return (
    <form className="sales-section sales-discount" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.discount}</h3>
      <p className="sales-hint">{t.guardrails(catalog.sales.freeDiscountPercent, catalog.sales.managerDiscountPercent)}</p>
      <div className="sales-grid">
        <label className="sales-field">
          <span>{t.target}</span>
          <select name="target" defaultValue={WHOLE_ORDER}>
            <option value={WHOLE_ORDER}>{t.wholeOrder}</option>
            {lines.map((line) => (
              <option key={line.id} value={line.id}>
                {line.label}
              </option>
            ))}
          </select>
        </label>
        <label className="sales-field">
          <span>{t.percent}</span>
          <input name="percent" inputMode="decimal" autoComplete="off" />
        </label>
        <label className="sales-field sales-field--wide">
          <span>{t.reason}</span>
          <input name="reason" autoComplete="off" maxLength={500} />
        </label>
        <label className="sales-field">
          <span>{t.managerCode}</span>
          <input name="managerCode" type="password" autoComplete="off" maxLength={32} />
        </label>
      </div>
      <button type="submit" className="button">
        {t.applyDiscount}
      </button>
      <p role="status" className={message?.error ? 'field-error sales-status' : 'sales-status'} data-testid="discount-message">
        {message?.words(words) ?? ''}
      </p>
      {extras.discounts.length > 0 && (
        <>
          <h4>{t.given}</h4>
          <ul className="sales-list">
            {extras.discounts.map((discount) => (
              <li key={discount.target}>
                {discount.percent}% · {labelOf(discount.target)}{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => send({ type: 'REMOVE_DISCOUNT', target: discount.target, by: { actor: staff, reason: t.removedReason } })}
                >
                  {t.removeDiscount}
                  <span className="visually-hidden"> {labelOf(discount.target)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </form>
  );
}

function QuoteForm({ staff }: { staff: string }) {
  const { snapshot, send } = useFlow();
  const { catalog, extras, now, choices, pricing } = snapshot.context;
  const today = isoDateOf(now());
  const [validUntil, setValidUntil] = useState(() => extras.quote?.validUntil ?? addCalendarDays(today, catalog?.sales.quoteValidityDays ?? 30));
  const [problem, setProblem] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const words = useT();
  if (!catalog) return null;
  const latest = addCalendarDays(today, catalog.sales.quoteValidityDays);

  async function prepare() {
    if (!catalog) return;
    if (!extras.customer) return setProblem({ words: () => t.cannotPrepare, error: true });
    setBusy(true);
    setProblem(null);
    let number = extras.quote?.number;
    if (!number) {
      // The order service numbers quotes; it gets the design first, then the final quote under that number.
      const at = now();
      const draft = buildOrderSpec(catalog, choices, { now: at.toISOString(), today: isoDateOf(at) }, pricing, { ...extras, quote: null });
      number = (draft.ok ? await createServerQuote(await sealSpec(draft.spec, catalog)) : null) ?? localQuoteNumber(at);
    }
    setBusy(false);
    const setQuote = { type: 'SET_QUOTE' as const, quote: { number, validUntil, preparedBy: extras.quote?.preparedBy ?? staff } };
    if (!snapshot.can(setQuote)) return setProblem({ words: () => t.validityRange(today, latest), error: true });
    send(setQuote);
    send({ type: 'CONFIRM' });
  }

  return (
    <div className="sales-section sales-quote">
      <h3 id={`${id}-title`}>{t.quote}</h3>
      <p>
        {t.quoteNumber}: <strong>{extras.quote?.number ?? '—'}</strong>
        <br />
        <span className="sales-hint">{t.quoteNumberHint}</span>
      </p>
      <label className="sales-field">
        <span>{t.validUntil}</span>
        <input type="date" value={validUntil} min={today} max={latest} onChange={(event) => setValidUntil(event.target.value)} />
      </label>
      <label className="sales-field sales-field--wide">
        <span>{t.notes}</span>
        <textarea
          rows={3}
          defaultValue={extras.notes}
          maxLength={10_000}
          onBlur={(event) => send({ type: 'SET_NOTES', notes: event.target.value })}
          aria-describedby={`${id}-notes-hint`}
        />
        <span className="sales-hint" id={`${id}-notes-hint`}>
          {t.notesHint}
        </span>
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {problem.words(words)}
        </p>
      )}
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void prepare()}>
        {busy ? t.preparing : t.prepare}
      </button>
    </div>
  );
}
