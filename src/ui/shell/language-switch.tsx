import { useId } from 'react';
import { LANG_NAMES, LANGS, parseLang, setLang, useI18n } from '../i18n/i18n.ts';

/** English or Spanish: the UI, the catalogs' texts and the formats follow; kept in this browser. */
export function LanguageSwitch() {
  const { lang, t } = useI18n();
  const id = useId();
  return (
    <span className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('header.language')}
      </label>
      <select
        id={id}
        title={LANG_NAMES[lang]}
        className="language-switch__select"
        value={lang}
        onChange={(event) => {
          const next = parseLang(event.currentTarget.value);
          if (next) void setLang(next);
        }}
      >
        {LANGS.map((code) => (
          // Short codes keep the header on one line at phone width; the name is the tooltip.
          <option key={code} value={code} lang={code} title={LANG_NAMES[code]}>
            {code.toUpperCase()}
          </option>
        ))}
      </select>
    </span>
  );
}
