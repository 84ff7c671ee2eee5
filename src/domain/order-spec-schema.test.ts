import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ORDER_SPEC_JSON_SCHEMA_PATH, orderSpecJsonSchema } from './order-spec-json-schema.ts';
import { buildOrderSpec } from './order-spec.ts';
import { orderSpecSchema } from './order-spec-schema.ts';
import { sealSpec } from './spec-integrity.ts';
import { copyOf, loadSample, sealedSpecOf, SPEC_CLOCK } from './spec-fixtures.ts';
import { choicesArbitrary } from './test-support.ts';

const root = new URL('../../', import.meta.url);

describe('order spec schema', () => {
  for (const id of ['standing-desk', 'bicycle', 'modular-shelving'] as const) {
    it(`accepts every sealed spec of a valid ${id} configuration, unchanged`, async () => {
      const catalog = loadSample(id);
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(
          choicesArbitrary(catalog),
          fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
          async (choices, at) => {
            const built = buildOrderSpec(catalog, choices, { now: at.toISOString(), today: at.toISOString().slice(0, 10) });
            if (!built.ok) return;
            const sealed = await sealSpec(built.spec, catalog);
            const json = JSON.parse(JSON.stringify(sealed));
            const parsed = orderSpecSchema.safeParse(json);
            expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
            expect(parsed.data).toEqual(json);
            accepted++;
          },
        ),
        { numRuns: 150 },
      );
      expect(accepted).toBeGreaterThan(10);
    });
  }

  it('refuses unknown keys at every level', async () => {
    const sealed = await sealedSpecOf(loadSample('standing-desk'), { accessories: ['drawer'] });
    const cases: [(spec: ReturnType<typeof copyOf>) => void, string][] = [
      [(s) => Object.assign(s, { discount: 100 }), ''],
      [(s) => Object.assign(s.catalog, { locale: 'en' }), '/catalog'],
      [(s) => Object.assign(s.choices[0]!, { note: 'x' }), '/choices/0'],
      [(s) => Object.assign(s.price.lines[0]!, { vat: 0 }), '/price/lines/0'],
      [(s) => Object.assign(s.price.lines[0]!.source, { extra: 1 }), '/price/lines/0/source'],
      [(s) => Object.assign(s.leadTime, { rush: true }), '/leadTime'],
      [(s) => Object.assign(s.integrity, { signedBy: 'me' }), '/integrity'],
    ];
    for (const [edit, path] of cases) {
      const spec = copyOf(sealed);
      edit(spec);
      const parsed = orderSpecSchema.safeParse(spec);
      expect(parsed.success, path).toBe(false);
      expect(
        parsed.error!.issues.map((issue) => [issue.code, '/' + issue.path.join('/')]),
        path,
      ).toContainEqual(['unrecognized_keys', path || '/']);
    }
  });

  it('refuses a non-integer amount, a malformed hash, date or currency', async () => {
    const sealed = await sealedSpecOf(loadSample('standing-desk'), {});
    const bad = copyOf(sealed);
    bad.price.lines[0]!.amount = 12.5;
    bad.integrity.hash = 'ABC';
    bad.leadTime.shipDate = '2026-13-01';
    bad.price.currency = 'eur';
    const parsed = orderSpecSchema.safeParse(bad);
    expect(parsed.error?.issues.map((issue) => issue.path.join('/')).sort()).toEqual([
      'integrity/hash',
      'leadTime/shipDate',
      'price/currency',
      'price/lines/0/amount',
    ]);
  });

  it('fills in the optional customer and notes; accepts a customer with consent', async () => {
    const sealed = copyOf(await sealedSpecOf(loadSample('standing-desk'), {}, SPEC_CLOCK));
    const { customer: _customer, notes: _notes, ...minimal } = sealed;
    expect(orderSpecSchema.parse(minimal)).toMatchObject({ customer: null, notes: '' });
    const withCustomer = {
      ...sealed,
      customer: { name: 'Ada', email: 'ada@example.com', consent: { orderFulfilment: true, marketing: false, recordedAt: SPEC_CLOCK.now } },
    };
    expect(orderSpecSchema.safeParse(withCustomer).success).toBe(true);
    expect(orderSpecSchema.safeParse({ ...withCustomer, customer: { consent: { orderFulfilment: true } } }).success).toBe(false);
  });
});

describe('order spec JSON Schema', () => {
  it('is published up to date (run `npm run spec:schema` after changing the zod schema)', () => {
    const published = JSON.parse(readFileSync(new URL(ORDER_SPEC_JSON_SCHEMA_PATH, root), 'utf8'));
    expect(published).toEqual(orderSpecJsonSchema());
  });

  it('keeps the schema of version 1 published, for specs sealed before the picture had its own seal', () => {
    const v1 = JSON.parse(readFileSync(new URL('public/schema/order-spec.v1.json', root), 'utf8'));
    expect(ORDER_SPEC_JSON_SCHEMA_PATH).not.toBe('public/schema/order-spec.v1.json');
    expect(v1.properties.schemaVersion.const).toBe(1);
    expect(Object.keys(v1.properties.integrity.properties)).toEqual(['algorithm', 'canonicalization', 'hash']);
    expect(orderSpecJsonSchema()).toMatchObject({ properties: { schemaVersion: { const: 2 } } });
  });

  it('is draft 2020-12, refuses unknown keys and requires the seal', () => {
    const schema = orderSpecJsonSchema() as { $schema: string; additionalProperties: boolean; required: string[] };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'catalog', 'price', 'leadTime', 'taxes', 'integrity']));
  });
});
