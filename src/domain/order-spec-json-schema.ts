import { z } from 'zod';
import { ORDER_SPEC_SCHEMA_VERSION } from './order-spec.ts';
import { currentOrderSpecSchema } from './order-spec-schema.ts';

/**
 * Where the published JSON Schema lives, relative to the repository root (served at /schema/…).
 * Each version keeps its file: `order-spec.v1.json` stays as published for specs sealed as version 1.
 */
export const ORDER_SPEC_JSON_SCHEMA_PATH = `public/schema/order-spec.v${ORDER_SPEC_SCHEMA_VERSION}.json`;

/**
 * The JSON Schema (draft 2020-12) of the order spec as this app writes it, generated from the zod
 * schema, for production's systems to validate what they receive. The seal, the totals and the
 * catalog's prices are checked by `npm run spec:verify`, not by the schema.
 */
export function orderSpecJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(currentOrderSpecSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: `https://made-to-order.example/schema/order-spec.v${ORDER_SPEC_SCHEMA_VERSION}.json`,
    title: `Made-to-Order order spec, schema version ${ORDER_SPEC_SCHEMA_VERSION}`,
    description:
      'A customer-designed product as production builds it: choices, bill of materials, price lines and total (integer minor units), lead time and ship date, sealed with SHA-256 hashes of RFC 8785 canonical JSON: `integrity.hash` of the spec without `integrity` and `picture` (the design, the same on any device), and `integrity.pictureHash`, when there is a `picture`, of `{"hash": <integrity.hash>, "picture": <picture>}`.',
  };
}
