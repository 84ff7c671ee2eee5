import { describe, expect, it } from 'vitest';
import { catalogSchema, CATALOG_SCHEMA_VERSION, type Catalog } from '../catalog-schema.ts';
import { parseCatalog, validateCatalog, type CatalogResult } from '../load-catalog.ts';
import { priceBreakdown, type PriceLine } from '../price-breakdown.ts';
import { findViolations } from '../rules.ts';
import { defaultSelections, type Selections } from '../selections.ts';
import { catalogV2Data, deskData, deskText, loadDesk, loadDeskV2 } from '../test-support.ts';
import { migrate0002 } from './0002-rule-kinds.ts';
import { migrateCatalog } from './migrate-catalog.ts';

const FILE = 'tests/fixtures/catalogs/standing-desk.v1.json';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function amounts(lines: readonly PriceLine[]): Record<string, number> {
  return Object.fromEntries(lines.map((line) => [line.id, line.amount]));
}

function problemsOf(result: CatalogResult) {
  if (result.ok) throw new Error('expected the catalog to be refused');
  return result.problems;
}

describe('migrateCatalog: schema 1 → 2', () => {
  it('reads the current schema version as 2', () => {
    expect(CATALOG_SCHEMA_VERSION).toBe(2);
  });

  it('turns every v1 rule into a "requires" rule and bumps schemaVersion, keeping the rest', () => {
    const raw = deskData();
    const result = migrateCatalog(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.from).toBe(1);
    const data = result.data as { schemaVersion: number; rules: Record<string, unknown>[]; groups: unknown };
    expect(data.schemaVersion).toBe(2);
    expect(data.rules.map((rule) => rule.kind)).toEqual(['requires', 'requires', 'requires']);
    expect(data.rules[0]).toEqual({
      kind: 'requires',
      id: 'wide-desk-needs-dual-motor',
      message: 'Desks wider than 160 cm need the dual motor to lift evenly.',
      if: { option: 'width', gt: 160 },
      then: { option: 'motor', is: 'dual' },
    });
    expect(data.groups).toEqual(raw.groups);
  });

  it('the migrated v1 desk passes the schema-2 shape check', () => {
    const result = migrateCatalog(deskData());
    expect(result.ok && catalogSchema.safeParse(result.data).success).toBe(true);
  });

  it('a v1 catalog without rules gets no "rules" key from the migration (the schema defaults it)', () => {
    const migrated = migrate0002({ schemaVersion: 1, id: 'x' });
    expect(migrated).toEqual({ schemaVersion: 2, id: 'x' });
    expect('rules' in migrated).toBe(false);
  });

  it('leaves schema-2 data as it is', () => {
    const data = catalogV2Data({ groups: [{ id: 'size', kind: 'number', label: 'Size', unit: 'cm', min: 1, max: 2, step: 1, default: 1 }] });
    const copy = structuredClone(data);
    const result = migrateCatalog(data);
    expect(result).toEqual({ ok: true, data: copy, from: 2 });
  });

  it('does not mutate its input (migrateCatalog, and the whole validation of a v1 catalog)', () => {
    const pristine = deskText();
    const frozen = deepFreeze(deskData());
    // Writing to a frozen object throws in strict mode (ES modules are strict), so any mutation fails here.
    expect(() => migrateCatalog(frozen)).not.toThrow();
    const result = validateCatalog(frozen, FILE);
    expect(result.ok).toBe(true);
    expect(frozen).toEqual(JSON.parse(pristine));
    expect((frozen.rules as Record<string, unknown>[]).some((rule) => 'kind' in rule)).toBe(false);
    expect(frozen.schemaVersion).toBe(1);
  });
});

describe('migrateCatalog: unusable schema versions', () => {
  const withVersion = (schemaVersion: unknown) => validateCatalog({ ...deskData(), schemaVersion }, FILE);

  it('a newer schemaVersion is refused at /schemaVersion, before any other check', () => {
    const problems = problemsOf(validateCatalog({ ...deskData(), schemaVersion: 3, currency: 'euros', groups: 'none' }, FILE));
    expect(problems).toEqual([
      { file: FILE, pointer: '/schemaVersion', message: 'schemaVersion 3 is newer than this app reads (2); update the app', severity: 'error' },
    ]);
    expect(migrateCatalog({ schemaVersion: 99 })).toEqual({
      ok: false,
      pointer: '/schemaVersion',
      problem: { key: 'file.newerSchema', params: { version: 99, current: 2 } },
    });
  });

  it('schemaVersion 0 or negative does not exist', () => {
    expect(problemsOf(withVersion(0))).toEqual([
      { file: FILE, pointer: '/schemaVersion', message: 'schemaVersion 0 does not exist; the first is 1', severity: 'error' },
    ]);
    expect(problemsOf(withVersion(-1))).toEqual([expect.objectContaining({ pointer: '/schemaVersion', message: expect.stringContaining('does not exist') })]);
  });

  it.each([[1.5], ['2'], [null], [true]])('schemaVersion %j → an error at /schemaVersion', (version) => {
    const problems = problemsOf(withVersion(version));
    expect(problems).toContainEqual(expect.objectContaining({ pointer: '/schemaVersion', message: 'expected schemaVersion 2', severity: 'error' }));
  });

  it('a missing schemaVersion → an error at /schemaVersion', () => {
    const data = deskData();
    delete data.schemaVersion;
    expect(problemsOf(validateCatalog(data, FILE)).map((p) => p.pointer)).toContain('/schemaVersion');
  });
});

