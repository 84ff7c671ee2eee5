// Writes the catalog JSON Schema generated from the zod schema (npm run catalog:schema).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CATALOG_JSON_SCHEMA_PATH, catalogJsonSchema } from '../src/domain/catalog-json-schema.ts';

mkdirSync(dirname(CATALOG_JSON_SCHEMA_PATH), { recursive: true });
writeFileSync(CATALOG_JSON_SCHEMA_PATH, JSON.stringify(catalogJsonSchema(), null, 2) + '\n');
console.log(`wrote ${CATALOG_JSON_SCHEMA_PATH}`);
