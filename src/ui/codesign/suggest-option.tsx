import { useEffect, useId, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import type { AppProblem } from '../../app/app-problems.ts';
import { useCodesignView } from '../../app/codesign-view-store.ts';
import { addSuggestion, suggestionBoard, suggestionsFor, upvoteSuggestion, votedIds } from '../../app/suggestion-board.ts';
import { MAX_REQUEST_TEXT, type OptionRequest } from '../../domain/option-requests.ts';
import { useFlow } from '../flow-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { appProblemText } from '../i18n/problem-text.ts';
import { CODESIGN_TEXT } from './codesign-texts.ts';
import './codesign.css';

const t = CODESIGN_TEXT.suggest;

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `s-${Date.now().toString(36)}`;
}

/** "Suggest an option" on a configurator step: the customer proposes what the catalog lacks, and votes on others' ideas. */
export function SuggestOption({ groupId }: { groupId: string }) {
  const { snapshot, send } = useFlow();
  const { catalog, now } = snapshot.context;
  const open = useCodesignView((state) => state.suggestOpenFor === groupId);
  const toggle = useCodesignView((state) => state.toggleSuggest);
  const stored = useSyncExternalStore(suggestionBoard.subscribe, suggestionBoard.list, suggestionBoard.list);
  // Kept as what happened, worded at render so it follows a change of language.
  const [message, setMessage] = useState<'empty' | 'added' | { problem: AppProblem } | null>(null);
  const [voted, setVoted] = useState(() => votedIds());
  const id = useId();
  const words = useT();
  // Opening the panel with its button puts the cursor in the text field (not when it is restored open).
  const textRef = useRef<HTMLTextAreaElement>(null);
  const focusOnOpen = useRef(false);
  useEffect(() => {
    if (!open || !focusOnOpen.current) return;
    focusOnOpen.current = false;
    textRef.current?.focus();
  }, [open]);
  if (!catalog) return null;
  const suggestions = stored.length >= 0 ? suggestionsFor(catalog.id) : [];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!catalog) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = String(data.get('text') ?? '').trim();
    const file = data.get('reference');
    if (!text) return setMessage('empty');
    const request: OptionRequest = {
      id: newId(),
      groupId,
      text,
      reference: file instanceof File && file.name ? file.name.slice(0, 200) : null,
      createdAt: now().toISOString(),
    };
    send({ type: 'ADD_REQUEST', request });
    const problem = addSuggestion(catalog.id, request);
    setVoted(votedIds());
    setMessage(problem ? { problem } : 'added');
    form.reset();
  }

  function vote(suggestionId: string) {
    if (voted.has(suggestionId)) return;
    const problem = upvoteSuggestion(suggestionId);
    setVoted(votedIds());
    if (problem) setMessage({ problem });
  }

  return (
    <div className="suggest">
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => {
          focusOnOpen.current = !open;
          toggle(groupId);
        }}
      >
        {t.open}
      </button>
      <div id={`${id}-panel`} hidden={!open} className="suggest__panel">
        <form onSubmit={submit} aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`} className="suggest__title">
            {t.title}
          </h2>
          <label className="suggest__field">
            <span>{t.what}</span>
            <textarea ref={textRef} name="text" rows={3} maxLength={MAX_REQUEST_TEXT} />
          </label>
          <label className="suggest__field">
            <span>{t.reference}</span>
            <input name="reference" type="file" accept="image/*,.pdf" />
          </label>
          <button type="submit" className="button">
            {t.submit}
          </button>
          <p role="status" className={message === 'added' || message === null ? 'suggest__status' : 'field-error'}>
            {message === null ? '' : message === 'empty' ? t.empty : message === 'added' ? t.added : appProblemText(message.problem, words)}
          </p>
          <p className="suggest__privacy">
            {t.privacy} <a href="#/your-data">{t.yourData}</a>
          </p>
        </form>
        {suggestions.length > 0 && (
          <section aria-labelledby={`${id}-list`}>
            <h3 id={`${id}-list`} className="suggest__title">
              {t.listTitle(catalog.name.toLowerCase())}
            </h3>
            <ul className="suggest__list">
              {suggestions.map((suggestion) => (
                <li key={suggestion.id}>
                  <span>
                    {suggestion.text}
                    {suggestion.reference && <span className="suggest__reference"> ({suggestion.reference})</span>}
                  </span>
                  <span className="suggest__votes">{t.votes(suggestion.votes)}</span>
                  <button
                    type="button"
                    className="button button--small"
                    // aria-disabled, not disabled: the button keeps the keyboard focus once pressed.
                    aria-disabled={voted.has(suggestion.id) || undefined}
                    onClick={() => vote(suggestion.id)}
                    aria-label={`${voted.has(suggestion.id) ? t.voted : t.vote}: ${suggestion.text.slice(0, 60)}`}
                  >
                    {voted.has(suggestion.id) ? t.voted : t.vote}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