describe('the v1 desk after migration', () => {
  const result = parseCatalog(deskText(), FILE);

  it('validates, says where it came from, and has no warnings', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.source.schemaVersion).toBe(2);
    expect(result.source.locales).toEqual(['en']);
    expect(result.catalog.rules.map((rule) => [rule.id, rule.kind])).toEqual([
      ['wide-desk-needs-dual-motor', 'requires'],
      ['walnut-up-to-180', 'requires'],
      ['drawer-needs-depth-70', 'requires'],
    ]);
    expect(result.catalog.priceRules).toEqual([]);
    expect(result.catalog.leadTimeRules).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('the schema-2 desk file says it was not migrated', () => {
    const v2 = parseCatalog(
      JSON.stringify(catalogV2Data({ groups: [{ id: 'size', kind: 'number', label: 'Size', unit: 'cm', min: 1, max: 2, step: 1, default: 1 }] })),
      'x.json',
    );
    expect(v2.ok && v2.migratedFrom).toBe(2);
  });

  const v1: Catalog = loadDesk();
  const v2: Catalog = loadDeskV2();
  const full = (catalog: Catalog, choices: Selections): Selections => ({ ...defaultSelections(catalog), ...choices });

  it('prices the default desk by hand: 49900 + 40 cm × 300 + 10 cm × 400 = 65900', () => {
    const price = priceBreakdown(v1, full(v1, {}));
    expect(amounts(price.lines)).toEqual({ base: 49900, width: 12000, depth: 4000 });
    expect(price.total).toBe(65900);
    expect(findViolations(v1, full(v1, {}))).toEqual([]);
  });

  it('prices a big oak desk with accessories by hand (143200), no violations', () => {
    const choices = { width: 185, depth: 85, top: 'solid-oak', frame: 'aluminium', motor: 'dual', accessories: ['cable-tray', 'castors'] };
    const price = priceBreakdown(v1, full(v1, choices));
    // 49900 + 85 × 300 + 25 × 400 + 29000 + 6000 + 12000 + 4900 + 5900
    expect(amounts(price.lines)).toEqual({
      base: 49900,
      width: 25500,
      depth: 10000,
      'top/solid-oak': 29000,
      'frame/aluminium': 6000,
      'motor/dual': 12000,
      'accessories/cable-tray': 4900,
      'accessories/castors': 5900,
    });
    expect(price.total).toBe(143200);
    expect(findViolations(v1, full(v1, choices))).toEqual([]);
    // The schema-2 desk adds its oversize surcharge (185 > 180 and 85 > 80): 143200 + 4500.
    expect(priceBreakdown(v2, full(v2, choices)).total).toBe(147700);
  });

  it('finds the same three violations as before the migration', () => {
    const choices = { width: 190, top: 'solid-walnut', depth: 60, accessories: ['drawer'], motor: 'single' };
    expect(findViolations(v1, full(v1, choices)).map((rule) => rule.id)).toEqual(['wide-desk-needs-dual-motor', 'walnut-up-to-180', 'drawer-needs-depth-70']);
    // 49900 + 90 × 300 + (depth at priceFrom: no line) + 45000 + 6900
    expect(priceBreakdown(v1, full(v1, choices)).total).toBe(128800);
  });

  it('behaves like the schema-2 desk wherever the new features are not involved', () => {
    const cases: Selections[] = [
      {},
      { width: 170, motor: 'dual', top: 'solid-walnut', accessories: ['drawer'] },
      { width: 190, top: 'solid-walnut', depth: 60, accessories: ['drawer'], motor: 'single' },
      { width: 120, depth: 65, top: 'bamboo', frame: 'white', accessories: ['monitor-arm', 'cpu-holder'] },
    ];
    for (const choices of cases) {
      const a = full(v1, choices);
      const b = full(v2, choices);
      expect(amounts(priceBreakdown(v1, a).lines)).toEqual(amounts(priceBreakdown(v2, b).lines));
      expect(findViolations(v1, a).map((r) => r.id)).toEqual(findViolations(v2, b).map((r) => r.id));
    }
  });

  it('castors with a single motor: only the wide-desk rule in v1; v2 adds its excludes rule', () => {
    const choices = { width: 165, motor: 'single', accessories: ['castors'] };
    expect(findViolations(v1, full(v1, choices)).map((r) => r.id)).toEqual(['wide-desk-needs-dual-motor']);
    expect(findViolations(v2, full(v2, choices)).map((r) => r.id)).toEqual(['wide-desk-needs-dual-motor', 'castors-need-dual-motor']);
  });
});
