import { z } from 'zod';
import { catalogMessages, type CatalogMessages } from './catalog-messages.ts';
import { ID_PATTERN, RESERVED_IDS } from './ids.ts';

/** The catalog schema version this code reads. Older catalogs go through `migrations/`. */
export const CATALOG_SCHEMA_VERSION = 2;

const LOCALE_PATTERN = /^[a-z]{2}(?:-[A-Z]{2})?$/;

export type LocalizedText = string | Readonly<Record<string, string>>;

/** Catalog amounts are net of tax. */
export type Money = number | Readonly<Record<string, number>>;

/** A value as a problem names it: `"oak"`, `12.5`, `an array`. */
function describe(value: unknown, words: CatalogMessages): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return words.text('shape.got.array');
  if (typeof value === 'object') return words.text('shape.got.object');
  return typeof value === 'undefined' ? words.text('shape.got.undefined') : typeof value;
}

/**
 * The schemas, with their messages in one language (zod gives a schema's own message precedence
 * over anything passed to a parse, so each language gets its own schemas: see `catalogSchemaFor`).
 */
function buildSchemas(words: CatalogMessages) {
  const m = words.text;

  const id = z
    .string()
    .max(64, m('shape.idTooLong'))
    .regex(ID_PATTERN, m('shape.idPattern'))
    .refine((s) => !RESERVED_IDS.has(s), { message: m('shape.idReserved') });

  /** Text for people: one string for every language, or one per locale (`en` is required). */
  const localizedText = (max: number) =>
    z.union(
      [
        z.string().min(1, m('shape.notEmpty')).max(max, m('shape.atMostCharacters', { max })),
        z
          .record(z.string().regex(LOCALE_PATTERN, m('shape.locale')), z.string().min(1, m('shape.notEmpty')).max(max, m('shape.atMostCharacters', { max })))
          .refine((texts) => typeof texts.en === 'string', { message: m('shape.needsEnglish') }),
      ],
      { error: m('shape.text', { max }) },
    );

  const plainText = (max: number) => z.string().min(1, m('shape.notEmpty')).max(max, m('shape.atMostCharacters', { max }));

  const centsSchema = z
    .number({ error: (issue) => m('shape.cents', { got: describe(issue.input, words) }) })
    .refine(Number.isSafeInteger, { error: (issue) => m('shape.cents', { got: describe(issue.input, words) }) });

  const currencyCode = z.string().regex(/^[A-Z]{3}$/, m('shape.currency'));

  /**
   * An amount of money: integer cents in the catalog's `currency`, or one amount per currency
   * (`{"EUR": 12000, "USD": 13500}`) when the catalog has price lists in several currencies. No
   * exchange rates are ever applied: each currency's list has its own amounts.
   */
  const moneySchema = z.union([centsSchema, z.record(currencyCode, centsSchema)], {
    error: (issue) =>
      issue.input !== null && typeof issue.input === 'object' && !Array.isArray(issue.input)
        ? m('shape.centsPerCurrency')
        : m('shape.cents', { got: describe(issue.input, words) }),
  });

  const days = z.int(m('shape.wholeDays')).min(0).max(365);

  const isoDate = z.iso.date(m('shape.date'));

  /** How an option value looks in the 3D preview. */
  const appearanceSchema = z.strictObject({
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, m('shape.colour')),
    roughness: z.number().min(0).max(1).optional(),
    metalness: z.number().min(0).max(1).optional(),
    finish: z.enum(['wood', 'laminate', 'metal', 'matte', 'fabric', 'gloss']).optional(),
  });

  /** A fixed quantity, or one that follows a number option: value × times + plus, rounded up. */
  const quantitySchema = z.union(
    [
      z.int().min(1).max(10_000),
      z.strictObject({ option: id, times: z.number().finite().min(0).max(1000).default(1), plus: z.number().finite().min(-1000).max(1000).default(0) }),
    ],
    { error: m('shape.quantity') },
  );

  const componentRefSchema = z.strictObject({
    component: id,
    quantity: quantitySchema.default(1),
  });

  const bound = z.number().finite();
  const comparison = {
    gt: bound.optional(),
    gte: bound.optional(),
    lt: bound.optional(),
    lte: bound.optional(),
  };
  const hasBound = (c: { gt?: number; gte?: number; lt?: number; lte?: number }) =>
    c.gt !== undefined || c.gte !== undefined || c.lt !== undefined || c.lte !== undefined;

  const comparisonSchema = z.strictObject({ option: id, ...comparison }).refine(hasBound, {
    message: m('shape.numericCondition'),
  });

  const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
    z.union([
      z.strictObject({ option: id, is: id }),
      z.strictObject({ option: id, in: z.array(id).min(1).max(500) }),
      z.strictObject({ option: id, filled: z.boolean() }),
      comparisonSchema,
      z.strictObject({ all: z.array(conditionSchema).min(1).max(50) }),
      z.strictObject({ any: z.array(conditionSchema).min(1).max(50) }),
      z.strictObject({ not: conditionSchema }),
    ]),
  );

  const tableCellSchema = z.union(
    [z.literal('*'), id, z.array(id).min(1).max(500), z.strictObject(comparison).refine(hasBound, { message: m('shape.range') })],
    { error: m('shape.tableCell') },
  );

  /**
   * The catalog schema, built for a kind of text: catalogs as written (`localizedText`, one string or
   * per-locale translations) and catalogs as the app uses them (`plainText`, after localization).
   */
  function buildCatalogSchema<T extends z.ZodType<LocalizedText>>(text: (max: number) => T) {
    const componentSchema = z.strictObject({
      id,
      sku: z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, m('shape.sku')),
      name: text(120),
      leadTimeDays: days,
      /** Unit price; when set, each use adds a price line (unit price × quantity). */
      price: moneySchema.optional(),
      /** What one unit costs the shop (net of tax); with `baseCost`, the floor no discount may go below. */
      cost: moneySchema.optional(),
    });

    const optionValueSchema = z.strictObject({
      id,
      label: text(80),
      description: text(400).optional(),
      price: moneySchema.default(0),
      components: z.array(componentRefSchema).max(50).default([]),
      appearance: appearanceSchema.optional(),
      parts: z.array(id).max(20).default([]),
    });

    const groupBase = {
      id,
      label: text(80),
      help: text(400).optional(),
    };

    const singleGroupSchema = z.strictObject({
      ...groupBase,
      kind: z.literal('single'),
      default: id,
      /** Which material slot of the 3D template this group colours. */
      sceneMaterial: id.optional(),
      values: z.array(optionValueSchema).min(1).max(500),
    });

    const multiGroupSchema = z.strictObject({
      ...groupBase,
      kind: z.literal('multi'),
      default: z.array(id).max(500).default([]),
      minCount: z.int().min(0).default(0),
      maxCount: z.int().min(0).optional(),
      values: z.array(optionValueSchema).min(1).max(500),
    });

    const numberGroupSchema = z.strictObject({
      ...groupBase,
      kind: z.literal('number'),
      unit: z.enum(['cm', 'mm', 'm', 'in', 'pcs']),
      min: z.number().finite().min(-1e9).max(1e9),
      max: z.number().finite().min(-1e9).max(1e9),
      step: z.number().positive().max(1e9),
      default: z.number().finite(),
      /** Price per unit above `priceFrom` (defaults to `min`). */
      pricePerUnit: moneySchema.default(0),
      priceFrom: z.number().finite().optional(),
      /** Which dimension of the 3D template this number drives. */
      sceneDimension: id.optional(),
    });

    const textGroupSchema = z.strictObject({
      ...groupBase,
      kind: z.literal('text'),
      maxLength: z.int().min(1).max(500),
      /** Optional: the text must match this regular expression (keep it simple; at most 200 characters). */
      pattern: z.string().max(200).optional(),
      required: z.boolean().default(false),
      default: z.string().max(500).default(''),
      /** Added when the text is not empty (e.g. engraving). */
      price: moneySchema.default(0),
      /** Added to the lead time when the text is not empty. */
      leadTimeDays: days.default(0),
      /** Components production needs when the text is not empty (e.g. an engraving step). */
      components: z.array(componentRefSchema).max(50).default([]),
      /** Which text slot of the 3D template shows it. */
      sceneText: id.optional(),
    });

    const groupSchema = z.discriminatedUnion('kind', [singleGroupSchema, multiGroupSchema, numberGroupSchema, textGroupSchema]);

    const ruleBase = { id, message: text(300) };

    /** If `if` holds, `then` must hold. */
    const requiresRuleSchema = z.strictObject({ ...ruleBase, kind: z.literal('requires'), if: conditionSchema, then: conditionSchema });
    /** These conditions may not all hold together. */
    const excludesRuleSchema = z.strictObject({ ...ruleBase, kind: z.literal('excludes'), conditions: z.array(conditionSchema).min(1).max(1000) });
    /** A compatibility (variant) table over some options: rows that are allowed, or rows that are forbidden. */
    const tableRuleSchema = z
      .strictObject({
        ...ruleBase,
        kind: z.literal('table'),
        options: z.array(id).min(1).max(20),
        allowed: z.array(z.array(tableCellSchema).max(20)).max(100_000).optional(),
        forbidden: z.array(z.array(tableCellSchema).max(20)).max(100_000).optional(),
      })
      .refine((rule) => (rule.allowed === undefined) !== (rule.forbidden === undefined), { message: m('shape.tableRows') });
    /** A soft rule: when `if` holds and the customer has not chosen `option`, it starts at `value`. */
    const defaultRuleSchema = z.strictObject({
      id,
      message: text(300).optional(),
      kind: z.literal('default'),
      if: conditionSchema,
      option: id,
      value: z.union([id, z.array(id).max(500), z.number().finite()]),
    });

    const ruleSchema = z.discriminatedUnion('kind', [requiresRuleSchema, excludesRuleSchema, tableRuleSchema, defaultRuleSchema], {
      error: m('shape.ruleKind'),
    });

    const priceRuleSchema = z.discriminatedUnion('kind', [
      /** A fixed amount when `if` holds, optionally per unit of a number option. */
      z.strictObject({ id, label: text(120), kind: z.literal('surcharge'), if: conditionSchema.optional(), amount: moneySchema, per: id.optional() }),
      /** A percentage of everything before it (negative for a discount), rounded to the cent. */
      z.strictObject({ id, label: text(120), kind: z.literal('percent'), if: conditionSchema.optional(), percent: z.number().finite().min(-100).max(100) }),
      /** A unit price that depends on how many: the tier with the largest `from` ≤ the option's value. */
      z.strictObject({
        id,
        label: text(120),
        kind: z.literal('tiers'),
        option: id,
        tiers: z
          .array(z.strictObject({ from: z.number().finite(), unitPrice: moneySchema }))
          .min(1)
          .max(50),
      }),
    ]);

    const leadTimeRuleSchema = z.strictObject({
      id,
      label: text(120),
      if: conditionSchema,
      /** Business days added (negative for express). The total never goes below zero. */
      addDays: z.int().min(-365).max(365),
    });

    /**
     * A price list: what one channel (retail, trade, …) pays in one currency, shown with tax
     * included (typical for consumers) or excluded (typical for businesses). `percent` adjusts the
     * whole order on this list (e.g. -20 for trade), shown as its own price line.
     */
    const priceListSchema = z.strictObject({
      id,
      label: text(80),
      channel: id,
      currency: currencyCode,
      taxMode: z.enum(['inclusive', 'exclusive']),
      percent: z.number().finite().min(-90).max(100).optional(),
    });

    /** A country the shop delivers to: its currency, VAT rate and delivery time after shipping. */
    const marketSchema = z.strictObject({
      country: z.string().regex(/^[A-Z]{2}$/, m('shape.country')),
      name: text(80),
      currency: currencyCode,
      /** Percent, e.g. 21 for 21 % VAT; 0 where no VAT is charged with the order. */
      vatRate: z.number().finite().min(0).max(50),
      /** Name of the tax on price lines and in the spec, e.g. "IVA"; defaults to "VAT". */
      taxLabel: text(80).optional(),
      /** Said beside prices when no tax is charged with the order (e.g. US sales tax billed at delivery). */
      taxNote: text(200).optional(),
      /** Business days from shipping to the door: the delivery window. */
      deliveryDays: z.strictObject({ min: days, max: days }).refine((window) => window.min <= window.max, { message: m('shape.minAboveMax') }),
    });

    /** An order-quantity tier: from `from` units of the same design, the order is `percent` cheaper. */
    const quantityTierSchema = z.strictObject({
      from: z.int(m('shape.wholeUnits')).min(2).max(10_000),
      percent: z.number().finite().min(-90).max(0),
    });

    /**
     * Guardrails for sales staff: discounts up to `freeDiscountPercent` of the order need no
     * approval, up to `managerDiscountPercent` a manager's code, and never beyond (nor below cost).
     * Without it no discount can be given.
     */
    const salesSchema = z
      .strictObject({
        freeDiscountPercent: z.number().finite().min(0).max(100).default(0),
        managerDiscountPercent: z.number().finite().min(0).max(100).default(0),
        /** Calendar days a quote's prices are held by default. */
        quoteValidityDays: z.int(m('shape.wholeDays')).min(1).max(365).default(30),
      })
      .refine((sales) => sales.managerDiscountPercent >= sales.freeDiscountPercent, {
        message: m('shape.managerBelowFree'),
        path: ['managerDiscountPercent'],
      });

    const catalogSchema = z.strictObject({
      $schema: z.string().max(500).optional(),
      schemaVersion: z.literal(CATALOG_SCHEMA_VERSION, m('shape.schemaVersion', { version: CATALOG_SCHEMA_VERSION })),
      id,
      version: z.string().regex(/^[0-9A-Za-z.+-]{1,32}$/, m('shape.version')),
      /** Languages the texts are written in; the first is the fallback. */
      locales: z
        .array(z.string().regex(LOCALE_PATTERN, m('shape.locale')))
        .min(1)
        .max(20)
        .default(['en']),
      name: text(120),
      description: text(1000),
      currency: currencyCode,
      basePrice: moneySchema,
      /** What making one product costs beyond its components' own `cost` (net of tax); 0 when not given. */
      baseCost: moneySchema.optional(),
      assemblyDays: days,
      calendar: z.strictObject({ holidays: z.array(isoDate).max(1000).default([]) }).default({ holidays: [] }),
      scene: z.strictObject({
        template: z.enum(['desk', 'bicycle', 'shelving', 'generic']),
        /**
         * glTF parts (.glb files in public/models/): the template places a file's scene where it draws
         * `part`, its own shapes showing while the file loads or if it fails. `node` takes one node of
         * the file by name; `materials` binds glTF material names to the template's material slots,
         * so the part takes the chosen finish (e.g. {"cage": "frame"}).
         */
        models: z
          .array(
            z.strictObject({
              part: id,
              src: z
                .string()
                .max(200)
                .regex(/^models\/(?:[a-z0-9][a-z0-9-]*\/)*[a-z0-9][a-z0-9-]*\.glb$/, m('shape.model')),
              node: z.string().min(1).max(100).optional(),
              materials: z.record(z.string().min(1).max(100), id).optional(),
            }),
          )
          .max(50)
          .optional(),
      }),
      components: z.array(componentSchema).max(5000),
      baseComponents: z.array(componentRefSchema).max(200).default([]),
      groups: z.array(groupSchema).min(1).max(5000),
      rules: z.array(ruleSchema).max(20_000).default([]),
      priceRules: z.array(priceRuleSchema).max(1000).default([]),
      leadTimeRules: z.array(leadTimeRuleSchema).max(1000).default([]),
      /**
       * Whether amounts include the VAT of the market delivered to (consumer prices, the same in every
       * country of a currency) or are net of tax. Either way each list shows them its own way.
       */
      pricesIncludeVat: z.boolean().default(false),
      /** Price lists by channel and currency; without any, one retail list in `currency`, tax excluded. */
      priceLists: z.array(priceListSchema).max(50).default([]),
      /** Countries delivered to; the first is the default. Without any, no tax and no delivery window are shown. */
      markets: z.array(marketSchema).max(250).default([]),
      quantityTiers: z.array(quantityTierSchema).max(20).default([]),
      /** The most units of one design in one order. */
      maxQuantity: z.int().min(1).max(10_000).default(100),
      sales: salesSchema.default({ freeDiscountPercent: 0, managerDiscountPercent: 0, quoteValidityDays: 30 }),
    });
    return catalogSchema;
  }

  return { appearanceSchema, quantitySchema, componentRefSchema, conditionSchema, buildCatalogSchema, localizedText, plainText };
}

