import { useSyncExternalStore } from 'react';
import { en, type MessageKey, type Messages, type PluralMessage } from './messages.en.ts';

/** The shop's languages: English (the default, and the fallback) and Spanish. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** The locale money, dates and numbers are formatted in, per language. */
export const INTL_LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', es: 'es-ES' };
/** Each language's name in itself, for the switch. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', es: 'Español' };

export const LANG_STORAGE_KEY = 'made-to-order:lang';

/** A language we have, from "es", "es-MX" or "ES"; undefined for anything else. */
export function parseLang(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined;
  const base = value.trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === base);
}

/** A share link's `l` parameter (see share-link.ts): it opens in the language it was shared in. Unknown values are ignored. */
export function linkLang(hash: string): Lang | undefined {
  const query = hash.split('?')[1];
  return query === undefined ? undefined : parseLang(new URLSearchParams(query.split('#')[0]).get('l'));
}

/** The language to start in: a share link's, else the one chosen before, else the browser's, else English. */
export function initialLang(): Lang {
  if (typeof window === 'undefined') return 'en';
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    // Storage blocked: fall through to the browser's language.
  }
  return linkLang(window.location.hash) ?? parseLang(stored) ?? parseLang(window.navigator.language) ?? 'en';
}

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface I18nState {
  readonly lang: Lang;
  readonly locale: string;
  readonly messages: Messages;
  readonly t: Translate;
}

function stateFor(lang: Lang, messages: Messages): I18nState {
  const locale = INTL_LOCALES[lang];
  // Made on first use: creating the first Intl object loads locale data, which would otherwise
  // hold up the entry's start (the first paint's texts need neither).
  let rules: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const t: Translate = (key, params) => {
    const message: string | PluralMessage = messages[key];
    const text = typeof message === 'string' ? message : pluralForm(message, (rules ??= new Intl.PluralRules(locale)), params?.count);
    return params ? interpolate(text, params, () => (numbers ??= new Intl.NumberFormat(locale))) : text;
  };
  return { lang, locale, messages, t };
}

function pluralForm(message: PluralMessage, rules: Intl.PluralRules, count: string | number | undefined): string {
  if (typeof count !== 'number') return message.other;
  const form = rules.select(count);
  return (form === 'zero' || form === 'one' || form === 'many' ? message[form] : undefined) ?? message.other;
}

/** `{name}` is replaced by the parameter; numbers are written the language's way (1.234,5 in Spanish). */
function interpolate(text: string, params: MessageParams, numbers: () => Intl.NumberFormat): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers().format(value) : value;
  });
}

let state = stateFor('en', en);
const listeners = new Set<() => void>();
let pending: Lang | undefined;

/** The current language's state, outside React (e.g. for format.ts). */
export function i18nState(): I18nState {
  return state;
}

/** Translates in the current language, outside React (components use `useT`). */
export const translate: Translate = (key, params) => state.t(key, params);

function publish(next: I18nState): void {
  state = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next.lang;
  for (const listener of listeners) listener();
}

/**
 * Switches the language: the Spanish table is a chunk of its own, loaded on first use, so the
 * entry carries English only. The choice is kept in this browser (`persist`, the default).
 */
export async function setLang(lang: Lang, { persist = true } = {}): Promise<void> {
  pending = lang;
  if (persist) {
    try {
      window.localStorage.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Storage blocked: the language holds for this visit only.
    }
  }
  const messages = lang === 'en' ? en : (await import('./messages.es.ts')).es;
  // Two quick switches: the last one wins, whichever table arrives first.
  if (pending === lang && state.lang !== lang) publish(stateFor(lang, messages));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current language and its `t`; components re-render when it changes. */
export function useI18n(): I18nState {
  return useSyncExternalStore(subscribe, i18nState, i18nState);
}

/** `t(key, params)` in the current language. */
export function useT(): Translate {
  return useI18n().t;
}

/** The current language, e.g. for links and the catalogs. */
export function useLang(): Lang {
  return useI18n().lang;
}
