import type { Catalog, MultiGroup, OptionValue, SingleGroup } from '../../domain/catalog-schema.ts';
import type { Blocked } from '../../domain/option-availability.ts';
import { multiValues } from '../../domain/selections.ts';
import { useFlow } from '../flow-context.tsx';
import { formatDelta } from '../format.ts';
import { useT } from '../i18n/i18n.ts';
import { FixButton } from './fix-button.tsx';

export function SingleOptions({ group }: { group: SingleGroup }) {
  const { send, view, snapshot } = useFlow();
  const catalog = snapshot.context.catalog;
  if (!view || !catalog) return null;
  const selected = view.selections[group.id];
  const blocked = view.availability.get(group.id)?.blockedValues;
  return (
    <div role="radiogroup" aria-labelledby="step-title" className="options">
      {group.values.map((value) => (
        <OptionCard
          key={value.id}
          catalog={catalog}
          groupId={group.id}
          value={value}
          type="radio"
          checked={selected === value.id}
          blocked={blocked?.get(value.id)}
          choice={value.id}
          onChange={() => send({ type: 'SELECT_OPTION', groupId: group.id, value: value.id })}
        />
      ))}
    </div>
  );
}

export function MultiOptions({ group }: { group: MultiGroup }) {
  const { send, view, snapshot } = useFlow();
  const t = useT();
  const catalog = snapshot.context.catalog;
  if (!view || !catalog) return null;
  const chosen = multiValues(group, view.selections[group.id]);
  const blocked = view.availability.get(group.id)?.blockedValues;
  const max = group.maxCount ?? group.values.length;
  const toggle = (id: string) =>
    send({ type: 'SELECT_OPTION', groupId: group.id, value: chosen.includes(id) ? chosen.filter((v) => v !== id) : multiValues(group, [...chosen, id]) });
  return (
    <fieldset className="options">
      <legend className="visually-hidden">{group.label}</legend>
      {(group.minCount > 0 || max < group.values.length) && (
        <p className="options__limits">{group.minCount > 0 ? t('option.limits.range', { min: group.minCount, max }) : t('option.limits.max', { max })}</p>
      )}
      {group.values.map((value) => {
        const checked = chosen.includes(value.id);
        return (
          <OptionCard
            key={value.id}
            catalog={catalog}
            groupId={group.id}
            value={value}
            type="checkbox"
            checked={checked}
            blocked={checked ? undefined : blocked?.get(value.id)}
            choice={multiValues(group, [...chosen, value.id])}
            disabledByCount={!checked && chosen.length >= max}
            onChange={() => toggle(value.id)}
          />
        );
      })}
    </fieldset>
  );
}

interface OptionCardProps {
  readonly catalog: Catalog;
  readonly groupId: string;
  readonly value: OptionValue;
  readonly type: 'radio' | 'checkbox';
  readonly checked: boolean;
  readonly blocked: Blocked | undefined;
  /** The group's value if this option is picked (used by fixes that also pick it). */
  readonly choice: string | string[];
  readonly disabledByCount?: boolean;
  readonly onChange: () => void;
}

function OptionCard({ catalog, groupId, value, type, checked, blocked, choice, disabledByCount, onChange }: OptionCardProps) {
  const { view } = useFlow();
  const t = useT();
  const leadDelta = view?.leadTimeDeltas.get(`${groupId}/${value.id}`);
  const inputId = `option-${groupId}-${value.id}`;
  const reasonId = `${inputId}-reason`;
  const leadDays = Math.max(0, ...value.components.map((ref) => catalog.components.find((c) => c.id === ref.component)?.leadTimeDays ?? 0));
  const disabled = !!blocked || !!disabledByCount;
  return (
    <div className={`option${checked ? ' option--checked' : ''}${disabled ? ' option--disabled' : ''}`}>
      <label className="option__main" htmlFor={inputId}>
        <input
          id={inputId}
          className="option__input"
          type={type}
          name={groupId}
          value={value.id}
          checked={checked}
          disabled={disabled}
          aria-describedby={blocked ? reasonId : undefined}
          onChange={onChange}
        />
        {value.appearance && (
          <span className={`swatch swatch--${value.appearance.finish ?? 'matte'}`} style={{ backgroundColor: value.appearance.color }} aria-hidden="true" />
        )}
        <span className="option__text">
          <span className="option__label">{value.label}</span>
          {value.description && <span className="option__description">{value.description}</span>}
          {(leadDays > 0 || !!leadDelta) && (
            <span className="option__lead">
              {leadDays > 0 && t('option.daysToMake', { count: leadDays })}
              {leadDelta !== undefined && leadDelta !== 0 && (
                <strong className={leadDelta > 0 ? 'option__later' : 'option__sooner'}>
                  {leadDays > 0 && ' · '}
                  {t(leadDelta > 0 ? 'option.shipsLater' : 'option.shipsSooner', { count: Math.abs(leadDelta) })}
                </strong>
              )}
            </span>
          )}
        </span>
        <span className="option__price">{view && formatDelta(view.listed(value.price), view.price.currency)}</span>
      </label>
      {blocked && (
        <div className="option__blocked" id={reasonId}>
          <p className="option__reason">
            <span className="visually-hidden">{t('option.notAvailable')}</span>
            {blocked.rules.map((rule) => rule.message).join(' ')}
            {blocked.conflict && blocked.conflict.length > 0 && (
              <span className="option__conflict">
                {t('option.because', {
                  groups: blocked.conflict.map((id) => catalog.groups.find((g) => g.id === id)?.label.toLowerCase() ?? id).join(t('option.and')),
                })}
              </span>
            )}
          </p>
          <FixButton fix={blocked.fix} then={{ change: { groupId, value: choice }, label: value.label }} />
        </div>
      )}
      {disabledByCount && <p className="option__reason">{t('option.atMost')}</p>}
    </div>
  );
}
