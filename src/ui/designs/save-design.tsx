import { useId, useState, type FormEvent } from 'react';
import type { Catalog } from '../../domain/catalog-schema.ts';
import type { Selections } from '../../domain/selections.ts';
import type { AppProblem } from '../../app/app-problems.ts';
import { browserSavedDesigns, MAX_DESIGN_NAME, type SavedDesigns } from '../../app/saved-designs.ts';
import { formatDayMonth } from '../format.ts';
import { useT } from '../i18n/i18n.ts';
import { appProblemText } from '../i18n/problem-text.ts';
import './designs.css';

interface SaveDesignProps {
  readonly catalog: Catalog;
  readonly choices: Selections;
  readonly now: () => Date;
  readonly designs?: SavedDesigns;
}

/** Saves the design under a name in this browser; a name in use gets a number, nothing is overwritten. */
export function SaveDesign({ catalog, choices, now, designs = browserSavedDesigns() }: SaveDesignProps) {
  const inputId = useId();
  const t = useT();
  const [name, setName] = useState(() => t('save.defaultName', { product: catalog.name, date: formatDayMonth(now()) }));
  // What saving did, worded at render so it follows a change of language.
  const [status, setStatus] = useState<{ saved: string; renamed: boolean } | { problem: AppProblem } | null>(null);

  function save(event: FormEvent) {
    event.preventDefault();
    // An empty name saves under "My design", in the shopper's language.
    const given = name.trim() || t('save.untitled');
    const result = designs.save({ name: given, catalogId: catalog.id, catalogVersion: catalog.version, choices });
    if (!result.ok) {
      setStatus({ problem: result.problem });
      return;
    }
    setStatus({ saved: result.design.name, renamed: result.design.name !== given });
  }
  const statusText =
    status === null
      ? ''
      : 'problem' in status
        ? appProblemText(status.problem, t)
        : t(status.renamed ? 'save.savedRenamed' : 'save.saved', { name: status.saved });

  return (
    <form className="design-action design-action--save" onSubmit={save}>
      <label htmlFor={inputId} className="design-action__label">
        {t('save.label')}
      </label>
      <div className="design-action__row">
        <input
          id={inputId}
          className="design-action__name"
          type="text"
          value={name}
          maxLength={MAX_DESIGN_NAME}
          onChange={(e) => {
            setName(e.target.value);
            setStatus(null);
          }}
        />
        <button type="submit" className="button">
          {t('save.button')}
        </button>
      </div>
      {statusText && (
        <p role="status" className="design-action__status">
          {statusText}
        </p>
      )}
    </form>
  );
}
