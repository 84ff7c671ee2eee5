import { z } from 'zod';
import { CATALOG_SCHEMA_VERSION, catalogSchema } from './catalog-schema.ts';

/** Where the published JSON Schema lives, relative to the repository root. */
export const CATALOG_JSON_SCHEMA_PATH = `catalog/schema/catalog.v${CATALOG_SCHEMA_VERSION}.json`;

/**
 * The catalog JSON Schema, generated from the zod schema so editors autocomplete and flag
 * mistakes as merchandisers type. Checks zod cannot express in JSON Schema (references between
 * ids, integer cents, rules against defaults) are still made by catalog:check and the app.
 */
export function catalogJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(catalogSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any', cycles: 'ref' });
  return {
    ...schema,
    $id: `https://made-to-order.example/schema/catalog.v${CATALOG_SCHEMA_VERSION}.json`,
    title: `Made-to-Order catalog, schema version ${CATALOG_SCHEMA_VERSION}`,
    description: 'A product for customers to configure: options, components, rules, prices, lead times and 3D bindings. See catalog/README.md.',
  };
}
