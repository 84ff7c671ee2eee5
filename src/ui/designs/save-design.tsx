import { useId, useState, type FormEvent } from 'react';
import type { Catalog } from '../../domain/catalog-schema.ts';
import type { Selections } from '../../domain/selections.ts';
import { browserSavedDesigns, MAX_DESIGN_NAME, type SavedDesigns } from '../../app/saved-designs.ts';
import { formatDayMonth } from '../format.ts';
import { useT } from '../i18n/i18n.ts';
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
  const [status, setStatus] = useState('');

  function save(event: FormEvent) {
    event.preventDefault();
    const result = designs.save({ name, catalogId: catalog.id, catalogVersion: catalog.version, choices });
    if (!result.ok) {
      setStatus(result.message);
      return;
    }
    const renamed = result.design.name !== name.trim();
    setStatus(t(renamed ? 'save.savedRenamed' : 'save.saved', { name: result.design.name }));
  }

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
            setStatus('');
          }}
        />
        <button type="submit" className="button">
          {t('save.button')}
        </button>
      </div>
      {status && (
        <p role="status" className="design-action__status">
          {status}
        </p>
      )}
    </form>
  );
}
