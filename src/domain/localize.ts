import type { Catalog, CatalogSource, LocalizedText } from './catalog-schema.ts';

/** The text in `locale`, else in the language's base (es-MX → es), else the catalog's first locale, else English, else any. */
export function localizeText(text: LocalizedText, locale: string, fallback = 'en'): string {
  if (typeof text === 'string') return text;
  const base = locale.split('-')[0] ?? locale;
  return text[locale] ?? text[base] ?? text[fallback] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** The catalog with every text in one language; everything else is shared, not copied. */
export function localizeCatalog(source: CatalogSource, locale: string): Catalog {
  const t = (text: LocalizedText) => localizeText(text, locale, source.locales[0]);
  const maybe = (text: LocalizedText | undefined) => (text === undefined ? undefined : t(text));
  return {
    ...source,
    locale,
    name: t(source.name),
    description: t(source.description),
    components: source.components.map((component) => ({ ...component, name: t(component.name) })),
    groups: source.groups.map((group) => {
      const texts = { label: t(group.label), help: maybe(group.help) };
      if (group.kind === 'single' || group.kind === 'multi') {
        return { ...group, ...texts, values: group.values.map((value) => ({ ...value, label: t(value.label), description: maybe(value.description) })) };
      }
      return { ...group, ...texts };
    }) as Catalog['groups'],
    rules: source.rules.map((rule) =>
      rule.kind === 'default' ? { ...rule, message: maybe(rule.message) } : { ...rule, message: t(rule.message) },
    ) as Catalog['rules'],
    priceRules: source.priceRules.map((rule) => ({ ...rule, label: t(rule.label) })),
    leadTimeRules: source.leadTimeRules.map((rule) => ({ ...rule, label: t(rule.label) })),
    priceLists: source.priceLists.map((list) => ({ ...list, label: t(list.label) })),
    markets: source.markets.map((market) => ({ ...market, name: t(market.name), taxLabel: maybe(market.taxLabel), taxNote: maybe(market.taxNote) })),
  };
}

/**
 * Where a catalog's texts lack one of its declared locales, as [path, missing locale] pairs
 * (a plain string counts as untranslated when more than one locale is declared).
 */
export function missingTranslations(source: CatalogSource): { path: (string | number)[]; locale: string }[] {
  const missing: { path: (string | number)[]; locale: string }[] = [];
  const check = (text: LocalizedText | undefined, path: (string | number)[]) => {
    if (text === undefined) return;
    for (const locale of source.locales) {
      // A plain string is taken to be in the first (fallback) locale; the others lack it.
      if (typeof text === 'string' ? locale !== source.locales[0] : typeof text[locale] !== 'string') missing.push({ path, locale });
    }
  };
  check(source.name, ['name']);
  check(source.description, ['description']);
  source.components.forEach((c, i) => check(c.name, ['components', i, 'name']));
  source.groups.forEach((group, g) => {
    check(group.label, ['groups', g, 'label']);
    check(group.help, ['groups', g, 'help']);
    if (group.kind === 'single' || group.kind === 'multi') {
      group.values.forEach((value, v) => {
        check(value.label, ['groups', g, 'values', v, 'label']);
        check(value.description, ['groups', g, 'values', v, 'description']);
      });
    }
  });
  source.rules.forEach((rule, r) => check(rule.message, ['rules', r, 'message']));
  source.priceRules.forEach((rule, r) => check(rule.label, ['priceRules', r, 'label']));
  source.leadTimeRules.forEach((rule, r) => check(rule.label, ['leadTimeRules', r, 'label']));
  source.priceLists.forEach((list, l) => check(list.label, ['priceLists', l, 'label']));
  source.markets.forEach((market, m) => {
    check(market.name, ['markets', m, 'name']);
    check(market.taxLabel, ['markets', m, 'taxLabel']);
    check(market.taxNote, ['markets', m, 'taxNote']);
  });
  return missing;
}
