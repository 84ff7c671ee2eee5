import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n/i18n.ts';

/** Asks production staff for the service's token (and a name for the order history). */
export function TokenForm({ onSubmit, problem }: { onSubmit: (token: string, actor: string) => void; problem: string | null }) {
  const id = useId();
  const t = useT();
  const [token, setToken] = useState('');
  const [actor, setActor] = useState('');
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (token.trim()) onSubmit(token.trim(), actor.trim());
  }
  return (
    <form className="production__token" onSubmit={submit}>
      <p>{t('prod.tokenIntro')}</p>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <label htmlFor={`${id}-token`}>{t('prod.token')}</label>
      <input id={`${id}-token`} type="password" autoComplete="off" required value={token} onChange={(e) => setToken(e.target.value)} />
      <label htmlFor={`${id}-actor`}>{t('prod.actor')}</label>
      <input id={`${id}-actor`} autoComplete="name" maxLength={100} value={actor} onChange={(e) => setActor(e.target.value)} />
      <button type="submit" className="button button--primary">
        {t('prod.showOrders')}
      </button>
    </form>
  );
}
