import type { Catalog } from '../../domain/catalog-schema.ts';
import { describeChoice } from '../i18n/describe-choice.ts';
import type { Change } from '../../domain/option-availability.ts';
import { findGroup } from '../../domain/selections.ts';
import { useFlow } from '../flow-context.tsx';
import { translate, useT } from '../i18n/i18n.ts';

/** "Set Width to 180 cm", "Choose Dual motor for Motor" — what one change does, in words. */
export function describeChange(catalog: Catalog, change: Change): string {
  const group = findGroup(catalog, change.groupId);
  if (!group) return change.groupId;
  const value = describeChoice(group, change.value);
  const label = group.label.toLowerCase();
  switch (group.kind) {
    case 'number':
      return translate('fix.setTo', { group: label, value });
    case 'single':
      return translate('fix.switchTo', { value });
    case 'multi':
      return translate('fix.changeTo', { group: label, value });
    case 'text':
      return value === translate('value.none') ? translate('fix.clear', { group: label }) : translate('fix.setTo', { group: label, value });
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One click applies a fix — one or more changes together — and optionally the choice it unblocks. */
export function FixButton({ fix, then }: { fix: readonly Change[]; then?: { change: Change; label: string } }) {
  const { snapshot, send } = useFlow();
  const t = useT();
  const catalog = snapshot.context.catalog;
  if (!catalog || fix.length === 0) return null;
  const described = fix.map((change) => describeChange(catalog, change));
  const label =
    capitalise(described.length > 1 ? `${described.slice(0, -1).join(', ')}${t('fix.joinLast')}${described.at(-1)}` : described[0]!) +
    (then ? t('fix.andChoose', { value: then.label }) : '');
  return (
    <button type="button" className="button button--small button--fix" onClick={() => send({ type: 'APPLY_FIX', changes: then ? [...fix, then.change] : fix })}>
      {label}
    </button>
  );
}
