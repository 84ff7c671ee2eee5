import { useState } from 'react';
import type { NumberGroup } from '../../domain/catalog-schema.ts';
import { ruleGroups } from '../../domain/rules.ts';
import { describeStepRuns, valueProblem } from '../../domain/selections.ts';
import { useFlow } from '../flow-context.tsx';
import { formatMoney, formatNumber } from '../format.ts';
import { useT } from '../i18n/i18n.ts';
import { valueProblemText } from '../i18n/value-problem-text.ts';
import { FixButton } from './fix-button.tsx';

export function NumberOption({ group }: { group: NumberGroup }) {
  const { send, view, snapshot } = useFlow();
  const catalog = snapshot.context.catalog;
  const value = view?.selections[group.id];
  // A refused draft keeps what was typed, not the words of its error: those follow the language (and the catalog's labels) at render.
  const [draft, setDraft] = useState<{ text: string; refused?: boolean } | null>(null);
  const t = useT();
  if (!view || !catalog || typeof value !== 'number') return null;

  const inputId = `number-${group.id}`;
  const allowed = view.availability.get(group.id)?.allowedNumbers;
  const restricted = allowed !== undefined && allowed.length < Math.round((group.max - group.min) / group.step) + 1;
  const conflicts = view.violations.filter((rule) => ruleGroups(rule).has(group.id));
  const select = (next: number) => send({ type: 'SELECT_OPTION', groupId: group.id, value: next });

  const parse = (text: string) => Number(text.replace(',', '.'));
  const refusal = (text: string) => (text.trim() === '' ? { empty: true as const } : valueProblem(group, parse(text)));
  const commitDraft = () => {
    if (!draft) return;
    if (refusal(draft.text)) {
      setDraft({ ...draft, refused: true });
      return;
    }
    setDraft(null);
    select(parse(draft.text));
  };
  const refused = draft?.refused ? refusal(draft.text) : undefined;
  const error = refused && ('empty' in refused ? t('number.enter', { group: group.label.toLowerCase() }) : valueProblemText(refused, t));

  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <div className="number-option">
      <div className="number-option__row">
        <input
          type="range"
          className="number-option__slider"
          min={group.min}
          max={group.max}
          step={group.step}
          value={value}
          aria-label={t('number.inUnit', { group: group.label, unit: group.unit })}
          aria-valuetext={`${formatNumber(value)} ${group.unit}`}
          aria-describedby={hintId}
          onChange={(event) => {
            setDraft(null);
            select(Number(event.currentTarget.value));
          }}
        />
        <span className="number-option__field">
          <label htmlFor={inputId} className="visually-hidden">
            {group.label} ({group.unit})
          </label>
          <input
            id={inputId}
            className="number-option__input"
            type="text"
            inputMode="decimal"
            value={draft ? draft.text : String(value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : hintId}
            onChange={(event) => setDraft({ text: event.currentTarget.value })}
            onBlur={commitDraft}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commitDraft();
              if (event.key === 'Escape') setDraft(null);
            }}
          />
          <span className="number-option__unit">{group.unit}</span>
        </span>
      </div>
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {t('number.stillUses', { error, value, unit: group.unit })}
        </p>
      )}
      <p className="number-option__hint" id={hintId}>
        {/* "1–8 pcs in steps of 1 pcs" says less than "1–8 pcs, whole numbers". */}
        {group.step === 1
          ? t('number.rangeWhole', { min: group.min, max: group.max, unit: group.unit })
          : t('number.range', { min: group.min, max: group.max, unit: group.unit, step: group.step })}
        {view.listed(group.pricePerUnit) > 0 &&
          t('number.perUnit', {
            price: formatMoney(view.listed(group.pricePerUnit), view.price.currency),
            unit: group.unit,
            from: group.priceFrom ?? group.min,
          })}
        .{restricted && allowed.length > 0 && <> {t('number.withOthers', { values: describeStepRuns(allowed, group.step), unit: group.unit })}</>}
      </p>
      {conflicts.length > 0 && (
        <div className="conflict" role="alert">
          <p className="conflict__message">{conflicts.map((rule) => rule.message).join(' ')}</p>
          <div className="conflict__fixes">
            {view.fixes.map((fix) => (
              <FixButton key={fix.groupId} fix={[fix]} />
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
