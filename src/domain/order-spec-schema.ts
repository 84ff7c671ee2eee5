import { z } from 'zod';
import { ORDER_SPEC_SCHEMA_VERSION, ORDER_SPEC_SCHEMA_VERSIONS, type SealedOrderSpec } from './order-spec.ts';
import { PICTURE_LIMITS, PICTURE_MEDIA_TYPE, PICTURE_VIEWS } from './picture-reference.ts';

const text = z.string();
const cents = z.int('expected integer cents');
const wholeDays = z.int('expected a whole number of days').min(0);
const isoDate = z.iso.date('expected a date as YYYY-MM-DD');
const isoInstant = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 instant such as 2026-11-30T09:15:00.000Z' });
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hash as 64 lower-case hex digits');

const choiceSchema = z.strictObject({
  groupId: text,
  group: text,
  kind: z.enum(['single', 'multi', 'number', 'text']),
  value: z.union([z.string(), z.array(z.string()), z.number()]),
  labels: z.array(text),
  unit: text.optional(),
  source: z.enum(['customer', 'default', 'adjusted']),
});

const priceSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('base') }),
  z.strictObject({ kind: z.literal('option'), groupId: text, valueId: text.optional() }),
  z.strictObject({ kind: z.literal('component'), componentId: text }),
  z.strictObject({ kind: z.literal('price-rule'), ruleId: text }),
  z.strictObject({ kind: z.literal('quantity-tier'), from: z.int().min(1) }),
  z.strictObject({ kind: z.literal('price-list'), listId: text }),
  z.strictObject({ kind: z.literal('discount'), target: text }),
]);

const priceLineSchema = z.strictObject({
  id: text,
  label: text,
  perUnit: z.strictObject({ units: z.number(), unit: text, unitPrice: cents, from: z.number().optional() }).optional(),
  percentOf: z.strictObject({ percent: z.number(), base: cents }).optional(),
  times: z.strictObject({ count: z.int().min(2), each: cents }).optional(),
  amount: cents,
  source: priceSourceSchema,
});

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 country code such as "ES"');

const customerSchema = z.strictObject({
  name: text.max(200).optional(),
  company: text.max(200).optional(),
  email: z.email().optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{6,24}$/, 'expected a phone number such as +34 600 123 456')
    .optional(),
  address: z
    .strictObject({
      line1: text.min(1).max(200),
      line2: text.max(200).optional(),
      postalCode: text.min(1).max(16),
      city: text.min(1).max(100),
      country: countryCode,
    })
    .optional(),
  consent: z.strictObject({ orderFulfilment: z.boolean(), marketing: z.boolean(), recordedAt: isoInstant }),
});

const discountSchema = z.strictObject({ target: text, percent: z.number().gt(0).max(100) });

const auditEntrySchema = z.strictObject({
  at: isoInstant,
  actor: text.min(1).max(100),
  action: z.enum(['discount-set', 'discount-removed', 'pricing-set']),
  detail: text.max(500),
  reason: text.max(500),
  approval: z.enum(['staff', 'manager']),
  discount: discountSchema.nullable(),
});

const quoteSchema = z.strictObject({
  number: z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,31}$/, 'expected a quote number such as Q-2026-000042'),
  validUntil: isoDate,
  preparedBy: text.min(1).max(100),
});

const requestSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  groupId: text.nullable(),
  text: text.min(1).max(1000),
  reference: text.max(200).nullable(),
  createdAt: isoInstant,
});

const pixels = z.int('expected a whole number of pixels').min(1).max(PICTURE_LIMITS.maxSide);

// A reference only: the PNG itself travels separately and is checked against `sha256` by whoever receives it.
const pictureSchema = z.strictObject({
  mediaType: z.literal(PICTURE_MEDIA_TYPE),
  width: pixels,
  height: pixels,
  byteLength: z.int('expected a whole number of bytes').min(1).max(PICTURE_LIMITS.maxBytes),
  sha256: sha256Hex,
  view: z.enum(PICTURE_VIEWS),
  alt: text.min(1).max(PICTURE_LIMITS.maxAltLength),
});

