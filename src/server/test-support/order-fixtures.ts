// Test helpers: sealed order specs with a customer, priced from the published catalog archive.
import type { Catalog } from '../../domain/catalog-schema.ts';
import { buildOrderSpec, type OrderSpecCustomer, type SealedOrderSpec } from '../../domain/order-spec.ts';
import type { Selections } from '../../domain/selections.ts';
import { sealSpec } from '../../domain/spec-integrity.ts';
import { pictureReference } from '../../domain/picture-reference.ts';
import { loadPublishedCatalogs, type PublishedCatalogs } from '../catalog-archive.ts';

/** The instant the test specs are confirmed; the test server's clock is set to the same day. */
export const ORDER_CLOCK = { now: '2026-11-30T09:15:00.000Z', today: '2026-11-30' };
export const SERVER_NOW = new Date('2026-11-30T12:00:00.000Z');
export const TEST_TOKEN = 'test-production-token-0123456789';

/** The archive and the newest published version of the sample desk in it. */
export async function publishedDesk(): Promise<{ archive: PublishedCatalogs; catalog: Catalog }> {
  const { archive } = await loadPublishedCatalogs();
  const version = archive.versions('standing-desk').at(-1);
  const catalog = version === undefined ? undefined : archive.find('standing-desk', version, '');
  if (!catalog) throw new Error('catalog/published has no standing-desk: run `npm run catalog:publish`');
  return { archive, catalog };
}

export function customer(name: string, overrides: Partial<OrderSpecCustomer> = {}): OrderSpecCustomer {
  return { name, email: 'ada@example.com', consent: { orderFulfilment: true, marketing: false, recordedAt: ORDER_CLOCK.now }, ...overrides };
}

/** A sealed spec for `choices` with a customer block (null: anonymous); throws when the catalog refuses them. */
export async function orderSpec(
  catalog: Catalog,
  who: OrderSpecCustomer | null = customer('Ada Lovelace'),
  choices: Selections = {},
  clock = ORDER_CLOCK,
): Promise<SealedOrderSpec> {
  const built = buildOrderSpec(catalog, choices, clock);
  if (!built.ok) throw new Error(`refused: ${[...built.violations.map((r) => r.id), ...built.incomplete.map((g) => g.groupId)].join(', ')}`);
  return sealSpec({ ...built.spec, customer: who }, catalog);
}

/** A sealed spec whose `picture` refers to `png` (a 3/4 view of the desk). */
export async function orderSpecWithPicture(
  catalog: Catalog,
  png: Uint8Array,
  who: OrderSpecCustomer | null = customer('Ada Lovelace'),
): Promise<SealedOrderSpec> {
  const built = buildOrderSpec(catalog, {}, ORDER_CLOCK);
  if (!built.ok) throw new Error('the default design is refused');
  const reference = await pictureReference(png, { view: 'three-quarter', alt: 'Standing desk, default design.' });
  if (!reference.ok) throw new Error(reference.reason);
  return sealSpec({ ...built.spec, customer: who, picture: reference.picture }, catalog);
}
