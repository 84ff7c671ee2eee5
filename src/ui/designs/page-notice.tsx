import { useViewStore } from '../../app/view-store.ts';
import { useT } from '../i18n/i18n.ts';
import './designs.css';

/** What happened when a shared or saved design was opened, at the top of the page until dismissed. */
export function PageNotice() {
  const notice = useViewStore((state) => state.notice);
  const dismiss = useViewStore((state) => state.dismissNotice);
  const t = useT();
  if (!notice) return null;
  return (
    <div role="status" className="page-notice">
      <div className="page-notice__text">
        <p className="page-notice__title">{notice.title}</p>
        {notice.notes.length > 0 && (
          <ul className="page-notice__notes">
            {notice.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="button button--small" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