/** A readable condition over the configuration. */
export type Condition =
  | { option: string; is: string }
  | { option: string; in: string[] }
  | { option: string; gt?: number; gte?: number; lt?: number; lte?: number }
  | { option: string; filled: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** One cell of a compatibility table row: a value id, a list of ids, "*" (any), or a numeric range. */
export type TableCell = string | string[] | { gt?: number; gte?: number; lt?: number; lte?: number };

const english = buildSchemas(catalogMessages('en'));

/** How an option value looks in the 3D preview. */
export const appearanceSchema = english.appearanceSchema;
export const quantitySchema = english.quantitySchema;
export const componentRefSchema = english.componentRefSchema;
export const conditionSchema = english.conditionSchema;

/** Validates catalog JSON as merchandisers write it (messages in English). */
export const catalogSchema = english.buildCatalogSchema(english.localizedText);
/** The same catalog after `localizeCatalog`: every text one plain string. */
export const localizedCatalogSchema = english.buildCatalogSchema(english.plainText);

const schemasByLocale = new Map<string, typeof catalogSchema>([['en', catalogSchema]]);

/** `catalogSchema` with its messages in `words`' language, built on first use. */
export function catalogSchemaFor(words: CatalogMessages): typeof catalogSchema {
  let schema = schemasByLocale.get(words.locale);
  if (!schema) {
    const built = buildSchemas(words);
    schema = built.buildCatalogSchema(built.localizedText);
    schemasByLocale.set(words.locale, schema);
  }
  return schema;
}

let spanishZodErrors: z.core.$ZodErrorMap | undefined;

/** zod's own messages (wrong type, too small, …) in a language other than English, for one parse; undefined for English (zod's default). */
export function zodErrorsFor(words: CatalogMessages): z.core.$ZodErrorMap | undefined {
  if (words.locale !== 'es') return undefined;
  spanishZodErrors ??= z.locales.es().localeError;
  return spanishZodErrors;
}

export type CatalogSource = z.infer<typeof catalogSchema>;

/**
 * The catalog as the app uses it: validated, migrated, texts in one language — `locale`, set by
 * `localizeCatalog` (English when unset), which also decides the words the domain adds to labels.
 */
export type Catalog = z.infer<typeof localizedCatalogSchema> & { readonly locale?: string };
export type OptionGroup = Catalog['groups'][number];
export type SingleGroup = Extract<OptionGroup, { kind: 'single' }>;
export type MultiGroup = Extract<OptionGroup, { kind: 'multi' }>;
export type NumberGroup = Extract<OptionGroup, { kind: 'number' }>;
export type TextGroup = Extract<OptionGroup, { kind: 'text' }>;
export type ChoiceGroup = SingleGroup | MultiGroup;
export type OptionValue = SingleGroup['values'][number];
export type Component = Catalog['components'][number];
export type ComponentRef = Catalog['baseComponents'][number];
export type Quantity = ComponentRef['quantity'];
export type Rule = Catalog['rules'][number];
export type RequiresRule = Extract<Rule, { kind: 'requires' }>;
export type DefaultRule = Extract<Rule, { kind: 'default' }>;
/** Rules that must hold (everything but soft defaults). */
export type HardRule = Exclude<Rule, { kind: 'default' }>;
export type PriceRule = Catalog['priceRules'][number];
export type LeadTimeRule = Catalog['leadTimeRules'][number];
export type PriceList = Catalog['priceLists'][number];
export type Market = Catalog['markets'][number];
export type QuantityTier = Catalog['quantityTiers'][number];
export type SalesGuardrails = Catalog['sales'];
export type Appearance = z.infer<typeof appearanceSchema>;
