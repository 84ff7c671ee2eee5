import { describe, expect, it } from 'vitest';
import type { CatalogProblem } from './catalog-error.ts';
import { parseCatalog, validateCatalog, type CatalogResult } from './load-catalog.ts';
import { localizeCatalog, localizeText, missingTranslations } from './localize.ts';
import { priceBreakdown } from './price-breakdown.ts';
import { defaultSelections } from './selections.ts';
import { catalogV2Data, deskV2Text, loadDeskV2 } from './test-support.ts';

const FILE = 'catalog/standing-desk.json';

type Ok = Extract<CatalogResult, { ok: true }>;

function accepted(result: CatalogResult): Ok {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.pointer}: ${p.message}`).join('\n'));
  return result;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- mutating raw JSON copies */
function deskWith(change: (catalog: any) => void, locale?: string): Ok {
  const data = JSON.parse(deskV2Text());
  change(data);
  return accepted(parseCatalog(JSON.stringify(data), FILE, locale ? { locale } : {}));
}
/* eslint-enable @typescript-eslint/no-explicit-any */

function warning(pointer: string, message: string): CatalogProblem {
  return { file: FILE, pointer, message, severity: 'warning' };
}

describe('localizeText', () => {
  const width = { en: 'Width', es: 'Ancho', 'es-MX': 'Anchura' };

  it('returns a plain string whatever the locale', () => {
    expect(localizeText('Width', 'es')).toBe('Width');
    expect(localizeText('Width', 'en')).toBe('Width');
  });

  it('uses the exact locale first', () => {
    expect(localizeText(width, 'es-MX')).toBe('Anchura');
    expect(localizeText(width, 'es')).toBe('Ancho');
    expect(localizeText(width, 'en')).toBe('Width');
  });

  it('falls back to the base language (es-AR → es, en-GB → en)', () => {
    expect(localizeText(width, 'es-AR')).toBe('Ancho');
    expect(localizeText({ en: 'Width', es: 'Ancho' }, 'es-MX')).toBe('Ancho');
    expect(localizeText({ en: 'Colour', 'en-US': 'Color' }, 'en-GB')).toBe('Colour');
  });

  it('then to English', () => {
    expect(localizeText(width, 'fr')).toBe('Width');
    expect(localizeText({ es: 'Ancho', en: 'Width' }, 'de-AT')).toBe('Width');
  });

  it('then to any translation, and to "" when there is none', () => {
    expect(localizeText({ es: 'Ancho' }, 'fr')).toBe('Ancho');
    expect(localizeText({}, 'fr')).toBe('');
  });
});

/** Text for a catalog field: the translations name the field, so a test can tell where each one went. */
const T = (pointer: string) => ({ en: `EN ${pointer}`, es: `ES ${pointer}` });

/** A catalog with every kind of text field, each one translated. */
const everyText = catalogV2Data({
  locales: ['en', 'es'],
  name: T('/name'),
  description: T('/description'),
  components: [{ id: 'kit', sku: 'KIT-1', name: T('/components/0/name'), leadTimeDays: 2, price: 250 }],
  baseComponents: [{ component: 'kit' }],
  groups: [
    { id: 'size', kind: 'number', label: T('/groups/0/label'), help: T('/groups/0/help'), unit: 'cm', min: 1, max: 3, step: 1, default: 1, pricePerUnit: 100 },
    {
      id: 'colour',
      kind: 'single',
      label: T('/groups/1/label'),
      help: T('/groups/1/help'),
      default: 'red',
      values: [
        { id: 'red', label: T('/groups/1/values/0/label'), description: T('/groups/1/values/0/description') },
        { id: 'blue', label: T('/groups/1/values/1/label'), price: 300 },
      ],
    },
    {
      id: 'extras',
      kind: 'multi',
      label: T('/groups/2/label'),
      help: T('/groups/2/help'),
      values: [{ id: 'bag', label: T('/groups/2/values/0/label'), description: T('/groups/2/values/0/description'), price: 500 }],
    },
    { id: 'name', kind: 'text', label: T('/groups/3/label'), help: T('/groups/3/help'), maxLength: 10, price: 700, leadTimeDays: 3 },
  ],
  rules: [
    { id: 'r-requires', kind: 'requires', message: T('/rules/0/message'), if: { option: 'size', gt: 2 }, then: { option: 'colour', is: 'red' } },
    {
      id: 'r-excludes',
      kind: 'excludes',
      message: T('/rules/1/message'),
      conditions: [
        { option: 'colour', is: 'blue' },
        { option: 'extras', is: 'bag' },
      ],
    },
    {
      id: 'r-table',
      kind: 'table',
      message: T('/rules/2/message'),
      options: ['colour', 'size'],
      allowed: [
        ['red', '*'],
        ['blue', { lte: 2 }],
      ],
    },
    { id: 'r-default', kind: 'default', message: T('/rules/3/message'), if: { option: 'size', gte: 3 }, option: 'colour', value: 'red' },
  ],
  priceRules: [
    { id: 'p-surcharge', kind: 'surcharge', label: T('/priceRules/0/label'), amount: 150 },
    { id: 'p-tiers', kind: 'tiers', label: T('/priceRules/1/label'), option: 'size', tiers: [{ from: 1, unitPrice: 10 }] },
    { id: 'p-percent', kind: 'percent', label: T('/priceRules/2/label'), percent: -10 },
  ],
  leadTimeRules: [{ id: 'l-name', label: T('/leadTimeRules/0/label'), if: { option: 'name', filled: true }, addDays: 1 }],
});
const TEXT_COUNT = 24;

/** Every string under `node`, with its JSON pointer. */
function strings(node: unknown, pointer = ''): [string, string][] {
  if (typeof node === 'string') return [[pointer, node]];
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, child]) => strings(child, `${pointer}/${key}`));
}

/** The catalog with each text (a translation record or a translated string) replaced by a marker. */
function withoutTexts(node: unknown): unknown {
  if (typeof node === 'string') return /^E[NS] \//.test(node) ? '<text>' : node;
  if (Array.isArray(node)) return node.map(withoutTexts);
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node);
  if (entries.length === 2 && entries.every(([key, value]) => (key === 'en' || key === 'es') && typeof value === 'string')) return '<text>';
  return Object.fromEntries(entries.map(([key, value]) => [key, withoutTexts(value)]));
}

describe('localizeCatalog', () => {
  const es = accepted(validateCatalog(everyText, 'test.json', { locale: 'es' }));
  const en = accepted(validateCatalog(everyText, 'test.json'));

  it('the test catalog really has every kind of text (and is fully translated)', () => {
    expect(strings(everyText).filter(([, s]) => s.startsWith('EN /'))).toHaveLength(TEXT_COUNT);
    expect(es.warnings).toEqual([]);
  });

  it('puts the requested translation of every text field in its place', () => {
    const texts = strings(es.catalog).filter(([, s]) => /^E[NS] \//.test(s));
    expect(texts).toHaveLength(TEXT_COUNT);
    for (const [pointer, text] of texts) expect(text).toBe(`ES ${pointer}`);
  });

  it('gives English when asked for English, and for a language the catalog lacks', () => {
    for (const [pointer, text] of strings(en.catalog).filter(([, s]) => /^E[NS] \//.test(s))) expect(text).toBe(`EN ${pointer}`);
    const fr = localizeCatalog(es.source, 'fr');
    expect(fr.groups[1]?.label).toBe('EN /groups/1/label');
    expect(localizeCatalog(es.source, 'es-MX').groups[1]?.label).toBe('ES /groups/1/label');
  });

  it('leaves every id, number, condition, table and price untouched, and says its language', () => {
    expect(es.catalog.locale).toBe('es');
    expect(en.catalog.locale).toBe('en');
    const { locale: _es, ...esCatalog } = es.catalog;
    const { locale: _en, ...enCatalog } = en.catalog;
    expect(withoutTexts(esCatalog)).toEqual(withoutTexts(enCatalog));
    expect(withoutTexts(esCatalog)).toEqual(withoutTexts(es.source));
    const rules = es.catalog.rules;
    expect(rules.map((rule) => rule.id)).toEqual(['r-requires', 'r-excludes', 'r-table', 'r-default']);
    expect(rules[2]).toMatchObject({
      options: ['colour', 'size'],
      allowed: [
        ['red', '*'],
        ['blue', { lte: 2 }],
      ],
    });
    expect(es.catalog.priceRules[1]).toMatchObject({ option: 'size', tiers: [{ from: 1, unitPrice: 10 }] });
    expect(es.catalog.components[0]).toMatchObject({ id: 'kit', sku: 'KIT-1', leadTimeDays: 2, price: 250 });
  });

  it('keeps a default rule without a message without one', () => {
    const data = { ...everyText, rules: [{ id: 'quiet', kind: 'default', if: { option: 'size', gte: 3 }, option: 'colour', value: 'blue' }] };
    const result = accepted(validateCatalog(data, 'test.json', { locale: 'es' }));
    expect(result.catalog.rules[0]?.message).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });
});

describe('parseCatalog on the schema-2 desk', () => {
  it('in English by default', () => {
    const desk = loadDeskV2();
    expect(desk.name).toBe('Standing desk');
    expect(desk.groups.map((g) => g.label)).toEqual(['Width', 'Depth', 'Top', 'Frame colour', 'Motor', 'Accessories', 'Engraving']);
  });

  it('with {locale: "es"}: Spanish names, labels, help, descriptions, messages and rule labels', () => {
    const desk = loadDeskV2('es');
    expect(desk.name).toBe('Escritorio elevable');
    expect(desk.groups.map((g) => g.label)).toEqual(['Ancho', 'Fondo', 'Tablero', 'Color de la estructura', 'Motor', 'Accesorios', 'Grabado']);
    expect(desk.groups[0]?.help).toBe('De izquierda a derecha. Por encima de 160 cm el escritorio necesita el doble motor.');
    const top = desk.groups[2];
    expect(top?.kind === 'single' && top.values.map((v) => v.label)).toEqual([
      'Laminado blanco ártico',
      'Laminado antracita',
      'Chapa de roble',
      'Bambú',
      'Roble macizo',
      'Nogal macizo',
    ]);
    expect(top?.kind === 'single' && top.values[4]?.description).toBe('Roble europeo aceitado, 30 mm.');
    expect(desk.components.find((c) => c.id === 'engraving')?.name).toBe('Grabado láser, canto delantero');
    expect(desk.rules.find((r) => r.id === 'castors-need-dual-motor')?.message).toBe(
      'Las ruedas necesitan el doble motor: un escritorio móvil debe subir de forma pareja.',
    );
    expect(desk.rules.find((r) => r.id === 'wide-desks-start-with-dual-motor')?.message).toBeUndefined();
    expect(desk.priceRules[0]?.label).toBe('Tablero extragrande (más de 180 × 80 cm): embalaje y transporte extra');
    expect(desk.leadTimeRules[0]?.label).toBe('El verde musgo se pinta en lotes pequeños');
  });

  it('Spanish and English desks differ only in texts: same ids, prices, defaults and rules', () => {
    const en = loadDeskV2('en');
    const es = loadDeskV2('es');
    expect(es.groups.map((g) => g.id)).toEqual(en.groups.map((g) => g.id));
    expect(defaultSelections(es)).toEqual(defaultSelections(en));
    const choices = { ...defaultSelections(en), top: 'solid-walnut', accessories: ['drawer'], engraving: 'Ada' };
    const priceEs = priceBreakdown(es, choices);
    const priceEn = priceBreakdown(en, choices);
    expect(priceEs.lines.map((l) => [l.id, l.amount])).toEqual(priceEn.lines.map((l) => [l.id, l.amount]));
    expect(priceEs.lines.find((l) => l.id === 'top/solid-walnut')?.label).toBe('Tablero: Nogal macizo');
    expect(priceEn.lines.find((l) => l.id === 'top/solid-walnut')?.label).toBe('Top: Solid walnut');
  });

  it('es-MX falls back to Spanish, fr to English', () => {
    expect(loadDeskV2('es-MX').groups[3]?.label).toBe('Color de la estructura');
    expect(loadDeskV2('fr').groups[3]?.label).toBe('Frame colour');
  });

  it('the desk is fully translated and uses every component: no warnings', () => {
    const result = accepted(parseCatalog(deskV2Text(), FILE));
    expect(missingTranslations(result.source)).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe('missingTranslations and the lint warnings', () => {
  it('a value label without "es" → a warning at its pointer; the catalog still loads', () => {
    const result = deskWith((c) => delete c.groups[2].values[1].label.es);
    expect(missingTranslations(result.source)).toEqual([{ path: ['groups', 2, 'values', 1, 'label'], locale: 'es' }]);
    expect(result.warnings).toEqual([warning('/groups/2/values/1/label', 'missing "es" translation')]);
  });

  it('finds missing translations in every kind of place', () => {
    const result = deskWith((c) => {
      delete c.name.es;
      delete c.components[3].name.es;
      delete c.groups[6].help.es; // the engraving (text) group
      delete c.groups[3].values[3].description.es;
      delete c.rules[3].message.es; // the excludes rule
      delete c.priceRules[0].label.es;
      delete c.leadTimeRules[0].label.es;
    });
    expect(result.warnings.map((w) => [w.pointer, w.message])).toEqual([
      ['/name', 'missing "es" translation'],
      ['/components/3/name', 'missing "es" translation'],
      ['/groups/3/values/3/description', 'missing "es" translation'],
      ['/groups/6/help', 'missing "es" translation'],
      ['/rules/3/message', 'missing "es" translation'],
      ['/priceRules/0/label', 'missing "es" translation'],
      ['/leadTimeRules/0/label', 'missing "es" translation'],
    ]);
    expect(result.warnings.every((w) => w.severity === 'warning' && w.file === FILE)).toBe(true);
  });

  it('a plain string counts as untranslated when two locales are declared', () => {
    const result = deskWith((c) => (c.rules[0].message = 'Desks wider than 160 cm need the dual motor.'));
    expect(result.warnings).toContainEqual(warning('/rules/0/message', 'missing "es" translation'));
    expect(result.warnings.every((w) => w.pointer === '/rules/0/message')).toBe(true);
  });

  it('a plain string is fine when only one locale is declared', () => {
    const result = accepted(
      validateCatalog(catalogV2Data({ groups: [{ id: 'size', kind: 'number', label: 'Size', unit: 'cm', min: 1, max: 2, step: 1, default: 1 }] }), 'test.json'),
    );
    expect(result.source.locales).toEqual(['en']);
    expect(missingTranslations(result.source)).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('checks each declared locale, and ignores translations into undeclared ones', () => {
    const data = catalogV2Data({
      locales: ['en', 'es', 'fr'],
      name: { en: 'Lamp', es: 'Lámpara', fr: 'Lampe' },
      description: { en: 'A lamp.', es: 'Una lámpara.', fr: 'Une lampe.', de: 'Eine Lampe.' },
      groups: [{ id: 'size', kind: 'number', label: { en: 'Size', es: 'Tamaño' }, unit: 'cm', min: 1, max: 2, step: 1, default: 1 }],
    });
    expect(missingTranslations(accepted(validateCatalog(data, 'test.json')).source)).toEqual([{ path: ['groups', 0, 'label'], locale: 'fr' }]);
  });

  it('an unused component → a warning at the component', () => {
    const result = deskWith((c) =>
      c.components.push({ id: 'spare-leg', sku: 'DSK-LEG-01', name: { en: 'Spare leg', es: 'Pata de repuesto' }, leadTimeDays: 1 }),
    );
    const index = result.source.components.length - 1;
    expect(result.source.components[index]?.id).toBe('spare-leg');
    expect(result.warnings).toEqual([warning(`/components/${index}`, 'component "spare-leg" is never used')]);
  });

  it('components used only by a text option or the base components are not reported', () => {
    // The desk's "engraving" component is only used by the engraving text option; "fixings-kit" only as a base component.
    const result = deskWith(() => {});
    expect(result.warnings.filter((w) => w.message.includes('never used'))).toEqual([]);
  });
});
