import { describe, expect, it } from 'vitest';
import type { SealedOrderSpec } from '../domain/order-spec.ts';
import { sealSpec } from '../domain/spec-integrity.ts';
import { orderSpec, publishedDesk } from './test-support/order-fixtures.ts';
import { verifySubmission } from './verify-submission.ts';

const rules = { requireConsent: true } as const;

describe('verifySubmission in the spec’s language', () => {
  it('accepts a Spanish order, checked against the published catalog localized in Spanish', async () => {
    const { archive, catalog } = await publishedDesk();
    const spanish = archive.find(catalog.id, catalog.version, '', 'es')!;
    expect(spanish.locale).toBe('es');
    expect(spanish.name).not.toBe(catalog.name);
    const spec = await orderSpec(spanish, undefined, { width: 150 });
    expect(spec.locale).toBe('es');
    expect(await verifySubmission(JSON.parse(JSON.stringify(spec)), archive, rules)).toMatchObject({ ok: true });
  });

  it('refuses a Spanish order whose locale was changed to English, even sealed again', async () => {
    const { archive, catalog } = await publishedDesk();
    const spanish = archive.find(catalog.id, catalog.version, '', 'es')!;
    const spec = JSON.parse(JSON.stringify(await orderSpec(spanish))) as { locale: string };
    spec.locale = 'en';
    const resealed = await sealSpec(spec as unknown as SealedOrderSpec, spanish);
    const result = await verifySubmission(JSON.parse(JSON.stringify(resealed)), archive, rules);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings).toContainEqual(expect.objectContaining({ pointer: '/catalog/name' }));
  });
});
