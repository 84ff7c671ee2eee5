// Writes the order spec JSON Schema generated from the zod schema (npm run spec:schema).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ORDER_SPEC_JSON_SCHEMA_PATH, orderSpecJsonSchema } from '../src/domain/order-spec-json-schema.ts';

mkdirSync(dirname(ORDER_SPEC_JSON_SCHEMA_PATH), { recursive: true });
writeFileSync(ORDER_SPEC_JSON_SCHEMA_PATH, JSON.stringify(orderSpecJsonSchema(), null, 2) + '\n');
console.log(`wrote ${ORDER_SPEC_JSON_SCHEMA_PATH}`);
