import { fillTemplate } from './fill-template.ts';
import {
  formatValueProblem,
  UNSAFE_PATTERN_TEXTS,
  VALUE_PROBLEM_TEXTS,
  type UnsafePatternCode,
  type ValueProblem,
  type ValueProblemCode,
} from './selections.ts';

/**
 * The catalog checker's own words, per language: what `parseCatalog` says about a catalog (its
 * shape, references, prices, translations). English is for the CLIs, the server and the tests;
 * the workbench asks for the UI's language. zod's own messages (a number too small, a wrong type)
 * come from zod's locales (see `catalogSchemaFor` in catalog-schema.ts). `{name}` is a parameter;
 * anything else in braces, such as `{"en": "…"}`, is literal JSON.
 */
const en = {
  // Reading the file
  'file.tooLarge': 'file is {length} characters; catalogs are limited to {max}',
  'file.notJson': 'not valid JSON ({detail})',
  'file.duplicateKey': 'duplicate key "{key}": only the last one would count',
  'file.tooDeep': 'nested deeper than {max} levels',
  'file.reservedKey': 'unknown key "{key}" (a reserved name; never allowed)',
  'file.newerSchema': 'schemaVersion {version} is newer than this app reads ({current}); update the app',
  'file.noSuchSchema': 'schemaVersion {version} does not exist; the first is 1',

  // Shape (the zod schema)
  'shape.required': 'required',
  'shape.unknownKey': 'unknown key "{key}" (check the spelling; unknown keys are not allowed)',
  'shape.conditionForms':
    'expected a condition: {"option","is"}, {"option","in"}, {"option","filled"}, {"option","gt"|"gte"|"lt"|"lte"}, {"all":[…]}, {"any":[…]} or {"not":…}',
  'shape.idTooLong': 'ids are at most 64 characters',
  'shape.idPattern': 'ids are lower-case kebab-case, e.g. "solid-oak"',
  'shape.idReserved': 'this id is reserved',
  'shape.notEmpty': 'must not be empty',
  'shape.atMostCharacters': 'at most {max} characters',
  'shape.locale': 'expected a locale such as "en" or "es"',
  'shape.needsEnglish': 'translations need at least "en"',
  'shape.text': 'expected text, or translations such as {"en": "…", "es": "…"} (each at most {max} characters)',
  'shape.cents': 'expected integer cents, got {got}',
  'shape.centsPerCurrency': 'expected cents per currency such as {"EUR": 12000, "USD": 13500}',
  'shape.currency': 'expected an ISO 4217 currency code such as "EUR"',
  'shape.wholeDays': 'expected a whole number of days',
  'shape.date': 'expected a date as YYYY-MM-DD',
  'shape.colour': 'expected a colour like "#a0522d"',
  'shape.quantity': 'expected a whole quantity such as 2, or {"option": "bays", "times": 1, "plus": 1}',
  'shape.numericCondition': 'a numeric condition needs at least one of gt, gte, lt, lte',
  'shape.tableCell': 'expected a value id, a list of ids, "*" or a range such as {"gte": 150, "lt": 165}',
  'shape.range': 'a range needs gt, gte, lt or lte',
  'shape.sku': 'SKUs are upper-case letters, digits and dashes',
  'shape.tableRows': 'a table lists either "allowed" or "forbidden" rows',
  'shape.ruleKind': 'expected a rule with "kind": "requires", "excludes", "table" or "default"',
  'shape.country': 'expected an ISO 3166 country code such as "ES"',
  'shape.minAboveMax': 'min must not be above max',
  'shape.wholeUnits': 'expected a whole number of units',
  'shape.managerBelowFree': 'managerDiscountPercent must not be below freeDiscountPercent',
  'shape.schemaVersion': 'expected schemaVersion {version}',
  'shape.version': 'expected a version such as "2026.11.1"',
  'shape.model': 'expected a .glb file under public/models/, e.g. "models/bottle-cage.glb"',
  'shape.got.array': 'an array',
  'shape.got.object': 'object',
  'shape.got.undefined': 'undefined',

  // References and values
  'ref.unknownGroup': 'unknown option group "{id}"',
  'ref.notNumberOption': '"{id}" is not a number option',
  'ref.duplicateComponent': 'duplicate component id "{id}"',
  'ref.unknownComponent': 'unknown component "{id}"',
  'ref.duplicateGroup': 'duplicate option group id "{id}"',
  'ref.minAboveMax': 'min {min} is greater than max {max}',
  'ref.tooManySteps': 'more than 100,000 steps; use a larger step',
  'ref.notWholeSteps': 'max − min ({span}) is not a whole number of steps of {step}',
  'ref.defaultOffStep': 'default {value} is not one of {min}, {next}, … {max}',
  'ref.priceFromOutside': 'priceFrom {from} is outside {min}–{max}',
  'ref.duplicateValue': 'duplicate value id "{id}" in group "{group}"',
  'ref.defaultNotValue': 'default "{value}" is not a value of group "{group}"',
  'ref.defaultTwice': 'the default lists an option twice',
  'ref.minCountAboveMax': 'minCount {min} is greater than maxCount {max}',
  'ref.defaultCount': 'default picks {count} values; the group allows {min}–{max}',
  'ref.filledNotText': '"{id}" is not a text option; "filled" applies to text options',
  'ref.textCondition': '"{id}" is a text option; conditions on it can only use "filled": true or false',
  'ref.numberIsIn': '"{id}" is a number option; compare it with gt, gte, lt or lte',
  'ref.notValue': '"{value}" is not a value of group "{group}"',
  'ref.choiceNotNumber': '"{id}" is a choice, not a number; use "is" or "in"',
  'ref.textCell': '"{id}" is a text option; in a table its cells can only be "*"',
  'ref.rangeOnChoice': '"{id}" is not a number option; use value ids',
  'ref.numberCell': '"{id}" is a number option; use a range such as {"gte": 150} or "*"',
  'ref.duplicateRule': 'duplicate rule id "{id}"',
  'ref.tableOptionTwice': 'an option appears twice in the table',
  'ref.rowCells': 'a row has {cells} cells; the table has {options} options',
  'ref.duplicatePriceRule': 'duplicate price rule id "{id}"',
  'ref.tiersOrder': 'tiers must be in increasing order of "from"',
  'ref.duplicateLeadTimeRule': 'duplicate lead-time rule id "{id}"',
  'ref.defaultBreaksRule': 'the default configuration breaks this rule ("{message}"); change a default',

  // Prices, markets and quantity tiers
  'price.duplicateList': 'duplicate price list id "{id}"',
  'price.secondList': 'a second "{channel}" price list in {currency}; a channel has one list per currency',
  'price.duplicateMarket': 'duplicate market "{country}"',
  'price.noListInCurrency': 'no price list is in {currency}; add one to "priceLists" or use {currencies}',
  'price.tiersOrder': 'quantity tiers must be in increasing order of "from"',
  'price.tierUnreachable': 'no order can reach {from} units: maxQuantity is {max}',
  'price.negativeCost': 'a cost cannot be negative',
  'price.perCurrency': 'a price list is in {others}: write this amount per currency, e.g. {"{currency}": {amount}, "{other}": …}',
  'price.missingAmount': 'no {currency} amount; the {currency} price list needs one',
  'price.noSuchList': 'no price list is in {currency}',
  'price.or': ' or ',

  // Warnings
  'lint.missingTranslation': 'missing "{locale}" translation',
  'lint.unusedComponent': 'component "{id}" is never used',
} as const;

