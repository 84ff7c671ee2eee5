import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG_JSON_SCHEMA_PATH, catalogJsonSchema } from './catalog-json-schema.ts';

const root = new URL('../../', import.meta.url);

describe('catalog JSON Schema', () => {
  it('is published up to date (run `npm run catalog:schema` after changing the zod schema)', () => {
    const published = JSON.parse(readFileSync(new URL(CATALOG_JSON_SCHEMA_PATH, root), 'utf8'));
    expect(published).toEqual(catalogJsonSchema());
  });

  it('rejects unknown keys and names every rule kind, so editors flag typos', () => {
    const schema = catalogJsonSchema() as { additionalProperties?: boolean };
    expect(schema.additionalProperties).toBe(false);
    const text = JSON.stringify(schema);
    for (const kind of ['requires', 'excludes', 'table', 'default', 'surcharge', 'percent', 'tiers']) expect(text).toContain(`"const":"${kind}"`);
  });

  it('is referenced by every sample catalog', () => {
    const files = readdirSync(new URL('catalog/', root)).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const catalog = JSON.parse(readFileSync(new URL(`catalog/${file}`, root), 'utf8'));
      expect(catalog.$schema, file).toBe(`./schema/${CATALOG_JSON_SCHEMA_PATH.split('/').pop()}`);
    }
  });
});