/**
 * A sealed order spec of the given versions, exactly: unknown keys are refused at every level.
 * Checks JSON Schema cannot express (the seal, which parts of it a version needs, totals, the
 * catalog's prices) are made by `verifySpec`.
 */
const sealedSpecSchema = <const V extends readonly [number, ...number[]]>(versions: V) =>
  z.strictObject({
    schemaVersion: z.literal(versions, `expected schema version ${versions.join(' or ')}`),
    createdAt: isoInstant,
    // The language of the spec's labels (the catalog's texts and the domain's own words); specs from before languages are English.
    locale: z
      .string()
      .regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'expected a locale such as "en" or "es"')
      .default('en'),
    catalog: z.strictObject({ id: text.min(1), version: text.min(1), name: text, rulesFingerprint: sha256Hex }),
    choices: z.array(choiceSchema),
    dimensions: z.array(z.strictObject({ groupId: text, label: text, value: z.number(), unit: text })),
    billOfMaterials: z.array(z.strictObject({ componentId: text, sku: text, name: text, quantity: z.int().min(0), leadTimeDays: wholeDays })),
    pricing: z.strictObject({
      priceList: z.strictObject({ id: text, label: text, channel: text }),
      taxMode: z.enum(['inclusive', 'exclusive']),
      market: z.strictObject({ country: countryCode, name: text }).nullable(),
      quantity: z.int().min(1),
    }),
    price: z.strictObject({
      currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code'),
      lines: z.array(priceLineSchema),
      total: cents,
      payable: cents,
    }),
    leadTime: z.strictObject({
      productionDays: wholeDays,
      adjustments: z.array(z.strictObject({ id: text, label: text, days: z.int() })),
      assemblyDays: wholeDays,
      businessDays: wholeDays,
      orderDate: isoDate,
      shipDate: isoDate,
      delivery: z.strictObject({ from: isoDate, to: isoDate }).nullable(),
      drivers: z.array(text),
    }),
    customer: customerSchema.nullable().default(null),
    notes: z.string().max(10_000).default(''),
    taxes: z.array(z.strictObject({ id: text, name: text, label: text, rate: z.number().min(0).max(100), base: cents, amount: cents, included: z.boolean() })),
    // Specs from before quotes and co-design have none of these: they read as empty.
    quote: quoteSchema.nullable().default(null),
    audit: z.array(auditEntrySchema).max(1000).default([]),
    requests: z.array(requestSchema).max(100).default([]),
    // Absent when no picture could be made, and in specs from before pictures.
    picture: pictureSchema.optional(),
    integrity: z.strictObject({
      algorithm: z.literal('SHA-256'),
      canonicalization: z.literal('RFC 8785'),
      hash: sha256Hex.describe('SHA-256 of the canonical JSON of the spec without `integrity` and `picture` (version 1: without `integrity` only)'),
      // From version 2, exactly when there is a picture (checked with the seal, by verifySpec).
      pictureHash: sha256Hex
        .describe('Present exactly when there is a `picture`: SHA-256 of the canonical JSON of {"hash": <integrity.hash>, "picture": <picture>}')
        .optional(),
    }),
  });

/** The order spec as production receives it: any version still read (specs sealed before the current version stay valid). */
export const orderSpecSchema = sealedSpecSchema(ORDER_SPEC_SCHEMA_VERSIONS);

/** The order spec as this app writes it (the published JSON Schema). */
export const currentOrderSpecSchema = sealedSpecSchema([ORDER_SPEC_SCHEMA_VERSION]);

export type OrderSpecData = z.output<typeof orderSpecSchema>;

// The schema and the `SealedOrderSpec` type must describe the same thing (brands and readonly aside).
/** T as plain, editable JSON data: no brands, nothing readonly. */
export type Plain<T> = T extends number
  ? number
  : T extends string
    ? string
    : T extends readonly (infer U)[]
      ? Plain<U>[]
      : T extends object
        ? { -readonly [K in keyof T]: Plain<T[K]> }
        : T;
type Same<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
const _schemaMatchesType: Same<Plain<SealedOrderSpec>, Plain<OrderSpecData>> = true;
void _schemaMatchesType;