export type CatalogMessageKey = keyof typeof en;
export type CatalogMessageTable = Readonly<Record<CatalogMessageKey, string>>;
export type CatalogMessageParams = Readonly<Record<string, string | number>>;

/** Spanish (Spain), for merchandisers using the workbench in Spanish. JSON keys, ids and values stay as written. */
const es: CatalogMessageTable = {
  'file.tooLarge': 'el archivo tiene {length} caracteres; los catálogos admiten como máximo {max}',
  'file.notJson': 'no es JSON válido ({detail})',
  'file.duplicateKey': 'clave "{key}" repetida: solo contaría la última',
  'file.tooDeep': 'anidado a más de {max} niveles',
  'file.reservedKey': 'clave desconocida "{key}" (un nombre reservado; nunca se admite)',
  'file.newerSchema': 'schemaVersion {version} es más reciente de lo que lee esta aplicación ({current}); actualiza la aplicación',
  'file.noSuchSchema': 'schemaVersion {version} no existe; la primera es 1',

  'shape.required': 'obligatorio',
  'shape.unknownKey': 'clave desconocida "{key}" (revisa la ortografía; no se admiten claves desconocidas)',
  'shape.conditionForms':
    'se esperaba una condición: {"option","is"}, {"option","in"}, {"option","filled"}, {"option","gt"|"gte"|"lt"|"lte"}, {"all":[…]}, {"any":[…]} o {"not":…}',
  'shape.idTooLong': 'los ids tienen como máximo 64 caracteres',
  'shape.idPattern': 'los ids van en minúsculas separadas por guiones, p. ej. "solid-oak"',
  'shape.idReserved': 'este id está reservado',
  'shape.notEmpty': 'no puede estar vacío',
  'shape.atMostCharacters': 'como máximo {max} caracteres',
  'shape.locale': 'se esperaba un idioma como "en" o "es"',
  'shape.needsEnglish': 'las traducciones necesitan al menos "en"',
  'shape.text': 'se esperaba un texto, o traducciones como {"en": "…", "es": "…"} (cada una de {max} caracteres como máximo)',
  'shape.cents': 'se esperaban céntimos enteros; hay {got}',
  'shape.centsPerCurrency': 'se esperaban céntimos por moneda, como {"EUR": 12000, "USD": 13500}',
  'shape.currency': 'se esperaba un código de moneda ISO 4217 como "EUR"',
  'shape.wholeDays': 'se esperaba un número entero de días',
  'shape.date': 'se esperaba una fecha como AAAA-MM-DD',
  'shape.colour': 'se esperaba un color como "#a0522d"',
  'shape.quantity': 'se esperaba una cantidad entera como 2, o {"option": "bays", "times": 1, "plus": 1}',
  'shape.numericCondition': 'una condición numérica necesita al menos uno de gt, gte, lt, lte',
  'shape.tableCell': 'se esperaba un id de valor, una lista de ids, "*" o un intervalo como {"gte": 150, "lt": 165}',
  'shape.range': 'un intervalo necesita gt, gte, lt o lte',
  'shape.sku': 'los SKU llevan letras mayúsculas, cifras y guiones',
  'shape.tableRows': 'una tabla lista filas "allowed" o "forbidden", no ambas',
  'shape.ruleKind': 'se esperaba una regla con "kind": "requires", "excludes", "table" o "default"',
  'shape.country': 'se esperaba un código de país ISO 3166 como "ES"',
  'shape.minAboveMax': 'min no puede ser mayor que max',
  'shape.wholeUnits': 'se esperaba un número entero de unidades',
  'shape.managerBelowFree': 'managerDiscountPercent no puede ser menor que freeDiscountPercent',
  'shape.schemaVersion': 'se esperaba schemaVersion {version}',
  'shape.version': 'se esperaba una versión como "2026.11.1"',
  'shape.model': 'se esperaba un archivo .glb en public/models/, p. ej. "models/bottle-cage.glb"',
  'shape.got.array': 'una lista',
  'shape.got.object': 'un objeto',
  'shape.got.undefined': 'nada',

  'ref.unknownGroup': 'grupo de opciones desconocido "{id}"',
  'ref.notNumberOption': '"{id}" no es una opción numérica',
  'ref.duplicateComponent': 'id de componente "{id}" repetido',
  'ref.unknownComponent': 'componente desconocido "{id}"',
  'ref.duplicateGroup': 'id de grupo de opciones "{id}" repetido',
  'ref.minAboveMax': 'min {min} es mayor que max {max}',
  'ref.tooManySteps': 'más de 100.000 pasos; usa un paso mayor',
  'ref.notWholeSteps': 'max − min ({span}) no es un número entero de pasos de {step}',
  'ref.defaultOffStep': 'el valor por defecto {value} no es ninguno de {min}, {next}, … {max}',
  'ref.priceFromOutside': 'priceFrom {from} está fuera de {min}–{max}',
  'ref.duplicateValue': 'id de valor "{id}" repetido en el grupo "{group}"',
  'ref.defaultNotValue': 'el valor por defecto "{value}" no es un valor del grupo "{group}"',
  'ref.defaultTwice': 'el valor por defecto incluye una opción dos veces',
  'ref.minCountAboveMax': 'minCount {min} es mayor que maxCount {max}',
  'ref.defaultCount': 'el valor por defecto elige {count} valores; el grupo admite {min}–{max}',
  'ref.filledNotText': '"{id}" no es una opción de texto; "filled" solo se aplica a opciones de texto',
  'ref.textCondition': '"{id}" es una opción de texto; sus condiciones solo pueden usar "filled": true o false',
  'ref.numberIsIn': '"{id}" es una opción numérica; compárala con gt, gte, lt o lte',
  'ref.notValue': '"{value}" no es un valor del grupo "{group}"',
  'ref.choiceNotNumber': '"{id}" es una elección, no un número; usa "is" o "in"',
  'ref.textCell': '"{id}" es una opción de texto; en una tabla sus celdas solo pueden ser "*"',
  'ref.rangeOnChoice': '"{id}" no es una opción numérica; usa ids de valor',
  'ref.numberCell': '"{id}" es una opción numérica; usa un intervalo como {"gte": 150} o "*"',
  'ref.duplicateRule': 'id de regla "{id}" repetido',
  'ref.tableOptionTwice': 'una opción aparece dos veces en la tabla',
  'ref.rowCells': 'una fila tiene {cells} celdas; la tabla tiene {options} opciones',
  'ref.duplicatePriceRule': 'id de regla de precio "{id}" repetido',
  'ref.tiersOrder': 'los tramos deben ir en orden creciente de "from"',
  'ref.duplicateLeadTimeRule': 'id de regla de plazo "{id}" repetido',
  'ref.defaultBreaksRule': 'la configuración por defecto incumple esta regla ("{message}"); cambia algún valor por defecto',

  'price.duplicateList': 'id de lista de precios "{id}" repetido',
  'price.secondList': 'una segunda lista de precios "{channel}" en {currency}; cada canal tiene una lista por moneda',
  'price.duplicateMarket': 'mercado "{country}" repetido',
  'price.noListInCurrency': 'ninguna lista de precios está en {currency}; añade una a "priceLists" o usa {currencies}',
  'price.tiersOrder': 'los tramos de cantidad deben ir en orden creciente de "from"',
  'price.tierUnreachable': 'ningún pedido puede llegar a {from} unidades: maxQuantity es {max}',
  'price.negativeCost': 'un coste no puede ser negativo',
  'price.perCurrency': 'hay una lista de precios en {others}: escribe este importe por moneda, p. ej. {"{currency}": {amount}, "{other}": …}',
  'price.missingAmount': 'falta el importe en {currency}; la lista de precios en {currency} lo necesita',
  'price.noSuchList': 'ninguna lista de precios está en {currency}',
  'price.or': ' o ',

  'lint.missingTranslation': 'falta la traducción "{locale}"',
  'lint.unusedComponent': 'el componente "{id}" no se usa nunca',
};

