import { useId, useState } from 'react';
import { useFlow } from '../flow-context.tsx';
import { useT } from '../i18n/i18n.ts';

/**
 * Where the order goes and how many: the country sets the currency, the VAT and the delivery
 * window; the quantity can reach the catalog's volume tiers. Both are part of the order, so they
 * go through the flow machine (SET_PRICING).
 */
export function PricingControls() {
  const { snapshot, send, view } = useFlow();
  const catalog = snapshot.context.catalog;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const t = useT();
  if (!catalog || !view) return null;
  const { terms } = view.price;
  const max = catalog.maxQuantity;
  const quantity = terms.quantity;
  const setQuantity = (next: number) => {
    setDraft(null);
    send({ type: 'SET_PRICING', pricing: { quantity: Math.min(max, Math.max(1, next)) } });
  };
  const typed = draft === null ? undefined : Number(draft);
  const draftError = draft !== null && (draft === '' || !Number.isInteger(typed) || typed! < 1 || typed! > max) ? t('pricing.wholeNumber', { max }) : undefined;
  const nextTier = catalog.quantityTiers.find((tier) => tier.from > quantity);

  return (
    <div className="pricing-controls">
      {catalog.markets.length > 0 && (
        <div className="pricing-controls__field">
          <label htmlFor={`${id}-country`}>{t('pricing.deliverTo')}</label>
          <select
            id={`${id}-country`}
            value={terms.market?.country ?? ''}
            onChange={(event) => send({ type: 'SET_PRICING', pricing: { country: event.currentTarget.value } })}
          >
            {catalog.markets.map((market) => (
              <option key={market.country} value={market.country}>
                {market.name} ({market.currency})
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="pricing-controls__field">
        <label htmlFor={`${id}-quantity`}>{t('pricing.howMany')}</label>
        <span className="pricing-controls__stepper">
          <button
            type="button"
            className="button button--small"
            aria-label={t('pricing.fewer')}
            disabled={quantity <= 1}
            onClick={() => setQuantity(quantity - 1)}
          >
            −
          </button>
          <input
            id={`${id}-quantity`}
            type="number"
            inputMode="numeric"
            min={1}
            max={max}
            step={1}
            value={draft ?? String(quantity)}
            aria-invalid={draftError ? true : undefined}
            aria-describedby={`${id}-quantity-hint${draftError ? ` ${id}-quantity-error` : ''}`}
            onChange={(event) => {
              const text = event.currentTarget.value;
              const value = Number(text);
              if (text !== '' && Number.isInteger(value) && value >= 1 && value <= max) setQuantity(value);
              else setDraft(text);
            }}
            onBlur={() => setDraft(null)}
          />
          <button
            type="button"
            className="button button--small"
            aria-label={t('pricing.more')}
            disabled={quantity >= max}
            onClick={() => setQuantity(quantity + 1)}
          >
            +
          </button>
        </span>
      </div>
      <p className="pricing-controls__hint" id={`${id}-quantity-hint`}>
        {terms.tier ? t('pricing.tierOff', { percent: Math.abs(terms.tier.percent), from: terms.tier.from }) : ''}
        {nextTier && t('pricing.nextTier', { from: nextTier.from, percent: Math.abs(nextTier.percent) })}
      </p>
      {draftError && (
        <p className="field-error" id={`${id}-quantity-error`} role="alert">
          {t('pricing.stillFor', { error: draftError, quantity })}
        </p>
      )}
    </div>
  );
}
