import { useState } from 'react';
import type { TextGroup } from '../../domain/catalog-schema.ts';
import { valueProblem } from '../../domain/selections.ts';
import { useFlow } from '../flow-context.tsx';
import { formatDelta } from '../format.ts';
import { useT } from '../i18n/i18n.ts';
import { valueProblemText } from '../i18n/value-problem-text.ts';

/** A free text such as an engraving: checked as typed, saved when valid, never lost when not. */
export function TextOption({ group }: { group: TextGroup }) {
  const { send, view, snapshot } = useFlow();
  const saved = view?.selections[group.id];
  const [draft, setDraft] = useState<string | null>(null);
  const t = useT();
  const catalog = snapshot.context.catalog;
  if (!view || !catalog || typeof saved !== 'string') return null;

  const text = draft ?? saved;
  const problem = draft === null ? undefined : valueProblem(group, draft);
  const error = problem && valueProblemText(problem, t);
  const inputId = `text-${group.id}`;
  const length = [...text].length;

  const update = (next: string) => {
    setDraft(next);
    if (valueProblem(group, next) === undefined) send({ type: 'SELECT_OPTION', groupId: group.id, value: next });
  };

  return (
    <div className="text-option">
      <label htmlFor={inputId} className="text-option__label">
        {group.label}
        {!group.required && <span className="text-option__optional">{t('text.optional')}</span>}
      </label>
      <input
        id={inputId}
        className="text-option__input"
        type="text"
        value={text}
        maxLength={group.maxLength * 2}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
        onChange={(event) => update(event.currentTarget.value)}
      />
      <p className="number-option__hint" id={`${inputId}-hint`}>
        {t('text.characters', { length, max: group.maxLength })}
        {view.listed(group.price) > 0 && t('text.whenFilled', { price: formatDelta(view.listed(group.price), view.price.currency) })}
        {group.leadTimeDays > 0 && t('text.addsDays', { count: group.leadTimeDays })}
      </p>
      {error && (
        <p className="field-error" id={`${inputId}-error`} role="alert">
          {saved === '' ? t('text.keepsNone', { error }) : t('text.keeps', { error, text: saved })}
        </p>
      )}
    </div>
  );
}
