import type { OrderSpecChoice } from '../../domain/order-spec.ts';
import { useT } from '../i18n/i18n.ts';

/** A sealed spec's choices as a definition list (the done page, the quote, production's order). */
export function SpecChoices({ choices, className }: { choices: readonly OrderSpecChoice[]; className?: string }) {
  const t = useT();
  return (
    <dl className={className ? `choices ${className}` : 'choices'}>
      {choices.map((choice) => (
        <div key={choice.groupId} className="choices__row">
          <dt>{choice.group}</dt>
          <dd>{choice.labels.length > 0 ? choice.labels.join(', ') : t('done.none')}</dd>
        </div>
      ))}
    </dl>
  );
}
