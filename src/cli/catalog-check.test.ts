import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCatalogFiles, runCatalogCheck } from './catalog-check.ts';

const DESK = fileURLToPath(new URL('../../catalog/standing-desk.json', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./catalog-check.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const tmp = mkdtempSync(join(tmpdir(), 'catalog-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(files: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCatalogCheck(files, { out: (s) => out.push(s), err: (s) => err.push(s), readFile: (p) => readFileSync(p, 'utf8') });
  return { code, out, err };
}

function brokenCopy(): string {
  const data = JSON.parse(readFileSync(DESK, 'utf8'));
  data.groups[2].values[1].price = 12.5;
  data.rules[0].then.is = 'quad';
  const file = join(tmp, 'broken.json');
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

describe('runCatalogCheck', () => {
  it('accepts the desk catalog and summarises it', () => {
    const { code, out, err } = run([DESK]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^✓ .*standing-desk\.json: Standing desk v2026\.11\.4, 7 option groups, 5 rules$/);
  });

  it('reports a broken copy with pointers on stderr and exits 1', () => {
    const { code, out, err } = run([brokenCopy()]);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err.length).toBeGreaterThanOrEqual(1);
    for (const line of err) expect(line).toContain(': /');
    expect(err.some((line) => line.endsWith('broken.json: /groups/2/values/1/price: expected integer cents, got 12.5'))).toBe(true);
  });

  it('checks every file and exits 1 if any fails', () => {
    const { code, out, err } = run([DESK, brokenCopy(), DESK]);
    expect(code).toBe(1);
    expect(out).toHaveLength(2);
    expect(err.length).toBeGreaterThanOrEqual(1);
  });

  it('reports invalid JSON at the root pointer', () => {
    const file = join(tmp, 'truncated.json');
    writeFileSync(file, '{ "schemaVersion": 1,');
    const { code, err } = run([file]);
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/truncated\.json: \/: not valid JSON/);
  });

  it('names an unreadable file and exits 1', () => {
    const missing = join(tmp, 'missing.json');
    const { code, err } = run([missing, DESK]);
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('missing.json');
    expect(err[0]).toMatch(/cannot read/);
  });

  it('exits 1 when there is nothing to check', () => {
    expect(run([]).code).toBe(1);
  });

  it('uses the injected readFile', () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = runCatalogCheck(['virtual.json'], { out: (s) => out.push(s), err: (s) => err.push(s), readFile: () => '[]' });
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^virtual\.json: \/: /);
  });
});

describe('defaultCatalogFiles', () => {
  it('lists the catalog/*.json files', () => {
    expect(defaultCatalogFiles().some((file) => file.endsWith('standing-desk.json'))).toBe(true);
    expect(defaultCatalogFiles().every((file) => file.endsWith('.json'))).toBe(true);
  });
});

describe('the command', () => {
  const tsx = (args: string[]) => {
    try {
      const stdout = execFileSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      return { status: 0, stdout, stderr: '' };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { status: e.status, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('checks catalog/*.json by default and exits 0', () => {
    const result = tsx([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ catalog/standing-desk.json: Standing desk v2026.11.4');
  }, 30_000);

  it('exits 1 with pointer lines on stderr for a broken file', () => {
    const result = tsx([brokenCopy()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(': /groups/2/values/1/price: expected integer cents, got 12.5');
  }, 30_000);
});