const UNSAFE_PATTERN_TEXTS_ES: Readonly<Record<UnsafePatternCode, string>> = {
  invalid: 'no es una expresión regular válida',
  backReference: 'los patrones no admiten referencias hacia atrás',
  repeatedGroup: 'un grupo repetido como (a+)+ puede bloquear la comprobación de un texto; repite caracteres sueltos o clases, p. ej. [a-z ]*',
  unbounded: 'más de dos repeticiones sin límite (*, +, {n,}) pueden bloquear la comprobación de un texto; usa una sola clase de caracteres como [a-z ]*',
};

const VALUE_PROBLEM_TEXTS_ES: Readonly<Record<ValueProblemCode, string>> = {
  notNumber: '{label} debe ser un número',
  outOfRange: '{label} debe estar entre {min} y {max} {unit}',
  offStep: '{label} va en pasos de {step} {unit}',
  notOption: '"{value}" no es una opción de {label}',
  notList: '{label} debe ser una lista de opciones',
  listsTwice: '{label} incluye una opción dos veces',
  tooFew: 'elige al menos {count} en {label}',
  tooMany: 'elige como máximo {count} en {label}',
  notText: '{label} debe ser un texto',
  tooLong: '{label} admite como máximo {max} caracteres',
  controlCharacters: '{label} no puede contener caracteres de control',
  required: 'hay que rellenar {label}',
  cannotMake: '{label} tiene caracteres que no se pueden fabricar',
};

