import type { AuditEntry } from '../../domain/audit-trail.ts';
import { useFlow } from '../flow-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { SALES_TEXT } from './sales-texts.ts';

/** The audit trail: who changed which price, when and why (the entries' own words are the spec's, in its language). */
export function AuditList({ audit }: { audit?: readonly AuditEntry[] }) {
  const { snapshot } = useFlow();
  const t = useT();
  const entries = audit ?? snapshot.context.extras.audit;
  if (entries.length === 0) return <p>{SALES_TEXT.panel.noAudit}</p>;
  return (
    <ol className="audit-list" data-testid="audit-trail">
      {entries.map((entry, index) => (
        <li key={index}>
          <time dateTime={entry.at}>{entry.at.slice(0, 16).replace('T', ' ')} UTC</time> · {entry.actor}: {entry.detail}
          {entry.approval === 'manager' && t('sales.audit.managerApproved')}
          {entry.reason && <> · “{entry.reason}”</>}
        </li>
      ))}
    </ol>
  );
}
