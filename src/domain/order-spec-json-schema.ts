import { z } from 'zod';
import { ORDER_SPEC_SCHEMA_VERSION } from './order-spec.ts';
import { orderSpecSchema } from './order-spec-schema.ts';

/** Where the published JSON Schema lives, relative to the repository root (served at /schema/…). */
export const ORDER_SPEC_JSON_SCHEMA_PATH = `public/schema/order-spec.v${ORDER_SPEC_SCHEMA_VERSION}.json`;

/**
 * The order spec JSON Schema (draft 2020-12), generated from the zod schema, for production's
 * systems to validate what they receive. The seal, the totals and the catalog's prices are
 * checked by `npm run spec:verify`, not by the schema.
 */
export function orderSpecJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(orderSpecSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: `https://made-to-order.example/schema/order-spec.v${ORDER_SPEC_SCHEMA_VERSION}.json`,
    title: `Made-to-Order order spec, schema version ${ORDER_SPEC_SCHEMA_VERSION}`,
    description:
      'A customer-designed product as production builds it: choices, bill of materials, price lines and total (integer minor units), lead time and ship date, sealed with a SHA-256 hash of its RFC 8785 canonical JSON without `integrity`.',
  };
}
