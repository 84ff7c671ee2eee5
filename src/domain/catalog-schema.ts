import { z } from 'zod';
import { ID_PATTERN, RESERVED_IDS } from './ids.ts';

/** The catalog schema version this code reads. Older catalogs go through migrations. */
export const CATALOG_SCHEMA_VERSION = 1;

const id = z
  .string()
  .max(64, 'ids are at most 64 characters')
  .regex(ID_PATTERN, 'ids are lower-case kebab-case, e.g. "solid-oak"')
  .refine((s) => !RESERVED_IDS.has(s), { message: 'this id is reserved' });

const text = (max: number) => z.string().min(1, 'must not be empty').max(max, `at most ${max} characters`);

const centsSchema = z
  .number({ error: (issue) => `expected integer cents, got ${describe(issue.input)}` })
  .refine(Number.isSafeInteger, { error: (issue) => `expected integer cents, got ${describe(issue.input)}` });

const days = z.int('expected a whole number of days').min(0).max(365);

const isoDate = z.iso.date('expected a date as YYYY-MM-DD');

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'an array' : typeof value;
}

/** How an option value looks in the 3D preview. */
export const appearanceSchema = z.strictObject({
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like "#a0522d"'),
  roughness: z.number().min(0).max(1).optional(),
  metalness: z.number().min(0).max(1).optional(),
  finish: z.enum(['wood', 'laminate', 'metal', 'matte']).optional(),
});

export const componentRefSchema = z.strictObject({
  component: id,
  quantity: z.int().min(1).max(10_000).default(1),
});

export const componentSchema = z.strictObject({
  id,
  sku: z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'SKUs are upper-case letters, digits and dashes'),
  name: text(120),
  leadTimeDays: days,
});

const optionValueSchema = z.strictObject({
  id,
  label: text(80),
  description: text(400).optional(),
  price: centsSchema.default(0),
  components: z.array(componentRefSchema).max(50).default([]),
  appearance: appearanceSchema.optional(),
  parts: z.array(id).max(20).default([]),
});

const groupBase = {
  id,
  label: text(80),
  help: text(400).optional(),
};

export const singleGroupSchema = z.strictObject({
  ...groupBase,
  kind: z.literal('single'),
  default: id,
  /** Which material slot of the 3D template this group colours. */
  sceneMaterial: id.optional(),
  values: z.array(optionValueSchema).min(1).max(500),
});

export const multiGroupSchema = z.strictObject({
  ...groupBase,
  kind: z.literal('multi'),
  default: z.array(id).max(500).default([]),
  minCount: z.int().min(0).default(0),
  maxCount: z.int().min(0).optional(),
  values: z.array(optionValueSchema).min(1).max(500),
});

export const numberGroupSchema = z.strictObject({
  ...groupBase,
  kind: z.literal('number'),
  unit: z.enum(['cm', 'mm', 'm', 'in']),
  min: z.number().finite(),
  max: z.number().finite(),
  step: z.number().positive(),
  default: z.number().finite(),
  /** Price per unit above `priceFrom` (defaults to `min`). */
  pricePerUnit: centsSchema.default(0),
  priceFrom: z.number().finite().optional(),
  /** Which dimension of the 3D template this number drives. */
  sceneDimension: id.optional(),
});

export const groupSchema = z.discriminatedUnion('kind', [singleGroupSchema, multiGroupSchema, numberGroupSchema]);

/** A readable condition over the configuration. */
export type Condition =
  | { option: string; is: string }
  | { option: string; in: string[] }
  | { option: string; gt?: number; gte?: number; lt?: number; lte?: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const comparisonSchema = z
  .strictObject({
    option: id,
    gt: z.number().finite().optional(),
    gte: z.number().finite().optional(),
    lt: z.number().finite().optional(),
    lte: z.number().finite().optional(),
  })
  .refine((c) => c.gt !== undefined || c.gte !== undefined || c.lt !== undefined || c.lte !== undefined, {
    message: 'a numeric condition needs at least one of gt, gte, lt, lte',
  });

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ option: id, is: id }),
    z.strictObject({ option: id, in: z.array(id).min(1).max(500) }),
    comparisonSchema,
    z.strictObject({ all: z.array(conditionSchema).min(1).max(50) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(50) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

/** "If `if` holds, then `then` must hold." Excludes are written as `then: { not: … }`. */
export const ruleSchema = z.strictObject({
  id,
  message: text(300),
  if: conditionSchema,
  then: conditionSchema,
});

export const catalogSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(CATALOG_SCHEMA_VERSION, `expected schemaVersion ${CATALOG_SCHEMA_VERSION}`),
  id,
  version: z.string().regex(/^[0-9A-Za-z.+-]{1,32}$/, 'expected a version such as "2026.11.1"'),
  name: text(120),
  description: text(1000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as "EUR"'),
  basePrice: centsSchema,
  assemblyDays: days,
  calendar: z.strictObject({ holidays: z.array(isoDate).max(1000).default([]) }).default({ holidays: [] }),
  scene: z.strictObject({ template: z.enum(['desk']) }),
  components: z.array(componentSchema).max(5000),
  baseComponents: z.array(componentRefSchema).max(200).default([]),
  groups: z.array(groupSchema).min(1).max(200),
  rules: z.array(ruleSchema).max(5000).default([]),
});

export type Catalog = z.infer<typeof catalogSchema>;
export type OptionGroup = z.infer<typeof groupSchema>;
export type SingleGroup = z.infer<typeof singleGroupSchema>;
export type MultiGroup = z.infer<typeof multiGroupSchema>;
export type NumberGroup = z.infer<typeof numberGroupSchema>;
export type OptionValue = SingleGroup['values'][number];
export type Component = z.infer<typeof componentSchema>;
export type ComponentRef = z.infer<typeof componentRefSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Appearance = z.infer<typeof appearanceSchema>;