/** The checker's words in one language. */
export interface CatalogMessages {
  /** The language they are in: "en" or "es". */
  readonly locale: string;
  readonly text: (key: CatalogMessageKey, params?: CatalogMessageParams) => string;
  /** A value that does not fit its group (a default, a default rule's value). */
  readonly valueProblem: (problem: ValueProblem) => string;
  /** An unsafe text pattern. */
  readonly unsafePattern: (code: UnsafePatternCode) => string;
}

interface Tables {
  readonly table: CatalogMessageTable;
  readonly values: Readonly<Record<ValueProblemCode, string>>;
  readonly patterns: Readonly<Record<UnsafePatternCode, string>>;
}

// English value and pattern problems are worded in selections.ts, next to the checks.
const TABLES: Readonly<Record<string, Tables>> = {
  en: { table: en, values: VALUE_PROBLEM_TEXTS, patterns: UNSAFE_PATTERN_TEXTS },
  es: { table: es, values: VALUE_PROBLEM_TEXTS_ES, patterns: UNSAFE_PATTERN_TEXTS_ES },
};

/** For tests: every language's tables. */
export const CATALOG_MESSAGE_TABLES: Readonly<Record<string, Tables>> = TABLES;

function messagesFor(locale: string): CatalogMessages {
  const { table, values, patterns } = TABLES[locale]!;
  const text = (key: CatalogMessageKey, params: CatalogMessageParams = {}) => fillTemplate(table[key], params);
  return {
    locale,
    text,
    valueProblem: (problem) => formatValueProblem(problem, values),
    unsafePattern: (code) => patterns[code],
  };
}

const cache = new Map<string, CatalogMessages>();

/** The checker's words for a locale ("es-MX" → Spanish), English when there is no table for it. */
export function catalogMessages(locale = 'en'): CatalogMessages {
  const base = locale.split('-')[0] ?? 'en';
  const found = Object.hasOwn(TABLES, base) ? base : 'en';
  let messages = cache.get(found);
  if (!messages) {
    messages = messagesFor(found);
    cache.set(found, messages);
  }
  return messages;
}
