import type { Catalog } from '../../domain/catalog-schema.ts';
import { describeValue } from '../../domain/describe-selection.ts';
import type { Change } from '../../domain/option-availability.ts';
import { findGroup } from '../../domain/selections.ts';
import { useFlow } from '../flow-context.tsx';

/** "Set Width to 180 cm", "Choose Dual motor for Motor" — what one change does, in words. */
export function describeChange(catalog: Catalog, change: Change): string {
  const group = findGroup(catalog, change.groupId);
  if (!group) return change.groupId;
  const value = describeValue(group, change.value);
  switch (group.kind) {
    case 'number':
      return `set ${group.label.toLowerCase()} to ${value}`;
    case 'single':
      return `switch to ${value}`;
    case 'multi':
      return `change ${group.label.toLowerCase()} to ${value}`;
    case 'text':
      return value === 'none' ? `clear ${group.label.toLowerCase()}` : `set ${group.label.toLowerCase()} to ${value}`;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One click applies a fix (and optionally the choice it unblocks). */
export function FixButton({ fix, then }: { fix: Change; then?: { change: Change; label: string } }) {
  const { snapshot, send } = useFlow();
  const catalog = snapshot.context.catalog;
  if (!catalog) return null;
  const label = capitalise(describeChange(catalog, fix)) + (then ? ` and choose ${then.label}` : '');
  return (
    <button type="button" className="button button--small button--fix" onClick={() => send({ type: 'APPLY_FIX', changes: then ? [fix, then.change] : [fix] })}>
      {label}
    </button>
  );
}
